package org.ocoj.plugins.wol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WakeCommandsTest {

    static List<MacAddress> macs(int count) {
        List<MacAddress> macs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            macs.add(new MacAddress(new byte[] {2, 0, 0, (byte) (i >> 16), (byte) (i >> 8), (byte) i}));
        }
        return macs;
    }

    @Test
    void everyMacIsItsOwnQuotedArgument() {
        assertEquals("wakeonlan '02:00:00:00:00:00' '02:00:00:00:00:01'", WakeCommands.command("wakeonlan", macs(2)));
        assertEquals("'it'\\''s'", WakeCommands.quote("it's"));
    }

    @Test
    void manyMacsAreSplitIntoCommandsUnderTheLimit() {
        List<MacAddress> macs = macs(5000);

        List<List<MacAddress>> chunks = WakeCommands.chunks("sudo /usr/bin/wakeonlan", macs, WakeCommands.MAX_COMMAND_BYTES);

        assertEquals(4, chunks.size());
        List<MacAddress> all = new ArrayList<>();
        for (List<MacAddress> chunk : chunks) {
            String command = WakeCommands.command("sudo /usr/bin/wakeonlan", chunk);
            assertTrue(command.length() <= WakeCommands.MAX_COMMAND_BYTES, command.length() + " bytes");
            all.addAll(chunk);
        }
        assertEquals(macs, all, "each MAC once, in order");
    }
}
