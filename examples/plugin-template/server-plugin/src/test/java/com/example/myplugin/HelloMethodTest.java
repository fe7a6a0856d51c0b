package com.example.myplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ocoj.testkit.PluginDatabase;
import org.ocoj.testkit.TestPluginContext;

/**
 * The plugin on OCO-J's plugin test kit: a database with the server's real schema (and this plugin's migrations
 * from db/migration/my-plugin/, once it has some), and the context the server gives the plugin — its declared
 * settings, transactions, computers, a clock and a log the test reads.
 */
class HelloMethodTest {

    private static final PluginDatabase DATABASE = PluginDatabase.create("my-plugin");
    private final TestPluginContext context = new TestPluginContext(DATABASE, new MySettings());
    private final HelloMethod hello = new HelloMethod(context);

    @AfterAll
    static void drop() {
        DATABASE.close();
    }

    @Test
    void greetsByNameWithTheGreetingAnAdminSet() {
        assertEquals(Map.of("message", "Hello, Ada", "plugin", "my-plugin"), context.call(hello, Map.of("name", "Ada")));
        context.set("my-plugin.greeting", "Hi");
        assertEquals(Map.of("message", "Hi, Ada", "plugin", "my-plugin"), context.call(hello, Map.of("name", "Ada")));
    }

    @Test
    void withoutANameItGreetsTheCaller() {
        assertEquals(Map.of("message", "Hello, admin", "plugin", "my-plugin"), context.call(hello, Map.of()));
    }

    @Test
    void aGreetingIsOneToFortyCharacters() {
        assertEquals("Setting my-plugin.greeting: must be 1 to 40 characters",
                assertThrows(IllegalArgumentException.class, () -> context.set("my-plugin.greeting", "")).getMessage());
    }
}
