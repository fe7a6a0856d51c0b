package org.ocoj.platform.ocoimport;

import java.time.LocalDateTime;

/**
 * One row of upstream's {@code computer_password}; its text never names the password.
 *
 * @param upstreamKey its computer has an agent key upstream (so it will have one in OCO-J after the import)
 */
record UpstreamPassword(long id, long computerId, String username, String password, LocalDateTime created,
                        boolean upstreamKey) {
    @Override
    public String toString() {
        return "UpstreamPassword[id=" + id + ", computer=" + computerId + ", username=" + username + "]";
    }
}
