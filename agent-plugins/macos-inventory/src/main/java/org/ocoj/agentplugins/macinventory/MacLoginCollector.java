package org.ocoj.agentplugins.macinventory;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Login;
import org.pf4j.Extension;

/**
 * Logons (SPEC 3.2 {@code logins}, macOS form) from the utmpx login history as upstream reads it: user-process
 * records after {@code logins-since}, to the second, oldest first; {@code console} = terminal ({@code console}
 * for the graphical login, {@code ttys000} …), {@code display_name} from {@code id -F}. Upstream sends no
 * {@code guid} on macOS; OCO-J sends it as {@code null}, which the server treats the same.
 */
@Extension
public final class MacLoginCollector implements Collector {

    private final Supplier<byte[]> wtmpx;
    private final CommandRunner commands;

    public MacLoginCollector() {
        this(new JnaWtmpx(), CommandRunner.system());
    }

    /** @param wtmpx the raw utmpx records of the login history */
    public MacLoginCollector(Supplier<byte[]> wtmpx, CommandRunner commands) {
        this.wtmpx = wtmpx;
        this.commands = commands;
    }

    @Override
    public String id() {
        return "macos-logins";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.LOGINS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.MACOS;
    }

    @Override
    public List<Login> collect(CollectorContext context) throws IOException, InterruptedException {
        Optional<Instant> since = context.loginsSince();
        if (since.isEmpty()) {
            return List.of();
        }
        Map<String, String> displayNames = new HashMap<>();
        List<Login> logins = new ArrayList<>();
        for (Utmpx record : Utmpx.parse(wtmpx.get())) {
            if (record.type() == Utmpx.USER_PROCESS && record.time().isAfter(since.get())) {
                String displayName = displayNames.get(record.user());
                if (displayName == null) {
                    displayName = fullName(record.user());
                    displayNames.put(record.user(), displayName);
                }
                logins.add(new Login(record.user(), displayName, record.line(), record.time(), null));
            }
        }
        logins.sort(Comparator.comparing(Login::timestamp));
        return logins;
    }

    /** A user removed since the logon has no full name any more: "". */
    private String fullName(String user) throws InterruptedException {
        try {
            return commands.run(List.of("id", "-F", user)).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
