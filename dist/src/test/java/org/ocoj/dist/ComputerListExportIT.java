package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The computer list's address, MAC and RAM columns and its CSV export (the search applies; keys never). */
@ExtendWith(SharedServer.class)
class ComputerListExportIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    private String checkedIn(String hostname, String notes) {
        api.data("oco.computer.create", Map.of("hostname", hostname, "notes", notes));
        AgentClient agent = server.agent(hostname);
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        assertEquals(200, agent.call("oco.agent.update", Captures.data("oco-agent-update.json")).status());
        return hostname;
    }

    @Test
    void aListPageShowsEveryReportedAddressAndMacOnce() {
        String hostname = checkedIn("exp-" + UUID.randomUUID().toString().substring(0, 8), "");
        Map<String, Object> page = api.data("oco.computer.list", Map.of("search", hostname));
        Map<String, Object> row = Json.<List<Map<String, Object>>>at(page, "computers").get(0);
        assertEquals(List.of("192.0.2.2", "fd00::2"), row.get("addresses"), "'-' placeholders are left out");
        assertEquals(List.of("0e:eb:fc:7c:aa:56", "fe:33:6d:43:32:4f", "02:fc:00:00:00:01"), row.get("macs"));
        assertEquals("25276510208", row.get("ram"));
    }

    @Test
    void theCsvHasTheSearchedComputersWithTheColumnsAskedForAndDefusesFormulas() {
        String prefix = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        checkedIn(prefix + "-b", "=HYPERLINK(\"http://x\")");
        checkedIn(prefix + "-a", "plain");
        Map<String, Object> answer = api.data("oco.computer.list", Map.of("search", prefix, "format", "csv",
                "columns", List.of("hostname", "addresses", "macs", "ram", "notes")));
        assertEquals(2, ((Number) answer.get("total")).intValue());
        assertEquals("hostname,addresses,macs,ram,notes\r\n"
                + prefix + "-a,192.0.2.2 fd00::2,0e:eb:fc:7c:aa:56 fe:33:6d:43:32:4f 02:fc:00:00:00:01,25276510208,plain\r\n"
                + prefix + "-b,192.0.2.2 fd00::2,0e:eb:fc:7c:aa:56 fe:33:6d:43:32:4f 02:fc:00:00:00:01,25276510208,"
                + "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n", answer.get("csv"));

        String sorted = (String) api.<Map<String, Object>>data("oco.computer.list", Map.of("search", prefix,
                "format", "csv", "sort", "-hostname", "columns", List.of("hostname"))).get("csv");
        assertEquals("hostname\r\n" + prefix + "-b\r\n" + prefix + "-a\r\n", sorted);
    }

    @Test
    void keysCannotBeAskedForAndAreNeverInTheDefaultCsv() {
        String hostname = checkedIn("key-" + UUID.randomUUID().toString().substring(0, 8), "");
        for (String secret : List.of("agent_key", "server_key", "pending_agent_key")) {
            ClientApi.Reply reply = api.call("oco.computer.list", Map.of("format", "csv", "columns", List.of(secret)));
            assertEquals(-32001, reply.errorCode(), secret);
            assertTrue(reply.errorMessage().startsWith("columns: unknown column " + secret), reply.errorMessage());
        }
        String keys = server.database.string("SELECT CONCAT_WS(' ', agent_key, server_key) FROM computer "
                + "WHERE hostname = ?", hostname);
        String csv = (String) api.<Map<String, Object>>data("oco.computer.list",
                Map.of("search", hostname, "format", "csv")).get("csv");
        assertTrue(csv.startsWith("hostname,os,os_version,addresses,macs,ram,agent_version,last_ping,last_update\r\n"), csv);
        for (String key : keys.split(" ")) {
            assertFalse(csv.contains(key), "a key in the CSV");
        }
        assertEquals(-32001, api.call("oco.computer.list", Map.of("format", "xml")).errorCode());
    }
}
