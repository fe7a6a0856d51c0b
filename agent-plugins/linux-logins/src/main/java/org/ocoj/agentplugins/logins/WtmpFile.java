package org.ocoj.agentplugins.logins;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the binary wtmp/utmp format of glibc on Linux (x86_64, aarch64 and other 64-bit ports share it):
 * fixed 384-byte {@code struct utmp} records in the machine's byte order, with 32-bit {@code ut_tv} fields
 * (glibc keeps them 32-bit on 64-bit systems for compatibility with 32-bit programs).
 */
public final class WtmpFile {
    /** {@code sizeof(struct utmp)}. */
    static final int RECORD_SIZE = 384;
    /** {@code ut_type} of a user's logon session. */
    static final int USER_PROCESS = 7;

    // field offsets in struct utmp (bits/utmp.h)
    private static final int TYPE = 0;
    private static final int LINE = 8;
    private static final int LINE_SIZE = 32;
    private static final int USER = 44;
    private static final int USER_SIZE = 32;
    private static final int HOST = 76;
    private static final int HOST_SIZE = 256;
    private static final int TV_SEC = 340;
    private static final int TV_USEC = 344;

    private WtmpFile() {
    }

    /**
     * All complete records of the file, in file order. A trailing partial record (a logon being written at
     * this moment) is ignored; the next run reads it.
     */
    public static List<WtmpRecord> read(Path file, ByteOrder order) throws IOException {
        return parse(Files.readAllBytes(file), order);
    }

    static List<WtmpRecord> parse(byte[] bytes, ByteOrder order) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(order);
        List<WtmpRecord> records = new ArrayList<>(bytes.length / RECORD_SIZE);
        for (int start = 0; start + RECORD_SIZE <= bytes.length; start += RECORD_SIZE) {
            long seconds = Integer.toUnsignedLong(buffer.getInt(start + TV_SEC)); // unsigned: valid past 2038
            long micros = Integer.toUnsignedLong(buffer.getInt(start + TV_USEC)) % 1_000_000;
            records.add(new WtmpRecord(buffer.getShort(start + TYPE),
                    text(bytes, start + LINE, LINE_SIZE), text(bytes, start + USER, USER_SIZE),
                    text(bytes, start + HOST, HOST_SIZE), Instant.ofEpochSecond(seconds, micros * 1000)));
        }
        return records;
    }

    /** A NUL-padded (not necessarily NUL-terminated) C string field. */
    private static String text(byte[] bytes, int offset, int size) {
        int end = offset;
        while (end < offset + size && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8).trim();
    }
}
