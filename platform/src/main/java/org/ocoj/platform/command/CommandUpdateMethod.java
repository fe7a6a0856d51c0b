package org.ocoj.platform.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/** {@code oco.computer_command.update}: {@code {"id": 1, "label": …, "template": …}} for admin-defined commands. */
@ApplicationScoped
public class CommandUpdateMethod implements ClientMethod {

    @Inject
    ComputerCommands commands;

    @Override
    public String method() {
        return "oco.computer_command.update";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        long id = call.data().requireLong("id");
        Map<String, Object> current = commands.require(id);
        CommandInput input = CommandInput.read(call.data(), Optional.of(current));
        if (!input.label().equals(current.get("label")) || !input.template().equals(current.get("template"))) {
            commands.update(id, input.label(), input.template());
            call.audit("oco.computer_command.update", "computer_command:" + id,
                    Map.of("label", input.label(), "template", input.template()));
        }
        return null;
    }
}
