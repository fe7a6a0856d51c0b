package org.ocoj.platform.laps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

class PasswordRuleParamsTest {

    private static PasswordRule parse(Map<String, Object> data) {
        return PasswordRuleParams.parse(JsonParams.of(data, "params.data"));
    }

    private static String refusal(Map<String, Object> data) {
        return assertThrows(RequestException.class, () -> parse(data)).getMessage();
    }

    @Test
    void absentFieldsTakeTheDefaults() {
        PasswordRule rule = parse(Map.of("username", " Administrator "));
        assertEquals("Administrator", rule.username());
        assertEquals(16, rule.length());
        assertEquals(30L * 24 * 3600, rule.validSeconds());
        assertEquals(5, rule.history());
        assertEquals(null, rule.groupId());
        assertEquals(false, rule.shape().get("has_default_password"));
    }

    @Test
    void theUpstreamAgentsLimitsAreRefusedInWords() {
        assertTrue(refusal(Map.of()).contains("username is required"));
        assertTrue(refusal(Map.of("username", "two words")).contains("without spaces"));
        assertTrue(refusal(Map.of("username", "root", "alphabet", "äöüßabcdefghij")).contains("printable ASCII"));
        assertTrue(refusal(Map.of("username", "root", "alphabet", "aaaaaaaaaaaa")).contains("10 different"));
        assertTrue(refusal(Map.of("username", "root", "length", 7)).contains("length must be between 8 and 128"));
        assertTrue(refusal(Map.of("username", "root", "valid_seconds", 60)).contains("valid_seconds"));
        assertTrue(refusal(Map.of("username", "root", "history", 0)).contains("history"));
    }

    @Test
    void anUpdateChangesOnlyTheNamedFieldsAndKeepsTheDefaultPasswordSecret() {
        PasswordRule base = parse(Map.of("username", "root", "length", 20, "default_password", "s3cret"));
        PasswordRule changed = PasswordRuleParams.merge(JsonParams.of(Map.of("history", 2), "params.data"), base);
        assertEquals(20, changed.length());
        assertEquals(2, changed.history());
        assertEquals("s3cret", changed.defaultPassword());
        assertEquals(true, changed.shape().get("has_default_password"));
        assertTrue(!changed.shape().toString().contains("s3cret"));
    }
}
