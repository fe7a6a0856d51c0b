package org.ocoj.agentplugins.logins;

import java.time.Instant;

/**
 * One {@code struct utmp} record of a wtmp or utmp file (see {@code man 5 utmp}).
 *
 * @param type record type ({@link WtmpFile#USER_PROCESS} for a logon)
 * @param line terminal without {@code /dev/}, e.g. {@code pts/0}, {@code tty1}, {@code :0}
 * @param user account name
 * @param host remote host or X display, {@code ""} for a local console
 * @param time when the record was written, to the microsecond
 */
public record WtmpRecord(int type, String line, String user, String host, Instant time) {
}
