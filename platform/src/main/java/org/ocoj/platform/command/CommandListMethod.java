package org.ocoj.platform.command;

import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/** {@code oco.computer_command.list}: built-in, plugin and admin-defined commands with their templates. */
@ApplicationScoped
public class CommandListMethod implements ClientMethod {

    @Inject
    ComputerCommands commands;

    @Override
    public String method() {
        return "oco.computer_command.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        return commands.all().stream().map(ComputerCommands.Command::toApi).collect(Collectors.toList());
    }
}
