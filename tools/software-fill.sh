#!/usr/bin/env bash
# software-fill.sh: gives every seeded computer (seed-*) the software of two real loadgen agents, for measuring the
# software view at scale (docs/performance.md, "The software view at scale"). TEST DATABASES ONLY: it writes
# straight into the platform schema.
#
# Before: loadgen seed --count N; loadgen run --mode first-update-storm --agents 20 --hostname-prefix lg-;
#         loadgen run --mode changed-update --agents 20 --max-requests 30 --hostname-prefix lgc-
# Usage:  tools/software-fill.sh MARIADB-CLIENT-OPTIONS…   e.g. -S <data dir>/mariadb/mariadbd.sock -uroot -p<password> oco
# Even ids get lg-0's packages, odd ids those of a changed-update agent (every 20th package in another version),
# each leaving out ~1 %; every third seeded computer says it runs "Ubuntu". Resumes after the last filled computer.
set -euo pipefail
db() { mariadb "$@" -N -e "$SQL"; }
run() { SQL="$1"; shift; db "$@"; }
A=$(run "SELECT id FROM computer WHERE hostname = 'lg-0'" "$@")
B=$(run "SELECT MIN(c.id) FROM computer c JOIN computer_software cs ON cs.computer_id = c.id WHERE c.hostname LIKE 'lgc-%'" "$@")
run "UPDATE computer SET os = 'Ubuntu' WHERE hostname LIKE 'seed-%' AND id % 3 = 0" "$@"
# a template table, so the INSERT does not read the table it writes (that would need a temporary table)
run "DROP TABLE IF EXISTS fill_template; CREATE TABLE fill_template (computer_id BIGINT, software_id BIGINT,
     PRIMARY KEY (computer_id, software_id)); INSERT INTO fill_template SELECT computer_id, software_id
     FROM computer_software WHERE computer_id IN ($A, $B)" "$@"
lo=$(run "SELECT COALESCE(MAX(cs.computer_id), 0) + 1 FROM computer_software cs JOIN computer c ON c.id = cs.computer_id WHERE c.hostname LIKE 'seed-%'" "$@")
lo=$(( lo > 1 ? lo : $(run "SELECT MIN(id) FROM computer WHERE hostname LIKE 'seed-%'" "$@") ))
hi=$(run "SELECT MAX(id) FROM computer WHERE hostname LIKE 'seed-%'" "$@")
start=$(date +%s)
for ((from = lo; from <= hi; from += 2500)); do
  to=$((from + 2499))
  run "INSERT INTO computer_software (computer_id, software_id, installed) SELECT c.id, t.software_id, NOW()
       FROM computer c JOIN fill_template t ON t.computer_id = IF(c.id % 2 = 0, $A, $B)
       WHERE c.id BETWEEN $from AND $to AND c.hostname LIKE 'seed-%' AND (c.id + t.software_id) % 100 <> 0" "$@"
  echo "$(date -u +%T) computers up to $to of $hi, $(( $(date +%s) - start )) s"
done
run "DROP TABLE fill_template; SELECT COUNT(*) FROM computer_software" "$@"
