package org.ocoj.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.ocoj.platform.config.ServerConfig;

/** The caller's address of an HTTP request, and whether it came over TLS, per {@link RemoteAddress} with the configured proxies. */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    ServerConfig config;

    private volatile RemoteAddress rule;

    public String of(HttpServletRequest request) {
        return rule().of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    public boolean isSecure(HttpServletRequest request) {
        return rule().isSecure(request.getRemoteAddr(), request.isSecure(), request.getHeader("X-Forwarded-Proto"));
    }

    private RemoteAddress rule() {
        RemoteAddress current = rule;
        if (current == null) {
            current = new RemoteAddress(config.trustedProxies());
            rule = current;
        }
        return current;
    }
}
