package org.ocoj.agent.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The values of {@code oco-agent.ini} the agent itself uses (SPEC 4.1), parsed and validated. Immutable;
 * {@link AgentConfigFile} hands out a new instance after each change.
 *
 * @param debug                 {@code [agent] debug}: log every request and response
 * @param queryIntervalSeconds  {@code [agent] query-interval}: pause between two check-ins
 * @param connectTimeoutSeconds {@code [agent] connection-timeout}
 * @param readTimeoutSeconds    {@code [agent] read-timeout}
 * @param agentKey              {@code [agent] agent-key}: registration key first, then the issued key
 * @param machineUid            {@code [agent] machine-uid}: overrides the detected machine UUID
 * @param hostnameRemoveDomain  {@code [agent] hostname-remove-domain}: send the short host name
 * @param timestampFile         {@code [agent] timestamp-file} (OCO-J): last accepted server timestamp
 * @param apiUrl                {@code [server] api-url}: empty means "discover by DNS SRV"
 * @param apiUrlDiscovered      {@code [server] api-url-source = dns-srv} (OCO-J): the URL came from DNS,
 *                              so the agent may look it up again when the server stops answering
 * @param discoveryDomain       {@code [server] discovery-domain} (OCO-J): domain for the SRV lookup
 *                              instead of the resolver's search list
 * @param serverKey             {@code [server] server-key}: verifies the server's responses
 */
public record AgentSettings(boolean debug, int queryIntervalSeconds, int connectTimeoutSeconds,
                            int readTimeoutSeconds, String agentKey, Optional<String> machineUid,
                            boolean hostnameRemoveDomain, Path timestampFile, String apiUrl,
                            boolean apiUrlDiscovered, Optional<String> discoveryDomain, String serverKey) {
}
