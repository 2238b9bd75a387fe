"""Capitalised words that are no speakers: headlines in title case, the
labels of sections, and places and media.

A speaker's name is a proper name. News writing also capitalises common
words: a headline in title case ("Western Statements Regarding Navalny's
Death") and the label that opens a section of a live blog or an explainer,
before a colon or a dash ("1. The Opening Clash – "...", "Tense Talks in
Oval Office: Trump Accuses ..."). A label made only of common words (a
lowercase headword of the thesaurus with a sense that is no proper name's,
or a word the document also writes in lower case) names nobody: its unknown
names are dropped, and a known name inside it only modifies its head noun
("The Putin Question –"), like "Moscow correspondent". A title, an
institution's noun or a state body in it makes it a speaker's label
("Foreign Ministry:", "The President:"), kept, as is a quotation's own
label after its speaker's name ('Peskov Quote: "..."').

An unknown name governed by a preposition of place ("in the Oval Office",
"on Truth Social", "sur X", "dans Y", "depuis Z", "south of X", "près de Y")
is a place, a building or a medium: the subject of no reporting verb, unless
the preposition is a verb's particle ("called on X to", "looked at X"). (A known issuer keeps its place: "a
statement on the Kremlin website"; a channel is named as one: "in the Grey
Zone channel"; an owner's possessive stays: "in Jane Roe's view".)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lexicon import adjective, common_word
from pipeline.quotes import rules
from pipeline.quotes.folding import alias_key, fold
from pipeline.quotes.mentions import Mention, governed
from pipeline.quotes.titles import is_title_word

if TYPE_CHECKING:
    from pipeline.data import Paragraph
    from pipeline.quotes.names import MentionFinder

# small words inside a label ("Tense Talks in Oval Office", "Crise à la Maison-Blanche")
_LINKS = r"(?:of|in|on|at|for|and|the|over|with|de|du|des|la|le|les|et|en|sur|a|au|aux|d'|l')"  # (folded: "à" reads "a")
_WORD = r"[A-Z][\w'’-]*"
# at a paragraph's start: an optional list number and article, the label, then a colon or a dash
_LABEL = re.compile(rf"[ \t]*(?:\d{{1,2}}\s*[.)]\s*)?(?:(?:The|Le|La|Les|L['’])\s*)?"
                    rf"(?P<label>{_WORD}(?:\s+(?:{_LINKS}\s*){{0,2}}{_WORD}){{1,5}})\s*(?::|[–—]|\s-\s)")


# a label holding one of these is a speaker's ("Foreign Ministry:", 'Peskov Quote:')
_SPEAKER_LABEL_WORDS = rules.INSTITUTION_NOUNS | rules.LABEL_WORDS


def headline_case(words: list[str], text_lower: set[str]) -> bool:
    """Are most of the capitalised ``words`` (two at least) words the document
    also writes in lower case (``text_lower``, folded), so a headline in title
    case, not a name?"""
    common = sum(fold(w).lower().strip("'.,").removesuffix("'s") in text_lower for w in words)
    return common >= 2 and 2 * common > len(words)


# prepositions of place and medium ("from" names a source: "a statement from X said")
_PLACE_PREPOSITIONS = frozenset("in on at inside outside near across through over sur dans depuis en".split())
# a direction from a place: "south of X", "au nord de X", "près de X"
_DIRECTION = re.compile(r"(?<![\w'-])(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:au\s+)?(?:nord|sud|est|ouest)"
                        r"(?:-(?:est|ouest))?\s+(?:de|d')|pres\s+(?:de|d'))\s*(?:the\s+|la\s+|l')?$", re.IGNORECASE)


# a preposition of place, an article and adjectives before a name: "in an extraordinary ...", "On the
# central ..." (the preposition may open the sentence)
_PLACE_BEFORE = re.compile(r"(?<![\w'])(?P<prep>(?i:%s))\s+(?:(?:the|an?|l'|les?|la|une?)\s*)(?P<adj>(?:[a-z][\w-]*\s+){1,2})$"
                           % "|".join(sorted(_PLACE_PREPOSITIONS)))
# a verb whose particle "on" or "at" takes an object, not a place: "called on X to", "relies on
# X", "looked at X", "lashed out at X" (the bare "call on", "calls on" may be a noun's: "calls on Signal")
_PARTICLE = (r"(?<![\w'-])(?i:(?:call(?:ed|ing)|rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?|count(?:ed|ing))\s+(?:up)?on"
             r"|(?:(?:look|laugh|shout|yell|sneer)(?:s|ed|ing)?|(?:star|glar)(?:e|es|ed|ing)"
             r"|(?:lash(?:es|ed|ing)?|hit(?:s|ting)?)\s+out)\s+at)")
_AFTER_PARTICLE = re.compile(_PARTICLE + r"\s+(?:(?i:the|an?|his|her|its|their)\s+)?$")
_PARTICLE_END = re.compile(_PARTICLE + "$")


def unplaced(masked: str, start: int, found: list[Mention], lang: str | None) -> list[Mention]:
    """``found`` without the unknown names that a preposition of place governs,
    right before them or past an article and adjectives."""
    def placed(f: Mention) -> bool:
        if _DIRECTION.search(masked, max(start, f.start - 30), f.start):
            return True
        if governed(masked, start, f) in _PLACE_PREPOSITIONS:
            return not _AFTER_PARTICLE.search(masked, max(start, f.start - 40), f.start)
        m = _PLACE_BEFORE.search(masked, max(start, f.start - 60), f.start)
        return (m is not None and lang is not None and all(adjective(w, lang) for w in m["adj"].split())
                and not _PARTICLE_END.search(masked, max(start, m.start() - 30), m.end("prep")))
    return [f for f in found if f.kind != "name" or f.possessive or not placed(f)]


def unlabel(finder: MentionFinder, p: Paragraph, found: list[Mention]) -> list[Mention]:
    """The mentions ``found`` of the paragraph ``p`` of ``finder``'s document
    without the names of places and media, nor the unknown names of a section
    label that opens it, and with the known names inside the label flagged
    as modifiers (see the module docstring)."""
    masked, text, lang = finder.masked, finder.doc.text, finder.doc.lang
    found = unplaced(masked, p.start, found, lang)
    m = _LABEL.match(masked, p.start, p.end)
    if m is None or lang not in ("en", "fr"):
        return found
    text_lower, aliases = finder._folded_lower(), finder.lexicon.lookup
    lo, hi = m.span("label")
    inside = [f for f in found if f.start >= lo and f.end <= hi]
    known = [f for f in inside if f.kind not in ("name", "pronoun")]
    if any(f.kind == "role" for f in known):
        return found
    every = list(re.finditer(_WORD, masked[lo:hi]))
    words = [w for w in every if not any(f.start <= lo + w.start() < f.end for f in known)
             and alias_key(w[0]) not in aliases]  # (a known name run on by the label: "Putin Question")
    if not words or words[-1] is not every[-1]:
        return found  # the head noun is a name: "The Putin Question" yes, "Talks with Putin" no
    for w in words:
        key = fold(w[0]).lower().strip("'’")
        if (is_title_word(w[0]) or key in _SPEAKER_LABEL_WORDS
                or not (key in text_lower or common_word(text[lo + w.start():lo + w.end()].strip("'’"), lang))):
            return found
    finder.labelled.add(p.start)
    return [f._replace(possessive=True) if f in known else f
            for f in found if f not in inside or f in known]
