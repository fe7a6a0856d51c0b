package org.ocoj.platform.http;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from. {@code X-Forwarded-For} is believed only when the connection comes from a
 * configured reverse proxy ({@code OCO_TRUSTED_PROXIES}, comma-separated addresses) — upstream trusts it from
 * anyone (SPEC §9.6). The right-most entry not itself a trusted proxy is the client.
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

    /** Only characters of IPv4/IPv6 addresses: a malformed header must not end up in the database. */
    private static boolean isPlausibleAddress(String text) {
        return text.length() <= 45 && text.matches("[0-9A-Fa-f:.]+");
    }
}
