package org.ocoj.tools.loadgen.net;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LoopbackGuardTest {

    @Test
    void acceptsLoopbackTargets() {
        assertDoesNotThrow(() -> LoopbackGuard.check(URI.create("http://127.0.0.1:8080/"), false));
        assertDoesNotThrow(() -> LoopbackGuard.check(URI.create("http://localhost:8080/"), false));
        assertDoesNotThrow(() -> LoopbackGuard.check(URI.create("http://[::1]:8080/"), false));
        assertDoesNotThrow(() -> LoopbackGuard.checkJdbc("jdbc:mariadb://127.0.0.1:3306/oco", false));
    }

    @Test
    void refusesOtherHostsWithAHintUnlessAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoopbackGuard.check(URI.create("http://192.0.2.10:8080/"), false));
        assertTrue(e.getMessage().contains("192.0.2.10") && e.getMessage().contains("--allow-remote"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LoopbackGuard.checkJdbc("jdbc:mysql://192.0.2.10:3306/oco", false));
        assertDoesNotThrow(() -> LoopbackGuard.check(URI.create("http://192.0.2.10:8080/"), true));
    }

    @Test
    void refusesTargetsWithoutHost() {
        assertThrows(IllegalArgumentException.class, () -> LoopbackGuard.check(URI.create("file:/tmp/x"), true));
        assertThrows(IllegalArgumentException.class, () -> LoopbackGuard.checkJdbc("mysql://x", false));
    }
}
