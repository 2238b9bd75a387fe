"""Whether an unknown capitalised name can be a person's: what a description of
a person ("the official", "the unnamed official") may refer back to."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline import lexicon

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
    common = sum(1 for w in words if w[:1].isupper() and lexicon.common_word(w.lower(), lang))
    return common >= 2 and 2 * common >= len(words)
