package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.Rdn;
import org.ocoj.platform.settings.SettingsService;

/**
 * Directory login: binds to LDAP as the user (the directory checks the password), reads the user's groups and maps
 * the first configured group to a role. JNDI's LDAP provider, the one the container's Jakarta Security LDAP identity
 * store uses too, configured from settings at run time. Runs outside any transaction: it waits on the network.
 */
@ApplicationScoped
public class DirectoryLogin {

    private static final Logger LOG = Logger.getLogger(DirectoryLogin.class.getName());
    private static final String TIMEOUT_MILLIS = "5000";

    @Inject
    SettingsService settings;

    public boolean enabled() {
        return !settings.get(DirectorySettings.URL.key()).isBlank();
    }

    /** @return the role the directory grants, if the password is right and a group maps to a role */
    public Optional<String> login(String username, String password) {
        if (password.isEmpty()) {
            return Optional.empty(); // an empty password is an anonymous bind, which LDAP lets through
        }
        String dn = settings.get(DirectorySettings.USER_DN.key()).replace("{username}", Rdn.escapeValue(username));
        DirContext context;
        try {
            context = new InitialDirContext(environment(dn, password));
        } catch (AuthenticationException e) {
            return Optional.empty();
        } catch (NamingException e) {
            LOG.warning(() -> "Directory login of " + username + ": " + settings.get(DirectorySettings.URL.key())
                    + " did not answer as expected: " + e);
            return Optional.empty();
        }
        try {
            List<String> groups = groups(context, dn);
            Optional<String> role = role(groups);
            if (role.isEmpty()) {
                LOG.info(() -> "Directory login of " + username + ": none of the groups " + groups
                        + " is mapped to a role (setting ldap.group-roles)");
            }
            return role;
        } catch (NamingException e) {
            LOG.warning(() -> "Directory login of " + username + ": reading the groups failed: " + e);
            return Optional.empty();
        } finally {
            try {
                context.close();
            } catch (NamingException e) {
                // the connection is gone either way
            }
        }
    }

    private Hashtable<String, String> environment(String dn, String password) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, settings.get(DirectorySettings.URL.key()));
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, dn);
        env.put(Context.SECURITY_CREDENTIALS, password);
        env.put(Context.REFERRAL, "ignore");
        env.put("com.sun.jndi.ldap.connect.timeout", TIMEOUT_MILLIS);
        env.put("com.sun.jndi.ldap.read.timeout", TIMEOUT_MILLIS);
        return env;
    }

    /** The common names of the user's groups. */
    private List<String> groups(DirContext context, String dn) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"cn"});
        String filter = settings.get(DirectorySettings.GROUP_FILTER.key()).replace("{dn}", "{0}");
        List<String> names = new ArrayList<>();
        NamingEnumeration<SearchResult> results = context.search(settings.get(DirectorySettings.GROUP_BASE.key()),
                filter, new Object[] {dn}, controls);
        while (results.hasMore()) {
            Attribute cn = results.next().getAttributes().get("cn");
            if (cn != null) {
                names.add(String.valueOf(cn.get()));
            }
        }
        return names;
    }

    /** {@code group=role,group=role}: the first pair whose group the user is in. */
    private Optional<String> role(List<String> groups) {
        for (String pair : settings.get(DirectorySettings.GROUP_ROLES.key()).split(",")) {
            int equals = pair.lastIndexOf('=');
            if (equals > 0 && groups.stream().anyMatch(g -> g.equalsIgnoreCase(pair.substring(0, equals).trim()))) {
                return Optional.of(pair.substring(equals + 1).trim());
            }
        }
        return Optional.empty();
    }
}
