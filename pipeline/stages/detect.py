"""Language detection: one language for the document, one per paragraph.

The document language comes from langdetect run on all paragraphs together,
which is reliable for anything longer than a headline. A paragraph keeps that
language (``lang_prob`` None, "inherited") unless it carries enough evidence of
its own: short lines, upper-case headlines, lists of names and bylines give
langdetect almost nothing to go on, and it happily answers "id" for
"Vu Hoang (selon Guardian )" with 0.99999. A paragraph switches to another
language only when langdetect gives that language at least ``min_prob``.

langdetect is imported in ``__init__`` so that importing this module is cheap,
and seeded there (``DetectorFactory.seed``) so results are reproducible.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.stages.base import DocumentStage

if TYPE_CHECKING:
    from pipeline.config import Config
    from pipeline.data import Document

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def letter_count(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def upper_share(text: str) -> float:
    """Share of the cased letters that are upper case (0.0 when there are none)."""
    cased = [c for c in text if c.isalpha() and (c.isupper() or c.islower())]
    if not cased:
        return 0.0
    return sum(1 for c in cased if c.isupper()) / len(cased)


def capitalised_share(text: str) -> float:
    """Share of the words that start with an upper-case letter."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


class Detect(DocumentStage):
    name = "detect"
    version = "1"
    config_keys = ("detect", "source_languages", "target_language")

    def __init__(self, cfg: Config):
        super().__init__(cfg)
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException

        DetectorFactory.seed = cfg.detect.seed
        self._detect_langs = detect_langs
        self._error = LangDetectException
        self.known = set(cfg.source_languages) | {cfg.target_language}

    def _langs(self, text: str) -> list[tuple[str, float]]:
        """langdetect's candidates, best first; [] when it finds no features."""
        if letter_count(text) == 0:
            return []
        try:
            return [(x.lang, x.prob) for x in self._detect_langs(text)]
        except self._error:
            return []

    def _prepare(self, text: str) -> str:
        # langdetect skips words written in capitals, so an upper-case headline
        # would give it nothing (or only the odd lower-case word) to work on.
        if upper_share(text) >= self.cfg.detect.upper_ratio:
            return text.lower()
        return text

    def _weak(self, text: str) -> bool:
        """True when the paragraph is too thin to overrule the document language."""
        cfg = self.cfg.detect
        return (
            letter_count(text) < cfg.min_chars
            or upper_share(text) >= cfg.upper_ratio
            or capitalised_share(text) >= cfg.names_ratio
        )

    def process(self, doc: Document) -> Document:
        if not doc.ok:
            return doc
        cfg = self.cfg.detect
        texts = [doc.text[p.start : p.end] for p in doc.paragraphs]

        langs = self._langs("\n".join(self._prepare(t) for t in texts))
        doc.lang, doc.lang_prob = langs[0] if langs else (None, None)

        inherited = switched = foreign = 0
        for para, text in zip(doc.paragraphs, texts):
            para.lang, para.lang_prob = doc.lang, None
            best = None if self._weak(text) else next(iter(self._langs(self._prepare(text))), None)
            if best is None:
                inherited += 1
            elif best[0] == doc.lang:
                para.lang_prob = best[1]
            elif best[1] >= cfg.min_prob:
                para.lang, para.lang_prob = best
                switched += 1
            else:
                inherited += 1
            if para.lang is not None and para.lang not in self.known:
                foreign += 1

        doc.stats["detect"] = {
            "paragraphs": len(doc.paragraphs),
            "inherited": inherited,
            "switched": switched,
            "foreign": foreign,
        }
        return doc
