-- An account's computer access may be limited to computer groups and their subgroups (docs/accounts.md, scopes).
-- scoped = FALSE: every computer. scoped = TRUE: only the computers in the listed groups; a scope whose groups were
-- all removed sees no computer at all (it never widens to everything).
ALTER TABLE admin_user ADD COLUMN scoped BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE admin_user_scope (
    admin_user_id     BIGINT NOT NULL,
    computer_group_id BIGINT NOT NULL,
    PRIMARY KEY (admin_user_id, computer_group_id),
    CONSTRAINT fk_admin_scope_user FOREIGN KEY (admin_user_id) REFERENCES admin_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_admin_scope_group FOREIGN KEY (computer_group_id) REFERENCES computer_group (id) ON DELETE CASCADE
);
CREATE INDEX ix_admin_scope_group ON admin_user_scope (computer_group_id);
