package org.ocoj.agentplugins.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Screen;
import org.pf4j.Extension;
import oshi.SystemInfo;
import oshi.hardware.Display;

/**
 * Attached monitors on Windows and macOS: OSHI hands over each display's EDID (Windows: the registry copy
 * under {@code Enum\DISPLAY\…\Device Parameters}, which upstream reads too; macOS: IOKit), parsed like on
 * Linux. {@code technology} is the EDID's video input type, {@code digital} or {@code analog}, which is what
 * upstream's pyedid reports there. A corrupt EDID leaves that one screen out with a warning.
 */
@Extension
public final class OshiScreenCollector implements Collector {
    private static final Logger LOG = Logger.getLogger(OshiScreenCollector.class.getName());
    private static final int VIDEO_INPUT = 20;

    private final Supplier<List<byte[]>> edids;

    public OshiScreenCollector() {
        this(() -> new SystemInfo().getHardware().getDisplays().stream().map(Display::getEdid).toList());
    }

    /** @param edids the raw EDID of every attached display */
    public OshiScreenCollector(Supplier<List<byte[]>> edids) {
        this.edids = edids;
    }

    @Override
    public String id() {
        return "oshi-edid-screens";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.SCREENS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.WINDOWS || platform.family() == OsFamily.MACOS;
    }

    @Override
    public List<Screen> collect(CollectorContext context) {
        List<Screen> screens = new ArrayList<>();
        for (byte[] edid : edids.get()) {
            try {
                Edid parsed = Edid.parse(edid);
                screens.add(EdidScreenCollector.screen(parsed, (edid[VIDEO_INPUT] & 0x80) != 0 ? "digital" : "analog"));
            } catch (IllegalArgumentException e) {
                LOG.warning("screen left out: " + e.getMessage());
            }
        }
        return screens;
    }
}
