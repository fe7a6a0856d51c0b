package org.ocoj.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The kit's tests on H2: the platform's migrations and the plugin's run there as on MariaDB, and so does the rest. */
class H2TestKitTest extends TestKitContract {

    H2TestKitTest() {
        super(PluginDatabase.Engine.H2);
    }

    @Test
    void runsOnH2() throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            assertEquals("H2", c.getMetaData().getDatabaseProductName());
        }
        assertEquals(1, database.db().count("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' "
                + "AND success"), "the platform's migrations");
    }
}
