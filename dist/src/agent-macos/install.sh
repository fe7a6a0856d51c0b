#!/bin/sh
# Installs (or upgrades) the OCO-J agent on macOS from this unpacked archive: bin/, lib/, plugins/ (and
# runtime/ if present) to the prefix, oco-agent.ini from the example with --api-url and --agent-key unless one
# exists (an upgrade keeps the computer's keys; mode 600), and the launchd daemon org.ocoj.oco-agent, started.
#
#   sudo ./install.sh --api-url https://oco.example/api-agent.php --agent-key <registration key>
#
# Options: --prefix DIR (default /opt/oco-agent), --launchd-dir DIR (default /Library/LaunchDaemons),
# --no-start (install only; used by the tests). Remove: launchctl bootout system/org.ocoj.oco-agent, then
# delete the plist and the prefix.
set -eu
source_dir="$(cd "$(dirname "$0")" && pwd -P)"
prefix=/opt/oco-agent
launchd_dir=/Library/LaunchDaemons
api_url=""
agent_key=""
start=1
while [ $# -gt 0 ]; do
    case "$1" in
        --api-url) api_url="$2"; shift 2 ;;
        --agent-key) agent_key="$2"; shift 2 ;;
        --prefix) prefix="$2"; shift 2 ;;
        --launchd-dir) launchd_dir="$2"; shift 2 ;;
        --no-start) start=0; shift ;;
        *) echo "install.sh: unknown option $1 (see the comment at the top of this file)" >&2; exit 2 ;;
    esac
done
label=org.ocoj.oco-agent
plist="$launchd_dir/$label.plist"

if [ "$start" = 1 ]; then
    launchctl bootout "system/$label" 2>/dev/null || true
fi
mkdir -p "$prefix" "$launchd_dir"
for folder in bin lib plugins runtime; do
    rm -rf "${prefix:?}/$folder"   # no jars of the previous version stay behind
    if [ -d "$source_dir/$folder" ]; then cp -R "$source_dir/$folder" "$prefix/$folder"; fi
done
cp "$source_dir/oco-agent.ini.example" "$prefix/"

# literal replacement (a URL may hold & or /, which sed would interpret)
replace() {
    API_URL="$api_url" AGENT_KEY="$agent_key" PREFIX="$prefix" awk '
        function swap(line, from, to,   at, done) {
            done = ""   # what is replaced is not searched again (the prefix may contain /opt/oco-agent)
            while ((at = index(line, from)) > 0) {
                done = done substr(line, 1, at - 1) to
                line = substr(line, at + length(from))
            }
            return done line
        }
        { line = swap($0, "SERVERURL", ENVIRON["API_URL"]); line = swap(line, "AGENTKEY", ENVIRON["AGENT_KEY"])
          print swap(line, "/opt/oco-agent", ENVIRON["PREFIX"]) }'
}
if [ ! -f "$prefix/oco-agent.ini" ]; then
    (umask 077 && replace < "$source_dir/oco-agent.ini.example" > "$prefix/oco-agent.ini")
fi
replace < "$source_dir/$label.plist" > "$plist"
chmod 644 "$plist"

if [ "$start" = 1 ]; then
    launchctl bootstrap system "$plist"
    echo "OCO agent installed in $prefix and started (launchd $label, log /var/log/oco-agent.log)."
else
    echo "OCO agent installed in $prefix; start it with: launchctl bootstrap system $plist"
fi
