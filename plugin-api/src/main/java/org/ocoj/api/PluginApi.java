package org.ocoj.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this plugin API, a semantic version of its own (not the product's). The server and the agent
 * declare it as PF4J's system version: a plugin whose manifest says {@code Plugin-Requires: ^1.0.0} loads on
 * every 1.x and is refused, with the reason, by a host whose plugin-api does not satisfy it.
 */
public final class PluginApi {

    private PluginApi() {
    }

    /** This plugin-api's version, e.g. {@code 1.0.0}, as the build wrote it into {@code plugin-api.properties}. */
    public static String version() {
        try (InputStream in = PluginApi.class.getResourceAsStream("plugin-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin-api.properties is missing from the plugin-api jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read plugin-api.properties: " + e.getMessage(), e);
        }
    }
}
