"""Two coordinated subjects that name different speakers.

Words that two parties put their names to have no single speaker: "Pékin et
Moscou jugent « nécessaire »", "China and Russia declared a "no limits"
partnership", "Le président russe Vladimir Poutine et le dirigeant chinois Xi
Jinping ont réaffirmé ...". A title that names the same person right before the
name ("le dirigeant chinois Xi Jinping") is one subject with it. A plural
pronoun ("Elles qualifient leur relation de « sans limite »", "They called it
...") stands for such a pair when its antecedent is one of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.quotes import rules

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention, Mentions
    from pipeline.quotes.titles import Titles

# "X et Y", "X and Y", "X and the Chinese leader Y", "neither X nor Y", "ni X ni Y"
_COORDINATION = re.compile(r"\s+(?:et|and|&|or|nor|ou|ni)\s+(?:[\w'-]+\s+){0,4}", re.IGNORECASE)
_REACH = 120  # characters either side of the subject that are searched
_PLURAL = frozenset(("ils", "elles", "they"))


def joint_speakers(m: Mention, mentions: Mentions, masked: str, titles: Titles,
                   resolve: Callable[[Mention], tuple[str | None, str]],
                   antecedent: Callable[[Mention], Mention | None] | None = None) -> str | None:
    """When ``m`` is one of two coordinated subjects naming different speakers
    (or a plural pronoun whose ``antecedent`` is), the two, joined ("Xi Jinping
    and Vladimir Putin"); else None. ``resolve`` gives a mention's speaker."""
    if m.kind == "pronoun" and antecedent is not None and m.name.strip().lower() in _PLURAL:
        found = antecedent(m)
        if found is None or found.start == found.end:  # (the speaker of a quote: no words to read)
            return None
        m = found
    if m.kind == "pronoun" or m.possessive:
        return None
    near: list[Mention] = []
    at = None  # the index of m's subject in near
    for x in mentions.within(max(0, m.start - _REACH), m.end + _REACH):
        if near and x.kind != "pronoun" and not masked[near[-1].end:x.start].strip() \
                and resolve(near[-1])[0] == resolve(x)[0]:
            near[-1] = near[-1]._replace(end=x.end)  # a title and its name
        else:
            near.append(x)
        if x.start == m.start:
            at = len(near) - 1
    if at is None:
        return None
    subject = near[at]
    pairs = ([(near[at - 1], subject)] if at > 0 else []) + ([(subject, near[at + 1])] if at + 1 < len(near) else [])
    for a, b in pairs:
        if a.kind == "pronoun" or b.kind == "pronoun" or a.possessive or b.possessive:
            continue
        if not _COORDINATION.fullmatch(masked, a.end, b.start):
            continue
        # (an article before the second name is no title: « la Norvège et la Suède »)
        words = [w for w in re.findall(r"[\w'-]+", masked[a.end:b.start])[1:] if w.lower() not in rules.DETERMINERS]
        if words and not titles.is_phrase(" ".join(words)):
            continue
        na, nb = resolve(a)[0], resolve(b)[0]
        if na and nb and na != nb:
            return f"{na} and {nb}"
    return None
