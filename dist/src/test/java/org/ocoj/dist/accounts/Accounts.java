package org.ocoj.dist.accounts;

import java.util.HashMap;
import java.util.Map;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.SharedServer;

/** Creates admin accounts through the client API for tests, and clients that act as them. */
public final class Accounts {

    public static final String PASSWORD = "correct-horse-battery-staple";

    private Accounts() {
    }

    /** Creates {@code username} with this role and {@link #PASSWORD} (once per server) and answers its client. */
    public static ClientApi as(SharedServer.Running server, String username, String role) {
        ClientApi admin = server.clientApi();
        boolean exists = admin.<java.util.List<Map<String, Object>>>data("oco.admin.list", Map.of()).stream()
                .anyMatch(a -> username.equals(a.get("username")));
        if (!exists) {
            Map<String, Object> data = new HashMap<>();
            data.put("username", username);
            data.put("role", role);
            data.put("password", PASSWORD);
            admin.data("oco.admin.create", data);
        }
        return client(server, username, PASSWORD);
    }

    static ClientApi client(SharedServer.Running server, String username, String password) {
        return new ClientApi(server.url(), username, password, SharedServer.API_KEY);
    }
}
