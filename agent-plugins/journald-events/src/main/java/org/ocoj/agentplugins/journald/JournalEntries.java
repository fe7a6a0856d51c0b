package org.ocoj.agentplugins.journald;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ocoj.api.agent.EventRecord;

/**
 * Turns {@code journalctl -o json} output (one JSON object per line) into events (SPEC §5.4): log =
 * {@code _SYSTEMD_UNIT} else {@code journalctl}, provider = {@code SYSLOG_IDENTIFIER}, event id =
 * {@code SYSLOG_FACILITY}, level = {@code PRIORITY}, data = the message; the time is the entry's
 * {@code __REALTIME_TIMESTAMP} in the machine's zone, to the second (upstream agents send local time).
 */
final class JournalEntries {

    static final String DEFAULT_LOG = "journalctl";

    private final ObjectMapper json;
    private final ZoneId zone;

    JournalEntries(ObjectMapper json, ZoneId zone) {
        this.json = json;
        this.zone = zone;
    }

    /**
     * Reads entries oldest first and keeps those strictly after {@code since} whose message is not empty and
     * matches {@code grep}; stops after {@code max} events.
     */
    List<EventRecord> read(BufferedReader lines, LocalDateTime since, Optional<Pattern> grep, int max) throws IOException {
        List<EventRecord> events = new ArrayList<>();
        for (String line; events.size() < max && (line = lines.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = json.readTree(line);
            String message = text(entry.get("MESSAGE"));
            LocalDateTime time = time(entry);
            if (message.isEmpty() || !time.isAfter(since) || grep.map(p -> !p.matcher(message).find()).orElse(false)) {
                continue;
            }
            String unit = text(entry.get("_SYSTEMD_UNIT"));
            events.add(new EventRecord(unit.isEmpty() ? DEFAULT_LOG : unit, text(entry.get("SYSLOG_IDENTIFIER")),
                    text(entry.get("SYSLOG_FACILITY")), text(entry.get("PRIORITY")), time, Map.of("message", message)));
        }
        return events;
    }

    private LocalDateTime time(JsonNode entry) throws IOException {
        String micros = text(entry.get("__REALTIME_TIMESTAMP"));
        try {
            Instant instant = Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
            return LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.SECONDS);
        } catch (NumberFormatException e) {
            throw new IOException("journal entry without a valid __REALTIME_TIMESTAMP: '" + micros + "'");
        }
    }

    /** journalctl writes a field as a string, as an array of bytes when it is not valid UTF-8, or null. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            byte[] bytes = new byte[value.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) value.get(i).asInt();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value.asText();
    }
}
