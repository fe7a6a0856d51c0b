package org.ocoj.api.server;

import java.util.Map;
import java.util.Set;

/** One stored inventory update, as an {@link InventoryListener} sees it. Since plugin-api 1.1.0. */
public interface InventoryUpdate {

    /** The computer whose agent sent it. */
    ComputerRef computer();

    /**
     * The sections whose stored content this update changed: the platform's ({@code general}, {@code software},
     * {@code networks}, … as in the change history) and custom ones by key ({@code my-plugin.uptime}).
     */
    Set<String> changedSections();

    /**
     * Every custom section this update carried, by key {@code <plugin-id>.<name>}, as stored (changed or not): a
     * JSON object ({@code Map<String, Object>}) or list ({@code List<Object>}). Unmodifiable.
     */
    Map<String, Object> customSections();
}
