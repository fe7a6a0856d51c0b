package org.ocoj.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/**
 * {@code oco.permission.list}: which permission each method the server answers now needs,
 * {@code [{"method", "permission"}]} ({@code permission} null: undeclared, administrators only).
 */
@ApplicationScoped
public class PermissionListMethod implements ClientMethod {

    @Inject
    ClientDispatcher dispatcher;

    @Override
    public String method() {
        return "oco.permission.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.ACCOUNTS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        List<Map<String, Object>> methods = dispatcher.methods().values().stream().map(m -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("method", m.method());
            entry.put("permission", m.permission().map(Permission::id).orElse(null));
            return entry;
        }).toList();
        return methods;
    }
}
