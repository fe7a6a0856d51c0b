package org.ocoj.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.ocoj.platform.config.ServerConfig;

/** The caller's address of an HTTP request, per {@link RemoteAddress} with the configured proxies. */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    ServerConfig config;

    private volatile RemoteAddress rule;

    public String of(HttpServletRequest request) {
        RemoteAddress current = rule;
        if (current == null) {
            current = new RemoteAddress(config.trustedProxies());
            rule = current;
        }
        return current.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }
}
