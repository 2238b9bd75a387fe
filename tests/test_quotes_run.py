"""Quotes and clusters through a whole run: output files, stable ids, new relays,
and the scores reached on our own gold annotation (tests/data/gold)."""

import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import format_report
from pipeline.config import load_config
from pipeline.evaluate import evaluate, match, same_speaker, score
from pipeline.runner import Runner, RunOptions

from .conftest import PROJECT

GOLD = PROJECT / "tests" / "data" / "gold"
needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium is not installed")

RELAY = (
    "MOSCOW, Sept 14 (Reuters) - The Kremlin said on Thursday that no deals had been signed.\n\n"
    '"No, no agreements were signed, neither military nor otherwise," Kremlin spokesman '
    "Dmitry Peskov told reporters.\n"
)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture
def cfg(corpus, make_config, argos_home):
    return load_config(make_config(translate={"engines": ["apertium"], "on_missing": "skip"}))


def test_quote_outputs(cfg, corpus):
    Runner(cfg, RunOptions()).run()
    quotes = read_jsonl(cfg.output / "quotes" / "quotes.jsonl")
    clusters = read_jsonl(cfg.output / "quotes" / "clusters.jsonl")
    texts = {p.name: p.read_text(encoding="utf-8") for p in corpus.glob("*.txt")}
    docs = {d["doc_id"]: d["path"] for d in read_jsonl(cfg.output / "documents.jsonl")}
    assert len(quotes) >= 20
    for q in quotes:
        assert texts[docs[q["doc_id"]]][q["start"]:q["end"]] == q["text"]
        assert q["cluster_id"] and q["signature"].startswith("src:fr|tgt:en|")
    members = [m for c in clusters for m in c["members"]]
    assert sorted(members) == sorted(q["quote_id"] for q in quotes)  # every quote in exactly one cluster
    for c in clusters:
        assert set(c) >= {"cluster_id", "members", "speaker", "outlets", "languages", "first_seen", "variants"}
    tsv = (cfg.output / "quotes" / "quotes.fr-en.tsv").read_text(encoding="utf-8").splitlines()
    assert tsv[0].startswith("# src:fr|tgt:en|") and len(tsv) == len(quotes) + 2


def test_cluster_ids_are_stable_and_new_relays_are_reported(cfg, corpus):
    first = Runner(cfg, RunOptions()).run()
    assert first["new_clusters"]  # everything is new the first time
    before = {q["quote_id"]: q["cluster_id"] for q in read_jsonl(cfg.output / "quotes" / "quotes.jsonl")}
    (corpus / "en_relay.txt").write_text(RELAY, encoding="utf-8")
    second = Runner(cfg, RunOptions()).run()
    after = read_jsonl(cfg.output / "quotes" / "quotes.jsonl")
    assert all(before[q["quote_id"]] == q["cluster_id"] for q in after if q["quote_id"] in before)
    relay = [q for q in after if q["quote_id"] not in before]
    assert len(relay) == 1 and relay[0]["speaker"] == "Dmitry Peskov"
    peskov = [q for q in after if q["quote_id"] in before and q["speaker"] == "Dmitry Peskov"]
    assert relay[0]["cluster_id"] == peskov[0]["cluster_id"]
    assert second["new_relays"] == [{"cluster_id": relay[0]["cluster_id"], "quote_id": relay[0]["quote_id"]}]
    assert second["new_clusters"] == []
    third = Runner(cfg, RunOptions()).run()
    assert third["stages"]["align"]["computed"] == 0 and third["new_relays"] == []


@needs_apertium
def test_english_quotes_are_translated_back_into_french(cfg, corpus):
    (corpus / "en_relay.txt").write_text(RELAY, encoding="utf-8")
    Runner(cfg, RunOptions()).run()
    quotes = read_jsonl(cfg.output / "quotes" / "quotes.jsonl")
    english = [q for q in quotes if q["lang"] == "en"]
    assert english and all(q["back_translation"] for q in english)
    assert "accord" in english[0]["back_translation"].lower()  # agreements -> acuerdos -> accords
    assert all(q["back_translation"] is None for q in quotes if q["lang"] == "fr")


@needs_apertium
def test_without_an_english_to_french_engine_quotes_are_compared_in_english_only(corpus, make_config, argos_home):
    cfg = load_config(make_config(translate={"engines": ["apertium"], "on_missing": "skip",
                                             "apertium": {"modes": {"fr-en": ["fr-es", "spa-eng"]}}}))
    (corpus / "en_relay.txt").write_text(RELAY, encoding="utf-8")
    Runner(cfg, RunOptions()).run()
    quotes = read_jsonl(cfg.output / "quotes" / "quotes.jsonl")
    assert any(q["lang"] == "en" for q in quotes)
    assert all(q["back_translation"] is None for q in quotes)


def test_scoring_rules():
    gold = [
        {"file": "a", "start": 0, "end": 10, "text": "t", "speaker": "X", "via": [], "utterance": "u1"},
        {"file": "b", "start": 5, "end": 15, "text": "t", "speaker": "X", "via": [], "utterance": "u1"},
        {"file": "b", "start": 30, "end": 40, "text": "t", "speaker": None, "via": [], "utterance": None},
    ]
    predicted = [
        {"file": "a", "start": 1, "end": 10, "speaker": "X", "cluster_id": "c1"},
        {"file": "b", "start": 5, "end": 15, "speaker": "Y", "cluster_id": "c1"},
        {"file": "b", "start": 50, "end": 60, "speaker": None, "cluster_id": "c2"},
    ]
    assert match(gold, predicted) == [(1, 1), (0, 0)]
    report = score(gold, predicted)
    assert report["extraction"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert report["speaker_accuracy"] == 0.5
    assert report["clusters"]["f1"] == 1.0


def test_spans_match_at_iou_07():
    gold = [{"file": "a", "start": 0, "end": 100, "speaker": None, "utterance": "u"}]
    assert match(gold, [{"file": "a", "start": 0, "end": 71}]) == [(0, 0)]
    assert match(gold, [{"file": "a", "start": 0, "end": 69}]) == []
    assert match(gold, [{"file": "b", "start": 0, "end": 100}]) == []


def test_speaker_names_fold_case_accents_and_punctuation():
    gold = [{"file": "a", "start": 0, "end": 9, "speaker": "Kim Jong Un", "utterance": "u"},
            {"file": "a", "start": 20, "end": 29, "speaker": "US State Department", "utterance": "v"}]
    predicted = [{"file": "a", "start": 0, "end": 9, "speaker": "kim jong-un"},
                 {"file": "a", "start": 20, "end": 29, "speaker": "U.S. State Department"}]
    assert score(gold, predicted)["speaker_accuracy"] == 1.0


@pytest.mark.parametrize("gold, predicted, same", [
    ("Kira Yarmysh", "Kira Iarmich", True),  # the French romanisation of a Russian name
    ("Yevgeny Prigozhin", "Evgueni Prigojine", True),
    ("Espen Barth Eide", "Espen Eide", True),  # a middle name left out
    ("Jake Miller", "Dan Miller", False),
    ("Kim Jong Un", "Kim Yo Jong", False),
    ("Josep Borrell", "Borrell", False),  # a surname alone is not the full name
    ("Alexei Navalny", "Yulia Navalnaya", False),
    (None, "Kira Iarmich", False),
    ("Dan Jorgensen", "Dan Jørgensen", True),  # a stroked letter folded like an accent
    ("Douglas Macgregor", "Doug MacGregor", True),  # a short form the press uses
    ("Danielle Smith", "Dan Smith", False),  # a prefix alone is no short form
    ("Christine Doe", "Chris Doe", False),
    # an organisation by its acronym, in English and in French
    ("IAEA", "International Atomic Energy Agency", True),
    ("North Atlantic Treaty Organization", "NATO", True),
    ("AIEA", "Agence internationale de l'énergie atomique", True),
    ("IAEA", "International Energy Agency", False),
    ("US", "Ulf Svensson", False),  # two letters are too few to tell an acronym from initials
    ("Donetsk People's Republic", "DPR", True),  # the possessive's "s" is no word of the acronym
    # a state and a body of it named with its name or adjective (the annotation convention)
    ("Russian Defence Ministry", "Russia", True),
    ("Armed Forces of Ukraine", "Ukraine", True),
    ("Japan", "Japanese government", True),
    ("Russian Defence Ministry", "Ukraine", False),  # another state
    ("Russian writers", "Russia", False),  # no body of the state
    ("UN Human Rights Office", "United Nations", False),  # an institution is no state
    ("Russia", "Investigative Committee", True),  # a national agency the organisations table files under Russia
    ("Ukraine", "Investigative Committee", False),
])
def test_speaker_names_written_two_ways(gold, predicted, same):
    assert same_speaker(gold, predicted) is same


def test_statement_links_and_pairs():
    """Utterance u in files a, b, c (three gold links); v in a and b. The run
    joins a-u with b-u, misses c, and wrongly joins b-v with c-u."""
    q = lambda f, s, u: {"file": f, "start": s, "end": s + 10, "speaker": None, "utterance": u}  # noqa: E731
    gold = [q("a", 0, "u"), q("b", 0, "u"), q("c", 0, "u"), q("a", 50, "v"), q("b", 50, "v")]
    p = lambda f, s, c: {"file": f, "start": s, "end": s + 10, "cluster_id": c}  # noqa: E731
    predicted = [p("a", 0, "k1"), p("b", 0, "k1"), p("c", 0, "k2"), p("a", 50, "k3"), p("b", 50, "k2")]
    report = score(gold, predicted)
    links = report["statement_links"]
    assert (links["gold_links"], links["predicted_links"], links["found"]) == (4, 2, 1)
    assert links["precision"] == 0.5 and links["recall"] == 0.25
    pairs = report["clusters"]
    assert (pairs["true_pairs"], pairs["false_pairs"], pairs["missed_pairs"]) == (1, 1, 3)


def test_missed_and_false_pairs_are_counted_by_cause():
    """Utterance u in files a, b, c, d; v in b and c. The run names the
    speakers as it found them: missed pairs are put down to an unextracted
    quote, a missing speaker, two speakers or the words; the false pair
    (e-w with a-u and b-u, one speaker) to the words."""
    g = lambda f, s, u: {"file": f, "start": s, "end": s + 10, "speaker": "X", "utterance": u}  # noqa: E731
    gold = [g("a", 0, "u"), g("b", 0, "u"), g("c", 0, "u"), g("d", 0, "u"), g("b", 50, "v"), g("c", 50, "v"),
            g("e", 0, "w")]
    p = lambda f, s, c, spk: {"file": f, "start": s, "end": s + 10, "cluster_id": c, "speaker": spk}  # noqa: E731
    predicted = [p("a", 0, "k1", "Anna Li"), p("b", 0, "k1", "Anna Li"), p("c", 0, "k2", "Anna Li"),
                 p("b", 50, "k3", None), p("c", 50, "k2", "Anna Li"),
                 p("e", 0, "k1", "anna li")]  # d's quote is not extracted
    pairs = score(gold, predicted)["clusters"]
    assert (pairs["true_pairs"], pairs["false_pairs"], pairs["missed_pairs"]) == (1, 2, 6)
    # u: a-c and b-c (same speaker, the words), a-d, b-d, c-d (unextracted); v: b-c (no speaker at b)
    assert pairs["missed_by_cause"] == {"unextracted": 3, "speaker_missing": 1, "speakers_differ": 0,
                                        "same_speaker": 2}
    assert pairs["false_by_cause"] == {"speaker_missing": 0, "speakers_differ": 0, "same_speaker": 2}
    assert pairs["worst_utterances"] == [{"utterance": "u", "missed_pairs": 5, "clusters": 2, "unextracted": 1},
                                         {"utterance": "v", "missed_pairs": 1, "clusters": 2, "unextracted": 0}]
    lines = format_report(score(gold, predicted), errors=True)
    assert "missed pairs by cause unextracted 3, speaker_missing 1, speakers_differ 0, same_speaker 2" in lines
    assert any(line.startswith('utterance losing pairs: {"utterance": "u", "missed_pairs": 5') for line in lines)


def test_dates_and_publishers_are_scored_over_gold_articles_that_have_them():
    articles = [{"file": "a", "date": "2024-06-19", "publisher": "Yonhap"},
                {"file": "b", "date": "2024-06-20", "publisher": None},
                {"file": "c", "date": None, "publisher": "TASS"}]
    docs = {"a": {"date": "2024-06-19T10:00", "publisher": "YONHAP"}, "b": {"date": "2024-06-19"},
            "c": {"date": "2024-06-01", "publisher": None}}
    report = score([], [], articles, docs)
    assert report["date_accuracy"] == 0.5 and report["date_gold"] == 2 and report["date_spurious"] == ["c"]
    assert report["publisher_accuracy"] == 0.5


@needs_apertium
def test_scores_on_our_gold_annotation(tmp_path, argos_home):
    """Extraction, speakers and cross-document clusters on the five sample
    articles plus four English fixtures, translated with Apertium."""
    config = tmp_path / "eval.yaml"
    config.write_text("translate:\n  engines: [apertium]\n", encoding="utf-8")
    report = evaluate(GOLD, config)
    assert report["extraction"]["f1"] >= 0.95
    assert report["speaker_accuracy"] >= 0.9
    # 0.967 with the hand-made table of alternations tuned on these very articles;
    # 0.87 with the general thesaurus and dictionary that replaced it (issue 7)
    assert report["clusters"]["f1"] >= 0.85
