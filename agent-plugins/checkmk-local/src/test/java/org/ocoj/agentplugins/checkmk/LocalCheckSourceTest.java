package org.ocoj.agentplugins.checkmk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.agent.ServiceCheck;

/** Real scripts in a temporary service-checks directory: good ones, and every way a script can go wrong. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LocalCheckSourceTest {
    @TempDir
    Path dir;
    private Instant now = Instant.parse("2026-11-25T12:00:00Z");
    private final LocalCheckSource source = new LocalCheckSource(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private CollectorContext context(String timeoutSeconds) {
        return CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(),
                Map.of("service-checks.directory", dir.toString(), "service-checks.timeout", timeoutSeconds));
    }

    private Path script(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private Map<String, ServiceCheck> run(String timeoutSeconds) throws Exception {
        return source.check(context(timeoutSeconds)).orElseThrow().stream()
                .collect(Collectors.toMap(ServiceCheck::name, Function.identity()));
    }

    @Test
    void reportsNothingToRunWhenTheDirectoryDoesNotExist() throws Exception {
        CollectorContext missing = CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(),
                Map.of("service-checks.directory", dir.resolve("nope").toString()));
        assertEquals(Optional.empty(), source.check(missing));
        assertEquals(Optional.of(List.of()), source.check(context("5")), "an empty directory is an empty list");
    }

    @Test
    void runsEveryExecutableAndReportsEachBrokenScriptAsUnknown() throws Exception {
        script("ok.sh", "echo '0 \"Disk root\" used=42;80;90 42% used'\necho '1 load load=3.1;3;5 high load'");
        script("fails.sh", "echo 'something broke' >&2\nexit 3");
        script("fails-with-output.sh", "echo '2 partial - reported before failing'\nexit 1");
        script("hangs.sh", "sleep 60");
        script("garbage.sh", "echo 'garbage!'\necho 'x y'\nprintf '\\001\\002\\377\\n'\necho 'not a check line'");
        script("silent.sh", "exit 0");
        script("huge.sh", "head -c 10485760 /dev/zero | tr '\\0' 'x'");
        Files.writeString(dir.resolve("not-executable.sh"), "#!/bin/sh\necho '0 never - run'\n");
        script(".hidden.sh", "echo '0 hidden - run'");

        long start = System.nanoTime();
        Map<String, ServiceCheck> services = run("2");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "the hanging script was stopped after 2 s, took " + took);
        assertEquals(new ServiceCheck("0", "Disk root", "used=42;80;90", "42% used"), services.get("Disk root"));
        assertEquals("1", services.get("load").status());
        assertEquals(ServiceCheck.unknown("local check fails.sh", "exited with status 3: something broke"),
                services.get("local check fails.sh"));
        assertEquals("2", services.get("partial").status(), "output of a script that exits non-zero still counts");
        assertEquals(ServiceCheck.unknown("local check hangs.sh", "did not finish within 2 s; stopped"),
                services.get("local check hangs.sh"));
        assertEquals(ServiceCheck.unknown("local check huge.sh", "printed more than 1024 KiB; output ignored"),
                services.get("local check huge.sh"));
        assertEquals("invalid status 'not' (expected 0, 1, 2, 3 or P): line", services.get("a").details());
        assertEquals(Map.of("Disk root", 1L, "load", 1L, "local check fails.sh", 1L, "partial", 1L,
                        "local check hangs.sh", 1L, "local check huge.sh", 1L, "a", 1L),
                services.keySet().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())),
                "lines with fewer than four words, a silent script, hidden and non-executable files add nothing");
    }

    @Test
    void killsTheChildrenOfAScriptThatOverruns() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        script("spawns.sh", "sleep 60 &\necho $! > " + pidFile + "\nwait");

        Map<String, ServiceCheck> services = run("1");

        assertEquals("3", services.get("local check spawns.sh").status());
        long child = Long.parseLong(Files.readString(pidFile).trim());
        Thread.sleep(200);
        assertFalse(running(child), "the script's child was killed");
    }

    /** Alive and not a zombie (in a container, PID 1 may never reap the orphans it inherits). */
    private static boolean running(long pid) throws IOException {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (Files.exists(stat)) {
            String text = Files.readString(stat);
            return !text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Test
    void runsScriptsOfANumberedFolderAtMostThatOftenAndReusesTheirResults() throws Exception {
        Path counter = dir.resolve("runs.txt");
        script("300/slow.sh", "echo x >> " + counter + "\necho \"0 slow - run $(wc -l < " + counter + ")\"");
        script("fast.sh", "echo '0 fast - always'");

        assertTrue(run("5").get("slow").details().endsWith("1"));
        now = now.plusSeconds(299);
        Map<String, ServiceCheck> cached = run("5");
        assertTrue(cached.get("slow").details().endsWith("1"), "cached result reused: " + cached.get("slow"));
        assertEquals(1, Files.readAllLines(counter).size());
        assertTrue(cached.containsKey("fast"));
        now = now.plusSeconds(2);
        assertTrue(run("5").get("slow").details().endsWith("2"), "ran again after 300 s");
        assertEquals(2, Files.readAllLines(counter).size());
    }

    @Test
    void fallsBackToTheDefaultTimeoutForAnInvalidSetting() {
        assertEquals(LocalCheckSource.DEFAULT_TIMEOUT, LocalCheckSource.timeout(context("soon")));
        assertEquals(Duration.ofSeconds(3), LocalCheckSource.timeout(context("3")));
        assertEquals(Path.of("/usr/lib/oco-agent/service-checks"), LocalCheckSource.directory(
                CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of())));
    }
}
