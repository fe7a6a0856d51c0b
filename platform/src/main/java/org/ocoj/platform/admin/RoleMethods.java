package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;

/**
 * The client API of roles: {@code oco.role.list}, {@code oco.role.create}, {@code oco.role.update},
 * {@code oco.role.remove}.
 */
public final class RoleMethods {

    private RoleMethods() {
    }

    abstract static class Base implements ClientMethod {
        @Inject
        Roles roles;

        @Override
        public Optional<Permission> permission() {
            return Optional.of(Permission.ACCOUNTS_MANAGE);
        }
    }

    /** {@code {"roles": [{"name", "built_in", "permissions"}], "permissions": [{"id", "description"}]}}. */
    @ApplicationScoped
    public static class ListMethod extends Base {
        @Override
        public String method() {
            return "oco.role.list";
        }

        @Override
        public Object handle(ClientCall call) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("roles", roles.list());
            answer.put("permissions", Arrays.stream(Permission.values())
                    .map(p -> Map.of("id", p.id(), "description", p.description())).toList());
            return answer;
        }
    }

    /** A method that sets a custom role's permissions: {@code {"name", "permissions": [ids]}}, audited. */
    abstract static class PermissionsChange extends Base {
        abstract void change(String name, List<String> permissionIds);

        @Override
        public Object handle(ClientCall call) {
            String name = call.data().requireString("name", 100);
            List<String> ids = call.data().list("permissions", Permission.values().length).stream().map(id -> {
                if (!(id instanceof String text)) {
                    throw RequestException.invalid("data.permissions: a list of permission ids (strings)");
                }
                return text;
            }).toList();
            change(name, ids);
            call.audit(method(), "role:" + name, Map.of("permissions", ids));
            return null;
        }
    }

    /** A new custom role. */
    @ApplicationScoped
    public static class CreateMethod extends PermissionsChange {
        @Override
        public String method() {
            return "oco.role.create";
        }

        @Override
        void change(String name, List<String> permissionIds) {
            roles.create(name, permissionIds);
        }
    }

    /** A custom role's new permissions (all of them); built-in roles stay as they are. */
    @ApplicationScoped
    public static class UpdateMethod extends PermissionsChange {
        @Override
        public String method() {
            return "oco.role.update";
        }

        @Override
        void change(String name, List<String> permissionIds) {
            roles.update(name, permissionIds);
        }
    }

    /** {@code {"name"}}: only a custom role no account has. */
    @ApplicationScoped
    public static class RemoveMethod extends Base {
        @Override
        public String method() {
            return "oco.role.remove";
        }

        @Override
        public Object handle(ClientCall call) {
            String name = call.data().requireString("name", 100);
            roles.remove(name);
            call.audit("oco.role.remove", "role:" + name, Map.of());
            return null;
        }
    }
}
