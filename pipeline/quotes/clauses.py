"""The conjunctions that open a clause, as regex fragments written once.

The patterns of ``incises``, ``cues``, ``pronouns`` and ``introductions``
each want their own subset of them and their own ending; they build it from
these. The text they run on is folded (``folding.fold``: no accents), and
they are compiled with ``re.IGNORECASE``.
"""

from __future__ import annotations

# English conjunctions of a subordinate clause: of time, of contrast, of cause
TIME = ("when", "while", "after", "before", "since")
CONTRAST = ("whereas", "although", "though")
CAUSE = ("because",)
SUBORDINATORS = (*TIME, *CONTRAST, *CAUSE)
# French ones end on "que": after a word and a space ("parce que", "alors qu'"),
# or joined to the word ("lorsque", "puisque")
QUE_APART = ("parce", "alors", "tandis", "apres", "avant")
QUE_JOINED = ("lors", "puis")
# conjunctions that join a sentence to the one before ("But as ...", "Et lorsque ...")
JOINING = ("but", "and", "mais", "et")


def either(words) -> str:
    """The alternation of ``words`` (regex fragments)."""
    return "|".join(words)


def que(apart, joined=(), end: str = r"(?:e\s+|')") -> str:
    """French conjunctions on "que" as one group, ``end`` after "qu":
    ``que(("alors", "tandis"), ("lors",))`` is ``(?:(?:alors|tandis)\\s+|lors)qu(?:e\\s+|')``."""
    heads = ([rf"(?:{either(apart)})\s+"] if apart else []) + list(joined)
    return rf"(?:{either(heads)})qu{end}"


def joined(*more: str) -> str:
    """An optional joining conjunction (``JOINING`` and ``more``) and its space."""
    return rf"(?:(?:{either((*JOINING, *more))})\s+)?"
