package org.ocoj.platform.computer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.RequestException;

/** {@code oco.computer.get}: one computer with every inventory section and its recent change history. */
@ApplicationScoped
public class ComputerGetMethod implements ClientMethod {

    @Inject
    ComputerQueries queries;

    @Override
    public String method() {
        return "oco.computer.get";
    }

    @Override
    public Object handle(ClientCall call) {
        long id = call.data().optionalLong("id").orElse(0L);
        return queries.details(id).orElseThrow(() -> RequestException.notFound("Not found"));
    }
}
