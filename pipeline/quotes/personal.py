"""Whether an unknown capitalised name can be a person's: what a description of
a person ("the official", "the unnamed official") may refer back to; and
whether a profession noun ("the politician") stands for someone unnamed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline import lexicon
from pipeline.quotes.folding import fold
from pipeline.quotes.pronoun_words import EXPERT_PRONOUNS

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention


def not_a_person(m: Mention, lang: str = "en") -> bool:
    """Is the unknown name of ``m`` made of common words rather than a person's
    names ("Asia-Pacific Economic Cooperation", "Grey Zone")? People's names are
    given names and surnames; a name with two or more everyday words of the
    language, making up at least half of it, names an organisation, an event or
    a place."""
    if m.kind != "name":
        return False
    words = [w for w in re.split(r"[\s-]+", m.name) if w]
    if len(words) > 1 and words[-1].lower() in _PICTURE_AGENCY:
        return True  # a photo agency's credit ("via Getty Images"), no one's name
    common = sum(1 for w in words if w[:1].isupper() and lexicon.common_word(w.lower(), lang))
    return common >= 2 and 2 * common >= len(words)


# the last word of a photo agency's name in a credit ("Getty Images", "Sipa Press" is an outlet)
_PICTURE_AGENCY = frozenset({"images", "pictures", "photos", "photography"})

# profession nouns that refer back like "he" (``pronoun_words.EXPERT_PRONOUNS``)
_PROFESSIONS = frozenset(fold(p).lower() for p in EXPERT_PRONOUNS)
# what introduces a named person with an indefinite noun: a name and a comma, a copula
_NAMED_BY = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]+\s*,|\b(?:is|was|est|était|as|comme)\s*)\s*$")


def unnamed_profession(m: Mention, masked: str, text: str, lo: int) -> bool:
    """Is ``m`` a profession noun ("the politician", « l'analyste ») whose noun an
    indefinite phrase introduced between ``lo`` (its sentence or the three before)
    and it ("a senior politician of his party", « un analyste »), someone the text
    does not name? Not "Jane Doe, an analyst at ...", "X is an analyst": the one named."""
    if fold(m.name).lower() not in _PROFESSIONS:
        return False
    noun = re.split(r"[\s']", fold(m.name).lower())[-1]
    for x in re.finditer(rf"(?<![\w'-])(?:a|an|une?|one|another|un\s+autre|une\s+autre)\s+(?:[\w-]+\s+){{0,2}}"
                         rf"{re.escape(noun)}(?![\w-])", masked[lo:m.start], re.IGNORECASE):
        if not _NAMED_BY.search(text[max(0, lo + x.start() - 40):lo + x.start()]):
            return True
    return False
