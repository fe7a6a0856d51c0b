package com.example.myplugin;

import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/**
 * A client API method: {@code {"method": "my-plugin.hello", "params": {"data": {"name": "Ada"}}}} answers
 * {@code {"message": "Hello, Ada"}} with the greeting an admin set (setting {@code my-plugin.greeting}).
 * Edit this class to make it yours.
 */
@Extension
public class HelloMethod implements ClientMethod {

    private final PluginContext context;

    /** The server passes this plugin's context: settings, database, clock, logger, computers. */
    public HelloMethod(PluginContext context) {
        this.context = context;
    }

    @Override
    public String method() {
        return "my-plugin.hello";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ); // none: administrators only
    }

    @Override
    public Object handle(ClientCall call) {
        String name = call.data().optionalString("name", 100).orElse(call.adminUsername());
        String greeting = context.settings().get(MySettings.GREETING);
        return Map.of("message", greeting + ", " + name, "plugin", context.pluginId());
    }
}
