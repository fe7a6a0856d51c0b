-- The predefined report "Critical services" (upstream has one too): computers with a CheckMK service in state CRIT.
-- Predefined reports live in the core's report group 1 with ids below 1000; a plugin adds those that name its scope
-- (docs/groups-and-reports.md). While the plugin is disabled the report is listed as unavailable.
INSERT INTO report (id, report_group_id, name, notes, criteria, output_fields, predefined, created)
SELECT 8, 1, 'Critical services', 'Computers with at least one service in state CRIT (plugin checkmk-services)',
       '{"exists":"service","where":{"field":"state","op":"equals","value":"CRIT"}}', 'hostname,os,last_ping', TRUE,
       CURRENT_TIMESTAMP
FROM report_group WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM report WHERE id = 8);
