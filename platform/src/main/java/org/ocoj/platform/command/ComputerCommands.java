package org.ocoj.platform.command;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ocoj.api.server.ComputerCommand;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.plugin.PluginHost;

/**
 * The computer commands: built-ins (VNC, RDP, SSH, Ping, as upstream), those of enabled plugins ({@link ComputerCommand}
 * extensions) and the ones admins defined (table {@code computer_command}), listed and resolved per computer.
 */
@ApplicationScoped
public class ComputerCommands {

    private static final List<Command> BUILT_INS = List.of(
            new Command("vnc", "VNC", "vnc://$$TARGET$$", "built-in", null),
            // upstream's form, which the OCO Client Extension handles; the UI rewrites it for macOS (see computer.js)
            new Command("rdp", "RDP", "rdp://$$TARGET$$", "built-in", null),
            new Command("ssh", "SSH", "ssh://$$TARGET$$", "built-in", null),
            new Command("ping", "Ping", "ping://$$TARGET$$", "built-in", null));

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    PluginHost plugins;
    @Inject
    Clock clock;

    /** One command as listed: {@code commandId} is the database id of an admin-defined command, else null. */
    record Command(String id, String label, String template, String source, Long commandId) {
        Map<String, Object> toApi() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", id);
            map.put("label", label);
            map.put("template", template);
            map.put("source", source);
            map.put("command_id", commandId);
            return map;
        }
    }

    List<Command> all() {
        List<Command> all = new ArrayList<>(BUILT_INS);
        for (PluginHost.Owned<ComputerCommand> owned : plugins.extensionsWithOwner(ComputerCommand.class)) {
            ComputerCommand command = owned.extension();
            if (CommandTemplate.problem(command.template()).isEmpty()) {
                all.add(new Command(owned.pluginId() + "." + command.id(), command.label(), command.template(),
                        "plugin:" + owned.pluginId(), null));
            }
        }
        for (Map<String, Object> row : Sql.rows(dataSource, "SELECT id, label, template FROM computer_command ORDER BY label, id")) {
            long id = ((Number) row.get("id")).longValue();
            all.add(new Command("custom-" + id, (String) row.get("label"), (String) row.get("template"), "admin", id));
        }
        return all;
    }

    /** Every command filled for one computer ({@code details} as {@code oco.computer.get} builds it). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> resolve(Map<String, Object> details) {
        Map<String, Object> general = (Map<String, Object>) details.get("general");
        String hostname = String.valueOf(general.get("hostname"));
        List<String> addresses = addresses((List<Map<String, Object>>) details.get("networks"));
        String address = addresses.isEmpty() ? String.valueOf(general.get("remote_address")) : addresses.get(0);
        return filled(all(), Map.of("TARGET", hostname, "HOSTNAME", hostname, "ADDRESS", address,
                "ID", String.valueOf(general.get("id"))));
    }

    /**
     * The commands aimed at {@code $$TARGET$$} once per reported address, with the address as the target — as
     * upstream links every address of a computer: {@code [{"address": "192.0.2.2", "commands": [...]}]}.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> resolvePerAddress(Map<String, Object> details) {
        Map<String, Object> general = (Map<String, Object>) details.get("general");
        List<Command> targeted = all().stream().filter(c -> c.template().contains("$$TARGET$$")).toList();
        List<Map<String, Object>> perAddress = new ArrayList<>();
        for (String address : addresses((List<Map<String, Object>>) details.get("networks"))) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("address", address);
            entry.put("commands", filled(targeted, Map.of("TARGET", address,
                    "HOSTNAME", String.valueOf(general.get("hostname")), "ADDRESS", address,
                    "ID", String.valueOf(general.get("id")))));
            perAddress.add(entry);
        }
        return perAddress;
    }

    private static List<Map<String, Object>> filled(List<Command> commands, Map<String, String> values) {
        List<Map<String, Object>> resolved = new ArrayList<>();
        for (Command command : commands) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", command.id());
            item.put("label", command.label());
            item.put("url", CommandTemplate.fill(command.template(), values));
            resolved.add(item);
        }
        return resolved;
    }

    /** The real reported addresses in interface order, each once: no placeholders, loopback or link-local. */
    private static List<String> addresses(List<Map<String, Object>> networks) {
        List<String> addresses = new ArrayList<>();
        for (Map<String, Object> network : networks) {
            Object address = network.get("address");
            if (address instanceof String text && !text.isEmpty() && !text.equals("-") && !text.equals("?")
                    && !text.startsWith("127.") && !text.equals("::1") && !text.startsWith("fe80:")
                    && !addresses.contains(text)) {
                addresses.add(text);
            }
        }
        return addresses;
    }

    long create(String label, String template, String admin) {
        return Sql.insert(dataSource, "INSERT INTO computer_command (label, template, created, created_by) "
                + "VALUES (?, ?, ?, ?)", label, template, LocalDateTime.now(clock), admin);
    }

    Map<String, Object> require(long id) {
        return Sql.rows(dataSource, "SELECT id, label, template FROM computer_command WHERE id = ?", id).stream()
                .findFirst().orElseThrow(() -> RequestException.notFound("Not found"));
    }

    void update(long id, String label, String template) {
        Sql.update(dataSource, "UPDATE computer_command SET label = ?, template = ? WHERE id = ?", label, template, id);
    }

    void delete(long id) {
        Sql.update(dataSource, "DELETE FROM computer_command WHERE id = ?", id);
    }
}
