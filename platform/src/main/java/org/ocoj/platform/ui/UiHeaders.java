package org.ocoj.platform.ui;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers on every UI file: revalidate on each load (a server upgrade shows at once), never be framed, no
 * script from anywhere but this server, no content sniffing.
 */
final class UiHeaders {

    static final String CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    private UiHeaders() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
