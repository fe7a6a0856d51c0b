package org.ocoj.agentplugins.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Screen;

/** The EDIDs OSHI hands over on Windows/macOS are the published dumps of {@link EdidScreenCollectorTest}. */
class OshiScreenCollectorTest {
    private static final Path DRM = Path.of("src/test/resources/drm");
    private static final CollectorContext WINDOWS = CollectorContext.of(new Platform(OsFamily.WINDOWS, "amd64"),
            Optional.empty(), Map.of());

    @Test
    void reportsEachDisplayFromItsEdidWithTheVideoInputAsTechnology() throws Exception {
        byte[] vga = Files.readAllBytes(DRM.resolve("card0-VGA-1/edid"));
        byte[] dp = Files.readAllBytes(DRM.resolve("card0-DP-1/edid"));
        List<Screen> screens = new OshiScreenCollector(() -> List.of(vga, dp)).collect(WINDOWS);
        assertEquals(List.of(
                new Screen("DELL P1911", "DEL", "2010", "1440 x 900", "41 x 26", "A074", "1WKJV0AK0UKU", "digital"),
                new Screen("DELL U2723QE", "DEL", "2024", "3840 x 2160", "60 x 34", "4279", "23ZSJ04", "digital")),
                screens);
    }

    @Test
    void anAnalogInputIsReportedAsAnalog() throws Exception {
        byte[] analog = Files.readAllBytes(DRM.resolve("card0-VGA-1/edid"));
        analog[20] &= 0x7f;
        int sum = 0;
        for (int i = 0; i < 127; i++) {
            sum += analog[i] & 0xff;
        }
        analog[127] = (byte) (256 - sum % 256); // keep the checksum valid
        assertEquals("analog", new OshiScreenCollector(() -> List.of(analog)).collect(WINDOWS).get(0).technology());
    }

    @Test
    void leavesOutACorruptEdid() throws Exception {
        byte[] dp = Files.readAllBytes(DRM.resolve("card0-DP-1/edid"));
        byte[] corrupt = dp.clone();
        corrupt[30] ^= 0x01;
        List<Screen> screens = new OshiScreenCollector(() -> List.of(corrupt, dp)).collect(WINDOWS);
        assertEquals(List.of("DELL U2723QE"), screens.stream().map(Screen::name).toList());
    }

    @Test
    void readsTheDisplaysThroughOshiOnThisMachine() {
        // Linux here: OSHI's display list (xrandr/sysfs) runs for real; a headless build machine has none
        assertNotNull(new OshiScreenCollector().collect(WINDOWS));
    }
}
