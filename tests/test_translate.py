"""Translation with real engines: a tiny real Argos package built during the
session (its output is gibberish: we check structure, not wording) and the
Apertium packages from Debian (real English)."""

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from pipeline import models
from pipeline.config import Config, load_config
from pipeline.engines.apertium import ApertiumEngine
from pipeline.engines.argos import ArgosEngine
from pipeline.engines.cache import TranslationCache
from pipeline.engines.service import TranslationService
from pipeline.errors import EngineError, InputError
from pipeline.runner import Runner, RunOptions

from .conftest import CORPUS

SENTENCES = [
    "Le président Loukachenko a déclaré qu'il voyait des opportunités de coopération.",
    "« Je suis heureux de vous voir », a déclaré Poutine en serrant la main de Kim.",
    "Il s'agit du premier voyage à l'étranger de M. Kim en 4 ans.",
    "Kim est arrivé mardi en Russie par train privé.",
    "La Russie recherche de toute urgence des munitions pour sa guerre en Ukraine.",
    "Source",
    "Les États-Unis ont déjà mis en garde la Corée du Nord contre les livraisons d’armes à la Russie.",
]
FAST_ARGOS = {"max_decoding_length": 16, "max_batch_size": 3}
needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium is not installed")


def argos_config(**translate) -> Config:
    return Config(translate={"engines": ["argos"], "argos": FAST_ARGOS, **translate})


# --- model management ---------------------------------------------------------

def test_models_install_list_remove(argos_home, argos_archive):
    assert models.list_packages() == []
    info = models.install_from_file(argos_archive)
    assert (info["from"], info["to"], info["version"]) == ("fr", "en", "1.9")
    assert [(r["from"], r["to"], r["version"]) for r in models.list_packages()] == [("fr", "en", "1.9")]
    assert models.remove("fr", "en")
    assert models.list_packages() == []
    with pytest.raises(InputError, match="no installed Argos package for fr->en"):
        models.remove("fr", "en")


def test_install_refuses_broken_archives(argos_home, tmp_path):
    not_zip = tmp_path / "a.argosmodel"
    not_zip.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="not a zip archive"):
        models.install_from_file(not_zip)
    evil = tmp_path / "evil.argosmodel"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("pkg/metadata.json", "{}")
        zf.writestr("pkg/../../escape.txt", "x")
    with pytest.raises(InputError, match="unsafe path"):
        models.install_from_file(evil)
    with pytest.raises(InputError, match="no such file"):
        models.install_from_file(tmp_path / "missing.argosmodel")


def test_cli_models_honours_argos_package_dir(tmp_path, argos_archive):
    env = {**os.environ, "ARGOS_PACKAGE_DIR": str(tmp_path / "pkgs")}
    env.pop("ARGOS_PACKAGES_DIR")

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "pipeline", "models", *map(str, args)],
                              capture_output=True, text=True, env=env, timeout=120)

    assert cli("install", "--from-file", argos_archive).returncode == 0
    listed = cli("list")
    assert "fr -> en  1.9" in listed.stdout and str(tmp_path / "pkgs") in listed.stdout
    assert cli("remove", "fr", "en").returncode == 0
    assert "(none)" in cli("list").stdout
    assert cli("install").returncode == 2


# --- the Argos engine -----------------------------------------------------------

def test_argos_batching_keeps_order_and_one_to_one_alignment(argos_home, argos_archive):
    models.install_from_file(argos_archive)
    engine = ArgosEngine(argos_config().translate.argos)
    batch = engine.translate(SENTENCES, "fr", "en")
    alone = [engine.translate([s], "fr", "en")[0] for s in SENTENCES]
    assert len(batch) == len(SENTENCES)
    assert [t.text for t in batch] == [t.text for t in alone]
    assert len({t.text for t in batch}) > 1  # not one answer for everything
    for t in batch:
        assert (t.engine, t.model, t.version, t.label) == ("argos", "fr_en", "1.9", "argos-fr_en@1.9")
        assert isinstance(t.score, float)


def test_argos_loads_each_model_once(argos_home, argos_archive):
    models.install_from_file(argos_archive)
    engine = ArgosEngine(argos_config().translate.argos)
    engine.translate(SENTENCES[:2], "fr", "en")
    first = dict(engine._translators)
    engine.translate(SENTENCES[2:], "fr", "en")
    assert engine._translators == first and len(first) == 1


def test_argos_pivots_through_english(argos_home, argos_archive, tmp_path):
    from tests.fixtures.argos_package import build_argos_package, corpus_texts

    models.install_from_file(argos_archive)
    en_de = build_argos_package(tmp_path, corpus_texts(CORPUS), "en", "de", package_version="1.0")
    models.install_from_file(en_de)
    engine = ArgosEngine(argos_config().translate.argos)
    assert [(p.from_code, p.to_code) for p in engine.route("fr", "de")] == [("fr", "en"), ("en", "de")]
    out = engine.translate(SENTENCES[:3], "fr", "de")
    assert len(out) == 3 and out[0].label == "argos-fr_en+en_de@1.9+1.0"
    assert not engine.supports("de", "fr")


def test_skip_lists_untranslated_segments_in_run_json(argos_home, corpus, make_config):
    cfg = load_config(make_config(translate={"engines": ["argos"], "on_missing": "skip"}))
    report = Runner(cfg, RunOptions()).run()
    assert report["status"] == "ok" and report["translated_segments"] == 0
    segments = report["stages"]["segment"]["segments"]
    assert len(report["untranslated"]) == segments > 50
    assert report["stages"]["translate"]["dropped"] == {"no_engine_fr": segments}


def test_missing_model_stops_the_run_before_any_stage(argos_home, corpus, make_config):
    cfg = load_config(make_config(translate={"engines": ["argos"]}))
    with pytest.raises(EngineError, match="pipeline models install fr en"):
        Runner(cfg, RunOptions()).run()
    report = json.loads((cfg.output / "run.json").read_text(encoding="utf-8"))
    assert report["status"] == "failed" and report["stages"] == {}


def test_missing_model_names_the_install_commands(argos_home):
    cfg = Config(translate={"engines": ["argos", "apertium"], "apertium": {"command": "no-such-apertium"}})
    with pytest.raises(EngineError) as info:
        TranslationService(cfg).check(["fr"])
    message = str(info.value)
    assert "fr->en" in message
    assert "pipeline models install fr en" in message
    assert "apt-get install apertium apertium-fr-es apertium-eng-spa" in message


def test_cache_answers_the_second_time(argos_home, argos_archive, tmp_path):
    models.install_from_file(argos_archive)
    cfg = argos_config()
    first = TranslationService(cfg, TranslationCache(tmp_path / "t.sqlite"))
    a = first.translate(SENTENCES, "fr")
    assert first.translated == len(SENTENCES) and first.reused == 0
    second = TranslationService(cfg, TranslationCache(tmp_path / "t.sqlite"))
    b = second.translate(SENTENCES, "fr")
    assert second.translated == 0 and second.reused == len(SENTENCES)
    assert [r.translation.text for r in a] == [r.translation.text for r in b]
    assert all(r.cached for r in b)
    # other decoding options are another cache entry
    third = TranslationService(argos_config(argos={**FAST_ARGOS, "beam_size": 2}),
                               TranslationCache(tmp_path / "t.sqlite"))
    third.translate(SENTENCES[:2], "fr")
    assert third.translated == 2


# --- the translate stage in a run ---------------------------------------------

@pytest.fixture
def argos_run_config(argos_home, argos_archive, corpus, make_config):
    models.install_from_file(argos_archive)
    return load_config(make_config(translate={"engines": ["argos"], "argos": FAST_ARGOS,
                                              "chunk_segments": 10}))


def test_run_translates_then_forced_rerun_translates_nothing(argos_run_config):
    cfg = argos_run_config
    first = Runner(cfg, RunOptions()).run()
    n = first["translated_segments"]
    assert n > 50 and first["cached_segments"] == 0
    assert first["versions"]["engines"] == ["argos-fr_en@1.9"]
    forced = Runner(cfg, RunOptions(force=True)).run()
    assert forced["stages"]["translate"]["computed"] == 5
    assert forced["translated_segments"] == 0 and forced["cached_segments"] >= n
    again = Runner(cfg, RunOptions()).run()
    assert again["stages"]["translate"]["computed"] == 0 and again["translated_segments"] == 0
    fresh = Runner(cfg, RunOptions(force=True, no_cache=True)).run()
    assert fresh["translated_segments"] == n


def test_parallel_files_are_aligned_with_provenance(argos_run_config):
    cfg = argos_run_config
    Runner(cfg, RunOptions()).run()
    par = cfg.output / "parallel"
    fr = (par / "corpus.fr").read_text(encoding="utf-8").splitlines()
    en = (par / "corpus.en").read_text(encoding="utf-8").splitlines()
    rows = [r.split("\t") for r in (par / "corpus.tsv").read_text(encoding="utf-8").splitlines()[2:]]
    assert len(fr) == len(en) == len(rows) > 50
    assert [r[5] for r in rows] == fr and [r[6] for r in rows] == en
    assert {r[7] for r in rows} == {"argos-fr_en@1.9"}
    sig = (par / "corpus.fr.sig").read_text(encoding="utf-8")
    assert sig.startswith("src:fr|tgt:en|mt:argos-fr_en@1.9|langid:langdetect|cfg:")
    docs = sorted((cfg.output / "docs").glob("*.fr-en.tsv"))
    assert len(docs) == 5
    assert docs[0].read_text(encoding="utf-8").startswith("# src:fr|tgt:en|mt:argos-fr_en@1.9|")
    import xml.etree.ElementTree as ET

    tmx = ET.parse(par / "corpus.tmx").getroot()
    assert tmx.get("version") == "1.4" and tmx.find("header").get("srclang") == "fr"
    tus = tmx.findall("body/tu")
    assert len(tus) == len(fr)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [tu.findall("tuv")[0].get(lang) for tu in tus[:1]] == ["fr"]
    assert tus[0].findall("tuv/seg")[0].text == fr[0]


def test_killed_translation_resumes_from_the_cache(argos_run_config, monkeypatch):
    cfg = argos_run_config
    calls = {"n": 0}
    original = ArgosEngine.translate

    def dies_on_third_chunk(self, texts, src, tgt, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return original(self, texts, src, tgt, **kw)

    monkeypatch.setattr(ArgosEngine, "translate", dies_on_third_chunk)
    with pytest.raises(KeyboardInterrupt):
        Runner(cfg, RunOptions()).run()
    monkeypatch.setattr(ArgosEngine, "translate", original)
    committed = len(TranslationCache(cfg.output / ".state" / "translations.sqlite"))
    assert committed >= 10  # at least the first chunk of 10 was saved before the kill
    report = Runner(cfg, RunOptions()).run()
    full = Runner(cfg, RunOptions(force=True, no_cache=True)).run()
    assert report["translated_segments"] == full["translated_segments"] - committed > 0


def test_english_segments_are_never_sent_to_an_engine(argos_run_config, corpus):
    (corpus / "en.txt").write_text(
        "The Kremlin said no agreements had been signed during Kim Jong Un's visit to Russia.\n"
        "\"We are not provoking anyone,\" Putin told reporters in Vladivostok on Wednesday.\n",
        encoding="utf-8")
    report = Runner(argos_run_config, RunOptions()).run()
    rows = (argos_run_config.output / "parallel" / "corpus.tsv").read_text(encoding="utf-8").splitlines()
    english = [r.split("\t") for r in rows[2:] if r.split("\t")[2] == "en"]
    assert len(english) == 2
    assert all(r[6] == r[5] and r[7] == "identity" for r in english)
    assert report["stages"]["translate"]["identity"] == 2


# --- Apertium, for real ---------------------------------------------------------------

@needs_apertium
def test_apertium_translates_a_sample_sentence_with_the_glossary():
    svc = TranslationService(Config(translate={"engines": ["apertium"]}))
    [result] = svc.translate(
        ["« Je suis heureux de vous voir », a déclaré Poutine en serrant la main de Kim Jong-un."], "fr")
    text = result.translation.text
    assert "Putin" in text and "Kim Jong Un" in text and "Poutine" not in text
    assert text.count("“") == 1 and text.count("”") == 1 and "«" not in text
    assert "happy" in text.lower()
    assert result.translation.label.startswith("apertium-fr-es+spa-eng@")


@needs_apertium
def test_apertium_batch_keeps_segment_boundaries():
    engine = ApertiumEngine(Config().translate.apertium)
    batch = engine.translate(SENTENCES, "fr", "en")
    alone = [engine.translate([s], "fr", "en")[0] for s in SENTENCES]
    assert [t.text for t in batch] == [t.text for t in alone]
    assert not any(c in t.text for t in batch for c in "*#@")


FRAGMENTS = {
    # quote fragments with no final stop: with one segment per line, transfer
    # rules moved words from one into the next ("Il" / "A politiquement motivé des Telles ...")
    ("en", "fr"): ["politically motivated", "Such illegitimate actions only undermine the economic system,",
                   "full support", "the strongest ever treaty", "without delay"],
    ("fr", "en"): ["soutien total", "à l'avenir", "une assistance mutuelle en cas d'agression",
                   "nouveau niveau", "sans délai"],
}


@needs_apertium
@pytest.mark.parametrize("pair", sorted(FRAGMENTS))
def test_apertium_batch_never_moves_words_between_fragments(pair):
    engine = ApertiumEngine(Config().translate.apertium)
    src, tgt = pair
    texts = FRAGMENTS[pair]
    batch = engine.translate(texts, src, tgt)
    alone = [engine.translate([t], src, tgt)[0] for t in texts]
    assert [t.text for t in batch] == [t.text for t in alone]


def test_apertium_reports_what_is_missing():
    engine = ApertiumEngine(Config(translate={"apertium": {"command": "no-such-apertium"}}).translate.apertium)
    assert not engine.supports("fr", "en")
    assert "not installed" in engine.missing("fr", "en")
    if shutil.which("apertium"):
        engine = ApertiumEngine(Config(translate={"apertium": {"modes": {"fr-en": ["fr-xx"]}}}).translate.apertium)
        assert not engine.supports("fr", "en") and "fr-xx" in engine.missing("fr", "en")


@needs_apertium
def test_apertium_run_on_the_sample_corpus(corpus, make_config, argos_home):
    cfg = load_config(make_config(translate={"engines": ["apertium"]}))
    report = Runner(cfg, RunOptions()).run()
    rows = [r.split("\t") for r in (cfg.output / "parallel" / "corpus.tsv").read_text(encoding="utf-8").splitlines()[2:]]
    assert rows and all(r[6] and r[7].startswith("apertium-") for r in rows)
    text = " ".join(r[6] for r in rows)
    assert "Putin" in text and "Poutine" not in text and "Lukashenko" in text
    for r in rows:
        assert r[6].count("“") + r[6].count("”") + r[6].count('"') == \
            sum(r[5].count(c) for c in "«»“”\""), r
    assert report["translated_segments"] == len({r[5] for r in rows})
    forced = Runner(cfg, RunOptions(force=True)).run()
    assert forced["translated_segments"] == 0
