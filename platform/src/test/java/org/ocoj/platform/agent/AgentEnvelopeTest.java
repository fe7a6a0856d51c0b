package org.ocoj.platform.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link AgentEnvelope#scan}: the fields needed to check a signature, read without building the body. */
class AgentEnvelopeTest {

    private static AgentEnvelope scan(String body) {
        return AgentEnvelope.scan(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String refused(String body) {
        AgentException e = assertThrows(AgentException.class, () -> scan(body));
        assertEquals(400, e.status());
        return e.getMessage();
    }

    private static String hello(String timestamp) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"oco.agent.hello\",\"params\":{\"uid\":\"u\","
                + "\"hostname\":\" pc1 \",\"timestamp\":" + timestamp + ",\"data\":{\"x\":[1,{\"y\":2}]}}}";
    }

    @Test
    void readsTheEnvelopeFields() {
        AgentEnvelope envelope = scan(hello("1795535495.6935"));
        assertEquals(1, envelope.id());
        assertEquals("oco.agent.hello", envelope.method());
        assertEquals("pc1", envelope.hostname());
        assertEquals(new BigDecimal("1795535495.693500"), envelope.timestamp());
        assertEquals(new BigDecimal("1795535495.000000"), scan(hello("1795535495")).timestamp());
    }

    @Test
    void theLastOfARepeatedKeyCounts() {
        AgentEnvelope envelope = scan("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"a\",\"params\":{\"hostname\":\"x\","
                + "\"timestamp\":1},\"method\":\"b\",\"params\":{\"hostname\":\"y\",\"timestamp\":2,\"hostname\":\"z\"}}");
        assertEquals("b", envelope.method());
        assertEquals("z", envelope.hostname());
        assertEquals(0, envelope.timestamp().compareTo(BigDecimal.valueOf(2)));
    }

    @Test
    void timestampsOutsideTheWindowAreRefusedNamingTheField() {
        for (String timestamp : new String[] {"1e20", "1e1000", "1e100000", "1e308", "1e999999999", "-1",
                "4102444800.5", "-0.0001"}) {
            String message = refused(hello(timestamp));
            assertTrue(message.contains("timestamp"), timestamp + ": " + message);
        }
        for (String timestamp : new String[] {"\"NaN\"", "\"Infinity\"", "\"1795535495\"", "null", "[1]", "{}"}) {
            assertTrue(refused(hello(timestamp)).contains("params.timestamp must be a number"), timestamp);
        }
        scan(hello("4102444800"));
        scan(hello("0"));
    }

    @Test
    void finerTimestampsThanTheStoredOnesAreCutSoAReplayStaysAReplay() {
        assertEquals(scan(hello("100.0000001")).timestamp(), scan(hello("100.0000009")).timestamp());
    }

    @Test
    void malformedEnvelopesAreRefusedInWords() {
        assertTrue(refused("{not json").contains("not valid JSON"));
        assertTrue(refused("[{},{},{}]").contains("JSON-RPC object"));
        assertTrue(refused("{\"jsonrpc\":\"1.0\"}").contains("jsonrpc"));
        assertTrue(refused("{\"jsonrpc\":\"2.0\",\"method\":\"m\"}").contains("id is required"));
        assertTrue(refused("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"m\"}").contains("id must be"));
        assertTrue(refused("{\"jsonrpc\":\"2.0\",\"id\":1e999999999,\"method\":\"m\"}").contains("id is a number out of range"));
        assertTrue(refused("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":2}").contains("method"));
        assertTrue(refused("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":[]}").contains("params must be an object"));
        assertTrue(refused("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{}}").contains("params.hostname is required"));
        assertTrue(refused("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"hostname\":\" \"}}").contains("cannot be empty"));
        assertTrue(refused("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"hostname\":\"" + "h".repeat(201)
                + "\"}}").contains("at most 200"));
        assertTrue(refused(hello("1") + " trailing").contains("not valid JSON"));
        assertTrue(refused("{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}").contains("nesting depth"));
    }

    @Test
    void paramsAreBuiltOnlyAfterTheSignatureWasVerified() {
        AgentRequest request = AgentRequest.parse(hello("1").getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, request::params);
        request.signatureVerified();
        assertEquals("u", request.params().get("uid"));
    }

    @Test
    void aSignedBodyWithAHugeNumberInItsDataIsRefusedNamingWhere() {
        AgentRequest request = AgentRequest.parse(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{"
                + "\"hostname\":\"h\",\"timestamp\":1,\"data\":{\"cpu\":[{\"cores\":1e999999999}]}}}")
                .getBytes(StandardCharsets.UTF_8));
        request.signatureVerified();
        AgentException e = assertThrows(AgentException.class, request::params);
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("/params/data/cpu/0/cores"), e.getMessage());
    }
}
