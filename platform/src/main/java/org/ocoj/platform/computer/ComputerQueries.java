package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.db.SqlFailure;
import org.ocoj.platform.inventory.CustomSections;
import org.ocoj.platform.scope.CallerScope;

/**
 * Admin-side reads of computers in the client API's shapes (CLIENT-API §2.3, §2.6), within the caller's computer
 * scope. Keys are never selected.
 */
@ApplicationScoped
public class ComputerQueries {

    static final String COMPUTER_COLUMNS = "id, uid, hostname, os, os_version, os_license, "
            + "os_language AS os_locale, kernel_version, architecture, cpu, gpu, ram, agent_version, remote_address, "
            + "serial, manufacturer, model, bios_version, uptime, boot_type, secure_boot, domain, battery_level, "
            + "battery_status, last_ping, last_update, force_update, agent_timestamp, notes, created, created_by";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    CallerScope caller;

    /** Every computer the caller may see, sorted by hostname. */
    public List<Map<String, Object>> list() {
        return select("1 = 1", List.of(), false);
    }

    /** The direct members of a group, sorted by hostname (CLIENT-API §2.5). */
    public List<Map<String, Object>> inGroup(long groupId) {
        return select("c.id IN (SELECT computer_id FROM computer_group_member WHERE computer_group_id = ?)",
                List.of(groupId), false);
    }

    /**
     * The computers a compiled report condition matches, sorted by hostname.
     *
     * @param condition SQL over the alias {@code c} as the report criteria compiler builds it — never user text
     */
    public List<Map<String, Object>> matching(String condition, List<Object> parameters) {
        return select(condition, parameters, false);
    }

    public Optional<Map<String, Object>> general(long id) {
        return select("c.id = ?", List.of(id), true).stream().findFirst();
    }

    /** Computers matching {@code condition} (over the alias {@code c}) within the caller's scope, sorted by hostname. */
    private List<Map<String, Object>> select(String condition, List<Object> parameters, boolean withCreator) {
        ComputerScope.Condition scope = caller.current().where("c.id");
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(scope.parameters());
        List<Map<String, Object>> rows = Sql.rows(dataSource, "SELECT " + COMPUTER_COLUMNS + " FROM computer c "
                + "WHERE (" + condition + ") AND " + scope.sql() + " ORDER BY hostname", all.toArray());
        rows.forEach(row -> shape(row, withCreator));
        return rows;
    }

    /** Every inventory section of one computer, as {@code oco.computer.get} returns it. */
    public Optional<Map<String, Object>> details(long id) {
        return general(id).map(general -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("general", general);
            data.put("groups", List.of());
            data.put("logins", Sql.rows(dataSource, "SELECT NULL AS id, NULL AS computer_id, "
                    + "MIN(id) AS domain_user_id, MAX(guid) AS domain_user_uid, username AS domain_user_username, "
                    + "MAX(display_name) AS domain_user_display_name, COUNT(*) AS logon_amount, "
                    + "MAX(logon_time) AS timestamp, NULL AS console, NULL AS computer_hostname "
                    + "FROM computer_login WHERE computer_id = ? GROUP BY username ORDER BY MAX(logon_time) DESC", id));
            data.put("networks", Sql.rows(dataSource, "SELECT id, computer_id, nic_number, address, netmask, "
                    + "broadcast, mac, interface_name AS interface FROM computer_network WHERE computer_id = ? "
                    + "ORDER BY nic_number", id));
            data.put("screens", Sql.rows(dataSource, "SELECT id, computer_id, name, manufacturer, type, resolution, "
                    + "size, manufactured, serialno, 1 AS active FROM computer_screen WHERE computer_id = ? "
                    + "ORDER BY name", id));
            data.put("printers", Sql.rows(dataSource, "SELECT id, computer_id, name, driver, paper, dpi, uri, status "
                    + "FROM computer_printer WHERE computer_id = ? ORDER BY name", id));
            data.put("filesystems", Sql.rows(dataSource, "SELECT id, computer_id, device, mountpoint, filesystem, "
                    + "size, free, name, uuid, CASE WHEN encrypted THEN 1 ELSE 0 END AS encrypted "
                    + "FROM computer_partition WHERE computer_id = ? ORDER BY mountpoint", id));
            data.put("recognised_software", Sql.rows(dataSource, "SELECT s.id AS id, NULL AS computer_id, "
                    + "s.id AS software_id, s.name AS software_name, s.version AS software_version, "
                    + "s.description AS software_description, cs.installed AS installed FROM computer_software cs "
                    + "JOIN software s ON s.id = cs.software_id WHERE cs.computer_id = ? ORDER BY s.name, s.version", id));
            data.put("local_users", Sql.rows(dataSource, "SELECT id, computer_id, username, display_name, uid, gid, "
                    + "home, shell, CASE WHEN disabled THEN 1 ELSE 0 END AS disabled FROM computer_user "
                    + "WHERE computer_id = ? ORDER BY username", id));
            data.put("devices", Sql.rows(dataSource, "SELECT id, computer_id, subsystem, vendor, product, serial, name "
                    + "FROM computer_device WHERE computer_id = ? ORDER BY subsystem, vendor, product", id));
            data.put("custom_sections", customSections(id));
            data.put("installed_packages", List.of());
            data.put("pending_jobs", List.of());
            data.put("history", history(id, 100));
            return data;
        });
    }

    /** OCO-J: the custom inventory sections of plugins' collectors, by key (docs/plugins.md). */
    private List<Map<String, Object>> customSections(long id) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return CustomSections.read(c, id);
        } catch (java.sql.SQLException e) {
            throw new SqlFailure("reading the custom sections of computer " + id, e);
        }
    }

    /** The newest change-history entries of a computer (what changed, when). */
    public List<Map<String, Object>> history(long id, int max) {
        List<Map<String, Object>> rows = Sql.rows(dataSource, "SELECT changed_at, section, detail "
                + "FROM computer_change WHERE computer_id = ? ORDER BY id DESC LIMIT " + Math.max(1, max), id);
        for (Map<String, Object> row : rows) {
            try {
                row.put("detail", org.ocoj.platform.json.Json.parse((String) row.get("detail")));
            } catch (java.io.IOException e) {
                // stored by us as JSON; keep the text if it ever is not
            }
        }
        return rows;
    }

    static void shape(Map<String, Object> row, boolean withCreator) {
        Object ram = row.get("ram");
        row.put("ram", ram == null ? "" : ram.toString());
        row.put("force_update", Boolean.TRUE.equals(row.get("force_update")) ? 1 : 0);
        Object timestamp = row.get("agent_timestamp");
        if (timestamp instanceof BigDecimal) {
            row.put("agent_timestamp", ((BigDecimal) timestamp).stripTrailingZeros());
        }
        Object creator = row.remove("created_by");
        row.put("created_by_system_user_id", null);
        row.put("software_id", null);
        row.put("software_name", null);
        row.put("software_version", null);
        row.put("computer_network_mac", null);
        row.put("created_by_system_user_username", withCreator ? creator : null);
        if (row.get("uid") == null) {
            row.put("uid", null);
        }
    }
}
