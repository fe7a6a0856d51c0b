package org.ocoj.agent.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Login;

/** Two known logons; reports those strictly after the context's {@code loginsSince}, as the contract says. */
final class LoginsSinceCollector implements Collector {
    static final Login ALICE = new Login("alice", "alice", "tty1", Instant.parse("2026-11-20T07:12:03Z"), null);
    static final Login BOB = new Login("bob", "bob", "pts/0", Instant.parse("2026-11-21T08:00:00Z"), null);

    @Override
    public String id() {
        return "logins";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.LOGINS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return true;
    }

    @Override
    public List<Login> collect(CollectorContext context) {
        return context.loginsSince()
                .map(since -> List.of(ALICE, BOB).stream().filter(login -> login.timestamp().isAfter(since)).toList())
                .orElse(List.of());
    }
}
