package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ocoj.tools.loadgen.crash.CrashReport;
import org.ocoj.tools.loadgen.crash.CrashScenario;
import org.ocoj.tools.loadgen.crash.KillTarget;

/**
 * The embedded default database keeps what the server acknowledged through crashes of the whole service
 * ({@code kill -9} of launcher, JVM and mariadbd at once, under mixed load), and opens every time. The long
 * version is {@code loadgen crash --kills 50} (docs/performance.md).
 */
class CrashIT {

    @Test
    void theEmbeddedDatabaseLosesNothingAcknowledgedInThreeCrashes() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Path work = Files.createTempDirectory("oco-it-crash");
        CrashScenario scenario = new CrashScenario(ServerProcess.home().toAbsolutePath(), CrashScenario.Database.EMBEDDED,
                null, 3, 30, 10, 8, Duration.ofSeconds(1), Duration.ofSeconds(3), KillTarget.GROUP, 7, work,
                new PrintStream(output, true, StandardCharsets.UTF_8));

        CrashReport report = scenario.run();

        String log = output.toString(StandardCharsets.UTF_8);
        assertEquals(3, report.kills(), log);
        assertTrue(report.ok(), log);
        assertTrue(report.acknowledged() > 0, log);
        assertEquals(0, report.lost(), log);
    }
}
