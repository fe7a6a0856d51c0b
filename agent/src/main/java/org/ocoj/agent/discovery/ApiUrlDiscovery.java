package org.ocoj.agent.discovery;

/** Something that can find the server's API URL (DNS SRV in production, a stub in tests). */
@FunctionalInterface
public interface ApiUrlDiscovery {
    String discoverApiUrl() throws DiscoveryException;
}
