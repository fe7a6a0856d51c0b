-- Personal API tokens: shown once at creation, stored only as SHA-256 (they are long random strings, so a fast
-- hash suffices). permissions: NULL for all of the owner's, else a comma list that narrows them.
CREATE TABLE admin_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(100) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    token_hash  CHAR(64) NOT NULL,
    permissions VARCHAR(1000) NULL,
    created     DATETIME NOT NULL,
    expires     DATETIME NOT NULL,
    last_used   DATETIME NULL
);
CREATE UNIQUE INDEX ux_admin_token_hash ON admin_token (token_hash);
CREATE INDEX ix_admin_token_user ON admin_token (username);
