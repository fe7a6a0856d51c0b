package org.ocoj.agentplugins.checkmk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.agent.ServiceCheck;

/**
 * Parses the output of a CheckMK local check: one service per line,
 * {@code <status> <name> <metrics> <details…>} (SPEC §6, CheckMK's "local checks" format).
 *
 * <ul>
 *   <li>status {@code 0}–{@code 3} or {@code P}; name quoted when it has spaces ({@code "My service"});
 *       metrics {@code name=value;warn;crit;min;max} joined by {@code |}, or {@code -}; details are the
 *       rest of the line as written (so an apostrophe needs no quoting), with {@code \n} for a line break.</li>
 *   <li>Blank lines and lines with fewer than four words are ignored, as upstream does (e.g. a
 *       {@code <<<local>>>} header).</li>
 *   <li>A line that has four words but does not parse (unknown status, broken quoting, empty name) becomes
 *       an UNKNOWN service that says what is wrong — never dropped silently.</li>
 * </ul>
 */
final class LocalCheckParser {

    private static final Set<String> STATUSES = Set.of(ServiceCheck.OK, ServiceCheck.WARN, ServiceCheck.CRIT,
            ServiceCheck.UNKNOWN, ServiceCheck.FROM_METRICS);
    private static final int QUOTED_LINE_MAX = 200;

    private LocalCheckParser() {
    }

    /**
     * @param output decoded output of one script
     * @param script how the script is named in the services reporting its broken lines
     */
    static List<ServiceCheck> parse(String output, String script) {
        List<ServiceCheck> services = new ArrayList<>();
        String[] lines = output.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip(); // also drops the \r of CRLF output
            if (!line.isEmpty()) {
                parseLine(line, script + " line " + (n + 1)).ifPresent(services::add);
            }
        }
        return services;
    }

    private static Optional<ServiceCheck> parseLine(String line, String where) {
        ShellWords.Split split;
        try {
            split = ShellWords.leading(line, 3);
        } catch (ShellWords.QuotingException e) {
            return Optional.of(ServiceCheck.unknown(where, "cannot parse: " + e.getMessage() + ": " + quote(line)));
        }
        if (split.words().size() < 3 || split.rest().isEmpty()) {
            return Optional.empty(); // fewer than four words, as upstream
        }
        String status = split.words().get(0);
        String name = split.words().get(1);
        String details = split.rest().replace("\\n", "\n");
        if (name.isBlank()) {
            return Optional.of(ServiceCheck.unknown(where, "cannot parse: empty service name: " + quote(line)));
        }
        if (!STATUSES.contains(status)) {
            return Optional.of(ServiceCheck.unknown(name, "invalid status '" + status
                    + "' (expected 0, 1, 2, 3 or P): " + details));
        }
        return Optional.of(new ServiceCheck(status, name, split.words().get(2), details));
    }

    private static String quote(String line) {
        return line.length() <= QUOTED_LINE_MAX ? line : line.substring(0, QUOTED_LINE_MAX) + "…";
    }
}
