package org.ocoj.platform.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/**
 * An inventory collection (SPEC §3.2) and its table: which fields are kept, how they are coerced, which rows
 * the server skips (as upstream does).
 *
 * @param key        the JSON key in the update and the section name in history
 * @param table      the table holding the rows (computer_id, row_hash, columns…)
 * @param columns    the stored fields
 * @param keep       rows failing this are skipped (e.g. a printer without a name)
 * @param numbered   true if the row's position in the list is stored ({@code nic_number} for networks)
 */
record CollectionSection(String key, String table, List<Column> columns, Predicate<Object[]> keep,
                         boolean numbered) {

    static final CollectionSection NETWORKS = new CollectionSection("networks", "computer_network", List.of(
            Column.text("addr", "address", 100), Column.text("netmask", 100), Column.text("broadcast", 100),
            Column.text("mac", 50), Column.text("interface", "interface_name", 100)),
            row -> !"".equals(row[0]), true);

    static final CollectionSection SCREENS = new CollectionSection("screens", "computer_screen", List.of(
            Column.text("name", 200), Column.text("manufacturer", 200), Column.text("manufactured", 50),
            Column.text("resolution", 50), Column.text("size", 50), Column.text("type", 200),
            Column.text("serialno", 200), Column.text("technology", 100)),
            row -> !"".equals(row[0]), false);

    static final CollectionSection PRINTERS = new CollectionSection("printers", "computer_printer", List.of(
            Column.text("name", 200), Column.text("driver", 200), Column.text("paper", 100), Column.text("dpi", 50),
            Column.text("uri", 500), Column.text("status", 100)),
            row -> !"".equals(row[0]), false);

    static final CollectionSection PARTITIONS = new CollectionSection("partitions", "computer_partition", List.of(
            Column.text("device", 200), Column.text("mountpoint", 500), Column.text("filesystem", 100),
            Column.number("size"), Column.number("free"), Column.text("name", 200), Column.text("uuid", 200),
            Column.flag("encrypted")),
            row -> ((Long) row[3]) > 0, false);

    static final CollectionSection USERS = new CollectionSection("users", "computer_user", List.of(
            Column.text("username", 200), Column.text("display_name", 200), Column.text("uid", 200),
            Column.text("gid", 200), Column.text("home", 500), Column.text("shell", 200), Column.flag("disabled")),
            row -> !"".equals(row[0]), false);

    static final CollectionSection DEVICES = new CollectionSection("devices", "computer_device", List.of(
            Column.text("subsystem", 50), Column.intNumber("vendor"), Column.intNumber("product"),
            Column.nullableText("serial", 200), Column.nullableText("name", 500)),
            row -> !"".equals(row[0]), false);

    /** Entries per collection and update: far above any real machine's, far below a memory or time problem. */
    static final int MAX_ENTRIES = 10_000;

    static final List<CollectionSection> ALL = List.of(NETWORKS, SCREENS, PRINTERS, PARTITIONS, USERS, DEVICES);

    /** Reads, coerces and filters the rows of this section; duplicates collapse into one row. */
    @SuppressWarnings("unchecked")
    List<Row> rows(JsonParams data) {
        List<Object> items = data.list(key, MAX_ENTRIES);
        Map<String, Row> rows = new java.util.LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map)) {
                throw RequestException.invalid("params.data." + key + "[" + i + "] must be an object");
            }
            Map<String, Object> item = (Map<String, Object>) items.get(i);
            Object[] values = new Object[columns.size() + (numbered ? 1 : 0)];
            int offset = 0;
            if (numbered) {
                values[0] = i;
                offset = 1;
            }
            for (int c = 0; c < columns.size(); c++) {
                values[c + offset] = columns.get(c).coerce(item.get(columns.get(c).json()),
                        "params.data." + key + "[" + i + "]");
            }
            if (keep.test(numbered ? java.util.Arrays.copyOfRange(values, 1, values.length) : values)) {
                Row row = Row.of(key, values);
                rows.putIfAbsent(row.hash(), row);
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** The stored column names in row order. */
    List<String> sqlColumns() {
        List<String> names = new ArrayList<>();
        if (numbered) {
            names.add("nic_number");
        }
        names.addAll(columns.stream().map(Column::sql).collect(Collectors.toList()));
        return names;
    }
}
