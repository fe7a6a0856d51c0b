package org.ocoj.agentplugins.journald;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query of a {@code journalctl} rule (SPEC §5.3): {@code unit}, {@code identifier} and {@code priority}
 * become journal matches (same field OR-ed, different fields AND-ed by journalctl itself); {@code grep} is a
 * regular expression searched in the message (Java syntax as an approximation of Python's {@code re}).
 */
record JournalRule(List<String> matches, Optional<Pattern> grep) {

    private static final Map<String, String> FIELDS =
            Map.of("unit", "_SYSTEMD_UNIT", "identifier", "SYSLOG_IDENTIFIER", "priority", "PRIORITY");

    static JournalRule parse(String query, ObjectMapper json) throws IOException {
        JsonNode root = json.readTree(query);
        if (root == null || !root.isObject()) {
            throw new IOException("journalctl rule query is not a JSON object: " + query);
        }
        List<String> matches = new ArrayList<>();
        for (String key : List.of("unit", "identifier", "priority")) {
            if (root.hasNonNull(key)) {
                Arrays.stream(root.get(key).asText().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .forEach(value -> matches.add(FIELDS.get(key) + "=" + value));
            }
        }
        String grep = root.path("grep").asText("");
        return new JournalRule(matches, grep.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(grep)));
    }
}
