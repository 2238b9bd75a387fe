"""The outlets that relayed a quote: the closest relay cue in its sentence or
paragraph ("a rapporté l'agence KCNA", "selon TASS", "Interfax reported"), else
the article's source outlets."""

from __future__ import annotations

import bisect
import re

from pipeline import defaults
from pipeline.data import Document
from pipeline.outlets import APOSTROPHES, WIRE_PREFIX, compile_cues_after, compile_outlets
from pipeline.outlets import fold as fold_name
from pipeline.quotes.sentences import Sentences
from pipeline.quotes.spans import QuoteSpan

# outlets named together share one cue: "selon Interfax et Reuters"
_OUTLET_JOIN = re.compile(r"\s*(?:,|et|and|&|/)\s*")
_WORD = re.compile(r"[\w'-]+")


def _merged(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping [start, end) regions joined, sorted."""
    out: list[tuple[int, int]] = []
    for o, c in sorted(regions):
        if out and o < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], c))
        else:
            out.append((o, c))
    return out


class Relay:
    """Outlets named next to a relay cue ("a rapporté l'agence KCNA", "selon
    TASS", "Interfax reported"), as the clean stage finds them, but per quote."""

    def __init__(self, outlets: dict[str, list[str]], cues_before: list[str] | None = None,
                 cues_after: list[str] | None = None, window: int = 6):
        self.rx, self.of = compile_outlets(outlets)
        self.before = [fold_name(c) for c in (defaults.RELAY_CUES_BEFORE if cues_before is None else cues_before)]
        self.after_rx = compile_cues_after(defaults.RELAY_CUES_AFTER if cues_after is None else cues_after)
        self.window = window
        self._folded: tuple[str | None, str] = (None, "")
        self._doc: str | None = None
        self._para_starts: list[int] = []
        self._quoted: list[tuple[int, int]] = []
        self._quoted_starts: list[int] = []
        self._cands: dict[int, list[tuple[int, int, str]]] = {}

    def _paragraph_cands(self, doc: Document, para, sentences: Sentences) -> list[tuple[int, int, str]]:
        """(start, end, outlet) of the cued outlets of a paragraph, sorted."""
        text, folded = doc.text, self._folded[1]
        cands: list[tuple[int, int, str]] = []
        # a wire lead "(Reuters) - " on the paragraph's line, cut off by the
        # clean stage or still in the paragraph: zero-width, paragraph-wide
        body = para.start
        line_start = text.rfind("\n", 0, para.start) + 1
        wire = WIRE_PREFIX.match(text, line_start, para.end)
        if wire and (wire.end() <= para.start or line_start == para.start):
            cands += [(para.start, para.start, name) for name in self._names(wire["outlets"])]
            body = max(body, wire.end())
        for m in self.rx.finditer(text, body, para.end):
            if self._inside(m.start()):
                continue  # an outlet named inside a quotation is the speaker's, not a relay
            lo, hi = sentences.at(m.start())
            words = _WORD.findall(folded[max(lo, m.start() - 200):m.start()].lower())[-self.window:]
            window = " " + " ".join(words) + " "
            if any(f" {cue} " in window for cue in self.before) or self.after_rx.match(folded, m.end(), hi):
                cands.append((m.start(), m.end(), self._names(m[0])[0]))
        return sorted(cands)

    def _inside(self, pos: int) -> bool:
        k = bisect.bisect_right(self._quoted_starts, pos) - 1
        return k >= 0 and pos < self._quoted[k][1]

    def _names(self, s: str) -> list[str]:
        return [self.of.get(m[0]) or self.of[fold_name(m[0])] for m in self.rx.finditer(s)]

    def local(self, doc: Document, start: int, end: int, spans: list[QuoteSpan],
              sentences: Sentences) -> list[str]:
        """Cued outlets nearest the quote at [start, end) in its sentence, else
        its paragraph; [] when there are none. The cued outlets of a paragraph
        are found once, whatever the number of quotes in it (linear cost)."""
        text = doc.text
        if self._doc is not text:  # per document: paragraph starts, quoted regions, folded text
            self._doc = text
            self._folded = (text, text.translate(APOSTROPHES))
            self._para_starts = [p.start for p in doc.paragraphs]
            self._quoted = _merged([(sp.open, doc.paragraphs[sp.para].end if sp.close is None else sp.close)
                                    for sp in spans])
            self._quoted_starts = [o for o, _ in self._quoted]
            self._cands = {}
        i = bisect.bisect_right(self._para_starts, start) - 1
        if i < 0 or not (doc.paragraphs[i].start <= start < doc.paragraphs[i].end):
            return []
        cands = self._cands.get(i)
        if cands is None:
            cands = self._cands[i] = self._paragraph_cands(doc, doc.paragraphs[i], sentences)
        if not cands:
            return []
        q_lo, q_hi = sentences.at(start)[0], sentences.at(max(start, end - 1))[1]

        def rank(c: tuple[int, int, str]) -> tuple[bool, int]:
            in_sentence = c[1] > c[0] and q_lo <= c[0] < q_hi
            return (not in_sentence, max(0, c[0] - end, start - c[1]))

        best = min(range(len(cands)), key=lambda i: rank(cands[i]))
        lo_i = hi_i = best
        while lo_i > 0 and _OUTLET_JOIN.fullmatch(text, cands[lo_i - 1][1], cands[lo_i][0]):
            lo_i -= 1
        while hi_i + 1 < len(cands) and _OUTLET_JOIN.fullmatch(text, cands[hi_i][1], cands[hi_i + 1][0]):
            hi_i += 1
        return list(dict.fromkeys(c[2] for c in cands[lo_i:hi_i + 1]))
