package org.ocoj.platform.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/** {@code oco.computer_command.remove}: {@code {"id": 1}}; built-in and plugin commands cannot be removed. */
@ApplicationScoped
public class CommandRemoveMethod implements ClientMethod {

    @Inject
    ComputerCommands commands;

    @Override
    public String method() {
        return "oco.computer_command.remove";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        long id = call.data().requireLong("id");
        Map<String, Object> current = commands.require(id);
        commands.delete(id);
        call.audit("oco.computer_command.delete", "computer_command:" + id, current);
        return null;
    }
}
