CREATE TABLE kit_probe_note (
    computer_id BIGINT NOT NULL PRIMARY KEY,
    note        VARCHAR(100) NOT NULL,
    CONSTRAINT fk_kit_probe_computer FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
);
