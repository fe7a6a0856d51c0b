package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocoj.dist.UiTestSupport.seriesLatest;
import static org.ocoj.dist.UiTestSupport.seriesTotal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code oco.dashboard.series}: real agent check-ins and inventory updates counted in memory, written by the
 * activity jobs (every 2 s on the test server, OCO_ACTIVITY_INTERVAL) and read back per minute and per hour;
 * minutes older than 8 days pruned.
 */
@ExtendWith(SharedServer.class)
class ActivitySeriesIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    private Map<String, Object> series(String range) {
        return api.data("oco.dashboard.series", Map.of("range", range));
    }

    private Map<String, Object> awaitSeries(String range, Predicate<Map<String, Object>> condition)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        Map<String, Object> series = series(range);
        while (!condition.test(series) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            series = series(range);
        }
        assertTrue(condition.test(series), "not reached in 30 s: " + series);
        return series;
    }

    @Test
    void checkInsAndInventoryUpdatesOfRealAgentsAppearPerMinuteAndPerHour() throws InterruptedException {
        Map<String, Object> day = series("24h");
        assertEquals(true, day.get("available"));
        assertEquals(60, ((Number) day.get("step_seconds")).intValue());
        assertEquals(1440, ((Number) day.get("buckets")).intValue());
        for (String key : List.of("online", "check_ins", "inventory_updates")) {
            assertEquals(1440, ((List<?>) day.get(key)).size(), key);
        }
        long checkInsBefore = seriesTotal(day, "check_ins");
        long updatesBefore = seriesTotal(day, "inventory_updates");
        long weekBefore = seriesTotal(series("7d"), "check_ins");

        String hostname = "activity-" + UUID.randomUUID().toString().substring(0, 8);
        api.data("oco.computer.create", Map.of("hostname", hostname));
        AgentClient agent = server.agent(hostname);
        Map<String, Object> hello = Captures.data("oco-agent-hello.json");
        for (int i = 0; i < 5; i++) {
            AgentClient.Reply reply = agent.call("oco.agent.hello", hello);
            assertEquals(200, reply.status(), reply.body());
        }
        for (int i = 0; i < 2; i++) {
            AgentClient.Reply reply = agent.call("oco.agent.update", Captures.data("oco-agent-update.json"));
            assertEquals(200, reply.status(), reply.body());
        }

        awaitSeries("24h", s -> seriesTotal(s, "check_ins") >= checkInsBefore + 5
                && seriesTotal(s, "inventory_updates") >= updatesBefore + 2 && seriesLatest(s, "online") >= 1);
        Map<String, Object> week = awaitSeries("7d", s -> seriesTotal(s, "check_ins") >= weekBefore + 5);
        assertEquals(3600, ((Number) week.get("step_seconds")).intValue());
        assertEquals(168, ((List<?>) week.get("check_ins")).size());
    }

    @Test
    void anHourOfTheWeekShowsItsHighestOnlineCountAndItsSumsAndOldMinutesArePruned() throws InterruptedException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime threeDaysAgo = now.minusDays(3).truncatedTo(ChronoUnit.HOURS);
        server.database.update("DELETE FROM activity_minute WHERE minute_utc >= ? AND minute_utc < ?",
                threeDaysAgo, threeDaysAgo.plusHours(1));
        server.database.update("INSERT INTO activity_minute (minute_utc, online, check_ins, inventory_updates) "
                + "VALUES (?, 7001, 40, 3), (?, 7003, 2, 0), (?, NULL, 1, 1)", threeDaysAgo.plusMinutes(5),
                threeDaysAgo.plusMinutes(6), threeDaysAgo.plusMinutes(59));
        LocalDateTime nineDaysAgo = now.minusDays(9);
        server.database.update("INSERT INTO activity_minute (minute_utc, online, check_ins, inventory_updates) "
                + "VALUES (?, 1, 1, 1)", nineDaysAgo);

        Map<String, Object> week = series("7d");
        int bucket = ((List<?>) week.get("online")).indexOf(7003);
        // the current hour is the last bucket (167); one less if the hour turned since "now" above
        assertTrue(bucket == 167 - 72 || bucket == 167 - 73, "the hour's highest online count, at " + bucket + ": " + week);
        assertEquals(43L, value(week, "check_ins", bucket), "the hour's check-ins");
        assertEquals(4L, value(week, "inventory_updates", bucket), "the hour's inventory updates");

        long deadline = System.currentTimeMillis() + 30_000;
        while (server.database.count("SELECT COUNT(*) FROM activity_minute WHERE minute_utc = ?", nineDaysAgo) > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(0, server.database.count("SELECT COUNT(*) FROM activity_minute WHERE minute_utc = ?",
                nineDaysAgo), "older than 8 days: pruned");
        assertEquals(3, server.database.count("SELECT COUNT(*) FROM activity_minute WHERE minute_utc >= ? "
                + "AND minute_utc < ?", threeDaysAgo, threeDaysAgo.plusHours(1)), "three days old: kept");
    }

    @Test
    void anUnknownRangeIsRefusedInWords() {
        ClientApi.Reply reply = api.call("oco.dashboard.series", Map.of("range", "1y"));
        assertEquals(-32001, reply.errorCode(), reply.body());
        assertEquals("range must be 24h or 7d: 1y", reply.errorMessage());
    }

    @SuppressWarnings("unchecked")
    private static Long value(Map<String, Object> series, String key, int index) {
        Number value = ((List<Number>) series.get(key)).get(index);
        return value == null ? null : value.longValue();
    }
}
