-- Web UI sessions of admins. Only a SHA-256 of the cookie value is stored, so a read of this table does not
-- hand out live sessions. Every node reads it: a session works on whichever node a balancer picks.
CREATE TABLE admin_session (
    token_hash  CHAR(64) NOT NULL PRIMARY KEY,
    username    VARCHAR(100) NOT NULL,
    csrf_token  VARCHAR(64) NOT NULL,
    created     DATETIME NOT NULL,
    last_seen   DATETIME NOT NULL
);
CREATE INDEX ix_admin_session_last_seen ON admin_session (last_seen);
