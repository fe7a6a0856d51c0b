package org.ocoj.platform.report;

import java.util.Optional;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/** Which rows of a report result: {@code limit}, {@code offset}, {@code order_by} (a column), {@code order}. */
record Page(int limit, long offset, String orderBy, boolean descending) {

    static final int DEFAULT_LIMIT = 10_000;
    static final int MAX_LIMIT = 100_000;

    static Page read(JsonParams data, Report report) {
        long limit = data.optionalLong("limit").orElse((long) DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RequestException.invalid("data.limit must be from 1 to " + MAX_LIMIT);
        }
        long offset = data.optionalLong("offset").orElse(0L);
        if (offset < 0) {
            throw RequestException.invalid("data.offset cannot be negative");
        }
        String orderBy = data.optionalString("order_by", 100).orElse("hostname");
        if (!orderBy.equals("computer_id") && !orderBy.equals("hostname") && !report.columns().contains(orderBy)) {
            throw RequestException.invalid("data.order_by must be computer_id or one of the report's columns: "
                    + String.join(", ", report.columns()));
        }
        Optional<String> order = data.optionalString("order", 10);
        if (order.isPresent() && !order.get().equals("asc") && !order.get().equals("desc")) {
            throw RequestException.invalid("data.order must be asc or desc");
        }
        return new Page((int) limit, offset, orderBy, order.map("desc"::equals).orElse(false));
    }
}
