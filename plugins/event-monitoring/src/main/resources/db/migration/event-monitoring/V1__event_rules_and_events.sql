-- Event query rules (SPEC §5.1): global, handed to every agent in hello.
CREATE TABLE event_rule (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    log_name   VARCHAR(200) NOT NULL,
    query_text TEXT NOT NULL,
    created    DATETIME NOT NULL,
    updated    DATETIME NOT NULL
);

-- Per (computer, rule): the newest event time attributed to the rule, sent as the rule's "since".
CREATE TABLE event_since (
    computer_id BIGINT NOT NULL,
    rule_id     BIGINT NOT NULL,
    since       DATETIME NOT NULL,
    PRIMARY KEY (computer_id, rule_id),
    CONSTRAINT fk_event_since_computer FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_since_rule FOREIGN KEY (rule_id) REFERENCES event_rule (id) ON DELETE CASCADE
);

-- Events sent by agents (SPEC §2.6, §5.4). event_hash makes a resent event a no-op per computer.
CREATE TABLE event_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    computer_id BIGINT NOT NULL,
    log_name    VARCHAR(200) NOT NULL,
    provider    VARCHAR(255) NOT NULL,
    event_id    BIGINT NOT NULL,
    level_no    INT NOT NULL,
    event_time  DATETIME NOT NULL,
    data_json   TEXT NOT NULL,
    event_hash  CHAR(64) NOT NULL,
    received    DATETIME NOT NULL,
    CONSTRAINT uq_event_entry_hash UNIQUE (computer_id, event_hash),
    CONSTRAINT fk_event_entry_computer FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
CREATE INDEX ix_event_entry_computer_time ON event_entry (computer_id, event_time);
CREATE INDEX ix_event_entry_time ON event_entry (event_time);
