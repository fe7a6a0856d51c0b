package org.ocoj.tools.reliability.agents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocoj.tools.loadgen.protocol.AgentFailure;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.reliability.suite.Tally;

/**
 * Agent requests an honest agent would never send, signed properly so they reach the server's checks behind the
 * signature: a chosen timestamp written as any JSON number text, or any data.
 */
public final class SignedRequests {

    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\": [0-9.]+");

    private SignedRequests() {
    }

    /** The agent's request with {@code params.timestamp} written as {@code literal} (e.g. {@code 1e999999999}). */
    public static byte[] withTimestamp(SimulatedAgent agent, String method, String dataJson, String literal) {
        String envelope = agent.envelope(method, dataJson);
        Matcher timestamp = TIMESTAMP.matcher(envelope);
        if (!timestamp.find()) {
            throw new IllegalStateException("no params.timestamp in " + envelope.substring(0, 200));
        }
        return (envelope.substring(0, timestamp.start()) + "\"timestamp\": " + literal
                + envelope.substring(timestamp.end())).getBytes(StandardCharsets.UTF_8);
    }

    /** The agent's request at {@code secondsAhead} of the real time (a clock that ran ahead). */
    public static byte[] ahead(SimulatedAgent agent, String method, String dataJson, long secondsAhead) {
        BigDecimal at = BigDecimal.valueOf(System.currentTimeMillis()).movePointLeft(3).add(BigDecimal.valueOf(secondsAhead));
        return withTimestamp(agent, method, dataJson, at.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    /** Sends {@code body} with {@code signature} and counts the answer. @throws NoAnswer if none came */
    public static AgentTransport.Response send(AgentTransport transport, byte[] body, String signature, Tally tally) {
        try {
            AgentTransport.Response response = transport.post(body, signature);
            tally.count(response.status());
            return response;
        } catch (AgentFailure e) {
            tally.count(0);
            throw new NoAnswer(e.getMessage());
        }
    }
}
