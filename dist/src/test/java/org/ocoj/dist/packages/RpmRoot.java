package org.ocoj.dist.packages;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throw-away install root for the .rpm packages: {@code rpm --root} installs into it and runs the scriptlets
 * chrooted into it, so the root holds the programs they call (rpm-root.sh) and its own passwd and rpm database.
 * Dependencies (Java, libc) are the host's and not rpm-packaged, so {@code --nodeps}.
 */
final class RpmRoot {

    final Path root;

    private RpmRoot(Path root) {
        this.root = root;
    }

    /** A new root in {@code parent} (a test's temporary folder, deleted after the test). */
    static RpmRoot create(Path parent) throws IOException, InterruptedException, URISyntaxException {
        // the packages' system users must be able to reach their files below the root
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path root = parent.resolve("rpm-root");
        Path script = Path.of(RpmRoot.class.getResource("/packages/rpm-root.sh").toURI());
        Command.run("sh", script.toString(), root.toString()).ok();
        return new RpmRoot(root);
    }

    /** {@code rpm --root=<root> --nodeps … args}, with {@code extraEnvironment} for the scriptlets. */
    Command rpm(Map<String, String> extraEnvironment, String... args) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(Map.of("PATH", System.getenv("PATH")));
        env.putAll(extraEnvironment);
        String[] command = new String[args.length + 3];
        command[0] = "rpm";
        command[1] = "--root=" + root;
        command[2] = "--nodeps";
        System.arraycopy(args, 0, command, 3, args.length);
        return Command.run(env, command);
    }

    /** VERSION-RELEASE of the installed {@code pkg}. */
    String installed(String pkg) throws IOException, InterruptedException {
        return Command.run("rpm", "--root=" + root, "--query", "--queryformat=%{VERSION}-%{RELEASE}", pkg).ok();
    }

    /** An absolute path of the installed system, inside this root. */
    Path path(String absolute) {
        return root.resolve(absolute.substring(1));
    }

    /** The newest dist/target/rpm/NAME-…/RPMS/x86_64/NAME-*.rpm, written by the "rpm" profile (where rpmbuild is). */
    static Path built(String name) throws IOException {
        return DebRoot.newest(Path.of(System.getProperty("oco.packages", "target/packages")).resolveSibling("rpm"),
                name + "-[0-9].*\\.x86_64\\.rpm");
    }

    /** {@code rpm -qp --queryformat=format rpm}. */
    static String query(Path rpm, String format) throws IOException, InterruptedException {
        return Command.run("rpm", "--query", "--package", "--queryformat=" + format, rpm.toString()).ok();
    }

    /**
     * The release after {@code rpm}'s, for upgrade tests: its payload and scriptlets rebuilt into {@code dir}
     * with the next patch version (0.1.0-SNAPSHOT… → 0.1.1-1), from the spec the rpm profile generated next to
     * it; when {@code versionFile} is not null, that installed file (the bundle's own version, which its launcher
     * prints) says the new one. Uncompressed: no CPU spent on a file that lives for one test.
     */
    static Path nextRelease(Path rpm, String versionFile, Path dir) throws IOException, InterruptedException {
        String name = query(rpm, "%{NAME}");
        String next = DebRoot.nextPatch(query(rpm, "%{VERSION}"), rpm);
        Path generated = rpm.getParent().getParent().getParent().resolve("SPECS/" + name + ".spec");
        String spec = Files.readString(generated);
        if (!spec.contains("\nRelease: " + query(rpm, "%{RELEASE}") + "\n")) {
            throw new AssertionError(generated + " is not the spec of " + rpm);
        }
        Path work = Files.createTempDirectory(dir, "rebuild");
        try {
            Path payload = Files.createDirectory(work.resolve("payload"));
            Command.run("sh", "-c", "cd \"$1\" && rpm2cpio \"$2\" | cpio -idm --quiet", "sh",
                    payload.toString(), rpm.toString()).ok();
            if (versionFile != null) {
                Files.writeString(payload.resolve(versionFile.substring(1)), next + "\n");
            }
            // the same spec (files, attributes, scriptlets) with the next version; %install copies the payload
            String nextSpec = "%define _binary_payload w0.ufdio\n" + spec
                    .replaceFirst("(?m)^Version: .*$", "Version: " + next)
                    .replaceFirst("(?m)^Release: .*$", "Release: 1")
                    .replaceFirst("(?s)\n%install\n.*?\n%files\n", Matcher.quoteReplacement(
                            "\n%install\ncp -a '" + payload + "/.' \"$RPM_BUILD_ROOT\"\n\n%files\n"));
            Path specFile = Files.writeString(work.resolve(name + ".spec"), nextSpec);
            Path top = work.resolve("top");
            Command.run("rpmbuild", "-bb", "--quiet", "--define", "_topdir " + top,
                    "--define", "_tmppath " + Files.createDirectory(work.resolve("tmp")),
                    "--buildroot", work.resolve("buildroot").toString(), specFile.toString()).ok();
            Path built = DebRoot.newest(top.resolve("RPMS"), Pattern.quote(name + "-" + next + "-1.") + ".*\\.rpm");
            return Files.move(built, dir.resolve(built.getFileName()));
        } finally {
            DebRoot.delete(work);
        }
    }
}
