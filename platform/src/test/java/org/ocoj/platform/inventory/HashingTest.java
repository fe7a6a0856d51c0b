package org.ocoj.platform.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Stored fingerprints must never change: the reference values come from Python's hashlib. */
class HashingTest {

    @Test
    void sha256OfValuesEachFollowedByTheUnitSeparator() {
        String expected = "061077f9427e2ea3a56bde4d76f7d2bc70c4fe55607c9e1a7a7915c04f666cce";
        assertEquals(expected, Hashing.sha256("bash", "5.2.15", "GNU Bourne Again SHell"));
        Hashing.sha256("something else in between");
        assertEquals(expected, Hashing.sha256("bash", "5.2.15", "GNU Bourne Again SHell"),
                "the per-thread digest starts afresh for every hash");
    }

    @Test
    void sha1AndEmptyValues() {
        assertEquals("40be28b9c1d3c648e65b92449bc53797d9bdd279", Hashing.sha1("a", ""));
    }
}
