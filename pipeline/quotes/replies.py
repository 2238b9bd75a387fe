"""A quotation set after the reply it stands for: 'A told B, "...", prompting a
sharp reply: "..."', '..., drawing a retort from B: "..."', « ..., provoquant une
réplique cinglante de B : « ... » ». The reply is the words of the one it is
drawn from when named, else of the one spoken to in the clause before it (the
named person there who is not its subject), never of the subject who spoke first."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention, Mentions

# a participle or verb that draws an answer, the answer, and "from X"/"de X" where it names who gave it
_REPLY = re.compile(
    r"(?<![\w'-])(?:prompting|drawing|eliciting|provoking|sparking|triggering|prompted|drew|elicited|provoked|"
    r"provoquant|suscitant|entra[iî]nant|s'attirant)\s+(?:a|an|une)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reply|response|retort|rebuttal|riposte|answer|comeback|reponse|réponse|replique|réplique)"
    r"(?P<from>\s+(?:from|de|du|d')\s*)?", re.IGNORECASE)
_PERSONS = ("person", "name")


def reply_speakers(masked: str, mentions: Mentions, lo: int, open_: int) -> tuple[bool, list[Mention]] | None:
    """Who may give the reply that the quotation opening at ``open_`` stands for,
    in the sentence starting at ``lo``: (True, [the one it is drawn from]) when
    named, else (False, the persons named before the reply, the last first: the
    caller drops who spoke first); None when no reply introduces the quotation."""
    found = list(_REPLY.finditer(masked, lo, open_))
    if not found or re.search(r"[«»\"“”.;]", masked[found[-1].end():open_]):
        return None
    reply = found[-1]
    if reply["from"]:
        named = mentions.within(reply.end(), open_)
        return True, [named[0]] if named and named[0].start == reply.end() and not named[0].possessive else []
    return False, [m for m in reversed(mentions.within(lo, reply.start())) if m.kind in _PERSONS and not m.possessive]
