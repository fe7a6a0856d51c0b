package org.ocoj.platform.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The session cookie: HttpOnly (scripts never see it), SameSite=Strict (other sites cannot make the browser
 * send it), Secure when the request came over TLS (directly or through a trusted TLS-terminating proxy, see
 * {@code ClientAddresses#isSecure}). Written as a raw header because the SameSite attribute
 * has no portable API in this Jakarta REST version.
 */
public final class SessionCookie {

    public static final String NAME = "OCOJ_SESSION";
    /** The header every state-changing session request must carry (see {@link AdminSessions#csrfMatches}). */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private SessionCookie() {
    }

    public static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    public static String set(String token, boolean secure) {
        return NAME + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    public static String clear(boolean secure) {
        return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
