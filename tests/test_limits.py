"""Pathological inputs go through every stage (benchmarks/adversarial.py times
them; here only what comes out is checked), and the per-stage limits."""

import importlib.util
import json

import pytest

from pipeline.config import load_config
from pipeline.runner import Runner, RunOptions
from pipeline.stages.segment import _Intervals

from .conftest import PROJECT


def adversarial():
    spec = importlib.util.spec_from_file_location("adversarial", PROJECT / "benchmarks" / "adversarial.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("case", ["quotes5000", "nopunct", "unclosed", "nested", "tiny"])
def test_pathological_inputs_run_through(tmp_path, make_config, case):
    corpus = tmp_path / "corpus"
    adversarial().build(case, corpus, 0.01, 50)  # 10 kB, 50 quotes / 100 marks / depth 100, 50 files
    cfg = load_config(make_config(translate={"on_missing": "skip"}))
    report = Runner(cfg, RunOptions()).run()
    assert report["status"] == "ok"
    docs = [json.loads(x) for x in (cfg.output / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(d["status"] == "ok" for d in docs)
    assert len(docs) == (50 if case == "tiny" else 1)
    if case == "quotes5000":
        assert report["stages"]["quotes"]["quotes"] == 50


def test_overlong_segments_are_not_sent_to_an_engine(corpus, make_config, monkeypatch):
    from pipeline.engines.service import TranslationService

    sent = []
    monkeypatch.setattr(TranslationService, "translate",
                        lambda self, texts, src: sent.extend(texts) or [None] * len(texts))
    words = "le président russe a rencontré le dirigeant nord-coréen dans la ville portuaire "
    (corpus / "long.txt").write_text("Le Kremlin a parlé jeudi.\n\n" + words * 6 + "\n\n"
                                     "Il a déclaré : « " + words * 5 + "».\n", encoding="utf-8")
    cfg = load_config(make_config(translate={"on_missing": "skip", "max_segment_chars": 300}))
    report = Runner(cfg, RunOptions()).run()
    assert sent and all(len(t) <= 300 for t in sent)
    too_long = [u for u in report["untranslated"] if u.get("reason") == "too_long"]
    assert report["stages"]["translate"]["dropped"]["too_long"] == len(too_long)
    docs = [json.loads(x) for x in (cfg.output / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    long_id = next(d["doc_id"] for d in docs if d["path"] == "long.txt")
    assert len([u for u in too_long if u["doc_id"] == long_id]) == 2, (too_long, long_id)  # the unpunctuated line, the quote's sentence
    assert report["stages"]["quotes"]["dropped"]["too_long_to_translate"] >= 1


def test_protected_quote_intervals_match_a_plain_scan():
    import random

    rng = random.Random(7)
    for _ in range(500):
        pairs = [(o, o + rng.randint(0, 15)) for o in (rng.randint(0, 50) for _ in range(rng.randint(0, 10)))]
        inside = _Intervals(pairs)
        for j in range(-1, 70):
            assert (j in inside) == any(o < j <= c for o, c in pairs)
