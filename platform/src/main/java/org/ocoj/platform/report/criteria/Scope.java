package org.ocoj.platform.report.criteria;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ocoj.api.server.ReportField;
import org.ocoj.api.server.ReportScope;

/**
 * Where fields live: the computer itself, one of its inventory collections, or a plugin's table (a
 * {@link ReportScope}), tested with {@code exists}/{@code not_exists}/{@code count}. The whitelist of
 * everything a report can read: keys, passwords and other secrets are simply not here.
 */
public final class Scope {

    /** What a plugin may use as a table, column or name: nothing that could be anything but an identifier. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** The alias of a plugin table in the compiled SQL (scopes are never nested, so one alias suffices). */
    private static final String PLUGIN_ALIAS = "x";

    public static final Scope COMPUTER = new Scope("computer", "computer c", "c.id", "c", "computer", "id", null, "");
    public static final Scope SOFTWARE = new Scope("software",
            "computer_software cs JOIN software s ON s.id = cs.software_id", "cs.computer_id", "s", "software", null,
            null, "installed packages");
    public static final Scope NETWORK = collection("network", "computer_network", "n", "network interfaces and addresses");
    public static final Scope PARTITION = collection("partition", "computer_partition", "p", "disk partitions");
    public static final Scope PRINTER = collection("printer", "computer_printer", "pr", "printers");
    public static final Scope SCREEN = collection("screen", "computer_screen", "sc", "screens");
    public static final Scope LOCAL_USER = collection("local_user", "computer_user", "u", "local user accounts");
    public static final Scope LOGIN = collection("login", "computer_login", "l", "recent logins");
    public static final Scope CUSTOM = collection("custom", "computer_custom_value", "cv",
            "values of custom inventory sections that plugins' collectors report (one row per value)");
    public static final Scope GROUP = new Scope("group",
            "computer_group_member gm JOIN computer_group g ON g.id = gm.computer_group_id", "gm.computer_id", "g",
            "computer_group", null, null, "direct membership in a computer group");

    /** The platform's own scopes, the computer first. */
    public static final List<Scope> BUILT_IN = List.of(COMPUTER, SOFTWARE, NETWORK, PARTITION, PRINTER, SCREEN,
            LOCAL_USER, LOGIN, CUSTOM, GROUP);

    /** The names of the built-in scopes, which no plugin may declare again (PluginRules). */
    public static Set<String> builtInNames() {
        return BUILT_IN.stream().map(scope -> scope.label).collect(java.util.stream.Collectors.toSet());
    }

    final String label;
    final String from;
    final String computerColumn;
    private final String alias;
    private final String table;
    private final String owner;
    private final String pluginId;
    private final String description;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, String> fieldDescriptions = new LinkedHashMap<>();

    private Scope(String label, String from, String computerColumn, String alias, String table, String owner,
                  String pluginId, String description) {
        this.label = label;
        this.from = from;
        this.computerColumn = computerColumn;
        this.alias = alias;
        this.table = table;
        this.owner = owner;
        this.pluginId = pluginId;
        this.description = description;
    }

    private static Scope collection(String label, String table, String alias, String description) {
        return new Scope(label, table + " " + alias, alias + ".computer_id", alias, table, "computer_id", null,
                description);
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
        CUSTOM.add("section", "section_key", FieldType.TEXT, false);
        CUSTOM.text("path");
        CUSTOM.add("value", "text_value", FieldType.TEXT, false);
        CUSTOM.add("number", "number_value", FieldType.NUMBER, false);
        GROUP.numbers("id");
        GROUP.text("name");
    }

    /**
     * The scope a plugin declares, after checking that every name it gives is a plain identifier and its
     * field list is usable; an {@link IllegalArgumentException} says what is wrong.
     */
    public static Scope ofPlugin(String pluginId, ReportScope declared) {
        String name = identifier(declared.name(), "name");
        if (BUILT_IN.stream().anyMatch(s -> s.label.equals(name))) {
            throw new IllegalArgumentException("report scope " + name + " is one of the platform's");
        }
        String table = identifier(declared.table(), "table");
        String computer = identifier(declared.computerColumn(), "computer column");
        Scope scope = new Scope(name, table + " " + PLUGIN_ALIAS, PLUGIN_ALIAS + "." + computer, PLUGIN_ALIAS, table,
                computer, pluginId, declared.description() == null ? "" : declared.description());
        List<ReportField> declaredFields = declared.fields() == null ? List.of() : declared.fields();
        if (declaredFields.isEmpty()) {
            throw new IllegalArgumentException("report scope " + name + " declares no fields");
        }
        for (ReportField field : declaredFields) {
            String fieldName = identifier(field.name(), "field name");
            if (scope.fields.containsKey(fieldName) || field.type() == null) {
                throw new IllegalArgumentException("report scope " + name + ": field " + fieldName
                        + " is declared twice or has no type");
            }
            scope.add(fieldName, identifier(field.column(), "column"), FieldType.valueOf(field.type().name()), false);
            scope.fieldDescriptions.put(fieldName, field.description() == null ? "" : field.description());
        }
        return scope;
    }

    private static String identifier(String value, String what) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("report scope " + what + " \"" + value
                    + "\" is not a lower-case identifier of at most 40 characters");
        }
        return value;
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

    /** The plugin that declared it, or empty for the platform's own scopes. */
    public Optional<String> pluginId() {
        return Optional.ofNullable(pluginId);
    }

    public String description() {
        return description;
    }

    /** A plugin field's description; empty for the platform's fields (documented in groups-and-reports.md). */
    public String fieldDescription(String name) {
        return fieldDescriptions.getOrDefault(name, "");
    }

    public Map<String, Field> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    @Override
    public String toString() {
        return label;
    }
}
