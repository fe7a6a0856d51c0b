package org.ocoj.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.admin.ApiTokens;
import org.ocoj.platform.client.ClientEndpoint.PayloadException;
import org.ocoj.platform.db.Causes;
import org.ocoj.platform.db.DatabaseUnavailable;
import org.ocoj.platform.logging.FailureLog;
import org.ocoj.platform.settings.CoreSettings;
import org.ocoj.platform.settings.SettingsService;

/**
 * Answers one client API request object: API key (the legacy shared one, or a personal API token) first, then the
 * method (CLIENT-API §1.4, §1.5).
 */
@ApplicationScoped
public class ClientRequestHandler {

    private static final Logger LOG = Logger.getLogger(ClientRequestHandler.class.getName());

    @Inject
    SettingsService settings;
    @Inject
    ClientDispatcher dispatcher;
    @Inject
    FailureLog failures;
    @Inject
    ApiTokens tokens;
    @Inject
    ClientMetrics metrics;

    /** @throws PayloadException if the object is not a JSON-RPC 2.0 request with method and id */
    static void validateEnvelope(Object request) {
        if (!(request instanceof Map) || ((Map<?, ?>) request).isEmpty()) {
            throw new PayloadException("each request must be a non-empty JSON object");
        }
        Map<?, ?> map = (Map<?, ?>) request;
        if (!"2.0".equals(map.get("jsonrpc"))) {
            throw new PayloadException("jsonrpc must be \"2.0\"");
        }
        if (!(map.get("method") instanceof String)) {
            throw new PayloadException("method must be a string");
        }
        if (map.get("id") == null) {
            throw new PayloadException("id is required");
        }
    }

    /**
     * How a caller's {@code params.api_key} is settled: vouched for by a web UI session or a Bearer token (then not
     * checked), or to be checked — the legacy shared key, or a personal API token of the Basic-auth account.
     */
    record KeyCheck(boolean vouched, Optional<Set<Permission>> tokenLimit) {
        static final KeyCheck SESSION = new KeyCheck(true, Optional.empty());
        static final KeyCheck PARAMS = new KeyCheck(false, Optional.empty());

        static KeyCheck bearer(ApiTokens.Grant grant) {
            return new KeyCheck(true, grant.limit());
        }
    }

    Map<String, Object> answer(Map<?, ?> request, String admin, String remote, KeyCheck key) {
        long started = System.nanoTime();
        String method = (String) request.get("method");
        try {
            Map<String, Object> response = respond(request, admin, remote, key);
            metrics.answered(method, response, System.nanoTime() - started);
            return response;
        } catch (RuntimeException e) {
            metrics.unavailable(method, System.nanoTime() - started);
            throw e;
        }
    }

    private Map<String, Object> respond(Map<?, ?> request, String admin, String remote, KeyCheck key) {
        Object id = request.get("id");
        String method = (String) request.get("method");
        try {
            JsonParams params = JsonParams.of(request.get("params"), "params");
            Optional<Set<Permission>> tokenLimit = key.tokenLimit();
            if (!key.vouched()) {
                Object supplied = params.raw("api_key");
                if (!legacyKeyMatches(supplied)) {
                    Optional<ApiTokens.Grant> grant = supplied instanceof String token
                            ? tokens.find(token).filter(g -> g.username().equals(admin)) : Optional.empty();
                    if (grant.isEmpty()) {
                        return error(id, ClientError.PERMISSION, ClientError.PERMISSION_DENIED);
                    }
                    tokenLimit = grant.get().limit();
                }
            }
            Object data = dispatcher.call(method, params.object("data"), admin, tokenLimit, remote);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("success", true);
            result.put("data", data == null ? List.of() : data);
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("jsonrpc", "2.0");
            response.put("id", id);
            response.put("result", result);
            return response;
        } catch (MethodAccess.AccessRefused e) {
            return error(id, ClientError.PERMISSION, e.getMessage());
        } catch (RuntimeException e) {
            RequestException refusal = causeOf(e);
            if (refusal != null) {
                if (refusal.getCause() != null) { // a failure behind the refusal: the admin needs the log
                    failures.failed(LOG, "Client API method " + method + " of " + dispatcher.ownerOf(method), refusal);
                }
                return error(id, ClientError.codeOf(refusal), refusal.getMessage());
            }
            if (DatabaseUnavailable.causes(e)) {
                throw e; // the whole call is answered 503 (JsonFailureMapper): no request of it can succeed now
            }
            failures.failed(LOG, "Client API method " + method, e);
            return error(id, ClientError.FAILED, "Internal error; see the server log");
        }
    }

    /** The transaction interceptor may wrap our exception; find it. */
    private static RequestException causeOf(Throwable e) {
        return Causes.of(e).filter(RequestException.class::isInstance).map(RequestException.class::cast)
                .findFirst().orElse(null);
    }

    private boolean legacyKeyMatches(Object supplied) {
        String configured = settings.get(CoreSettings.CLIENT_API_KEY.key());
        if (!Boolean.parseBoolean(settings.get(CoreSettings.LEGACY_API_KEY_ENABLED.key())) || configured.isEmpty() || !(supplied instanceof String) || ((String) supplied).isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(configured.getBytes(StandardCharsets.UTF_8),
                ((String) supplied).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> error(Object id, int code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put("data", null);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("jsonrpc", "2.0");
        response.put("id", id);
        response.put("error", error);
        return response;
    }
}
