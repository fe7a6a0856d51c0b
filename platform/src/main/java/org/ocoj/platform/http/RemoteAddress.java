package org.ocoj.platform.http;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from. {@code X-Forwarded-For} is believed only when the connection comes from a
 * configured reverse proxy ({@code OCO_TRUSTED_PROXIES}, comma-separated addresses) — upstream trusts it from
 * anyone (SPEC §9.6). The right-most entry not itself a trusted proxy is the client. Likewise a request counts as
 * made over TLS when the container saw TLS or a trusted proxy says so in {@code X-Forwarded-Proto}.
 */
public final class RemoteAddress {

    private final Set<String> trustedProxies;

    public RemoteAddress(String trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    public String of(String peer, String forwardedFor) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return isPlausibleAddress(hop) ? hop : peer;
            }
        }
        return peer;
    }

    /**
     * Whether the client's connection was TLS: the container's own view, or a trusted proxy's first
     * {@code X-Forwarded-Proto} value (the hop nearest the client; a proxy that terminated TLS sets it).
     */
    public boolean isSecure(String peer, boolean containerSecure, String forwardedProto) {
        if (containerSecure) {
            return true;
        }
        if (forwardedProto == null || !trustedProxies.contains(peer)) {
            return false;
        }
        return forwardedProto.split(",", 2)[0].trim().equalsIgnoreCase("https");
    }

    /** Only characters of IPv4/IPv6 addresses: a malformed header must not end up in the database. */
    private static boolean isPlausibleAddress(String text) {
        return text.length() <= 45 && text.matches("[0-9A-Fa-f:.]+");
    }
}
