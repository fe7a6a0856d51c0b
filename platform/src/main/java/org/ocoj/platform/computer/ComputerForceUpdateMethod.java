package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import javax.sql.DataSource;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;

/**
 * {@code oco.computer.force_update}: {@code {"id": 42, "force": true}} (force defaults to true) asks the
 * agent for a full inventory at its next hello; the next update clears the flag.
 */
@ApplicationScoped
public class ComputerForceUpdateMethod implements ClientMethod {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public String method() {
        return "oco.computer.force_update";
    }

    @Override
    public Object handle(ClientCall call) {
        long id = call.data().requireLong("id");
        boolean force = call.data().optionalBoolean("force").orElse(true);
        if (Sql.update(dataSource, "UPDATE computer SET force_update = ? WHERE id = ?", force, id) == 0) {
            throw RequestException.notFound("Not found");
        }
        call.audit("oco.computer.force_update", "computer:" + id, Map.of("force", force));
        return null;
    }
}
