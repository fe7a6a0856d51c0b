package org.ocoj.dist;

import java.io.IOException;
import java.nio.file.Path;
import org.ocoj.testkit.PluginJar;

/**
 * Builds (with the plugin test kit's {@link PluginJar}) a real PF4J plugin jar from the compiled classes of
 * {@code org.ocoj.dist.testplugin} and their extension index (written by PF4J's annotation processor at test compile time) — the same path a user's
 * plugin takes.
 */
public final class TestPluginJar {

    static final String PLUGIN_ID = "test-probe";
    private static final String PACKAGE_DIR = "org/ocoj/dist/testplugin/";

    private TestPluginJar() {
    }

    static void build(Path jar) throws IOException {
        build(jar, PLUGIN_ID, "1.0.0", "Test probe: counts calls of its extensions", PACKAGE_DIR,
                "db/migration/" + PLUGIN_ID + "/");
    }

    /**
     * A plugin jar of the compiled test classes below {@code packageDir} (e.g. {@code org/ocoj/dist/x/}), with
     * the lines of the extension index that belong to them, plus any extra resource folders.
     */
    public static void build(Path jar, String pluginId, String version, String description, String packageDir,
                             String... extraFolders) throws IOException {
        buildRequiring(jar, pluginId, version, null, description, packageDir, extraFolders);
    }

    /** Like {@link #build(Path, String, String, String, String, String...)}, with a {@code Plugin-Requires} unless null. */
    public static void buildRequiring(Path jar, String pluginId, String version, String requires, String description,
                             String packageDir, String... extraFolders) throws IOException {
        Path classes = Path.of(System.getProperty("oco.test.classes", "target/test-classes"));
        PluginJar plugin = PluginJar.of(pluginId, version).description(description).classes(classes, packageDir);
        if (requires != null) {
            plugin.requires(requires);
        }
        for (String folder : extraFolders) {
            plugin.folder(folder);
        }
        plugin.write(jar);
    }
}
