#!/usr/bin/env python3
"""Crawls a running Beachhead and writes every answer to a folder, so two builds can be compared byte for byte.

    bench/crawl.py http://127.0.0.1:8080 /tmp/crawl-before
    bench/crawl.py http://127.0.0.1:8081 /tmp/crawl-after
    diff -r /tmp/crawl-before /tmp/crawl-after

It follows every same-site link of HTML pages (href and src) and of JSON answers (any string value
that is a site path), fetches each HTML page a second time with ?lang=zh-CN, and stores for each URL
its status, content type and body. Nothing else is sent: no cookies, so every answer is the one a
first visit gets.
"""
import hashlib
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

START = ["/", "/timeline", "/partners", "/deals", "/titles", "/regulators", "/people", "/sources", "/map",
         "/timeline/chart", "/search?q=netflix", "/search?q=%E7%88%B1%E5%A5%87%E8%89%BA", "/feed.atom",
         "/dataset.json", "/timeline.csv", "/timeline.json", "/deals.csv", "/deals.json", "/api/v1/events",
         "/api/v1/partners", "/api/v1/deals", "/api/v1/titles", "/api/v1/regulators", "/api/v1/people",
         "/api/v1/sources", "/v3/api-docs", "/events/no-such-event", "/timeline?from=abc", "/partners?page=99",
         "/api/v1/events?size=0", "/timeline?partner=wasu&partner=letv&kind=talks&from=2015&to=2016",
         "/timeline?order=newest", "/deals?status=in-talks", "/api/v1/events?partner=wasu&order=newest"]
LINK = re.compile(r'(?:href|src)="([^"#]+)')
LIMIT = 6000


def fetch(base, path):
    request = urllib.request.Request(base + path, headers={"Accept-Language": "en"})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def site_paths(content_type, body):
    text = body.decode("utf-8", "replace")
    if "html" in content_type or "xml" in content_type:
        found = [link.replace("&amp;", "&") for link in LINK.findall(text)]
        found += re.findall(r'<link[^>]* href="([^"#]+)"', text)
    elif "json" in content_type:
        found = re.findall(r'"(/[^"\s]*)"', text)
    else:
        return []
    return [link for link in found if link.startswith("/") and not link.startswith("//")
            and not link.startswith("/swagger-ui") and not link.startswith("/webjars")]


def file_name(path):
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", path)[:120]
    return readable + "_" + hashlib.sha256(path.encode()).hexdigest()[:10]


def main():
    base, out = sys.argv[1].rstrip("/"), sys.argv[2]
    import os
    os.makedirs(out, exist_ok=True)
    seen, queue = set(), list(START)
    while queue and len(seen) < LIMIT:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, content_type, body = fetch(base, path)
        with open(os.path.join(out, file_name(path)), "wb") as stored:
            stored.write(f"{path}\n{status} {content_type}\n\n".encode() + body)
        for link in site_paths(content_type, body):
            if link not in seen:
                queue.append(link)
        if "text/html" in content_type and "lang=" not in path:
            queue.append(path + ("&" if "?" in path else "?") + "lang=zh-CN")
    print(f"{len(seen)} URLs written to {out}" + (" (limit reached)" if queue else ""))


if __name__ == "__main__":
    main()
