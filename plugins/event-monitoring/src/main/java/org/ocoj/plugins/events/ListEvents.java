package org.ocoj.plugins.events;

import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/**
 * {@code oco.event.list}: stored events by computer, time range, level and log, newest first, paged;
 * answers {@code {"total": n, "events": [...]}}. Only events of computers in the caller's scope (a {@code computer_id}
 * outside it the platform refuses before this runs).
 */
@Extension
public class ListEvents implements ClientMethod {

    private final EventStore events;

    public ListEvents(PluginContext context) {
        this.events = new EventStore(context.dataSource(), context.computers());
    }

    @Override
    public String method() {
        return "oco.event.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        return events.list(EventFilter.from(call.data(), call.scope()));
    }
}
