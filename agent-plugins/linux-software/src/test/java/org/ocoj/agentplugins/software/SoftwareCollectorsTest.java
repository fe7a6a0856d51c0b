package org.ocoj.agentplugins.software;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.SoftwarePackage;

class SoftwareCollectorsTest {
    private static final CollectorContext CONTEXT =
            CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of());

    @Test
    void readsInstalledPackagesFromARealDpkgStatusExcerpt() throws Exception {
        List<SoftwarePackage> packages = new DpkgCollector(fixture("/dpkg-status")).collect(CONTEXT);

        assertEquals(5, packages.size(), "the config-files-only entry is not installed");
        SoftwarePackage bash = packages.stream().filter(p -> p.name().equals("bash")).findFirst().orElseThrow();
        assertEquals("GNU Bourne Again SHell", bash.description());
        assertTrue(bash.version().matches("\\d.*"), bash.version());
        assertTrue(packages.stream().noneMatch(p -> p.name().equals("old-removed-tool")));
    }

    @Test
    void countsLikeThePackageManagerOnThisMachine() throws Exception {
        Path status = Path.of("/var/lib/dpkg/status");
        if (!Files.exists(status)) {
            return; // not a dpkg system; the fixture test covers the parser
        }
        long installed = Files.readString(status).lines().filter(line -> line.matches("Status: .* installed")).count();
        assertEquals(installed, new DpkgCollector().collect(CONTEXT).size());
    }

    @Test
    void parsesRpmQueryOutputWithEpochs() throws Exception {
        List<SoftwarePackage> packages = RpmQuery.parse(Files.readString(fixture("/rpm-qa.txt"), StandardCharsets.UTF_8));

        assertEquals(List.of(
                new SoftwarePackage("bash", "5.1.8-9.el9", "The GNU Bourne Again shell"),
                new SoftwarePackage("perl-Time-Local", "2:1.300-7.el9", "Efficiently compute time from local and GMT time"),
                new SoftwarePackage("gpg-pubkey", "8483c65d-5ccc5b19", "gpg(CentOS Official Signing Key <security@centos.org>)")),
                packages);
    }

    @Test
    void reportsNothingWithoutADpkgDatabase() throws Exception {
        assertEquals(List.of(), new DpkgCollector(Path.of("/nonexistent/dpkg/status")).collect(CONTEXT));
    }

    private Path fixture(String name) throws Exception {
        return Path.of(getClass().getResource(name).toURI());
    }
}
