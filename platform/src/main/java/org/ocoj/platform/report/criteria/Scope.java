package org.ocoj.platform.report.criteria;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where fields live: the computer itself, or one of its inventory collections, tested with
 * {@code exists}/{@code not_exists}. The whitelist of everything a report can read: keys, passwords and
 * other secrets are simply not here.
 */
public enum Scope {

    COMPUTER("computer", "computer c", "c.id", "c", "computer", "id"),
    SOFTWARE("software", "computer_software cs JOIN software s ON s.id = cs.software_id", "cs.computer_id", "s",
            "software", null),
    NETWORK("network", "computer_network n", "n.computer_id", "n", "computer_network", "computer_id"),
    PARTITION("partition", "computer_partition p", "p.computer_id", "p", "computer_partition", "computer_id"),
    PRINTER("printer", "computer_printer pr", "pr.computer_id", "pr", "computer_printer", "computer_id"),
    SCREEN("screen", "computer_screen sc", "sc.computer_id", "sc", "computer_screen", "computer_id"),
    LOCAL_USER("local_user", "computer_user u", "u.computer_id", "u", "computer_user", "computer_id"),
    LOGIN("login", "computer_login l", "l.computer_id", "l", "computer_login", "computer_id"),
    GROUP("group", "computer_group_member gm JOIN computer_group g ON g.id = gm.computer_group_id",
            "gm.computer_id", "g", "computer_group", null);

    final String label;
    final String from;
    final String computerColumn;
    private final String alias;
    private final String table;
    private final String owner;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    Scope(String label, String from, String computerColumn, String alias, String table, String owner) {
        this.label = label;
        this.from = from;
        this.computerColumn = computerColumn;
        this.alias = alias;
        this.table = table;
        this.owner = owner;
    }

    static {
        COMPUTER.text("hostname", "uid", "os", "os_version", "kernel_version", "architecture", "cpu", "gpu",
                "manufacturer", "model", "bios_version", "boot_type", "secure_boot", "domain", "agent_version",
                "remote_address", "notes");
        COMPUTER.add("os_locale", "os_language", FieldType.TEXT, false);
        COMPUTER.add("serial", "serial", FieldType.TEXT, true);
        COMPUTER.numbers("id", "ram", "uptime", "battery_level");
        COMPUTER.times("last_ping", "last_update", "created");
        COMPUTER.add("force_update", "force_update", FieldType.BOOLEAN, false);
        SOFTWARE.text("name", "version", "description");
        NETWORK.text("address", "netmask", "broadcast");
        NETWORK.add("mac", "mac", FieldType.TEXT, true);
        NETWORK.add("interface", "interface_name", FieldType.TEXT, false);
        PARTITION.text("device", "mountpoint", "filesystem", "name");
        PARTITION.add("uuid", "uuid", FieldType.TEXT, true);
        PARTITION.numbers("size", "free");
        PARTITION.add("encrypted", "encrypted", FieldType.BOOLEAN, false);
        PRINTER.text("name", "driver", "uri", "status");
        SCREEN.text("name", "manufacturer", "resolution");
        SCREEN.add("serialno", "serialno", FieldType.TEXT, true);
        LOCAL_USER.text("username", "display_name", "home", "shell");
        LOCAL_USER.add("disabled", "disabled", FieldType.BOOLEAN, false);
        LOGIN.text("username", "display_name", "console");
        LOGIN.times("logon_time");
        GROUP.numbers("id");
        GROUP.text("name");
    }

    private void text(String... names) {
        for (String name : names) {
            add(name, name, FieldType.TEXT, false);
        }
    }

    private void numbers(String... names) {
        for (String name : names) {
            add(name, name, FieldType.NUMBER, false);
        }
    }

    private void times(String... names) {
        for (String name : names) {
            add(name, name, FieldType.TIME, false);
        }
    }

    private void add(String name, String column, FieldType type, boolean identifying) {
        fields.put(name, new Field(name, alias + "." + column, type, table, column, owner, identifying && owner != null));
    }

    public String label() {
        return label;
    }

    public Map<String, Field> fields() {
        return fields;
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** A collection scope by the name used in criteria ({@code software}, {@code network} …). */
    public static Optional<Scope> collection(String label) {
        for (Scope scope : values()) {
            if (scope != COMPUTER && scope.label.equals(label)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
