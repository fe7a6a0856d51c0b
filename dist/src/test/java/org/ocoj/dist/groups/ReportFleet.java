package org.ocoj.dist.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import org.ocoj.dist.AgentClient;
import org.ocoj.dist.Captures;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.Json;
import org.ocoj.dist.PasswordCrypto;
import org.ocoj.dist.SharedServer;

/**
 * A few hundred computers registered through the real agent protocol from the captured hello and update, each
 * a variation decided by its index alone (the model below), so a test can compute which computers a report
 * must select without asking the server. Plus pre-registered computers that never sent an inventory.
 */
final class ReportFleet {

    static final long GIB = 1L << 30;
    static final String[] OS = {"Debian GNU/Linux", "Ubuntu", "Windows 11 Pro"};
    private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Registration runs a few agents at once: enough to overlap round trips, few enough for 2 cores. */
    private static final int PARALLEL = 4;
    /** Packages of the captured update each computer keeps (the capture has 805; fewer keep registration quick). */
    static final int BASE_SOFTWARE = 12;

    final String prefix = "r" + UUID.randomUUID().toString().substring(0, 6);
    final int size;
    final AgentClient[] agents;
    final long[] ids;
    final List<Long> preRegisteredIds = new ArrayList<>();

    private ReportFleet(int size) {
        this.size = size;
        this.agents = new AgentClient[size];
        this.ids = new long[size];
    }

    // The model: every property of computer i.

    static String os(int i) {
        return OS[i % 3];
    }

    static String osVersion(int i) {
        String[][] versions = {{"11", "12"}, {"22.04", "24.04"}, {"10.0.22631", "10.0.26100"}};
        return versions[i % 3][i % 2];
    }

    static long ram(int i) {
        return i % 10 == 0 ? 2 * GIB : (i % 4 + 1) * 4 * GIB;
    }

    static String agentVersion(int i) {
        return i % 5 == 0 ? "1.1.0" : "1.2.0";
    }

    /** Pairs share a serial (0 and 1 of every hundred); every 25th from 7 on reports none. */
    String serial(int i) {
        return i % 100 < 2 ? prefix + "-DUP" + i / 100 : i % 25 == 7 ? "" : prefix + "-S" + i;
    }

    /** 2 and 3 of every hundred share a MAC. */
    String mac(int i) {
        int n = i % 100 == 2 || i % 100 == 3 ? 100_000 + i / 100 : i;
        return String.format("02:%s:%02x:%02x:%02x:01", prefix.substring(1, 3), n >> 16 & 0xff, n >> 8 & 0xff, n & 0xff);
    }

    /** Subnets of 50: 10.88.0.x for 0–49, 10.88.1.x for 50–99 … */
    static String address(int i) {
        return "10.88." + i / 50 + "." + (i % 50 + 1);
    }

    /** firefox-esr: 115 for i % 4 == 0, 128.3 for 1, 128.10 for 2, not installed for 3. */
    static String firefox(int i) {
        return new String[] {"115.10.0esr-1", "128.3.0esr-1", "128.10.0esr-1", null}[i % 4];
    }

    static boolean openssh(int i) {
        return i % 2 == 0;
    }

    static boolean encrypted(int i) {
        return i % 4 == 0;
    }

    static String bootType(int i) {
        return i % 6 == 0 ? "UEFI" : "Legacy";
    }

    static String secureBoot(int i) {
        return i % 12 == 0 ? "1" : "0";
    }

    static String model(int i) {
        return "Model " + "ABC".charAt(i % 3);
    }

    /** Service "Disk root": CRIT for i % 7 == 0, WARN for 1, else OK. */
    static String diskState(int i) {
        return i % 7 == 0 ? "2" : i % 7 == 1 ? "1" : "0";
    }

    /** Service "Backup" only on even computers. */
    static boolean backup(int i) {
        return i % 2 == 0;
    }

    /** Error events (level 2) of the last two days: 12 for i % 10 == 0, 3 for 1. */
    static int recentErrors(int i) {
        return i % 10 == 0 ? 12 : i % 10 == 1 ? 3 : 0;
    }

    /** 12 old errors (20 days ago) for i % 10 == 2. */
    static int oldErrors(int i) {
        return i % 10 == 2 ? 12 : 0;
    }

    /** Last seen 40 days ago (set in the database: the protocol cannot send an old ping). */
    static boolean stale(int i) {
        return i % 30 == 29;
    }

    /** Agents that stored a rotated local admin password. */
    static boolean hasPassword(int i) {
        return i % 50 == 0;
    }

    // Building it.

    static ReportFleet build(SharedServer.Running server, int size, int preRegistered) throws Exception {
        ReportFleet fleet = new ReportFleet(size);
        ClientApi api = server.clientApi();
        api.data("oco.setting.set", Map.of("key", "self-registration.enabled", "value", "true"));
        Fleet.awaitSelfRegistration(api);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    fleet.register(server, index);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
            api.data("oco.setting.set", Map.of("key", "self-registration.enabled", "value", "false"));
        }
        for (int i = 0; i < size; i++) {
            fleet.ids[i] = server.database.count("SELECT id FROM computer WHERE hostname = ?", fleet.agents[i].hostname);
            if (stale(i)) {
                server.database.update("UPDATE computer SET last_ping = ? WHERE id = ?",
                        LocalDateTime.now(ZoneOffset.UTC).minusDays(40), fleet.ids[i]);
            }
        }
        fleet.preRegisteredIds.addAll(Fleet.preRegister(api, fleet.prefix, preRegistered));
        return fleet;
    }

    private void register(SharedServer.Running server, int i) throws Exception {
        AgentClient agent = server.agent(String.format("%s-%03d", prefix, i));
        Map<String, Object> hello = Captures.data("oco-agent-hello.json");
        hello.put("agent_version", agentVersion(i));
        hello.put("networks", networks(i)); // a hello reports networks too
        hello.put("services", services(i)); // stored by checkmk-services already at the registering hello
        accepted(agent.call("oco.agent.hello", hello));
        accepted(agent.call("oco.agent.update", inventory(i)));
        List<Map<String, Object>> events = events(i);
        if (!events.isEmpty()) {
            accepted(agent.call("oco.agent.events", Map.of("events", events)));
        }
        if (hasPassword(i)) {
            accepted(agent.call("oco.agent.passwords", Map.of("passwords", List.of(Map.of("username", "localadmin",
                    "password", PasswordCrypto.encrypt(agent.agentKey, "Secret-" + prefix + "-" + i))))));
        }
        agents[i] = agent;
    }

    private static void accepted(AgentClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
    }

    /** The captured update with computer i's variations; software cut to the first packages to stay quick. */
    Map<String, Object> inventory(int i) {
        Map<String, Object> data = Captures.data("oco-agent-update.json");
        data.put("os", os(i));
        data.put("os_version", osVersion(i));
        data.put("agent_version", agentVersion(i));
        data.put("ram", ram(i));
        data.put("serial", serial(i));
        data.put("model", model(i));
        data.put("boot_type", bootType(i));
        data.put("secure_boot", secureBoot(i));
        data.put("networks", networks(i));
        List<Map<String, Object>> software = new ArrayList<>();
        for (Map<String, Object> item : Json.<List<Map<String, Object>>>at(data, "software")) {
            if (software.size() < BASE_SOFTWARE && !"openssh-server".equals(item.get("name"))) {
                software.add(item);
            }
        }
        if (openssh(i)) {
            software.add(new LinkedHashMap<>(Map.of("name", "openssh-server", "version", "1:9.2p1-2+deb12u3",
                    "description", "secure shell (SSH) server")));
        }
        if (firefox(i) != null) {
            software.add(new LinkedHashMap<>(Map.of("name", "firefox-esr", "version", firefox(i),
                    "description", "Mozilla Firefox")));
        }
        data.put("software", software);
        Json.<List<Map<String, Object>>>at(data, "partitions").get(0).put("encrypted", encrypted(i));
        return data;
    }

    List<Map<String, Object>> networks(int i) {
        Map<String, Object> nic = new LinkedHashMap<>();
        nic.put("addr", address(i));
        nic.put("netmask", "255.255.255.0");
        nic.put("broadcast", "10.88." + i / 50 + ".255");
        nic.put("mac", mac(i));
        nic.put("interface", "eth0");
        return List.of(nic);
    }

    static List<Map<String, Object>> services(int i) {
        List<Map<String, Object>> services = new ArrayList<>();
        services.add(Map.of("status", diskState(i), "name", "Disk root", "merics", "used=42;80;90", "details", "root"));
        if (backup(i)) {
            services.add(Map.of("status", "0", "name", "Backup", "merics", "-", "details", "last run ok"));
        }
        return services;
    }

    static List<Map<String, Object>> events(int i) {
        List<Map<String, Object>> events = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        for (int n = 0; n < recentErrors(i); n++) {
            events.add(event(2, now.minusDays(1).minusMinutes(n), "disk error " + n));
        }
        for (int n = 0; n < oldErrors(i); n++) {
            events.add(event(2, now.minusDays(20).minusMinutes(n), "old error " + n));
        }
        if (!events.isEmpty()) {
            events.add(event(4, now.minusHours(1), "information"));
        }
        return events;
    }

    private static Map<String, Object> event(int level, LocalDateTime time, String message) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("log", "System");
        event.put("provider", "disk");
        event.put("event_id", 7);
        event.put("level", level);
        event.put("timestamp", time.format(WIRE_TIME));
        event.put("data", Map.of("message", message));
        return event;
    }

    // Expectations.

    /** Sorted ids of the agents the predicate selects, plus the pre-registered ones if asked. */
    List<Long> where(IntPredicate predicate, boolean withPreRegistered) {
        List<Long> selected = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (predicate.test(i)) {
                selected.add(ids[i]);
            }
        }
        if (withPreRegistered) {
            selected.addAll(preRegisteredIds);
        }
        selected.sort(null);
        return selected;
    }

    List<Long> where(IntPredicate predicate) {
        return where(predicate, false);
    }

    /** Criteria limited to this fleet. */
    Map<String, Object> scoped(Object more) {
        return Map.of("all", List.of(Map.of("field", "hostname", "op", "starts_with", "value", prefix + "-"), more));
    }
}
