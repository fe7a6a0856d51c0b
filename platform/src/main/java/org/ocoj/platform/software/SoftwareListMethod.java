package org.ocoj.platform.software;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/**
 * {@code oco.software.list}: software names across the fleet, alphabetically, paged; {@code search} (part of the
 * name, case-insensitive), {@code limit}, {@code offset}. Each: {@code name}, {@code versions} (installed ones),
 * {@code computers} (having any version). See docs/software.md.
 */
@ApplicationScoped
public class SoftwareListMethod implements ClientMethod {

    @Inject
    SoftwareQueries software;

    @Override
    public String method() {
        return "oco.software.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        String search = call.data().optionalString("search", 200).orElse("").trim();
        return software.list(search, Paging.read(call.data()));
    }
}
