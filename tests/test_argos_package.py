"""The offline Argos package builder (tests/fixtures/argos_package.py) makes real packages.

Only ``argostranslate.package`` is used here -- never ``argostranslate.translate``
(it drags in torch, stanza, spaCy and Argos' own sentence splitters).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.fixtures.argos_package import (
    argos_env,
    build_argos_package,
    corpus_texts,
    install_argos_package,
    point_argos_at,
)

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "corpus"
PKG_NAME = "translate-fr_en-1_9"
MAX_LEN = 32


@pytest.fixture(scope="session")
def corpus_lines() -> list[str]:
    texts = corpus_texts(CORPUS)
    assert texts, "corpus/*.txt is empty"
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def built_package(tmp_path_factory) -> tuple[Path, float]:
    dest = tmp_path_factory.mktemp("argos-build")
    start = time.perf_counter()
    archive = build_argos_package(dest, corpus_texts(CORPUS))
    return archive, time.perf_counter() - start


@pytest.fixture(scope="module")
def installed(built_package, tmp_path_factory):
    """Install the built package into an isolated Argos package dir (undone afterwards)."""
    archive, _ = built_package
    translate_loaded_before = "argostranslate.translate" in sys.modules
    with pytest.MonkeyPatch.context() as mp:
        packages_dir = point_argos_at(tmp_path_factory.mktemp("argos-home"), mp)
        pkg_dir = install_argos_package(archive)
        from argostranslate import package

        pkgs = package.get_installed_packages()
        yield {
            "packages_dir": packages_dir,
            "pkg_dir": pkg_dir,
            "packages": pkgs,
            "translate_loaded_before": translate_loaded_before,
        }


@pytest.fixture(scope="module")
def fr_en(installed):
    matches = [p for p in installed["packages"] if (p.from_code, p.to_code) == ("fr", "en")]
    assert len(matches) == 1, installed["packages"]
    return matches[0]


@pytest.fixture(scope="module")
def translator(fr_en):
    import ctranslate2

    return ctranslate2.Translator(
        str(fr_en.package_path / "model"), device="cpu", compute_type="int8"
    )


# --------------------------------------------------------------------------- #
# The archive
# --------------------------------------------------------------------------- #
def test_build_makes_an_archive(built_package):
    # (no bound on the time it took: timings belong in benchmarks/, not in tests)
    archive, _ = built_package
    assert archive.is_file()


def test_archive_layout(built_package):
    archive, _ = built_package
    assert archive.name == f"{PKG_NAME}.argosmodel"
    assert zipfile.is_zipfile(archive)
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        metadata = json.loads(zf.read(f"{PKG_NAME}/metadata.json"))
    assert {n.split("/", 1)[0] for n in names} == {PKG_NAME}
    for member in (
        "metadata.json",
        "sentencepiece.model",
        "model/model.bin",
        "model/config.json",
        "model/shared_vocabulary.json",
    ):
        assert f"{PKG_NAME}/{member}" in names
    assert metadata["package_version"] == "1.9"
    assert metadata["from_code"] == "fr" and metadata["to_code"] == "en"
    assert metadata["from_name"] == "French" and metadata["to_name"] == "English"
    assert metadata["type"] == "translate"
    assert "target_prefix" not in metadata


def test_vocabulary_is_the_sentencepiece_pieces(built_package, tmp_path):
    import sentencepiece as spm

    archive, _ = built_package
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp_path)
    pkg = tmp_path / PKG_NAME
    sp = spm.SentencePieceProcessor(model_file=str(pkg / "sentencepiece.model"))
    vocab = json.loads((pkg / "model" / "shared_vocabulary.json").read_text("utf-8"))
    assert vocab == [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    assert vocab[:3] == ["<unk>", "<s>", "</s>"]
    # 12 kB of French cannot fill 800 pieces: the size was lowered automatically.
    assert 100 < len(vocab) <= 800


def test_same_seed_same_bytes_other_seed_differs(tmp_path):
    texts = corpus_texts(CORPUS)

    def members(archive: Path) -> dict[str, bytes]:
        with zipfile.ZipFile(archive) as zf:
            return {n: zf.read(n) for n in zf.namelist() if not n.endswith("/")}

    a = members(build_argos_package(tmp_path / "a", texts, seed=3))
    b = members(build_argos_package(tmp_path / "b", texts, seed=3))
    c = members(build_argos_package(tmp_path / "c", texts, seed=4))
    assert a == b
    assert a[f"{PKG_NAME}/model/model.bin"] != c[f"{PKG_NAME}/model/model.bin"]


def test_tiny_text_and_other_options(tmp_path):
    import ctranslate2
    import sentencepiece as spm

    archive = build_argos_package(
        tmp_path,
        ["Le chat dort.", "Bonjour le monde."],
        "de",
        "fr",
        num_layers=1,
        d_model=32,
        num_heads=2,
        ffn=64,
        vocab_size=5000,
        sp_model_type="bpe",
        package_version="2.0",
        name="tiny",
        quantization="int8",
    )
    assert archive == tmp_path / "tiny.argosmodel"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp_path / "x")
    pkg = tmp_path / "x" / "tiny"
    meta = json.loads((pkg / "metadata.json").read_text("utf-8"))
    assert (meta["from_code"], meta["to_code"], meta["package_version"]) == ("de", "fr", "2.0")
    sp = spm.SentencePieceProcessor(model_file=str(pkg / "sentencepiece.model"))
    assert sp.get_piece_size() < 5000
    tr = ctranslate2.Translator(str(pkg / "model"), device="cpu")
    out = tr.translate_batch([sp.encode("Le chat dort.", out_type=str)], beam_size=4)
    assert out[0].hypotheses[0]


# --------------------------------------------------------------------------- #
# Installed through argostranslate.package
# --------------------------------------------------------------------------- #
def test_installed_package_is_listed(installed, fr_en):
    from argostranslate import settings
    from argostranslate.tokenizer import SentencePieceTokenizer

    assert installed["pkg_dir"] == installed["packages_dir"] / PKG_NAME
    assert settings.package_dirs == [installed["packages_dir"]]
    assert [p.package_path for p in installed["packages"]] == [installed["pkg_dir"]]
    assert fr_en.package_version == "1.9"
    assert fr_en.from_name == "French" and fr_en.to_name == "English"
    assert fr_en.type == "translate"
    assert fr_en.target_prefix == ""
    assert isinstance(fr_en.tokenizer, SentencePieceTokenizer)
    assert (fr_en.package_path / "model" / "model.bin").is_file()
    assert str(fr_en) == "French → English"


def test_install_did_not_load_argostranslate_translate(installed):
    if not installed["translate_loaded_before"]:
        assert "argostranslate.translate" not in sys.modules


def test_translate_beam4_is_deterministic(fr_en, translator, corpus_lines):
    import ctranslate2

    sentence = corpus_lines[0]
    tokens = fr_en.tokenizer.encode(sentence)
    assert tokens and all(isinstance(t, str) for t in tokens)

    kwargs = dict(beam_size=4, max_decoding_length=MAX_LEN)
    first = translator.translate_batch([tokens], **kwargs)
    second = translator.translate_batch([tokens], **kwargs)
    hyp = first[0].hypotheses[0]
    assert hyp, "empty hypothesis"
    assert len(hyp) <= MAX_LEN
    assert first[0].hypotheses == second[0].hypotheses

    vocab = set(
        json.loads((fr_en.package_path / "model" / "shared_vocabulary.json").read_text("utf-8"))
    )
    assert set(hyp) <= vocab
    assert isinstance(fr_en.tokenizer.decode(hyp), str)

    # A fresh Translator on the same files gives the same output.
    again = ctranslate2.Translator(
        str(fr_en.package_path / "model"), device="cpu", compute_type="int8"
    )
    assert again.translate_batch([tokens], **kwargs)[0].hypotheses == first[0].hypotheses


def test_argos_style_batch_call(fr_en, translator, corpus_lines):
    """The exact translate_batch arguments argostranslate.translate uses work."""
    batch = [fr_en.tokenizer.encode(s) for s in corpus_lines[:8]]
    results = translator.translate_batch(
        batch,
        target_prefix=None,
        replace_unknowns=True,
        max_batch_size=32,
        batch_type="tokens",
        beam_size=4,
        num_hypotheses=4,
        length_penalty=0.2,
        return_scores=True,
        max_decoding_length=MAX_LEN,
    )
    assert len(results) == len(batch)
    for r in results:
        assert len(r.hypotheses) == 4 and len(r.scores) == 4
        assert all(r.hypotheses)


def test_decoding_ends_on_its_own(fr_en, translator, corpus_lines):
    """No max_decoding_length: the built-in </s> clock (eos_after=24) stops decoding early."""
    batch = [fr_en.tokenizer.encode(s) for s in corpus_lines]
    results = translator.translate_batch(batch, beam_size=4)
    lengths = [len(r.hypotheses[0]) for r in results]
    assert min(lengths) >= 8
    assert max(lengths) <= 80, lengths


# --------------------------------------------------------------------------- #
# Environment isolation
# --------------------------------------------------------------------------- #
def test_argos_env_keys(tmp_path):
    env = argos_env(tmp_path)
    assert set(env) >= {
        "ARGOS_PACKAGES_DIR",
        "ARGOS_PACKAGE_DIR",
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
    }
    assert all(Path(v).is_relative_to(tmp_path) for v in env.values())


def test_argos_env_isolates_a_fresh_process(tmp_path, built_package):
    """Set before the first import, the env confines Argos (and nothing lands in $HOME)."""
    archive, _ = built_package
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, **argos_env(tmp_path), "HOME": str(home)}
    code = (
        "import json, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from tests.fixtures.argos_package import install_argos_package\n"
        "from argostranslate import package, settings\n"
        "install_argos_package(sys.argv[2])\n"
        "print(json.dumps({'dir': str(settings.package_data_dir), 'data': str(settings.data_dir),"
        " 'pkgs': [[p.from_code, p.to_code, p.package_version] for p in package.get_installed_packages()],"
        " 'translate': 'argostranslate.translate' in sys.modules}))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(PROJECT), str(archive)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["dir"] == argos_env(tmp_path)["ARGOS_PACKAGES_DIR"]
    assert out["data"] == str(tmp_path / "xdg-data" / "argos-translate")
    assert out["pkgs"] == [["fr", "en", "1.9"]]
    assert out["translate"] is False
    assert list(home.iterdir()) == []


def test_spacy_sbd_option_embeds_a_loadable_pipeline(tmp_path):
    from argostranslate.package import Package

    archive = build_argos_package(tmp_path, corpus_texts(CORPUS), spacy_sbd=True)
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp_path / "x")
    pkg_dir = tmp_path / "x" / PKG_NAME
    assert (pkg_dir / "spacy" / "config.cfg").is_file()
    pkg = Package(pkg_dir)
    assert pkg.packaged_sbd_path == pkg_dir / "spacy"

    import spacy

    nlp = spacy.load(pkg.packaged_sbd_path, exclude=["parser"])
    nlp.add_pipe("sentencizer")  # what argostranslate's SpacySentencizerSmall does
    doc = nlp("Le chat dort. Le chien aboie.")
    assert [s.text for s in doc.sents] == ["Le chat dort.", "Le chien aboie."]
