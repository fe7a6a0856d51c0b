package org.ocoj.agentplugins.journald;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.EventQuery;
import org.ocoj.api.agent.EventRecord;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;

/** journalctl rules (SPEC §5.3) and the mapping of {@code journalctl -o json} entries to events (§5.4). */
class JournaldEventSourceTest {

    static final String UDISKS_RULE = "{\"unit\":\"udisks2.service\", \"priority\":\"0,1,2,3,4,5\", \"grep\":\"mounted\"}";
    static final LocalDateTime SINCE = LocalDateTime.of(2026, 11, 24, 8, 0, 0);
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void mapsJournalFieldsAsUpstreamAgentsDo() throws IOException {
        List<EventRecord> events = read(Optional.empty(), SINCE, 100);

        EventRecord mounted = events.get(0);
        assertEquals(new EventRecord("udisks2.service", "udisksd", "3", "5", LocalDateTime.of(2026, 11, 24, 8, 0, 5),
                Map.of("message", "Mounted /dev/sdb1 at /media/alice/USB-STICK on behalf of uid 1000")), mounted);
        EventRecord kernel = events.stream().filter(e -> e.provider().equals("kernel")).findFirst().orElseThrow();
        assertEquals("journalctl", kernel.log(), "no _SYSTEMD_UNIT: the log is 'journalctl'");
        assertEquals("0", kernel.eventId());
        assertTrue(events.get(events.size() - 1).data().get("message").startsWith("Error mounting /dev/sdc1"),
                "a message journalctl prints as a byte array is decoded");
    }

    @Test
    void keepsOnlyNonEmptyMessagesStrictlyAfterSinceThatMatchGrep() throws IOException {
        assertEquals(5, read(Optional.empty(), SINCE, 100).size(), "the entry at 'since' and the empty one are left out");
        List<EventRecord> grepped = read(Optional.of(Pattern.compile("mounted")), SINCE, 100);
        assertEquals(List.of(LocalDateTime.of(2026, 11, 24, 8, 0, 7), LocalDateTime.of(2026, 11, 24, 8, 0, 20)),
                grepped.stream().map(EventRecord::timestamp).toList(), "grep is case-sensitive, like Python's re.search");
        assertEquals(2, read(Optional.empty(), SINCE, 2).size(), "stops at the rule's maximum");
        assertEquals(1, read(Optional.empty(), LocalDateTime.of(2026, 11, 24, 8, 0, 12), 100).size());
    }

    @Test
    void runsJournalctlWithTheRulesMatchesAndSince() throws Exception {
        Path args = dir.resolve("args");
        Path fake = dir.resolve("journalctl");
        Files.writeString(fake, "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + args + "\ncat " + fixture() + "\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        JournaldEventSource source = new JournaldEventSource(fake.toString());

        List<EventRecord> events = source.read(new EventQuery("journalctl", UDISKS_RULE, SINCE, 10_001));

        assertEquals(List.of("-o", "json", "--no-pager", "-q", "--since", "2026-11-24 08:00:00",
                "_SYSTEMD_UNIT=udisks2.service", "PRIORITY=0", "PRIORITY=1", "PRIORITY=2", "PRIORITY=3", "PRIORITY=4",
                "PRIORITY=5"), Files.readAllLines(args));
        assertTrue(events.stream().allMatch(e -> e.data().get("message").contains("mounted")), events.toString());
        assertTrue(source.appliesTo(new Platform(OsFamily.LINUX, "amd64")));
        assertTrue(source.handles("journalctl") && !source.handles("System"));
    }

    @Test
    void refusesAQueryThatIsNotAJsonObject() {
        assertThrows(IOException.class, () -> JournalRule.parse("[1]", json));
        assertThrows(IOException.class, () -> JournalRule.parse("{\"unit\":", json));
    }

    private List<EventRecord> read(Optional<Pattern> grep, LocalDateTime since, int max) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/journal-mixed.json"), StandardCharsets.UTF_8))) {
            return new JournalEntries(json, ZoneId.from(ZoneOffset.UTC)).read(lines, since, grep, max);
        }
    }

    private static Path fixture() throws Exception {
        return Path.of(JournaldEventSourceTest.class.getResource("/journal-mixed.json").toURI());
    }
}
