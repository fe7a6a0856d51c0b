package org.ocoj.platform.http;

import java.util.Map;
import org.ocoj.platform.db.DatabaseUnavailable;
import org.ocoj.platform.json.Json;

/**
 * The answer to a request that failed on the server's side, as JSON in words — {@code {"error": "…"}} — never an
 * HTML error page: 503 with Retry-After while the database is unavailable, else 500.
 */
public record JsonError(int status, String message) {

    static final String INTERNAL = "Internal server error; the server log has the details";

    public static JsonError of(Throwable failure) {
        return DatabaseUnavailable.causes(failure) ? new JsonError(503, DatabaseUnavailable.MESSAGE)
                : new JsonError(500, INTERNAL);
    }

    /** Seconds to wait before trying again, for a Retry-After header; 0 when trying again will not help. */
    public int retryAfterSeconds() {
        return status == 503 ? DatabaseUnavailable.RETRY_AFTER_SECONDS : 0;
    }

    public byte[] body() {
        return Json.bytes(Map.of("error", message));
    }
}
