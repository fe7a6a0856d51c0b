package org.ocoj.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds a real PF4J plugin jar from compiled classes — the file a user drops into {@code plugins/} — so a test
 * loads a plugin the way the server or agent does. The classes come from a folder of compiled classes (e.g.
 * {@code target/test-classes}); of its {@code META-INF/extensions.idx} (written by PF4J's annotation processor)
 * the jar gets the lines of the packages it contains.
 *
 * <pre>{@code
 * PluginJar.of("my-plugin", "1.0.0").requires("^1.2.0")
 *         .classes(Path.of("target/test-classes"), "com/example/probe/")
 *         .folder("db/migration/my-plugin/").write(dir.resolve("my-plugin-1.0.0.jar"));
 * }</pre>
 */
public final class PluginJar {

    private final Map<String, String> manifest = new LinkedHashMap<>();
    private Path classes = Path.of("target/test-classes");
    private final Set<String> packages = new LinkedHashSet<>();
    private final List<String> folders = new ArrayList<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private PluginJar(String pluginId, String version) {
        manifest.put("Plugin-Id", pluginId);
        manifest.put("Plugin-Version", version);
    }

    public static PluginJar of(String pluginId, String version) {
        return new PluginJar(pluginId, version);
    }

    /** {@code Plugin-Requires}: the plugin-api versions it needs, e.g. {@code ^1.2.0}. */
    public PluginJar requires(String expression) {
        return manifest("Plugin-Requires", expression);
    }

    public PluginJar description(String text) {
        return manifest("Plugin-Description", text);
    }

    /** Any other manifest entry (e.g. {@code Plugin-Class}). */
    public PluginJar manifest(String name, String value) {
        manifest.put(name, value);
        return this;
    }

    /** The compiled classes below {@code packageDir} (e.g. {@code com/example/probe/}) of the folder {@code root}. */
    public PluginJar classes(Path root, String packageDir) {
        classes = root;
        packages.add(packageDir.endsWith("/") ? packageDir : packageDir + "/");
        return this;
    }

    /** A resource folder of the same root, e.g. {@code db/migration/my-plugin/} or {@code ui/my-plugin/}. */
    public PluginJar folder(String folder) {
        folders.add(folder.endsWith("/") ? folder : folder + "/");
        return this;
    }

    /** One more file, e.g. a migration written by the test. */
    public PluginJar entry(String name, String content) {
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Writes the jar (replacing a file there) and returns its path. */
    public Path write(Path jar) {
        Manifest mf = new Manifest();
        Attributes main = mf.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach(main::putValue);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, mf)) {
            if (!packages.isEmpty()) {
                out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                out.write(extensionIndex().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            Set<String> written = new LinkedHashSet<>();
            for (String folder : packages) {
                addTree(out, folder, written);
            }
            for (String folder : folders) {
                addTree(out, folder, written);
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                addParents(out, entry.getKey(), written);
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the plugin jar " + jar + ": " + e.getMessage(), e);
        }
    }

    private String extensionIndex() throws IOException {
        Path index = classes.resolve("META-INF/extensions.idx");
        if (!Files.isRegularFile(index)) {
            throw new IOException(index + " is missing: is PF4J (its annotation processor) on the compile class path?");
        }
        Set<String> lines = new LinkedHashSet<>(); // the processor lists a class once per extension point
        for (String line : Files.readAllLines(index)) {
            if (packages.stream().anyMatch(dir -> line.startsWith(dir.replace('/', '.')))) {
                lines.add(line);
            }
        }
        return lines.stream().map(line -> line + "\n").reduce("", String::concat);
    }

    /** A folder with a directory entry for each level, as Maven's jar plugin writes it. */
    private void addTree(JarOutputStream out, String folder, Set<String> written) throws IOException {
        addParents(out, folder + "x", written);
        try (Stream<Path> files = Files.walk(classes.resolve(folder))) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (Files.isDirectory(file)) {
                    addParents(out, name + "/x", written);
                } else if (written.add(name)) {
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
        }
    }

    private static void addParents(JarOutputStream out, String name, Set<String> written) throws IOException {
        String path = "";
        String[] parts = name.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            path += parts[i] + "/";
            if (written.add(path)) {
                out.putNextEntry(new JarEntry(path));
                out.closeEntry();
            }
        }
    }
}
