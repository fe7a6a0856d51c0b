package org.ocoj.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentConfigFileTest {
    @TempDir
    Path dir;

    @Test
    void readsTheUpstreamIniFormat() throws Exception {
        AgentSettings settings = AgentConfigFile.load(upstreamIni()).settings();
        assertEquals(60, settings.queryIntervalSeconds());
        assertEquals(3, settings.connectTimeoutSeconds());
        assertEquals(150, settings.readTimeoutSeconds());
        assertEquals("0123456789abcdefghijklmnopqrst", settings.agentKey());
        assertEquals("https://oco.example.com/api-agent.php", settings.apiUrl());
        assertEquals("", settings.serverKey());
        assertTrue(settings.hostnameRemoveDomain());
        assertFalse(settings.apiUrlDiscovered());
        assertEquals(Path.of("/var/lib/oco-agent/oco-agent.timestamp"), settings.timestampFile());
    }

    @Test
    void givesCollectorsAnyValue() throws Exception {
        AgentConfigFile file = AgentConfigFile.load(upstreamIni());
        assertEquals(Optional.of("1000"), file.value("linux", "local-users-min-uid"));
        assertEquals(Optional.empty(), file.value("linux", "nothing-here"));
        assertEquals(Optional.empty(), file.value("no-such-section", "key"));
    }

    @Test
    void usesDefaultsWhenSectionsAreMissing() throws Exception {
        Path ini = dir.resolve("empty.ini");
        Files.writeString(ini, "");
        AgentSettings settings = AgentConfigFile.load(ini).settings();
        assertEquals(60, settings.queryIntervalSeconds());
        assertEquals("", settings.agentKey());
        assertEquals("", settings.apiUrl());
    }

    @Test
    void namesFileAndKeyOfAMalformedValue() throws Exception {
        Path ini = dir.resolve("bad.ini");
        Files.writeString(ini, "[agent]\nquery-interval = 3.05\n");
        ConfigException e = assertThrows(ConfigException.class, () -> AgentConfigFile.load(ini));
        assertTrue(e.getMessage().contains(ini.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("[agent] query-interval"), e.getMessage());
    }

    @Test
    void namesAMissingFile() {
        Path ini = dir.resolve("missing.ini");
        ConfigException e = assertThrows(ConfigException.class, () -> AgentConfigFile.load(ini));
        assertEquals("config file " + ini + " does not exist", e.getMessage());
    }

    @Test
    void storesKeysByRewritingTheWholeFileAndKeepsOtherValues() throws Exception {
        Path ini = upstreamIni();
        AgentConfigFile file = AgentConfigFile.load(ini);
        // a key shorter than the one it replaces must not leave the old tail behind (SPEC 1.8)
        file.storeKeys(Optional.of("short"), Optional.of("serverkey123"));

        AgentConfigFile reread = AgentConfigFile.load(ini);
        assertEquals("short", reread.agentKey());
        assertEquals("serverkey123", reread.serverKey());
        assertEquals("https://oco.example.com/api-agent.php", reread.apiUrl());
        assertEquals(Optional.of("65534"), reread.value("linux", "local-users-max-uid"));
        assertFalse(Files.readString(ini).contains("0123456789abcdefghijklmnopqrst"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file is left behind");
        }
    }

    @Test
    void keepsThePermissionsOfTheFileItRewrites() throws Exception {
        Path ini = upstreamIni();
        Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Files.setPosixFilePermissions(ini, ownerOnly);
        AgentConfigFile.load(ini).storeKeys(Optional.of("new-agent-key-0123456789abcdefg"), Optional.empty());
        assertEquals(ownerOnly, Files.getPosixFilePermissions(ini));
    }

    @Test
    void keepsLearntKeysInMemoryWhenTheFileCannotBeWrittenAndSavesThemLater() throws Exception {
        Path ini = dir.resolve("oco-agent.ini");
        Files.writeString(ini, "[agent]\nagent-key = registration\n");
        AgentConfigFile file = AgentConfigFile.load(ini);
        // a non-empty directory where the file was: the atomic rename must fail (works as root, too)
        Files.delete(ini);
        Files.createDirectories(ini.resolve("blocker"));

        assertThrows(ConfigException.class, () -> file.storeKeys(Optional.of("issued-key"), Optional.empty()));
        assertEquals("issued-key", file.agentKey());

        Files.delete(ini.resolve("blocker"));
        Files.delete(ini);
        file.savePendingChanges();
        assertEquals("issued-key", AgentConfigFile.load(ini).agentKey());
    }

    @Test
    void marksADiscoveredUrl() throws Exception {
        Path ini = dir.resolve("oco-agent.ini");
        Files.writeString(ini, "[agent]\nagent-key = k\n");
        AgentConfigFile file = AgentConfigFile.load(ini);
        file.storeDiscoveredApiUrl("https://oco.corp.example:443/api-agent.php");
        AgentSettings settings = AgentConfigFile.load(ini).settings();
        assertEquals("https://oco.corp.example:443/api-agent.php", settings.apiUrl());
        assertTrue(settings.apiUrlDiscovered());
    }

    private Path upstreamIni() throws Exception {
        Path ini = dir.resolve("oco-agent.ini");
        try (InputStream in = getClass().getResourceAsStream("/config/upstream-oco-agent.ini")) {
            Files.copy(in, ini);
        }
        return ini;
    }
}
