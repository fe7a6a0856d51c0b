package org.ocoj.platform.client;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocoj.platform.http.BoundedBody;
import org.ocoj.platform.http.ContentTypes;
import org.ocoj.platform.http.ClientAddresses;
import org.ocoj.platform.json.Json;
import org.ocoj.platform.session.AdminSessions;
import org.ocoj.platform.session.SessionCookie;
import org.ocoj.platform.settings.CoreSettings;
import org.ocoj.platform.settings.SettingsService;

/**
 * {@code POST /api-client.php}: the admin JSON-RPC API (CLIENT-API.md). HTTP-level checks in upstream's order
 * — content type (400), Basic auth (401, throttled per address: 429), payload (400) — then each request
 * object is answered on its own with a result or a JSON-RPC error (HTTP 200). A request without Basic auth but
 * with the web UI's session cookie is the UI's: it must carry the session's CSRF token (else 403), and the
 * session vouches for the API key. {@code Authorization: Bearer <personal API token>} stands for Basic auth and the
 * API key at once (docs/accounts.md).
 */
@Path("")
public class ClientEndpoint {

    private static final long MAX_BODY_BYTES = 4 * 1024 * 1024;

    @Inject
    ClientAuthenticator authenticator;
    @Inject
    ClientRequestHandler handler;
    @Inject
    ClientAddresses addresses;
    @Inject
    AdminSessions sessions;
    @Inject
    SettingsService settings;
    @Context
    HttpServletRequest http;

    @POST
    @Path("api-client.php")
    @Consumes(MediaType.WILDCARD)
    public Response post(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam(SessionCookie.CSRF_HEADER) String csrf, InputStream body) {
        if (!ContentTypes.isJson(contentType)) {
            return plain(400, "Content Type Mismatch: expected application/json");
        }
        String remote = addresses.of(http);
        String cookie = SessionCookie.read(http);
        if (authorization == null && cookie != null) {
            // The web UI: its session stands in for Basic auth and for params.api_key, which the browser never sees.
            Optional<AdminSessions.Session> session = sessions.find(cookie);
            if (session.isEmpty()) {
                return plain(401, "Session expired or logged out: log in again");
            }
            if (!AdminSessions.csrfMatches(session.get(), csrf)) {
                return plain(403, "Missing or wrong " + SessionCookie.CSRF_HEADER + " header");
            }
            return answer(body, session.get().username(), remote, ClientRequestHandler.KeyCheck.SESSION);
        }
        if (!Boolean.parseBoolean(settings.get(CoreSettings.CLIENT_API_ENABLED.key()))) {
            // checked before any login, so a switched-off API answers nothing about accounts or tokens
            return plain(403, "The client API is switched off (setting " + CoreSettings.CLIENT_API_ENABLED.key()
                    + "); the web UI keeps working");
        }
        ClientAuthenticator.Outcome login = authenticator.authenticate(authorization, remote);
        if (login.retryAfterSeconds() > 0) {
            return Response.status(429).header("Retry-After", login.retryAfterSeconds())
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity(login.failure() + "; retry in " + login.retryAfterSeconds() + " s")
                    .build();
        }
        if (login.username().isEmpty()) {
            return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"OCO\"")
                    .type(MediaType.TEXT_PLAIN_TYPE).entity("HTTP Basic Auth: " + login.failure()).build();
        }
        return answer(body, login.username().get(), remote, login.key());
    }

    private Response answer(InputStream body, String admin, String remote, ClientRequestHandler.KeyCheck key) {
        Object payload;
        try {
            payload = Json.parse(BoundedBody.read(body, http.getContentLengthLong(), MAX_BODY_BYTES,
                    (status, message) -> new PayloadException(message)));
        } catch (IOException | PayloadException e) {
            return plain(400, "Payload Corrupt: " + (e instanceof IOException io ? Json.reason(io) : e.getMessage()));
        }
        try {
            if (payload instanceof List) {
                List<?> batch = (List<?>) payload;
                if (batch.isEmpty()) {
                    throw new PayloadException("empty batch");
                }
                batch.forEach(ClientRequestHandler::validateEnvelope);
                List<Object> responses = new ArrayList<>();
                for (Object request : batch) {
                    responses.add(handler.answer((Map<?, ?>) request, admin, remote, key));
                }
                return json(responses);
            }
            ClientRequestHandler.validateEnvelope(payload);
            return json(handler.answer((Map<?, ?>) payload, admin, remote, key));
        } catch (PayloadException e) {
            return plain(400, "Payload Corrupt: " + e.getMessage());
        }
    }

    private static Response json(Object body) {
        return Response.ok(Json.bytes(body), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response plain(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(message).build();
    }

    static final class PayloadException extends RuntimeException {
        PayloadException(String message) {
            super(message);
        }
    }
}
