package org.ocoj.agent.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.EventQuery;
import org.ocoj.api.agent.EventRecord;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;

/** Rules run on the source that handles their log; a broken, slow or missing source costs only its rule. */
class EventRunnerTest {
    static final Platform LINUX = new Platform(OsFamily.LINUX, "amd64");
    static final LocalDateTime SINCE = LocalDateTime.of(2026, 11, 24, 8, 0);
    static final EventRecord MOUNTED = new EventRecord("udisks2.service", "udisksd", "3", "5",
            LocalDateTime.of(2026, 11, 24, 8, 0, 7), Map.of("message", "Unmounted /dev/sdb1"));

    @Test
    void runsEachRuleOnTheSourceForItsLogAndSkipsTheRest() {
        StubEventSource journal = new StubEventSource("journalctl", () -> List.of(MOUNTED));
        StubEventSource broken = new StubEventSource("System", () -> {
            throw new IOException("wevtutil: access denied");
        });
        List<EventRecord> events = new EventRunner(List.of(journal, broken)).collect(List.of(
                rule("journalctl"), rule("System"), rule("Microsoft-Windows-Windows Defender/Operational")), LINUX);

        assertEquals(List.of(MOUNTED), events);
        assertEquals(List.of(rule("journalctl")), journal.queries);
        assertEquals(1, broken.queries.size(), "the failing source was tried and its rule skipped");
    }

    @Test
    void abandonsASourceThatOverrunsItsTimeLimitAndCapsEachRule() {
        StubEventSource slow = new StubEventSource("System", () -> {
            Thread.sleep(60_000);
            return List.of(MOUNTED);
        });
        StubEventSource chatty = new StubEventSource("journalctl", () -> Collections.nCopies(5, MOUNTED));
        List<EventRecord> events = new EventRunner(List.of(slow, chatty)).collect(
                List.of(rule("System"), new EventQuery("journalctl", "{}", SINCE, 3)), LINUX);
        assertEquals(3, events.size());
    }

    @Test
    void runsNothingWhereNoSourceApplies() {
        StubEventSource journal = new StubEventSource("journalctl", () -> List.of(MOUNTED));
        assertTrue(new EventRunner(List.of(journal)).collect(List.of(rule("journalctl")),
                new Platform(OsFamily.MACOS, "aarch64")).isEmpty());
        assertTrue(journal.queries.isEmpty());
    }

    static EventQuery rule(String log) {
        return new EventQuery(log, "{}", SINCE, 10_001);
    }
}
