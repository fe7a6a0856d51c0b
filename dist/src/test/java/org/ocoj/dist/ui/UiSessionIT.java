package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.UiTestSupport;

/** The web UI's session over plain HTTP: cookie, CSRF, logout, and the files the server shares the root with. */
@ExtendWith(SharedServer.class)
class UiSessionIT {

    @Test
    void loginSetsAnHttpOnlySameSiteStrictCookieAndAWrongPasswordGetsNone() {
        HttpResponse<String> wrong = UiHttp.postJson("/ui-session/login",
                "{\"username\":\"admin\",\"password\":\"wrong\"}", Map.of());
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Login failed"), wrong.body());
        assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());

        HttpResponse<String> right = UiHttp.postJson("/ui-session/login",
                "{\"username\":\"admin\",\"password\":\"" + UiTestSupport.adminPassword() + "\"}", Map.of());
        assertEquals(200, right.statusCode(), right.body());
        String cookie = right.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("OCOJ_SESSION="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(right.body().contains("\"csrf_token\""));
    }

    @Test
    void aLoginFormPostedFromAnotherSiteIsRefused() {
        HttpResponse<String> form = UiHttp.postJson("/ui-session/login", "", Map.of("Content-Type",
                "application/x-www-form-urlencoded"));
        assertEquals(400, form.statusCode());
    }

    @Test
    void sessionCallsNeedTheCsrfTokenButNoApiKey() {
        String[] session = UiHttp.login();
        String body = UiHttp.rpc("oco.computer.summary", "{}");

        HttpResponse<String> withoutToken = UiHttp.postJson("/api-client.php", body, Map.of("Cookie", session[0]));
        HttpResponse<String> wrongToken = UiHttp.postJson("/api-client.php", body,
                Map.of("Cookie", session[0], "X-CSRF-Token", "x" + session[1]));
        HttpResponse<String> right = UiHttp.postJson("/api-client.php", body,
                Map.of("Cookie", session[0], "X-CSRF-Token", session[1]));
        HttpResponse<String> unknownSession = UiHttp.postJson("/api-client.php", body,
                Map.of("Cookie", "OCOJ_SESSION=forged", "X-CSRF-Token", session[1]));

        assertEquals(403, withoutToken.statusCode());
        assertEquals(403, wrongToken.statusCode());
        assertEquals(200, right.statusCode());
        assertTrue(right.body().contains("\"never_reported\""), right.body());
        assertEquals(401, unknownSession.statusCode());
    }

    @Test
    void logoutEndsTheSession() {
        String[] session = UiHttp.login();
        Map<String, String> headers = Map.of("Cookie", session[0], "X-CSRF-Token", session[1]);
        assertEquals(403, UiHttp.postJson("/ui-session/logout", "", Map.of("Cookie", session[0])).statusCode(),
                "logout without the token is refused (no forced logout from other sites)");

        HttpResponse<String> logout = UiHttp.postJson("/ui-session/logout", "", headers);

        assertEquals(204, logout.statusCode());
        assertTrue(logout.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        assertEquals(401, UiHttp.postJson("/api-client.php", UiHttp.rpc("oco.info", "{}"), headers).statusCode());
    }

    @Test
    void theUiIsServedAtTheRootBesideTheApis() {
        HttpResponse<String> index = UiHttp.get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(index.body().contains("/ui/app.js"));
        assertTrue(index.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'self'"));

        HttpResponse<String> script = UiHttp.get("/ui/app.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertEquals(404, UiHttp.get("/ui/no-such-file.js").statusCode());
        assertEquals(404, UiHttp.get("/ui/%2e%2e/WEB-INF/web.xml").statusCode());
        assertEquals(200, UiHttp.get("/health").statusCode());
    }

    @Test
    void aPluginsUiFilesAreServedFromItsJarOnlyWhileItIsEnabled() {
        String page = "/ui/plugins/self-registration/page.js";
        try {
            assertEquals(200, UiHttp.get(page).statusCode());
            assertEquals(404, UiHttp.get("/ui/plugins/self-registration/../../index.html").statusCode());
            assertEquals(404, UiHttp.get("/ui/plugins/self-registration/SelfRegistrationUi.class").statusCode());

            UiTestSupport.call("oco.plugin.disable", Map.of("id", "self-registration"));
            assertEquals(404, UiHttp.get(page).statusCode());
            Map<String, Object> contributions = UiTestSupport.call("oco.ui.contributions", Map.of());
            assertFalse(contributions.toString().contains("self-registration"), contributions.toString());
        } finally {
            UiTestSupport.call("oco.plugin.enable", Map.of("id", "self-registration"));
        }
        Map<String, Object> contributions = UiTestSupport.call("oco.ui.contributions", Map.of());
        assertTrue(contributions.toString().contains("/ui/plugins/self-registration/page.js"), contributions.toString());
    }
}
