package org.ocoj.plugins.checkmk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/** An in-memory H2 database in MySQL mode (the server's embedded default) with this plugin's migrations applied. */
final class TestDatabase {

    private TestDatabase() {
    }

    static JdbcDataSource create() throws SQLException, IOException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1");
        StringBuilder migrations = new StringBuilder();
        for (String name : new String[] {"V1__checkmk_services.sql", "V2__service_report_view.sql"}) {
            try (InputStream in = TestDatabase.class.getResourceAsStream("/db/migration/checkmk-services/" + name)) {
                migrations.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE computer (id BIGINT AUTO_INCREMENT PRIMARY KEY, hostname VARCHAR(200) NOT NULL)");
            for (String statement : migrations.toString().replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        return dataSource;
    }
}
