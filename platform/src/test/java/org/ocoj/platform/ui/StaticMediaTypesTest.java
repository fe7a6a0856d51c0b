package org.ocoj.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaticMediaTypesTest {

    @Test
    void plainRelativePathsAreSafe() {
        assertTrue(StaticMediaTypes.isSafe("pages/computers.js"));
        assertTrue(StaticMediaTypes.isSafe("app.css"));
    }

    @Test
    void traversalHiddenAbsoluteAndOddPathsAreRefused() {
        for (String path : new String[] {"../index.html", "a/../../b.js", "/etc/passwd", ".hidden.js", "a//b.js",
                "a\\b.js", "a/%2e%2e/b.js", "", "a/b.js/", "x".repeat(301)}) {
            assertFalse(StaticMediaTypes.isSafe(path), path);
        }
    }

    @Test
    void onlyKnownFileKindsHaveAType() {
        assertEquals(Optional.of("text/javascript; charset=utf-8"), StaticMediaTypes.of("page.JS"));
        assertEquals(Optional.empty(), StaticMediaTypes.of("Plugin.class"));
        assertEquals(Optional.empty(), StaticMediaTypes.of("README"));
    }
}
