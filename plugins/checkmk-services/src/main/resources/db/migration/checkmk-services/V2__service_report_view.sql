-- What reports may read of services (docs/groups-and-reports.md, plugin scopes): the state as CheckMK names it,
-- so criteria can say state = "CRIT". A plain view (merged into the report's EXISTS by the database).
CREATE VIEW checkmk_service_report AS
SELECT computer_id, name,
       CASE status WHEN 0 THEN 'OK' WHEN 1 THEN 'WARN' WHEN 2 THEN 'CRIT' ELSE 'UNKNOWN' END AS state,
       status, details, changed_at, last_seen, stale
FROM checkmk_service;
