package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The settings computer.login-retention-days and computer.history-retention-days: the platform's retention job
 * (every 2 s on the test server, OCO_INVENTORY_RETENTION_INTERVAL) deletes older logins and history entries only.
 */
@ExtendWith(SharedServer.class)
class InventoryRetentionIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    @Test
    void loginsAndHistoryOlderThanTheirRetentionAreDeletedNewerOnesStay() throws InterruptedException {
        String hostname = "ret-" + UUID.randomUUID().toString().substring(0, 8);
        long id = ((Number) api.<Map<String, Object>>data("oco.computer.create", Map.of("hostname", hostname))
                .get("id")).longValue();
        LocalDateTime now = LocalDateTime.now();
        for (int age : new int[] {40, 1}) {
            server.database.update("INSERT INTO computer_login (computer_id, username, display_name, console, "
                    + "logon_time) VALUES (?, ?, 'x', 'tty1', ?)", id, "user" + age, now.minusDays(age));
            server.database.update("INSERT INTO computer_change (computer_id, changed_at, section, detail) "
                    + "VALUES (?, ?, ?, '{}')", id, now.minusDays(age), "test " + age);
        }
        assertEquals(-32001, api.call("oco.setting.set", Map.of("key", "computer.login-retention-days",
                "value", "-1")).errorCode(), "a negative retention is refused");
        try {
            api.data("oco.setting.set", Map.of("key", "computer.login-retention-days", "value", "30"));
            api.data("oco.setting.set", Map.of("key", "computer.history-retention-days", "value", "30"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (remaining(id) > 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
        } finally {
            api.data("oco.setting.set", Map.of("key", "computer.login-retention-days", "value", "0"));
            api.data("oco.setting.set", Map.of("key", "computer.history-retention-days", "value", "0"));
        }
        assertEquals(1, server.database.count("SELECT COUNT(*) FROM computer_login WHERE computer_id = ? "
                + "AND username = 'user1'", id), "the login of yesterday stays");
        assertEquals(1, server.database.count("SELECT COUNT(*) FROM computer_change WHERE computer_id = ? "
                + "AND section = 'test 1'", id), "yesterday's history stays");
        assertEquals(2, remaining(id), "the 40 days old login and history entry are deleted");
    }

    private long remaining(long id) {
        return server.database.count("SELECT COUNT(*) FROM computer_login WHERE computer_id = ?", id)
                + server.database.count("SELECT COUNT(*) FROM computer_change WHERE computer_id = ?", id);
    }
}
