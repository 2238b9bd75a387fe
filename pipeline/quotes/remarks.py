"""The sentence after a quotation that names its speaker: ``The remarks were made
by X``, ``Ces propos ont été tenus par X``, ``Those were the words of X``, ``X
made the remarks``, ``This was stated by X``, ``C'est ce qu'a déclaré X``
(``remark``, read by ``nearby.NearbySpeakers``)."""

from __future__ import annotations

import re

from pipeline.quotes import constructions
from pipeline.quotes.folding import alternation
from pipeline.quotes.incises import Hit

_DETS = alternation(constructions.REMARK_DETERMINERS, False)
_NOUNS = alternation(constructions.REMARK_NOUNS, False)
# "The remarks were made by X", "These comments came from X", "Ces propos ont été tenus
# jeudi par X" (the agent speaks)
_REMARK_BY = re.compile(
    rf"(?<![\w'-])(?:{_DETS})\s+(?:[\w-]+\s+)?(?:{_NOUNS})(?![\w])[^.;:!?«»\"“”]{{0,60}}?(?<![\w'-])"
    rf"(?:by|from|par|de\s+la\s+part\s+d(?:e\s+|'))\s*", re.IGNORECASE)
# "Those were the words of X", "Tels sont les propos du porte-parole"
_REMARK_OF = re.compile(
    rf"(?<![\w'-])(?:{_DETS})\s+(?:{_NOUNS})\s+(?:of|from|de\s+la|de\s+l'|du|des|de|d')\s*", re.IGNORECASE)
# "X made the remarks", "X a tenu ces propos" (the subject speaks)
_REMARK_MADE = re.compile(
    rf"(?<![\w'-])(?:{alternation(constructions.REMARK_VERBS, False)})\s+(?:[\w-]+\s+)?(?:{_DETS})\s+(?:[\w-]+\s+)?"
    rf"(?:{_NOUNS})(?![\w])", re.IGNORECASE)
# "This was stated by X", "Cela a été dit par X": a demonstrative subject, a reporting
# verb in the passive, its agent after "by"
_PASSIVE_BACK = re.compile(
    r"\s*(?:this|that|cela|ceci)\s+(?:was|has\s+been|had\s+been|is|a\s+ete|avait\s+ete)\s+"
    r"(?:(?:also|aussi|notamment|earlier|deja)\s+)?", re.IGNORECASE)
_AGENT = re.compile(r"[^.;:!?«»\"“”]{0,40}?(?<![\w'-])(?:by|par)\s+", re.IGNORECASE)
# "C'est ce qu'a déclaré X", "That is what X said", "So said X"
_REFER_BACK = re.compile(rf"\s*(?:{alternation(constructions.REFER_BACK, False)})", re.IGNORECASE)


def remark(masked: str, verb_rx: re.Pattern, lo: int, hi: int) -> tuple[Hit, str] | None:
    """How the sentence [lo, hi) after a quotation names its speaker, if it does:
    (where to look, "agent": after the hit; "made": the subject before it;
    "back": the subject of the reporting verb hit)."""
    start = lo + len(masked[lo:hi]) - len(masked[lo:hi].lstrip())
    head = masked[start:min(hi, start + 40)]
    for rx in (_REMARK_BY, _REMARK_OF):
        m = rx.search(masked, start, hi)
        if m and len(masked[start:m.start()].split()) <= 3 and m.start() - start <= len(head):
            return Hit(m.start(), m.end()), "agent"
    passive = _PASSIVE_BACK.match(masked, start, hi)
    if passive:
        v = verb_rx.match(masked, passive.end(), hi)
        agent = _AGENT.match(masked, v.end(), hi) if v else None
        if agent:
            return Hit(agent.start(), agent.end()), "agent"
    back = _REFER_BACK.match(masked, start, hi)
    if back:
        v = verb_rx.search(masked, back.end(), hi)
        if v:
            return Hit(v.start(), v.end()), "back"
    m = _REMARK_MADE.search(masked, start, hi)
    if m:
        return Hit(m.start(), m.end()), "made"
    return None
