package org.ocoj.agent.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.ocoj.testkit.PluginJar;

/**
 * Builds a real collector plugin jar the way a third party does: javac with PF4J's annotation processor
 * (which writes META-INF/extensions.idx), then a jar whose manifest carries the PF4J descriptor (the plugin test
 * kit's {@link PluginJar}, which builds server plugin jars the same way). The
 * collector reports one software package named after the plugin.
 */
public final class TestCollectorJar {
    private TestCollectorJar() {
    }

    /**
     * @param pluginId     PF4J plugin id, also the collector id
     * @param version      plugin version, also the reported package's version
     * @param workDir      scratch directory for sources and classes
     */
    public static Path build(Path jar, String pluginId, String version, Path workDir) throws IOException {
        return build(jar, pluginId, version, "*", workDir);
    }

    /** Like {@link #build(Path, String, String, Path)}, declaring {@code Plugin-Requires: requires}. */
    public static Path build(Path jar, String pluginId, String version, String requires, Path workDir)
            throws IOException {
        return build(jar, pluginId, version, requires, workDir, "ExampleCollector", """
                @Extension
                public class ExampleCollector implements Collector {
                    public String id() { return "%1$s"; }
                    public Set<InventorySection> sections() { return Set.of(InventorySection.SOFTWARE); }
                    public boolean appliesTo(Platform platform) { return true; }
                    public List<SoftwarePackage> collect(CollectorContext context) {
                        return List.of(new SoftwarePackage("%1$s", "%2$s", "example from a plugin jar"));
                    }
                }
                """);
    }

    /** A service-check source plugin: one OK check named after the plugin, its details {@code version <version>}. */
    public static Path serviceCheckSource(Path jar, String pluginId, String version, Path workDir) throws IOException {
        return build(jar, pluginId, version, "*", workDir, "ExampleChecks", """
                @Extension
                public class ExampleChecks implements ServiceCheckSource {
                    public String id() { return "%1$s"; }
                    public boolean appliesTo(Platform platform) { return true; }
                    public Optional<List<ServiceCheck>> check(CollectorContext context) {
                        return Optional.of(List.of(new ServiceCheck(ServiceCheck.OK, "%1$s", ServiceCheck.NO_METRICS,
                                "version %2$s")));
                    }
                }
                """);
    }

    /** An event source plugin for the log {@code journalctl}: one event whose provider is the plugin, its id the version. */
    public static Path eventSource(Path jar, String pluginId, String version, Path workDir) throws IOException {
        return build(jar, pluginId, version, "*", workDir, "ExampleEvents", """
                @Extension
                public class ExampleEvents implements EventSource {
                    public String id() { return "%1$s"; }
                    public boolean appliesTo(Platform platform) { return true; }
                    public boolean handles(String log) { return log.equals("journalctl"); }
                    public List<EventRecord> read(EventQuery query) {
                        return List.of(new EventRecord("journalctl", "%1$s", "%2$s", "6",
                                java.time.LocalDateTime.of(2026, 11, 24, 8, 0), java.util.Map.of("message", "hello")));
                    }
                }
                """);
    }

    /** Compiles {@code body} (a format with the plugin id as %1$s and the version as %2$s) into a plugin jar. */
    private static Path build(Path jar, String pluginId, String version, String requires, Path workDir,
                              String className, String body) throws IOException {
        String pkg = "com.example." + pluginId.replaceAll("[^A-Za-z0-9]", "");
        String source = """
                package %s;

                import java.util.List;
                import java.util.Optional;
                import java.util.Set;
                import org.ocoj.api.agent.*;
                import org.ocoj.api.inventory.*;
                import org.pf4j.Extension;

                """.formatted(pkg) + body.formatted(pluginId, version);
        Path work = Files.createTempDirectory(workDir, pluginId);
        Path src = Files.createDirectories(work.resolve("src"));
        Files.writeString(src.resolve(className + ".java"), source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), src.resolve(className + ".java").toString());
        if (status != 0 || !Files.exists(classes.resolve("META-INF/extensions.idx"))) {
            throw new IOException("test plugin " + pluginId + " did not compile with its extension index");
        }
        PluginJar.of(pluginId, version).requires(requires).manifest("Plugin-Class", "org.pf4j.Plugin")
                .classes(classes, pkg.replace('.', '/')).write(jar);
        return jar;
    }
}
