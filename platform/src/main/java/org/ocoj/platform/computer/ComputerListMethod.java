package org.ocoj.platform.computer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.RequestException;

/**
 * {@code oco.computer.list} (CLIENT-API §2.5); groups come with the groups feature. With any of {@code search},
 * {@code limit}, {@code offset}, {@code sort} it returns one page instead (see {@link ComputerPage}).
 */
@ApplicationScoped
public class ComputerListMethod implements ClientMethod {

    @Inject
    ComputerQueries queries;
    @Inject
    ComputerPage pages;

    @Override
    public String method() {
        return "oco.computer.list";
    }

    @Override
    public Object handle(ClientCall call) {
        if (call.data().optionalLong("computer_group_id").filter(id -> id != 0).isPresent()) {
            throw RequestException.notFound("Not found");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        if (ComputerPage.requested(call.data())) {
            data.putAll(pages.page(call.data()));
        } else {
            data.put("computers", queries.list());
        }
        data.put("groups", List.of());
        return data;
    }
}
