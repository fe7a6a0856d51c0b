package org.ocoj.platform.agentplugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * A collector plugin jar offered to agents: its PF4J id and version (manifest {@code Plugin-Id}/
 * {@code Plugin-Version}, or {@code plugin.properties}) and the SHA-256 of its bytes.
 *
 * @param fileName the jar's name in the folder, which is also its download path segment
 */
record AgentPluginJar(String id, String version, String sha256, String fileName, long size, long modified) {

    /** What agents accept as an id (a file name on the agent); checked here so a bad jar is never offered. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** Reads one jar; throws {@link IOException} naming the file when it is no usable plugin. */
    static AgentPluginJar read(Path jar) throws IOException {
        String id;
        String version;
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest() == null ? new Attributes() : file.getManifest().getMainAttributes();
            Properties properties = new Properties();
            var entry = file.getEntry("plugin.properties");
            if (entry != null) {
                try (InputStream in = file.getInputStream(entry)) {
                    properties.load(in);
                }
            }
            id = first(manifest.getValue("Plugin-Id"), properties.getProperty("plugin.id"));
            version = first(manifest.getValue("Plugin-Version"), properties.getProperty("plugin.version"));
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new IOException(jar + ": no usable PF4J plugin id (manifest Plugin-Id or plugin.properties plugin.id,"
                    + " letters, digits, '.', '_', '-', at most 100)");
        }
        if (version == null || version.length() > 100) {
            throw new IOException(jar + ": no plugin version (manifest Plugin-Version) or one longer than 100 characters");
        }
        return new AgentPluginJar(id, version, sha256(jar), jar.getFileName().toString(), Files.size(jar),
                Files.getLastModifiedTime(jar).toMillis());
    }

    private static String first(String a, String b) {
        String value = a != null && !a.isBlank() ? a : b;
        return value == null ? null : value.trim();
    }

    private static String sha256(Path jar) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(jar), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
