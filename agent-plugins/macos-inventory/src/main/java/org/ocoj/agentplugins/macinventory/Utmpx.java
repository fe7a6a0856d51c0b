package org.ocoj.agentplugins.macinventory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * macOS {@code struct utmpx} records as {@code getutxent_wtmp()} returns them (Apple Libc {@code utmpx.h}, 64-bit,
 * little-endian): {@code ut_user[256]}, {@code ut_id[4]}, {@code ut_line[32]}, {@code ut_pid} (int32),
 * {@code ut_type} (int16), padding, {@code ut_tv} (int64 seconds, int32 microseconds, padding), {@code ut_host[256]},
 * {@code ut_pad[16]}: 640 bytes.
 */
record Utmpx(int type, String user, String line, String host, Instant time) {
    static final int SIZE = 640;
    static final int USER_PROCESS = 7;
    private static final int LINE = 260;
    private static final int TYPE = 296;
    private static final int SECONDS = 304;
    private static final int HOST = 320;

    /** Consecutive records; a trailing partial record is ignored. */
    static List<Utmpx> parse(byte[] records) {
        List<Utmpx> parsed = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(records).order(ByteOrder.LITTLE_ENDIAN);
        for (int offset = 0; offset + SIZE <= records.length; offset += SIZE) {
            parsed.add(new Utmpx(buffer.getShort(offset + TYPE), text(records, offset, 256),
                    text(records, offset + LINE, 32), text(records, offset + HOST, 256),
                    Instant.ofEpochSecond(buffer.getLong(offset + SECONDS))));
        }
        return parsed;
    }

    /** A fixed-size C string: up to the first NUL, UTF-8 (macOS user names may be non-ASCII). */
    private static String text(byte[] bytes, int offset, int size) {
        int end = offset;
        while (end < offset + size && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }
}
