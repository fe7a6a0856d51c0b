package org.ocoj.testkit;

/** The kit on MariaDB, the default. */
class TestKitTest extends TestKitContract {

    TestKitTest() {
        super(PluginDatabase.Engine.MARIADB);
    }
}
