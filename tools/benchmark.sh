#!/usr/bin/env bash
# The OCO-J benchmark (issue 10, docs/performance.md): builds what is missing, starts the server bundle on a
# fresh MariaDB database and on a fresh embedded default database (the MariaDB the server runs itself), runs every row of the target table with the
# load generator (tools/loadgen), records server RSS and SQL statements per request, and writes a markdown
# results block. Not part of `mvn verify`. Usage:
#
#   tools/benchmark.sh [results.md]
#
# Knobs (environment): BENCH_DURATION (60s per timed row), BENCH_DATABASES ("mariadb embedded";
# "h2" = the legacy H2 file URL), BENCH_AGENTS (1000),
# BENCH_CONCURRENCY (32), BENCH_UPDATE_AGENTS (200), BENCH_UPDATE_CONCURRENCY (8), BENCH_STORM_AGENTS (2000),
# BENCH_WARMUP (60s of unmeasured load before each throughput row, so the JIT has compiled the path: steady
# state), BENCH_SEED_COUNT (100000, 0 = skip), BENCH_SEEDED_AGENTS (5000 of the seeded computers say hello, after an
# unmeasured first contact each), BENCH_JAVA_OPTS (-Xmx512m), BENCH_JFR (1 = record a JFR profile per
# database and summarise its hot methods), BENCH_PORT (18080), BENCH_BUILD (1 = rebuild even if built).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
duration="${BENCH_DURATION:-60s}"
databases="${BENCH_DATABASES:-mariadb embedded}"
agents="${BENCH_AGENTS:-1000}"
concurrency="${BENCH_CONCURRENCY:-32}"
update_agents="${BENCH_UPDATE_AGENTS:-200}"
update_concurrency="${BENCH_UPDATE_CONCURRENCY:-8}"
storm_agents="${BENCH_STORM_AGENTS:-2000}"
warmup="${BENCH_WARMUP:-60s}"
seed_count="${BENCH_SEED_COUNT:-100000}"
seeded_agents="${BENCH_SEEDED_AGENTS:-5000}"
port="${BENCH_PORT:-18080}"
work="$(mktemp -d "${TMPDIR:-/tmp}/oco-bench.XXXXXX")"
out="${1:-$root/tools/target/benchmark-$(date +%Y%m%d-%H%M%S).md}"
mkdir -p "$(dirname "$out")"

export OCO_AGENT_REGISTRATION_KEY="bench-registration-key-0123456789abcdef"
export OCO_ADMIN_PASSWORD="bench-admin-password"
export OCO_CLIENT_API_KEY="bench-client-api-key-0123456789abcdef"
server_pid=""
java_pid=""
database=""

log() { printf '%s benchmark: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

cleanup() {
  stop_server
  if [ -n "$database" ]; then mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $database" || true; fi
}
trap cleanup EXIT

if [ "${BENCH_BUILD:-0}" = 1 ] || [ ! -x "$root/dist/target/oco-server/bin/oco-server" ] \
    || [ ! -f "$root/tools/loadgen/target/loadgen.jar" ]; then
  log "building the server bundle and the load generator"
  (cd "$root" && mvn -q -B -pl dist,tools/loadgen -am package -DskipTests)
fi

loadgen() { java -jar "$root/tools/loadgen/target/loadgen.jar" "$@"; }

start_server() { # $1 = mariadb | embedded | h2
  local data="$work/data-$1" opts="${BENCH_JAVA_OPTS:--Xmx512m}"
  if [ "${BENCH_JFR:-0}" = 1 ]; then
    opts="$opts -XX:StartFlightRecording=filename=$work/server-$1.jfr,settings=profile,dumponexit=true"
  fi
  local -a env=(OCO_HTTP_PORT="$port" OCO_DATA_DIR="$data" OCO_SELF_REGISTRATION=true OCO_JAVA_OPTS="$opts")
  if [ "$1" = mariadb ]; then
    database="ocoj_bench_$(date +%s)"
    mariadb -h127.0.0.1 -uroot -e "CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"
    env+=(OCO_DB_URL="jdbc:mariadb://127.0.0.1:3306/$database" OCO_DB_USER=root OCO_DB_PASSWORD=)
  elif [ "$1" = h2 ]; then
    env+=(OCO_DB_URL="jdbc:h2:file:$data/oco;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;IGNORECASE=TRUE")
  fi
  env -u OCO_DB_URL -u OCO_DB_USER -u OCO_DB_PASSWORD -u OCO_CONFIG "${env[@]}" \
    "$root/dist/target/oco-server/bin/oco-server" > "$work/server-$1.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 360); do
    if grep -q "OCO-J: ready at" "$work/server-$1.log"; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server-$1.log" >&2; exit 1; fi
    sleep 0.5
  done
  java_pid="$(pgrep -P "$server_pid" java | head -n 1)"
  log "server on $1 ready (launcher $server_pid, java $java_pid)"
}

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

rss() {
  awk '/^VmRSS|^VmHWM/ {printf "%s %d MiB  ", $1, $2 / 1024}' "/proc/$java_pid/status"
  # the embedded database is a process of its own (a child of the JVM)
  local mariadbd
  mariadbd="$(pgrep -P "$java_pid" mariadbd | head -n 1 || true)"
  if [ -n "$mariadbd" ]; then
    printf '(+ embedded mariadbd: '
    awk '/^VmRSS/ {printf "%s %d MiB", $1, $2 / 1024}' "/proc/$mariadbd/status"
    printf ')'
  fi
}

target="http://127.0.0.1:$port/"
row() { # $1 = label, rest = run options; appends a row, keeps going when a run reports errors
  local label="$1"; shift
  log "$label"
  loadgen run --target "$target" --markdown "$work/rows.md" --label "$label" "$@" | tee -a "$work/runs.log" \
    || log "  (reported errors: see the row)"
}

hot_methods() { # per execution sample: its top frame, and its topmost OCO-J frame (full stacks)
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$1" | awk '
    /stackTrace = \[/ { inside = 1; top = ""; own = ""; next }
    inside && /^[ \t]*\]/ {
      inside = 0; samples++; tops[top]++; owns[own == "" ? "(no OCO-J frame: container, JDBC driver, GC, start-up)" : own]++
      next
    }
    inside {
      frame = $0; sub(/^[ \t]+/, "", frame); sub(/\(.*/, "", frame)
      if (top == "") top = frame
      if (own == "" && frame ~ /^org\.ocoj\./) own = frame
    }
    END {
      printf "%d execution samples\nTop frames:\n", samples
      for (f in tops) printf "%7d  %s\n", tops[f], f | "sort -rn | head -15"
      close("sort -rn | head -15")
      print "Topmost OCO-J frame of each sample:"
      for (f in owns) printf "%7d  %s\n", owns[f], f | "sort -rn | head -15"
    }'
}

{
  echo "### Benchmark run $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- command: \`BENCH_DURATION=$duration BENCH_WARMUP=$warmup BENCH_DATABASES=\"$databases\" BENCH_SEED_COUNT=$seed_count BENCH_JAVA_OPTS=\"${BENCH_JAVA_OPTS:--Xmx512m}\" tools/benchmark.sh\`"
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
  echo "- versions: OCO-J $(git -C "$root" rev-parse --short HEAD), $(java -version 2>&1 | head -n 1), MariaDB $(mariadb -h127.0.0.1 -uroot -N -e 'SELECT VERSION()')"
  echo "- load before the run: $(uptime | sed 's/.*load average/load average/')"
} > "$out"

for db in $databases; do
  : > "$work/rows.md"
  start_server "$db"
  row "register (self), $agents new agents" --mode register --agents "$agents" --concurrency "$concurrency" \
    --hostname-prefix "reg-" --no-verify
  row "hello, $concurrency concurrent, $agents agents" --mode hello --agents "$agents" --concurrency "$concurrency" \
    --warmup "$warmup" --duration "$duration" --hostname-prefix "hello-" --no-verify
  rss_hello="$(rss)"
  row "hello at the floor's rate (1,700 req/s), $concurrency concurrent, $agents agents" --mode hello \
    --agents "$agents" --concurrency "$concurrency" --rate 1700 --warmup 10s --duration "$duration" \
    --hostname-prefix "rate-" --no-verify
  row "unchanged update, $update_concurrency concurrent" --mode update --agents "$update_agents" \
    --concurrency "$update_concurrency" --warmup "$warmup" --duration "$duration" --hostname-prefix "upd-"
  row "changed update (~5 %), $update_concurrency concurrent" --mode changed-update --agents "$update_agents" \
    --concurrency "$update_concurrency" --warmup "$warmup" --duration "$duration" --hostname-prefix "chg-"
  row "first-update storm, $storm_agents new agents, $concurrency concurrent" --mode first-update-storm \
    --agents "$storm_agents" --concurrency "$concurrency" --duration 10m --hostname-prefix "storm-"
  row "mixed: $agents agents, hello every 10 s" --mode mixed --agents "$agents" --interval 10s \
    --concurrency "$concurrency" --duration "$duration" --hostname-prefix "mix-"
  statements="" rss_seeded=""
  if [ "$db" = mariadb ]; then
    log "statements per request"
    loadgen statements --target "$target" --db-url "jdbc:mariadb://127.0.0.1:3306/" --markdown "$work/stmts.md" \
      > "$work/stmts.log" && statements="$(cat "$work/stmts.md")"
    if [ "$seed_count" -gt 0 ]; then
      loadgen seed --db-url "jdbc:mariadb://127.0.0.1:3306/$database" --count "$seed_count" --prefix seed-
      row "hello, $concurrency concurrent, $seeded_agents agents of $seed_count seeded computers in the DB" --mode hello \
        --agents "$seeded_agents" \
        --seeded-prefix seed- --concurrency "$concurrency" --warmup "$warmup" --duration "$duration" --no-verify
      rss_seeded="$(rss)"
    fi
  fi
  stop_server
  {
    echo
    echo "#### $db"
    echo
    echo "| run | requests | req/s | agents/s | p50 ms | p95 ms | p99 ms | max ms | errors | inventories verified |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    cat "$work/rows.md"
    echo
    echo "- server RSS after the hello row: $rss_hello"
    if [ -n "$rss_seeded" ]; then echo "- server RSS after hello with $seed_count computers: $rss_seeded"; fi
    # the server answers 500 without details; its log says whether a database deadlock was the cause
    echo "- database deadlocks in the server log: $(grep -c 'Deadlock found' "$work/server-$db.log" || true)"
    if [ -n "$statements" ]; then
      echo
      echo "| SQL statements per request (MariaDB \`Questions\`, median of 25) | statements |"
      echo "|---|---|"
      echo "$statements"
    fi
    if [ "${BENCH_JFR:-0}" = 1 ] && [ -f "$work/server-$db.jfr" ]; then
      echo; echo '```'; hot_methods "$work/server-$db.jfr"; echo '```'
    fi
  } >> "$out"
  if [ "$db" = mariadb ]; then mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $database"; database=""; fi
done
printf '\n- load after the run: %s\n' "$(uptime | sed 's/.*load average/load average/')" >> "$out"
log "results: $out (run logs in $work)"
cat "$out"
