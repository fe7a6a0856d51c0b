package org.ocoj.dist.wol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.dist.AgentClient;
import org.ocoj.dist.Captures;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.Json;
import org.ocoj.dist.SharedServer;
import org.ocoj.plugins.wol.LoopbackUdp;
import org.ocoj.plugins.wol.TestKeys;
import org.ocoj.plugins.wol.TestSshServer;

/**
 * Wake-on-LAN through the real server bundle: a computer registered with the hello capture's networks is woken
 * with {@code oco.computer.wol}; its magic packets arrive at a UDP socket on loopback (the broadcast setting
 * points there — no packet leaves this machine), and a satellite — a real SSH server on a loopback port — runs the wake command once its host
 * key is pinned. Proves the plugin jar, with its shaded JSch, loads and works inside Payara.
 */
@ExtendWith(SharedServer.class)
class WakeOnLanIT {

    /** The distinct MACs of the hello capture, in the order the agent reported them. */
    private static final List<String> CAPTURE_MACS = List.of("0e:eb:fc:7c:aa:56", "fe:33:6d:43:32:4f", "02:fc:00:00:00:01");

    @TempDir
    Path dir;
    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();
    private LoopbackUdp udp;
    private TestSshServer satellite;
    private TestKeys keys;

    @BeforeEach
    void start() throws Exception {
        udp = new LoopbackUdp();
        keys = TestKeys.create(dir, "id_wol", Optional.empty());
        satellite = new TestSshServer(keys.publicKeyBlob());
        setting("wake-on-lan.broadcast-addresses", "127.0.0.1");
        setting("wake-on-lan.port", String.valueOf(udp.port()));
        // the capture's subnet may be this machine's own: use the satellite whatever the machine's network is
        setting("wake-on-lan.satellites-for-all", "true");
    }

    @AfterEach
    void stop() throws Exception {
        List<Map<String, Object>> satellites = api.data("oco.wol_satellite.list", Map.of());
        satellites.forEach(s -> api.data("oco.wol_satellite.remove", Map.of("id", s.get("id"))));
        setting("wake-on-lan.broadcast-addresses", "");
        setting("wake-on-lan.port", "9");
        setting("wake-on-lan.satellites-for-all", "false");
        satellite.close();
        udp.close();
    }

    private void setting(String key, String value) {
        api.data("oco.setting.set", Map.of("key", key, "value", value));
    }

    /** Pre-registers a computer and lets its agent say hello with the capture's networks. */
    private long registeredComputer() {
        String hostname = "wol-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> created = api.data("oco.computer.create", Map.of("hostname", hostname));
        AgentClient agent = server.agent(hostname);
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        return ((Number) created.get("id")).longValue();
    }

    @Test
    void wakesAComputerLocallyAndThroughAPinnedSatellite() throws Exception {
        long id = registeredComputer();
        Map<String, Object> created = api.data("oco.wol_satellite.create", Map.of("name", "it-sat",
                "address", "127.0.0.1", "port", satellite.port(), "username", TestSshServer.USER,
                "privkey", keys.privateKey().toString()));
        Object satelliteId = created.get("id");
        assertNull(created.get("host_key"), "nothing is trusted on creation");

        List<Map<String, Object>> unpinned = api.data("oco.computer.wol", Map.of("id", id));

        Map<String, Object> result = unpinned.get(0);
        assertEquals(CAPTURE_MACS, result.get("macs"));
        List<Map<String, Object>> deliveries = Json.at(result, "deliveries");
        assertEquals(Map.of("via", "local", "target", "127.0.0.1:" + udp.port(), "ok", true), deliveries.get(0));
        assertEquals(false, deliveries.get(1).get("ok"));
        assertTrue(((String) deliveries.get(1).get("error")).contains("not pinned"), deliveries.toString());
        List<byte[]> packets = udp.receive(3);
        for (int i = 0; i < 3; i++) {
            byte[] mac = HexFormat.ofDelimiter(":").parseHex(CAPTURE_MACS.get(i));
            assertArrayEquals(mac, java.util.Arrays.copyOfRange(packets.get(i), 96, 102));
        }
        assertTrue(satellite.commands.isEmpty());

        Map<String, Object> test = api.data("oco.wol_satellite.test", Map.of("id", satelliteId));
        String offered = (String) test.get("host_key_offered");
        assertTrue(offered.endsWith(satellite.hostKeyText()), offered);
        assertEquals(false, test.get("logged_in"));
        api.data("oco.wol_satellite.update", Map.of("id", satelliteId, "host_key", offered));
        Map<String, Object> retest = api.data("oco.wol_satellite.test", Map.of("id", satelliteId));
        assertEquals(true, retest.get("logged_in"), retest.toString());
        assertEquals(true, retest.get("host_key_matches"));

        List<Map<String, Object>> pinned = api.data("oco.computer.wol", Map.of("ids", List.of(String.valueOf(id))));

        List<Map<String, Object>> viaSatellite = Json.at(pinned.get(0), "deliveries");
        assertEquals(Map.of("via", "satellite", "target", "it-sat (127.0.0.1:" + satellite.port() + ")", "ok", true),
                viaSatellite.get(1));
        assertEquals(List.of("wakeonlan '0e:eb:fc:7c:aa:56' 'fe:33:6d:43:32:4f' '02:fc:00:00:00:01'"), satellite.commands);
        assertEquals("curve25519-sha256", satellite.lastKex, "the shaded JSch's Java 11+ classes are in use");
        assertEquals(2, server.database.count(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.computer.wol' AND object_ref = ?", "computer:" + id));
    }

    @Test
    void wakesAWholeGroupAndAReportResult() throws Exception {
        long first = registeredComputer();
        long second = registeredComputer();
        long outsider = registeredComputer();
        Map<String, Object> group = api.data("oco.computer_group.create", Map.of("name", "wol-" + first));
        Object groupId = group.get("id");
        api.data("oco.computer.add_to_group", Map.of("computer_id", first, "computer_group_id", groupId));
        api.data("oco.computer.add_to_group", Map.of("computer_id", second, "computer_group_id", groupId));

        List<Map<String, Object>> woken = api.data("oco.computer.wol", Map.of("computer_group_id", groupId));

        assertEquals(Set.of(first, second), woken.stream()
                .map(r -> ((Number) r.get("id")).longValue()).collect(Collectors.toSet()),
                "every member, and only members: " + woken + " (outsider " + outsider + ")");
        udp.receive(6);
        Map<String, Object> report = api.data("oco.report.create", Map.of("name", "wol-report-" + first,
                "criteria", Map.of("field", "id", "op", "equals", "value", outsider)));
        List<Map<String, Object>> byReport = api.data("oco.computer.wol", Map.of("report_id", report.get("id")));
        assertEquals(1, byReport.size(), byReport.toString());
        udp.receive(3);
        assertEquals(-32003, api.call("oco.computer.wol", Map.of("computer_group_id", 987654)).errorCode());
    }

    @Test
    void refusesWhatCannotBeWokenOrStored() {
        long unknownNetworks = ((Number) api.<Map<String, Object>>data("oco.computer.create",
                Map.of("hostname", "wol-" + UUID.randomUUID().toString().substring(0, 8))).get("id")).longValue();

        ClientApi.Reply noMac = api.call("oco.computer.wol", Map.of("id", unknownNetworks));
        assertEquals(-32000, noMac.errorCode());
        assertTrue(noMac.errorMessage().startsWith("No WOL packet could be sent because no MAC address"), noMac.body());
        assertEquals(-32003, api.call("oco.computer.wol", Map.of("ids", List.of(unknownNetworks, 987654321))).errorCode());
        assertEquals(-32001, api.call("oco.computer.wol", Map.of("id", "abc")).errorCode());
        assertEquals(-32001, api.call("oco.computer.wol", Map.of()).errorCode());

        ClientApi.Reply missingKey = api.call("oco.wol_satellite.create", Map.of("address", "127.0.0.1",
                "username", "wol", "privkey", dir.resolve("absent").toString()));
        assertEquals(-32001, missingKey.errorCode());
        assertTrue(missingKey.errorMessage().contains("does not exist or is not readable"), missingKey.body());
        ClientApi.Reply passphraseWithoutSecret = api.call("oco.wol_satellite.create", Map.of("address", "127.0.0.1",
                "username", "wol", "privkey", keys.privateKey().toString(), "passphrase", "secret words"));
        assertEquals(-32001, passphraseWithoutSecret.errorCode());
        assertTrue(passphraseWithoutSecret.errorMessage().contains("OCO_WOL_SECRET"), passphraseWithoutSecret.body());
        ClientApi.Reply hostileCommand = api.call("oco.wol_satellite.create", Map.of("address", "127.0.0.1",
                "username", "wol", "privkey", keys.privateKey().toString(), "command", "wakeonlan\nreboot"));
        assertEquals(-32001, hostileCommand.errorCode());
        assertEquals(-32001, api.call("oco.wol_satellite.create", Map.of("address", "127.0.0.1; reboot",
                "username", "wol", "privkey", keys.privateKey().toString())).errorCode());
        assertEquals(List.of(), api.data("oco.wol_satellite.list", Map.of()), "nothing stored");
    }

    @Test
    void satellitesAreListedWithoutSecrets() throws Exception {
        Path key = keys.privateKey();
        api.data("oco.wol_satellite.create", Map.of("address", "127.0.0.1", "port", satellite.port(),
                "username", "wol", "privkey", key.toString(), "host_key", satellite.hostKeyText()));

        List<Map<String, Object>> listed = api.data("oco.wol_satellite.list", Map.of());

        assertEquals(1, listed.size());
        Map<String, Object> entry = listed.get(0);
        assertEquals(false, entry.get("has_passphrase"));
        assertEquals("[127.0.0.1]:" + satellite.port() + " " + satellite.hostKeyText(), entry.get("host_key"));
        String text = Json.write(listed);
        assertFalse(text.contains(Files.readString(key).lines().skip(1).findFirst().orElseThrow()), "no key material");
    }
}
