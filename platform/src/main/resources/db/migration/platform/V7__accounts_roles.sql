-- Admin accounts get a role (built-in administrator/operator/viewer or a custom one), can be disabled, and can be
-- told to change a generated password at their next login. Existing accounts stay administrators.
ALTER TABLE admin_user ADD COLUMN role VARCHAR(100) NOT NULL DEFAULT 'administrator';
ALTER TABLE admin_user ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE admin_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE admin_user ADD COLUMN password_changed DATETIME NULL;

-- Custom roles: a name and a comma list of permission ids (org.ocoj.api.server.Permission).
CREATE TABLE admin_role (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    permissions VARCHAR(1000) NOT NULL,
    created     DATETIME NOT NULL
);

-- Sessions remember where they were opened, for the account's session list.
ALTER TABLE admin_session ADD COLUMN remote_address VARCHAR(64) NULL;

-- Refused calls are audited too: the outcome tells them apart from changes that happened.
ALTER TABLE audit_entry ADD COLUMN outcome VARCHAR(20) NOT NULL DEFAULT 'ok';
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, id);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, id);
