package org.ocoj.agentplugins.logins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Login;

/**
 * {@code wtmp} in the fixtures is a real glibc wtmp file, written by {@code utmpdump -r} from
 * {@code wtmp.utmpdump.txt}: a boot, a getty, four logons and one logout.
 */
class WtmpLoginCollectorTest {
    private static final Path FIXTURE = Path.of("src/test/resources/wtmp");

    @Test
    void readsEveryRecordOfARealWtmpFile() throws Exception {
        List<WtmpRecord> records = WtmpFile.read(FIXTURE, ByteOrder.LITTLE_ENDIAN);

        assertEquals(7, records.size());
        assertEquals(new WtmpRecord(2, "~", "reboot", "6.1.0-27-amd64", Instant.parse("2026-11-19T06:58:40.102311Z")),
                records.get(0));
        assertEquals(new WtmpRecord(7, "pts/1", "alice", "2001:db8::17", Instant.parse("2026-11-21T13:45:59.999999Z")),
                records.get(5));
    }

    @Test
    void reportsUserLogonsWithTheirTerminal() throws Exception {
        assertEquals(List.of(
                        login("alice", "tty1", "2026-11-19T07:01:12Z"),
                        login("bob", "pts/0", "2026-11-20T07:12:03Z"),
                        login("alice", "pts/1", "2026-11-21T13:45:59Z"),
                        login("carol", ":0", "2026-11-22T09:00:00Z")),
                collect(FIXTURE, Optional.of(Instant.parse("2000-01-01T00:00:00Z"))));
    }

    @Test
    void reportsOnlyLogonsStrictlyAfterTheServersLastOne() throws Exception {
        // the server answered logins-since "2026-11-20 07:12:03": bob's logon at 07:12:03.5 is the one it has
        assertEquals(List.of(login("alice", "pts/1", "2026-11-21T13:45:59Z"), login("carol", ":0", "2026-11-22T09:00:00Z")),
                collect(FIXTURE, Optional.of(Instant.parse("2026-11-20T07:12:03Z"))));
    }

    @Test
    void reportsNothingWhenTheServerWantsNoLogons() throws Exception {
        assertEquals(List.of(), collect(FIXTURE, Optional.empty()));
    }

    @Test
    void reportsNothingWithoutAWtmpFile(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), collect(dir.resolve("wtmp"), Optional.of(Instant.EPOCH)));
    }

    @Test
    void ignoresARecordThatIsStillBeingWritten(@TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(FIXTURE);
        Path partial = dir.resolve("wtmp");
        Files.write(partial, Arrays.copyOf(bytes, bytes.length - 100)); // carol's record cut short

        List<Login> logins = collect(partial, Optional.of(Instant.EPOCH));

        assertEquals(3, logins.size());
        assertEquals("alice", logins.get(2).username());
    }

    @Test
    void failsWhenTheFileCannotBeRead(@TempDir Path dir) throws Exception {
        Path directory = Files.createDirectory(dir.resolve("wtmp")); // exists, but is no file
        assertThrows(java.io.IOException.class, () -> collect(directory, Optional.of(Instant.EPOCH)));
    }

    private static List<Login> collect(Path wtmp, Optional<Instant> since) throws Exception {
        CollectorContext context = CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), since, Map.of());
        return new WtmpLoginCollector(wtmp, ByteOrder.LITTLE_ENDIAN).collect(context);
    }

    private static Login login(String user, String console, String time) {
        return new Login(user, user, console, Instant.parse(time), null);
    }
}
