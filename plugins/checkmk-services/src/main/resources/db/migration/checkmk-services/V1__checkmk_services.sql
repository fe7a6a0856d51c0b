-- CheckMK service checks (SPEC §6). Runs unchanged on MariaDB >= 10.11, MySQL >= 8 and H2 (MySQL mode).
-- Times are UTC. See docs/checkmk-services.md for what each column means to the hot path and the jobs.

-- One row per computer that ever reported services: the hash of its last services list, so that a hello
-- with unchanged services costs one UPDATE of this row and nothing else.
CREATE TABLE checkmk_computer (
    computer_id    BIGINT NOT NULL PRIMARY KEY,
    services_hash  CHAR(64) NULL,
    last_report_at DATETIME NOT NULL,
    live           BOOLEAN NOT NULL,
    CONSTRAINT fk_checkmk_computer FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_checkmk_computer_live ON checkmk_computer (live, last_report_at);

-- The latest state of each (computer, service). name_hash = SHA-256 of the exact name: service names are
-- case- and blank-sensitive, which the database's collation is not.
CREATE TABLE checkmk_service (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id     BIGINT NOT NULL,
    name            VARCHAR(200) NOT NULL,
    name_hash       CHAR(64) NOT NULL,
    status          INT NOT NULL,
    reported_status VARCHAR(20) NOT NULL,
    metrics         TEXT NOT NULL,
    details         TEXT NOT NULL,
    note            VARCHAR(500) NOT NULL,
    first_seen      DATETIME NOT NULL,
    changed_at      DATETIME NOT NULL,
    last_seen       DATETIME NOT NULL,
    reported        BOOLEAN NOT NULL,
    stale           BOOLEAN NOT NULL,
    stale_since     DATETIME NULL,
    CONSTRAINT fk_checkmk_service_computer FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ux_checkmk_service_name ON checkmk_service (computer_id, name_hash);
CREATE INDEX ix_checkmk_service_unreported ON checkmk_service (stale, reported, last_seen);
CREATE INDEX ix_checkmk_service_status ON checkmk_service (status, stale);

-- One row per change of status, metrics or details (the first report included), never per identical report.
CREATE TABLE checkmk_service_history (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    service_id      BIGINT NOT NULL,
    recorded_at     DATETIME NOT NULL,
    status          INT NOT NULL,
    reported_status VARCHAR(20) NOT NULL,
    metrics         TEXT NOT NULL,
    details         TEXT NOT NULL,
    note            VARCHAR(500) NOT NULL,
    CONSTRAINT fk_checkmk_service_history FOREIGN KEY (service_id) REFERENCES checkmk_service (id) ON DELETE CASCADE
);
CREATE INDEX ix_checkmk_service_history ON checkmk_service_history (service_id, id);
CREATE INDEX ix_checkmk_service_history_at ON checkmk_service_history (recorded_at);
