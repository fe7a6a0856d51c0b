package org.ocoj.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.admin.Account;
import org.ocoj.platform.audit.AuditLog;
import org.ocoj.platform.plugin.PluginHost;
import org.ocoj.platform.scope.AccountScopes;
import org.ocoj.platform.scope.CallerScope;
import org.ocoj.platform.scope.GroupScope;
import org.ocoj.platform.scope.ScopeCheck;

/**
 * Finds and runs a client API method: the core's own (CDI beans implementing {@link ClientMethod}) first,
 * then those of enabled plugins. Each call is one transaction (a {@link RequestException} rolls it back),
 * unless the method does network I/O and says so ({@link ClientMethod#transactional()}). Before that, the
 * account must hold the permission the method declares ({@link MethodAccess}), and the computers and groups the call
 * names must lie in its computer scope ({@link ScopeCheck}); the method runs with that scope as the current one
 * ({@link CallerScope}), which the platform's computer reads honour.
 */
@ApplicationScoped
public class ClientDispatcher {

    @Inject
    @Any
    Instance<ClientMethod> coreMethods;
    @Inject
    PluginHost plugins;
    @Inject
    AuditLog auditLog;
    @Inject
    ClientTransaction transaction;
    @Inject
    MethodAccess access;
    @Inject
    AccountScopes scopes;
    @Inject
    CallerScope callerScope;

    private volatile Map<String, ClientMethod> core;

    /** @param tokenLimit the permissions of a limited personal API token the call came with */
    public Object call(String method, JsonParams data, String admin, Optional<Set<Permission>> tokenLimit,
                       String remoteAddress) {
        ClientMethod handler = find(method)
                .orElseThrow(() -> RequestException.invalid("Unknown Method"));
        Account account = access.authorize(handler, admin, tokenLimit, remoteAddress);
        ComputerScope scope = scopes.of(account.username());
        if (scope instanceof GroupScope limited) {
            try {
                ScopeCheck.require(handler, data, limited);
            } catch (RequestException e) {
                auditLog.recordRefusal(admin, method, "method:" + method, Map.of("reason", e.getMessage()),
                        remoteAddress);
                throw e;
            }
        }
        boolean transactional = handler.transactional();
        ClientCall call = new ClientCallImpl(data, account, scope, remoteAddress, auditLog, transactional);
        return callerScope.during(scope, () -> transactional ? transaction.run(() -> handler.handle(call))
                : handler.handle(call));
    }

    /** Every method the server answers now (core and enabled plugins'), by name. */
    public Map<String, ClientMethod> methods() {
        Map<String, ClientMethod> all = new TreeMap<>();
        plugins.extensions(ClientMethod.class).forEach(m -> all.putIfAbsent(m.method(), m));
        all.putAll(coreMethods());
        return all;
    }

    private Optional<ClientMethod> find(String method) {
        ClientMethod own = coreMethods().get(method);
        if (own != null) {
            return Optional.of(own);
        }
        return plugins.extensions(ClientMethod.class).stream().filter(m -> method.equals(m.method())).findFirst();
    }

    /** Who exports a method, for log lines: "the core" or "plugin <id>". */
    public String ownerOf(String method) {
        if (coreMethods().containsKey(method)) {
            return "the core";
        }
        return plugins.extensionsWithOwner(ClientMethod.class).stream().filter(m -> method.equals(m.extension().method()))
                .findFirst().map(m -> "plugin " + m.pluginId()).orElse("no one");
    }

    /** The names of the core's methods, which no plugin may export again (PluginRules). */
    public Set<String> coreMethodNames() {
        return coreMethods().keySet();
    }

    private Map<String, ClientMethod> coreMethods() {
        if (core == null) {
            core = StreamSupport.stream(coreMethods.spliterator(), false)
                    .collect(Collectors.toMap(ClientMethod::method, Function.identity()));
        }
        return core;
    }
}
