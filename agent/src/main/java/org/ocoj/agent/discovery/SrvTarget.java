package org.ocoj.agent.discovery;

/** One SRV answer: where the OCO server is, and how to rank it (RFC 2782). */
public record SrvTarget(int priority, int weight, int port, String host) {

    /** The API URL of SPEC 4.2, with the trailing dot of the DNS name removed (OCO-J behaviour). */
    public String apiUrl() {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return "https://" + name + ":" + port + "/api-agent.php";
    }
}
