package org.ocoj.agent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What of a server answer reaches the log (debug and errors). */
class AgentClientExcerptTest {

    @Test
    void aMacOsOrdersCurrentPasswordIsBlankedOut() {
        String body = "{\"result\": {\"params\": {\"update-passwords\": [{\"username\": \"admin\", "
                + "\"old_password\": \"s3\\\"cr\\\\et\", \"length\": 16}]}}}";
        assertEquals("{\"result\": {\"params\": {\"update-passwords\": [{\"username\": \"admin\", "
                + "\"old_password\": \"[password]\", \"length\": 16}]}}}",
                AgentClient.excerpt(body.getBytes(StandardCharsets.UTF_8)));
    }
}
