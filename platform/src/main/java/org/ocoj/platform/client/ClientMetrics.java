package org.ocoj.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.ocoj.platform.metrics.Outcome;
import org.ocoj.platform.metrics.RequestTimers;

/**
 * The client API's metrics ({@code /metrics}): {@code oco_client_requests_seconds} by method and outcome, one per
 * JSON-RPC request object (a batch counts each), whether it came from the web UI, a script or a token.
 */
@ApplicationScoped
class ClientMetrics {

    private final RequestTimers calls;

    protected ClientMetrics() {
        calls = null; // for CDI proxies
    }

    @Inject
    ClientMetrics(MetricRegistry registry, ClientDispatcher dispatcher) {
        calls = new RequestTimers(registry, Metadata.builder().withName("oco_client_requests")
                .withUnit(MetricUnits.NANOSECONDS) // what a timer measures; /metrics shows seconds
                .withDescription("Client API calls (/api-client.php, also from the web UI) by JSON-RPC method and "
                        + "outcome, with their latency").build(), method -> dispatcher.methods().containsKey(method));
    }

    /** A call answered with {@code response} (a result or a JSON-RPC error object). */
    void answered(String method, Map<String, Object> response, long nanos) {
        calls.record(method, outcomeOf(response), nanos);
    }

    /** A call that failed as a whole: the database is unavailable (503). */
    void unavailable(String method, long nanos) {
        calls.record(method, Outcome.UNAVAILABLE, nanos);
    }

    private static Outcome outcomeOf(Map<String, Object> response) {
        if (!(response.get("error") instanceof Map<?, ?> error) || !(error.get("code") instanceof Integer code)) {
            return Outcome.OK;
        }
        return switch (code) {
            case ClientError.PERMISSION -> Outcome.REFUSED;
            case ClientError.FAILED -> Outcome.ERROR;
            default -> Outcome.INVALID;
        };
    }
}
