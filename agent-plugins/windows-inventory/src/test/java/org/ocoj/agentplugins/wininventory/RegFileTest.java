package org.ocoj.agentplugins.wininventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The regedit export reader the Windows fixtures rely on. */
class RegFileTest {

    @Test
    void readsRegeditValueTypesAndWrappedHexLines() throws Exception {
        RegFile registry = RegFile.parse("""
                Windows Registry Editor Version 5.00

                [HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]
                @="default"
                "Quoted"="say \\"hi\\" in C:\\\\Temp"
                "Dword"=dword:0000000a
                "Qword"=hex(b):01,00,00,00,01,00,00,00
                "Multi"=hex(7):61,00,00,00,62,00,00,00,00,00
                "Expand"=hex(2):25,00,41,00,\\
                  25,00,00,00

                [HKEY_LOCAL_MACHINE\\SOFTWARE\\Test\\Child]
                """);
        assertEquals("default", registry.text("SOFTWARE\\Test", ""));
        assertEquals("say \"hi\" in C:\\Temp", registry.text("SOFTWARE\\Test", "Quoted"));
        assertEquals(10, registry.values("SOFTWARE\\Test").get("Dword"));
        assertEquals(4294967297L, registry.values("SOFTWARE\\Test").get("Qword"));
        assertArrayEquals(new String[] {"a", "b"}, (String[]) registry.values("SOFTWARE\\Test").get("Multi"));
        assertEquals("%A%", registry.text("SOFTWARE\\Test", "Expand"));
        assertEquals(List.of("Child"), registry.subKeys("SOFTWARE\\Test"));
        assertEquals(List.of(), registry.subKeys("SOFTWARE\\Missing"));
    }
}
