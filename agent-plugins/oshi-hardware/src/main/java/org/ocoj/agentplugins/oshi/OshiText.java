package org.ocoj.agentplugins.oshi;

import java.util.Locale;

/** OSHI answers {@code "unknown"} (its {@code Constants.UNKNOWN}) where the OS has no value; upstream sends {@code ""}. */
final class OshiText {

    private OshiText() {
    }

    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String trimmed = value.trim();
        return "unknown".equals(trimmed.toLowerCase(Locale.ROOT)) ? "" : trimmed;
    }

    /** {@code null} for what {@link #clean} makes empty: USB serial numbers and names are JSON null when unknown. */
    static String orNull(String value) {
        String cleaned = clean(value);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
