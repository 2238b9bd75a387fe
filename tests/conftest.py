"""Shared fixtures: a private copy of the sample corpus and a config pointing at it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "corpus"
SAMPLE_FILES = sorted(p.name for p in CORPUS.glob("*.txt"))


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
