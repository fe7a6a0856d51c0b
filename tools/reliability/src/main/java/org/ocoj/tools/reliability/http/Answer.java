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
        String text = body.length() > 120 ? body.substring(0, 120) + "…" : body;
        return "HTTP " + status + " \"" + text.replaceAll("\\s+", " ") + "\"";
    }
}
