#!/usr/bin/env python3
"""Writes a synthetic corpus in the seed format (NNN_<hash>.txt articles plus curation.yaml).

Same --seed, same sizes: the same bytes. Every quote is copied from the generated article body and
occurs there exactly once, so the corpus passes the app's verifier; every article carries page
chrome (dateline, share bar, "Most Popular" list, a photo caption between two body segments) so
the body-segment rule is exercised as in seeds/.
"""
import argparse
import hashlib
import json
import os
import random
import re

PARTNER_KINDS = ["video-platform", "media-group", "production-company", "technology-company",
                 "internet-company", "streaming-service", "studio"]
DEAL_TYPES = ["licensing", "original-production", "co-production", "rights-acquisition", "partnership",
              "technology", "investment"]
DEAL_STATUSES = ["rumoured", "in-talks", "announced", "signed", "active", "ended"]
EVENT_KINDS = ["deal", "talks", "acquisition", "investment", "regulation", "statement", "market-figure",
               "market", "title-release"]
PUBLISHERS = ["CGTN", "Resonate", "Variety Asia", "South Bay Post", "Screen Daily", "Caixin Weekly",
              "Tech Lantern", "The Film Ledger"]

SYLLABLES = ["hua", "xia", "jin", "ling", "tian", "mei", "long", "feng", "yun", "bai", "qing", "shan", "hai",
             "xin", "guang", "ming", "rong", "zhi", "kai", "tai", "bo", "lan", "ruo", "sheng", "wei", "yue"]
COMPANY_SUFFIXES = ["Media", "Pictures", "Video", "Streaming", "Digital", "Entertainment", "Network", "Studios",
                    "Cloud", "Vision"]
HAN = "华夏金陵天美龙凤云白青山海新光明荣智凯泰博兰若盛伟月影视传媒网络科技星辰"
GIVEN = ["Wei", "Lin", "Mei", "Jun", "Hao", "Yan", "Ting", "Anna", "David", "Maria", "James", "Sofia", "Kenji",
         "Priya", "Lucas", "Elena", "Omar", "Grace", "Chen", "Ravi"]
FAMILY = ["Zhang", "Wang", "Liu", "Chen", "Huang", "Zhao", "Walker", "Moreno", "Okafor", "Tanaka", "Novak",
          "Sato", "Kowalski", "Haddad", "Fischer", "Lindqvist", "Park", "Nguyen", "Ortega", "Brennan"]
TITLE_WORDS = ["Jade", "Harbour", "Season", "Palace", "River", "Lantern", "Silence", "Empire", "Moon", "Winter",
               "Dynasty", "Garden", "Storm", "Mirror", "Bridge", "Crane", "Mountain", "Echo", "Tide", "Summit"]
ROLES = ["chief content officer", "chief executive", "head of international licensing", "spokeswoman",
         "producer", "vice president of content acquisition", "analyst", "director"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CHROME_TOP = ["Share this with Close", "Messenger Messenger Pinterest LinkedIn", "Follow us", "Sign up for the newsletter"]
CHROME_LIST = ["Ongoing championships in Seattle", "Scrap-car robots debut in Shenyang", "Yoga in the sky",
               "Courier finds parcel", "Local team scores first win", "New bridge opens downtown",
               "Weather: heavy rain expected", "Markets close higher"]


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def yaml_text(text):
    return json.dumps(text, ensure_ascii=False)


class Names:
    """Unique, pronounceable names drawn from the seeded generator."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def unique(self, make):
        while True:
            name = make()
            if name.lower() not in self.used:
                self.used.add(name.lower())
                return name

    def word(self, parts=2):
        return "".join(self.rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def build_entities(rng, args):
    names = Names(rng)
    partners = []
    for i in range(args.partners):
        name = names.unique(lambda: f"{names.word(rng.randint(2, 3))} {rng.choice(COMPANY_SUFFIXES)}")
        partners.append({"slug": slugify(name), "name": name,
                         "chinese_name": names.unique(lambda: "".join(rng.sample(HAN, 4))) if i % 2 == 0 else None,
                         "kind": rng.choice(PARTNER_KINDS)})
    titles = []
    for _ in range(args.titles):
        name = names.unique(lambda: "The " + " ".join(rng.sample(TITLE_WORDS, 2)) + " " + names.word(2))
        titles.append({"slug": slugify(name), "name": name, "format": rng.choice(["series", "film"])})
    people = []
    for _ in range(args.people):
        name = names.unique(lambda: f"{rng.choice(GIVEN)} {names.word(2)}{rng.choice(FAMILY).lower()}")
        people.append({"slug": slugify(name), "name": name, "role": rng.choice(ROLES)})
    regulators = []
    for i in range(args.regulators):
        name = names.unique(lambda: f"Provincial Bureau of {names.word(2)} Broadcasting")
        regulators.append({"slug": slugify(name), "name": name, "short_name": f"PB{i:02d}X"})
    rules = [{"slug": f"rule-{i:03d}", "name": f"Online content rule {i}", "regulator": rng.choice(regulators)["slug"]}
             for i in range(args.regulators * 3)]
    deals = []
    for i in range(args.deals):
        ps = rng.sample(partners, rng.randint(1, 2))
        ts = rng.sample(titles, rng.randint(0, 1))
        deals.append({"slug": f"deal-{i:05d}-{ps[0]['slug']}", "name": f"Netflix–{ps[0]['name']} deal {i}",
                      "type": rng.choice(DEAL_TYPES), "status": rng.choice(DEAL_STATUSES),
                      "partners": [p["slug"] for p in ps], "titles": [t["slug"] for t in ts]})
    return partners, titles, people, regulators, rules, deals


def sentence(rng, serial, year, partner, title, person, regulator):
    """One sentence of story text; the serial figure keeps every sentence of the corpus distinct."""
    figure = f"{serial:,}"
    month = rng.choice(MONTHS)
    templates = [
        f"In {month} {year}, Netflix and {partner['name']} were said to be discussing a licensing arrangement covering {figure} hours of programming.",
        f"{person['name']}, {person['role']}, said the talks with {partner['name']} were \u201cat an early stage\u201d and that {figure} subscribers had asked for {title['name']}.",
        f"{partner['name']} reported {figure} monthly viewers, making it one of the most watched platforms in the region that year.",
        f"Under rules issued by the {regulator['name']} ({regulator['short_name']}), foreign series need approval for the whole season, which delayed {title['name']} by {figure} days.",
        f"Netflix acquired the rights to {title['name']} from {partner['name']} for a sum analysts put at {figure} thousand dollars.",
        f"People familiar with the matter said {partner['name']} had invested {figure} million yuan in {title['name']} before it reached Netflix.",
        f"The {year} agreement lets {partner['name']} stream {title['name']} to {figure} households, according to a statement from {person['name']}.",
    ]
    return rng.choice(templates)


def build_articles(rng, args, partners, titles, people, regulators):
    articles = []
    serial = 1000
    for i in range(args.articles):
        year = rng.randint(2012, 2024)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        publisher = rng.choice(PUBLISHERS)
        featured = rng.choice(partners)
        headline = f"Netflix and {featured['name']} in talks, report {i}"
        sentences, partner_sentences = [], []
        for _ in range(args.sentences):
            serial += 1
            partner = rng.choice(partners) if rng.random() < 0.6 else featured
            text = sentence(rng, serial, year, partner, rng.choice(titles), rng.choice(people), rng.choice(regulators))
            sentences.append(text)
            if partner["name"] in text:
                partner_sentences.append((partner["slug"], text))
        split = len(sentences) // 2
        first, second = sentences[:split], sentences[split:]
        dateline = f"{publisher} Published: {year}-{month:02d}-{day:02d} 10:{i % 60:02d}:00"
        caption = f"A promotional still shared by {featured['name']}. [Photo:]"
        text = "\n\n".join([
            headline, dateline, rng.choice(CHROME_TOP), CHROME_TOP[1],
            paragraphs(rng, first), caption, caption, paragraphs(rng, second),
            "Share this story on", "Most Popular", "\n".join(rng.sample(CHROME_LIST, 5)),
        ]) + "\n"
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        articles.append({"slug": f"synthetic-{i:05d}-{slugify(featured['name'])}",
                         "file": f"{i:05d}_{digest[:16]}.txt", "text": text, "headline": headline,
                         "publisher": publisher, "published": f"{year}-{month:02d}-{day:02d}",
                         "dateline": dateline, "year": year, "sentences": sentences,
                         "partner_sentences": partner_sentences,
                         "body": [(first[0], first[-1]), (second[0], second[-1])]})
    return articles


def paragraphs(rng, sentences):
    chunks, current = [], []
    for s in sentences:
        current.append(s)
        if len(current) >= rng.randint(2, 4):
            chunks.append(" ".join(current))
            current = []
    if current:
        chunks.append(" ".join(current))
    return "\n\n".join(chunks)


def build_events(rng, args, articles, partners, titles, people, regulators, rules, deals):
    events = []
    for i in range(args.events):
        article = articles[i % len(articles)]
        quotes = [rng.choice(article["sentences"])]
        if rng.random() < 0.3:
            other = rng.choice(articles)
            quotes.append(rng.choice(other["sentences"]))
            excerpts = [(article, quotes[0]), (other, quotes[1])]
        else:
            excerpts = [(article, quotes[0])]
        deal = deals[i % len(deals)] if rng.random() < 0.5 else None
        event_partners = set(deal["partners"]) if deal else set()
        event_partners.update(p["slug"] for p in rng.sample(partners, rng.randint(0, 2)))
        precision = rng.random()
        month = rng.randint(1, 12)
        if precision < 0.6:
            date, dated_by = article["published"], "published"
        elif precision < 0.9:
            date, dated_by = f"{article['year']}-{month:02d}", "stated"
        else:
            date, dated_by = f"c. {article['year']}", "inferred"
        events.append({
            "slug": f"event-{i:06d}", "date": date, "dated_by": dated_by,
            "kind": rng.choice(EVENT_KINDS), "headline": f"Synthetic event {i}: {quotes[0][:80]}",
            "deal": deal["slug"] if deal else None, "partners": sorted(event_partners),
            "titles": [t["slug"] for t in rng.sample(titles, rng.randint(0, 1))],
            "regulators": [r["slug"] for r in rng.sample(regulators, 1)] if rng.random() < 0.1 else [],
            "rules": [r["slug"] for r in rng.sample(rules, 1)] if rng.random() < 0.05 else [],
            "people": [p["slug"] for p in rng.sample(people, rng.randint(0, 2))],
            "excerpts": excerpts,
        })
    return events


def slugs(items):
    return "[" + ", ".join(items) + "]"


def write_curation(path, articles, partners, titles, people, regulators, rules, deals, events):
    about = {}
    for a in articles:
        for slug, quote in a["partner_sentences"]:
            about.setdefault(slug, (a, quote))
    out = ["# Synthetic corpus written by bench/generate_corpus.py; not a story, a load.", "", "articles:"]
    for a in articles:
        out += [f"  - slug: {a['slug']}", f"    file: {a['file']}", f"    headline: {yaml_text(a['headline'])}",
                "    headline_supplied: false", f"    publisher: {yaml_text(a['publisher'])}",
                f"    published: {a['published']}", "    published_basis: stated",
                f"    published_note: {yaml_text('Dateline at the top of the article.')}",
                f"    published_quote: {yaml_text(a['dateline'])}", "    body:"]
        for start, end in a["body"]:
            out += [f"      - from: {yaml_text(start)}", f"        to: {yaml_text(end)}"]
    out.append("partners:")
    for i, p in enumerate(partners):
        out += [f"  - slug: {p['slug']}", f"    name: {yaml_text(p['name'])}"]
        if p["chinese_name"]:
            out.append(f"    chinese_name: {p['chinese_name']}")
        out += [f"    kind: {p['kind']}", f"    summary: {yaml_text('Synthetic partner ' + p['name'] + '.')}"]
        if p["slug"] in about:
            article, quote = about[p["slug"]]
            out += ["    about:", f"      - article: {article['slug']}", f"        quote: {yaml_text(quote)}"]
    out.append("people:")
    for m in people:
        out += [f"  - slug: {m['slug']}", f"    name: {yaml_text(m['name'])}", f"    role: {yaml_text(m['role'])}"]
    out.append("regulators:")
    for r in regulators:
        out += [f"  - slug: {r['slug']}", f"    name: {yaml_text(r['name'])}", f"    short_name: {r['short_name']}",
                f"    summary: {yaml_text('Synthetic regulator.')}"]
    out.append("rules:")
    for r in rules:
        out += [f"  - slug: {r['slug']}", f"    name: {yaml_text(r['name'])}", f"    regulator: {r['regulator']}",
                f"    summary: {yaml_text('Synthetic rule.')}"]
    out.append("titles:")
    for t in titles:
        out += [f"  - slug: {t['slug']}", f"    name: {yaml_text(t['name'])}", f"    format: {t['format']}",
                "    origin: China", f"    summary: {yaml_text('Synthetic title.')}"]
    out.append("deals:")
    for d in deals:
        out += [f"  - slug: {d['slug']}", f"    name: {yaml_text(d['name'])}", f"    type: {d['type']}",
                f"    status: {d['status']}", "    netflix_party: true", f"    partners: {slugs(d['partners'])}",
                f"    titles: {slugs(d['titles'])}", f"    summary: {yaml_text('Synthetic deal.')}"]
    out.append("events:")
    for e in events:
        out += [f"  - slug: {e['slug']}", f"    date: {yaml_text(e['date'])}", f"    dated_by: {e['dated_by']}"]
        if e["dated_by"] != "published":
            out.append(f"    date_note: {yaml_text('The article states the month of the event.')}")
        out += [f"    kind: {e['kind']}", f"    headline: {yaml_text(e['headline'])}",
                "    attribution: reporting", "    certainty: stated"]
        if e["deal"]:
            out.append(f"    deal: {e['deal']}")
        for key in ("partners", "titles", "regulators", "rules", "people"):
            if e[key]:
                out.append(f"    {key}: {slugs(e[key])}")
        out.append("    excerpts:")
        for article, quote in e["excerpts"]:
            out += [f"      - article: {article['slug']}", f"        quote: {yaml_text(quote)}"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--partners", type=int, default=200)
    parser.add_argument("--deals", type=int, default=2000)
    parser.add_argument("--titles", type=int, default=500)
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--regulators", type=int, default=20)
    parser.add_argument("--sentences", type=int, default=16, help="body sentences per article")
    parser.add_argument("--scale", type=int, default=1, help="multiplies articles, events and entities")
    parser.add_argument("--out", help="folder to write (default bench/out/corpus-<events>-<seed>)")
    args = parser.parse_args()
    for key in ("articles", "events", "partners", "deals", "titles", "people"):
        setattr(args, key, getattr(args, key) * args.scale)
    rng = random.Random(args.seed)
    out = args.out or os.path.join(os.path.dirname(__file__), "out", f"corpus-{args.events}-{args.seed}")
    os.makedirs(out, exist_ok=True)
    for old in os.listdir(out):
        os.remove(os.path.join(out, old))
    partners, titles, people, regulators, rules, deals = build_entities(rng, args)
    articles = build_articles(rng, args, partners, titles, people, regulators)
    events = build_events(rng, args, articles, partners, titles, people, regulators, rules, deals)
    for a in articles:
        with open(os.path.join(out, a["file"]), "w", encoding="utf-8") as f:
            f.write(a["text"])
    write_curation(os.path.join(out, "curation.yaml"), articles, partners, titles, people, regulators, rules, deals,
                   events)
    print(out)


if __name__ == "__main__":
    main()
