package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.ocoj.api.server.ClientCall;

/**
 * {@code oco.admin.list}: every account, {@code [{"username", "role", "disabled", "must_change_password", "created",
 * "last_login", "computer_group_ids"}]} ({@code computer_group_ids} null: every computer).
 */
@ApplicationScoped
public class AdminListMethod extends ManageAccountsMethod {

    @Override
    public String method() {
        return "oco.admin.list";
    }

    @Override
    public Object handle(ClientCall call) {
        Map<String, List<Long>> scoped = scopes.allAssigned();
        List<Map<String, Object>> list = accounts.list();
        list.forEach(account -> account.put("computer_group_ids", scoped.get((String) account.get("username"))));
        return list;
    }
}
