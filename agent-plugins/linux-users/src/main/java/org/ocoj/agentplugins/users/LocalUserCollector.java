package org.ocoj.agentplugins.users;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.LocalUser;
import org.pf4j.Extension;

/**
 * Local accounts (SPEC 3.2 {@code users}) from {@code /etc/passwd} whose uid lies within
 * {@code [linux] local-users-min-uid} … {@code local-users-max-uid} of the agent's ini (defaults 1000 and
 * 65534, as upstream). An account is disabled when its password field starts with {@code *} or {@code !}
 * (locked, or no password login); the field is taken from {@code /etc/shadow} when that is readable (the
 * agent runs as root), else from {@code /etc/passwd}, where {@code x} says nothing either way.
 */
@Extension
public final class LocalUserCollector implements Collector {
    static final long DEFAULT_MIN_UID = 1000;
    static final long DEFAULT_MAX_UID = 65534;

    private final Path etc;

    public LocalUserCollector() {
        this(Path.of("/etc"));
    }

    LocalUserCollector(Path etc) {
        this.etc = etc;
    }

    @Override
    public String id() {
        return "linux-local-users";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.USERS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public List<LocalUser> collect(CollectorContext context) throws IOException {
        long min = uidSetting(context, "local-users-min-uid", DEFAULT_MIN_UID);
        long max = uidSetting(context, "local-users-max-uid", DEFAULT_MAX_UID);
        Map<String, String> shadow = shadowPasswords();
        return Files.readAllLines(etc.resolve("passwd"), StandardCharsets.UTF_8).stream()
                .map(PasswdEntry::parse).flatMap(Optional::stream)
                .filter(entry -> entry.uid() >= min && entry.uid() <= max)
                .map(entry -> new LocalUser(entry.name(), entry.fullName(), entry.uid(), entry.gid(), entry.home(),
                        entry.shell(), locked(shadow.getOrDefault(entry.name(), entry.password()))))
                .toList();
    }

    private static boolean locked(String password) {
        return password.startsWith("!") || password.startsWith("*");
    }

    /** Account name → password field of {@code /etc/shadow}; empty when the file is not readable. */
    private Map<String, String> shadowPasswords() throws IOException {
        Path file = etc.resolve("shadow");
        Map<String, String> passwords = new HashMap<>();
        if (!Files.isReadable(file)) {
            return passwords; // not root (e.g. --print-inventory as a user): fall back to the passwd field
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split(":", 3);
            if (fields.length >= 2 && !fields[0].isEmpty()) {
                passwords.put(fields[0], fields[1]);
            }
        }
        return passwords;
    }

    private static long uidSetting(CollectorContext context, String key, long defaultValue) {
        Optional<String> value = context.setting("linux", key).filter(text -> !text.isBlank());
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            long uid = Long.parseLong(value.get().trim());
            if (uid >= 0) {
                return uid;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("[linux] " + key + " = '" + value.get() + "' is not a user id (0 or more)");
    }
}
