package org.ocoj.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The SPEC's test vectors for request (§1.4) and response (§1.6) signatures. */
class HmacTest {

    private static final byte[] PASSWORDS_REQUEST = ("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"oco.agent.passwords\", "
            + "\"params\": {\"uid\": \"vm\", \"hostname\": \"vm\", \"timestamp\": 1795535497.3908, \"data\": {\"passwords\": []}}}")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void signsAgentRequestsAsTheSpecSays() {
        assertEquals("f3daf0c13a664357950cbf868269b3f9d320e295224cad3bf477248e8dfa4f08",
                Hmac.sha256Hex("0123456789abcdefghijklmnopqrst", PASSWORDS_REQUEST));
    }

    @Test
    void signsServerResponsesAsTheSpecSays() {
        byte[] body = "{\"id\":1,\"error\":null,\"result\":{\"success\":true,\"params\":{},\"timestamp\":1795535497.512345}}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("7b5eb71158e7a960f054f22ad5ac9ca4523caad8eef0c1cee074aff34147e22f",
                Hmac.sha256Hex("zyxwvutsrqponmlkjihgfedcba9876", body));
    }

    @Test
    void emptyKeyIsLegal() {
        // Python: hmac.new(b"", b"x", hashlib.sha256).hexdigest()
        assertEquals("6a05e4212aaf16b2a3a4b4b1dd5ab0da0e4fab7bb2b7ef0a5a5b71c9b4d4bc3c".length(),
                Hmac.sha256Hex("", "x".getBytes(StandardCharsets.UTF_8)).length());
        assertEquals(Hmac.sha256Hex("", "x".getBytes(StandardCharsets.UTF_8)),
                java.util.HexFormat.of().formatHex(emptyKeyReference("x")));
    }

    private static byte[] emptyKeyReference(String message) {
        // HMAC(K, m) = H((K' ^ opad) || H((K' ^ ipad) || m)) with K' = 64 zero bytes
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] ipad = new byte[64];
            byte[] opad = new byte[64];
            java.util.Arrays.fill(ipad, (byte) 0x36);
            java.util.Arrays.fill(opad, (byte) 0x5c);
            sha.update(ipad);
            byte[] inner = sha.digest(message.getBytes(StandardCharsets.UTF_8));
            sha.update(opad);
            return sha.digest(inner);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void comparesPresentedSignatures() {
        byte[] mac = Hmac.decodeHex("F3DAF0C13A664357950CBF868269B3F9D320E295224CAD3BF477248E8DFA4F08");
        assertTrue(Hmac.matches("0123456789abcdefghijklmnopqrst", PASSWORDS_REQUEST, mac), "hex case does not matter");
        assertFalse(Hmac.matches("0123456789abcdefghijklmnopqrsX", PASSWORDS_REQUEST, mac));
        assertNull(Hmac.decodeHex("abc"));
        assertNull(Hmac.decodeHex("z".repeat(64)));
        assertFalse(Hmac.matches("k", PASSWORDS_REQUEST, null));
    }
}
