package org.ocoj.agent.laps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordOrderTest {
    private final ObjectMapper json = new ObjectMapper();

    private PasswordOrder.Parsed parse(String orders) throws Exception {
        return PasswordOrder.parse(json.readTree(orders));
    }

    @Test
    void readsUpstreamsOrderFormat() throws Exception {
        PasswordOrder.Parsed parsed = parse("[{\"username\": \"admin\", \"alphabet\": \"abc\", \"length\": 16, "
                + "\"old_password\": \"old\"}, {\"username\": \"root\", \"alphabet\": \"xyz\", \"length\": 8}]");
        assertEquals(List.of(new PasswordOrder("admin", "abc", 16, Optional.of("old")),
                new PasswordOrder("root", "xyz", 8, Optional.empty())), parsed.orders());
        assertEquals(List.of(), parsed.refused());
    }

    @Test
    void refusesWhatCouldReachBeyondOneAccountAndSaysWhy() throws Exception {
        PasswordOrder.Parsed parsed = parse("[{\"alphabet\": \"abc\", \"length\": 8},"
                + "{\"username\": \"-x\", \"alphabet\": \"abc\", \"length\": 8},"
                + "{\"username\": \"../evil\", \"alphabet\": \"abc\", \"length\": 8},"
                + "{\"username\": \"admin\", \"alphabet\": \"äbc\", \"length\": 8},"
                + "{\"username\": \"admin\", \"alphabet\": \"abc\", \"length\": 8.5},"
                + "{\"username\": \"admin\", \"alphabet\": \"abc\", \"length\": 99999},"
                + "{\"username\": \"admin\", \"alphabet\": \"abc\", \"length\": 8},"
                + "{\"username\": \"admin\", \"alphabet\": \"abc\", \"length\": 9}]");
        assertEquals(1, parsed.orders().size());
        assertEquals(List.of(
                "password order refused: username must be a name of 1 to 256 characters",
                "password order for '-x' refused: username holds a control character, ':', '/', '\\', a leading '-' or outer spaces",
                "password order for '../evil' refused: username holds a control character, ':', '/', '\\', a leading '-' or outer spaces",
                "password order for 'admin' refused: alphabet must be printable ASCII characters",
                "password order for 'admin' refused: length must be a whole number from 1 to 1024",
                "password order for 'admin' refused: length must be a whole number from 1 to 1024",
                "password order for 'admin' refused: a second order for the same account in one answer"),
                parsed.refused());
    }

    @Test
    void theOldPasswordNeverShowsInItsText() {
        String text = new PasswordOrder("admin", "abc", 16, Optional.of("old-secret")).toString();
        assertFalse(text.contains("old-secret"), text);
    }
}
