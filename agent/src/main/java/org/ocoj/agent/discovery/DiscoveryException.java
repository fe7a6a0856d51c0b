package org.ocoj.agent.discovery;

/** DNS SRV discovery found no OCO server; the message names the queried names and why. */
public class DiscoveryException extends Exception {
    public DiscoveryException(String message) {
        super(message);
    }
}
