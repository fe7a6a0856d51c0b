-- A table owned by the test-probe plugin, created by its own Flyway migration.
CREATE TABLE probe_tick (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticked_at DATETIME NOT NULL
);
