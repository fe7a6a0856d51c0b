package org.ocoj.plugins.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.RequestException;

/** Rules are checked on write: the seed's examples pass verbatim, everything else says what is wrong. */
class RuleValidationTest {

    static final String DEFENDER_LOG = "Microsoft-Windows-Windows Defender/Operational";
    static final String DEFENDER_QUERY =
            "<QueryList><Query><Select>*[System[(Level=1 or Level=2 or Level=3)]]</Select></Query></QueryList>";
    static final String SYSTEM_QUERY = "<QueryList><Query Id=\"0\" Path=\"System\"><Select Path=\"System\">"
            + "*[System[(EventID=1130)]]</Select></Query></QueryList>";
    static final String UDISKS_QUERY = "{\"unit\":\"udisks2.service\", \"priority\":\"0,1,2,3,4,5\", \"grep\":\"mounted\"}";

    @Test
    void acceptsTheSeedExamplesVerbatim() {
        assertEquals(DEFENDER_QUERY, EventRule.of(1, DEFENDER_LOG, DEFENDER_QUERY).query());
        assertEquals(SYSTEM_QUERY, EventRule.of(2, "System", SYSTEM_QUERY).query());
        EventRule journal = EventRule.of(3, "journalctl", UDISKS_QUERY);
        JournalFilter filter = journal.filter().orElseThrow();
        assertEquals(java.util.List.of("udisks2.service"), filter.units());
        assertEquals(java.util.List.of("0", "1", "2", "3", "4", "5"), filter.priorities());
    }

    @Test
    void refusesMalformedXmlForWindowsLogs() {
        assertInvalid("System", "<QueryList><Query><Select>*</Select></Query>", "not well-formed XML");
        assertInvalid("System", "*[System[(EventID=1130)]]", "not well-formed XML");
        assertInvalid("System", "<Query><Select>*</Select></Query>", "must be a <QueryList>");
        assertInvalid("System", "<QueryList><Query/></QueryList>", "at least one <Select>");
    }

    @Test
    void refusesXmlWithADoctype() {
        assertInvalid("System", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><QueryList>&e;</QueryList>",
                "not well-formed XML");
    }

    @Test
    void refusesBadJournalFilters() {
        assertInvalid("journalctl", "{\"unit\": \"a.service\"", "not valid JSON");
        assertInvalid("journalctl", "[\"unit\"]", "must be a JSON object");
        assertInvalid("journalctl", "{\"units\": \"a.service\"}", "unknown key 'units'");
        assertInvalid("journalctl", "{\"priority\": \"0,8\"}", "priorities 0-7, not '8'");
        assertInvalid("journalctl", "{\"priority\": 3}", "query.priority must be a string");
        assertInvalid("journalctl", "{\"grep\": \"mount(ed\"}", "not a valid regular expression");
    }

    @Test
    void refusesMissingOrOverlongLogNamesAndQueries() {
        assertInvalid("", DEFENDER_QUERY, "log is required");
        assertInvalid("x".repeat(201), DEFENDER_QUERY, "at most 200 characters");
        assertEquals(200, EventRule.of(1, "x".repeat(200), DEFENDER_QUERY).log().length());
        assertInvalid("System", " ", "query is required");
    }

    @Test
    void journalRulesCoverTheEventsTheirFilterSelects() {
        EventRule rule = EventRule.of(3, "journalctl", UDISKS_QUERY);
        LocalDateTime t = LocalDateTime.of(2026, 11, 24, 8, 0, 1);
        assertTrue(rule.covers(event("udisks2.service", 5, "Mounted /dev/sdb1 at /media/usb")) == false,
                "grep is case-sensitive like Python's re.search");
        assertTrue(rule.covers(event("udisks2.service", 5, "/dev/sdb1 mounted at /media/usb")));
        assertFalse(rule.covers(event("udisks2.service", 6, "/dev/sdb1 mounted")), "priority 6 not selected");
        assertFalse(rule.covers(event("cron.service", 5, "mounted")), "other unit");
        EventRule windows = EventRule.of(4, "System", SYSTEM_QUERY);
        assertTrue(windows.covers(new IncomingEvent("System", "Disk", 1130, 2, t, "{}", "")));
        assertFalse(windows.covers(event("System.service", 2, "")), "a journal event is not a System log event");
    }

    private static IncomingEvent event(String log, int level, String message) {
        return new IncomingEvent(log, "udisksd", 3, level, LocalDateTime.of(2026, 11, 24, 8, 0), "{}", message);
    }

    private static void assertInvalid(String log, String query, String reason) {
        RequestException e = assertThrows(RequestException.class, () -> EventRule.of(0, log, query));
        assertEquals(RequestException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
