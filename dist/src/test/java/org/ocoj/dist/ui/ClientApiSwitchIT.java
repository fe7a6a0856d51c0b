package org.ocoj.dist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.SharedServer;

/** The setting client-api.enabled: off, programs are refused before any login; the web UI's session keeps working. */
@ExtendWith(SharedServer.class)
class ClientApiSwitchIT {

    private final SharedServer.Running server = SharedServer.get();

    private static HttpResponse<String> asUi(String[] session, String method, String data) {
        return UiHttp.postJson("/api-client.php", UiHttp.rpc(method, data),
                Map.of("Cookie", session[0], "X-CSRF-Token", session[1]));
    }

    @Test
    void switchedOffTheApiRefusesProgramsButNotTheWebUi() {
        String[] session = UiHttp.login();
        HttpResponse<String> off = asUi(session, "oco.setting.set", "{\"key\":\"client-api.enabled\",\"value\":\"false\"}");
        assertEquals(200, off.statusCode(), off.body());
        try {
            ClientApi.Reply refused = server.clientApi().call("oco.computer.summary", Map.of());
            assertEquals(403, refused.status());
            assertEquals("The client API is switched off (setting client-api.enabled); the web UI keeps working",
                    refused.body());
            ClientApi.Reply wrongPassword = new ClientApi(server.url(), "admin", "wrong", SharedServer.API_KEY)
                    .call("oco.computer.summary", Map.of());
            assertEquals(403, wrongPassword.status(), "no login is tried, so nothing is learnt about passwords");

            HttpResponse<String> ui = asUi(session, "oco.computer.summary", "{}");
            assertEquals(200, ui.statusCode());
            assertTrue(ui.body().contains("\"online\""), ui.body());
        } finally {
            HttpResponse<String> on = asUi(session, "oco.setting.set", "{\"key\":\"client-api.enabled\",\"value\":\"true\"}");
            assertEquals(200, on.statusCode(), on.body());
        }
        assertEquals(200, server.clientApi().call("oco.computer.summary", Map.of()).status());
    }
}
