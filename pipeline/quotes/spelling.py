"""Names misspelt by one letter: a speaker the text names as "Lukashanko" or
"Alexander Lukashenco" is the known "Alexander Lukashenko" when exactly one known
person's name is one letter away (a letter changed, added or dropped) in a
surname of seven letters or more, and the other words agree (not a feminine in
-a: "Zakharova" is not "Zakharov"). Typing slips are a fact of news copy; names
the tables do not know are left as written."""

from __future__ import annotations

import functools
import re

from pipeline.quotes.folding import alias_key

_MIN_LETTERS = 7


def one_letter_apart(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` different by exactly one changed, added or dropped letter?"""
    if a == b or abs(len(a) - len(b)) > 1 or a + "a" == b or b + "a" == a:
        return False  # (Zakharov, Zakharova: a Slavic surname's feminine is another person)
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


@functools.lru_cache(maxsize=8)
def _known(items: frozenset) -> tuple[frozenset, dict[str, list[tuple[tuple[str, ...], str]]]]:
    """(every known spelling's key, surname -> [(first names, canonical)])."""
    spellings, by_surname = set(), {}
    for canon, forms in items:
        for form in (canon, *forms):
            spellings.add(alias_key(form))
            if not re.fullmatch(r"(?:[A-Z][\w'.-]*\s+)*[A-Z][\w'-]+", form.strip()):
                continue  # a description ("le président russe"), not a name
            words = alias_key(form).split()
            if len(words[-1]) >= _MIN_LETTERS:
                by_surname.setdefault(words[-1], []).append((tuple(words[:-1]), canon))
    return frozenset(spellings), by_surname


def respell(speaker: str | None, aliases: dict[str, list[str]]) -> str | None:
    """The known canonical name ``speaker`` misspells by one letter, or None."""
    if not speaker:
        return None
    spellings, by_surname = _known(frozenset((c, tuple(f)) for c, f in aliases.items()))
    key = alias_key(speaker)
    if key in spellings:
        return None
    words = key.split()
    if len(words[-1]) < _MIN_LETTERS:
        return None
    found = {canon for surname, people in by_surname.items() if surname[:1] == words[-1][:1]
             and one_letter_apart(surname, words[-1])
             for first, canon in people if not words[:-1] or first == tuple(words[:-1])}
    return found.pop() if len(found) == 1 else None
