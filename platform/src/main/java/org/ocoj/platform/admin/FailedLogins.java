package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * Writes each failed login as one line of a stable format, for fail2ban and log monitoring (docs/accounts.md has
 * the filter): {@code OCO-J login failed: address=<ip> user=<name> via=<ui|api|token>}. The address comes first and
 * the user name is reduced to harmless characters, so a crafted name cannot forge a second match or line.
 */
@ApplicationScoped
public class FailedLogins {

    private static final Logger LOG = Logger.getLogger(FailedLogins.class.getName());

    /** Where the login came in. */
    public enum Via { UI, API, TOKEN }

    public void record(Via via, String username, String remote) {
        LOG.warning(line(via, username, remote));
    }

    static String line(Via via, String username, String remote) {
        return "OCO-J login failed: address=" + safe(remote, 64) + " user=" + safe(username, 100) + " via="
                + via.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String safe(String value, int max) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        String cut = value.length() > max ? value.substring(0, max) : value;
        return cut.replaceAll("[^A-Za-z0-9._@:\\-]", "?");
    }
}
