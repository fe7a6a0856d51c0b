package org.ocoj.platform.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Serves the web UI's own files ({@code src/main/webapp}): {@code /} is {@code index.html}, {@code /ui/…}
 * the scripts and styles. JAX-RS is mapped to {@code /*} (the agent and client APIs live at the root), so
 * this filter answers these GETs before Jersey sees them; everything else — and {@code /ui/plugins/…}, which
 * {@link PluginUiResource} serves from plugin jars — passes through.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StaticFiles extends HttpFilter {

    static final String PLUGINS_PREFIX = "/ui/plugins/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            Optional<String> file = fileFor(request.getRequestURI().substring(request.getContextPath().length()));
            if (file.isPresent() && serve(file.get(), request, response)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> fileFor(String path) {
        if (path.equals("/") || path.equals("/index.html")) {
            return Optional.of("/index.html");
        }
        if (path.startsWith("/ui/") && !path.startsWith(PLUGINS_PREFIX) && StaticMediaTypes.isSafe(path.substring(4))) {
            return Optional.of(path);
        }
        return Optional.empty();
    }

    private boolean serve(String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> type = StaticMediaTypes.of(file);
        InputStream in = type.isEmpty() ? null : getServletContext().getResourceAsStream(file);
        if (in == null) {
            return false;
        }
        try (in) {
            response.setContentType(type.get());
            UiHeaders.apply(response);
            if (!"HEAD".equals(request.getMethod())) {
                in.transferTo(response.getOutputStream());
            }
        }
        return true;
    }
}
