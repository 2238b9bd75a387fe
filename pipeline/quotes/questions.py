"""Words of a question put to the speaker: "Asked if he thought it was "an
assassination", Biden said ...", « Interrogé sur une éventuelle « trêve », le
ministre a ... ». A quotation inside an opening participle clause of asking,
before the comma that closes it, is the asker's wording, not the answer's: the
text does not say who used the words, so the quote keeps no speaker."""

from __future__ import annotations

import re

_ASKED = re.compile(
    r"\s*(?:(?:when|after\s+being|after|if|once)\s+)?(?:asked|questioned|pressed|quizzed)\s+"
    r"(?:(?:by\s+[^,]{1,60}?\s+)?(?:if|whether|about|what|why|how|when|who|on|over|to\s+comment|for)(?![\w'-])"
    r"|(?:\w+\s+){0,3}(?:if|whether|about|on)(?![\w'-]))"
    r"|\s*(?:interrog[ée]e?s?|questionn[ée]e?s?|sollicit[ée]e?s?)\s+(?:[^,]{0,40}?\s)?(?:sur|à\s+propos|au\s+sujet)(?![\w'-])"
    r"|\s*(?:à|a)\s+la\s+question\s+(?:de\s+savoir\s+)?(?:si|sur|de)(?![\w'-])",
    re.IGNORECASE)


def in_question(masked: str, lo: int, opening: int) -> bool:
    """Whether the quote opening at ``opening`` sits in a clause of asking that
    opens its sentence (at ``lo``) and is not yet closed by a comma."""
    m = _ASKED.match(masked, lo)
    return m is not None and m.end() <= opening and not re.search(r"[,;:]", masked[m.end():opening])
