"""Mentions of possible speakers, and what their surroundings say about them."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from pipeline import lexicon
from pipeline.quotes import rules
from pipeline.quotes.folding import alternation


class Mention(NamedTuple):
    start: int
    end: int
    name: str  # canonical name, or the pronoun as written
    # "person", "org", "outlet", "name" (unknown capitalised name), "role" (an unnamed
    # official, named after the body it speaks for) or "pronoun"
    kind: str
    possessive: bool = False  # "Putin's spokesman": Putin owns the subject, he is not it


class Mentions:
    """A document's mentions in text order, looked up by position."""

    def __init__(self, items: list[Mention]):
        self.items = items
        self._starts = [m.start for m in items]

    def within(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that lie in [lo, hi)."""
        i = bisect.bisect_left(self._starts, lo)
        out = []
        while i < len(self.items) and self.items[i].start < hi:
            if self.items[i].end <= hi:
                out.append(self.items[i])
            i += 1
        return out

    def before(self, pos: int) -> list[Mention]:
        """The mentions that start before ``pos``."""
        return self.items[:self.count_before(pos)]

    def count_before(self, pos: int) -> int:
        """How many mentions start before ``pos``: ``items[:n]`` are those."""
        return bisect.bisect_left(self._starts, pos)


# "Moscow correspondent": a name before one of these heads only modifies it
_HEAD = re.compile(rf"\s+(?:{alternation(rules.NOT_SPEAKER_HEADS, False)})(?![\w-])", re.IGNORECASE)
# "KCNA's report said", "Kim's letter said": the owner of a document speaks through it
_DOCUMENT = re.compile(rf"'s?\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(rules.DOCUMENT_NOUNS, False)})(?![\w-])",
                       re.IGNORECASE)


def flag_possessive(masked: str, m: Mention) -> Mention:
    """The mention, flagged when a possessive 's follows it ("Putin's spokesman")
    or it only modifies a noun ("Moscow correspondent"), unflagged when what it
    owns is a document it speaks through ("KCNA's report said")."""
    after = masked[m.end:m.end + 3]
    if m.kind == "pronoun":
        return m
    if m.kind == "outlet" and re.match(r"\s*(?:\)\s*[-–—]|/\s*\.?\s*[-–—]?\s*(?-i:[A-Z]))", masked[m.end:m.end + 6]):
        return m._replace(possessive=True)  # a wire dateline ("(Reuters) -", "/TASS/."): no subject
    if _DOCUMENT.match(masked, m.end):
        return m._replace(possessive=False)
    if (re.match(r"'s(?![\w])", after) or (masked[m.end - 1] == "s" and re.match(r"'(?=\s)", after))
            or _HEAD.match(masked, m.end) or attributive(masked, m)):
        return m._replace(possessive=True)
    return m


# an English article and the lower-case words after it, up to a name: "the powerful former "
# (not "a", also a French verb: "a dit Poutine")
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<![\w'-]))(?:the|an)\s+((?:[a-z][a-z-]*\s+){0,3})$")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]{2,})(?![\w'-])")


def attributive(masked: str, m: Mention) -> bool:
    """Does a person's name only modify the noun after it, inside a noun phrase
    an English article opens ("the former Putin ally", "the Navalny team")? A
    name heads no phrase with an article of its own; a title between them makes
    it an apposition's head ("the former president Trump"), and a word after it
    that is no noun its verb ("the 71-year-old Putin said")."""
    if m.kind not in ("person", "name") or not masked[m.start:m.start + 1].isupper():
        return False
    lead = _ARTICLE_BEFORE.search(masked, max(0, m.start - 60), m.start)
    nxt = _NEXT_WORD.match(masked, m.end)
    if lead is None or nxt is None:
        return False
    def pos(word: str) -> frozenset[str]:
        return lexicon.parts_of_speech(word, "en")
    # a noun between the article and the name is the phrase's head, the name its apposition
    # ("the opposition leader Navalny"); adjectives are not ("the powerful former")
    if any("(noun)" in (p := pos(w)) and "(adj)" not in p for w in lead[1].split()):
        return False
    return "(noun)" in pos(nxt[1])


# marks that end the phrase a preposition governs
_PHRASE_ENDS = ",;:!?«»\"“”‹›()"


_ACRONYM_WORD = re.compile(r"(?-i:[A-Z]{2,4})")


def governed(masked: str, lo: int, m: Mention, text: str | None = None) -> str | None:
    """The preposition right before a mention (past determiners), if any. A
    comma, a colon or a quotation mark ends the phrase a preposition governs
    ("Décrivant M. Poutine comme un « camarade », Kim a jugé": Kim is free).
    ``text``, the unfolded text, tells French « à » from the English article
    "a" that folding makes of it (« l'ambassade de Russie à Berlin »)."""
    start = max(lo, m.start - 60)
    before = masked[start:m.start]
    cut = max(before.rfind(c) for c in _PHRASE_ENDS)
    found = list(re.finditer(r"[\w']+", before[cut + 1:].lower()))
    prev = [w[0].rstrip("'") for w in found]
    if text is not None and prev and prev[-1] == "a" and text[start + cut + 1 + found[-1].start()] in "àÀ":
        # « Quant à Poutine, il a qualifié ... »: the topic the clause after it is
        # about (its pronoun stands for it), not a complement
        return None if len(prev) > 1 and prev[-2] == "quant" else "a"
    cased = re.findall(r"[\w']+", before[cut + 1:])
    while len(prev) > 1 and _ACRONYM_WORD.fullmatch(cased[len(prev) - 1]):
        prev.pop()  # an acronym modifying the name: "the commander of US Air Forces Europe"
    if len(prev) > 1 and re.search(r"['’]s?$", cased[len(prev) - 1]) and cased[len(prev) - 1][:1].isupper():
        prev.pop()  # an owner before the name stands for its determiner: "in NATO's Brussels headquarters"
    own = re.match(r"[\w]+", masked[m.start:m.end].lower())
    if prev and prev[-1] in rules.DETERMINERS and not (own and own[0] in rules.DETERMINERS):
        prev.pop()  # one determiner ("de la Russie", "to a NATO spokesman"), unless the mention has its own ("à l'Ukraine")
    if prev:
        word = prev[-1].rstrip("'")
        if word in rules.PREPOSITIONS:
            return None if word in ("au", "aux") and len(prev) > 1 and prev[-2] == "quant" else word
        if word in rules.COORDINATORS:
            return _coordinated(before[cut + 1:])
    return None


def _coordinated(phrase: str) -> str | None:
    """The preposition governing the first of two names joined by a conjunction
    ("entre Moscou et", "with Seoul and"): it governs the second one too."""
    words = re.findall(r"[\w'.-]+", phrase)
    while words and words[-1].lower().rstrip("'") not in rules.COORDINATORS:
        words.pop()  # a determiner after the conjunction ("et la Corée")
    words = words[:-1]
    n = 0
    while words and words[-1][:1].isupper() and n < 4:
        words.pop()
        n += 1
    if n and words and words[-1].lower() in rules.DETERMINERS:
        words.pop()
    if n and words and words[-1].lower().rstrip("'") in rules.PREPOSITIONS:
        return words[-1].lower().rstrip("'")
    return None
