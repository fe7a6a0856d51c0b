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
import org.ocoj.platform.http.BoundedBody;
import org.ocoj.platform.http.ContentTypes;
import org.ocoj.platform.http.ClientAddresses;
import org.ocoj.platform.json.Json;

/**
 * {@code POST /api-client.php}: the admin JSON-RPC API (CLIENT-API.md). HTTP-level checks in upstream's order
 * — content type (400), Basic auth (401, throttled per address: 429), payload (400) — then each request
 * object is answered on its own with a result or a JSON-RPC error (HTTP 200).
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
    @Context
    HttpServletRequest http;

    @POST
    @Path("api-client.php")
    @Consumes(MediaType.WILDCARD)
    public Response post(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        if (!ContentTypes.isJson(contentType)) {
            return plain(400, "Content Type Mismatch: expected application/json");
        }
        String remote = addresses.of(http);
        ClientAuthenticator.Outcome login = authenticator.authenticate(authorization, remote);
        if (login.retryAfterSeconds() > 0) {
            return Response.status(429).header("Retry-After", login.retryAfterSeconds())
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Too many failed logins from " + remote + "; retry in " + login.retryAfterSeconds() + " s")
                    .build();
        }
        if (login.username().isEmpty()) {
            return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"OCO\"")
                    .type(MediaType.TEXT_PLAIN_TYPE).entity("HTTP Basic Auth: " + login.failure()).build();
        }
        Object payload;
        try {
            payload = Json.parse(BoundedBody.read(body, http.getContentLengthLong(), MAX_BODY_BYTES,
                    (status, message) -> new PayloadException(message)));
        } catch (IOException | PayloadException e) {
            return plain(400, "Payload Corrupt: " + (e instanceof PayloadException ? e.getMessage()
                    : "the body is not valid JSON"));
        }
        String admin = login.username().get();
        try {
            if (payload instanceof List) {
                List<?> batch = (List<?>) payload;
                if (batch.isEmpty()) {
                    throw new PayloadException("empty batch");
                }
                batch.forEach(ClientRequestHandler::validateEnvelope);
                List<Object> responses = new ArrayList<>();
                for (Object request : batch) {
                    responses.add(handler.answer((Map<?, ?>) request, admin, remote));
                }
                return json(responses);
            }
            ClientRequestHandler.validateEnvelope(payload);
            return json(handler.answer((Map<?, ?>) payload, admin, remote));
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
