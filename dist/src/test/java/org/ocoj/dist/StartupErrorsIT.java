package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Start-up problems end the process with a readable line and a non-zero exit code, not a stack-trace wall. */
class StartupErrorsIT {

    @Test
    void unreachableDatabaseStopsTheServerWithOneLine() throws Exception {
        ServerProcess server = ServerProcess.start(Map.of("OCO_DB_URL", "jdbc:mysql://127.0.0.1:1/nowhere",
                "OCO_DB_USER", "root"));
        int exit = server.awaitExit(Duration.ofSeconds(120));

        assertNotEquals(0, exit, server.output());
        String output = server.output();
        assertTrue(output.contains("OCO-J: cannot start:"), output);
        assertTrue(output.contains("jdbc:mysql://127.0.0.1:1/nowhere"), "names the database: " + output);
    }

    @Test
    void unsupportedDatabaseUrlIsNamed() throws Exception {
        ServerProcess server = ServerProcess.start(Map.of("OCO_DB_URL",
                "jdbc:oracle:thin:@x:1521/y?user=oco&password=oracle-secret"));
        int exit = server.awaitExit(Duration.ofSeconds(30)); // told before the container boots

        assertNotEquals(0, exit, server.output());
        assertTrue(server.output().contains("OCO-J: cannot start: No JDBC driver for the database URL "
                + "jdbc:oracle:thin:@x:1521/y?user=oco&password=***"), server.output());
        assertFalse(server.output().contains("oracle-secret"), "the password stays out: " + server.output());
    }

    @Test
    void missingEmbeddedDatabaseIsNamed() throws Exception {
        ServerProcess server = ServerProcess.start(Map.of("OCO_EMBEDDED_DB_HOME", "/nonexistent/mariadb"));
        int exit = server.awaitExit(Duration.ofSeconds(30)); // told before the container boots

        assertNotEquals(0, exit, server.output());
        assertTrue(server.output().contains("OCO-J: cannot start: the embedded MariaDB is not installed in "
                + "/nonexistent/mariadb (no bin/mariadbd)"), server.output());
        assertTrue(server.output().lines().noneMatch(line -> line.startsWith("\tat ")), "no stack trace: " + server.output());
    }

    @Test
    void portInUseIsReportedBeforeStarting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            ServerProcess server = ServerProcess.start(Map.of("OCO_HTTP_PORT", String.valueOf(taken.getLocalPort())));
            int exit = server.awaitExit(Duration.ofSeconds(30));

            assertNotEquals(0, exit, server.output());
            assertTrue(server.output().contains("port " + taken.getLocalPort() + " is already in use"), server.output());
            assertTrue(server.output().lines().count() <= 2, "one readable line: " + server.output());
        }
    }
}
