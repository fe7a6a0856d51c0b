package org.ocoj.agent.collect;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocoj.api.inventory.InventoryItem;
import org.ocoj.api.inventory.InventorySection;

/**
 * The result of one collection run: the complete sections, and the sections left out because a collector
 * that fills them failed or timed out (those must not be sent, see {@link InventorySection}).
 */
public final class CollectedInventory {
    private final Map<InventorySection, List<InventoryItem>> sections;
    private final Set<InventorySection> leftOut;
    private final Map<String, Object> custom;

    CollectedInventory(Map<InventorySection, List<InventoryItem>> sections, Set<InventorySection> leftOut,
                       Map<String, Object> custom) {
        this.sections = Collections.unmodifiableMap(new EnumMap<>(sections));
        this.leftOut = leftOut.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(leftOut));
        this.custom = Collections.unmodifiableMap(new java.util.TreeMap<>(custom));
    }

    /**
     * The custom sections of the collectors that succeeded, by key {@code <plugin-id>.<name>}: each one complete,
     * those of a failed collector absent (the server keeps what it has).
     */
    public Map<String, Object> custom() {
        return custom;
    }

    /** Whether the section is complete and may be sent (possibly as an empty list). */
    public boolean has(InventorySection section) {
        return sections.containsKey(section);
    }

    /** The items of a complete section, of the given record type; empty if the section is not complete. */
    public <T extends InventoryItem> List<T> items(InventorySection section, Class<T> type) {
        return sections.getOrDefault(section, List.of()).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The single item of a scalar section (operating system, hardware, battery), if present. */
    public <T extends InventoryItem> Optional<T> single(InventorySection section, Class<T> type) {
        return items(section, type).stream().findFirst();
    }

    /** Sections that a failed collector declared. */
    public Set<InventorySection> leftOut() {
        return leftOut;
    }
}
