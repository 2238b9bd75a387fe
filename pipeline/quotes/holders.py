"""Who holds an office in one article.

The alias tables give role descriptions ("le président américain", "the US
president") to the person who held the office in the period the tables were
written for. Offices change hands: when an article itself puts another name on
the description, as news writing does at a first mention ("le président
américain Donald Trump", "US President Donald Trump", "Donald Trump, the US
president"), every role description of that person in the article stands for
the name the article gives. A title marked as past or future ("former US
President", "l'ancien président américain", "President-elect") ties nothing,
and an article that puts the table's own person on the description keeps him.

When the article names nobody on the description, the table's terms of office
(``quotes.office_terms``) decide between the people the table gives it to
("the US president" is Joe Biden's from 2021-01-20 to 2025-01-20 and Donald
Trump's after): the one in office on the article's date; for an undated
article, the one of them the article names elsewhere. Otherwise the table's
first holder keeps the description.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.quotes.folding import alias_key, contracted_key, owner_forms
from pipeline.quotes.mentions import Mention

if TYPE_CHECKING:
    from pipeline.quotes.titles import Titles

# words that put a title in the past or the future of its holder
TIME_MARKERS = frozenset("""former ex late then outgoing previous past future elect incoming designate
    ancien ancienne anciens anciennes feu futur future sortant sortante elu elue designe designee""".split())
_ARTICLES = ("", "the ", "le ", "la ", "l'", "les ")


def _descriptions(person: str, aliases: tuple[str, ...]) -> list[str]:
    """The folded role descriptions among ``person``'s aliases: those that hold
    none of the words of the person's name or one-word spellings."""
    names = set(alias_key(person).split()) | {alias_key(a) for a in aliases if " " not in alias_key(a)}
    return [key for key in map(alias_key, aliases) if names.isdisjoint(key.replace("'", "' ").split())]


@lru_cache(maxsize=8)  # the same table serves every document of a run
def _tables(table: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Folded role description -> the first person the table gives it to, and
    -> every person it gives it to, in table order."""
    sharers: dict[str, tuple[str, ...]] = {}
    for person, aliases in table:
        # (with the possessive forms the alias regex matches: "Russia's foreign minister")
        for key in dict.fromkeys(_descriptions(person, (*aliases, *owner_forms(aliases)))):
            sharers[key] = sharers.get(key, ()) + (person,)
            if (bare := contracted_key(key)) is not None:  # "du souverain pontife"
                sharers[bare] = sharers.get(bare, ()) + (person,)
    return {k: people[0] for k, people in sharers.items()}, sharers


def _of(aliases: dict[str, list[str]]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    return _tables(tuple((p, tuple(a)) for p, a in aliases.items()))


def role_keys(aliases: dict[str, list[str]]) -> dict[str, str]:
    """Folded role description -> the first person the table gives it to."""
    return _of(aliases)[0]


# nothing but the start of a sentence before a name
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])[\s\"'«“‘]*$")
# what closes a description set in apposition after a name: a comma, the end of the sentence
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)")

# two or three capitalised words right after a title: the name it is the title of
_FULL_NAME_AFTER = re.compile(r"[ \t]+(?-i:[A-Z][\w'-]+)(?:[ \t]+(?-i:[A-Z][\w'-]+)){1,2}")


def titles_another(masked: str, m: re.Match, hi: int, titles: Titles, lookup: dict[str, tuple[str, str]]) -> bool:
    """Is the role alias matched by ``m`` ("Russian President", « le président
    russe ») the title of someone other than its holder: a past or future
    holder's ("former Russian President X", « l'ancien président russe »,
    ``TIME_MARKERS``), or that of a full name right after it (before ``hi``)
    that the alias table (``lookup``) does not know ("Russian President Dmitry
    Medvedev", written in his term)?
    A person of the table after it is left to the description's holders ("the
    Moldovan president Olga Novak" ties the shared description to her)."""
    if not titles.is_phrase(m[0]):
        return False  # a name, not a role
    if _timed(masked, m.start()):
        return True  # "former", « ancien », "incoming" before it
    after = _FULL_NAME_AFTER.match(masked, m.end(), hi)
    if after is None:
        return False
    words = after[0].split()
    return not any(lookup.get(alias_key(" ".join(words[i:j])), ("", ""))[1] == "person"
                   for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def in_office(terms: list, date: str) -> bool:
    """Does one of ``terms`` ((from, to) ISO dates, ``to`` None while open) hold ``date``?"""
    return any(a <= date and (b is None or date < b) for a, b in terms)


def _timed(masked: str, start: int, title: str = "") -> bool:
    """Is the title at ``start`` (or the words ``title``) marked as past or future?"""
    words = re.findall(r"[\w]+", alias_key(masked[max(0, start - 24):start]))[-2:]
    return not TIME_MARKERS.isdisjoint(words + re.findall(r"[\w]+", alias_key(title)))


def _key(title: str) -> list[str]:
    key = alias_key(title)
    return [a + key for a in _ARTICLES]


def _title_keys(masked: str, pos: int, title: str) -> list[str]:
    """Keys of a title kept before a name, and of the title with the one or two
    words before it ("President" in "U.S. President Donald Trump")."""
    keys = _key(title)
    words = re.findall(r"\S+", masked[max(0, pos - 40):pos])[-2:]
    if masked[max(0, pos - 1):pos].isspace():
        for i in range(len(words) - 1, -1, -1):
            keys += _key(" ".join(words[i:]) + " " + title)
    return keys


def holders(found: list[Mention], masked: str, roles: dict[str, str],
            titled: list[tuple[int, str, str]]) -> dict[str, str]:
    """Person of the table -> the name this article puts on his role descriptions
    (``roles``: ``role_keys`` of the alias table)."""
    ties: dict[str, set[str]] = {}

    def role_of(m: Mention) -> str | None:
        if m.kind != "person" or m.possessive or _timed(masked, m.start):
            return None
        return roles.get(alias_key(masked[m.start:m.end]))

    for a, b, c in zip(found, found[1:], [*found[2:], None]):
        gap = masked[a.end:b.start]
        if re.fullmatch(r"\s+", gap) and role_of(a) and b.kind in ("person", "name") and not b.possessive:
            ties.setdefault(role_of(a), set()).add(b.name)  # "le président américain Donald Trump"
        elif re.fullmatch(r"\s*,\s*", gap) and role_of(b) and a.kind in ("person", "name") and not a.possessive \
                and not (c is not None and c.kind in ("person", "name") and re.fullmatch(r"\s*,\s*", masked[b.end:c.start])) \
                and (_APPOSITION_ENDS.match(masked, b.end) or _SENTENCE_START.search(masked, max(0, a.start - 200), a.start)):
            # (not a description that a name in apposition follows: "Après l'appel avec X, le président
            # ukrainien, Y, a dit" titles Y)
            # "Donald Trump, the US president, said", "Boris Johnson, the British prime minister since
            # 2019, spoke" (the name opens its sentence); not "Asked about New START, the US president
            # replied", "After meeting X, the US president told": a description that runs on to its verb
            # after a clause is that clause's subject
            ties.setdefault(role_of(b), set()).add(a.name)
    for pos, title, name in titled:  # "US President Donald Trump"
        person = next((roles[k] for k in _title_keys(masked, pos, title) if k in roles), None)
        if person is not None and not _timed(masked, pos, title):
            ties.setdefault(person, set()).add(name)
    return {p: next(iter(names)) for p, names in ties.items() if len(names) == 1 and p not in names}


def reassign(found: list[Mention], masked: str, aliases: dict[str, list[str]],
             titled: list[tuple[int, str, str]], terms: dict[str, list] | None = None,
             date: str | None = None) -> list[Mention]:
    """``found`` with the role descriptions of the table's people given to the
    holders the article names (see ``holders``), else to the holder the terms
    of office give (see the module docstring)."""
    roles, sharers = _of(aliases)
    held = holders(found, masked, roles, titled)
    if not terms:
        sharers = {}
    named = {m.name for m in found if m.kind == "person" and alias_key(masked[m.start:m.end]) not in roles}
    out = []
    for m in found:
        key = alias_key(masked[m.start:m.end]) if m.kind == "person" else ""
        if roles.get(key) == m.name:
            if m.name in held:
                m = m._replace(name=held[m.name])
            elif key in sharers and not _timed(masked, m.start):
                m = m._replace(name=_by_term(sharers[key], terms, date, named, m.name))
        out.append(m)
    return out


def _by_term(people: tuple[str, ...], terms: dict[str, list], date: str | None, named: set[str],
             first: str) -> str:
    """Who of ``people`` (sharing one role description) holds it: the one in
    office on ``date``, else the only one the article names; else ``first``."""
    if date:
        now = [p for p in people if p not in terms or in_office(terms[p], date)]
        if len(now) == 1:
            return now[0]
    here = [p for p in people if p in named]
    return here[0] if len(here) == 1 else first
