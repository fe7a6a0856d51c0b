package org.ocoj.agentplugins.macinventory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.LocalUser;
import org.pf4j.Extension;

/**
 * Local accounts (SPEC 3.2 {@code users}, macOS form) from Directory Services ({@code dscacheutil -q user}: the
 * accounts {@code getpwall()} gives upstream; {@code /etc/passwd} on macOS lists only system accounts), with
 * {@code [macos] local-users-min-uid} ≤ uid ≤ {@code local-users-max-uid}. The minimum defaults to 500, not
 * upstream's 1000: macOS numbers its users from 501, so 1000 would report none. {@code disabled} when the
 * password field is {@code *}, as upstream reads it.
 */
@Extension
public final class MacUsersCollector implements Collector {
    static final List<String> QUERY = List.of("dscacheutil", "-q", "user");
    private static final long DEFAULT_MIN_UID = 500;
    private static final long DEFAULT_MAX_UID = 65534;

    private final CommandRunner commands;

    public MacUsersCollector() {
        this(CommandRunner.system());
    }

    public MacUsersCollector(CommandRunner commands) {
        this.commands = commands;
    }

    @Override
    public String id() {
        return "macos-local-users";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.USERS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.MACOS;
    }

    @Override
    public List<LocalUser> collect(CollectorContext context) throws IOException, InterruptedException {
        long min = uidSetting(context, "local-users-min-uid", DEFAULT_MIN_UID);
        long max = uidSetting(context, "local-users-max-uid", DEFAULT_MAX_UID);
        List<LocalUser> users = new ArrayList<>();
        for (Map<String, String> entry : entries(commands.run(QUERY))) {
            long uid = Long.parseLong(entry.getOrDefault("uid", "-1"));
            if (uid >= min && uid <= max && users.stream().noneMatch(u -> u.username().equals(entry.get("name")))) {
                users.add(new LocalUser(entry.get("name"), entry.getOrDefault("gecos", ""), uid,
                        Long.parseLong(entry.getOrDefault("gid", "-1")), entry.getOrDefault("dir", ""),
                        entry.getOrDefault("shell", ""), "*".equals(entry.get("password"))));
            }
        }
        return users;
    }

    private static long uidSetting(CollectorContext context, String key, long fallback) {
        return context.setting("macos", key).map(String::trim).filter(v -> v.matches("\\d+")).map(Long::parseLong).orElse(fallback);
    }

    /** Blocks of {@code key: value} lines separated by empty lines. */
    private static List<Map<String, String>> entries(String output) {
        List<Map<String, String>> entries = new ArrayList<>();
        Map<String, String> entry = new HashMap<>();
        for (String line : (output + "\n").lines().toList()) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                entry.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
            } else if (line.isBlank() && !entry.isEmpty()) {
                entries.add(entry);
                entry = new HashMap<>();
            }
        }
        if (!entry.isEmpty()) {
            entries.add(entry);
        }
        return entries;
    }
}
