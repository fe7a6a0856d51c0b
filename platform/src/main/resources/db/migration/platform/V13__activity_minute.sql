-- The dashboard's activity over time (oco.dashboard.series): one row per minute (UTC) for the whole cluster.
-- check_ins and inventory_updates: every node adds the agent requests it answered; online: the computers with a
-- recent contact, recorded by one node per minute (NULL until then). Rows older than 8 days are deleted.
CREATE TABLE activity_minute (
    minute_utc        DATETIME NOT NULL PRIMARY KEY,
    online            INT NULL,
    check_ins         BIGINT NOT NULL DEFAULT 0,
    inventory_updates BIGINT NOT NULL DEFAULT 0
);
