-- The part of upstream OCO-Server's database that `oco.import.oco` reads, recreated for the tests (not copied):
-- table and column names and types follow schorschii/OCO-Server sql/SCHEMA.sql as of commit
-- 06e177b369f17e4f27ec971b494f7c24fbe3268a (OCO-Server 1.x) and docs/Database-Schema.md. Tables the import does
-- not read (packages, jobs, users, mobile devices, ...) are left out; statements are separated by ";\n".

CREATE TABLE computer (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uid varchar(200) DEFAULT NULL UNIQUE,
  hostname varchar(200) NOT NULL,
  os text NOT NULL, os_version text NOT NULL, os_license text NOT NULL, os_locale text NOT NULL,
  kernel_version text NOT NULL, architecture text NOT NULL, cpu text NOT NULL, gpu text NOT NULL, ram text NOT NULL,
  agent_version text NOT NULL, remote_address text NOT NULL, serial text NOT NULL, manufacturer text NOT NULL,
  model text NOT NULL, bios_version text NOT NULL, uptime int NOT NULL DEFAULT 0, boot_type text NOT NULL,
  secure_boot text NOT NULL, domain text NOT NULL, battery_level float DEFAULT NULL, battery_status tinyint DEFAULT NULL,
  last_ping datetime DEFAULT NULL, last_update datetime DEFAULT NULL, force_update tinyint NOT NULL DEFAULT 0,
  agent_timestamp double NOT NULL DEFAULT 0,
  notes text NOT NULL, agent_key text NOT NULL, server_key text NOT NULL,
  created datetime NOT NULL DEFAULT current_timestamp(), created_by_system_user_id int DEFAULT NULL,
  KEY hostname (hostname)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE computer_network (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY, computer_id int NOT NULL, nic_number int NOT NULL,
  address text NOT NULL, netmask text NOT NULL, broadcast text DEFAULT NULL, mac text DEFAULT NULL, interface text DEFAULT NULL,
  FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE computer_screen (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY, computer_id int NOT NULL, name text NOT NULL, manufacturer text NOT NULL,
  type text NOT NULL, resolution text NOT NULL, size text NOT NULL, manufactured text NOT NULL, serialno text NOT NULL,
  active tinyint NOT NULL DEFAULT 1,
  FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE computer_partition (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY, computer_id int NOT NULL, device text NOT NULL, mountpoint text NOT NULL,
  filesystem text NOT NULL, size bigint NOT NULL, free bigint NOT NULL, name text NOT NULL, uuid text NOT NULL,
  encrypted tinyint NOT NULL DEFAULT 0,
  FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE software (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(200) COLLATE utf8mb4_bin NOT NULL,
  version varchar(200) COLLATE utf8mb4_bin NOT NULL, description varchar(350) COLLATE utf8mb4_bin NOT NULL,
  UNIQUE KEY name (name, version, description)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE computer_software (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY, computer_id int NOT NULL, software_id int NOT NULL,
  installed datetime DEFAULT NULL,
  FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE,
  FOREIGN KEY (software_id) REFERENCES software (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE computer_group (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY, parent_computer_group_id int DEFAULT NULL, name text NOT NULL,
  FOREIGN KEY (parent_computer_group_id) REFERENCES computer_group (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE computer_group_member (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY, computer_id int NOT NULL, computer_group_id int NOT NULL,
  FOREIGN KEY (computer_group_id) REFERENCES computer_group (id) ON DELETE CASCADE,
  FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE event_query_rule (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, log text NOT NULL, query text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE report_group (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY, parent_report_group_id int DEFAULT NULL, name text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE report (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY, report_group_id int DEFAULT NULL, name text NOT NULL,
  notes text NOT NULL, query text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 AUTO_INCREMENT=1000;

CREATE TABLE setting (
  `key` varchar(50) NOT NULL PRIMARY KEY, `value` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE password_rotation_rule (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY, computer_group_id int DEFAULT NULL, username text NOT NULL,
  alphabet text NOT NULL, `length` int NOT NULL, valid_seconds int NOT NULL, history int NOT NULL,
  default_password text DEFAULT NULL,
  FOREIGN KEY (computer_group_id) REFERENCES computer_group (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- rotated local passwords, in plain text as upstream keeps them (since 1.1.3)
CREATE TABLE computer_password (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY, computer_id int NOT NULL, username text NOT NULL,
  password text NOT NULL, created timestamp NOT NULL DEFAULT current_timestamp(),
  FOREIGN KEY (computer_id) REFERENCES computer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
