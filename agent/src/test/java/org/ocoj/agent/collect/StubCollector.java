package org.ocoj.agent.collect;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventoryItem;
import org.ocoj.api.inventory.InventorySection;

/** A collector whose behaviour a test chooses: return items, throw, or hang. */
public record StubCollector(String id, Set<InventorySection> sections, Duration timeLimit,
                            Callable<List<? extends InventoryItem>> behaviour) implements Collector {

    public static StubCollector returning(String id, InventorySection section, InventoryItem... items) {
        return new StubCollector(id, Set.of(section), Duration.ofSeconds(5), () -> List.of(items));
    }

    public static StubCollector failing(String id, InventorySection section) {
        return new StubCollector(id, Set.of(section), Duration.ofSeconds(5), () -> {
            throw new java.io.IOException("simulated: data source unreadable");
        });
    }

    public static StubCollector hanging(String id, InventorySection section, Duration limit) {
        return new StubCollector(id, Set.of(section), limit, () -> {
            Thread.sleep(Duration.ofMinutes(5).toMillis());
            return List.of();
        });
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() != OsFamily.OTHER;
    }

    @Override
    public List<? extends InventoryItem> collect(CollectorContext context) throws Exception {
        return behaviour.call();
    }
}
