-- Local admin password rotation (LAPS, SPEC §2.7). A rule makes agents rotate `username` when its newest stored
-- password is older than valid_seconds; a rule without a group applies to every computer. history: how many
-- passwords per user are kept. default_password: upstream's macOS fallback for old_password (dscl needs it).
CREATE TABLE password_rotation_rule (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_group_id BIGINT NULL,
    username          VARCHAR(200) NOT NULL,
    alphabet          VARCHAR(500) NOT NULL,
    password_length   INT NOT NULL,
    valid_seconds     BIGINT NOT NULL,
    history           INT NOT NULL,
    default_password  VARCHAR(500) NULL,
    CONSTRAINT fk_password_rule_group FOREIGN KEY (computer_group_id) REFERENCES computer_group (id) ON DELETE CASCADE
);
CREATE INDEX ix_password_rule_group ON password_rotation_rule (computer_group_id);

-- An admin's "rotate now": the next hellos order a rotation of every rule's user until the agent sends passwords.
CREATE TABLE password_rotation_request (
    computer_id  BIGINT PRIMARY KEY,
    requested    DATETIME NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    CONSTRAINT fk_password_request_computer FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
