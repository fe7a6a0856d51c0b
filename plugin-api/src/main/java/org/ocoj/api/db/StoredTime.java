package org.ocoj.api.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Times as the platform stores and shows them: {@code DATETIME} columns hold UTC without a zone (a
 * {@link LocalDateTime} in UTC), and the client API shows them as {@code YYYY-MM-DD HH:MM:SS} in the server's time
 * zone (CLIENT-API §1.6). Since plugin-api 1.2.0.
 */
public final class StoredTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StoredTime() {
    }

    /** The value to bind for an instant, e.g. {@code StoredTime.utc(context.clock().instant())}. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant a stored value stands for. */
    public static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    /** A stored value as the client API shows it, in the server's time zone; null stays null. */
    public static String shown(LocalDateTime utc) {
        return shown(utc, ZoneId.systemDefault());
    }

    static String shown(LocalDateTime utc, ZoneId zone) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).format(SHOWN);
    }

    /**
     * A time an admin gave in the client API's form (server time zone) as the value to bind.
     *
     * @throws IllegalArgumentException naming the expected form when {@code shown} is not in it
     */
    public static LocalDateTime parseShown(String shown) {
        return parseShown(shown, ZoneId.systemDefault());
    }

    static LocalDateTime parseShown(String shown, ZoneId zone) {
        try {
            return LocalDateTime.parse(shown, SHOWN).atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + shown + "' is not a time of the form YYYY-MM-DD HH:MM:SS", e);
        }
    }
}
