"""Quotations that name an event the subject takes part in, not its words.

A clause whose subject is a person may still hold someone else's words: the
subject *had* « un échange cordial », *held* "frank" talks, or the quote sits
in a phrase set off by a comma after the clause (", après des entretiens
« fructueux »"). The words then belong to whoever described the event, not to
the clause's subject. Used by ``nearby.NearbySpeakers._clause_subject``.
"""

from __future__ import annotations

import re

from pipeline.quotes import constructions, rules
from pipeline.lexicon import lemma

# the light verbs of possession that take an event noun as object ("have talks",
# "hold a meeting", « avoir une conversation », « tenir une réunion »), by lemma
_LIGHT = {"en": frozenset({"have", "hold"}), "fr": frozenset({"avoir", "tenir"})}
# their finite forms that are also auxiliaries ("X « a salué »", 'X has "already"'):
# before a quotation they may open the quoted verb, so they prove nothing
_AUXILIARIES = constructions.TENSE_AUXILIARIES
# a phrase opened by a preposition after the clause's comma, running to the quotation
_DETACHED = re.compile(rf",\s*(?:{'|'.join(sorted(rules.PREPOSITIONS))})\s+(?:[\w'-]+\s+){{0,4}}$", re.IGNORECASE)


def names_event(between: str) -> bool:
    """Does ``between``, the words from a clause's subject to a quotation in it,
    make the quotation the description of an event rather than the subject's
    words: a light verb right before it or before the noun it describes
    (determiners aside), or a detached prepositional phrase that holds it?"""
    if _DETACHED.search(between):
        return True
    words = [w for w in re.findall(r"[\w'-]+", between.lower()) if w.split("'")[-1] not in rules.DETERMINERS]
    # the verb right before the quotation, or before the event noun it describes
    # (« a tenu une réunion « très utile » »), not past a preposition ("a tenu à")
    last = words[-2:] if words and words[-1] not in rules.PREPOSITIONS else words[-1:]
    return any(w not in _AUXILIARIES and lemma(w, lang) in verbs for w in last for lang, verbs in _LIGHT.items())
