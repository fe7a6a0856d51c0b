package org.ocoj.agentplugins.screens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Screen;
import org.pf4j.Extension;

/**
 * Attached monitors (SPEC 3.2 {@code screens}) from the EDID the kernel exposes for every DRM connector,
 * {@code /sys/class/drm/card*-<connector>/edid} (empty when nothing is plugged in). The connector type
 * ({@code HDMI-A}, {@code DP}, {@code eDP}, {@code VGA}) is reported as {@code technology}, which is what
 * upstream's Windows agent reports there too (the video output technology).
 *
 * <p>A monitor with a corrupt EDID is left out with a warning rather than failing the section: the other
 * screens are still known, and one broken adapter would otherwise hide all of them on every update.
 */
@Extension
public final class EdidScreenCollector implements Collector {
    private static final Logger LOG = Logger.getLogger(EdidScreenCollector.class.getName());
    /** {@code card0-HDMI-A-1} → connector type {@code HDMI-A}. */
    private static final Pattern CONNECTOR = Pattern.compile("card\\d+-(.+)-\\d+");

    private final Path drm;

    public EdidScreenCollector() {
        this(Path.of("/sys/class/drm"));
    }

    EdidScreenCollector(Path drm) {
        this.drm = drm;
    }

    @Override
    public String id() {
        return "linux-edid-screens";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.SCREENS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public List<Screen> collect(CollectorContext context) throws IOException {
        List<Screen> screens = new ArrayList<>();
        if (!Files.isDirectory(drm)) {
            return screens; // no graphics driver (servers, containers): no screens
        }
        try (Stream<Path> entries = Files.list(drm)) {
            for (Path connector : entries.sorted().toList()) {
                Matcher name = CONNECTOR.matcher(connector.getFileName().toString());
                Path edidFile = connector.resolve("edid");
                if (!name.matches() || !Files.isRegularFile(edidFile)) {
                    continue;
                }
                byte[] edid = Files.readAllBytes(edidFile);
                if (edid.length == 0) {
                    continue; // nothing connected
                }
                try {
                    screens.add(screen(Edid.parse(edid), name.group(1)));
                } catch (IllegalArgumentException e) {
                    LOG.warning("screen on " + connector.getFileName() + " left out: " + e.getMessage());
                }
            }
        }
        return screens;
    }

    static Screen screen(Edid edid, String technology) {
        String resolution = edid.width() > 0 ? edid.width() + " x " + edid.height() : "-";
        String size = edid.widthCm() > 0 && edid.heightCm() > 0 ? edid.widthCm() + " x " + edid.heightCm() : "-";
        // the server skips screens without a name (SPEC 3.2): fall back to vendor and product code
        String name = edid.name().orElse(edid.manufacturer() + " " + edid.productCode());
        return new Screen(name, edid.manufacturer(), Integer.toString(edid.year()), resolution, size,
                edid.productCode(), edid.serial(), technology);
    }
}
