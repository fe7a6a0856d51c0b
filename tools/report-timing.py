#!/usr/bin/env python3
"""Times every report through the client API (first page of 50, median of 3; then the whole result as CSV).

Usage: tools/report-timing.py URL ADMIN_PASSWORD API_KEY
  e.g. tools/report-timing.py http://127.0.0.1:8080/ "$OCO_ADMIN_PASSWORD" "$OCO_CLIENT_API_KEY"
Creates two software-based reports first. Prints markdown rows for docs/performance.md.
Seed the database before with: java -jar tools/loadgen/target/loadgen.jar seed --count 100000 --db-url …
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
    answer = json.loads(urllib.request.urlopen(request).read())
    return answer, (time.time() - start) * 1000


def create(name, criteria):
    answer, _ = call("oco.report.create", {"name": name, "criteria": criteria})
    return {"id": answer['result']['data']['id'], "name": name}


call("oco.info", {})  # the first call pays for the password check; later ones are cached
reports = call("oco.report.list", {})[0]['result']['data']['reports']
reports.append(create("os contains Debian and bash installed", {"all": [
    {"field": "os", "op": "contains", "value": "Debian"},
    {"exists": "software", "where": {"field": "name", "op": "equals", "value": "bash"}}]}))
reports.append(create("openssl not installed",
                      {"not_exists": "software", "where": {"field": "name", "op": "equals", "value": "openssl"}}))
print("| report | rows on the first page | first page ms | whole result as CSV ms |")
print("|---|---|---|---|")
for report in reports:
    times, rows = [], 0
    for _ in range(3):
        answer, ms = call("oco.report.run", {"id": report['id'], "limit": 50})
        times.append(ms)
        rows = len(answer['result']['data'])
    _, csv_ms = call("oco.report.run", {"id": report['id'], "format": "csv"})
    print(f"| {report['name']} | {rows} | {statistics.median(times):.0f} | {csv_ms:.0f} |")
