#!/usr/bin/env bash
# One node against two nodes behind HAProxy, with the same load (docs/performance.md, "One node or two"): starts a
# MariaDB of its own (so that its CPU time is the server's alone), then for each setup the server bundle on a fresh
# database and the load generator (tools/loadgen), and records throughput, latency and the CPU time each process
# (server JVMs, mariadbd, haproxy, the load generator) spent per request in the measured part. Not part of
# `mvn verify`. Usage:
#
#   tools/cluster-benchmark.sh [results.md]
#
# Knobs (environment): BENCH_MODE (hello), BENCH_AGENTS (1000), BENCH_CONCURRENCY (32), BENCH_DURATION (60s),
# BENCH_WARMUP (20s, unmeasured), BENCH_SETUPS ("one two"), BENCH_JAVA_OPTS (-Xmx384m per node).
# Needs the built bundle and load generator (mvn -pl dist,tools/loadgen -am package -DskipTests), mariadbd and
# mariadb-install-db (Debian mariadb-server), haproxy.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
mode="${BENCH_MODE:-hello}"
agents="${BENCH_AGENTS:-1000}"
concurrency="${BENCH_CONCURRENCY:-32}"
duration="${BENCH_DURATION:-60s}"
warmup="${BENCH_WARMUP:-20s}"
setups="${BENCH_SETUPS:-one two}"
java_opts="${BENCH_JAVA_OPTS:--Xmx384m}"
work="$(mktemp -d "${TMPDIR:-/tmp}/oco-cluster-bench.XXXXXX")"
out="${1:-$root/tools/target/cluster-benchmark-$(date +%Y%m%d-%H%M%S).md}"
mkdir -p "$(dirname "$out")"
server="$root/dist/target/oco-server"
loadgen_jar="$root/tools/loadgen/target/loadgen.jar"
[ -x "$server/bin/oco-server" ] && [ -f "$loadgen_jar" ] \
  || { echo "cluster-benchmark: build first: mvn -pl dist,tools/loadgen -am package -DskipTests" >&2; exit 2; }

export OCO_AGENT_REGISTRATION_KEY="bench-registration-key-0123456789abcdef"
export OCO_ADMIN_PASSWORD="bench-admin-password"
export OCO_CLIENT_API_KEY="bench-client-api-key-0123456789abcdef"
ticks=$(getconf CLK_TCK)
pids=()

log() { printf '%s cluster-benchmark: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# CPU seconds (user + system) a process has used so far
cpu() { awk -v t="$ticks" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat" 2>/dev/null || echo 0; }

cleanup() {
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
  sleep 3
  rm -rf "$work/db"
}
trap cleanup EXIT

db_port=$(free_port)
log "MariaDB of its own on port $db_port ($work/db)"
mariadb-install-db --no-defaults --datadir="$work/db" --auth-root-authentication-method=normal --skip-test-db \
  --user="$(id -un)" >"$work/mariadb-install.log" 2>&1
setsid mariadbd --no-defaults --datadir="$work/db" --port="$db_port" --bind-address=127.0.0.1 \
  --socket="$work/mariadb.sock" --pid-file="$work/mariadb.pid" --user="$(id -un)" --skip-log-bin \
  --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=1 --max-connections=400 \
  >"$work/mariadb.log" 2>&1 &
db_pid=$!
pids+=("$db_pid")
for _ in $(seq 100); do mariadb -h127.0.0.1 -P"$db_port" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.3; done

start_node() { # $1 = name, $2 = database, $3 = cluster members (or empty), $4 = grid port; prints "launcher_pid http_port"
  local port; port=$(free_port)
  (
    export OCO_HTTP_PORT="$port" OCO_DATA_DIR="$work/data-$1" OCO_SELF_REGISTRATION=true \
      OCO_DB_URL="jdbc:mariadb://127.0.0.1:$db_port/$2" OCO_DB_USER=root OCO_DB_PASSWORD= \
      OCO_JAVA_OPTS="$java_opts" OCO_TRUSTED_PROXIES=127.0.0.1
    if [ -n "$3" ]; then
      export OCO_CLUSTER_MEMBERS="$3" OCO_CLUSTER_PORT="$4" OCO_CLUSTER_INTERFACES=127.0.0.1 OCO_CLUSTER_NAME="bench-$$"
    fi
    exec setsid "$server/bin/oco-server" >"$work/$1.log" 2>&1
  ) &
  echo "$! $port"
}

await_ready() { # $1 = log file
  for _ in $(seq 600); do grep -q "OCO-J: ready at" "$1" && return 0; grep -q "cannot start" "$1" && break; sleep 0.5; done
  echo "cluster-benchmark: the server did not start, see $1" >&2; tail -20 "$1" >&2; exit 1
}

jvm_of() { pgrep -P "$1" java; }

# $1 = label, $2 = target URL, then the pids to measure as "name=pid" pairs
measure() {
  local label=$1 target=$2; shift 2
  local run_log="$work/loadgen-$label.log" names=() pidlist=() before=() after=()
  for pair in "$@" "loadgen=0"; do names+=("${pair%%=*}"); pidlist+=("${pair#*=}"); done
  java -jar "$loadgen_jar" run --mode "$mode" --agents "$agents" --concurrency "$concurrency" --duration "$duration" \
    --warmup "$warmup" --no-verify --target "$target" >"$run_log" 2>&1 &
  local lg=$!
  pidlist[${#pidlist[@]}-1]=$lg
  until grep -q "loadgen: warmed up" "$run_log"; do
    kill -0 "$lg" 2>/dev/null || { cat "$run_log" >&2; exit 1; }; sleep 0.2
  done
  for pid in "${pidlist[@]}"; do before+=("$(cpu "$pid")"); done
  until grep -q "loadgen result" "$run_log"; do kill -0 "$lg" 2>/dev/null || break; sleep 0.2; done
  for pid in "${pidlist[@]}"; do after+=("$(cpu "$pid")"); done
  wait "$lg" || true
  local requests rate p50 p99 errors
  read -r requests rate < <(sed -n 's/^loadgen result ([^)]*): \([0-9]*\) requests in [0-9.]*s = \([0-9.]*\) req\/s.*/\1 \2/p' "$run_log")
  read -r p50 p99 errors < <(awk '$1 == "all" {print $4, $6, $8}' "$run_log")
  local cpu_cells="" total=0
  for i in "${!names[@]}"; do
    local used; used=$(echo "${after[$i]} - ${before[$i]}" | bc)
    cpu_cells+=" ${names[$i]} $(echo "scale=2; 1000 * $used / $requests" | bc) ms;"
    total=$(echo "$total + $used" | bc)
  done
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$requests" "$rate" "$p50" "$p99" "$errors" "${cpu_cells%;}" >>"$out"
  log "$label: $requests requests, $rate req/s, p50 $p50 ms, p99 $p99 ms, errors $errors; CPU per request:$cpu_cells"
}

# $1 = setup, then "name=http_port" pairs: the share of hellos each node answered by the fast path since it started
fast_path_share() {
  local setup=$1 cells=""; shift
  for pair in "$@"; do
    local counts
    counts=$(curl -s -H "Accept: text/plain" "http://127.0.0.1:${pair#*=}/metrics?scope=application" | awk '/^oco_agent_hello_total\{/ {
      if ($0 ~ /path="fast"/) fast = $NF; else if ($0 ~ /path="full"/) full = $NF }
      END { if (fast + full > 0) printf "%.0f %% of %.0f", 100 * fast / (fast + full), fast + full }')
    cells+=" ${pair%%=*} ${counts:-unknown};"
  done
  echo "- $setup: hellos by the fast path (since start, warm-up included):${cells%;}" >>"$out.notes"
}

{
  echo "### One node or two behind HAProxy, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "- command: \`BENCH_MODE=$mode BENCH_AGENTS=$agents BENCH_CONCURRENCY=$concurrency BENCH_DURATION=$duration BENCH_WARMUP=$warmup tools/cluster-benchmark.sh\`"
  echo "- machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
  echo "- versions: OCO-J $(git -C "$root" rev-parse --short HEAD), $(java -version 2>&1 | head -1), $(mariadbd --version | sed 's/.*Ver //'), $(haproxy -v | head -1 | cut -d' ' -f1-3)"
  echo "- nodes: $java_opts each; MariaDB of its own (buffer pool 256M, flush at every commit); load: $mode, $agents agents, $concurrency in flight"
  echo "- load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| setup | requests | req/s | p50 ms | p99 ms | errors | CPU time per request (measured part) |"
  echo "|---|---|---|---|---|---|---|"
} >"$out"

for setup in $setups; do
  mariadb -h127.0.0.1 -P"$db_port" -uroot -e "CREATE DATABASE oco_$setup CHARACTER SET utf8mb4"
  if [ "$setup" = one ]; then
    read -r launcher port < <(start_node one-node "oco_$setup" "" "")
    pids+=("$launcher")
    await_ready "$work/one-node.log"
    measure "one node" "http://127.0.0.1:$port/" "server=$(jvm_of "$launcher")" "mariadbd=$db_pid"
    fast_path_share "$setup" "server=$port"
    kill -TERM -- "-$launcher" 2>/dev/null || true
  else
    grid1=$(free_port); grid2=$(free_port); members="127.0.0.1:$grid1,127.0.0.1:$grid2"
    read -r launcher1 port1 < <(start_node node1 "oco_$setup" "$members" "$grid1")
    read -r launcher2 port2 < <(start_node node2 "oco_$setup" "$members" "$grid2")
    pids+=("$launcher1" "$launcher2")
    await_ready "$work/node1.log"; await_ready "$work/node2.log"
    lb_port=$(free_port)
    sed -e 's|^    log /dev/log local0|    log stdout format raw local0|' -e '/stats socket/d' -e 's|^    maxconn 20000|    maxconn 4000|' \
      -e "s|^    bind :8080|    bind 127.0.0.1:$lb_port|" -e '/^    server /d' -e '/option httplog/d' "$server/conf/haproxy.cfg.example" >"$work/haproxy.cfg"
    printf '    server node1 127.0.0.1:%s check\n    server node2 127.0.0.1:%s check\n' "$port1" "$port2" >>"$work/haproxy.cfg"
    setsid haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
    lb_pid=$!
    pids+=("$lb_pid")
    sleep 2
    measure "two nodes + HAProxy" "http://127.0.0.1:$lb_port/" "node1=$(jvm_of "$launcher1")" \
      "node2=$(jvm_of "$launcher2")" "mariadbd=$db_pid" "haproxy=$lb_pid"
    fast_path_share "$setup" "node1=$port1" "node2=$port2"
    kill -TERM -- "-$launcher1" "-$launcher2" "$lb_pid" 2>/dev/null || true
  fi
  # sizes from fresh statistics (InnoDB's persistent ones lag behind a table that just grew)
  mariadb-check -h127.0.0.1 -P"$db_port" -uroot --analyze --silent "oco_$setup" >/dev/null
  size=$(mariadb -h127.0.0.1 -P"$db_port" -uroot -N -e "SELECT ROUND(SUM(data_length + index_length) / 1048576, 1)
    FROM information_schema.tables WHERE table_schema = 'oco_$setup'")
  computers=$(mariadb -h127.0.0.1 -P"$db_port" -uroot -N -e "SELECT COUNT(*) FROM oco_$setup.computer")
  # the largest tables: what grows with the fleet
  largest=$(mariadb -h127.0.0.1 -P"$db_port" -uroot -N -e "SELECT GROUP_CONCAT(CONCAT(table_name, ' ',
    ROUND((data_length + index_length) / 1048576, 1), ' MiB') ORDER BY data_length + index_length DESC SEPARATOR ', ')
    FROM (SELECT * FROM information_schema.tables WHERE table_schema = 'oco_$setup'
          ORDER BY data_length + index_length DESC LIMIT 4) t")
  echo "- $setup: database oco_$setup holds $computers computers in $size MiB (InnoDB data and indexes; largest: $largest)" >>"$out.notes"
  sleep 5
done
cat "$out.notes" >>"$out" && rm -f "$out.notes"
echo "- load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out"
log "results in $out (work files in $work)"
cat "$out"
