package org.ocoj.platform.computer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.command.ComputerCommands;
import org.ocoj.platform.group.ComputerGroups;
import org.ocoj.platform.scope.CallerScope;

/**
 * {@code oco.computer.get}: one computer with every inventory section, its groups, its recent change history
 * and its commands (links such as {@code ssh://…} filled for this computer, and once per reported address);
 * "general" also says whether it is {@code online} and its {@code last_contact_seconds}. Of its groups, a scoped
 * account sees those in its scope.
 */
@ApplicationScoped
public class ComputerGetMethod implements ClientMethod {

    @Inject
    ComputerQueries queries;
    @Inject
    ComputerGroups groups;
    @Inject
    ComputerCommands commands;
    @Inject
    ComputerPage contact;
    @Inject
    CallerScope caller;

    @Override
    public String method() {
        return "oco.computer.get";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Set<String> computerParameters() {
        return Set.of("id");
    }

    @Override
    public Object handle(ClientCall call) {
        long id = call.data().optionalLong("id").orElse(0L);
        Map<String, Object> data = queries.details(id).orElseThrow(() -> RequestException.notFound("Not found"));
        @SuppressWarnings("unchecked")
        Map<String, Object> general = (Map<String, Object>) data.get("general");
        contact.addContactState(general);
        data.put("groups", groups.ofComputer(id).stream().filter(group -> caller.limited()
                .map(scope -> scope.includesGroup(((Number) group.get("id")).longValue())).orElse(true)).toList());
        data.put("commands", commands.resolve(data));
        data.put("address_commands", commands.resolvePerAddress(data));
        return data;
    }
}
