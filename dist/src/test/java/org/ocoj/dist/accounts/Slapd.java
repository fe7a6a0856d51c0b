package org.ocoj.dist.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real OpenLDAP server (Debian's {@code slapd}) for one test class: its own config and database in a temp folder,
 * loaded with {@code slapadd} from an LDIF, listening on a free loopback port; stopped and deleted at close.
 */
final class Slapd implements AutoCloseable {

    static final String SLAPD = "/usr/sbin/slapd";
    static final String SUFFIX = "dc=example,dc=org";

    private final Path dir;
    private final Process process;
    final int port;

    private Slapd(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of(SLAPD));
    }

    static Slapd start(String ldif) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("oco-slapd");
        Files.createDirectories(dir.resolve("db"));
        Path config = dir.resolve("slapd.conf");
        Files.writeString(config, String.join("\n",
                "include /etc/ldap/schema/core.schema",
                "include /etc/ldap/schema/cosine.schema",
                "include /etc/ldap/schema/inetorgperson.schema",
                "pidfile " + dir.resolve("slapd.pid"),
                "modulepath /usr/lib/ldap",
                "moduleload back_mdb",
                "database mdb",
                "suffix \"" + SUFFIX + "\"",
                "rootdn \"cn=admin," + SUFFIX + "\"",
                "directory " + dir.resolve("db"), ""));
        Path data = dir.resolve("data.ldif");
        Files.writeString(data, ldif);
        Process load = new ProcessBuilder("/usr/sbin/slapadd", "-f", config.toString(), "-l", data.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("slapadd.log").toFile()).start();
        if (load.waitFor() != 0) {
            throw new IllegalStateException("slapadd failed: " + Files.readString(dir.resolve("slapadd.log")));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // -d keeps slapd in the foreground, so the test owns the process
        Process slapd = new ProcessBuilder(SLAPD, "-f", config.toString(), "-h", "ldap://127.0.0.1:" + port + "/",
                "-d", "0").redirectErrorStream(true).redirectOutput(dir.resolve("slapd.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return new Slapd(dir, slapd, port);
            } catch (IOException notYet) {
                if (!slapd.isAlive() || Instant.now().isAfter(deadline)) {
                    slapd.destroyForcibly();
                    throw new IllegalStateException("slapd did not start: " + Files.readString(dir.resolve("slapd.log")));
                }
                Thread.sleep(100);
            }
        }
    }

    String url() {
        return "ldap://127.0.0.1:" + port;
    }

    /** LDIF of a person with a plain-text password (slapd checks simple binds against it). */
    static String person(String uid, String password) {
        return String.join("\n", "dn: uid=" + uid + ",ou=people," + SUFFIX, "objectClass: inetOrgPerson",
                "uid: " + uid, "cn: " + uid, "sn: " + uid, "userPassword: " + password, "", "");
    }

    static String group(String cn, List<String> memberUids) {
        StringBuilder ldif = new StringBuilder("dn: cn=" + cn + ",ou=groups," + SUFFIX + "\nobjectClass: groupOfNames\n"
                + "cn: " + cn + "\n");
        memberUids.forEach(uid -> ldif.append("member: uid=").append(uid).append(",ou=people,").append(SUFFIX)
                .append('\n'));
        return ldif.append('\n').toString();
    }

    static String base() {
        return String.join("\n", "dn: " + SUFFIX, "objectClass: dcObject", "objectClass: organization", "dc: example",
                "o: Example", "", "dn: ou=people," + SUFFIX, "objectClass: organizationalUnit", "ou: people", "",
                "dn: ou=groups," + SUFFIX, "objectClass: organizationalUnit", "ou: groups", "", "");
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (UncheckedIOException e) {
            // a leftover temp folder is harmless
        }
    }
}
