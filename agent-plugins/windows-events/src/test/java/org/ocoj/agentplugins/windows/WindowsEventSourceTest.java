package org.ocoj.agentplugins.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.EventRecord;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;

/** Windows event log rules (SPEC §5.2) and the parsing of {@code wevtutil qe … /f:xml} output (§5.4). */
class WindowsEventSourceTest {

    static final LocalDateTime SINCE = LocalDateTime.of(2026, 11, 24, 8, 0, 0);

    @Test
    void parsesSystemEventsWithNamedDataQualifiedIdsAndUserData() throws IOException {
        List<EventRecord> events = WevtutilXml.parse(fixture("wevtutil-system.xml"), "System", LocalDateTime.MIN);

        assertEquals(3, events.size());
        EventRecord policy = events.get(0);
        assertEquals("Microsoft-Windows-GroupPolicy", policy.provider());
        assertEquals("1130", policy.eventId());
        assertEquals("2", policy.level());
        assertEquals("System", policy.log());
        assertEquals(LocalDateTime.of(2026, 11, 24, 8, 4, 12), policy.timestamp(), "UTC, fraction dropped");
        assertEquals("\\\\dc1.corp.example", policy.data().get("DCName"));
        assertEquals(9, policy.data().size());

        EventRecord service = events.get(1);
        assertEquals("7036", service.eventId(), "the Qualifiers attribute is not part of the id");
        assertEquals(Map.of("param1", "Windows Update", "param2", "running",
                "Binary", "770075006100750073006500720076002F0034000000"), service.data());

        EventRecord cleared = events.get(2);
        assertEquals("jürgen", cleared.data().get("SubjectUserName"), "UserData fields by element name");
        assertEquals("", cleared.data().get("BackupPath"));
    }

    @Test
    void keepsOnlyEventsStrictlyAfterSince() throws IOException {
        List<EventRecord> events = WevtutilXml.parse(fixture("wevtutil-system.xml"), "System", SINCE);
        assertEquals(List.of("1130", "7036"), events.stream().map(EventRecord::eventId).toList(),
                "07:59:59.9999999 is not after 08:00:00");
        assertTrue(WevtutilXml.parse(fixture("wevtutil-system.xml"), "System", LocalDateTime.of(2026, 11, 24, 8, 4, 12)).isEmpty());
    }

    @Test
    void parsesDefenderDetectionsWithSpacesInDataNames() throws IOException {
        EventRecord detection = WevtutilXml.parse(fixture("wevtutil-defender.xml"),
                "Microsoft-Windows-Windows Defender/Operational", SINCE).get(0);
        assertEquals("Virus:DOS/EICAR_Test_File", detection.data().get("Threat Name"));
        assertEquals("3", detection.level());
        assertEquals("", detection.data().get("Unused"));
    }

    @Test
    void readsUtf16OutputAndNoOutputAtAll() throws IOException {
        byte[] utf16 = fixture("wevtutil-defender.xml").getBytes(StandardCharsets.UTF_16LE);
        assertEquals(1, WevtutilXml.parse(WindowsEventSource.decode(utf16), "x", SINCE).size());
        assertTrue(WevtutilXml.parse("", "System", SINCE).isEmpty(), "no matching events: wevtutil prints nothing");
        assertThrows(IOException.class, () -> WevtutilXml.parse("<Event><System>", "System", SINCE));
    }

    @Test
    void turnsTheQueryListIntoOneWevtutilCallPerSelect() throws IOException {
        List<WevtutilQuery> queries = WevtutilQuery.fromQueryList("System", "<QueryList><Query Id=\"0\" Path=\"System\">"
                + "<Select Path=\"System\">*[System[(EventID=1130)]]</Select>"
                + "<Select Path=\"Application\">*[System[(Level=1)]]</Select></Query></QueryList>");
        assertEquals(List.of("wevtutil", "qe", "System", "/q:*[System[(EventID=1130)]]", "/f:xml", "/rd:true", "/c:10001"),
                queries.get(0).command("wevtutil", 10_001));
        assertEquals("Application", queries.get(1).path());
        List<WevtutilQuery> defender = WevtutilQuery.fromQueryList("Microsoft-Windows-Windows Defender/Operational",
                "<QueryList><Query><Select>*[System[(Level=1 or Level=2 or Level=3)]]</Select></Query></QueryList>");
        assertEquals("Microsoft-Windows-Windows Defender/Operational", defender.get(0).path(), "no Path: the rule's log");
    }

    @Test
    void appliesToWindowsOnlyAndLeavesJournalRulesAlone() {
        WindowsEventSource source = new WindowsEventSource();
        assertTrue(source.appliesTo(new Platform(OsFamily.WINDOWS, "amd64")));
        assertFalse(source.appliesTo(new Platform(OsFamily.LINUX, "amd64")));
        assertFalse(source.handles("journalctl"));
        assertTrue(source.handles("System"));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = WindowsEventSourceTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
