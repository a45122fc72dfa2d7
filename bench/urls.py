#!/usr/bin/env python3
"""Distinct URLs for bench/uncached, and the requests it makes one at a time (standard library only).

    urls.py build CORPUS DIR          writes DIR/<group>.urls (for wrk), DIR/<group>.sql (statement
                                      counts) and DIR/warmup.urls from the corpus's curation.yaml
    urls.py check BASE DIR GROUP:SECONDS ...
                                      requests each group's URLs once, in order, until the list or the
                                      seconds run out; keeps the 200s in DIR/<group>.ok (the last third,
                                      up to --single, in DIR/<group>.single for the single-user pass)
    urls.py single BASE DIR GROUP ...   one connection, one request at a time: p50 and p99
    urls.py sql BASE DIR LOG GROUP ...  the org.hibernate.SQL lines each request adds to LOG
    urls.py table RESULTS             the Markdown table of what the others appended to RESULTS

Every URL is built from the corpus (slugs, kinds, statuses, types, years, words) so that none is asked
twice: the app keeps each rendered answer per URL, and a repeated URL measures that copy, not the app.
Only http://127.0.0.1 is ever asked.
"""
import argparse
import concurrent.futures
import http.client
import json
import math
import os
import random
import re
import statistics
import sys
import threading
import time
import urllib.parse

GROUPS = {
    "mixed": "all routes, mixed",
    "first-timeline": "first timeline page (`/timeline?nocache=N`)",
    "filtered-timeline": "filtered timeline",
    "partner": "partner page",
    "deal": "deal page",
    "event": "event page",
    "search": "search",
    "api": "api",
}
# Which kinds of URL each group is made of; "mixed" takes a share of every kind, and the kinds no
# other group has (lists; title, person, regulator and source pages).
KINDS_OF = {
    "first-timeline": ["first"],
    "filtered-timeline": ["timeline"],
    "partner": ["partner"],
    "deal": ["deal"],
    "event": ["event"],
    "search": ["search"],
    "api": ["api-events", "api-deals", "api-lists", "api-event", "api-item"],
}
MIXED_ONLY = ["lists", "title", "person", "regulator", "source"]
LANGS = [None, "en", "zh-CN"]
TIMELINE_PAGE, ENTITY_PAGE, LIST_PAGE, DEALS_PAGE, API_PAGE = 100, 50, 100, 50, 50


# ---------------------------------------------------------------- curation.yaml, the subset it uses

def scalar(text):
    text = text.strip()
    if text.startswith("["):
        return [item.strip().strip("\"'") for item in text.strip("[]").split(",") if item.strip()]
    if text.startswith('"'):
        try:
            return json.loads(text)
        except ValueError:
            return text.strip('"')
    if text.startswith("'"):
        return text.strip("'").replace("''", "'")
    return re.sub(r"\s+#.*$", "", text)


def parse_curation(path):
    """Top-level sections of entries ("  - slug: ..."), each a dict of its keys; lists of maps kept."""
    sections, section, entry, key = {}, None, None, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                m = re.match(r"^([a-z_]+):\s*$", line)
                section = m.group(1) if m else None
                if section:
                    sections.setdefault(section, [])
                entry = None
                continue
            if section is None:
                continue
            m = re.match(r"^  - (\w+):\s*(.*)$", line)
            if m:
                entry = {m.group(1): scalar(m.group(2))}
                key = m.group(1)
                sections[section].append(entry)
                continue
            if entry is None:
                continue
            m = re.match(r"^    (\w+):\s*(.*)$", line)
            if m:
                key = m.group(1)
                entry[key] = scalar(m.group(2)) if m.group(2).strip() else []
                continue
            m = re.match(r"^      - (\w+):\s*(.*)$", line)
            if m and isinstance(entry.get(key), list):
                entry[key].append({m.group(1): scalar(m.group(2))})
                continue
            m = re.match(r"^        (\w+):\s*(.*)$", line)
            if m and isinstance(entry.get(key), list) and entry[key] and isinstance(entry[key][-1], dict):
                entry[key][-1][m.group(1)] = scalar(m.group(2))
    return sections


def as_list(value):
    return value if isinstance(value, list) else ([value] if value else [])


# ---------------------------------------------------------------- building the URLs

def with_query(path, params):
    query = urllib.parse.urlencode([(k, v) for k, v in params if v is not None], safe=",")
    return path + ("?" + query if query else "")


def pages(count, size):
    return max(1, math.ceil(count / size))


def paged(path, count, size, langs=True):
    """The path's pages (the first without ?page) in each language."""
    out = []
    for page in range(1, pages(count, size) + 1):
        for lang in (LANGS if langs else [None]):
            out.append(with_query(path, [("page", str(page) if page > 1 else None), ("lang", lang)]))
    return out


class Corpus:
    def __init__(self, folder):
        data = parse_curation(os.path.join(folder, "curation.yaml"))
        get = lambda name: [e for e in data.get(name, []) if isinstance(e.get("slug"), str)]
        self.articles, self.partners, self.people = get("articles"), get("partners"), get("people")
        self.regulators, self.rules, self.titles = get("regulators"), get("rules"), get("titles")
        self.deals, self.events = get("deals"), get("events")
        deals = {d["slug"]: d for d in self.deals}
        rule_regulator = {r["slug"]: r.get("regulator") for r in self.rules}
        self.by = {name: {} for name in ("partner", "deal", "title", "person", "regulator", "kind", "year")}
        self.years = set()
        for i, e in enumerate(self.events):
            deal = deals.get(e.get("deal")) if isinstance(e.get("deal"), str) else None
            links = {
                "partner": set(as_list(e.get("partners"))) | set(as_list(deal.get("partners")) if deal else []),
                "deal": {deal["slug"]} if deal else set(),
                "title": set(as_list(e.get("titles"))) | set(as_list(deal.get("titles")) if deal else []),
                "person": set(as_list(e.get("people"))),
                "regulator": set(as_list(e.get("regulators"))) | {rule_regulator.get(r) for r in as_list(e.get("rules"))},
                "kind": {e.get("kind")},
            }
            year = re.search(r"\d{4}", str(e.get("date", "")))
            if year:
                links["year"] = {int(year.group())}
                self.years.add(int(year.group()))
            for name, values in links.items():
                for value in values:
                    if value:
                        self.by[name].setdefault(value, set()).add(i)
        self.kinds = sorted(self.by["kind"])
        self.statuses = sorted({d.get("status") for d in self.deals if d.get("status")})
        self.types = sorted({d.get("type") for d in self.deals if d.get("type")})

    def count(self, name, slug):
        return len(self.by[name].get(slug, ()))

    def matching(self, partners, kinds, first, last):
        """The events a timeline filter shows: any of the partners, any of the kinds, within the years."""
        found = None
        for name, values in (("partner", partners), ("kind", kinds)):
            if values:
                union = set().union(*(self.by[name].get(v, set()) for v in values))
                found = union if found is None else found & union
        if first or last:
            years = [y for y in self.years if (not first or y >= first) and (not last or y <= last)]
            union = set().union(*(self.by["year"][y] for y in years)) if years else set()
            found = union if found is None else found & union
        return len(self.events) if found is None else len(found)

    def search_words(self):
        words = set()
        texts = [p.get("name", "") for p in self.partners + self.people + self.titles + self.regulators + self.deals]
        texts += [e.get("headline", "") for e in self.events]
        for text in texts:
            if isinstance(text, str):
                words.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", text))
        chinese = {p.get("chinese_name") for p in self.partners + self.regulators}
        return sorted(words), sorted(c for c in chinese if isinstance(c, str) and c)


def random_filter(corpus, rng, api=False):
    """A timeline filter as query parameters, or None when the draw is not worth a URL."""
    slugs = [p["slug"] for p in corpus.partners]
    partners = rng.sample(slugs, min(len(slugs), rng.choice([0, 0, 1, 1, 1, 2, 3])))
    kinds = rng.sample(corpus.kinds, min(len(corpus.kinds), rng.choice([0, 0, 1, 1, 2])))
    first = last = None
    if corpus.years and rng.random() < 0.4:
        low, high = min(corpus.years), max(corpus.years)
        first, last = sorted(rng.randint(low, high) for _ in range(2))
        shape = rng.random()
        first, last = (first, None) if shape < 0.25 else (None, last) if shape < 0.5 else (first, last)
    order = "newest" if rng.random() < 0.3 else None
    count = corpus.matching(partners, kinds, first, last)
    if count == 0 and rng.random() < 0.8:
        return None
    params = [("partner", p) for p in partners] + [("kind", k) for k in kinds]
    params += [("from", first and str(first)), ("to", last and str(last)), ("order", order)]
    size = rng.choice([None, rng.randint(1, 200)]) if api else None
    last_page = pages(count, size or (API_PAGE if api else TIMELINE_PAGE))
    page = rng.randint(2, last_page) if last_page > 1 and rng.random() < 0.3 else None
    if not api and not any(v for _, v in params) and page is None:
        return None  # the unfiltered first page is the first-timeline group's
    params += [("page", page and str(page)), ("size", size and str(size))]
    if not api:
        params.append(("lang", rng.choice(LANGS)))
    return params


def draw(make, target, rng, tries=50):
    """Up to target distinct URLs from a random maker, giving up after tries draws per URL."""
    found = set()
    for _ in range(target * tries):
        url = make(rng)
        if url:
            found.add(url)
            if len(found) >= target:
                break
    return sorted(found)


def build_pools(corpus, rng, cap):
    c = corpus
    pools = {"first": [f"/timeline?nocache={n}" for n in range(1, cap + 1)]}
    pools["timeline"] = draw(lambda r: (lambda p: p and with_query("/timeline", p))(random_filter(c, r)), cap, rng)
    pools["partner"] = [u for p in c.partners for u in paged(f"/partners/{p['slug']}", c.count("partner", p["slug"]), ENTITY_PAGE)]
    pools["deal"] = [u for d in c.deals for u in paged(f"/deals/{d['slug']}", c.count("deal", d["slug"]), ENTITY_PAGE)]
    pools["event"] = [with_query(f"/events/{e['slug']}", [("lang", lang)]) for e in c.events for lang in LANGS]
    pools["title"] = [u for t in c.titles for u in paged(f"/titles/{t['slug']}", c.count("title", t["slug"]), ENTITY_PAGE)]
    pools["person"] = [u for p in c.people for u in paged(f"/people/{p['slug']}", c.count("person", p["slug"]), ENTITY_PAGE)]
    pools["regulator"] = [u for g in c.regulators
                          for u in paged(f"/regulators/{g['slug']}", c.count("regulator", g["slug"]), ENTITY_PAGE)]
    pools["source"] = [with_query(f"/sources/{a['slug']}", [("lang", lang)]) for a in c.articles for lang in LANGS]
    lists = []
    for path, items, size in (("/partners", c.partners, LIST_PAGE), ("/titles", c.titles, LIST_PAGE),
                              ("/people", c.people, LIST_PAGE), ("/sources", c.articles, LIST_PAGE)):
        lists += paged(path, len(items), size)
    lists += [with_query("/regulators", [("lang", lang)]) for lang in LANGS]

    deal_index = {"all": set(range(len(c.deals)))}
    for i, d in enumerate(c.deals):
        for key in [("partner", p) for p in as_list(d.get("partners"))] + [("status", d.get("status")), ("type", d.get("type"))]:
            deal_index.setdefault(key, set()).add(i)

    def deal_filter(r, api):
        partners = r.sample([p["slug"] for p in c.partners], min(len(c.partners), r.choice([0, 1, 1, 2])))
        status = r.choice([None, None] + c.statuses)
        kind = r.choice([None, None] + c.types)
        chosen = deal_index["all"]
        if partners:
            chosen = chosen & set().union(*(deal_index.get(("partner", p), set()) for p in partners))
        for key in (("status", status), ("type", kind)):
            if key[1]:
                chosen = chosen & deal_index.get(key, set())
        size = r.choice([None, r.randint(1, 200)]) if api else None
        last_page = pages(len(chosen), size or DEALS_PAGE)
        page = r.randint(2, last_page) if last_page > 1 and r.random() < 0.3 else None
        params = [("partner", p) for p in partners] + [("status", status), ("type", kind)]
        params += [("page", page and str(page)), ("size", size and str(size))]
        if not api:
            params.append(("lang", r.choice(LANGS)))
        return with_query(("/api/v1" if api else "") + "/deals", params)

    lists += draw(lambda r: deal_filter(r, False), max(50, cap // 4), rng)
    pools["lists"] = sorted(set(lists))
    words, chinese = c.search_words()
    pools["search"] = draw(lambda r: with_query("/search", [
        ("q", r.choice(chinese) if chinese and r.random() < 0.05 else
         " ".join(r.sample(words, r.choice([1, 1, 2])))), ("lang", r.choice(LANGS))]), cap, rng)
    pools["api-events"] = draw(lambda r: (lambda p: p and with_query("/api/v1/events", p))(random_filter(c, r, api=True)),
                               cap, rng)
    pools["api-deals"] = draw(lambda r: deal_filter(r, True), cap, rng)

    def api_list(r):
        path, items = r.choice([("/api/v1/partners", c.partners), ("/api/v1/titles", c.titles),
                                ("/api/v1/people", c.people), ("/api/v1/sources", c.articles)])
        size = r.choice([None, r.randint(1, 200)])
        last_page = pages(len(items), size or API_PAGE)
        page = r.randint(2, last_page) if last_page > 1 and r.random() < 0.5 else None
        return with_query(path, [("page", page and str(page)), ("size", size and str(size))])

    pools["api-lists"] = draw(api_list, cap, rng, tries=5) + ["/api/v1/regulators"]
    pools["api-event"] = [f"/api/v1/events/{e['slug']}" for e in c.events]
    pools["api-item"] = [f"/api/v1/{path}/{e['slug']}" for path, items in
                         (("partners", c.partners), ("deals", c.deals), ("titles", c.titles), ("people", c.people),
                          ("regulators", c.regulators), ("sources", c.articles)) for e in items]
    for urls in pools.values():
        rng.shuffle(urls)
    return pools


def round_robin(lists, limit):
    out, lists = [], [list(x) for x in lists if x]
    while lists and len(out) < limit:
        for x in lists:
            if x and len(out) < limit:
                out.append(x.pop(0))
        lists = [x for x in lists if x]
    return out


def build(args):
    corpus = Corpus(args.corpus)
    rng = random.Random(args.seed)
    pools = build_pools(corpus, rng, args.cap)
    parts = {}  # (group, use) -> list of per-kind lists
    for kind, urls in pools.items():
        n = len(urls)
        group = next((g for g, kinds in KINDS_OF.items() if kind in kinds), "mixed")
        cuts = [("sql", min(args.sql, n // 5)), ("warmup", min(10, n // 10))]
        if group != "mixed":
            cuts.append(("mixed", min(200, n // 5)))
        start = 0
        for use, size in cuts:
            target = "mixed" if use == "mixed" else group
            parts.setdefault((target, "urls" if use == "mixed" else use), []).append(urls[start:start + size])
            start += size
        parts.setdefault((group, "urls"), []).append(urls[start:])
    seen, written = set(), {}
    for group in GROUPS:
        for use, limit in (("urls", args.cap), ("sql", args.sql), ("warmup", 10 ** 9)):
            urls = [u for u in round_robin(parts.get((group, use), []), limit) if u not in seen]
            seen.update(urls)
            name = "warmup" if use == "warmup" else group
            ext = "urls" if use == "warmup" else use
            written.setdefault((name, ext), []).extend(urls)
    os.makedirs(args.dir, exist_ok=True)
    for (name, ext), urls in written.items():
        with open(os.path.join(args.dir, f"{name}.{ext}"), "w") as f:
            f.write("".join(u + "\n" for u in urls))
    total = sum(len(u) for u in written.values())
    summary = ", ".join(f"{g} {len(written.get((g, 'urls'), []))}" for g in GROUPS)
    print(f"built {total} distinct URLs from {len(corpus.events)} events "
          f"({summary}; {args.sql} per group for statement counts; {len(written.get(('warmup', 'urls'), []))} to warm up)",
          file=sys.stderr)
    with open(os.path.join(args.dir, "built"), "w") as f:
        f.write(f"{total} {len(corpus.events)}\n")
    if total < 1000:
        print(f"only {total} distinct URLs: fewer than the 1,000 wanted", file=sys.stderr)


# ---------------------------------------------------------------- asking the app

def local(base):
    parts = urllib.parse.urlsplit(base)
    if parts.scheme != "http" or parts.hostname != "127.0.0.1":
        sys.exit(f"refusing {base}: only http://127.0.0.1:<port> is asked")
    return parts.hostname, parts.port


class Client:
    """One kept-alive connection; reconnects when the app closes it."""

    def __init__(self, base):
        self.host, self.port = local(base)
        self.connection = None

    def get(self, path):
        for attempt in (1, 2):
            try:
                if self.connection is None:
                    self.connection = http.client.HTTPConnection(self.host, self.port, timeout=120)
                self.connection.request("GET", path)
                answer = self.connection.getresponse()
                answer.read()
                if answer.getheader("Connection", "").lower() == "close":
                    self.close()
                return answer.status
            except (http.client.HTTPException, OSError):
                self.close()
                if attempt == 2:
                    return 0

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def read_urls(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [line.strip() for line in f if line.strip()]


def write_urls(path, urls):
    with open(path, "w") as f:
        f.write("".join(u + "\n" for u in urls))


def append_result(path, *fields):
    if path:
        with open(path, "a") as f:
            f.write("\t".join(str(x) for x in fields) + "\n")


def statuses_text(counts):
    return ", ".join(f"{status or 'no answer'} × {n}" for status, n in sorted(counts.items())) or "none"


def check(args):
    all_counts = {}
    for spec in args.groups:
        group, seconds = spec.split(":")
        urls = read_urls(os.path.join(args.dir, f"{group}.urls"))
        status = [None] * len(urls)
        deadline = time.monotonic() + float(seconds)
        lock, taken = threading.Lock(), [0]

        def worker():
            client = Client(args.base)
            while time.monotonic() < deadline:
                with lock:
                    i = taken[0]
                    if i >= len(urls):
                        break
                    taken[0] += 1
                status[i] = client.get(urls[i])
            client.close()

        with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
            for future in [pool.submit(worker) for _ in range(args.concurrency)]:
                future.result()
        checked = [(u, s) for u, s in zip(urls, status) if s is not None]
        counts = {}
        for u, s in checked:
            counts[s] = counts.get(s, 0) + 1
            all_counts[s] = all_counts.get(s, 0) + 1
        ok = [u for u, s in checked if s == 200]
        bad = [f"{s} {u}" for u, s in checked if s != 200]
        single = []
        if group in args.single_groups:
            single = ok[len(ok) - min(args.single, len(ok) // 3):]
            ok = ok[:len(ok) - len(single)]
        write_urls(os.path.join(args.dir, f"{group}.ok"), ok)
        write_urls(os.path.join(args.dir, f"{group}.single"), single)
        note = f"; not 200, dropped: {'; '.join(bad[:3])}{' …' if len(bad) > 3 else ''}" if bad else ""
        print(f"check {group}: {len(checked)} of {len(urls)} built URLs asked in {seconds} s: "
              f"{statuses_text(counts)}{note}", file=sys.stderr)
        append_result(args.results, "check", group, len(urls), len(checked), len(ok), len(single),
                      statuses_text(counts))
    append_result(args.results, "statuses", statuses_text(all_counts))


def percentile(values, p):
    """Nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def cpu_ms(pid):
    """A process's CPU time so far, user and system, in ms."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def single(args):
    for group in args.groups:
        urls = read_urls(os.path.join(args.dir, f"{group}.single"))
        client, times, bad = Client(args.base), [], 0
        cpu_before = cpu_ms(args.pid) if args.pid else None
        deadline = time.monotonic() + args.seconds
        for url in urls:
            if time.monotonic() >= deadline:
                break
            begin = time.perf_counter()
            status = client.get(url)
            elapsed = (time.perf_counter() - begin) * 1000
            if status == 200:
                times.append(elapsed)
            else:
                bad += 1
        client.close()
        per = f"{(cpu_ms(args.pid) - cpu_before) / (len(times) + bad):.1f}" if cpu_before is not None and times else ""
        if times:
            p50, p99 = percentile(times, 50), percentile(times, 99)
            print(f"single {group}: {len(times)} URLs, p50 {p50:.1f} ms, p99 {p99:.1f} ms, app CPU {per or '?'} ms a "
                  f"request{f', {bad} not 200' if bad else ''}", file=sys.stderr)
            append_result(args.results, "single", group, len(times), f"{p50:.1f}", f"{p99:.1f}", bad, per)
        else:
            append_result(args.results, "single", group, 0, "", "", bad, "")


def sql(args):
    marker = b"org.hibernate.SQL"
    with open(args.log, "rb") as log:
        log.seek(0, os.SEEK_END)
        for group in args.groups:
            client, counts, statuses = Client(args.base), [], {}
            for url in read_urls(os.path.join(args.dir, f"{group}.sql")):
                log.read()  # whatever the app logged before this request
                status = client.get(url)
                time.sleep(args.settle)
                added = log.read().count(marker)
                statuses[status] = statuses.get(status, 0) + 1
                if status == 200:
                    counts.append(added)
            client.close()
            if counts:
                median = statistics.median(counts)
                print(f"sql {group}: {len(counts)} URLs, statements per request: median {median:g}, "
                      f"max {max(counts)}, min {min(counts)} ({statuses_text(statuses)})", file=sys.stderr)
                append_result(args.results, "sql", group, len(counts), f"{median:g}", max(counts), min(counts))
            else:
                append_result(args.results, "sql", group, 0, "", "", "")


# ---------------------------------------------------------------- the table

def table(args):
    rows, meta = {}, {}
    with open(args.results) as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if fields[0] in ("check", "wrk", "single", "sql"):
                rows.setdefault(fields[1], {})[fields[0]] = fields[2:]
            else:
                meta[fields[0]] = fields[1:]
    m = lambda key, i=0: (meta.get(key) or [""] * (i + 1))[i]
    out = [
        f"Corpus `{m('corpus')}` ({m('corpus', 1)} events), {m('built')} distinct URLs built from it; "
        f"jar `{m('jar')}` ({m('jar', 1)}); {m('date')}; {m('machine')}.",
        f"Load average (1, 5, 15 min): {m('load-start')} at the start, {m('load-wrk')} before the wrk runs, "
        f"{m('load-end')} at the end. Start-up with the import {m('startup')} s, restarts on its database "
        f"{m('restart')} s.",
        f"App: `{m('java')}`, its own H2 file. Each URL was asked once before measuring, on another start of the "
        f"app so that no measured answer had been rendered before: {m('statuses')}; only the 200s are used.",
        f"wrk: `{m('wrk-command')}` per group, after a {m('warmup')} s warm-up on other URLs, each URL at most once "
        f"(\"wrapped\": requests past the end of the group's list; HTML paths then get `&wrap=N`, a new URL, "
        f"API paths are repeated). Single user: one connection, one request at a time, {m('single-limits')}. "
        f"SQL: `org.hibernate.SQL` lines a request adds, one request at a time, on a third start with "
        f"`--logging.level.org.hibernate.SQL=DEBUG`.",
    ]
    out.append(f"CPU: the app's CPU time (all threads, from /proc) over the wrk run divided by the answers, "
               f"or over the single-user pass by its requests; GC: the collectors' time during the wrk run (jstat).")
    out.append("")
    out.append("| group | URLs checked / used by wrk | req/s | p50 ms | p99 ms | errors, non-2xx | wrapped | CPU ms "
               "| GC s | single user: URLs | p50 ms | p99 ms | CPU ms | SQL per request: median | max |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for group, label in GROUPS.items():
        r = rows.get(group, {})
        c = r.get("check", [""] * 5)
        w = r.get("wrk", [""] * 11)
        s = r.get("single", [""] * 5)
        q = r.get("sql", [""] * 4)
        wrapped = "" if not w[0] else "0" if w[6] == "0" else f"{w[6]} of {w[5]}" + (f", {w[7]} repeated" if w[7] != "0" else "")
        rps, p50, p99 = (w[1], w[2], w[3]) if w[8] != "0" else (f"0 (none answered)", "–", "–")
        dash = lambda v: v if v not in ("", "0") else "–"
        out.append(f"| {label} | {c[1]} / {c[2]} | {rps} | {p50} | {p99} | {w[4]} | {wrapped} | {dash(w[9])} "
                   f"| {w[10]} | {dash(s[0])} | {dash(s[1])} | {dash(s[2])} | {dash(s[4])} | {q[1] or '–'} | {q[2] or '–'} |")
    print("\n".join(out))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build")
    p.add_argument("corpus")
    p.add_argument("dir")
    p.add_argument("--cap", type=int, default=6000, help="URLs per group at most")
    p.add_argument("--sql", type=int, default=20, help="URLs per group for the statement counts")
    p.add_argument("--seed", type=int, default=1)
    p = sub.add_parser("check")
    p.add_argument("base")
    p.add_argument("dir")
    p.add_argument("groups", nargs="+", metavar="GROUP:SECONDS")
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--single-groups", default="", type=lambda s: s.split(","))
    p.add_argument("--single", type=int, default=300)
    p.add_argument("--results")
    p = sub.add_parser("single")
    p.add_argument("base")
    p.add_argument("dir")
    p.add_argument("groups", nargs="+")
    p.add_argument("--seconds", type=float, default=20)
    p.add_argument("--pid", type=int, help="the app's process, for its CPU time")
    p.add_argument("--results")
    p = sub.add_parser("sql")
    p.add_argument("base")
    p.add_argument("dir")
    p.add_argument("log")
    p.add_argument("groups", nargs="+")
    p.add_argument("--settle", type=float, default=0.15, help="seconds to let the log catch up")
    p.add_argument("--results")
    p = sub.add_parser("table")
    p.add_argument("results")
    args = parser.parse_args()
    {"build": build, "check": check, "single": single, "sql": sql, "table": table}[args.command](args)


if __name__ == "__main__":
    main()
