package org.ocoj.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RemoteAddressTest {

    private final RemoteAddress behindProxy = new RemoteAddress("10.0.0.1, 10.0.0.2");

    @Test
    void ignoresForwardedForFromUntrustedPeers() {
        assertEquals("198.51.100.7", new RemoteAddress("").of("198.51.100.7", "1.2.3.4"));
        assertEquals("198.51.100.7", behindProxy.of("198.51.100.7", "1.2.3.4"));
    }

    @Test
    void takesTheRightMostUntrustedHopBehindTrustedProxies() {
        assertEquals("203.0.113.5", behindProxy.of("10.0.0.1", "1.2.3.4, 203.0.113.5, 10.0.0.2"));
        assertEquals("2001:db8::1", behindProxy.of("10.0.0.1", "2001:db8::1"));
    }

    @Test
    void malformedHeaderFallsBackToThePeer() {
        assertEquals("10.0.0.1", behindProxy.of("10.0.0.1", "<script>"));
        assertEquals("10.0.0.1", behindProxy.of("10.0.0.1", " , "));
    }

    @Test
    void tlsIsBelievedFromTheContainerOrATrustedProxyOnly() {
        assertTrue(behindProxy.isSecure("198.51.100.7", true, null));
        assertTrue(behindProxy.isSecure("10.0.0.1", false, "https"));
        assertTrue(behindProxy.isSecure("10.0.0.1", false, "HTTPS, http"));
        assertFalse(behindProxy.isSecure("10.0.0.1", false, "http"));
        assertFalse(behindProxy.isSecure("10.0.0.1", false, null));
        assertFalse(behindProxy.isSecure("198.51.100.7", false, "https"), "an untrusted peer cannot claim TLS");
    }
}
