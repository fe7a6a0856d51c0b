package org.ocoj.dist;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds a real PF4J plugin jar from the compiled classes of {@code org.ocoj.dist.testplugin} and their
 * extension index (written by PF4J's annotation processor at test compile time) — the same path a user's
 * plugin takes.
 */
public final class TestPluginJar {

    static final String PLUGIN_ID = "test-probe";
    private static final String PACKAGE_DIR = "org/ocoj/dist/testplugin/";

    private TestPluginJar() {
    }

    /** Adds a folder with a directory entry for each level, as Maven's jar plugin does. */
    private static void addTree(JarOutputStream out, Path classes, String folder) throws IOException {
        String path = "";
        for (String part : folder.split("/")) {
            path += part + "/";
            out.putNextEntry(new JarEntry(path));
            out.closeEntry();
        }
        try (Stream<Path> files = Files.walk(classes.resolve(folder))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
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
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", pluginId);
        main.putValue("Plugin-Version", version);
        main.putValue("Plugin-Description", description);
        if (requires != null) {
            main.putValue("Plugin-Requires", requires);
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            String index = Files.readAllLines(classes.resolve("META-INF/extensions.idx")).stream()
                    .filter(line -> line.startsWith(packageDir.replace('/', '.')))
                    .reduce("", (a, b) -> a + b + "\n");
            out.write(index.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
            addTree(out, classes, packageDir);
            for (String folder : extraFolders) {
                addTree(out, classes, folder);
            }
        }
    }
}
