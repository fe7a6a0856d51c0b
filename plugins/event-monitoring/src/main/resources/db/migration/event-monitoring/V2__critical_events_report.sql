-- The predefined report "Critical events" (upstream has one too): computers that logged an event of level below 3 in
-- the last 7 days (Windows: critical or error; journal: emergency, alert or critical). Predefined reports live in the
-- core's report group 1 with ids below 1000; a plugin adds those that name its scope (docs/groups-and-reports.md).
INSERT INTO report (id, report_group_id, name, notes, criteria, output_fields, predefined, created)
SELECT 9, 1, 'Critical events',
       'Computers with an event of level below 3 in the last 7 days (Windows: critical, error; journal: emergency, alert, critical; plugin event-monitoring)',
       '{"exists":"event","where":{"all":[{"field":"level","op":"lt","value":3},{"field":"time","op":"within_days","value":7}]}}',
       'hostname,os,last_ping', TRUE, CURRENT_TIMESTAMP
FROM report_group WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM report WHERE id = 9);
