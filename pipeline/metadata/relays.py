"""The outlets an article says it takes its information from.

- relayed outlets: every outlet named next to a relay cue in a content
  sentence ("selon Interfax", "KCNA indique", "according to TASS"), and the
  outlets of bylines, credits and wire datelines, first appearance first;
- source outlets: those credited for the whole article (bylines, wire
  datelines, source credits); a photo credit only when nothing else is.

``RelayedOutlets`` is the part of the clean stage that finds them; it reads the
stage's outlet names (``names``), its cue tables (``cues_before``,
``cue_after_rx``) and its ``window`` (how many words before an outlet a cue
may stand).
"""

from __future__ import annotations

import bisect
import re

from pipeline.metadata.lines import PHOTO_CREDIT, WORD, Span
from pipeline.metadata.publishers import Publishers
from pipeline.outlets import APOSTROPHES

SENTENCE_END = re.compile(r"(?<!\b\w)(?<!\b[A-Z][a-z])[.!?…]+[»\"”’)]*\s+")


class RelayedOutlets:
    """Relayed and source outlets of an article (see the module docstring)."""

    names: Publishers
    cues_before: list[str]
    cue_after_rx: re.Pattern
    window: int

    def _relayed(self, text: str, spans: list[Span]) -> list[str]:
        found: list[str] = []
        for sp in spans:
            if sp.kind == "content":
                names = self._cued_outlets(text[sp.start:sp.end])
            elif sp.kind in ("byline", "credit", "dateline") and (sp.groups or {}).get("outlets"):
                names = self._outlets(sp.groups["outlets"])
            else:
                continue
            found.extend(names)
        return list(dict.fromkeys(found))  # first appearance wins

    def _sources(self, text: str, spans: list[Span]) -> list[str]:
        """Outlets credited for the whole article: bylines, wire datelines and
        source credits. A photo credit counts only when nothing else does:
        it says where the picture came from, not the words."""
        credited: list[str] = []
        photos: list[str] = []
        for sp in spans:
            outlets = (sp.groups or {}).get("outlets")
            if sp.kind not in ("byline", "credit", "dateline") or not outlets:
                continue
            is_photo = PHOTO_CREDIT.match(text[sp.start:sp.end]) is not None
            (photos if is_photo else credited).extend(self._outlets(outlets))
        return list(dict.fromkeys(credited or photos))

    def _cued_outlets(self, seg: str) -> list[str]:
        """Outlets named next to a relay cue ("selon Interfax", "KCNA indique") in one sentence."""
        folded = seg.translate(APOSTROPHES)
        ends = [(m.start(), m.end()) for m in SENTENCE_END.finditer(seg)]
        starts, stops = [s for s, _ in ends], [e for _, e in ends]
        out = []
        for m in self.names.outlet_rx.finditer(seg):
            lo, hi = _sentence_of(starts, stops, m.start(), m.end(), len(seg))
            if self._cue_before(folded, lo, m.start()) or self.cue_after_rx.match(folded, m.end(), hi):
                out.append(self.names.canonical(m[0]))
        return out

    def _cue_before(self, text: str, lo: int, hi: int) -> bool:
        """Whether a cue is among the last ``relay_window`` words of text[lo:hi].
        Reads a tail of the span just long enough to hold one word more than
        the window (a mention late in a 1 MB sentence costs as little as one
        in a short one): words are maximal runs, so the cut-off first word of
        the tail is never among the last ``window``."""
        reach = 16 * (self.window + 1)
        while True:
            start = max(lo, hi - reach)
            words = WORD.findall(text[start:hi].lower())
            if start == lo or len(words) > self.window:
                break
            reach *= 4
        window = " " + " ".join(words[-self.window:]) + " "
        return any(f" {cue} " in window for cue in self.cues_before)


def _sentence_of(starts: list[int], stops: list[int], start: int, end: int, size: int) -> tuple[int, int]:
    """Bounds of the sentence holding [start, end), given the sentence-end
    matches' starts and ends (both ascending: the matches do not overlap)."""
    j = bisect.bisect_right(stops, start)
    lo = stops[j - 1] if j else 0
    i = bisect.bisect_left(starts, end)
    return lo, starts[i] if i < len(starts) else size
