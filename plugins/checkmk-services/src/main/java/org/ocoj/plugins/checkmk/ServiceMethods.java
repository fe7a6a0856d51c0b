package org.ocoj.plugins.checkmk;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.db.DbException;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ComputerDirectory;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.RequestException;
import org.pf4j.Extension;

/** The client API of service checks: {@code oco.service.list}, {@code .summary} and {@code .history}. */
public final class ServiceMethods {

    private ServiceMethods() {
    }

    /** Reads in the client call's transaction; a database error becomes a -32000 with what was being read. */
    abstract static class Base implements ClientMethod {
        private final PluginContext context;

        Base(PluginContext context) {
            this.context = context;
        }

        @Override
        public Object handle(ClientCall call) {
            try (Connection c = context.dataSource().getConnection()) {
                return handle(c, call.data(), call.scope());
            } catch (SQLException | DbException e) {
                throw RequestException.failed(method() + " failed: the database did not answer as expected", e);
            }
        }

        /** @param scope the computers the caller may see: services of others are left out or not found */
        abstract Object handle(Connection c, JsonParams data, ComputerScope scope) throws SQLException;

        ComputerDirectory computers() {
            return context.computers();
        }

        Optional<Long> computerId(JsonParams data) {
            Optional<Long> id = data.optionalLong("computer_id");
            if (id.isPresent() && !context.computers().exists(id.get())) {
                throw RequestException.notFound("Not found: computer " + id.get());
            }
            return id;
        }

        static int limit(JsonParams data, int defaultLimit, int max) {
            long limit = data.optionalLong("limit").orElse((long) defaultLimit);
            if (limit < 1 || limit > max) {
                throw RequestException.invalid("data.limit must be between 1 and " + max);
            }
            return (int) limit;
        }

        static int offset(JsonParams data) {
            long offset = data.optionalLong("offset").orElse(0L);
            if (offset < 0 || offset > Integer.MAX_VALUE) {
                throw RequestException.invalid("data.offset must be 0 or more");
            }
            return (int) offset;
        }
    }

    /** {@code oco.service.list}: services of one computer or all, filtered by status and staleness, paged. */
    @Extension
    public static final class ListMethod extends Base {
        public ListMethod(PluginContext context) {
            super(context);
        }

        @Override
        public String method() {
            return "oco.service.list";
        }

        @Override
        public Optional<Permission> permission() {
            return Optional.of(Permission.COMPUTERS_READ);
        }

        @Override
        Object handle(Connection c, JsonParams data, ComputerScope scope) throws SQLException {
            Optional<Status> status = Optional.ofNullable(data.raw("status")).map(value -> Status.parse(value)
                    .orElseThrow(() -> RequestException.invalid("data.status must be 0, 1, 2, 3, OK, WARN, CRIT or UNKNOWN")));
            ServiceQueries.Filter filter = new ServiceQueries.Filter(computerId(data), status,
                    data.optionalBoolean("stale"), scope);
            int limit = limit(data, 1000, 10000);
            int offset = offset(data);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("services", ServiceQueries.list(c, computers(), filter, limit, offset));
            result.put("total", ServiceQueries.count(c, filter));
            result.put("limit", limit);
            result.put("offset", offset);
            return result;
        }
    }

    /** {@code oco.service.summary}: how many services are in each state, of one computer or all. */
    @Extension
    public static final class SummaryMethod extends Base {
        public SummaryMethod(PluginContext context) {
            super(context);
        }

        @Override
        public String method() {
            return "oco.service.summary";
        }

        @Override
        public Optional<Permission> permission() {
            return Optional.of(Permission.COMPUTERS_READ);
        }

        @Override
        Object handle(Connection c, JsonParams data, ComputerScope scope) throws SQLException {
            return ServiceQueries.summary(c, computerId(data), scope);
        }
    }

    /** {@code oco.service.history}: one service ({@code id}, or {@code computer_id} + {@code name}) and its changes. */
    @Extension
    public static final class HistoryMethod extends Base {
        public HistoryMethod(PluginContext context) {
            super(context);
        }

        @Override
        public String method() {
            return "oco.service.history";
        }

        @Override
        public Optional<Permission> permission() {
            return Optional.of(Permission.COMPUTERS_READ);
        }

        @Override
        Object handle(Connection c, JsonParams data, ComputerScope scope) throws SQLException {
            long id = serviceId(c, data);
            Map<String, Object> service = ServiceQueries.service(c, computers(), id)
                    .filter(found -> scope.includes(((Number) found.get("computer_id")).longValue()))
                    .orElseThrow(() -> RequestException.notFound("Not found: service " + id));
            int limit = limit(data, 100, 1000);
            int offset = offset(data);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("service", service);
            result.put("history", ServiceQueries.history(c, id, limit, offset));
            result.put("total", ServiceQueries.historyCount(c, id));
            result.put("limit", limit);
            result.put("offset", offset);
            return result;
        }

        private long serviceId(Connection c, JsonParams data) throws SQLException {
            Optional<Long> id = data.optionalLong("id");
            if (id.isPresent()) {
                return id.get();
            }
            if (!data.has("computer_id") || !data.has("name")) {
                throw RequestException.invalid("data.id, or data.computer_id and data.name, are required");
            }
            long computerId = computerId(data).orElseThrow();
            Object name = data.raw("name");
            if (!(name instanceof String text)) {
                throw RequestException.invalid("data.name must be a string");
            }
            return ServiceQueries.serviceId(c, computerId, text)
                    .orElseThrow(() -> RequestException.notFound("Not found: service '" + text + "' of computer "
                            + computerId));
        }
    }
}
