package org.ocoj.platform.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.ocoj.platform.logging.FailureLog;

/**
 * Every failure a JAX-RS resource (client API, UI session, plugin pages) does not handle itself becomes a
 * {@link JsonError} — 503 while the database is unavailable, else 500 — and one line in the log, instead of
 * Payara's HTML error page and a stack trace per request. Jersey's own answers (404, 405, 415…) pass unchanged.
 */
@Provider
public class JsonFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(JsonFailureMapper.class.getName());

    @Inject
    FailureLog failures;
    @Context
    UriInfo uri;
    @Context
    Request request;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException answer) {
            return answer.getResponse();
        }
        failures.failed(LOG, request.getMethod() + " /" + uri.getPath(), failure);
        JsonError error = JsonError.of(failure);
        Response.ResponseBuilder response = Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error.body()).header("Cache-Control", "no-store");
        if (error.retryAfterSeconds() > 0) {
            response.header("Retry-After", error.retryAfterSeconds());
        }
        return response.build();
    }
}
