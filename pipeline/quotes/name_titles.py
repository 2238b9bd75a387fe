"""The title words at the start of an unknown capitalised name, dropped from
it and remembered for it (a mixin of ``names.MentionFinder``): "Prime
Minister Fumio Kishida" is Fumio Kishida, titled; "NATO Secretary General
Jens Stoltenberg" and "Indonesian Foreign Minister Retno Marsudi" lose their
owner with the title; "the President of the European Parliament Roberta
Metsola" loses the institution. A state's adjective alone is no title
("Russian Federation" is no person called Federation)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.quotes import rules
from pipeline.quotes.folding import fold
from pipeline.quotes.titles import is_title_word
from pipeline.states import state_words

if TYPE_CHECKING:
    from pipeline.data import Document
    from pipeline.quotes.titles import Titles


class NameTitles:
    """Title words around the names ``MentionFinder`` reads in ``masked``."""

    doc: Document
    masked: str
    titles: Titles
    cue_rx: re.Pattern | None
    titled: list[tuple[int, str, str]]  # (title start, title, name) of every titled name

    def _title_count(self, words: list[tuple[int, str]]) -> int:
        return self.titles.count([w for _, w in words[:3]])

    def _untitled(self, words: list[tuple[int, str]], titled: bool) -> tuple[list[tuple[int, str]], bool]:
        """``words`` past leading stopwords and titles, and whether a title was
        dropped. An organisation or a place before a title goes with it ("NATO
        Secretary General Jens Stoltenberg", "Indonesian Foreign Minister Retno
        Marsudi"). A state's adjective alone is no title: "Russian Federation"
        is no person called Federation (but "Russia's Lavrov" is titled)."""
        # (a source cue is no part of the name after it: "D'après Jake Sullivan")
        while words and (words[0][1].lower().strip("'") in rules.NAME_STOPWORDS
                         or (self.cue_rx is not None and self.cue_rx.fullmatch(words[0][1]))):
            words.pop(0)
        head = fold(words[-1][1]).lower().strip("'.,") if words else ""
        if len(words) > 2 and head in rules.INSTITUTION_NOUNS - {"agency", "agence"} and words[0][1] in state_words():
            del words[0]  # "Russian Investigative Committee" (not "Saudi Press Agency")
        while len(words) > 1 and not (head in rules.INSTITUTION_NOUNS
                                      and re.search(r"\b[Tt]he\s+(?:[a-z]+\s+)?$", self.masked[:words[0][0]][-20:])):
            n = self._title_count(words)  # (not "the National Guard")
            if not n or n >= len(words):
                n = self._title_after_owner(words)
                if not n:
                    break
            dropped = [w for _, w in words[:n]]
            del words[:n]
            titled = titled or any(w.endswith("'s") or is_title_word(w) for w in dropped)
        # an institution before the name ("the President of the European Parliament
        # Roberta Metsola"): a person's name never holds "Parliament" or "Senate"
        cut = max((i + 1 for i, (_, w) in enumerate(words[:-2])
                   if fold(w).lower().strip("'.,") in rules.INSTITUTION_NOUNS), default=0)
        if cut:
            del words[:cut]
            titled = True
        return words, titled

    def _title_after_owner(self, words: list[tuple[int, str]]) -> int:
        """How many words an owner of one or two words and the title after it
        take at the start of ``words`` ("NATO Secretary General", "Wagner
        Chief"): the title must end on a head noun ("Secretary General",
        "Foreign Minister", not "Security Law") and a name must follow; 0 when
        they do not."""
        for k in (1, 2):
            if len(words) <= k + 1 or any(is_title_word(w) for _, w in words[:k]):
                return 0
            e = k
            while e < len(words) and self.titles.is_title(words[e][1]):
                e += 1
            if e > k and e < len(words) and words[e - 1][1].lower().split("-")[-1] in rules.TITLE_HEADS:
                return e
        return 0

    def _remember_title(self, lo: int, pos: int, name: str) -> None:
        """Keep the title right before the name at ``pos``, if any."""
        title_start = self.titles.start_before(self.masked, lo, pos)
        if title_start is not None:
            self.titled.append((title_start, self.doc.text[title_start:pos], name))
