"""Reporting verbs, source cues and the constructions that introduce a quote without one.

``Putin greeted Kim with "..."``, ``Kim thanked Putin, saying "..."`` (the
clause's subject), ``KCNA quoted Kim as saying``, ``Kim was quoted by KCNA as
saying`` and a headline's ``Putin: "..."``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from pipeline.quotes import rules
from pipeline.quotes.folding import alternation, words_rx

if TYPE_CHECKING:
    from pipeline.config import QuotesConfig
    from pipeline.quotes.mentions import Mentions


class Hit(NamedTuple):
    """A verb-like span found by a construction, with the methods of a match."""

    s: int
    e: int

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


_GREET = re.compile(
    rf"(?<![\w'-])(?P<v>{alternation(rules.GREETING_VERBS, False)})(?![\w])(?:\s+[^\s.;:!?]+){{0,8}}?\s+"
    rf"(?:{alternation(rules.GREETING_LINKS, False)})(?:\s+[^\s.;:!?]+){{0,2}}?\s*[:,]?\s*$", re.IGNORECASE)
# "KCNA quoted Kim as saying", "Kim was quoted by KCNA as saying"
_QUOTED = (r"(?<![\w'-])(?:(?P<passive>(?:was|were|is|are|has\s+been|have\s+been|being)\s+)?"
           r"(?P<v>quoted|quotes|cited|cites))(?P<obj>\s+[^.;:!?]{1,80}?)?\s+as\s+"
           r"(?:saying|having\s+said|telling|writing)(?![\w])")
_QUOTED_BEFORE = re.compile(_QUOTED + r"(?:\s+[^\s.;:!?]+){0,8}?\s*[:,]?\s*$", re.IGNORECASE)
QUOTED_AFTER = re.compile(_QUOTED, re.IGNORECASE)
_SAYING = re.compile(
    rf"[,\"”»]\s*(?P<v>{alternation(rules.SAYING_PARTICIPLES, False)})(?![\w])(?:\s+[^\s.;:!?]+){{0,8}}?\s*[:,]?\s*$",
    re.IGNORECASE)


def quoted_hit(m: re.Match) -> tuple[Hit, str]:
    """The verb of a "quoted ... as saying" match and its construction."""
    return Hit(m.start("v"), m.end("v")), "passive" if m["passive"] else "quoted"


class Verbs:
    """The reporting verbs and source cues of the config."""

    def __init__(self, cfg: QuotesConfig):
        self.verb_rx = words_rx([v for vs in cfg.reporting_verbs.values() for v in vs])
        self.cue_rx = words_rx([c for cs in cfg.source_cues.values() for c in cs])
        self.max_gap = cfg.max_gap_chars

    def find(self, masked: str, lo: int, hi: int) -> list[tuple[re.Match, bool]]:
        """The verbs (False) and source cues (True) in [lo, hi), in text order."""
        found = [(m, False) for m in self.verb_rx.finditer(masked, lo, hi)]
        found += [(m, True) for m in self.cue_rx.finditer(masked, lo, hi)]
        return sorted(found, key=lambda x: x[0].start())

    def construction(self, masked: str, mentions: Mentions, lo: int, pos: int) -> tuple[Hit, str] | None:
        """A quotation introduced by a construction rather than a reporting verb,
        right before ``pos``: 'X greeted Y with "' ("greet": the verb's subject),
        'X thanked Y, saying "' ("saying": the subject of the clause)."""
        lo = max(lo, pos - self.max_gap)
        m = _QUOTED_BEFORE.search(masked, lo, pos)
        if m:
            return quoted_hit(m)
        colon = re.search(r":\s*$", masked[lo:pos])
        if colon:  # a headline's 'Putin: "We have time"'
            hit = _colon(masked, mentions, lo, lo + colon.start())
            if hit is not None:
                return hit, "colon"
        for rx, how in ((_GREET, "greet"), (_SAYING, "saying")):
            m = rx.search(masked, lo, pos)
            if m:
                return Hit(m.start("v"), m.end("v")), how
        return None


def _colon(masked: str, mentions: Mentions, lo: int, colon: int) -> Hit | None:
    """The one name before a colon when nothing but determiners stands beside it."""
    named = mentions.within(lo, colon)
    rest = re.findall(r"[\w']+", re.sub(r"\s+", " ", "".join(
        " " if any(n.start <= i < n.end for n in named) else c
        for i, c in enumerate(masked[lo:colon], lo))).lower())
    if len(named) == 1 and named[0].kind != "pronoun" and not named[0].possessive \
            and all(w in rules.DETERMINERS for w in rest):
        return Hit(named[0].start, named[0].end)
    return None
