package org.ocoj.platform.db.h2import;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Moves the data of an H2 database from an earlier OCO-J (the former default {@code <data dir>/oco.mv.db}) into
 * the embedded MariaDB on its first start. The MariaDB schema has been created by the normal migrations
 * (platform and plugins) just before; every table's rows are copied (Flyway's history tables excepted: each
 * database keeps its own), with foreign key checks off during the copy.
 *
 * <p>Success renames the H2 file to {@code oco.mv.db.before-mariadb}: kept as the backup, never deleted. A
 * failure drops the MariaDB schema (the next start creates it again and retries) and leaves the H2 file as it
 * was. A marker file says an import was under way, so that a crash in the middle is retried as well, while a
 * MariaDB that holds data of its own is never overwritten.
 */
public final class H2DatabaseImport {

    static final String H2_FILE = "oco.mv.db";
    static final String BACKUP_SUFFIX = ".before-mariadb";
    private static final String IN_PROGRESS = "oco-h2-import.in-progress";

    private final Path dataDir;
    private final Driver h2Driver;
    private final Properties h2Login;
    private final DataSource target;
    private final Consumer<String> progress;

    /**
     * @param h2Login user and password of the H2 database (the former default: user {@code oco}, no password)
     * @param progress receives one line per table for the operator
     */
    public H2DatabaseImport(Path dataDir, Driver h2Driver, Properties h2Login, DataSource target,
            Consumer<String> progress) {
        this.dataDir = dataDir;
        this.h2Driver = h2Driver;
        this.h2Login = h2Login;
        this.target = target;
        this.progress = progress;
    }

    /** The H2 file of an earlier version, if one waits to be imported. */
    public static boolean pending(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(H2_FILE));
    }

    /** @return whether data was imported */
    public boolean runIfPending() {
        if (!pending(dataDir)) {
            return false;
        }
        Path h2File = dataDir.resolve(H2_FILE);
        Path marker = dataDir.resolve(IN_PROGRESS);
        progress.accept("importing the H2 database " + h2File + " (from an earlier version) into the embedded "
                + "MariaDB");
        try (Connection h2 = h2Driver.connect(h2Url(), h2Login); Connection mariaDb = target.getConnection()) {
            TableCopy copy = new TableCopy(h2, mariaDb);
            if (!Files.exists(marker) && copy.targetExists("admin_user") && copy.targetRows("admin_user") > 0) {
                throw new H2ImportException(h2File + " (H2, from an earlier version) and the embedded MariaDB both "
                        + "hold data: move " + H2_FILE + " away to keep the MariaDB data, or move "
                        + dataDir.resolve("mariadb") + " away to import the H2 database again", true);
            }
            Files.writeString(marker, "an import of " + H2_FILE + " was under way\n");
            copyAll(h2, mariaDb, copy);
        } catch (SQLException | IOException | RuntimeException e) {
            if (e instanceof H2ImportException refused && refused.refusedBeforeCopying()) {
                throw refused;
            }
            dropSchema();
            deleteQuietly(marker);
            throw new H2ImportException("importing " + h2File + " into the embedded MariaDB failed: "
                    + e.getMessage() + ". The H2 file is untouched and the MariaDB schema was removed: the next "
                    + "start tries again", false);
        }
        Path backup = backupName(h2File);
        try {
            Files.move(h2File, backup);
            Files.delete(marker);
        } catch (IOException e) {
            throw new H2ImportException("the H2 database was imported, but renaming " + h2File + " to " + backup
                    + " failed (" + e.getMessage() + "): rename it by hand, then start again", true);
        }
        progress.accept("imported the H2 database; it is kept as " + backup);
        return true;
    }

    private void copyAll(Connection h2, Connection mariaDb, TableCopy copy) throws SQLException {
        try (Statement statement = mariaDb.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
        }
        try {
            for (String table : tables(h2)) {
                if (!copy.targetExists(table)) {
                    progress.accept("  " + table + ": skipped (no such table in MariaDB: its plugin is not installed)");
                    continue;
                }
                long rows = copy.copy(table, count -> progress.accept("  " + table + ": " + count + " rows …"));
                progress.accept("  " + table + ": " + rows + " rows");
            }
        } finally {
            try (Statement statement = mariaDb.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        }
    }

    private static List<String> tables(Connection h2) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = h2.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'public' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!table.startsWith("flyway_")) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** Empties the MariaDB database, so that the next start migrates a fresh schema and imports again. */
    private void dropSchema() {
        try (Connection mariaDb = target.getConnection(); Statement statement = mariaDb.createStatement()) {
            String schema = mariaDb.getCatalog();
            statement.execute("DROP DATABASE `" + schema + "`");
            statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        } catch (SQLException e) {
            progress.accept("could not remove the partly imported MariaDB schema: " + e.getMessage());
        }
    }

    /** The former default URL, opened read-only: the import never changes the H2 file. */
    private String h2Url() {
        return "jdbc:h2:file:" + dataDir.resolve("oco") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "NON_KEYWORDS=VALUE,USER;IGNORECASE=TRUE;ACCESS_MODE_DATA=r";
    }

    private static Path backupName(Path h2File) {
        Path backup = h2File.resolveSibling(h2File.getFileName() + BACKUP_SUFFIX);
        for (int n = 2; Files.exists(backup); n++) {
            backup = h2File.resolveSibling(h2File.getFileName() + BACKUP_SUFFIX + "." + n);
        }
        return backup;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // harmless: the schema is empty again, so the next start imports from the beginning
        }
    }
}
