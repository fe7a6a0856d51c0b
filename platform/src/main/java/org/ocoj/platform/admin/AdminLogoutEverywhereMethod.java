package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.session.AdminSessions;

/** {@code oco.admin.logout_everywhere}: ends every web UI session of the caller, this one included. */
@ApplicationScoped
public class AdminLogoutEverywhereMethod implements ClientMethod {

    @Inject
    AdminSessions sessions;

    @Override
    public String method() {
        return "oco.admin.logout_everywhere";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SIGNED_IN);
    }

    @Override
    public Object handle(ClientCall call) {
        int ended = sessions.closeAll(call.adminUsername());
        call.audit("oco.admin.logout_everywhere", "admin:" + call.adminUsername(), Map.of("sessions", ended));
        return Map.of("sessions_ended", ended);
    }
}
