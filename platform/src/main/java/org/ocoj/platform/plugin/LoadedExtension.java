package org.ocoj.platform.plugin;

/** An extension instance and the plugin it came from. */
record LoadedExtension<T>(String pluginId, T instance) {
}
