package org.ocoj.plugins.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ocoj.api.server.RequestException;

/**
 * The query of a {@code journalctl} rule (SPEC §5.3): a JSON object with the optional keys {@code unit},
 * {@code identifier}, {@code priority} (comma-separated strings) and {@code grep} (a regular expression).
 * The agent runs it; the server uses it to validate rules and to tell which rule an event belongs to.
 *
 * <p>{@code grep} is a Python regular expression upstream; it is checked with {@link Pattern}, which accepts
 * the common syntax of both (a few Python-only constructs such as {@code (?P<name>…)} are refused).
 */
record JournalFilter(List<String> units, List<String> identifiers, List<String> priorities, Optional<Pattern> grep) {

    static final String LOG = "journalctl";
    private static final Set<String> KEYS = Set.of("unit", "identifier", "priority", "grep");

    /** Parses and validates a rule query; every problem is a {@link RequestException} naming it. */
    static JournalFilter parse(String query) {
        Object json;
        try {
            json = JsonText.parse(query);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw RequestException.invalid("query of a journalctl rule is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(json instanceof Map<?, ?> map)) {
            throw RequestException.invalid("query of a journalctl rule must be a JSON object with the keys "
                    + "unit, identifier, priority, grep");
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!KEYS.contains(String.valueOf(entry.getKey()))) {
                throw RequestException.invalid("query has the unknown key '" + entry.getKey()
                        + "'; known keys: unit, identifier, priority, grep");
            }
            if (!(entry.getValue() instanceof String)) {
                throw RequestException.invalid("query." + entry.getKey() + " must be a string");
            }
        }
        List<String> priorities = items(map.get("priority"));
        for (String priority : priorities) {
            if (!priority.matches("[0-7]")) {
                throw RequestException.invalid("query.priority must list journal priorities 0-7, not '" + priority + "'");
            }
        }
        return new JournalFilter(items(map.get("unit")), items(map.get("identifier")), priorities,
                grep((String) map.get("grep")));
    }

    private static List<String> items(Object value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(((String) value).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<Pattern> grep(String regex) {
        if (regex == null || regex.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw RequestException.invalid("query.grep is not a valid regular expression: " + e.getDescription()
                    + " near index " + e.getIndex());
        }
    }

    /** Whether a stored journal event (SPEC §5.4 mapping) is one this filter selects. */
    boolean matches(String log, String provider, int level, String message) {
        return (units.isEmpty() || units.contains(log))
                && (identifiers.isEmpty() || identifiers.contains(provider))
                && (priorities.isEmpty() || priorities.contains(String.valueOf(level)))
                && grep.map(p -> p.matcher(message).find()).orElse(true);
    }
}
