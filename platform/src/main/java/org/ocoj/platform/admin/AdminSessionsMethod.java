package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.session.AdminSessions;

/**
 * {@code oco.admin.sessions}: the caller's own live web UI sessions, {@code [{"id", "created", "last_seen",
 * "remote_address"}]} ({@code id} is a short prefix of the stored hash, never the cookie).
 */
@ApplicationScoped
public class AdminSessionsMethod implements ClientMethod {

    @Inject
    AdminSessions sessions;

    @Override
    public String method() {
        return "oco.admin.sessions";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SIGNED_IN);
    }

    @Override
    public Object handle(ClientCall call) {
        return sessions.listFor(call.adminUsername());
    }
}
