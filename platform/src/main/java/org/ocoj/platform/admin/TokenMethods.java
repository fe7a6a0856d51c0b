package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;

/**
 * The client API of one's own personal API tokens: {@code oco.token.create}, {@code oco.token.list},
 * {@code oco.token.revoke} (docs/accounts.md, "Personal API tokens").
 */
public final class TokenMethods {

    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 90;

    private TokenMethods() {
    }

    abstract static class Base implements ClientMethod {
        @Inject
        ApiTokens tokens;

        @Override
        public Optional<Permission> permission() {
            return Optional.of(Permission.SIGNED_IN);
        }
    }

    /**
     * {@code {"name", "expires_days"? (1–366, default 90), "permissions"? [ids]}}: answers {@code {"id", "name",
     * "token", "expires"}}, the token this once. Listed permissions narrow the owner's; one the owner lacks is refused.
     */
    @ApplicationScoped
    public static class CreateMethod extends Base {
        @Override
        public String method() {
            return "oco.token.create";
        }

        @Override
        public Object handle(ClientCall call) {
            String name = call.data().requireString("name", 100).trim();
            if (name.isEmpty()) {
                throw RequestException.invalid("data.name: a token needs a name (what it is for)");
            }
            long days = call.data().optionalLong("expires_days").orElse((long) DEFAULT_DAYS);
            if (days < 1 || days > MAX_DAYS) {
                throw RequestException.invalid("data.expires_days must be between 1 and " + MAX_DAYS);
            }
            Optional<Set<Permission>> limit = call.data().has("permissions")
                    ? Optional.of(permissions(call)) : Optional.empty();
            ApiTokens.Issued issued = tokens.create(call.adminUsername(), name, Duration.ofDays(days), limit);
            call.audit("oco.token.create", "token:" + issued.id(), Map.of("name", name, "expires", issued.expires()));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", issued.id());
            answer.put("name", name);
            answer.put("token", issued.token());
            answer.put("expires", issued.expires());
            return answer;
        }

        private static Set<Permission> permissions(ClientCall call) {
            Set<Permission> permissions = EnumSet.of(Permission.SIGNED_IN);
            for (Object id : call.data().list("permissions", Permission.values().length)) {
                Permission permission = Permission.byId(String.valueOf(id)).orElseThrow(() -> RequestException
                        .invalid("data.permissions: unknown permission " + id + " (see oco.role.list)"));
                if (!call.permits(permission)) {
                    throw RequestException.invalid("data.permissions: your role does not have " + id
                            + "; a token cannot have more than its owner");
                }
                permissions.add(permission);
            }
            return permissions;
        }
    }

    /** One's own tokens, without secrets. */
    @ApplicationScoped
    public static class ListMethod extends Base {
        @Override
        public String method() {
            return "oco.token.list";
        }

        @Override
        public Object handle(ClientCall call) {
            return tokens.list(call.adminUsername());
        }
    }

    /** {@code {"id"}}: one of one's own tokens stops working at once. */
    @ApplicationScoped
    public static class RevokeMethod extends Base {
        @Override
        public String method() {
            return "oco.token.revoke";
        }

        @Override
        public Object handle(ClientCall call) {
            long id = call.data().requireLong("id");
            if (!tokens.revoke(call.adminUsername(), id)) {
                throw RequestException.notFound("Not found: token " + id + " of " + call.adminUsername());
            }
            call.audit("oco.token.revoke", "token:" + id, Map.of());
            return null;
        }
    }
}
