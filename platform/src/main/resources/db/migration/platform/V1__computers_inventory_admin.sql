-- OCO-J platform schema. Runs unchanged on MariaDB >= 10.11, MySQL >= 8 and H2 (MySQL mode).
-- Times are UTC. Hostnames compare case-insensitively (MySQL collation; H2 with IGNORECASE=TRUE).

CREATE TABLE computer (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    hostname            VARCHAR(200) NOT NULL,
    uid                 VARCHAR(200) NULL,
    notes               VARCHAR(2000) NOT NULL DEFAULT '',
    agent_key           VARCHAR(255) NULL,
    pending_agent_key   VARCHAR(255) NULL,
    server_key          VARCHAR(255) NULL,
    agent_version       VARCHAR(64)  NOT NULL DEFAULT '',
    os                  VARCHAR(200) NOT NULL DEFAULT '',
    os_version          VARCHAR(200) NOT NULL DEFAULT '',
    os_license          VARCHAR(200) NOT NULL DEFAULT '',
    os_language         VARCHAR(200) NOT NULL DEFAULT '',
    kernel_version      VARCHAR(200) NOT NULL DEFAULT '',
    architecture        VARCHAR(200) NOT NULL DEFAULT '',
    cpu                 VARCHAR(1000) NOT NULL DEFAULT '',
    gpu                 VARCHAR(1000) NOT NULL DEFAULT '',
    ram                 BIGINT NULL,
    serial              VARCHAR(200) NOT NULL DEFAULT '',
    manufacturer        VARCHAR(200) NOT NULL DEFAULT '',
    model               VARCHAR(200) NOT NULL DEFAULT '',
    bios_version        VARCHAR(200) NOT NULL DEFAULT '',
    boot_type           VARCHAR(50)  NOT NULL DEFAULT '',
    secure_boot         VARCHAR(50)  NOT NULL DEFAULT '',
    domain              VARCHAR(255) NOT NULL DEFAULT '',
    uptime              BIGINT NOT NULL DEFAULT 0,
    battery_level       DOUBLE NULL,
    battery_status      INT NULL,
    remote_address      VARCHAR(64)  NOT NULL DEFAULT '',
    last_ping           DATETIME NULL,
    last_update         DATETIME NULL,
    last_login          DATETIME NULL,
    force_update        BOOLEAN NOT NULL DEFAULT FALSE,
    agent_timestamp     DECIMAL(20,6) NOT NULL DEFAULT 0,
    server_timestamp_us BIGINT NOT NULL DEFAULT 0,
    section_hashes      VARCHAR(1000) NOT NULL DEFAULT '',
    created             DATETIME NOT NULL,
    created_by          VARCHAR(100) NULL
);
CREATE UNIQUE INDEX ux_computer_hostname ON computer (hostname);

CREATE TABLE computer_network (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id    BIGINT NOT NULL,
    row_hash       CHAR(40) NOT NULL,
    nic_number     INT NOT NULL,
    address        VARCHAR(100) NOT NULL,
    netmask        VARCHAR(100) NOT NULL,
    broadcast      VARCHAR(100) NOT NULL,
    mac            VARCHAR(50)  NOT NULL,
    interface_name VARCHAR(100) NOT NULL,
    CONSTRAINT fk_computer_network FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_computer_network ON computer_network (computer_id);

CREATE TABLE computer_screen (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id  BIGINT NOT NULL,
    row_hash     CHAR(40) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    manufacturer VARCHAR(200) NOT NULL,
    manufactured VARCHAR(50)  NOT NULL,
    resolution   VARCHAR(50)  NOT NULL,
    size         VARCHAR(50)  NOT NULL,
    type         VARCHAR(200) NOT NULL,
    serialno     VARCHAR(200) NOT NULL,
    technology   VARCHAR(100) NOT NULL,
    CONSTRAINT fk_computer_screen FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_computer_screen ON computer_screen (computer_id);

CREATE TABLE computer_printer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id BIGINT NOT NULL,
    row_hash    CHAR(40) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    driver      VARCHAR(200) NOT NULL,
    paper       VARCHAR(100) NOT NULL,
    dpi         VARCHAR(50)  NOT NULL,
    uri         VARCHAR(500) NOT NULL,
    status      VARCHAR(100) NOT NULL,
    CONSTRAINT fk_computer_printer FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_computer_printer ON computer_printer (computer_id);

CREATE TABLE computer_partition (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id BIGINT NOT NULL,
    row_hash    CHAR(40) NOT NULL,
    device      VARCHAR(200) NOT NULL,
    mountpoint  VARCHAR(500) NOT NULL,
    filesystem  VARCHAR(100) NOT NULL,
    size        BIGINT NOT NULL,
    free        BIGINT NOT NULL,
    name        VARCHAR(200) NOT NULL,
    uuid        VARCHAR(200) NOT NULL,
    encrypted   BOOLEAN NOT NULL,
    CONSTRAINT fk_computer_partition FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_computer_partition ON computer_partition (computer_id);

CREATE TABLE computer_user (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id  BIGINT NOT NULL,
    row_hash     CHAR(40) NOT NULL,
    username     VARCHAR(200) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    uid          VARCHAR(200) NOT NULL,
    gid          VARCHAR(200) NOT NULL,
    home         VARCHAR(500) NOT NULL,
    shell        VARCHAR(200) NOT NULL,
    disabled     BOOLEAN NOT NULL,
    CONSTRAINT fk_computer_user FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_computer_user ON computer_user (computer_id);

CREATE TABLE computer_device (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id BIGINT NOT NULL,
    row_hash    CHAR(40) NOT NULL,
    subsystem   VARCHAR(50)  NOT NULL,
    vendor      INT NOT NULL,
    product     INT NOT NULL,
    serial      VARCHAR(200) NULL,
    name        VARCHAR(500) NULL,
    CONSTRAINT fk_computer_device FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_computer_device ON computer_device (computer_id);

CREATE TABLE computer_login (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id  BIGINT NOT NULL,
    username     VARCHAR(200) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    guid         VARCHAR(100) NULL,
    console      VARCHAR(100) NOT NULL,
    logon_time   DATETIME NOT NULL,
    CONSTRAINT fk_computer_login FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ux_computer_login ON computer_login (computer_id, username, console, logon_time);

-- Software catalogue: one row per distinct (name, version, description), shared by all computers.
-- fingerprint = SHA-256 of the three fields, so the unique key stays short on every database.
CREATE TABLE software (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    fingerprint CHAR(64) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    version     VARCHAR(200) NOT NULL,
    description VARCHAR(350) NOT NULL
);
CREATE UNIQUE INDEX ux_software_fingerprint ON software (fingerprint);
CREATE INDEX ix_software_name ON software (name);

CREATE TABLE computer_software (
    computer_id BIGINT NOT NULL,
    software_id BIGINT NOT NULL,
    installed   DATETIME NOT NULL,
    PRIMARY KEY (computer_id, software_id),
    CONSTRAINT fk_computer_software_computer FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE,
    CONSTRAINT fk_computer_software_software FOREIGN KEY (software_id) REFERENCES software (id)
);
CREATE INDEX ix_computer_software_software ON computer_software (software_id);

-- What changed in a computer's inventory, and when: one row per changed section per update.
CREATE TABLE computer_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id BIGINT NOT NULL,
    changed_at  DATETIME NOT NULL,
    section     VARCHAR(40) NOT NULL,
    detail      TEXT NOT NULL,
    CONSTRAINT fk_computer_change FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_computer_change ON computer_change (computer_id, changed_at);

CREATE TABLE admin_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created       DATETIME NOT NULL,
    last_login    DATETIME NULL
);
CREATE UNIQUE INDEX ux_admin_user_username ON admin_user (username);

CREATE TABLE setting (
    setting_key   VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value TEXT NOT NULL,
    updated       DATETIME NOT NULL,
    updated_by    VARCHAR(100) NULL
);

CREATE TABLE plugin_state (
    plugin_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    enabled    BOOLEAN NOT NULL,
    updated    DATETIME NOT NULL,
    updated_by VARCHAR(100) NULL
);

CREATE TABLE audit_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    at             DATETIME NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(100) NOT NULL,
    object_ref     VARCHAR(200) NOT NULL,
    detail         TEXT NOT NULL,
    remote_address VARCHAR(64) NOT NULL
);
CREATE INDEX ix_audit_entry_at ON audit_entry (at);

-- Passwords rotated by agents (SPEC §2.7), stored as sent: AES-256-CBC with the agent key, base64.
CREATE TABLE computer_password (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id BIGINT NOT NULL,
    username    VARCHAR(200) NOT NULL,
    iv          VARCHAR(100) NOT NULL,
    secret      VARCHAR(2000) NOT NULL,
    created     DATETIME NOT NULL,
    revoked     BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_computer_password FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_computer_password ON computer_password (computer_id, username);
