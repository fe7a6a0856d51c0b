package org.ocoj.api.agent;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Host name facts collectors report on every OS. */
public final class HostNames {

    private HostNames() {
    }

    /**
     * The fully qualified name of this host, the {@code domain} scalar (SPEC 3.1, upstream's
     * {@code socket.getfqdn()}); {@code "localhost"} when the local name does not resolve.
     */
    public static String fullyQualified() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
