package org.ocoj.platform.cluster;

/**
 * What another node changed in the database that this node keeps in memory. Fired as a CDI event on this node
 * when a node of the cluster announces it ({@link ClusterBus}), on a managed worker thread, after the change was
 * committed: an observer re-reads the database.
 */
public enum ClusterChange {
    /** A stored setting was set ({@code oco.setting.set}, a rotated registration key, …). */
    SETTINGS,
    /** A plugin was enabled or disabled. */
    PLUGIN_STATES
}
