package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;

/**
 * {@code oco.computer.reset_keys}: forgets a computer's agent and server keys so that it registers anew with
 * the registration key (e.g. after a reinstall). The agent must then be configured with the registration key
 * and an empty server key. Also forgets the stored agent timestamp (docs/protocol.md "Clock recovery").
 * Returns no key material.
 */
@ApplicationScoped
public class ComputerResetKeysMethod implements ClientMethod {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public String method() {
        return "oco.computer.reset_keys";
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
        // the stored agent timestamp goes too: a reinstalled agent's clock may be behind the old one's, and the
        // new keys make every request signed before worthless, so no replay check is lost
        int changed = Sql.update(dataSource, "UPDATE computer SET agent_key = NULL, pending_agent_key = NULL, "
                + "server_key = NULL, agent_timestamp = 0, agent_clock_ceiling = NULL WHERE id = ?", id);
        if (changed == 0) {
            throw RequestException.notFound("Not found");
        }
        call.audit("oco.computer.reset_keys", "computer:" + id, Map.of());
        return null;
    }
}
