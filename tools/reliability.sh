#!/usr/bin/env bash
# The OCO-J reliability suite (issue 16, docs/reliability.md): builds what is missing, starts the server bundle
# fresh per database (embedded default, and MariaDB in a mariadbd of its own on a free port), runs the scenarios
# and prints the table: scenario, requests, acknowledged, lost, 5xx, recovery time, verdict. Bounded in time by
# --budget (minutes; the suite stops starting scenarios then, and this script kills it 15 minutes later).
#
#   tools/reliability.sh [--db embedded|mariadb|both] [--smoke] [--seed N] [--crash-rounds N]
#                        [--fuzz-requests N] [--scenario TEXT] [--budget MIN] [--markdown FILE] [--bundle DIR]
#
# Environment: RELIABILITY_BUILD=1 rebuilds even if built; MAVEN_ARGS are passed to mvn (e.g. a local repository).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
budget=60
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[$i]}" = "--budget" ] && [ $((i + 1)) -lt ${#args[@]} ]; then budget="${args[$((i + 1))]}"; fi
done

if [ "${RELIABILITY_BUILD:-0}" = 1 ] || [ ! -x "$root/dist/target/oco-server/bin/oco-server" ] \
    || [ ! -f "$root/tools/reliability/target/reliability.jar" ]; then
  echo "reliability: building the server bundle and the suite" >&2
  # shellcheck disable=SC2086
  (cd "$root" && mvn -q -B ${MAVEN_ARGS:-} -pl dist,tools/reliability -am install -DskipTests)
fi

# run a copy of the suite: a rebuild during the run must not change the classes under its feet
jar="$(mktemp -d "${TMPDIR:-/tmp}/oco-reliability-jar.XXXXXX")"
trap 'rm -rf "$jar"' EXIT
cp -r "$root/tools/reliability/target/reliability.jar" "$root/tools/reliability/target/lib" "$jar/"
cd "$root"
bundle=(--bundle "$root/dist/target/oco-server")
for arg in "$@"; do if [ "$arg" = "--bundle" ]; then bundle=(); fi; done
status=0
timeout --signal=TERM --kill-after=60 "$((budget + 15))m" \
  java -jar "$jar/reliability.jar" "${bundle[@]}" "$@" || status=$?
exit "$status"
