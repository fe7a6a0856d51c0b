package org.ocoj.agent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacSha256Test {
    /** The one-line wire form of the password capture (SPEC 1.3). */
    static final String PASSWORD_REQUEST = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"oco.agent.passwords\", "
            + "\"params\": {\"uid\": \"vm\", \"hostname\": \"vm\", \"timestamp\": 1795535497.3908, \"data\": {\"passwords\": []}}}";

    @Test
    void signsRequestLikeSpecTestVector() { // SPEC 1.4
        assertEquals("f3daf0c13a664357950cbf868269b3f9d320e295224cad3bf477248e8dfa4f08",
                HmacSha256.hex("0123456789abcdefghijklmnopqrst", bytes(PASSWORD_REQUEST)));
    }

    @Test
    void verifiesServerSignatureLikeSpecTestVector() { // SPEC 1.6
        String body = "{\"id\":1,\"error\":null,\"result\":{\"success\":true,\"params\":{},\"timestamp\":1795535497.512345}}";
        assertTrue(HmacSha256.matches("zyxwvutsrqponmlkjihgfedcba9876", bytes(body),
                "7b5eb71158e7a960f054f22ad5ac9ca4523caad8eef0c1cee074aff34147e22f"));
    }

    @Test
    void signsWithEmptyKeyLikePython() { // an empty registration key is legal (SPEC 1.4)
        // Python: hmac.new(b"", b"{}", hashlib.sha256).hexdigest()
        assertEquals("22f8eea909400af98adf3681a9f31923ef6b7fcba4abb553d92823a3e9d5c25e", HmacSha256.hex("", bytes("{}")));
    }

    @Test
    void rejectsWrongMalformedOrMissingSignatures() {
        String good = HmacSha256.hex("key", bytes("body"));
        assertFalse(HmacSha256.matches("other", bytes("body"), good));
        assertFalse(HmacSha256.matches("key", bytes("body!"), good));
        assertFalse(HmacSha256.matches("key", bytes("body"), good.toUpperCase().replace('A', 'Z')));
        assertFalse(HmacSha256.matches("key", bytes("body"), good.substring(2)));
        assertFalse(HmacSha256.matches("key", bytes("body"), null));
        assertTrue(HmacSha256.matches("key", bytes("body"), good));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
