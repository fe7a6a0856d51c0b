package org.ocoj.platform.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandTemplateTest {

    @Test
    void fillsPlaceholdersWithEncodedValues() {
        Map<String, String> values = Map.of("TARGET", "pc-1", "ADDRESS", "10.0.0.5", "ID", "7", "HOSTNAME", "pc 1");
        assertEquals("ssh://pc-1", CommandTemplate.fill("ssh://$$TARGET$$", values));
        assertEquals("https://10.0.0.5:8443/c/7?h=pc%201", CommandTemplate.fill("https://$$ADDRESS$$:8443/c/$$ID$$?h=$$HOSTNAME$$", values));
    }

    @Test
    void inventoryTextCannotChangeTheLinkStructure() {
        Map<String, String> hostile = Map.of("TARGET", "evil.example/x?y=1#@host", "ADDRESS", "fe80::1");
        assertEquals("ssh://evil.example%2Fx%3Fy%3D1%23%40host", CommandTemplate.fill("ssh://$$TARGET$$", hostile));
        assertEquals("vnc://[fe80::1]", CommandTemplate.fill("vnc://$$ADDRESS$$", hostile));
    }

    @Test
    void refusesUnsafeSchemesUnknownPlaceholdersAndControlCharacters() {
        assertTrue(CommandTemplate.problem("javascript:alert(1)").orElseThrow().contains("javascript"));
        assertTrue(CommandTemplate.problem("DATA:text/html,x").isPresent());
        assertTrue(CommandTemplate.problem("no scheme $$TARGET$$").orElseThrow().contains("URL scheme"));
        assertTrue(CommandTemplate.problem("ssh://$$PASSWORD$$").orElseThrow().contains("unknown placeholder"));
        assertTrue(CommandTemplate.problem("ssh://a\nb").isPresent());
        assertTrue(CommandTemplate.problem("rdp://full%20address=s:$$TARGET$$").isEmpty());
    }
}
