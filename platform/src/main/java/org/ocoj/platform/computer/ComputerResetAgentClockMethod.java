package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
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
 * {@code oco.computer.reset_agent_clock}: {@code {"id": 42}} lets an agent whose clock ran ahead, and was
 * corrected, check in again (issue 16, docs/protocol.md "Clock recovery"). The agent's requests must carry
 * ever larger timestamps; after a clock ran ahead the stored one lies in the future and every later request is
 * refused as stale. This lowers the stored timestamp to the server's time minus {@link #TOLERANCE_SECONDS}
 * (never raises it); keys stay. The first request the corrected agent then sends is accepted and becomes the
 * new mark, so replaying it — or anything older — is refused again; what was accepted while the clock ran ahead
 * stays refused through the {@link AgentClockCeiling}.
 */
@ApplicationScoped
public class ComputerResetAgentClockMethod implements ClientMethod {

    /** How far behind the server's clock the corrected agent's may still be. */
    static final long TOLERANCE_SECONDS = 3600;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;

    @Override
    public String method() {
        return "oco.computer.reset_agent_clock";
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
        BigDecimal mark = BigDecimal.valueOf(clock.millis() / 1000 - TOLERANCE_SECONDS);
        if (Sql.rows(dataSource, "SELECT id FROM computer WHERE id = ?", id).isEmpty()) {
            throw RequestException.notFound("Not found");
        }
        // the ceiling keeps what was accepted while the clock ran ahead from being replayed (AgentClockCeiling)
        Sql.update(dataSource, "UPDATE computer SET agent_clock_ceiling = GREATEST(agent_timestamp, "
                + "COALESCE(agent_clock_ceiling, 0)), agent_timestamp = ? WHERE id = ? AND agent_timestamp > ?",
                mark, id, mark);
        call.audit("oco.computer.reset_agent_clock", "computer:" + id, Map.of());
        return null;
    }
}
