package org.ocoj.platform.registration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HostnameSyntaxTest {

    @Test
    void rfc1123NamesAndTheDocumentedExceptionsAreAccepted() {
        for (String name : new String[] {"vm", "pc1", "1st-floor", "DESKTOP-AB12CD", "web01.example.org",
                "build_agent_7", "PC-MÜLLER", "x".repeat(63), "a-b.c-d"}) {
            assertTrue(HostnameSyntax.valid(name), name);
        }
    }

    @Test
    void markupQuotesSpacesAndMalformedLabelsAreRefused() {
        for (String name : new String[] {"<script>alert(1)</script>", "pc\"1", "pc'1", "my pc", "pc\t1", "-pc",
                "pc-", "a..b", ".pc", "pc.", "x".repeat(64), "pc/1", "pc\\1", "pc;1", "pc\u00001", "pc&amp;"}) {
            assertFalse(HostnameSyntax.valid(name), name);
        }
    }
}
