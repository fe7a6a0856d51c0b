package org.ocoj.tools.loadgen.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Keeps the generator pointed at this machine: a load test against someone else's server is an attack.
 * Every address the host resolves to must be a loopback address, unless the user says {@code --allow-remote}.
 */
public final class LoopbackGuard {

    private LoopbackGuard() {
    }

    public static void check(URI target, boolean allowRemote) {
        check(target.getHost(), "target " + target, allowRemote);
    }

    /** The host of a {@code jdbc:mysql://host:port/db} or {@code jdbc:mariadb://…} URL. */
    public static void checkJdbc(String jdbcUrl, boolean allowRemote) {
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("Not a JDBC URL: " + jdbcUrl);
        }
        check(URI.create(jdbcUrl.substring("jdbc:".length())).getHost(), "database " + jdbcUrl, allowRemote);
    }

    private static void check(String host, String what, boolean allowRemote) {
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " has no host name");
        }
        if (allowRemote) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Cannot resolve the " + what + ": " + e.getMessage(), e);
        }
        for (InetAddress address : addresses) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("Refusing to load the " + what + ": " + host + " resolves to "
                        + address.getHostAddress() + ", which is not this machine's loopback; pass --allow-remote "
                        + "only for a server you are responsible for");
            }
        }
    }
}
