package org.ocoj.platform.software;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;

/**
 * {@code oco.software.get}: one software name — {@code computers}, {@code versions} (newest first, each with
 * {@code computers} and {@code by_os}) and {@code installed_on}, one page of the installations, optionally of one
 * {@code version} and one {@code os}. See docs/software.md.
 */
@ApplicationScoped
public class SoftwareGetMethod implements ClientMethod {

    @Inject
    SoftwareQueries software;

    @Override
    public String method() {
        return "oco.software.get";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        String name = call.data().requireString("name", 200);
        return software.get(name, call.data().optionalString("version", 200), call.data().optionalString("os", 200),
                        Paging.read(call.data()))
                .orElseThrow(() -> RequestException.notFound("No computer has software named \"" + name + "\""));
    }
}
