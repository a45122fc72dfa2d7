#!/usr/bin/env python3
"""How long a save in the workbench takes to show on the public pages (issue 16: within 2 s on the large corpus).

Signs in to the JSON API as an editor, then, COUNT times: adds a claim citing a passage an existing event already
quotes (each claim a new slug and headline), and times, from sending the save, (1) its answer, (2) until
/timeline?from=2026 shows the claim's headline, (3) until its own event page answers and (4) until search finds
its headline's token; then reverts that version and times until the timeline no longer shows it. Polls every
50 ms; CPU is the app process's (/proc/PID/stat) over each span. Prints one line per save and a summary.

    bench/workbench-save.py http://127.0.0.1:8231 PID editor:password /tmp/gen-corpus-main-20000-1 [COUNT]

The app must run with BEACHHEAD_EDITOR=editor:password on the corpus in the folder given.
"""
import base64
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request

BASE, PID, CREDENTIALS, CORPUS = sys.argv[1:5]
COUNT = int(sys.argv[5]) if len(sys.argv) > 5 else 5
AUTH = "Basic " + base64.b64encode(CREDENTIALS.encode()).decode()
TICK = os.sysconf("SC_CLK_TCK")
RUN = str(int(time.time()))[-6:]


def cpu_seconds(outside_search=False):
    """The app's CPU time; with outside_search, less its search index threads' (which rebuild after a save)."""
    with open(f"/proc/{PID}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    total = (int(fields[11]) + int(fields[12])) / TICK
    if outside_search:
        for task in os.listdir(f"/proc/{PID}/task"):
            try:
                with open(f"/proc/{PID}/task/{task}/stat") as stat:
                    name, rest = stat.read().split("(", 1)[1].rsplit(")", 1)
                if name.startswith("search-index"):
                    fields = rest.split()
                    total -= (int(fields[11]) + int(fields[12])) / TICK
            except FileNotFoundError:
                pass
    return total


def call(method, path, body=None, auth=True):
    request = urllib.request.Request(BASE + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Accept", "application/json")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if auth:
        request.add_header("Authorization", AUTH)
    try:
        with urllib.request.urlopen(request, timeout=600) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def newest():
    status, body = call("GET", "/api/v1/curation/versions")
    assert status == 200, (status, body)
    return json.loads(body)["versions"][0]["number"]


def until(check, limit=600):
    started = time.monotonic()
    while time.monotonic() - started < limit:
        if check():
            return time.monotonic()
        time.sleep(0.05)
    raise SystemExit("gave up after %d s" % limit)


def passages(count):
    """Distinct (article, quote) pairs that events of the corpus quote, from the end of its events section."""
    text = open(os.path.join(CORPUS, "curation.yaml"), encoding="utf-8").read()
    events = text[text.index("\nevents:\n"):]
    found = re.findall(r'- article: (\S+)\n\s+quote: "((?:[^"\\]|\\.)*)"', events)
    picked, seen = [], set()
    for article, quote in reversed(found):
        if quote not in seen and '\\' not in quote:
            seen.add(quote)
            picked.append((article, quote))
        if len(picked) == count:
            return picked
    raise SystemExit("not enough passages")


def main():
    rows = []
    for i, (article, quote) in enumerate(passages(COUNT)):
        token = f"benchclaim{RUN}x{i}"
        slug = f"bench-claim-{RUN}-{i}"
        headline = f"Bench claim {token} on a quoted passage"
        draft = {"basedOn": newest(), "slug": slug, "quote": quote, "kind": "statement", "date": "2026",
                 "datedBy": "stated", "dateNote": "A bench claim, dated to its run.", "dateNoteZh": "基准测试的声明。",
                 "attribution": "reporting", "certainty": "reported", "headline": headline,
                 "headlineZh": "基准测试声明 " + token}
        cpu0, other0, t0 = cpu_seconds(), cpu_seconds(True), time.monotonic()
        status, body = call("POST", f"/api/v1/curation/articles/{article}/claims", draft)
        answered = time.monotonic()
        if status not in (200, 201):
            raise SystemExit(f"save refused: {status} {body[:500]}")
        version = json.loads(body)["number"]
        on_timeline = until(lambda: headline in call("GET", "/timeline?from=2026", auth=False)[1])
        cpu_shown, other_shown = cpu_seconds(), cpu_seconds(True)
        on_page = until(lambda: call("GET", f"/events/{slug}", auth=False)[0] == 200)
        in_search = until(lambda: token in call("GET", f"/search?q={token}", auth=False)[1])
        cpu_search = cpu_seconds()
        cpu1, t1 = cpu_seconds(), time.monotonic()
        status, body = call("POST", f"/api/v1/curation/versions/{version}/revert?basedOn={version}")
        if status not in (200, 201):
            raise SystemExit(f"revert refused: {status} {body[:500]}")
        gone = until(lambda: headline not in call("GET", "/timeline?from=2026", auth=False)[1])
        cpu_gone = cpu_seconds()
        rows.append((answered - t0, on_timeline - t0, on_page - t0, in_search - t0, cpu_shown - cpu0,
                     other_shown - other0, cpu_search - cpu0, gone - t1, cpu_gone - cpu1))
        print("save %d: answered %.2f s, on the timeline %.2f s, event page %.2f s, in search %.2f s;"
              " CPU until shown %.2f s (%.2f s outside the search index's threads), %.2f s until searchable;"
              " revert gone from the timeline in %.2f s (CPU %.2f s); load %s"
              % ((i + 1,) + rows[-1] + (open("/proc/loadavg").read().split()[0],)), flush=True)
    for name, column in (("on the timeline", 1), ("CPU until shown, outside search", 5), ("in search", 3),
                         ("reverted, gone", 7)):
        values = sorted(row[column] for row in rows)
        print("%s: median %.2f s, worst %.2f s" % (name, values[len(values) // 2], values[-1]))


main()
