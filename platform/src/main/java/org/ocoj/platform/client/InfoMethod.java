package org.ocoj.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.db.PlatformMigrations;
import org.ocoj.platform.plugin.PluginHost;
import org.ocoj.platform.plugin.PluginInfo;

/** {@code oco.info} (CLIENT-API §2.4), without licences and without any path or secret (§4.1.5). */
@ApplicationScoped
public class InfoMethod implements ClientMethod {

    public static final String VERSION = "0.1.0";

    @Inject
    PluginHost plugins;
    @Inject
    PlatformMigrations database;

    @Override
    public String method() {
        return "oco.info";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SIGNED_IN);
    }

    @Override
    public Object handle(ClientCall call) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (PluginInfo plugin : plugins.list()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", plugin.id());
            entry.put("name", plugin.description());
            entry.put("version", plugin.version());
            entry.put("enabled", plugin.enabled());
            extensions.put(plugin.id(), entry);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", VERSION);
        data.put("wol_satellites", null);
        data.put("extensions", extensions);
        data.put("license_computers", null);
        data.put("license_company", null);
        data.put("license_expiration", null);
        data.put("webserver", "Payara Micro " + System.getProperty("payara.micro.version", "6"));
        data.put("database", database.databaseProduct());
        data.put("php", null);
        return data;
    }
}
