-- Custom inventory sections (plugin-api CustomSection): a plugin's collector reports JSON under
-- <plugin-id>.<name>. The section as sent, for oco.computer.get and the computer page ...
CREATE TABLE computer_custom_section (
    computer_id  BIGINT NOT NULL,
    section_key  VARCHAR(40) NOT NULL,
    content      MEDIUMTEXT NOT NULL,
    content_hash CHAR(64) NOT NULL,
    updated      DATETIME NOT NULL,
    PRIMARY KEY (computer_id, section_key),
    CONSTRAINT fk_computer_custom_section FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);

-- ... and its values, one row per leaf (path like load.avg1 or units[]), for reports (scope "custom").
CREATE TABLE computer_custom_value (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id  BIGINT NOT NULL,
    section_key  VARCHAR(40) NOT NULL,
    path         VARCHAR(200) NOT NULL,
    text_value   VARCHAR(500) NULL,
    number_value DOUBLE NULL,
    CONSTRAINT fk_computer_custom_value FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_computer_custom_value ON computer_custom_value (computer_id, section_key);
CREATE INDEX ix_computer_custom_value_path ON computer_custom_value (section_key, path);
