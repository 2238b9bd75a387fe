"""Sentence lookup by position in a document."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.data import Document


class Sentences:
    """Sentence lookup by position: the segment stage's sentences when it ran, else computed here."""

    def __init__(self, doc: Document):
        self.doc = doc
        if doc.segments:
            self.spans = sorted((s.start, s.end) for s in doc.segments)
        else:
            from pipeline.defaults import ABBREVIATIONS
            from pipeline.stages.segment import split_sentences

            self.spans = []
            for p in doc.paragraphs:
                found = split_sentences(doc.text[p.start:p.end], p.lang or doc.lang, ABBREVIATIONS)
                self.spans.extend((p.start + s, p.start + e) for s, e in found)
        self._starts = [s for s, _ in self.spans]

    def index(self, pos: int) -> int:
        """The index into ``spans`` of the last sentence starting at or before ``pos``; -1 when none."""
        return bisect.bisect_right(self._starts, pos) - 1

    def at(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos``; its paragraph when no sentence does."""
        i = self.index(pos)
        if i >= 0 and pos < self.spans[i][1]:
            return self.spans[i]
        para = next((p for p in self.doc.paragraphs if p.start <= pos < p.end), None)
        return (para.start, para.end) if para else (pos, pos)
