"""Bugs found in review, each pinned by the input that showed it."""

import json
import os
import shutil
import stat

import pytest

from pipeline.config import Config, load_config
from pipeline.engines.apertium import ApertiumEngine
from pipeline.errors import EngineError
from pipeline.runner import Runner, RunOptions
from pipeline.stages.export import tsv_field

needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium is not installed")


@pytest.fixture
def cfg(corpus, make_config, argos_home):
    return load_config(make_config(translate={"engines": ["apertium"], "on_missing": "skip"}))


def run(cfg, **opts):
    return Runner(cfg, RunOptions(**opts)).run()


@needs_apertium
def test_a_crashing_engine_fails_the_run_and_is_retried_next_time(cfg, monkeypatch):
    original = ApertiumEngine.translate

    def crash(self, texts, src, tgt):
        raise RuntimeError("engine out of memory")

    monkeypatch.setattr(ApertiumEngine, "translate", crash)
    with pytest.raises(EngineError, match="out of memory"):
        run(cfg)
    assert json.loads((cfg.output / "run.json").read_text(encoding="utf-8"))["status"] == "failed"
    monkeypatch.setattr(ApertiumEngine, "translate", original)
    report = run(cfg)
    assert report["stages"]["translate"]["computed"] == 5 and not report["rejected"]


@needs_apertium
def test_identical_files_get_their_own_quote_ids(cfg, corpus):
    shutil.copy(corpus / "002_ab91c58970d1bdd0.txt", corpus / "copy.txt")
    for _ in range(2):  # the second run restores stored clusters
        run(cfg)
        quotes = [json.loads(x) for x in (cfg.output / "quotes" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
        ids = [q["quote_id"] for q in quotes]
        assert len(ids) == len(set(ids))
        assert all(q["cluster_id"] for q in quotes)


@needs_apertium
def test_no_cache_translates_again_even_with_stored_results(cfg):
    first = run(cfg)
    again = run(cfg, no_cache=True)
    assert again["stages"]["translate"]["computed"] == 5
    assert again["translated_segments"] == first["translated_segments"] > 0


@needs_apertium
def test_repetition_settings_are_part_of_the_cache_key(cfg, make_config):
    run(cfg)
    stricter = load_config(make_config(translate={"engines": ["apertium"], "max_repeats": 1}))
    assert run(stricter)["translated_segments"] > 0


def test_dry_run_agrees_with_only(cfg):
    run(cfg, until="segment")
    plan = run(cfg, dry_run=True, only="segment")
    assert plan["stages"]["segment"] == {"compute": 5, "reuse": 0}
    assert plan["stages"]["clean"] == {"compute": 0, "reuse": 5}


def test_outputs_are_readable_by_others(cfg):
    old = os.umask(0o022)
    try:
        run(cfg, until="segment")
    finally:
        os.umask(old)
    mode = stat.S_IMODE((cfg.output / "run.json").stat().st_mode)
    assert mode == 0o644


def test_interrupted_run_says_so(cfg, monkeypatch):
    from pipeline.stages.detect import Detect

    def stop(self, doc):
        raise KeyboardInterrupt

    monkeypatch.setattr(Detect, "process", stop)
    with pytest.raises(KeyboardInterrupt):
        run(cfg)
    assert json.loads((cfg.output / "run.json").read_text(encoding="utf-8"))["status"] == "interrupted"


@needs_apertium
def test_apertium_keeps_hashtags_and_handles_from_the_source():
    engine = ApertiumEngine(Config().translate.apertium)
    [out] = engine.translate(["Le mouvement #MeToo selon @Elysee est arrivé."], "fr", "en")
    assert "#MeToo" in out.text and "@Elysee" in out.text


def test_tsv_fields_never_split_a_row():
    for sep in ("\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"):
        assert len(("a" + tsv_field(f"x{sep}y") + "b").splitlines()) == 1
