package org.ocoj.platform.plugin;

/** A plugin as admins see it; {@code problem} says why a {@code refused} one was not started (else empty). */
public record PluginInfo(String id, String description, String version, String provider, boolean enabled,
                         String state, String problem) {
}
