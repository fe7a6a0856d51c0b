package org.ocoj.platform.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Media types of the static files the UI serves; a file of any other kind is not served at all. */
final class StaticMediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2");

    private StaticMediaTypes() {
    }

    static Optional<String> of(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** A relative path of plain segments: no "..", no backslashes, no empty or hidden segments. */
    static boolean isSafe(String path) {
        if (path.isEmpty() || path.length() > 300 || !path.matches("[A-Za-z0-9._/-]+")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }
}
