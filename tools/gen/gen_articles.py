#!/usr/bin/env python3
"""Generate news-like articles of any number, from the project's own templates and gazetteers.

usage: gen_articles.py N [--seed S] [--jsonl FILE | --dir DIR] [--data DATA_DIR]

Each article has a headline, a dateline and 6-12 sentences about invented people (given names from
data/first_names.txt, surnames made of syllables), invented organizations and real cities and countries (data/),
meeting each other, speaking, travelling. The text is the project's own: no sentence is copied from anywhere.
Deterministic for a seed. About 3 KB an article (a million make about 3 GB). JSON Lines output carries an id and a date per article."""
import argparse, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))

SYLL = ["ka", "lo", "mi", "ren", "do", "va", "sul", "ter", "ba", "ni", "ro", "zan", "fel", "mar", "ost", "quin",
        "dal", "ve", "ru", "sha", "tor", "lin", "gar", "pe", "mon", "ek", "ild", "ora", "bri", "ste"]
ORG_HEADS = ["Council", "Ministry of Trade", "Institute", "Commission", "Union", "Agency", "Bank", "Foundation",
             "Authority", "Party", "Alliance", "Forum", "Federation", "Corporation", "Committee"]
ORG_ADJ = ["Northern", "Coastal", "National", "United", "Central", "Eastern", "Pacific", "Continental", "Royal",
           "Independent", "Democratic", "Maritime", "Agricultural", "Federal"]
TITLES = ["Foreign Minister", "Prime Minister", "President", "Trade Minister", "Defense Secretary", "Ambassador",
          "Senator", "Governor", "Mayor", "General", "spokesman", "Finance Minister", "envoy"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["grain exports", "port fees", "fishing rights", "a new rail line", "energy prices", "border security",
          "refugee flows", "vaccine supplies", "debt relief", "climate funding", "shipping insurance", "water rights"]


def table(data, name, cols):
    out = []
    with open(os.path.join(data, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) >= cols:
                out.append(parts)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jsonl")
    ap.add_argument("--dir")
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "data"))
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    given = [r[0] for r in table(a.data, "first_names.txt", 1)][:2000]
    cities = [r for r in table(a.data, "cities.tsv", 3) if int(r[2] or 0) > 500000 and r[0].isascii()]
    demonyms = {}
    for word, cc in table(a.data, "demonyms.tsv", 2):
        if not word.endswith("s") and cc not in demonyms:
            demonyms[cc] = word
    names = {}
    try:
        iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
        names = {c["alpha_2"]: c.get("common_name", c["name"]) for c in iso if "," not in c.get("common_name", c["name"])}
    except OSError:
        pass
    # a fixed cast, so that the graph has hubs: people recur across articles
    people = []
    for _ in range(max(200, a.n // 20)):
        sur = "".join(rnd.choice(SYLL) for _ in range(rnd.randint(2, 3))).capitalize()
        people.append((rnd.choice(given), sur))
    orgs = [f"{rnd.choice(ORG_ADJ)} {''.join(rnd.choice(SYLL) for _ in range(2)).capitalize()} {rnd.choice(ORG_HEADS)}"
            for _ in range(max(50, a.n // 100))]
    out = open(a.jsonl, "w", encoding="utf-8") if a.jsonl else None
    if a.dir:
        os.makedirs(a.dir, exist_ok=True)
    for i in range(a.n):
        # people are drawn with a skew: a few appear often
        cast = [people[min(int(rnd.paretovariate(1.2)) - 1, len(people) - 1) if rnd.random() < 0.5
                       else rnd.randrange(len(people))] for _ in range(4)]
        city, cc, _ = rnd.choice(cities)
        country = names.get(cc, "the country")
        dem = demonyms.get(cc, "local")
        org = rnd.choice(orgs)
        topic = rnd.choice(TOPICS)
        day = rnd.choice(WEEKDAYS)
        (g1, s1), (g2, s2), (g3, s3), (g4, s4) = cast
        t1, t2 = rnd.choice(TITLES), rnd.choice(TITLES)
        sents = [
            f"{city.upper()} \u2013 {t1} {g1} {s1} met {t2} {g2} {s2} in {city} on {day} to discuss {topic}, "
            f"officials said.",
            f"The talks between Mr. {s1} and {s2} lasted three hours, according to the {org}.",
            f"{s2} said the {dem} side wanted a written plan before the end of the month.",
            f"{g3} {s3}, a senior adviser to the {org}, told reporters that {country} would not accept new fees.",
            f"Critics of the plan met with skepticism from traders in {city}.",
            f"{s1} will meet {g4} {s4} next week in {rnd.choice(cities)[0]}, his office said.",
            f"\u201cWe are closer than we were,\u201d {s3} said after the meeting.",
            f"{g4} {s4} spoke by phone with {s2} on {rnd.choice(WEEKDAYS)} about {rnd.choice(TOPICS)}.",
            f"Analysts in {rnd.choice(cities)[0]} expect the {org} to publish its figures soon.",
            f"A planned visit by {s3} to {country} was postponed.",
        ]
        rnd.shuffle(sents[2:])
        paras = [" ".join(sents[: rnd.randint(6, len(sents))])]
        # background and reaction: as in real reports, most of these sentences name no one, some name many
        city2, city3 = rnd.choice(cities)[0], rnd.choice(cities)[0]
        pct, n1, n2 = rnd.randint(2, 40), rnd.randint(3, 900), rnd.randint(1990, 2024)
        more = [
            f"Trade between the two sides rose {pct} percent last year, according to figures released in {city2}.",
            f"The dispute over {topic} began in {n2}, when a first agreement collapsed after {n1} days of talks.",
            "Officials on both sides have described the negotiations as difficult but constructive.",
            f"Shipping companies in {city3} said the uncertainty had already raised costs for their customers.",
            f"{g1} {s1} has led the {dem} delegation since {n2} and is seen as a cautious negotiator.",
            f"In a statement, the {org} said it welcomed \u201cany step that brings stability to the region.\u201d",
            f"Several hundred people gathered outside the venue in {city} on {day}, calling for a quick deal.",
            f"Economists warned that a failure of the talks could cost the region as much as {n1} million dollars.",
            f"{s2} is expected to brief lawmakers in {country} later this month.",
            f"Neither side would say whether a second round of talks had been scheduled.",
            f"Previous rounds were held in {city2} and {city3}, without a final agreement.",
            f"{g3} {s3} declined to comment on reports that {s4} had threatened to leave the talks.",
            f"The next meeting of the {org} is planned for the spring, a spokesman said.",
            f"Farmers and port workers have been among the most affected by the dispute over {topic}.",
            f"\u201cThis is not about one country or another,\u201d {s4} said in an interview.",
            f"Markets in {city3} reacted calmly to the news, with the main index closing {pct / 10:.1f} percent higher.",
            f"The government of {country} has faced growing pressure at home over {rnd.choice(TOPICS)}.",
            f"Officials said {n1} containers were still waiting to be cleared at the port of {city2}.",
            f"{g2} {s2} met representatives of the {org} in {city3} in {n2}, the first such talks in years.",
            "The two delegations ate lunch together but did not appear before reporters.",
            f"A report published in {city2} this year found that prices had doubled since {n2}.",
            f"Diplomats said a compromise on {topic} could come within weeks if both sides kept talking.",
            "Talks are due to resume after a short break, according to people familiar with the plans.",
            f"Opposition leaders in {country} accused the government of moving too slowly.",
        ]
        rnd.shuffle(more)
        k = 0
        for _ in range(rnd.randint(3, 5)):
            size = rnd.randint(4, 6)
            paras.append(" ".join(more[k:k + size]))
            k += size
            if k >= len(more):
                break
        body = "\n\n".join(p for p in paras if p)
        text = f"{s1} and {s2} hold talks on {topic} in {city}\n\n{body}\n"
        date = f"20{rnd.randint(15, 25):02d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        if out:
            out.write(json.dumps({"id": f"gen-{i:07d}", "date": date, "text": text}, ensure_ascii=False) + "\n")
        if a.dir:
            sub = os.path.join(a.dir, f"{i // 1000:04d}")
            os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, f"{i:07d}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
    if out:
        out.close()


if __name__ == "__main__":
    sys.exit(main())
