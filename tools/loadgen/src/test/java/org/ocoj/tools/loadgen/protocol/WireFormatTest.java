package org.ocoj.tools.loadgen.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bytes the simulated agents sign are the bytes the Python agent would send (SPEC §1.3, §1.4, §1.6). */
class WireFormatTest {

    /** SPEC §1.3: the exact wire form of the password capture. */
    private static final String PASSWORDS = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"oco.agent.passwords\", "
            + "\"params\": {\"uid\": \"vm\", \"hostname\": \"vm\", \"timestamp\": 1795535497.3908, "
            + "\"data\": {\"passwords\": []}}}";

    @Test
    void reSerialisesTheSpecPasswordRequestByteForByte() throws Exception {
        Map<String, Object> parsed = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readValue(PASSWORDS, new TypeReference<LinkedHashMap<String, Object>>() { });
        assertEquals(PASSWORDS, PythonJson.dumps(parsed));
    }

    @Test
    void signsTheSpecAgentTestVector() {
        assertEquals("f3daf0c13a664357950cbf868269b3f9d320e295224cad3bf477248e8dfa4f08",
                Hmac.sign("0123456789abcdefghijklmnopqrst", PASSWORDS.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void verifiesTheSpecServerTestVectorAndRejectsAnyOtherSignature() {
        byte[] body = "{\"id\":1,\"error\":null,\"result\":{\"success\":true,\"params\":{},\"timestamp\":1795535497.512345}}"
                .getBytes(StandardCharsets.UTF_8);
        String key = "zyxwvutsrqponmlkjihgfedcba9876";
        assertTrue(Hmac.matches(key, body, "7b5eb71158e7a960f054f22ad5ac9ca4523caad8eef0c1cee074aff34147e22f"));
        assertFalse(Hmac.matches(key, body, "7b5eb71158e7a960f054f22ad5ac9ca4523caad8eef0c1cee074aff34147e220"));
        assertFalse(Hmac.matches(key, body, null));
    }

    @Test
    void signsWithAnEmptyKeyAsPythonDoes() {
        // Python: hmac.new(b"", b"x", hashlib.sha256).hexdigest()
        assertEquals("4cbc96099a6467ce002461f10549b4898265ebe6188b45efacc44293516e62c4",
                Hmac.sign("", "x".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void escapesEverythingOutsidePrintableAsciiLikeJsonDumps() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "Müller \"quoted\" back\\slash\ttab\u0001€");
        value.put("list", List.of(1, true, BigDecimal.valueOf(6699.811942577362), "x"));
        value.put("none", null);
        assertEquals("{\"name\": \"M\\u00fcller \\\"quoted\\\" back\\\\slash\\ttab\\u0001\\u20ac\", "
                + "\"list\": [1, true, 6699.811942577362, \"x\"], \"none\": null}", PythonJson.dumps(value));
    }

    @Test
    void agentEnvelopeCarriesStrictlyIncreasingTimestampsWithFourDecimals() {
        SimulatedAgent agent = new SimulatedAgent(7, "pc-7", "key", null);
        String first = agent.envelope("oco.agent.hello", "{}");
        String second = agent.envelope("oco.agent.hello", "{}");
        assertTrue(first.startsWith("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"oco.agent.hello\", "
                + "\"params\": {\"uid\": \"" + agent.uid() + "\", \"hostname\": \"pc-7\", \"timestamp\": "), first);
        assertTrue(first.endsWith(", \"data\": {}}}"), first);
        BigDecimal t1 = timestamp(first);
        BigDecimal t2 = timestamp(second);
        assertEquals(4, t1.scale());
        assertTrue(t2.compareTo(t1) > 0, t2 + " after " + t1);
    }

    private static BigDecimal timestamp(String envelope) {
        int start = envelope.indexOf("\"timestamp\": ") + 13;
        return new BigDecimal(envelope.substring(start, envelope.indexOf(',', start)));
    }
}
