package org.ocoj.platform.ocoimport;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.ocoimport.ImportSummary.Outcome;
import org.ocoj.platform.settings.SettingsService;

/**
 * Upstream settings ({@code setting} table) that have an OCO-J equivalent. A setting the server's environment
 * fixes stays as it is and is named for the admin; a secret's value is never put into the summary.
 */
@Dependent
class SettingsImport {

    private record Mapping(String upstreamKey, String key, UnaryOperator<String> convert, boolean secret) {
    }

    private static final List<Mapping> MAPPINGS = List.of(
            new Mapping("agent-registration-key", "agent.registration-key", v -> v, true),
            new Mapping("agent-self-registration-enabled", "self-registration.enabled",
                    v -> String.valueOf(v.trim().equals("1") || v.trim().equalsIgnoreCase("true")), false),
            new Mapping("agent-update-interval", "agent.update-interval", String::trim, false),
            new Mapping("computer-offline-seconds", "computer.offline-seconds", String::trim, false),
            // upstream counts seconds, OCO-J whole days (rounded up, so nothing goes earlier than upstream said)
            new Mapping("purge-domain-user-logons-after", "computer.login-retention-days", SettingsImport::days, false),
            new Mapping("purge-events-after", "event-monitoring.retention-days", SettingsImport::days, false));

    /** Taken over by other parts of the import. */
    private static final List<String> HANDLED_ELSEWHERE = List.of("wol-satellites");

    private final SettingsService settings;

    @Inject
    SettingsImport(SettingsService settings) {
        this.settings = settings;
    }

    void run(Map<String, String> upstream, ImportSummary summary, String admin) {
        for (Mapping mapping : MAPPINGS) {
            String value = upstream.get(mapping.upstreamKey());
            if (value != null && !value.isBlank()) {
                try {
                    apply(mapping, mapping.convert().apply(value), summary, admin);
                } catch (NumberFormatException e) {
                    summary.count("settings", Outcome.SKIPPED);
                    summary.attention("Setting " + mapping.key() + " (upstream " + mapping.upstreamKey()
                            + ") not imported: not a number of seconds: " + value.trim());
                }
            }
        }
        List<String> others = new ArrayList<>();
        upstream.keySet().stream().filter(key -> MAPPINGS.stream().noneMatch(m -> m.upstreamKey().equals(key)))
                .filter(key -> !HANDLED_ELSEWHERE.contains(key)).forEach(others::add);
        if (!others.isEmpty()) {
            summary.notImported("Upstream settings without an OCO-J equivalent: " + String.join(", ", others));
        }
    }

    private void apply(Mapping mapping, String value, ImportSummary summary, String admin) {
        String what = "Setting " + mapping.key() + " (upstream " + mapping.upstreamKey() + ")";
        java.util.Optional<SettingsService.Value> current = settings.list().stream()
                .filter(v -> v.declared().definition().key().equals(mapping.key())).findFirst();
        if (current.isEmpty()) {
            summary.count("settings", Outcome.SKIPPED);
            summary.attention(what + " not imported: no such setting here (is its plugin enabled?)");
            return;
        }
        if (current.get().source().equals("environment") && !value.equals(current.get().value())) {
            summary.count("settings", Outcome.SKIPPED);
            summary.attention(what + " not imported: it is fixed by the server's environment; set it there to the"
                    + " upstream value if agents should keep using it");
            return;
        }
        try {
            if (value.equals(current.get().value())) {
                summary.count("settings", Outcome.UNCHANGED);
                return;
            }
            if (!summary.dryRun()) {
                settings.set(mapping.key(), value, admin);
            }
            summary.count("settings", Outcome.UPDATED);
        } catch (IllegalArgumentException | RequestException e) {
            summary.count("settings", Outcome.SKIPPED);
            summary.attention(what + " not imported: " + (mapping.secret() ? secretFree(e.getMessage(), value)
                    : e.getMessage()));
        }
    }

    /** Upstream's seconds as whole days, rounded up; 0 (keep) stays 0. */
    static String days(String seconds) {
        long value = Long.parseLong(seconds.trim());
        return String.valueOf(value <= 0 ? 0 : (value + 86_399) / 86_400);
    }

    private static String secretFree(String message, String value) {
        return message == null ? "" : message.replace(value, "…");
    }
}
