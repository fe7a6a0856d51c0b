package org.ocoj.platform.command;

import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/** Label and template of an admin-defined command, read from a request and checked. */
record CommandInput(String label, String template) {

    /** @param current the stored command for an update (keys left out keep their value), empty for create */
    static CommandInput read(JsonParams data, Optional<Map<String, Object>> current) {
        String label = current.isPresent() && !data.has("label") ? (String) current.get().get("label")
                : data.requireString("label", 200);
        String template = current.isPresent() && !data.has("template") ? (String) current.get().get("template")
                : data.requireString("template", CommandTemplate.MAX_LENGTH);
        CommandTemplate.problem(template).ifPresent(problem -> {
            throw RequestException.invalid("data.template " + problem);
        });
        return new CommandInput(label, template);
    }
}
