"""Language detection: one language for the document, one per paragraph.

The document language comes from langdetect run on all paragraphs together,
which is reliable for anything longer than a headline. A paragraph keeps that
language (``lang_prob`` None, "inherited") unless it carries enough evidence of
its own: short lines, upper-case headlines, lists of names and bylines give
langdetect almost nothing to go on, and it happily answers "id" for
"Vu Hoang (selon Guardian )" with 0.99999. A paragraph switches to another
language only when langdetect gives that language at least ``min_prob``.

Most paragraphs are plainly in the document's language, and langdetect is
slow, so a paragraph with enough evidence first goes through a cheap test in
the document's language (``pipeline.langid.check``: script, the language's
frequent words, character n-grams under every langdetect profile of the same
script). When that test is clear, the paragraph keeps the document language
with the test's probability (the n-gram model's posterior) and langdetect is
not called; otherwise langdetect decides as above. langdetect itself runs
through ``pipeline.langid.detect_langs``: the same results, a memoised front
end, and a per-process cache of answers by text.

langdetect is imported in ``__init__`` so that importing this module is cheap,
and seeded there (``DetectorFactory.seed``) so results are reproducible.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline import langid
from pipeline.stages.base import DocumentStage

if TYPE_CHECKING:
    from pipeline.config import Config
    from pipeline.data import Document

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@lru_cache(maxsize=256)
def _letters(text: str) -> tuple[int, int, int]:
    """(letters, upper-case letters, cased letters) of the text, counted per
    distinct character; the stage asks several times about each paragraph."""
    letters = upper = cased = 0
    for c, n in Counter(text).items():
        if c.isalpha():
            letters += n
            if c.isupper():
                upper += n
                cased += n
            elif c.islower():
                cased += n
    return letters, upper, cased


def letter_count(text: str) -> int:
    return _letters(text)[0]


def upper_share(text: str) -> float:
    """Share of the cased letters that are upper case (0.0 when there are none)."""
    _, upper, cased = _letters(text)
    return upper / cased if cased else 0.0


def capitalised_share(text: str) -> float:
    """Share of the words that start with an upper-case letter."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


class Detect(DocumentStage):
    name = "detect"
    version = "3"  # 3: a short paragraph does not switch to a language outside the run's (detect.foreign_min_chars); 2: paragraphs the cheap test settles carry its probability
    config_keys = ("detect", "source_languages", "target_language")

    def __init__(self, cfg: Config, *, fast: bool = True):
        """``fast=False`` asks langdetect about every paragraph with enough
        evidence (version 1's decisions; for comparisons)."""
        super().__init__(cfg)
        from langdetect import DetectorFactory
        from langdetect.lang_detect_exception import LangDetectException

        seed = cfg.detect.seed
        DetectorFactory.seed = seed
        self._detect_langs = lambda text: langid.detect_langs(text, seed)
        self._error = LangDetectException
        self.known = set(cfg.source_languages) | {cfg.target_language}
        self.fast = fast
        self._others: dict[str, tuple[str, ...]] = {}

    def close(self) -> None:
        """Every document of the run is detected: the answers ``langid`` keeps
        per text (up to ``CACHE_SIZE`` of them, about one per article) would
        only hold memory through alignment and the export."""
        langid.forget_answers()

    def _langs(self, text: str) -> list[tuple[str, float]]:
        """langdetect's candidates, best first; [] when it finds no features."""
        if letter_count(text) == 0:
            return []
        try:
            return [(x.lang, x.prob) for x in self._detect_langs(text)]
        except self._error:
            return []

    def _check(self, text: str, lang: str) -> float | None:
        """The cheap test: ``lang``'s probability when the text is clearly in it, else None."""
        others = self._others.get(lang)
        if others is None:
            others = self._others[lang] = tuple(sorted(self.known - {lang}))
        return langid.check(text, lang, others)

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

    def paragraph_lang(self, text: str, doc_lang: str | None) -> tuple[str | None, float | None, str]:
        """(language, probability, how) of one paragraph of a document in
        ``doc_lang``; ``how`` is "inherited" (too thin, or langdetect not sure
        enough of another language), "checked" (the cheap test agrees with the
        document), "same" (langdetect agrees) or "switched"."""
        if self._weak(text):
            return doc_lang, None, "inherited"
        prepared = self._prepare(text)
        if self.fast and doc_lang is not None:
            prob = self._check(prepared, doc_lang)
            if prob is not None:
                return doc_lang, prob, "checked"
        best = next(iter(self._langs(prepared)), None)
        if best is None:
            return doc_lang, None, "inherited"
        if best[0] == doc_lang:
            return doc_lang, best[1], "same"
        if best[1] >= self.cfg.detect.min_prob and (
                best[0] in self.known or letter_count(text) >= self.cfg.detect.foreign_min_chars):
            return best[0], best[1], "switched"
        return doc_lang, None, "inherited"

    def process(self, doc: Document) -> Document:
        if not doc.ok:
            return doc
        texts = [doc.text[p.start : p.end] for p in doc.paragraphs]

        langs = self._langs("\n".join(self._prepare(t) for t in texts))
        doc.lang, doc.lang_prob = langs[0] if langs else (None, None)

        inherited = switched = foreign = 0
        for para, text in zip(doc.paragraphs, texts):
            para.lang, para.lang_prob, how = self.paragraph_lang(text, doc.lang)
            inherited += how == "inherited"
            switched += how == "switched"
            if para.lang is not None and para.lang not in self.known:
                foreign += 1

        doc.stats["detect"] = {
            "paragraphs": len(doc.paragraphs),
            "inherited": inherited,
            "switched": switched,
            "foreign": foreign,
        }
        return doc
