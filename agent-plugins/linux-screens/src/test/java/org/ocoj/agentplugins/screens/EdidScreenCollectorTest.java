package org.ocoj.agentplugins.screens;

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
import org.ocoj.api.inventory.Screen;

/**
 * Fixtures: {@code drm/} mirrors {@code /sys/class/drm} with the EDIDs of two real monitors, a Dell P1911
 * on VGA and a Dell U2723QE on DisplayPort (published dumps), an empty HDMI connector and the card itself.
 */
class EdidScreenCollectorTest {
    private static final Path DRM = Path.of("src/test/resources/drm");
    private static final Screen P1911 = new Screen("DELL P1911", "DEL", "2010", "1440 x 900", "41 x 26", "A074",
            "1WKJV0AK0UKU", "VGA");
    private static final Screen U2723QE = new Screen("DELL U2723QE", "DEL", "2024", "3840 x 2160", "60 x 34", "4279",
            "23ZSJ04", "DP");

    @Test
    void reportsEveryConnectedMonitorFromItsEdid() throws Exception {
        assertEquals(List.of(U2723QE, P1911), collect(DRM));
    }

    @Test
    void leavesOutAMonitorWithACorruptEdidButReportsTheOthers(@TempDir Path drm) throws Exception {
        byte[] corrupt = Files.readAllBytes(DRM.resolve("card0-DP-1/edid"));
        corrupt[20] ^= 0x01;
        write(drm.resolve("card0-DP-1/edid"), corrupt);
        write(drm.resolve("card0-VGA-1/edid"), Files.readAllBytes(DRM.resolve("card0-VGA-1/edid")));

        assertEquals(List.of(P1911), collect(drm));
    }

    @Test
    void namesAMonitorWithoutNameDescriptorAfterVendorAndProduct(@TempDir Path drm) throws Exception {
        byte[] edid = Files.readAllBytes(DRM.resolve("card0-VGA-1/edid"));
        edid[93] = 0x10; // the name descriptor (tag fc at 90+3) becomes a dummy descriptor
        edid[127] = (byte) (edid[127] + 0xfc - 0x10); // keep the checksum right
        write(drm.resolve("card1-eDP-1/edid"), edid);

        assertEquals(List.of(new Screen("DEL A074", "DEL", "2010", "1440 x 900", "41 x 26", "A074", "1WKJV0AK0UKU", "eDP")),
                collect(drm));
    }

    @Test
    void reportsNoScreensWithoutGraphicsDriver(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), collect(dir.resolve("drm")));
    }

    @Test
    void refusesDataThatIsNoEdid() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Edid.parse(new byte[128]));
        assertEquals("EDID does not start with the fixed header 00 ff ff ff ff ff ff 00", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Edid.parse(new byte[12]));
    }

    private static List<Screen> collect(Path drm) throws Exception {
        CollectorContext context = CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of());
        return new EdidScreenCollector(drm).collect(context);
    }

    private static void write(Path file, byte[] bytes) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
