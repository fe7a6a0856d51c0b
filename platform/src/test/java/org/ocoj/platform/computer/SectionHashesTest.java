package org.ocoj.platform.computer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SectionHashesTest {

    @Test
    void findsOnlyWholePairs() {
        SectionHashes hashes = SectionHashes.parse("networks=aa11,software=bb22,xnetworks=cc33");
        assertTrue(hashes.same("networks", "aa11"));
        assertTrue(hashes.same("software", "bb22"));
        assertTrue(hashes.same("xnetworks", "cc33"));
        assertFalse(hashes.same("networks", "cc33"), "a suffix of another section's name is not that section");
        assertFalse(hashes.same("networks", "aa1"), "a prefix of the hash is not the hash");
        assertFalse(hashes.same("software", "bb2"));
        assertFalse(hashes.same("printers", "aa11"));
    }

    @Test
    void emptyAndMissingTextHoldNothing() {
        assertFalse(SectionHashes.parse(null).same("networks", ""));
        assertEquals("", SectionHashes.parse(null).format());
        assertEquals("", SectionHashes.parse("").format());
    }

    @Test
    void withReplacesOrAddsAndKeepsSectionsSorted() {
        SectionHashes hashes = SectionHashes.parse("software=bb22").with("networks", "aa11").with("software", "dd44");
        assertEquals("networks=aa11,software=dd44", hashes.format());
        assertTrue(hashes.same("software", "dd44"));
        assertFalse(hashes.same("software", "bb22"));
    }
}
