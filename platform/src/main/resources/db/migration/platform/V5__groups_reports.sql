-- Computer groups (a tree), reports (saved typed criteria, never SQL) and admin-defined computer commands.
-- Runs unchanged on MariaDB >= 10.11, MySQL >= 8 and H2 (MySQL mode).

CREATE TABLE computer_group (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_computer_group_id BIGINT NULL,
    name                     VARCHAR(200) NOT NULL,
    created                  DATETIME NOT NULL,
    created_by               VARCHAR(100) NULL,
    CONSTRAINT fk_computer_group_parent FOREIGN KEY (parent_computer_group_id) REFERENCES computer_group (id)
);
CREATE INDEX ix_computer_group_parent ON computer_group (parent_computer_group_id, name);

CREATE TABLE computer_group_member (
    computer_group_id BIGINT NOT NULL,
    computer_id       BIGINT NOT NULL,
    PRIMARY KEY (computer_group_id, computer_id),
    CONSTRAINT fk_group_member_group FOREIGN KEY (computer_group_id) REFERENCES computer_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_member_computer FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_group_member_computer ON computer_group_member (computer_id);

CREATE TABLE report_group (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_report_group_id BIGINT NULL,
    name                   VARCHAR(200) NOT NULL,
    CONSTRAINT fk_report_group_parent FOREIGN KEY (parent_report_group_id) REFERENCES report_group (id)
) AUTO_INCREMENT = 1000;

-- criteria: the validated criteria tree as JSON (see docs/groups-and-reports.md); output_fields: comma list.
-- Predefined reports have ids below 1000 (as upstream) and cannot be changed; user reports start at 1000.
CREATE TABLE report (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_group_id BIGINT NULL,
    name            VARCHAR(200) NOT NULL,
    notes           VARCHAR(2000) NOT NULL DEFAULT '',
    criteria        TEXT NOT NULL,
    output_fields   VARCHAR(1000) NOT NULL DEFAULT '',
    predefined      BOOLEAN NOT NULL DEFAULT FALSE,
    created         DATETIME NOT NULL,
    created_by      VARCHAR(100) NULL,
    CONSTRAINT fk_report_group FOREIGN KEY (report_group_id) REFERENCES report_group (id)
) AUTO_INCREMENT = 1000;
CREATE INDEX ix_report_group ON report (report_group_id);

INSERT INTO report_group (id, parent_report_group_id, name) VALUES (1, NULL, 'Predefined');

INSERT INTO report (id, report_group_id, name, notes, criteria, output_fields, predefined, created) VALUES
 (1, 1, 'Not seen for 30 days', 'Agents that have not contacted the server for 30 days or never did',
  '{"any":[{"field":"last_ping","op":"older_than_days","value":30},{"field":"last_ping","op":"is_empty"}]}',
  'hostname,os,last_ping', TRUE, CURRENT_TIMESTAMP),
 (2, 1, 'No inventory yet', 'Computers that never sent a full inventory',
  '{"field":"last_update","op":"is_empty"}', 'hostname,created,last_ping', TRUE, CURRENT_TIMESTAMP),
 (3, 1, 'Secure Boot disabled', 'UEFI computers reporting Secure Boot off',
  '{"all":[{"field":"boot_type","op":"equals","value":"UEFI"},{"field":"secure_boot","op":"equals","value":"0"}]}',
  'hostname,os,model,secure_boot', TRUE, CURRENT_TIMESTAMP),
 (4, 1, 'Duplicate serial numbers', 'Computers sharing a serial number with another computer',
  '{"field":"serial","op":"is_duplicate"}', 'serial,hostname,manufacturer,model', TRUE, CURRENT_TIMESTAMP),
 (5, 1, 'Duplicate MAC addresses', 'Computers with a MAC address another computer also reports',
  '{"exists":"network","where":{"field":"mac","op":"is_duplicate"}}', 'hostname,remote_address', TRUE, CURRENT_TIMESTAMP),
 (6, 1, 'Unencrypted partitions', 'Computers with at least one partition that is not encrypted',
  '{"exists":"partition","where":{"field":"encrypted","op":"equals","value":false}}', 'hostname,os,model', TRUE, CURRENT_TIMESTAMP),
 (7, 1, 'Less than 4 GiB RAM', 'Computers with less than 4 GiB of memory',
  '{"field":"ram","op":"lt","value":4294967296}', 'hostname,ram,model', TRUE, CURRENT_TIMESTAMP);

-- Links/commands shown per computer (e.g. "ssh://$$TARGET$$"); built-ins come from code, these are admin-defined.
CREATE TABLE computer_command (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    label      VARCHAR(200) NOT NULL,
    template   VARCHAR(1000) NOT NULL,
    created    DATETIME NOT NULL,
    created_by VARCHAR(100) NULL
);

-- Report evaluation filters and sorts on these (docs/groups-and-reports.md, performance).
CREATE INDEX ix_computer_os ON computer (os, os_version);
CREATE INDEX ix_computer_last_ping ON computer (last_ping);
CREATE INDEX ix_computer_last_update ON computer (last_update);
CREATE INDEX ix_computer_serial ON computer (serial);
CREATE INDEX ix_computer_model ON computer (model);
CREATE INDEX ix_computer_network_mac ON computer_network (mac);
CREATE INDEX ix_software_version ON software (version);
