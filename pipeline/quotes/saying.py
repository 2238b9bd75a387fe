"""Quotations a present participle of speech introduces: "with X saying "…"",
« avec X déclarant », the absolute « …, X avertissant que « … » » and the
participle after a comma ("…, saying "…"", « …, les qualifiant de « … » »),
the constructions ``verbs.Verbs.construction`` tries after its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline import defaults
from pipeline.quotes import constructions, rules
from pipeline.quotes.cues import GERUND_WORDS
from pipeline.quotes.folding import alternation
from pipeline.quotes.incises import Hit

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mentions

# the participles of speech (constructions.SAYING_PARTICIPLES), and the present participle of
# every French -er reporting verb listed ("rapportant", "notant", "rétorquant")
PARTICIPLES = alternation(sorted(set(constructions.SAYING_PARTICIPLES) | set(
    constructions.present_participles(defaults.REPORTING_VERBS["fr"]))), False)
# "with US President Joe Biden saying "...", "avec Poutine déclarant : « ... »": the name before the participle
# ("with A calling it "X" and B describing it as "Y"": B's participle for Y; the
# participle's complement runs over no other quotation)
WITH_SAYING = re.compile(
    rf"(?<![\w'-])(?:with|avec)\s+(?:[^.;!?]*?\s(?:and|et)\s+)?"
    # a word may carry an apposition in commas: "with X, the UN chief, describing"
    rf"(?:[^\s.;:!?,]+(?:\s*,[^.;:!?,\"“”«»\n]{{1,60}},)?\s+){{1,6}}?"
    rf"(?P<v>{PARTICIPLES})"
    rf"(?![\w])(?:\s+[^\s.;:!?\"“”«»]+){{0,8}}?\s*[:,]?\s*$",
    re.IGNORECASE)
# the absolute construction: after a comma, a clause of its own whose subject is named right
# before its participle (« ..., le secrétaire d'État X avertissant que « ... » », "..., X warning
# that "...""): the participle reports, nearer the quotation than the main clause's verb
ABSOLUTE_SAYING = re.compile(
    rf",\s*(?:[^\s.;:!?,\"“”«»]+\s+){{1,8}}?(?P<v>{PARTICIPLES})"
    rf"(?![\w])(?:\s+[^\s.;:!?\"“”«»]+){{0,8}}?\s*[:,]?\s*$",
    re.IGNORECASE)
# (a French object pronoun before the participle: ", les qualifiant de « ... »", ", l'estimant « ... »")
SAYING = re.compile(
    rf"(?:[,\"”»]|{GERUND_WORDS})\s*(?:(?:les|le|la|lui|leur|se)\s+|[ls]')?(?P<v>{PARTICIPLES})"
    rf"(?![\w])(?:\s+[^\s.;:!?]+){{0,8}}?\s*[:,]?\s*$",
    re.IGNORECASE)


# a participle of speech on a text its subject issued: "The ministry released a statement saying that
# "...""", « Le ministère a publié un communiqué affirmant que « ... » » (the clause's subject speaks)
# (not after a relative pronoun, "Y, who issued a statement saying": Y's; nor a text by someone, "a
# statement by X saying", « un message de X affirmant », nor one citing someone: theirs)
_NOT_ISSUER = r"(?!(?:by|de|du|des|d'|from|of|citing|quoting|citant)(?![\w'-]))"
ISSUED_SAYING = re.compile(
    rf"(?<![\w'-])(?<!who\s)(?<!qui\s)(?:{alternation(constructions.ISSUING_VERBS, False)})\s+"
    rf"(?:(?:a|an|the|its|his|her|their|un|une|le|la|son|sa|leur)\s+)(?:[^\s.;:!?,\"“”«»]+\s+){{0,2}}?"
    rf"(?:{alternation(constructions.ISSUED_TEXTS, False)})(?:\s+{_NOT_ISSUER}[^\s.;:!?,\"“”«»]+){{0,4}}?\s+{_NOT_ISSUER}(?P<v>{PARTICIPLES})"
    rf"(?![\w])(?:\s+[^\s.;:!?\"“”«»]+){{0,8}}?\s*[:,]?\s*$",
    re.IGNORECASE)


def participle(masked: str, mentions: Mentions, lo: int, pos: int) -> tuple[Hit, str] | None:
    """The participle construction right before ``pos`` (from ``lo``) and how its
    subject is read: "with" (the name right before the participle) or "saying"
    (the subject of the clause)."""
    for rx, how in ((WITH_SAYING, "with"), (ABSOLUTE_SAYING, "with"), (SAYING, "saying"),
                    (ISSUED_SAYING, "saying")):
        m = rx.search(masked, lo, pos)
        if m and rx is ABSOLUTE_SAYING and not _named_before(masked, mentions, m.start(), m.start("v")):
            continue  # (« ..., un texte affirmant que »: no one named acts; "..., thanked his host X saying": a verb)
        if m:
            return Hit(m.start("v"), m.end("v")), how
    return None


def _named_before(masked: str, mentions: Mentions, comma: int, v: int) -> bool:
    """Does a name (a person's or a body's, not a possessive one) end right before the participle at
    ``v``, in a noun phrase that opens the clause after the ``comma``: on the name, a determiner
    or a capitalised title (« le secrétaire d'État X », "Foreign Minister X"), no verb before it?"""
    named = mentions.within(comma, v)
    if not named or named[-1].kind not in ("person", "name", "org") or named[-1].possessive \
            or masked[named[-1].end:v].strip():
        return False
    lead = masked[comma + 1:named[-1].start].split()
    return not lead or lead[0].lower() in rules.DETERMINERS or lead[0][:1].isupper()
