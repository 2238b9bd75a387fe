"""Officials an article leaves unnamed: a quote the quotes stage credited to a
role description ("Russia's ambassador said", « a déclaré l'ambassadeur
russe », "A spokesperson of the Ukrainian ministry") with no holder named in
its article (its speaker the body, or none) takes the one person whom the
other articles of the run title with that role for that body ("Russian
ambassador to Germany Sergei Nechayev": ``roles.Roles`` reads the titles). A
reader of the run knows who holds the post; two holders, or none, leave the
quote as it was.

The description comes from the quotes stage's ``speaker_note`` (its own
format: "before the quote: 'condemned' + 'Russia’s ambassador'", "role
description 'the Ukrainian foreign minister' with no official of Ukraine
before it"); the role from its head noun (``rules.ROLE_HEADS``), the body from
the state or body it names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.quotes.agreement import INDEFINITE
from pipeline.quotes.folding import fold
from pipeline.quotes.pronoun_table import UNNAMED, office_of

if TYPE_CHECKING:
    from pipeline.align.roles import Roles
    from pipeline.align.similarity import Features
    from pipeline.data import Quote

# how a note given here begins (``stages.align`` stores those notes)
TITLED = "a role description its article leaves unnamed; "

# the description a note names as the speaker: the last quoted subject of a cue
# ("+ 'Russia’s ambassador'", "-> 'L'ambassadeur russe', subject before it"), or
# an unresolved role description
_SUBJECT = re.compile(r"(?:\+|->) '(?P<d>[^\n]+?)'(?:, [a-z ]+)?$")
_UNRESOLVED = re.compile(r"^role description '(?P<d>[^\n]+?)' with no official of ")
# someone new the article does not name: "a senior official", « un diplomate », "another diplomat",
# "some officials" (``agreement.INDEFINITE``), "the unnamed official" (``pronoun_table.UNNAMED``)
_FIRST_WORD = re.compile(r"\s*([\w'’-]+)")


def description(note: str | None) -> str | None:
    """The role description ``note`` credits the words to, if any."""
    if not note or note.startswith(TITLED):
        return None
    m = _UNRESOLVED.match(note) or _SUBJECT.search(note)
    if m is None:
        return None
    described = m.group("d")
    first = _FIRST_WORD.match(described)
    if (first and fold(first[1]).lower() in INDEFINITE) or UNNAMED.search(described):
        return None
    return described


def name_titled(pending: list[tuple[int, str]], roles: Roles, quotes: list[Quote], feats: list[Features]) -> None:
    """For each (quote index, description) of ``pending``: the one holder of
    the description's role for the body it names, as the run's articles title
    them, becomes the quote's speaker (``quotes``, and ``feats`` for matching)."""
    for i, described in pending:
        key = office_of(described)
        bodies = set(roles.bodies_in(described))
        if key is None or len(bodies) != 1:
            continue
        holders = roles.holders(key, bodies.pop())
        if len(holders) != 1:
            continue
        name = holders[0]
        q, f = quotes[i], feats[i]
        q.speaker = name
        q.speaker_note = f"{TITLED}'{described}' -> {name}, whom other articles of the run title so"
        f.spk, f.org = name.casefold(), None
