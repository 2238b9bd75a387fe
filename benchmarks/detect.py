#!/usr/bin/env python
"""Speed and accuracy of the detect stage against plain langdetect.

    .venv/bin/python benchmarks/detect.py                 # (a), (b) with 300 copies, labelled set
    .venv/bin/python benchmarks/detect.py --copies 50     # a smaller (b)
    .venv/bin/python benchmarks/detect.py --no-v1         # skip the version-1 stage on (b)

Everything is measured in one process. Three ways of giving every paragraph
(the stage's unit) a language are timed on the same paragraphs:

* plain: ``langdetect.detect_langs(text)`` on every paragraph;
* v1: the stage as it was (version 1): langdetect on the document, then on
  every paragraph with enough evidence (``Detect(cfg, fast=False)`` with
  langdetect's own ``detect_langs``, which is exactly version 1's code path);
* stage: the stage as it is: langdetect (``pipeline.langid.detect_langs``)
  on the document, the cheap test on each paragraph with enough evidence,
  langdetect only where that test is unsure, answers cached by text. It is
  also run with the text cache off (``langid.CACHE_SIZE = 0``) to show what
  the cache contributes. Caches are cleared before each timed run; loading
  langdetect's profiles and the cheap test's wordfreq lists happens once per
  process and is timed separately, not in the rates.

Corpora:

(a) the sample corpus (``corpus/*.txt``) after the ingest and clean stages,
    timed ``--reps`` times (best run reported);
(b) ``--copies`` variants of each sample article plus, per copy, a variant of
    one of the project's English fixture articles
    (``tests/data/gold/articles/en_*.txt``) and one English article
    constructed from the templates below. A variant shuffles the paragraphs,
    shuffles or drops sentences inside them, renames people and places from
    a pool and changes every number; one in ten French articles gets an
    English quote paragraph and one in ten English articles a French one
    (the stage must still catch those). Nothing here is outside text.

It checks that the stage's decisions (document language, each paragraph's
language, the inherited/switched/foreign counts) equal v1's, and prints the
accuracy of plain langdetect, v1 and the stage on the labelled set
``tests/data/langid/segments.tsv``. Exit status 0 when the stage is at least
``--target`` times as fast as plain langdetect on (b), its decisions equal
v1's, and its labelled-set accuracy is at least plain langdetect's and v1's.
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import langid  # noqa: E402
from pipeline.config import Config  # noqa: E402
from pipeline.data import Document, Paragraph  # noqa: E402
from pipeline.stages.detect import Detect  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "langid" / "segments.tsv"
ENGLISH_FIXTURES = ROOT / "tests" / "data" / "gold" / "articles"

# --------------------------------------------------------------------------- #
# Variation pools
# --------------------------------------------------------------------------- #
PEOPLE_FR = ["Poutine", "Kim", "Loukachenko", "Peskov", "Choïgou", "Lavrov", "Miller", "Medvedev", "Macron",
             "Scholz", "Erdogan", "Zelensky", "Kishida", "Yoon", "Modi", "Biden", "Xi", "Meloni"]
PLACES_FR = ["Moscou", "Pyongyang", "Sotchi", "Vostochny", "Vladivostok", "Pékin", "Séoul", "Tokyo", "Berlin",
             "Ankara", "Kiev", "Minsk", "Téhéran", "Hanoï", "Genève", "Oulan-Bator"]
PEOPLE_EN = ["Putin", "Kim", "Lukashenko", "Peskov", "Shoigu", "Lavrov", "Miller", "Medvedev", "Macron",
             "Scholz", "Erdogan", "Zelensky", "Kishida", "Yoon", "Modi", "Biden", "Xi", "Meloni"]
PLACES_EN = ["Moscow", "Pyongyang", "Sochi", "Vostochny", "Vladivostok", "Beijing", "Seoul", "Tokyo", "Berlin",
             "Ankara", "Kyiv", "Minsk", "Tehran", "Hanoi", "Geneva", "Ulaanbaatar"]
FIRST = ["Sarah", "Michael", "Laura", "Daniel", "Emma", "James", "Olivia", "David", "Grace", "Peter", "Hannah", "Tom"]
LAST = ["Johnson", "Brown", "Smith", "Taylor", "Clarke", "Walker", "Hughes", "Lewis", "Baker", "Turner", "Hall"]
TOPICS = ["energy", "trade", "security", "food supplies", "fishing rights", "railway links", "space research",
          "public health", "water management", "customs rules"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Constructed English news sentences (written for this benchmark).
EN_TEMPLATES = [
    "{P} met {Q} in {C} on {D} for talks on {T}, officials said.",
    "The two sides agreed to set up a working group on {T} that will report back within {N} months.",
    "\"We had a frank and useful discussion, and we will meet again soon,\" {P} told reporters after the meeting.",
    "Officials in {C} said the talks lasted more than {N} hours and covered {T} as well as regional tensions.",
    "{Q} arrived in {C} by train on {D} and was greeted by a guard of honour at the station.",
    "Analysts said the visit was meant to show that {C} still had friends despite the sanctions.",
    "The foreign ministry in {C} declined to comment on reports that a deal on {T} had already been drafted.",
    "Trade between the two countries rose by {N} percent last year, according to customs figures.",
    "\"Nobody should doubt our determination to protect our people,\" {P} said in a televised address.",
    "Critics accused the government of keeping parliament in the dark about the negotiations.",
    "The meeting came a week after {Q} warned that the region was facing its worst crisis in decades.",
    "State media showed the leaders shaking hands and touring a factory on the outskirts of {C}.",
    "Neither side gave details of any agreement, but both described the talks as constructive.",
    "{P} is expected to travel to {C} later this month for a summit on {T}.",
    "The United Nations has repeatedly called on both countries to respect the sanctions regime.",
    "Residents of {C} said security had been tightened around the hotel where the delegation was staying.",
    "A spokesperson for {Q} said the president had accepted an invitation to visit {C} next year.",
    "The agreement on {T} still has to be approved by lawmakers, who are due to vote on {D}.",
    "\"This is a good day for both our nations,\" {Q} said at a joint news conference.",
    "Markets reacted calmly to the news, with the currency little changed by the end of the day.",
    "Diplomats said a second round of talks on {T} could take place in {C} before the end of the year.",
    "{P} has not left the country since the start of the war, except for a brief trip to {C}.",
    "Environmental groups warned that the new pipeline would cross several protected areas.",
    "The delegation included ministers in charge of {T}, defence and foreign affairs.",
    "Officials said about {N} journalists had been accredited to cover the visit.",
]
EN_HEADLINES = [
    "{P} and {Q} hold talks on {T} in {C}",
    "{Q} arrives in {C} for talks with {P}",
    "Leaders pledge closer ties on {T} after meeting in {C}",
]
FR_QUOTE_IN_EN = [
    "« Nous avons eu une discussion franche et utile, et nous nous reverrons bientôt », a déclaré {P} en français.",
    "« Personne ne doit douter de notre détermination à protéger notre peuple », a affirmé {P} devant la presse.",
    "« C'est une bonne journée pour nos deux pays », a lancé {Q} lors d'une conférence de presse commune.",
]
EN_QUOTE_IN_FR = [
    "\"We had a frank and useful discussion, and we will meet again very soon,\" {P} said in English.",
    "\"Nobody should doubt our determination to protect our people and our borders,\" {P} told reporters.",
    "\"This is a good day for both our nations and for the whole region,\" {Q} said after the talks.",
]

_SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"A-ZÀ-Ý])")
_NUMBER = re.compile(r"\d+")


def fill(template: str, rng: random.Random, people: list[str], places: list[str]) -> str:
    p, q = rng.sample(people, 2)
    return template.format(P=p, Q=q, C=rng.choice(places), D=rng.choice(WEEKDAYS), T=rng.choice(TOPICS),
                           N=rng.randint(2, 40))


def vary_paragraph(text: str, rng: random.Random, names: dict[str, str]) -> str:
    sentences = _SENTENCE_END.split(text)
    if len(sentences) >= 3 and rng.random() < 0.25:
        sentences.pop(rng.randrange(len(sentences)))
    if len(sentences) >= 2 and rng.random() < 0.5:
        rng.shuffle(sentences)
    out = " ".join(sentences)
    out = _NUMBER.sub(lambda m: str(rng.randint(10 ** (len(m.group()) - 1) if len(m.group()) > 1 else 1,
                                                10 ** len(m.group()) - 1)), out)
    if names:
        out = re.sub(r"\b(" + "|".join(map(re.escape, names)) + r")\b", lambda m: names[m.group()], out)
    return out


def make_document(paragraphs: list[str], name: str) -> Document:
    text, spans = "", []
    for p in paragraphs:
        if text:
            text += "\n\n"
        spans.append(Paragraph(len(text), len(text) + len(p)))
        text += p
    return Document(doc_id=name, path=name, sha256=name, text=text, paragraphs=spans)


def paragraphs_of(doc: Document) -> list[str]:
    return [doc.text[p.start : p.end] for p in doc.paragraphs]


def variant(doc: Document, rng: random.Random, lang: str, name: str) -> Document:
    people, places = (PEOPLE_FR, PLACES_FR) if lang == "fr" else (PEOPLE_EN, PLACES_EN)
    names = {n: rng.choice(pool) for pool in (people, places) for n in pool}
    paras = [vary_paragraph(p, rng, names) for p in paragraphs_of(doc)]
    head, body = paras[:1], paras[1:]
    rng.shuffle(body)
    if rng.random() < 0.1:  # a quote paragraph in the other language
        if lang == "fr":
            quotes, qp, qc = EN_QUOTE_IN_FR, PEOPLE_EN, PLACES_EN
        else:
            quotes, qp, qc = FR_QUOTE_IN_EN, PEOPLE_FR, PLACES_FR
        body.insert(rng.randrange(len(body) + 1), fill(rng.choice(quotes), rng, qp, qc))
    return make_document(head + body, name)


def constructed_english(rng: random.Random, name: str) -> Document:
    title = fill(rng.choice(EN_HEADLINES), rng, PEOPLE_EN, PLACES_EN)
    paras = [title.upper() if rng.random() < 0.3 else title]
    if rng.random() < 0.7:
        paras.append(f"By {rng.choice(FIRST)} {rng.choice(LAST)}")
    for _ in range(rng.randint(6, 10)):
        k = rng.choice((1, 1, 2, 2, 3))
        paras.append(" ".join(fill(t, rng, PEOPLE_EN, PLACES_EN) for t in rng.sample(EN_TEMPLATES, k)))
    if rng.random() < 0.5:
        reporter, editor = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2))
        paras.append(f"Reporting by {reporter}; Editing by {editor}")
    return make_document(paras, name)


# --------------------------------------------------------------------------- #
# Corpora
# --------------------------------------------------------------------------- #
def cleaned(folder: Path, pattern: str) -> list[Document]:
    """Documents of ``folder`` after the pipeline's ingest and clean stages."""
    from pipeline import stages

    cfg = Config(corpus=folder)
    cfg.ingest.include = [pattern]
    ingest = stages.load("ingest")(cfg)
    docs = [ingest.read(p) for p in ingest.find_files()]
    return [d for d in stages.load("clean")(cfg).process_batch(docs) if d.ok]


def build_b(french: list[Document], english: list[Document], copies: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    out = []
    for c in range(copies):
        for d in french:
            out.append(variant(d, rng, "fr", f"{d.path}#{c}"))
        e = english[c % len(english)]
        out.append(variant(e, rng, "en", f"{e.path}#{c}"))
        out.append(constructed_english(rng, f"constructed#{c}"))
    return out


# --------------------------------------------------------------------------- #
# Runs
# --------------------------------------------------------------------------- #
class Clock:
    """Wall-clock and CPU seconds of this process (the CPU time is what the
    runs cost; on a shared machine the wall clock also counts others' load)."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def best(runs: list) -> tuple[float, float]:
    """Best wall and best CPU time over repeated runs."""
    return min(r.wall for r in runs), min(r.cpu for r in runs)


def plain_run(texts: list[str]) -> Clock:
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    with Clock() as clock:
        for t in texts:
            try:
                detect_langs(t)
            except LangDetectException:
                pass
    return clock


def v1_stage(cfg: Config) -> Detect:
    import langdetect

    stage = Detect(cfg, fast=False)
    stage._detect_langs = langdetect.detect_langs  # version 1 called langdetect directly
    return stage


def stage_run(stage: Detect, docs: list[Document]) -> tuple[Clock, list[Document]]:
    work = [copy.deepcopy(d) for d in docs]  # not timed
    with Clock() as clock:
        out = [stage.process(d) for d in work]
    return clock, out


def decisions(docs: list[Document]) -> list[tuple]:
    return [(d.lang, tuple(p.lang for p in d.paragraphs), tuple(sorted(d.stats["detect"].items()))) for d in docs]


def differing_languages(a: list[Document], b: list[Document]) -> int:
    n = 0
    for x, y in zip(a, b):
        n += x.lang != y.lang
        n += sum(p.lang != q.lang for p, q in zip(x.paragraphs, y.paragraphs))
    return n


def measure(label: str, docs: list[Document], cfg: Config, reps: int, with_v1: bool) -> dict:
    texts = [t for d in docs for t in paragraphs_of(d)]
    n = len(texts)
    res: dict = {"paragraphs": n, "documents": len(docs)}
    res["plain"] = best([plain_run(texts) for _ in range(reps)])

    v1_out = None
    if with_v1:
        runs = []
        for _ in range(reps):
            clock, v1_out = stage_run(v1_stage(cfg), docs)
            runs.append(clock)
        res["v1"] = best(runs)

    runs, stats = [], None
    for _ in range(reps):
        langid.clear_caches()
        clock, out = stage_run(Detect(cfg), docs)
        runs.append(clock)
        stats = dict(langid.STATS)
    res["stage"], res["stats"] = best(runs), stats

    saved = langid.CACHE_SIZE
    langid.CACHE_SIZE = 0
    try:
        runs = []
        for _ in range(reps):
            langid.clear_caches()
            clock, nc_out = stage_run(Detect(cfg), docs)
            runs.append(clock)
        nc_stats = dict(langid.STATS)
    finally:
        langid.CACHE_SIZE = saved
    res["nocache"], res["nocache_stats"] = best(runs), nc_stats
    res["nocache_same"] = decisions(nc_out) == decisions(out)
    if v1_out is not None:
        res["same_as_v1"] = decisions(out) == decisions(v1_out)
        res["differing_vs_v1"] = differing_languages(out, v1_out)
    res["switched"] = sum(d.stats["detect"]["switched"] for d in out)
    res["foreign"] = sum(d.stats["detect"]["foreign"] for d in out)
    res["inherited"] = sum(d.stats["detect"]["inherited"] for d in out)

    st = res["stats"]
    plain_wall, plain_cpu = res["plain"]
    print(f"\n({label}) {len(docs)} documents, {n} paragraphs "
          f"({sum(len(t) for t in texts) / max(n, 1):.0f} characters on average)")
    print(f"  {'':33} {'wall s':>7} {'par/s':>7} {'x plain':>7}   {'cpu s':>7} {'par/s':>7} {'x plain':>7}")
    rows = [("plain langdetect per paragraph", "plain"), ("stage v1 (langdetect)", "v1"),
            ("stage (cheap test + cache)", "stage"), ("stage, text cache off", "nocache")]
    for name, key in rows:
        if key not in res:
            continue
        wall, cpu = res[key]
        print(f"  {name:33} {wall:7.2f} {n / wall:7.0f} {plain_wall / wall:6.2f}x   "
              f"{cpu:7.2f} {n / cpu:7.0f} {plain_cpu / cpu:6.2f}x")
    print(f"  stage: {st.get('check_same', 0)} paragraphs settled by the cheap test, "
          f"{st.get('check_unsure', 0)} sent to langdetect, {res['inherited']} inherited without a test; "
          f"langdetect ran {st.get('langdetect_calls', 0)} times (documents included), "
          f"{st.get('cache_hits', 0)} cache hits; with the cache off it ran "
          f"{res['nocache_stats'].get('langdetect_calls', 0)} times")
    print(f"  switched paragraphs {res['switched']}, foreign {res['foreign']}; "
          f"cache off gives the same decisions: {res['nocache_same']}")
    if v1_out is not None:
        print(f"  decisions equal to v1: {res['same_as_v1']} ({res['differing_vs_v1']} languages differ)")
    return res


def labelled_accuracy(cfg: Config) -> dict[str, dict[str, int]]:
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    rows = [line.rstrip("\n").split("\t") for line in LABELLED.read_text(encoding="utf-8").splitlines()[1:]]
    v1, stage = v1_stage(cfg), Detect(cfg)
    by_kind: dict[str, Counter] = {}
    for doc_lang, label, kind, text in rows:
        try:
            plain = detect_langs(text)[0].lang
        except LangDetectException:
            plain = None
        c = by_kind.setdefault(kind, Counter())
        c["rows"] += 1
        c["plain"] += plain == label
        c["v1"] += v1.paragraph_lang(text, doc_lang)[0] == label
        c["stage"] += stage.paragraph_lang(text, doc_lang)[0] == label
    total = sum(by_kind.values(), Counter())
    print(f"\nlabelled set {LABELLED.relative_to(ROOT)}: {total['rows']} segments")
    print(f"  {'kind':10} {'rows':>5} {'plain':>6} {'v1':>6} {'stage':>6}")
    for kind, c in [*by_kind.items(), ("all", total)]:
        print(f"  {kind:10} {c['rows']:5d} {c['plain']:6d} {c['v1']:6d} {c['stage']:6d}")
    for k in ("plain", "v1", "stage"):
        print(f"  accuracy {k:5}: {total[k] / total['rows']:.3f}")
    return {"total": dict(total)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=300, help="copies of the sample corpus in (b) (default 300)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reps", type=int, default=5, help="timed runs on (a); the best is reported (default 5)")
    ap.add_argument("--no-v1", action="store_true", help="do not time the version-1 stage on (b)")
    ap.add_argument("--target", type=float, default=5.0, help="speed-up over plain langdetect on (b) (default 5)")
    args = ap.parse_args(argv)

    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, {os.cpu_count()} cpus")
    cfg = Config()

    t0 = time.perf_counter()
    import langdetect.detector_factory as df

    df.init_factory()
    profiles_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for lang in ("fr", "en"):
        langid.profile(lang, tuple(sorted({"fr", "en"} - {lang})))
    cheap_s = time.perf_counter() - t0
    print(f"once per process, not in the rates: langdetect profiles {profiles_s:.2f} s, "
          f"cheap-test word lists (wordfreq) {cheap_s:.2f} s")

    french = cleaned(ROOT / "corpus", "*.txt")
    english = cleaned(ENGLISH_FIXTURES, "en_*.txt")
    t0 = time.perf_counter()
    b_docs = build_b(french, english, args.copies, args.seed)
    uniq = len({t for d in b_docs for t in paragraphs_of(d)})
    total = sum(len(d.paragraphs) for d in b_docs)
    print(f"(b) generated in {time.perf_counter() - t0:.1f} s: {args.copies} copies, "
          f"{sum(1 for d in b_docs if '#' in d.path and d.path.split('#')[0] in {x.path for x in french})} French "
          f"and {sum(1 for d in b_docs if d.path.split('#')[0] not in {x.path for x in french})} English articles; "
          f"{uniq} distinct paragraph texts of {total} ({uniq / total:.0%})")

    a = measure("a: sample corpus", french, cfg, args.reps, True)
    b = measure(f"b: sample corpus x{args.copies} + English", b_docs, cfg, 1, not args.no_v1)
    acc = labelled_accuracy(cfg)["total"]

    ratio = {k: (r["plain"][0] / r["stage"][0], r["plain"][1] / r["stage"][1]) for k, r in (("a", a), ("b", b))}
    ok_speed = ratio["b"][1] >= args.target
    ok_same = a.get("same_as_v1", True) and b.get("same_as_v1", True)
    ok_acc = acc["stage"] >= acc["plain"] and acc["stage"] >= acc["v1"]
    print(f"\nstage vs plain langdetect, wall (cpu): (a) {ratio['a'][0]:.2f}x ({ratio['a'][1]:.2f}x), "
          f"(b) {ratio['b'][0]:.2f}x ({ratio['b'][1]:.2f}x)")
    print(f"target >= {args.target:g}x on (b), CPU time: {'met' if ok_speed else 'NOT met'}; "
          f"decisions equal to v1: {'yes' if ok_same else 'NO'}; "
          f"labelled-set accuracy stage >= plain and v1: {'yes' if ok_acc else 'NO'}")
    return 0 if ok_speed and ok_same and ok_acc else 1


if __name__ == "__main__":
    sys.exit(main())
