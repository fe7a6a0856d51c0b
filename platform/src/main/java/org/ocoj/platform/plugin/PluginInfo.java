package org.ocoj.platform.plugin;

/** A loaded plugin as admins see it. */
public record PluginInfo(String id, String description, String version, String provider, boolean enabled,
                         String state) {
}
