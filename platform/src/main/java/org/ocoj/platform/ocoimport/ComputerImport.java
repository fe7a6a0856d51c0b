package org.ocoj.platform.ocoimport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.computer.AgentView;
import org.ocoj.platform.computer.ComputerRepository;
import org.ocoj.platform.computer.RowUpdate;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.inventory.InventoryService;
import org.ocoj.platform.ocoimport.ImportSummary.Outcome;
import org.ocoj.platform.registration.HostnameSyntax;

/**
 * Takes over upstream computers with their keys and last agent timestamp, so their unmodified agents go on
 * signing with the keys they have (SPEC §1.8) and a request seen by upstream stays a replay here. A computer
 * whose agent already spoke to OCO-J since (its OCO-J agent timestamp is newer) is left as it is: OCO-J's
 * keys and inventory are then the current ones.
 */
@Dependent
class ComputerImport {

    private static final Logger LOG = Logger.getLogger(ComputerImport.class.getName());
    private static final String KIND = "computers";
    private static final int PROGRESS_EVERY = 500;

    private final ComputerRepository computers;
    private final InventoryService inventory;
    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ComputerImport(ComputerRepository computers, InventoryService inventory) {
        this.computers = computers;
        this.inventory = inventory;
    }

    /**
     * Imports every computer; returns upstream id → OCO-J id (in a dry run a new computer maps to its negated
     * upstream id, so memberships can still be counted).
     */
    Map<Long, Long> run(UpstreamReader upstream, ImportSummary summary, String admin, LocalDateTime now) {
        List<UpstreamComputer> all = upstream.computers();
        Map<Long, Long> ids = new java.util.HashMap<>();
        int done = 0;
        for (UpstreamComputer computer : all) {
            importOne(upstream, computer, summary, admin, now).ifPresent(id -> ids.put(computer.id(), id));
            if (++done % PROGRESS_EVERY == 0) {
                LOG.info("OCO import: " + done + "/" + all.size() + " computers");
            }
        }
        LOG.info("OCO import: " + all.size() + "/" + all.size() + " computers");
        return ids;
    }

    private Optional<Long> importOne(UpstreamReader upstream, UpstreamComputer computer, ImportSummary summary,
                                     String admin, LocalDateTime now) {
        if (!HostnameSyntax.valid(computer.hostname())) {
            summary.count(KIND, Outcome.SKIPPED);
            summary.attention("Computer " + computer.id() + " \"" + computer.hostname() + "\" was not imported: "
                    + "not a valid host name");
            return Optional.empty();
        }
        try {
            Optional<AgentView> existing = computers.findByHostnameForUpdate(computer.hostname());
            if (existing.isEmpty()) {
                summary.count(KIND, Outcome.CREATED);
                return Optional.of(summary.dryRun() ? -computer.id() : create(upstream, computer, admin, now));
            }
            AgentView current = existing.get();
            if (current.agentTimestamp().compareTo(computer.agentTimestamp()) > 0) {
                summary.count(KIND, Outcome.UNCHANGED); // its agent has spoken to OCO-J since: keep what OCO-J has
                return Optional.of(current.id());
            }
            RowUpdate row = new RowUpdate();
            boolean changed = takeOver(current, computer, row);
            boolean newerInventory = computer.lastUpdate() != null
                    && (current.lastUpdate() == null || computer.lastUpdate().isAfter(current.lastUpdate()));
            summary.count(KIND, changed || newerInventory ? Outcome.UPDATED : Outcome.UNCHANGED);
            if (!summary.dryRun()) {
                if (newerInventory) {
                    applyInventory(upstream, computer, current, row, now);
                }
                computers.update(current.id(), row);
            }
            return Optional.of(current.id());
        } catch (RequestException e) {
            throw RequestException.invalid("Computer \"" + computer.hostname() + "\": " + e.getMessage());
        }
    }

    private long create(UpstreamReader upstream, UpstreamComputer computer, String admin, LocalDateTime now) {
        long id = computers.insert(computer.hostname(), notes(computer), admin, now,
                keysAndTimes(computer, new RowUpdate()));
        if (computer.lastUpdate() != null) {
            AgentView created = computers.findByHostname(computer.hostname()).orElseThrow();
            RowUpdate row = new RowUpdate();
            applyInventory(upstream, computer, created, row, now);
            computers.update(id, row);
        }
        return id;
    }

    /** Keys, timestamp, notes and last contact where they differ; true if anything did. */
    private boolean takeOver(AgentView current, UpstreamComputer computer, RowUpdate row) {
        boolean changed = false;
        if (!Objects.equals(current.agentKey(), computer.agentKey().orElse(null))
                || !Objects.equals(current.serverKey(), computer.serverKey().orElse(null))
                || current.pendingAgentKey() != null
                || current.agentTimestamp().compareTo(computer.agentTimestamp()) != 0) {
            keysAndTimes(computer, row);
            changed = true;
        }
        List<Map<String, Object>> stored = Sql.rows(dataSource, "SELECT notes FROM computer WHERE id = ?", current.id());
        if (!stored.isEmpty() && !notes(computer).equals(stored.get(0).get("notes"))) {
            row.set("notes", notes(computer));
            changed = true;
        }
        return changed;
    }

    private static RowUpdate keysAndTimes(UpstreamComputer computer, RowUpdate row) {
        return row.set("agent_key", computer.agentKey().orElse(null))
                .set("pending_agent_key", null)
                .set("server_key", computer.serverKey().orElse(null))
                .set("agent_timestamp", computer.agentTimestamp())
                .set("last_ping", computer.lastPing());
    }

    private static String notes(UpstreamComputer computer) {
        String notes = computer.notes();
        return notes.length() <= 2000 ? notes : notes.substring(0, 2000);
    }

    /** The upstream inventory through the same path as an agent's update, so OCO-J's history records it. */
    private void applyInventory(UpstreamReader upstream, UpstreamComputer computer, AgentView view, RowUpdate row,
                                LocalDateTime now) {
        inventory.applyUpdate(view, JsonParams.of(upstream.inventory(computer.id()), "upstream"), row, now);
        row.set("last_update", computer.lastUpdate()).set("remote_address", computer.remoteAddress());
    }
}
