"""Shared fixtures: a private copy of the sample corpus and a config pointing at it."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "corpus"
SAMPLE_FILES = sorted(p.name for p in CORPUS.glob("*.txt"))


def pytest_configure(config):
    """Confine Argos to a throw-away folder for the whole session (subprocesses
    inherit it): Argos reads these variables once, at import, and creates its
    folders then. Tests that install packages point it at their own folder."""
    root = Path(tempfile.mkdtemp(prefix="argos-session-"))
    from tests.fixtures.argos_package import argos_env

    os.environ.update(argos_env(root))


@pytest.fixture(scope="session")
def argos_archive(tmp_path_factory) -> Path:
    """A tiny real fr->en Argos package built from the sample corpus."""
    from tests.fixtures.argos_package import build_argos_package, corpus_texts

    return build_argos_package(tmp_path_factory.mktemp("argos-build"), corpus_texts(CORPUS))


@pytest.fixture
def argos_home(tmp_path: Path, monkeypatch) -> Path:
    """An empty Argos package folder for this test; returns it."""
    from tests.fixtures.argos_package import point_argos_at

    return point_argos_at(tmp_path / "argos", monkeypatch)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    dest = tmp_path / "corpus"
    shutil.copytree(CORPUS, dest)
    return dest


@pytest.fixture
def make_config(tmp_path: Path):
    """Write a config file into tmp_path; keyword arguments override top-level keys."""

    def make(corpus: Path | str = "corpus", output: str = "out", **overrides) -> Path:
        data = {"corpus": str(corpus), "output": output, **overrides}
        path = tmp_path / "config.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        return path

    return make


def line_document(text: str, lang: str | None = None, para_lang: str | None = None):
    """A document with one paragraph per non-empty line (stripped), as the
    clean stage would give, for stage tests that skip clean."""
    import hashlib

    from pipeline.data import Document, Paragraph

    paragraphs, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            paragraphs.append(Paragraph(start, start + len(stripped), lang=para_lang))
        pos += len(line)
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Document(doc_id=sha[:16], path="t.txt", sha256=sha, text=text, lang=lang, paragraphs=paragraphs)
