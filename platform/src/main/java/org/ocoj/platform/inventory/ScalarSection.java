package org.ocoj.platform.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.api.server.JsonParams;

/** The single-valued inventory fields (SPEC §3.1) and their computer columns. */
final class ScalarSection {

    static final String KEY = "general";

    private static final List<Column> COLUMNS = List.of(
            Column.text("agent_version", 64), Column.text("os", 200), Column.text("os_version", 200),
            Column.text("os_license", 200), Column.text("os_language", 200), Column.text("kernel_version", 200),
            Column.text("architecture", 200), Column.text("cpu", 1000), Column.text("gpu", 1000),
            Column.text("serial", 200), Column.text("manufacturer", 200), Column.text("model", 200),
            Column.text("bios_version", 200), Column.text("boot_type", 50), Column.text("secure_boot", 50),
            Column.text("domain", 255));

    private ScalarSection() {
    }

    /**
     * The fields that describe the machine and were sent (a field the agent could not collect is left as it
     * is), in column order; {@code ram} is kept apart because it is nullable
     * and uptime/battery change on every report and so are not part of the section hash.
     */
    static Map<String, Object> values(JsonParams data) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> sent = data.asMap();
        for (Column column : COLUMNS) {
            if (sent.containsKey(column.json())) {
                values.put(column.sql(), column.coerce(sent.get(column.json()), "params.data"));
            }
        }
        if (sent.containsKey("ram")) {
            long ram = Coerce.number(sent.get("ram"), -1, Long.MIN_VALUE, Long.MAX_VALUE, "params.data.ram");
            values.put("ram", ram < 0 ? null : ram);
        }
        return values;
    }

    static String hash(Map<String, Object> values) {
        return Hashing.sha256(values.entrySet().toArray());
    }

    static String columnList() {
        return String.join(", ", COLUMNS.stream().map(Column::sql).toArray(String[]::new)) + ", ram";
    }
}
