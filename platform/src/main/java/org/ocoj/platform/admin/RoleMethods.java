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

/** The client API of roles: {@code oco.role.list}, {@code oco.role.create}, {@code oco.role.remove}. */
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

    /** {@code {"name", "permissions": [ids]}}: a custom role. */
    @ApplicationScoped
    public static class CreateMethod extends Base {
        @Override
        public String method() {
            return "oco.role.create";
        }

        @Override
        public Object handle(ClientCall call) {
            String name = call.data().requireString("name", 100);
            List<String> ids = call.data().list("permissions", Permission.values().length).stream().map(id -> {
                if (!(id instanceof String text)) {
                    throw RequestException.invalid("data.permissions: a list of permission ids (strings)");
                }
                return text;
            }).toList();
            roles.create(name, ids);
            call.audit("oco.role.create", "role:" + name, Map.of("permissions", ids));
            return null;
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
