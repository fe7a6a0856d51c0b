package org.ocoj.agentplugins.logins;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Login;
import org.pf4j.Extension;

/**
 * User logons (SPEC 3.2 {@code logins}) from {@code /var/log/wtmp}: every user-process record strictly
 * after the server's {@code logins-since}, with the terminal as console, like the upstream Linux agent.
 *
 * <p>Timestamps are cut to whole seconds before comparing: the server stores and answers seconds, so a
 * logon at 07:12:03.5 is the one the server already has when it says {@code logins-since 07:12:03}.
 * No wtmp file (systems that only keep wtmpdb) means no logons: the server only adds logons, so an
 * empty list never deletes anything.
 */
@Extension
public final class WtmpLoginCollector implements Collector {
    private final Path wtmp;
    private final ByteOrder byteOrder;

    public WtmpLoginCollector() {
        this(Path.of("/var/log/wtmp"), ByteOrder.nativeOrder());
    }

    WtmpLoginCollector(Path wtmp, ByteOrder byteOrder) {
        this.wtmp = wtmp;
        this.byteOrder = byteOrder;
    }

    @Override
    public String id() {
        return "linux-wtmp-logins";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.LOGINS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public List<Login> collect(CollectorContext context) throws IOException {
        Optional<Instant> since = context.loginsSince();
        if (since.isEmpty() || !Files.exists(wtmp)) {
            return List.of(); // logins-since null: the server wants no logons (SPEC 2.2)
        }
        Instant after = since.get().truncatedTo(ChronoUnit.SECONDS);
        return WtmpFile.read(wtmp, byteOrder).stream()
                .filter(record -> record.type() == WtmpFile.USER_PROCESS && !record.user().isEmpty())
                .map(record -> new Login(record.user(), record.user(), record.line(),
                        record.time().truncatedTo(ChronoUnit.SECONDS), null))
                .filter(login -> login.timestamp().isAfter(after))
                .toList();
    }
}
