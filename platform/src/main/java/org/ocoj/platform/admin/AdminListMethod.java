package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import org.ocoj.api.server.ClientCall;

/**
 * {@code oco.admin.list}: every account, {@code [{"username", "role", "disabled", "must_change_password", "created",
 * "last_login"}]}.
 */
@ApplicationScoped
public class AdminListMethod extends ManageAccountsMethod {

    @Override
    public String method() {
        return "oco.admin.list";
    }

    @Override
    public Object handle(ClientCall call) {
        return accounts.list();
    }
}
