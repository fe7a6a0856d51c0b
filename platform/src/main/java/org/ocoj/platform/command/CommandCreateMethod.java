package org.ocoj.platform.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/** {@code oco.computer_command.create}: {@code {"label": "Web UI", "template": "https://$$ADDRESS$$:8443/"}} → {@code {"id": 1}}. */
@ApplicationScoped
public class CommandCreateMethod implements ClientMethod {

    @Inject
    ComputerCommands commands;

    @Override
    public String method() {
        return "oco.computer_command.create";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        CommandInput input = CommandInput.read(call.data(), Optional.empty());
        long id = commands.create(input.label(), input.template(), call.adminUsername());
        call.audit("oco.computer_command.create", "computer_command:" + id,
                Map.of("label", input.label(), "template", input.template()));
        return Map.of("id", id);
    }
}
