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
final class TestPluginJar {

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
        Path classes = Path.of(System.getProperty("oco.test.classes", "target/test-classes"));
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", PLUGIN_ID);
        main.putValue("Plugin-Version", "1.0.0");
        main.putValue("Plugin-Description", "Test probe: counts calls of its extensions");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            String index = Files.readAllLines(classes.resolve("META-INF/extensions.idx")).stream()
                    .filter(line -> line.startsWith(PACKAGE_DIR.replace('/', '.')))
                    .reduce("", (a, b) -> a + b + "\n");
            out.write(index.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
            addTree(out, classes, PACKAGE_DIR);
            addTree(out, classes, "db/migration/" + PLUGIN_ID + "/");
        }
    }
}
