package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;

/**
 * {@code oco.computer.remove}: the computer and everything attached to it (foreign keys cascade); plugins'
 * {@link org.ocoj.api.server.ComputerRemovalListener}s hear of it after the commit.
 */
@ApplicationScoped
public class ComputerRemoveMethod implements ClientMethod {

    @Inject
    ComputerQueries queries;
    @Inject
    ComputerRemovalListeners removalListeners;
    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public String method() {
        return "oco.computer.remove";
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
        long id = call.data().requireLong("id");
        call.data().optionalBoolean("force"); // accepted for compatibility; OCO-J has no jobs to protect
        Map<String, Object> computer = queries.general(id).orElseThrow(() -> RequestException.notFound("Not found"));
        Sql.update(dataSource, "DELETE FROM computer WHERE id = ?", id);
        call.audit("oco.computer.delete", "computer:" + id, computer);
        removalListeners.afterCommit(new ComputerRef(id, String.valueOf(computer.get("hostname"))));
        return null;
    }
}
