#!/usr/bin/env python3
"""Writes a synthetic corpus in the seed format (NNN_<hash>.txt articles plus curation.yaml).

Same --seed, same sizes: the same bytes. Every quote is copied from the generated article body and
occurs there exactly once, so the corpus passes the app's verifier; every article carries page
chrome (dateline, share bar, "Most Popular" list, a photo caption between two body segments) so
the body-segment rule is exercised as in seeds/.

The claim rules hold by construction: each sentence records whom it names, and an event links only
the partners (as parties or in a role), people and regulators its excerpts name; a deal's parties
are those its first event names, and a rule is listed only by events whose excerpts name its issuer.
Attribution and certainty follow the lead excerpt's wording ("said", "reported", "people familiar").
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
OUTLETS = ["Bloomberg", "Reuters", "Deadline", "The Information", "Caixin", "Nikkei"]
ROLE_KEYS = ["backers", "rivals", "suppliers", "mentioned"]
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
    # A deal without an event could name no party, so there are never more deals than events.
    for i in range(min(args.deals, args.events)):
        ts = rng.sample(titles, rng.randint(0, 1))
        # Parties and other roles are those its first event's excerpts name (build_events).
        deals.append({"number": i, "type": rng.choice(DEAL_TYPES), "status": rng.choice(DEAL_STATUSES),
                      "partners": [], "others": [], "titles": [t["slug"] for t in ts]})
    return partners, titles, people, regulators, rules, deals


# Relative weights of the sentence templates below; the regulation one is rarer so that about one
# event in ten names a regulator, as before the claim rules.
TEMPLATE_WEIGHTS = [1, 1, 1, 0.68, 1, 1, 1, 1]


def sentence(rng, serial, year, partner, other, title, person, regulator):
    """One sentence of story text and whom it names; the serial figure keeps every sentence of the corpus distinct.

    "parties" are named as parties, "role" (key, slug) an organisation in another role, "person" one
    who is quoted ("quotable") or only named, "relayed" the words that name a relayed report.
    """
    figure = f"{serial:,}"
    month = rng.choice(MONTHS)
    p, o, t, m, r = partner["name"], other["name"], title["name"], person["name"], regulator["name"]
    named = {"parties": [partner["slug"]], "role": None, "person": None, "quotable": False, "regulator": None,
             "relayed": None, "certainty": "stated"}
    template = rng.choices(range(len(TEMPLATE_WEIGHTS)), TEMPLATE_WEIGHTS)[0]
    if template == 0:
        text = (f"In {month} {year}, Netflix and {p} were said to be discussing a licensing arrangement with {o} "
                f"covering {figure} hours of programming, {m} said.")
        named.update(parties=[partner["slug"], other["slug"]], person=person["slug"], certainty="reported")
    elif template == 1:
        text = (f"{m}, {person['role']}, said the talks with {p} were \u201cat an early stage\u201d and that {figure} "
                f"subscribers had asked for {t}.")
        named.update(person=person["slug"], quotable=True, certainty="plan")
    elif template == 2:
        text = (f"{p} reported {figure} monthly viewers, overtaking its rival {o} as one of the most watched "
                f"platforms in the region that year, according to {m}.")
        named.update(role=("rivals", other["slug"]), person=person["slug"])
    elif template == 3:
        text = (f"Under rules issued by the {r} ({regulator['short_name']}), foreign series need approval for the "
                f"whole season, which delayed {t} by {figure} days.")
        named.update(parties=[], regulator=regulator["slug"])
    elif template == 4:
        text = (f"Netflix acquired the rights to {t} from {p}, which licensed it from {o}, for a sum {m} and other "
                f"analysts put at {figure} thousand dollars.")
        named.update(role=("suppliers", other["slug"]), person=person["slug"], certainty="opinion")
    elif template == 5:
        text = (f"People familiar with the matter said {p}, backed by {o}, had invested {figure} million yuan in "
                f"the series before it reached Netflix.")
        named.update(role=("backers", other["slug"]), certainty="unnamed-sources")
    elif template == 6:
        text = (f"The {year} agreement lets {p} stream {t} to {figure} households, according to a statement "
                f"from {m}.")
        named.update(person=person["slug"], quotable=True)
    else:
        outlet = rng.choice(OUTLETS)
        text = (f"Netflix and {p} would offer {t} to {figure} subscribers, {outlet} reported, citing "
                f"{m} and people close to the talks.")
        named.update(person=person["slug"], relayed=f"{outlet} reported", certainty="reported")
    named["text"] = text
    return named


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
            other = rng.choice(partners)
            while other is partner:
                other = rng.choice(partners)
            named = sentence(rng, serial, year, partner, other, rng.choice(titles), rng.choice(people),
                             rng.choice(regulators))
            sentences.append(named)
            for slug in named["parties"]:
                partner_sentences.append((slug, named["text"]))
        split = len(sentences) // 2
        first, second = [n["text"] for n in sentences[:split]], [n["text"] for n in sentences[split:]]
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


def claim(rng, lead):
    """Attribution, speaker, relayed words and certainty of an event, from the wording of its lead excerpt."""
    if lead["quotable"] and rng.random() < 0.6:
        return "quoted", lead["person"], None, "plan" if lead["certainty"] == "plan" and rng.random() < 0.5 else "stated"
    if lead["relayed"] and rng.random() < 0.7:
        return "relayed", None, lead["relayed"], "unnamed-sources" if rng.random() < 0.3 else "reported"
    if lead["certainty"] == "opinion":
        return ("opinion", None, None, "opinion") if rng.random() < 0.3 else ("reporting", None, None, "stated")
    if lead["certainty"] in ("reported", "unnamed-sources") and rng.random() < 0.7:
        return "reporting", None, None, lead["certainty"]
    return "reporting", None, None, "stated"


def build_events(rng, args, articles, partners, titles, people, regulators, rules, deals):
    """Events over the articles; each links only what its excerpts name (see the module's description)."""
    by_partner = {}  # partner slug -> (article, sentence) naming it, for deals' later events
    for a in articles:
        for n in a["sentences"]:
            for slug in n["parties"] + ([n["role"][1]] if n["role"] else []):
                by_partner.setdefault(slug, []).append((a, n))
    rules_of = {}
    for r in rules:
        rules_of.setdefault(r["regulator"], []).append(r)
    events, first_of_deal, quoted_by, by_party = [], {}, {}, {}
    for i in range(args.events):
        article = articles[i % len(articles)]
        deal = deals[i % len(deals)] if deals else None
        # Every deal gets an event: the last event that could take it does, if none did.
        if deal and not (rng.random() < 0.5 or (deal["number"] not in first_of_deal and i + len(deals) >= args.events)):
            deal = None
        opens_deal = deal is not None and deal["number"] not in first_of_deal
        # A deal's first event names its parties, so its lead excerpt names at least one.
        lead = rng.choice([n for n in article["sentences"] if n["parties"]] if opens_deal else article["sentences"])
        excerpts = [(article, lead)]
        if rng.random() < 0.3:
            if deal is not None and not opens_deal and rng.random() < 0.5:
                excerpts.append(rng.choice(by_partner[rng.choice(deal["partners"])]))
            else:
                other = rng.choice(articles)
                excerpts.append((other, rng.choice(other["sentences"])))
        roles, people_named, regulators_named = {}, [], []
        for _, n in excerpts:
            for slug in n["parties"]:
                # One named as a second party is now and then only mentioned, as curators do.
                roles.setdefault(slug, "partners" if slug == n["parties"][0] or rng.random() < 0.9 else "mentioned")
            if n["role"]:
                key, slug = n["role"]
                # Most organisations named in a role are linked as parties, keeping the parties per event
                # near the load's before the claim rules.
                roles.setdefault(slug, key if rng.random() < 0.3 else "partners")
            if n["person"] and n["person"] not in people_named:
                people_named.append(n["person"])
            if n["regulator"] and n["regulator"] not in regulators_named:
                regulators_named.append(n["regulator"])
        attribution, speaker, relayed_from, certainty = claim(rng, lead)
        parties = sorted(slug for slug, key in roles.items() if key == "partners")
        if opens_deal:
            first_of_deal[deal["number"]] = i
            deal["partners"] = parties[:2]
            deal["others"] = sorted((key, slug) for slug, key in roles.items() if key != "partners")
            deal["slug"] = f"deal-{deal['number']:05d}-{deal['partners'][0]}"
            deal["name"] = f"Netflix–{next(p['name'] for p in partners if p['slug'] == deal['partners'][0])} deal {deal['number']}"
        precision = rng.random()
        month = rng.randint(1, 12)
        if precision < 0.6:
            date, dated_by = article["published"], "published"
        elif precision < 0.9:
            date, dated_by = f"{article['year']}-{month:02d}", "stated"
        else:
            date, dated_by = f"c. {article['year']}", "inferred"
        slug = f"event-{i:06d}"
        links = {"contradicts": [], "revises": [], "reports_again": []}
        if speaker and quoted_by.get(speaker) and rng.random() < 0.1:
            links["revises"].append(rng.choice(quoted_by[speaker]))
        if parties and rng.random() < 0.015:
            earlier = by_party.get(parties[0], [])
            if earlier:
                links["contradicts"].append(rng.choice(earlier))
        if deal is not None and not opens_deal and rng.random() < 0.04:
            links["reports_again"].append(f"event-{first_of_deal[deal['number']]:06d}")
        rule = []
        if regulators_named and rng.random() < 0.6 and rules_of.get(regulators_named[0]):
            rule = [rng.choice(rules_of[regulators_named[0]])["slug"]]
        events.append({
            "slug": slug, "date": date, "dated_by": dated_by,
            "kind": rng.choice(EVENT_KINDS), "headline": f"Synthetic event {i}: {lead['text'][:80]}",
            "headline_zh": f"合成事件 {i}：{lead['text'][:80]}",
            "attribution": attribution, "speaker": speaker, "relayed_from": relayed_from, "certainty": certainty,
            "deal": deal["slug"] if deal else None, "partners": parties,
            "others": {key: sorted(s for s, k in roles.items() if k == key) for key in ROLE_KEYS},
            "titles": [t["slug"] for t in rng.sample(titles, rng.randint(0, 1))],
            "regulators": regulators_named, "rules": rule, "people": people_named, "links": links,
            "excerpts": [(a, n["text"]) for a, n in excerpts],
        })
        if speaker:
            quoted_by.setdefault(speaker, []).append(slug)
        for party in parties:
            by_party.setdefault(party, []).append(slug)
    cover_rules(rng, rules, events)
    return events


def cover_rules(rng, rules, events):
    """A rule no event lists goes to an event that names its issuer (or, in a tiny corpus, loses its issuer)."""
    listed = {slug for e in events for slug in e["rules"]}
    naming = {}
    for e in events:
        for slug in e["regulators"]:
            naming.setdefault(slug, []).append(e)
    for r in rules:
        if r["slug"] in listed:
            continue
        if naming.get(r["regulator"]):
            rng.choice(naming[r["regulator"]])["rules"].append(r["slug"])
        else:
            r["regulator"] = None


def build_questions(rng, events, partners):
    """A handful of open questions, each between two events of which one contradicts the other."""
    names = {p["slug"]: p["name"] for p in partners}
    by_slug = {e["slug"]: e for e in events}
    pairs = [(e, by_slug[c]) for e in events for c in e["links"]["contradicts"]]
    questions = []
    for k, (e, other) in enumerate(rng.sample(pairs, min(len(pairs), max(2, len(events) // 2000)))):
        partner = names[e["partners"][0]]
        questions.append({"slug": f"question-{k:03d}", "question": f"What did Netflix and {partner} agree?",
                          "sides": [(f"What {other['slug']} reports", [other["slug"]]),
                                    (f"What {e['slug']} reports instead", [e["slug"]])]})
    return questions


def slugs(items):
    return "[" + ", ".join(items) + "]"


def section(name, items):
    """A top-level key; an empty list is written as such, since the app rejects a key with no value."""
    return f"{name}:" if items else f"{name}: []"


def write_curation(path, articles, partners, titles, people, regulators, rules, deals, events, questions):
    about = {}
    for a in articles:
        for slug, quote in a["partner_sentences"]:
            about.setdefault(slug, (a, quote))
    out = ["# Synthetic corpus written by bench/generate_corpus.py; not a story, a load.", "", section("articles", articles)]
    for a in articles:
        out += [f"  - slug: {a['slug']}", f"    file: {a['file']}", f"    headline: {yaml_text(a['headline'])}",
                "    headline_supplied: false", f"    publisher: {yaml_text(a['publisher'])}",
                f"    published: {a['published']}", "    published_basis: stated",
                f"    published_note: {yaml_text('Dateline at the top of the article.')}",
                f"    published_note_zh: {yaml_text('文章顶部的日期行。')}",
                f"    published_quote: {yaml_text(a['dateline'])}", "    body:"]
        for start, end in a["body"]:
            out += [f"      - from: {yaml_text(start)}", f"        to: {yaml_text(end)}"]
    out.append(section("partners", partners))
    for i, p in enumerate(partners):
        out += [f"  - slug: {p['slug']}", f"    name: {yaml_text(p['name'])}"]
        if p["chinese_name"]:
            out.append(f"    chinese_name: {p['chinese_name']}")
        out += [f"    kind: {p['kind']}", f"    summary: {yaml_text('Synthetic partner ' + p['name'] + '.')}",
                f"    summary_zh: {yaml_text('合成合作方' + p['name'] + '。')}"]
        if p["slug"] in about:
            article, quote = about[p["slug"]]
            out += ["    about:", f"      - article: {article['slug']}", f"        quote: {yaml_text(quote)}"]
    out.append(section("people", people))
    for m in people:
        out += [f"  - slug: {m['slug']}", f"    name: {yaml_text(m['name'])}", f"    role: {yaml_text(m['role'])}",
                f"    role_zh: {yaml_text('合成角色：' + m['role'])}"]
    out.append(section("regulators", regulators))
    for r in regulators:
        out += [f"  - slug: {r['slug']}", f"    name: {yaml_text(r['name'])}", f"    short_name: {r['short_name']}",
                f"    summary: {yaml_text('Synthetic regulator.')}", f"    summary_zh: {yaml_text('合成监管机构。')}"]
    out.append(section("rules", rules))
    for r in rules:
        out += [f"  - slug: {r['slug']}", f"    name: {yaml_text(r['name'])}",
                f"    chinese_name: {yaml_text('合成规则：' + r['name'])}"]
        if r["regulator"]:
            out.append(f"    regulator: {r['regulator']}")
        out += [f"    summary: {yaml_text('Synthetic rule.')}", f"    summary_zh: {yaml_text('合成规则。')}"]
    out.append(section("titles", titles))
    for t in titles:
        out += [f"  - slug: {t['slug']}", f"    name: {yaml_text(t['name'])}", f"    format: {t['format']}",
                "    origin: China", "    origin_zh: 中国", f"    summary: {yaml_text('Synthetic title.')}",
                f"    summary_zh: {yaml_text('合成作品。')}"]
    out.append(section("deals", deals))
    for d in deals:
        out += [f"  - slug: {d['slug']}", f"    name: {yaml_text(d['name'])}",
                f"    chinese_name: {yaml_text('合成交易：' + d['name'])}", f"    type: {d['type']}",
                f"    status: {d['status']}", "    netflix_party: true", f"    partners: {slugs(d['partners'])}"]
        for key in ROLE_KEYS:
            if any(k == key for k, _ in d["others"]):
                out.append(f"    {key}: {slugs(slug for k, slug in d['others'] if k == key)}")
        out += [f"    titles: {slugs(d['titles'])}", f"    summary: {yaml_text('Synthetic deal.')}",
                f"    summary_zh: {yaml_text('合成交易。')}"]
    out.append(section("events", events))
    for e in events:
        out += [f"  - slug: {e['slug']}", f"    date: {yaml_text(e['date'])}", f"    dated_by: {e['dated_by']}"]
        if e["dated_by"] != "published":
            out += [f"    date_note: {yaml_text('The article states the month of the event.')}",
                    f"    date_note_zh: {yaml_text('文章写明了事件的月份。')}"]
        out += [f"    kind: {e['kind']}", f"    headline: {yaml_text(e['headline'])}",
                f"    headline_zh: {yaml_text(e['headline_zh'])}",
                f"    attribution: {e['attribution']}"]
        if e["speaker"]:
            out.append(f"    speaker: {e['speaker']}")
        if e["relayed_from"]:
            out.append(f"    relayed_from: {yaml_text(e['relayed_from'])}")
        out.append(f"    certainty: {e['certainty']}")
        if e["deal"]:
            out.append(f"    deal: {e['deal']}")
        if e["partners"]:
            out.append(f"    partners: {slugs(e['partners'])}")
        for key, items in list(e["others"].items()) + [(k, e[k]) for k in ("titles", "regulators", "rules", "people")] \
                + list(e["links"].items()):
            if items:
                out.append(f"    {key}: {slugs(items)}")
        out.append("    excerpts:")
        for article, quote in e["excerpts"]:
            out += [f"      - article: {article['slug']}", f"        quote: {yaml_text(quote)}"]
    out.append(section("questions", questions))
    for q in questions:
        out += [f"  - slug: {q['slug']}", f"    question: {yaml_text(q['question'])}",
                f"    question_zh: {yaml_text('合成问题：' + q['question'])}", "    sides:"]
        for answer, side in q["sides"]:
            out += [f"      - answer: {yaml_text(answer)}", f"        answer_zh: {yaml_text('合成回答：' + answer)}",
                    f"        events: {slugs(side)}"]
    out.append("...")  # the end of the document: the importer refuses a file that lacks it as truncated
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
    questions = build_questions(rng, events, partners)
    manifest = []
    for a in articles:
        with open(os.path.join(out, a["file"]), "w", encoding="utf-8") as f:
            f.write(a["text"])
        manifest.append(f'{hashlib.sha256(a["text"].encode("utf-8")).hexdigest()}  {a["file"]}')
    # The importer loads an article only if its bytes have the hash listed here, as seeds/ does.
    with open(os.path.join(out, "MANIFEST.sha256"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")
    write_curation(os.path.join(out, "curation.yaml"), articles, partners, titles, people, regulators, rules, deals,
                   events, questions)
    print(out)


if __name__ == "__main__":
    main()
