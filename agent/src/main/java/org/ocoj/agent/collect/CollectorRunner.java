package org.ocoj.agent.collect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.inventory.CustomSection;
import org.ocoj.api.inventory.InventoryItem;
import org.ocoj.api.inventory.InventorySection;

/**
 * Runs the applicable collectors for the wanted sections, each on its own daemon thread with its own
 * time limit (ARCHITECTURE 4). A collector that throws or overruns is logged in one line and every
 * section it declared is left out; the others still report.
 */
public final class CollectorRunner {
    private static final Logger LOG = Logger.getLogger(CollectorRunner.class.getName());

    private final Supplier<List<Collector>> collectors;
    private final Function<Collector, String> owner;

    /** Collectors whose custom sections are named after their own id (tests, class-path collectors). */
    public CollectorRunner(List<Collector> collectors) {
        List<Collector> fixed = List.copyOf(collectors);
        this.collectors = () -> fixed;
        this.owner = Collector::id;
    }

    /**
     * Asks {@code collectors} before every run: plugins delivered by the server come and go. {@code owner} names
     * the plugin a collector belongs to, the namespace of its custom sections.
     */
    public CollectorRunner(Supplier<List<Collector>> collectors, Function<Collector, String> owner) {
        this.collectors = collectors;
        this.owner = owner;
    }

    public CollectedInventory collect(Set<InventorySection> wanted, CollectorContext context) {
        List<Collector> applicable = collectors.get().stream()
                .filter(collector -> collector.sections().stream().anyMatch(wanted::contains))
                .filter(collector -> collector.appliesTo(context.platform()))
                .toList();
        try (TimeLimitedCalls calls = new TimeLimitedCalls()) {
            Map<Collector, Future<List<? extends InventoryItem>>> running = new LinkedHashMap<>();
            applicable.forEach(collector -> running.put(collector, calls.submit(() -> collector.collect(context))));
            Map<InventorySection, List<InventoryItem>> sections = new EnumMap<>(InventorySection.class);
            Set<InventorySection> leftOut = EnumSet.noneOf(InventorySection.class);
            Map<String, Object> custom = new LinkedHashMap<>();
            running.forEach((collector, future) -> calls.await("collector " + collector.id(), future,
                            collector.timeLimit(), "sections " + collector.sections() + " left out")
                    .ifPresentOrElse(items -> addDeclared(collector, items, sections, custom),
                            () -> leftOut.addAll(collector.sections())));
            leftOut.retainAll(wanted);
            sections.keySet().retainAll(wanted);
            sections.keySet().removeAll(leftOut);
            sections.remove(InventorySection.CUSTOM); // sent per key, see custom
            return new CollectedInventory(sections, leftOut, wanted.contains(InventorySection.CUSTOM) ? custom : Map.of());
        }
    }

    private void addDeclared(Collector collector, List<? extends InventoryItem> items,
                             Map<InventorySection, List<InventoryItem>> sections, Map<String, Object> custom) {
        // a collector that succeeded with nothing still makes its sections complete (known to be empty)
        collector.sections().forEach(section -> sections.computeIfAbsent(section, s -> new ArrayList<>()));
        for (InventoryItem item : items) {
            if (item instanceof CustomSection section && collector.sections().contains(InventorySection.CUSTOM)) {
                addCustom(owner.apply(collector) + "." + section.name(), section, collector, custom);
            } else if (collector.sections().contains(item.section())) {
                sections.get(item.section()).add(item);
            } else {
                LOG.warning("collector " + collector.id() + " returned a " + item.getClass().getSimpleName()
                        + " for undeclared section " + item.section() + "; dropped");
            }
        }
    }

    private static void addCustom(String key, CustomSection section, Collector collector, Map<String, Object> custom) {
        if (key.length() > CustomSection.MAX_KEY_LENGTH) {
            LOG.warning("collector " + collector.id() + ": custom section key " + key + " is longer than "
                    + CustomSection.MAX_KEY_LENGTH + " characters; dropped");
        } else if (custom.putIfAbsent(key, section.content()) != null) {
            LOG.warning("collector " + collector.id() + " returned custom section " + key + " twice; the first is sent");
        }
    }
}
