"""A clause that introduces a quotation with a comma, whatever its verb, and
the last of coordinated clauses before a colon.

News writing sets a speaker's words after a short clause and a comma:
``He continued, "You are ..."``, ``Novak shot back, "No deals ..."``, ``He
dropped another remark, "..."``, ``X, the foreign minister, took to social
media to assert, "..."`` (an apposition of the subject set off by commas). When the quotation opens on a capital letter
(a sentence of its own, not a noun phrase in apposition: ``studied the plan, a
"provocation"``) and closes its sentence (or a participle follows: ``,
making it clear ...``), the clause's subject speaks, as with a colon.

Before a colon, the clause that introduces the quotation is the last one: in
``X tried to answer, but Y interjected: "..."`` Y speaks, not X.

A quotation inside a subordinate clause that opens its sentence is that
clause's verb's: in ``As X insisted that it was "...", Y dismissed the claim``
or ``Alors que X affirmait que « ... », Y a rejeté l'idée`` X speaks, and the
main clause after the quotation is no incise.
"""

from __future__ import annotations

import re

from pipeline.quotes.clauses import CONTRAST, either, joined, que

# an apposition set off by commas after the subject ("X, the foreign minister, took to ...")
_APPOSITION = re.compile(r",\s*(?:the|a|an|le|la|l'|un|une)\s*[^,;:«»\"“”()]{1,60},")
# after the closing mark: the end of the sentence, or a participle hanging on the clause
_CLOSES = re.compile(r"[\s.!?,;'’\"”»]*$|\s*,?\s*[a-z]+ing\b")


def introducing_comma(text: str, masked: str, lo: int, open_: int, close: int | None, hi: int) -> int | None:
    """The position of the comma of a clause [lo, comma) that introduces the
    quotation opening at ``open_`` (see the module docstring), or None."""
    before = masked[lo:open_].rstrip()
    if close is None or not before.endswith(",") or not text[open_ + 1:open_ + 3].lstrip()[:1].isupper():
        return None
    clause = _APPOSITION.sub(" ", before[:-1], count=1)
    if any(c in clause for c in ',;:«»"“”()') or not 2 <= len(clause.split()) <= 8:
        return None
    if not _CLOSES.match(masked, close + 1, hi):
        return None
    return lo + len(before) - 1


# a coordinating conjunction after a comma, opening a clause of its own
_COORDINATION = re.compile(r"[,;]\s*(?:but|and|yet|while|whereas|mais|et|tandis\s+que|alors\s+que)\s+", re.IGNORECASE)


def last_clause(masked: str, lo: int, hi: int) -> int | None:
    """Where the last clause coordinated after a comma in [lo, hi) starts, or None."""
    found = list(_COORDINATION.finditer(masked, lo, hi))
    return found[-1].end() if found else None


# a subordinating conjunction opening a sentence (after "but", "and"): its clause ends at a comma
_SUBORDINATE = re.compile(rf"\s*{joined('yet')}(?:(?:{either(('as', 'when', 'while', 'whilst', *CONTRAST))})\s+"
                          rf"|{que(('alors', 'tandis', 'pendant', 'bien'), ('lors',))}|quand\s+)", re.IGNORECASE)


def opens_subordinate(masked: str, lo: int, verb: int) -> bool:
    """Whether the sentence starting at ``lo`` opens on a subordinate clause
    that runs, with no comma, up to the verb at ``verb``."""
    sub = _SUBORDINATE.match(masked, lo, verb)
    return sub is not None and not any(c in masked[sub.end():verb] for c in ',;:«»"“”')
