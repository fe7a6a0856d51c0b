package org.ocoj.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Json#parse} within {@link JsonLimits}: hostile documents are refused while they are read. */
class JsonLimitsTest {

    private static Object parse(String text) throws IOException {
        return Json.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refused(String text) {
        return assertThrows(IOException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsWhatTheUntypedMappingRead() throws IOException {
        Object value = parse("{\"a\":[1,2147483648,123456789012345678901234567890,1.50,\"x\",true,false,null],\"a2\":{}}");
        assertEquals(Map.of("a", java.util.Arrays.asList(1, 2147483648L, new BigInteger("123456789012345678901234567890"),
                new BigDecimal("1.50"), "x", true, false, null), "a2", Map.of()), value);
    }

    @Test
    void hugeExponentsAreRefusedWithoutExpandingThem() {
        for (String number : List.of("1e999999999", "1E401", "-1e-999999999", "0.1e-400")) {
            String message = refused("{\"params\":{\"timestamp\":" + number + "}}");
            assertTrue(message.contains("/params/timestamp") && message.contains("out of range"), message);
        }
    }

    @Test
    void boundedNumbersStillParse() throws IOException {
        assertEquals(new BigDecimal("1e400"), ((List<?>) parse("[1e400]")).get(0));
        assertEquals(new BigDecimal("0e999999999"), ((List<?>) parse("[0e999999999]")).get(0));
    }

    @Test
    void nestingDeeperThan64IsRefused() throws IOException {
        parse("[".repeat(64) + "]".repeat(64));
        assertTrue(refused("[".repeat(65) + "]".repeat(65)).contains("nesting depth"));
    }

    @Test
    void documentsOfMoreThanTwoMillionTokensAreRefused() {
        assertTrue(refused("[" + "{},".repeat(1_000_000) + "{}]").contains("Token count"));
    }

    @Test
    void numbersLongerThan100CharactersAreRefused() {
        assertTrue(refused("[" + "9".repeat(101) + "]").contains("Number value length"));
    }

    @Test
    void trailingContentAndNonNumericNumbersAreRefused() {
        refused("{} {}");
        refused("[NaN]");
        refused("[Infinity]");
    }

    @Test
    void overlongAndCesu8Utf8AreRefused() {
        byte[][] bad = {
                {'"', (byte) 0xC0, (byte) 0xAF, '"'},                           // overlong "/"
                {'"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"'},              // overlong, 3 bytes
                {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},              // CESU-8 surrogate
                {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, // above U+10FFFF
                {'"', (byte) 0xC3, '"'},                                        // truncated
        };
        for (byte[] body : bad) {
            String message = assertThrows(IOException.class, () -> Json.parse(body)).getMessage();
            assertTrue(message.contains("UTF-8"), message);
        }
    }

    @Test
    void validMultiByteUtf8IsRead() throws IOException {
        assertEquals(List.of("é€😀"), parse("[\"é€😀\"]"));
    }
}
