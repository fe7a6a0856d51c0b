package org.ocoj.platform.session;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.admin.AccountStore;
import org.ocoj.platform.http.BoundedBody;
import org.ocoj.platform.http.ClientAddresses;
import org.ocoj.platform.http.ContentTypes;
import org.ocoj.platform.json.Json;

/**
 * The web UI's session: {@code POST /ui-session/login} ({@code {"username", "password"}}), {@code GET
 * /ui-session} (who is logged in, its role and permissions, and the CSRF token for this page load), {@code POST /ui-session/logout}.
 * Everything else the UI does goes through the client API with this session (see ClientEndpoint).
 */
@Path("ui-session")
public class SessionEndpoint {

    private static final long MAX_BODY_BYTES = 4096;

    @Inject
    UiLogin login;
    @Inject
    AdminSessions sessions;
    @Inject
    ClientAddresses addresses;
    @Inject
    AccountStore accounts;
    @Context
    HttpServletRequest http;

    @POST
    @Path("login")
    @Consumes(MediaType.WILDCARD)
    public Response login(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        // JSON only: a cross-site form cannot send it without a CORS preflight, which this server never grants.
        if (!ContentTypes.isJson(contentType)) {
            return error(400, "Content Type Mismatch: expected application/json");
        }
        Map<?, ?> credentials;
        try {
            Object parsed = Json.parse(BoundedBody.read(body, http.getContentLengthLong(), MAX_BODY_BYTES,
                    (status, message) -> new IllegalArgumentException(message)));
            credentials = parsed instanceof Map ? (Map<?, ?>) parsed : Map.of();
        } catch (IOException | IllegalArgumentException e) {
            return error(400, "Payload Corrupt: expected {\"username\": …, \"password\": …}");
        }
        Object username = credentials.get("username");
        Object password = credentials.get("password");
        if (!(username instanceof String) || !(password instanceof String) || ((String) username).length() > 100) {
            return error(400, "username and password must be strings (user name at most 100 characters)");
        }
        UiLogin.Outcome outcome = login.login((String) username, (String) password, addresses.of(http));
        if (outcome.retryAfterSeconds() > 0) {
            return Response.fromResponse(error(429, outcome.failure()))
                    .header("Retry-After", outcome.retryAfterSeconds()).build();
        }
        if (outcome.session().isEmpty()) {
            return error(401, outcome.failure());
        }
        AdminSessions.Session session = outcome.session().get();
        return Response.ok(Json.bytes(describe(session)), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.SET_COOKIE, SessionCookie.set(session.token(), addresses.isSecure(http))).build();
    }

    @GET
    public Response current() {
        return session().map(s -> Response.ok(Json.bytes(describe(s)), MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> error(401, "Not logged in"));
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.WILDCARD)
    public Response logout(@HeaderParam(SessionCookie.CSRF_HEADER) String csrf) {
        Optional<AdminSessions.Session> session = session();
        if (session.isPresent()) {
            if (!AdminSessions.csrfMatches(session.get(), csrf)) {
                return error(403, "Missing or wrong " + SessionCookie.CSRF_HEADER + " header");
            }
            login.logout(session.get(), addresses.of(http));
        }
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionCookie.clear(addresses.isSecure(http))).build();
    }

    private Optional<AdminSessions.Session> session() {
        return sessions.find(SessionCookie.read(http));
    }

    /** The session and what its account may do, so the UI can leave out what would be refused anyway. */
    private Map<String, Object> describe(AdminSessions.Session session) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("username", session.username());
        accounts.find(session.username()).ifPresent(account -> {
            map.put("role", account.role());
            map.put("permissions", Arrays.stream(Permission.values()).filter(account::permits).map(Permission::id)
                    .toList());
            map.put("must_change_password", account.mustChangePassword());
        });
        map.put("csrf_token", session.csrfToken());
        map.put("idle_timeout_seconds", AdminSessions.IDLE.toSeconds());
        return map;
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.bytes(Map.of("error", message))).header("Cache-Control", "no-store").build();
    }
}
