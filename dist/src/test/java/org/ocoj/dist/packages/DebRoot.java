package org.ocoj.dist.packages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throw-away install root for the .deb packages: dpkg installs into it with {@code --root} and runs the
 * maintainer scripts outside a chroot with {@code DPKG_ROOT} set ({@code --force-script-chrootless}), which
 * the scripts honour. Dependencies (Java, libc) are the host's, so {@code --force-depends}.
 */
final class DebRoot {

    final Path root;

    private DebRoot(Path root) {
        this.root = root;
    }

    static DebRoot create() throws IOException {
        Path root = Files.createTempDirectory("oco-pkg-root");
        // the package's system user must be able to reach its files below the root
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(root.resolve("var/lib/dpkg/info"));
        Files.createDirectories(root.resolve("var/lib/dpkg/updates"));
        Files.createFile(root.resolve("var/lib/dpkg/status"));
        return new DebRoot(root);
    }

    /** The newest .deb of {@code name} in dist/target/packages. */
    static Path built(String name) throws IOException {
        return newest(Path.of(System.getProperty("oco.packages", "target/packages")), name + "_[0-9].*\\.deb");
    }

    /** The newest file below {@code dir} whose name matches {@code regex} (builds without clean leave older ones). */
    static Path newest(Path dir, String regex) throws IOException {
        try (Stream<Path> files = Files.walk(dir, 5)) {
            return files.filter(f -> f.getFileName().toString().matches(regex))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no " + regex + " below " + dir));
        }
    }

    /** {@code dpkg-deb --contents} of {@code deb}, after checking that its conffiles are exactly {@code conffiles}. */
    static String contents(Path deb, String... conffiles) throws IOException, InterruptedException {
        String declared = Command.run("dpkg-deb", "--info", deb.toString(), "conffiles").ok();
        if (!declared.equals(String.join("\n", conffiles) + "\n")) {
            throw new AssertionError(deb + " has conffiles " + declared);
        }
        return Command.run("dpkg-deb", "--contents", deb.toString()).ok();
    }

    /** {@code dpkg --root=<root> … args}, with {@code extraEnvironment} for the maintainer scripts. */
    Command dpkg(Map<String, String> extraEnvironment, String... args) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(Map.of("PATH", System.getenv("PATH")));
        env.putAll(extraEnvironment);
        String[] command = Stream.concat(Stream.of("dpkg", "--root=" + root, "--force-script-chrootless",
                "--force-depends", "--log=/dev/null"), Stream.of(args)).toArray(String[]::new);
        return Command.run(env, command);
    }

    Command dpkg(String... args) throws IOException, InterruptedException {
        return dpkg(Map.of(), args);
    }

    /** An absolute path of the installed system, inside this root. */
    Path path(String absolute) {
        return root.resolve(absolute.substring(1));
    }

    /** {@code uid:gid} of {@code user} in the root's own /etc/passwd. */
    String ids(String user) throws IOException {
        return Files.readAllLines(path("/etc/passwd")).stream().map(line -> line.split(":"))
                .filter(fields -> fields[0].equals(user)).map(fields -> fields[2] + ":" + fields[3])
                .findFirst().orElseThrow(() -> new AssertionError("no user " + user + " in " + path("/etc/passwd")));
    }

    /**
     * {@code systemd-analyze verify} of an installed unit. The unit names its programs by their installed path
     * (/opt/…), which exists only inside the root: a copy with those paths moved into the root is verified.
     */
    Command verifyUnit(String unit, String programDir /* with a trailing slash */) throws IOException, InterruptedException {
        Path copy = Files.createTempDirectory("oco-unit").resolve(unit);
        Files.writeString(copy, Files.readString(path("/usr/lib/systemd/system/" + unit))
                .replace(programDir, path(programDir) + "/"));
        return Command.run("systemd-analyze", "verify", copy.toString());
    }

    /** The exposure score of {@code systemd-analyze security --offline} (0 = locked down, 10 = exposed). */
    double exposure(String unit) throws IOException, InterruptedException {
        Command security = Command.run("systemd-analyze", "security", "--offline=yes",
                path("/usr/lib/systemd/system/" + unit).toString());
        var matcher = java.util.regex.Pattern.compile("Overall exposure level for \\S+: ([0-9.]+)")
                .matcher(security.output());
        if (!matcher.find()) {
            throw new AssertionError(security.output());
        }
        return Double.parseDouble(matcher.group(1));
    }

    static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
