package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a user name and password for the web UI and the client API: local accounts against their hash; names
 * with no local account against the directory, if one is configured ({@link DirectoryLogin}), which also creates or
 * updates the account with the role its groups map to. A local account never falls through to the directory.
 */
@ApplicationScoped
public class Logins {

    private static final Logger LOG = Logger.getLogger(Logins.class.getName());

    @Inject
    AdminAccounts admins;
    @Inject
    AccountStore accounts;
    @Inject
    DirectoryLogin directory;
    @Inject
    Roles roles;

    /** @return the username if the credentials are right */
    public Optional<String> authenticate(String username, String password) {
        Optional<String> local = admins.authenticate(username, password);
        if (local.isPresent() || !username.matches(AccountStore.USERNAME) || !directory.enabled()) {
            return local;
        }
        AccountStore.Kind kind = accounts.kind(username);
        if (kind != AccountStore.Kind.NONE && kind != AccountStore.Kind.DIRECTORY) {
            return Optional.empty();
        }
        Optional<String> role = directory.login(username, password);
        if (role.isPresent() && !roles.exists(role.get())) {
            LOG.warning(() -> "Directory login of " + username + ": ldap.group-roles names the unknown role "
                    + role.get());
            return Optional.empty();
        }
        role.ifPresent(r -> accounts.saveDirectoryAccount(username, r));
        return role.map(r -> username);
    }
}
