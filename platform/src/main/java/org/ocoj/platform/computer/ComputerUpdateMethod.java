package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.db.SqlFailure;
import org.ocoj.platform.inventory.ChangeHistory;
import org.ocoj.platform.registration.HostnameSyntax;

/**
 * {@code oco.computer.update}: {@code id} and any of {@code hostname}, {@code notes}. Renaming keeps the computer
 * — keys, inventory, history, groups — for a machine that was renamed: its agent then reports the new name. The
 * edit is recorded in the computer's change history and the audit log.
 */
@ApplicationScoped
public class ComputerUpdateMethod implements ClientMethod {

    @Inject
    ComputerRepository computers;
    @Inject
    Clock clock;
    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public String method() {
        return "oco.computer.update";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_MANAGE);
    }

    @Override
    public Set<String> computerParameters() {
        return Set.of("id");
    }

    @Override
    public Object handle(ClientCall call) {
        JsonParams data = call.data();
        long id = data.requireLong("id");
        Map<String, Object> current = Sql.rows(dataSource, "SELECT hostname, notes FROM computer WHERE id = ?", id)
                .stream().findFirst().orElseThrow(() -> RequestException.notFound("Not found: no computer with id " + id));
        RowUpdate row = new RowUpdate();
        List<String> after = new ArrayList<>();
        List<String> before = new ArrayList<>();
        Optional<String> hostname = data.optionalString("hostname", 200);
        if (data.raw("hostname") != null && !hostname.orElse("").equals(current.get("hostname"))) {
            String name = validHostname(hostname.orElse(""), id);
            row.set("hostname", name);
            after.add("hostname: " + name);
            before.add("hostname: " + current.get("hostname"));
        }
        Optional<String> notes = data.optionalString("notes", 2000);
        if (notes.isPresent() && !notes.get().equals(current.get("notes"))) {
            row.set("notes", notes.get());
            after.add("notes: " + notes.get());
            before.add("notes: " + current.get("notes"));
        }
        if (!after.isEmpty()) {
            computers.update(id, row);
            try (Connection c = dataSource.getConnection()) {
                ChangeHistory.recordEdit(c, id, LocalDateTime.now(clock), call.adminUsername(), after, before);
            } catch (SQLException e) {
                throw new SqlFailure("recording the edit of computer " + id, e);
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("changed", after);
            detail.put("before", before);
            call.audit(method(), "computer:" + id, detail);
        }
        return Map.of("id", id, "changed", !after.isEmpty());
    }

    private String validHostname(String name, long id) {
        if (name.isEmpty()) {
            throw RequestException.invalid("The host name cannot be empty");
        }
        if (!HostnameSyntax.valid(name)) {
            throw RequestException.invalid("Not a valid host name: " + name);
        }
        computers.findByHostname(name).filter(other -> other.id() != id).ifPresent(other -> {
            throw RequestException.invalid("This hostname already exists: " + name);
        });
        return name;
    }
}
