package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.RequestException;

/** {@code oco.admin.remove}: {@code {"username"}}; not oneself, not the last administrator; ends its sessions and tokens. */
@ApplicationScoped
public class AdminRemoveMethod extends ManageAccountsMethod {

    @Inject
    ApiTokens tokens;

    @Override
    public String method() {
        return "oco.admin.remove";
    }

    @Override
    public Object handle(ClientCall call) {
        String username = call.data().requireString("username", 100);
        if (username.equals(call.adminUsername())) {
            throw RequestException.invalid("data.username: you cannot remove your own account");
        }
        accounts.remove(username);
        sessions.closeAll(username);
        tokens.removeAll(username);
        call.audit("oco.admin.remove", "admin:" + username, Map.of());
        return null;
    }
}
