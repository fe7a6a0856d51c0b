package org.ocoj.platform.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/**
 * Refuses, before a method runs, a call whose declared computer or group parameters name something outside the
 * caller's scope ({@link ClientMethod#computerParameters()}, {@link ClientMethod#computerGroupParameters()}). The
 * answer is the one for an unknown id, so a scoped account learns nothing about computers it may not see.
 */
public final class ScopeCheck {

    private ScopeCheck() {
    }

    public static void require(ClientMethod method, JsonParams data, GroupScope scope) {
        for (String parameter : method.computerParameters()) {
            List<Long> outside = scope.outside(ids(data, parameter, false));
            if (!outside.isEmpty()) {
                throw RequestException.notFound("Not found: computer " + joined(outside)
                        + " (your account sees only the computers of its computer groups)");
            }
        }
        for (String parameter : method.computerGroupParameters()) {
            List<Long> outside = ids(data, parameter, true).stream().filter(id -> !scope.includesGroup(id)).toList();
            if (!outside.isEmpty()) {
                throw RequestException.notFound("Not found: computer group " + joined(outside)
                        + " (your account sees only its own computer groups and their subgroups)");
            }
        }
    }

    /**
     * The ids a parameter holds: a number, a numeric string or a list of them. Values the method itself will refuse
     * as malformed are left to it; for groups, 0 is the API's "no group" (the root level).
     */
    private static List<Long> ids(JsonParams data, String parameter, boolean zeroIsNone) {
        List<Long> ids = new ArrayList<>();
        if (!data.has(parameter)) {
            return ids;
        }
        Object value = data.raw(parameter);
        if (value instanceof List<?> list) {
            list.forEach(item -> id(item).ifPresent(ids::add));
        } else {
            id(value).ifPresent(ids::add);
        }
        if (zeroIsNone) {
            ids.removeIf(id -> id == 0);
        }
        return ids;
    }

    private static Optional<Long> id(Object value) {
        if (value instanceof Number n) {
            return Optional.of(n.longValue());
        }
        if (value instanceof String text) {
            try {
                return Optional.of(Long.parseLong(text.trim())); // exactly what JsonParams.optionalLong accepts
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
