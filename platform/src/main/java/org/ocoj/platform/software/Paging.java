package org.ocoj.platform.software;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/** {@code limit} (1–1000, default 50) and {@code offset} of a paged software answer. */
record Paging(int limit, long offset) {

    static final int MAX_LIMIT = 1000;

    static Paging read(JsonParams data) {
        long limit = data.optionalLong("limit").orElse(50L);
        long offset = data.optionalLong("offset").orElse(0L);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RequestException.invalid("data.limit must be from 1 to " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw RequestException.invalid("data.offset cannot be negative: " + offset);
        }
        return new Paging((int) limit, offset);
    }

    /** {@code {<key>: rows, "total", "limit", "offset"}} */
    Map<String, Object> answer(String key, List<Map<String, Object>> rows, long total) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(key, rows);
        answer.put("total", total);
        answer.put("limit", limit);
        answer.put("offset", offset);
        return answer;
    }
}
