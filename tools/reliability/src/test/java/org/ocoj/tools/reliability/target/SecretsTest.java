package org.ocoj.tools.reliability.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private final Secrets secrets = new Secrets(new Credentials("registration-0123456789", "admin", "password-1234",
            "api-key-0123456789"));

    @Test
    void namesTheSecretsATextRevealsWithoutRepeatingThem() {
        secrets.add("agent key of pc-1", "agentkey0123456789");

        List<String> found = secrets.foundIn("{\"key\":\"agentkey0123456789\",\"p\":\"password-1234\"}");

        assertEquals(List.of("agent key of pc-1", "password of admin"), found.stream().sorted().toList());
        assertTrue(secrets.foundIn("nothing secret here").isEmpty());
        assertTrue(secrets.foundIn(null).isEmpty());
    }

    @Test
    void aReportShowsTheSecretsNameInsteadOfTheSecret() {
        secrets.add("agent key of pc-1", "agentkey0123456789");

        assertEquals("HTTP 200 {\"agent-key\":\"[agent key of pc-1]\"}",
                secrets.redact("HTTP 200 {\"agent-key\":\"agentkey0123456789\"}"));
    }

    @Test
    void shortOrMissingValuesAreNotWatched() {
        secrets.add("server key of pc-2", "");
        secrets.add("server key of pc-3", null);
        secrets.add("tiny", "abc");

        assertEquals(3, secrets.size());
        assertTrue(secrets.foundIn("abc").isEmpty());
    }
}
