package org.ocoj.platform.admin;

import jakarta.inject.Inject;
import java.util.Optional;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.session.AdminSessions;

/** What the methods that manage other accounts share: the accounts, their sessions, and their permission. */
abstract class ManageAccountsMethod implements ClientMethod {

    @Inject
    AccountStore accounts;
    @Inject
    AdminSessions sessions;

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.ACCOUNTS_MANAGE);
    }
}
