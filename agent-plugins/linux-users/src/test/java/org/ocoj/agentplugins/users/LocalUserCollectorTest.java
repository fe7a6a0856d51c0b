package org.ocoj.agentplugins.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.LocalUser;

/** Fixtures: {@code etc/passwd} and {@code etc/shadow} in Debian 12's format. */
class LocalUserCollectorTest {
    private static final Path ETC = Path.of("src/test/resources/etc");
    private static final LocalUser ALICE = new LocalUser("alice", "Alice Example", 1000, 1000, "/home/alice", "/bin/bash", false);
    private static final LocalUser CAROL = new LocalUser("carol", "", 1002, 100, "/home/carol", "/bin/sh", false);
    private static final LocalUser KIOSK = new LocalUser("kiosk", "Kiosk account", 1003, 1003, "/home/kiosk", "/usr/sbin/nologin", true);

    @Test
    void reportsAccountsInTheDefaultUidRangeWithTheirLockStateFromShadow() throws Exception {
        assertEquals(List.of(
                        new LocalUser("nobody", "nobody", 65534, 65534, "/nonexistent", "/usr/sbin/nologin", true),
                        ALICE,
                        new LocalUser("bob", "Bob Builder", 1001, 1001, "/home/bob", "/usr/bin/zsh", true),
                        CAROL,
                        KIOSK),
                collect(ETC, Map.of()));
    }

    @Test
    void usesThePasswdFieldWhenShadowIsNotThere(@TempDir Path etc) throws Exception {
        Files.copy(ETC.resolve("passwd"), etc.resolve("passwd"));

        List<LocalUser> users = collect(etc, Map.of("linux.local-users-min-uid", "1000", "linux.local-users-max-uid", "1003"));

        // bob's lock lives in shadow only; kiosk's '*' is in passwd itself
        assertEquals(List.of(ALICE, new LocalUser("bob", "Bob Builder", 1001, 1001, "/home/bob", "/usr/bin/zsh", false),
                CAROL, KIOSK), users);
    }

    @Test
    void honoursTheUidRangeOfTheIni() throws Exception {
        List<LocalUser> users = collect(ETC, Map.of("linux.local-users-min-uid", "100", "linux.local-users-max-uid", "101"));

        assertEquals(List.of("messagebus", "sshd"), users.stream().map(LocalUser::username).toList());
        assertEquals(true, users.get(0).disabled());
    }

    @Test
    void refusesAUidSettingThatIsNoNumber() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> collect(ETC, Map.of("linux.local-users-max-uid", "lots")));
        assertEquals("[linux] local-users-max-uid = 'lots' is not a user id (0 or more)", error.getMessage());
    }

    @Test
    void failsWhenPasswdIsMissing(@TempDir Path etc) {
        assertThrows(java.io.IOException.class, () -> collect(etc, Map.of()));
    }

    private static List<LocalUser> collect(Path etc, Map<String, String> settings) throws Exception {
        CollectorContext context = CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), settings);
        return new LocalUserCollector(etc).collect(context);
    }
}
