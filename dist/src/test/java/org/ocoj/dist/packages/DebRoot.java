package org.ocoj.dist.packages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throw-away install root for the .deb packages: dpkg installs into it with {@code --root} and runs the
 * maintainer scripts outside a chroot with {@code DPKG_ROOT} set ({@code --force-script-chrootless}), which
 * the scripts honour. Dependencies (Java, libc) are the host's, so {@code --force-depends}. debconf, which the
 * agent's scripts use, honours {@code DPKG_ROOT} too: the root has its own /etc/debconf.conf and database (as
 * the debconf package would install them), so the build machine's debconf database is never touched.
 */
final class DebRoot {

    final Path root;

    private DebRoot(Path root) {
        this.root = root;
    }

    /** A new root in {@code parent} (a test's temporary folder, deleted after the test). */
    static DebRoot create(Path parent) throws IOException {
        // the package's system user must be able to reach its files below the root
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path root = Files.createTempDirectory(parent, "oco-pkg-root");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(root.resolve("var/lib/dpkg/info"));
        Files.createDirectories(root.resolve("var/lib/dpkg/updates"));
        Files.createFile(root.resolve("var/lib/dpkg/status"));
        Files.createDirectories(root.resolve("var/cache/debconf"));
        Files.createDirectories(root.resolve("etc"));
        // debconf's configuration as its package installs it (paths are the root's own), with the teletype
        // frontend: a question asked would show in dpkg's output and find no answer on /dev/null
        Files.writeString(root.resolve("etc/debconf.conf"), """
                Config: configdb
                Templates: templatedb
                Frontend: teletype
                Priority: high

                Name: configdb
                Driver: File
                Mode: 644
                Filename: /var/cache/debconf/config.dat

                Name: templatedb
                Driver: File
                Mode: 644
                Filename: /var/cache/debconf/templates.dat
                """);
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

    /** The environment of debconf's programs (debconf-set-selections, debconf-show) for this root's database. */
    Map<String, String> debconf() {
        return Map.of("PATH", System.getenv("PATH"), "DPKG_ROOT", root.toString());
    }

    /** The installed version of {@code pkg} and its state ("install ok installed" when configured). */
    String installed(String pkg) throws IOException, InterruptedException {
        return Command.run("dpkg-query", "--admindir=" + path("/var/lib/dpkg"), "--show",
                "--showformat=${Version} ${Status}", pkg).ok();
    }

    /** The Version field of {@code deb}. */
    static String version(Path deb) throws IOException, InterruptedException {
        return Command.run("dpkg-deb", "--field", deb.toString(), "Version").ok().strip();
    }

    /**
     * The release after {@code deb}'s: {@code deb} repacked into {@code dir} with the next patch version
     * (0.1.0~… → 0.1.1), for upgrade tests — the same files and maintainer scripts; the control file's version
     * and, when {@code versionFile} is not null, that installed file (the bundle's own version, which its launcher
     * prints) say the new one. Uncompressed: no CPU spent on a file that lives for one test.
     */
    static Path nextRelease(Path deb, String versionFile, Path dir) throws IOException, InterruptedException {
        String version = version(deb);
        String next = nextPatch(version, deb);
        Command.run("dpkg", "--compare-versions", version, "lt", next).ok();
        Path tree = Files.createTempDirectory(dir, "repack");
        try {
            Command.run("dpkg-deb", "--raw-extract", deb.toString(), tree.toString()).ok();
            Path control = tree.resolve("DEBIAN/control");
            Files.writeString(control, Files.readString(control).replace("\nVersion: " + version + "\n",
                    "\nVersion: " + next + "\n"));
            if (versionFile != null) {
                String entry = versionFile.substring(1);
                Files.writeString(tree.resolve(entry), next + "\n");
                String md5 = Command.run("md5sum", tree.resolve(entry).toString()).ok().substring(0, 32);
                Path md5sums = tree.resolve("DEBIAN/md5sums");
                Files.writeString(md5sums, Files.readString(md5sums).replaceAll(
                        "(?m)^[0-9a-f]{32}  " + Pattern.quote(entry) + "$", md5 + "  " + entry));
            }
            Path nextDeb = dir.resolve(deb.getFileName().toString().replace("_" + version + "_", "_" + next + "_"));
            Command.run("dpkg-deb", "--root-owner-group", "-Znone", "--build", tree.toString(), nextDeb.toString()).ok();
            assertVersion(nextDeb, next);
            return nextDeb;
        } finally {
            delete(tree);
        }
    }

    /** The next patch version after {@code version} of {@code pkg}: 0.1.0~… → 0.1.1. */
    static String nextPatch(String version, Path pkg) {
        Matcher release = Pattern.compile("(\\d+\\.\\d+\\.)(\\d+)").matcher(version);
        if (!release.lookingAt()) {
            throw new AssertionError("no release number in " + pkg + "'s version " + version);
        }
        return release.group(1) + (Integer.parseInt(release.group(2)) + 1);
    }

    private static void assertVersion(Path deb, String expected) throws IOException, InterruptedException {
        if (!version(deb).equals(expected)) {
            throw new AssertionError(deb + " has version " + version(deb) + ", not " + expected);
        }
    }

    /** Deletes {@code dir} and everything below it. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    /** An absolute path of the installed system, inside this root. */
    Path path(String absolute) {
        return root.resolve(absolute.substring(1));
    }

    /** {@code uid:gid} of {@code user} in the root's own /etc/passwd. */
    String ids(String user) throws IOException {
        return ids(root, user);
    }

    /** {@code uid:gid} of {@code user} in the /etc/passwd of the install root {@code root}. */
    static String ids(Path root, String user) throws IOException {
        Path passwd = root.resolve("etc/passwd");
        return Files.readAllLines(passwd).stream().map(line -> line.split(":"))
                .filter(fields -> fields[0].equals(user)).map(fields -> fields[2] + ":" + fields[3])
                .findFirst().orElseThrow(() -> new AssertionError("no user " + user + " in " + passwd));
    }

    /** {@code uid:gid} owning {@code file}. */
    static String owner(Path file) throws IOException {
        return Files.getAttribute(file, "unix:uid") + ":" + Files.getAttribute(file, "unix:gid");
    }

    /**
     * {@code systemd-analyze verify} of an installed unit. The unit names its programs by their installed path
     * (/opt/…), which exists only inside the root: a copy with those paths moved into the root is verified.
     */
    Command verifyUnit(String unit, String programDir /* with a trailing slash */) throws IOException, InterruptedException {
        Path copy = Files.createTempDirectory(root, "unit-check").resolve(unit);
        Files.writeString(copy, Files.readString(path("/usr/lib/systemd/system/" + unit))
                .replace(programDir, path(programDir) + "/"));
        return Command.run("systemd-analyze", "verify", copy.toString());
    }

    /** The exposure score of {@code systemd-analyze security --offline} (0 = locked down, 10 = exposed). */
    double exposure(String unit) throws IOException, InterruptedException {
        Command security = Command.run("systemd-analyze", "security", "--offline=yes",
                path("/usr/lib/systemd/system/" + unit).toString());
        var matcher = Pattern.compile("Overall exposure level for \\S+: ([0-9.]+)")
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
