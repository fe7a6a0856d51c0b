package org.ocoj.agentplugins.users;

import java.util.Optional;

/**
 * One line of {@code /etc/passwd} ({@code man 5 passwd}): {@code name:password:uid:gid:gecos:home:shell}.
 *
 * @param password the password field: {@code x} when the hash lives in {@code /etc/shadow}
 */
record PasswdEntry(String name, String password, long uid, long gid, String gecos, String home, String shell) {

    /** The entry, or empty for a line that is no account (comment, NIS {@code +}/{@code -} include, garbage). */
    static Optional<PasswdEntry> parse(String line) {
        String[] fields = line.split(":", -1);
        if (fields.length != 7 || fields[0].isEmpty() || fields[0].startsWith("+") || fields[0].startsWith("-")
                || fields[0].startsWith("#")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PasswdEntry(fields[0], fields[1], Long.parseLong(fields[2]),
                    Long.parseLong(fields[3]), fields[4], fields[5], fields[6]));
        } catch (NumberFormatException e) {
            return Optional.empty(); // getpwent(3) skips such lines too
        }
    }

    /** The full name: the first comma-separated GECOS field. */
    String fullName() {
        int comma = gecos.indexOf(',');
        return (comma < 0 ? gecos : gecos.substring(0, comma)).trim();
    }
}
