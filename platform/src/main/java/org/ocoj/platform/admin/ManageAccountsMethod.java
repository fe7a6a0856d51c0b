package org.ocoj.platform.admin;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.scope.AccountScopes;
import org.ocoj.platform.session.AdminSessions;

/** What the methods that manage other accounts share: the accounts, their sessions, and their permission. */
abstract class ManageAccountsMethod implements ClientMethod {

    @Inject
    AccountStore accounts;
    @Inject
    AdminSessions sessions;
    @Inject
    AccountScopes scopes;

    /**
     * {@code data.computer_group_ids}: absent leaves the scope as it is; null (or an empty list) means every
     * computer; a list of group ids limits the account to those groups and their subgroups.
     */
    static Optional<Optional<List<Long>>> requestedScope(JsonParams data) {
        if (!data.asMap().containsKey("computer_group_ids")) {
            return Optional.empty();
        }
        if (data.raw("computer_group_ids") == null) {
            return Optional.of(Optional.empty());
        }
        List<Long> ids = new ArrayList<>();
        for (Object value : data.list("computer_group_ids", 1000)) {
            if (!(value instanceof Number number) || number.longValue() <= 0 || value instanceof Double) {
                throw RequestException.invalid("data.computer_group_ids: a list of computer group ids, or null");
            }
            ids.add(number.longValue());
        }
        return Optional.of(ids.isEmpty() ? Optional.empty() : Optional.of(ids));
    }

    /** Gives the account this scope; an administrator sees every computer, so it cannot have one. */
    void applyScope(String username, Optional<List<Long>> groupIds) {
        if (groupIds.isPresent() && Roles.ADMINISTRATOR.equals(accounts.require(username).role())) {
            throw RequestException.invalid("data.computer_group_ids: the role administrator sees every computer; "
                    + "give " + username + " another role to limit it to computer groups");
        }
        scopes.set(username, groupIds);
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.ACCOUNTS_MANAGE);
    }
}
