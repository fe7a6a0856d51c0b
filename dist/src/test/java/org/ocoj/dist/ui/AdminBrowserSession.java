package org.ocoj.dist.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.SharedServer;

/** A browser test class's one Chromium, logged in as the shared server's admin for all its tests. */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AdminBrowserSession {

    protected Browser browser;

    @BeforeAll
    void logIn() {
        browser = Browser.loggedInAsAdmin();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
