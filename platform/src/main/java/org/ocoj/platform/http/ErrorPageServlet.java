package org.ocoj.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.ocoj.platform.logging.FailureLog;

/**
 * The error page for what escapes every handler (WEB-INF/web.xml sends uncaught exceptions and 500s here): a
 * {@link JsonError} instead of Payara's HTML page, so no API ever answers with HTML.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/oco-error";
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Inject
    transient FailureLog failures;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        JsonError error;
        if (failure != null) {
            failures.failed(LOG, request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure);
            error = JsonError.of(failure);
        } else {
            error = new JsonError(500, JsonError.INTERNAL);
        }
        byte[] body = error.body();
        response.setStatus(error.status());
        if (error.retryAfterSeconds() > 0) {
            response.setHeader("Retry-After", String.valueOf(error.retryAfterSeconds()));
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
