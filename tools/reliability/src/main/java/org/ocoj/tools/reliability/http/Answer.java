package org.ocoj.tools.reliability.http;

import java.util.Locale;
import java.util.Map;

/**
 * An HTTP answer, or its absence: {@code status} 0 when none came ({@code failure} says why — timeout, reset,
 * refused). Header names are lower case.
 */
public record Answer(int status, Map<String, String> headers, String body, String failure) {

    public static Answer none(String failure) {
        return new Answer(0, Map.of(), "", failure);
    }

    public boolean answered() {
        return status > 0;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** A short readable form for reports: {@code HTTP 400 "…first 120 characters…"} or {@code no answer (…)}. */
    public String summary() {
        if (!answered()) {
            return "no answer (" + failure + ")";
        }
        return "HTTP " + status + " \"" + excerpt(body, 120).replaceAll("\\s+", " ") + "\"";
    }

    private static final java.util.regex.Pattern KEYS =
            java.util.regex.Pattern.compile("(\"(?:agent-key|server-key)\"\\s*:\\s*\")[^\"]*\"");

    /**
     * The start of an answer for a report, with issued keys blanked: a registration answer carries the agent's
     * keys, and a report must not.
     */
    public static String excerpt(String text, int length) {
        String safe = KEYS.matcher(text == null ? "" : text).replaceAll("$1…\"");
        return safe.length() > length ? safe.substring(0, length) + "…" : safe;
    }
}
