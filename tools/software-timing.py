#!/usr/bin/env python3
"""Times the software view through the client API (median of 3 calls each, timed by the caller).

Usage: tools/software-timing.py URL ADMIN_PASSWORD API_KEY
  e.g. tools/software-timing.py http://127.0.0.1:8080/ "$OCO_ADMIN_PASSWORD" "$OCO_CLIENT_API_KEY"
Prints the fleet's size and markdown rows for docs/performance.md ("The software view at scale").
"""
import base64
import json
import statistics
import sys
import time
import urllib.request

url, password, api_key = sys.argv[1].rstrip('/') + '/api-client.php', sys.argv[2], sys.argv[3]
auth = 'Basic ' + base64.b64encode(('admin:' + password).encode()).decode()


def call(method, data):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method,
                       "params": {"api_key": api_key, "data": data}}).encode()
    request = urllib.request.Request(url, data=body,
                                     headers={'Content-Type': 'application/json', 'Authorization': auth})
    start = time.time()
    answer = json.loads(urllib.request.urlopen(request, timeout=300).read())
    if 'error' in answer:
        raise SystemExit(f"{method} {data}: {answer['error']}")
    return answer['result']['data'], (time.time() - start) * 1000


def timed(method, data):
    times, result = [], None
    for _ in range(3):
        result, ms = call(method, data)
        times.append(ms)
    return result, statistics.median(times)


call("oco.info", {})  # the first call pays for the password check; later ones are cached
summary, _ = call("oco.computer.summary", {})
names, _ = call("oco.software.list", {"limit": 1})
print(f"computers: {summary['total']}, software names: {names['total']}")
print("| call | what it answered | ms (median of 3) |")
print("|---|---|---|")
rows = [
    ("oco.software.list", {}, "first page (50 names)"),
    ("oco.software.list", {"offset": 400}, "a page in the middle (offset 400)"),
    ("oco.software.list", {"search": "lib"}, "search \"lib\", first page"),
    ("oco.software.list", {"search": "bash"}, "search \"bash\""),
    ("oco.software.get", {"name": "bash"}, "bash: versions per OS, first 50 computers"),
    ("oco.software.get", {"name": "bash", "offset": 50000}, "bash: computers from 50,000 on"),
    ("oco.software.get", {"name": "bash", "os": "Ubuntu"}, "bash on Ubuntu, first 50 computers"),
]
for method, data, what in rows:
    result, ms = timed(method, data)
    if method == "oco.software.list":
        detail = f"{len(result['software'])} of {result['total']} names, up to {max([s['computers'] for s in result['software']] or [0])} computers each"
    else:
        detail = f"{result['computers']} computers, {len(result['versions'])} version(s), {result['installed_on']['total']} installations"
    print(f"| `{method}` {json.dumps(data)} | {what}: {detail} | {ms:.0f} |")
