#!/usr/bin/env python3
"""Measures the first paint of the admin UI's computer list in Debian's headless Chromium (via chromedriver's
W3C HTTP API, no Selenium needed): each run loads URL/#/computers fresh with a logged-in session and reads,
from the browser's own timeline (ms since navigation start), the first contentful paint and the paint of the
computer table (Element Timing: the table has elementtiming="computer-list").

Usage: tools/ui-first-paint.py URL ADMIN_PASSWORD [RUNS]
  e.g. tools/ui-first-paint.py http://127.0.0.1:18090/ "$OCO_ADMIN_PASSWORD" 10
Seed computers first: java -jar tools/loadgen/target/loadgen.jar seed --count 10000 --db-url …
"""
import json
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

CHROMIUM = '/usr/lib/chromium/chromium'
CHROMEDRIVER = '/usr/bin/chromedriver'

base, password = sys.argv[1].rstrip('/') + '/', sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


port = free_port()
driver = subprocess.Popen([CHROMEDRIVER, f'--port={port}'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def webdriver(method, path, body=None):
    request = urllib.request.Request(f'http://127.0.0.1:{port}{path}', method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={'Content-Type': 'application/json'})
    try:
        return json.loads(urllib.request.urlopen(request, timeout=60).read())['value']
    except urllib.error.HTTPError as e:
        raise SystemExit(f'chromedriver: {method} {path}: {e.read().decode()[:500]}')


# Waits for the computer table's paint entry (buffered, so it is found even if it came before the call).
WAIT_FOR_LIST = """
const done = arguments[arguments.length - 1];
new PerformanceObserver((list, observer) => {
  const entry = list.getEntries().find((e) => e.identifier === 'computer-list');
  if (!entry) return;
  observer.disconnect();
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  done({ list: entry.renderTime || entry.loadTime, fcp: fcp ? fcp.startTime : null,
    rows: document.querySelectorAll('table.computers tbody tr').length,
    range: (document.getElementById('range') || {}).textContent });
}).observe({ type: 'element', buffered: true });
"""

session = None
try:
    for _ in range(50):
        try:
            webdriver('GET', '/status')
            break
        except OSError:
            time.sleep(0.1)
    session = webdriver('POST', '/session', {'capabilities': {'alwaysMatch': {
        'browserName': 'chrome', 'timeouts': {'script': 30000},
        'goog:chromeOptions': {'binary': CHROMIUM, 'args': [
            '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--window-size=1280,900',
            '--disable-background-networking', '--no-first-run']}}}})['sessionId']
    s = f'/session/{session}'
    webdriver('POST', f'{s}/url', {'url': base})
    webdriver('POST', f'{s}/execute/async', {'args': [password], 'script': """
        const done = arguments[arguments.length - 1];
        fetch('/ui-session/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: arguments[0] }) }).then((r) => done(r.status));"""})
    results = []
    for run in range(runs + 1):
        webdriver('POST', f'{s}/url', {'url': 'about:blank'})
        webdriver('POST', f'{s}/url', {'url': base + '#/computers'})
        result = webdriver('POST', f'{s}/execute/async', {'script': WAIT_FOR_LIST, 'args': []})
        if run > 0:  # the first load fills the browser's cache, as any admin's first visit does
            results.append(result)
        print(f"run {run}: list painted {result['list']:.0f} ms, first contentful paint {result['fcp']:.0f} ms, "
              f"{result['rows']} rows, {result['range']}" + (' (warm-up, not counted)' if run == 0 else ''))
    lists = [r['list'] for r in results]
    fcps = [r['fcp'] for r in results]
    print(f"computer list painted after navigation start: median {statistics.median(lists):.0f} ms, "
          f"min {min(lists):.0f}, max {max(lists):.0f} ({len(lists)} runs); first contentful paint median "
          f"{statistics.median(fcps):.0f} ms")
finally:
    if session:
        webdriver('DELETE', f'/session/{session}')  # quits Chromium (terminating chromedriver alone would not)
    driver.terminate()
