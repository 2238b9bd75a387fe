#!/usr/bin/env python
"""Speed, memory and quality of ``pipeline.align.clusters.align_quotes`` at scale.

    /work/venv/bin/python benchmarks/align.py                 # 100,000 quotes
    /work/venv/bin/python benchmarks/align.py --quotes 20000 --seed 3
    /work/venv/bin/python benchmarks/align.py --set min_share=0.4   # an AlignConfig setting

A synthetic corpus is generated from ~40 realistic seed quotes:

* utterances: each is a seed whose content words are partly (60%) replaced by
  words of a generated vocabulary, plus a clause of its own (so utterances of
  one seed share a skeleton and names, as statements of one speaker on one
  topic do), with its numbers changed, a speaker (mostly the seed's) and a
  date within a year. Hard negatives: some
  utterances repeat another one's words with another known speaker, or more
  than ``max_days`` later (the same line said again weeks after);
* variants of an utterance (its relays, the truth's positive pairs):
  verbatim copies (case/punctuation changed), truncations (down to one or two
  words), "machine translations" (synonyms from an alternation table, dropped
  articles, swapped adjacent words, some words replaced outright), a mix of
  both; speaker missing in some, dates within 3 days, 0-2 relaying outlets;
* distractors: unrelated sentences of vocabulary and function words, one
  quote each (most quotes are NOT related to any other);
* documents: quotes of one date are packed 1-6 to a document, never two
  relays of one utterance in one document.

Then ``align_quotes`` runs once and is timed; memory is the process's peak
RSS (``resource.getrusage``) before and after, and with ``--tracemalloc`` the
peak of Python allocations inside ``align_quotes`` (slower). Quality is
pairwise precision/recall/F1 of the clusters against the generator's
utterances. Exit status 0 when under --max-seconds and --max-mb.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
import tracemalloc
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.config import AlignConfig  # noqa: E402
from pipeline.data import Quote  # noqa: E402
from pipeline.align.clusters import align_quotes  # noqa: E402

SEEDS: list[tuple[str, str]] = [
    ("Vladimir Putin", "I am glad to see you. This is our first meeting in a long time"),
    ("Vladimir Putin", "We will talk about all the issues slowly. We have time"),
    ("Vladimir Putin", "The North Korean leader shows great interest in rocket technology and is trying to develop space"),
    ("Vladimir Putin", "There are certain restrictions, and Russia complies with all of them, but there are things we can discuss"),
    ("Vladimir Putin", "This is why we came here. The leader of North Korea shows great interest in rocket engineering"),
    ("Vladimir Putin", "Russia will continue to develop good neighbourly relations with the Democratic People's Republic of Korea"),
    ("Dmitry Peskov", "No, no agreements were signed, neither military nor otherwise. We are not planning to sign any agreements"),
    ("Dmitry Peskov", "We are not provoking, not aggravating tensions and not threatening anyone"),
    ("Dmitry Peskov", "North Korea is our neighbour and we must always try to build good neighbourly relations"),
    ("Dmitry Peskov", "Sensitive areas will be discussed, but there will be no public statements on them"),
    ("Dmitry Peskov", "The talks will be followed by an official lunch and a visit to the launch site"),
    ("Kim Jong Un", "I am confident that the Russian people will always win victory in the struggle to protect sovereignty, dignity and security"),
    ("Kim Jong Un", "Russia is waging a sacred fight to protect its sovereignty and security against the hegemonic forces"),
    ("Kim Jong Un", "We will always stand with Russia in its fight against imperialism"),
    ("Kim Jong Un", "Our relations with Russia are the first priority of our foreign policy"),
    ("Matthew Miller", "very troubling and could violate several UN Security Council resolutions"),
    ("Matthew Miller", "We will not hesitate to impose additional sanctions if arms deals go ahead"),
    ("Antony Blinken", "Any arms transfer from North Korea to Russia would violate multiple Security Council resolutions"),
    ("Antony Blinken", "We are watching very closely and will hold both countries accountable"),
    ("John Kirby", "We have information that arms negotiations between Russia and North Korea are actively advancing"),
    ("John Kirby", "We urge North Korea to abide by the public commitments it has made not to sell arms to Russia"),
    ("Sergei Lavrov", "We can think about trilateral cooperation, there are no restrictions"),
    ("Sergei Lavrov", "Russia does not violate any agreements and has no intention of doing so"),
    ("Fumio Kishida", "We are closely monitoring the situation with serious concern, including its impact on the situation in Ukraine"),
    ("Yoon Suk Yeol", "Any cooperation that violates Security Council resolutions would be a direct threat to peace"),
    ("Antonio Guterres", "All countries must comply with the sanctions imposed by the Security Council"),
    ("Kim Yo Jong", "The dangerous military drills of the United States are pushing the region to the brink of war"),
    ("Kim Yo Jong", "Our response will be swift and overwhelming if the enemy continues its provocations"),
    ("Alexander Lukashenko", "There is also room for Belarus, with the existing problems, in this cooperation"),
    ("Volodymyr Zelensky", "Every shell that comes from North Korea kills Ukrainians, and the world must respond"),
    ("Volodymyr Zelensky", "We need more air defence systems, and we need them now, not in six months"),
    ("Emmanuel Macron", "Europe must be ready to defend itself and to support Ukraine for as long as it takes"),
    ("Olaf Scholz", "Germany will deliver 4 additional air defence systems before the end of the year"),
    ("Xi Jinping", "China and Russia will keep deepening their strategic coordination in a changing world"),
    ("Wang Wenbin", "China always stands for dialogue and consultation to resolve disputes peacefully"),
    ("Jens Stoltenberg", "The alliance will not be intimidated, and we will continue to strengthen our deterrence"),
    ("Sergei Shoigu", "The missile has a range of 6,400 km and can carry several warheads"),
    ("Maria Zakharova", "These accusations are absurd and are not supported by any evidence"),
    ("Ned Price", "We have seen reports that Russia has purchased millions of rockets and artillery shells from North Korea"),
    ("Karine Jean-Pierre", "The president has been clear that there will be consequences for anyone who helps Russia"),
]

SPEAKERS = sorted({s for s, _ in SEEDS})
OUTLETS = ["Reuters", "TASS", "RIA", "KCNA", "Interfax", "AFP", "AP", "Yonhap", "BBC", "CNN", "Bloomberg", "Xinhua", "Kyodo"]

# (word, machine-translation alternatives)
ALTERNATIONS = {
    "glad": ["happy", "pleased"],
    "talk": ["speak", "discuss"],
    "issues": ["questions", "subjects", "matters"],
    "slowly": ["unhurriedly", "without haste"],
    "great": ["big", "large"],
    "interest": ["interest"],
    "trying": ["attempting", "seeking"],
    "develop": ["develop", "expand"],
    "certain": ["some", "particular"],
    "restrictions": ["limits", "constraints"],
    "agreements": ["accords", "agreement"],
    "signed": ["concluded", "signed"],
    "planning": ["envisaging", "intending"],
    "threatening": ["menacing", "threatening"],
    "aggravating": ["worsening", "exacerbating"],
    "neighbour": ["neighbor"],
    "neighbourly": ["neighborly", "good-neighbour"],
    "troubling": ["disturbing", "worrying"],
    "violate": ["breach", "infringe"],
    "several": ["many", "multiple"],
    "confident": ["sure", "convinced"],
    "victory": ["triumph"],
    "struggle": ["fight", "battle"],
    "protect": ["defend", "safeguard"],
    "fight": ["struggle", "battle"],
    "relations": ["ties", "relationship"],
    "closely": ["attentively", "carefully"],
    "cooperation": ["collaboration"],
    "country": ["nation"],
    "countries": ["nations", "states"],
    "swift": ["rapid", "fast"],
    "ready": ["prepared"],
    "support": ["back", "help"],
    "deliver": ["supply", "provide"],
    "absurd": ["ridiculous", "nonsense"],
    "evidence": ["proof"],
    "consequences": ["repercussions"],
    "purchased": ["bought", "acquired"],
    "dangerous": ["perilous", "risky"],
    "information": ["data", "intelligence"],
    "impose": ["introduce", "apply"],
}
FUNCTION = "the a of to and in that is for on with as by at from it this be are was we they will not".split()
ARTICLES = {"the", "a", "an"}
NAMES = ["Moscow", "Pyongyang", "Seoul", "Tokyo", "Washington", "Beijing", "Kyiv", "Vostochny", "Vladivostok", "Minsk"]


def make_vocab(rng: random.Random, n: int) -> list[str]:
    on = ["b", "br", "c", "d", "dr", "f", "g", "gr", "k", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "z"]
    vow = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
    coda = ["", "n", "r", "s", "l", "m", "t", "nd", "st", "ck"]
    out: set[str] = set()
    while len(out) < n:
        k = rng.choice((2, 2, 3, 3, 4))
        out.add("".join(rng.choice(on) + rng.choice(vow) for _ in range(k)) + rng.choice(coda))
    return sorted(out)


def tokens(text: str) -> list[str]:
    return text.replace(",", " ,").replace(".", " .").split()


def detok(words: list[str]) -> str:
    return " ".join(words).replace(" ,", ",").replace(" .", ".")


def is_content(w: str) -> bool:
    return w.isalpha() and w.lower() not in FUNCTION and len(w) > 3


def make_utterance(rng: random.Random, vocab: list[str], seed_words: list[str]) -> list[str]:
    words = list(seed_words)
    for i, w in enumerate(words):
        if is_content(w) and w[0].islower() and rng.random() < 0.6:
            words[i] = rng.choice(vocab)
        elif w[0].isdigit():
            words[i] = f"{rng.randint(1, 9)},{rng.randint(0, 9)}00" if "," in w else str(rng.randint(2, 99))
        elif w in NAMES and rng.random() < 0.5:
            words[i] = rng.choice(NAMES)
    # a clause of its own, so utterances of one seed differ beyond swaps
    extra = [rng.choice(vocab) if rng.random() < 0.6 else rng.choice(FUNCTION) for _ in range(rng.randint(3, 8))]
    if rng.random() < 0.5:
        words = words + [","] + extra
    else:
        words = extra + [","] + words
    return words


def mt_variant(rng: random.Random, vocab: list[str], words: list[str]) -> list[str]:
    out = []
    for w in words:
        low = w.lower()
        if low in ARTICLES and rng.random() < 0.4:
            continue
        alts = ALTERNATIONS.get(low)
        if alts and rng.random() < 0.6:
            out.extend(rng.choice(alts).split())
        elif is_content(w) and rng.random() < 0.12:
            out.append(rng.choice(vocab))  # the MT picked a word of its own
        else:
            out.append(w)
    for _ in range(rng.randint(0, 2)):
        if len(out) > 3:
            i = rng.randrange(len(out) - 1)
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def truncation(rng: random.Random, words: list[str]) -> list[str]:
    content = [i for i, w in enumerate(words) if is_content(w)]
    r = rng.random()
    if r < 0.12 and content:  # one or two words
        i = rng.choice(content)
        return words[i : i + rng.choice((1, 2))]
    n = len(words)
    k = max(3, int(n * rng.uniform(0.35, 0.9)))
    start = rng.randint(0, max(0, n - k))
    return words[start : start + k]


def variant(rng: random.Random, vocab: list[str], words: list[str]) -> tuple[list[str], str]:
    r = rng.random()
    if r < 0.35:
        out = list(words)
        if rng.random() < 0.3:
            out = [w.lower() if i else w for i, w in enumerate(out)]
        return out, "en"
    if r < 0.6:
        return truncation(rng, words), "en"
    if r < 0.85:
        return mt_variant(rng, vocab, words), "fr"
    return mt_variant(rng, vocab, truncation(rng, words)), "fr"


def generate(n_quotes: int, n_utter: int, seed: int, max_days: int) -> tuple[list[Quote], dict[str, str], list[int]]:
    rng = random.Random(seed)
    vocab = make_vocab(rng, 30000)
    start = date(2023, 1, 1)
    seeds = [(spk, tokens(text)) for spk, text in SEEDS]
    rows: list[tuple[int, str, str, str | None, int, list[str]]] = []  # utter, text, lang, speaker, day, via
    utter: list[tuple[list[str], str, int]] = []
    for u in range(n_utter):
        r = rng.random()
        if utter and r < 0.05:  # the same words, another known speaker
            words, spk, day = utter[rng.randrange(len(utter))]
            spk = rng.choice([s for s in SPEAKERS if s != spk])
        elif utter and r < 0.10:  # the same words said again weeks later
            words, spk, day = utter[rng.randrange(len(utter))]
            day = day + rng.choice((-1, 1)) * rng.randint(max_days + 20, 90)
        else:
            s_spk, s_words = seeds[u % len(seeds)]
            words = make_utterance(rng, vocab, s_words)
            spk = s_spk if rng.random() < 0.85 else rng.choice(SPEAKERS)
            day = rng.randint(0, 364)
        utter.append((words, spk, day))
    per = [1 + int(rng.expovariate(1 / 16)) for _ in range(n_utter)]
    scale = (n_quotes // 2) / sum(per)
    per = [max(1, round(p * scale)) for p in per]
    for u, (words, spk, day) in enumerate(utter):
        for _ in range(per[u]):
            vw, lang = variant(rng, vocab, words)
            if not vw:
                vw = words[:3]
            speaker = spk if rng.random() < 0.7 else None
            via = rng.sample(OUTLETS, rng.choice((0, 1, 1, 2)))
            rows.append((u, detok(vw).strip(" ,"), lang, speaker, day + rng.randint(0, 3), via))
    u_next = n_utter
    while len(rows) < n_quotes:
        k = rng.randint(5, 28)
        words = [rng.choice(vocab) if rng.random() < 0.55 else rng.choice(FUNCTION) for _ in range(k)]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), rng.choice(NAMES))
        spk = rng.choice(SPEAKERS) if rng.random() < 0.6 else None
        rows.append((u_next, detok(words).capitalize(), rng.choice(("en", "fr")), spk, rng.randint(0, 364), []))
        u_next += 1
    rows = rows[:n_quotes]
    rng.shuffle(rows)

    # documents: quotes of one day, 1-6 per document, one relay of an utterance per document
    by_day: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        by_day.setdefault(row[4], []).append(i)
    doc_of = [""] * len(rows)
    dates: dict[str, str] = {}
    n_docs = 0
    for day, idxs in sorted(by_day.items()):
        open_docs: list[tuple[str, set[int], int]] = []
        for i in idxs:
            u = rows[i][0]
            placed = False
            for j in rng.sample(range(len(open_docs)), min(3, len(open_docs))):
                did, us, cap = open_docs[j]
                if u not in us and len(us) < cap:
                    us.add(u)
                    doc_of[i] = did
                    placed = True
                    if len(us) >= cap:
                        open_docs.pop(j)
                    break
            if not placed:
                did = f"doc{n_docs:06d}"
                n_docs += 1
                dates[did] = (start + timedelta(days=day)).isoformat()
                doc_of[i] = did
                cap = rng.randint(1, 6)
                if cap > 1:
                    open_docs.append((did, {u}, cap))
    quotes = []
    truth = []
    for i, (u, text, lang, spk, _day, via) in enumerate(rows):
        quotes.append(
            Quote(
                quote_id=f"q{i:07d}",
                doc_id=doc_of[i],
                lang=lang,
                text=text,
                start=0,
                end=len(text),
                speaker=spk,
                via=via,
                translation=text,
            )
        )
        truth.append(u)
    return quotes, dates, truth


def pair_scores(pred: list[int], truth: list[int]) -> dict[str, float]:
    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    tp = pairs(Counter(zip(pred, truth)))
    pp = pairs(Counter(pred))
    tt = pairs(Counter(truth))
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "true_pairs": tt, "predicted_pairs": pp}


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quotes", type=int, default=100_000)
    ap.add_argument("--utterances", type=int, default=3_000, help="related utterances (they take half the quotes)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--tracemalloc", action="store_true", help="also measure Python allocations (slower)")
    ap.add_argument("--max-seconds", type=float, default=60.0)
    ap.add_argument("--max-mb", type=float, default=2048.0)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="an AlignConfig setting (value as JSON), e.g. --set threshold=0.55")
    args = ap.parse_args()

    cfg = AlignConfig(**{k: json.loads(v) for k, v in (kv.split("=", 1) for kv in args.set)})
    t0 = time.perf_counter()
    quotes, dates, truth = generate(args.quotes, args.utterances, args.seed, cfg.max_days)
    gen_s = time.perf_counter() - t0
    rss_before = rss_mb()
    if args.tracemalloc:
        tracemalloc.start()
    t0 = time.perf_counter()
    clusters = align_quotes(quotes, dates, cfg)
    secs = time.perf_counter() - t0
    traced = None
    if args.tracemalloc:
        traced = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    rss_after = rss_mb()

    cid = {c.cluster_id: k for k, c in enumerate(clusters)}
    pred = [cid[q.cluster_id] for q in quotes]
    sizes = Counter(len(c.members) for c in clusters)
    relations = Counter(q.relation for q in quotes)
    drift = Counter(d for q in quotes for d in q.drift)
    result = {
        "quotes": len(quotes),
        "documents": len(dates),
        "utterances_truth": len(set(truth)),
        "clusters": len(clusters),
        "singletons": sizes[1],
        "largest_cluster": max(sizes),
        "generate_s": round(gen_s, 2),
        "align_s": round(secs, 2),
        "quotes_per_s": round(len(quotes) / secs),
        "peak_rss_mb_before_align": round(rss_before, 1),
        "peak_rss_mb_after_align": round(rss_after, 1),
        "tracemalloc_peak_mb": round(traced, 1) if traced is not None else None,
        "relations": dict(relations),
        "drift": dict(drift),
        **pair_scores(pred, truth),
    }
    print(json.dumps(result, indent=2))
    ok = secs <= args.max_seconds and rss_after <= args.max_mb
    print(f"targets: < {args.max_seconds:g} s, < {args.max_mb:g} MB peak RSS: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
