"""State bodies and unnamed officials, which speak for their state or institution.

``rules.STATE_BODIES`` and the noun lists give "South Korea's foreign ministry"
-> South Korea, "Japan's chief cabinet secretary" -> Japanese government, "a
White House spokesperson" -> White House, "le porte-parole du gouvernement
japonais" -> Japanese government. The owner table (owner key -> canonical
speaker) also tells titles.py which words name a state.
"""

from __future__ import annotations

import functools
import re

from pipeline.organisations import international_bodies
from pipeline.quotes import rules
from pipeline.quotes.folding import alias_key, fold
from pipeline.quotes.folding import trie_alternation as alternation  # the regex runs with re.IGNORECASE
from pipeline.quotes.mentions import Mention

_ARTICLES = ("the", "le", "la", "les", "l'")


def compile_bodies(lookup: dict[str, tuple[str, str]]) -> tuple[re.Pattern, dict[str, str]]:
    """The regex of state bodies and unnamed officials, and owner key ->
    canonical speaker. ``lookup`` holds the configured aliases (alias key ->
    (canonical name, kind)): a configured name keeps its canonical form, and
    names configured on their own are left to the alias tables."""
    return _compile_bodies(frozenset((k, canon, kind) for k, (canon, kind) in lookup.items()))


@functools.lru_cache(maxsize=8)  # the same config serves every document of a run
def _compile_bodies(lookup_items: frozenset) -> tuple[re.Pattern, dict[str, str]]:
    lookup = {k: (canon, kind) for k, canon, kind in lookup_items}
    owners: dict[str, str] = {}
    names, adjectives, bare = [], [], []
    for canon, (ns, adjs) in rules.STATE_BODIES.items():
        configured = next((lookup[k][0] for n in ns for k in (alias_key(n), *(alias_key(f"{d} {n}") for d in
                           _ARTICLES)) if k in lookup and lookup[k][1] == "org"), None)
        for form in (*ns, *adjs):
            owners.setdefault(alias_key(form), configured or canon)
        names += ns
        adjectives += adjs
        bare += [n for n in ns if alias_key(n) not in lookup]
    parts = [*_english_parts(names, adjectives), *_french_parts(names),
             # "Tokyo", "the White House" on their own (names the alias tables do not have),
             # written as names: "la télévision suisse" is no mention of "la Suisse"
             # (also after an elided article: « l'Allemagne », « l'Iran »)
             rf"(?:l['’])?(?-i:(?=[A-ZÀ-Ý]))(?P<o5>{alternation(bare)})"]
    rx = re.compile(r"(?<![\w'-])(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?![\w-])", re.IGNORECASE)
    return rx, owners


def _english_parts(names: list[str], adjectives: list[str]) -> list[str]:
    det = r"(?:(?:the|a|an|one|two|three|several|some|many|other)\s+)"
    mod = rf"(?:(?:{alternation(rules.BODY_MODIFIERS)})[\s-]+)"
    # "official" is also an adjective: "North Korea's official news agency", "... official KCNA"
    official = (r"officials?(?!\s+(?:news|media|state|statement|visit|agency|newspaper|television|tv|channel"
                r"|website|residence|(?-i:[A-Z])))")
    role = "|".join([alternation([r for r in rules.ROLE_NOUNS if r not in ("official", "officials")]), official])
    body = alternation(rules.BODY_NOUNS)
    owner = alternation([*names, *adjectives])
    return [
        # "the Japanese government", "Japan's chief cabinet secretary", "a senior US official"
        rf"{det}?{mod}{{0,2}}(?P<o1>{owner})(?:'s?)?\s+{mod}{{0,3}}(?:(?P<r1>{role})|(?P<b1>{body}))",
        # "a spokesperson for the White House", "officials from Japan's foreign ministry",
        # "a spokesperson for the South Korean foreign ministry"
        rf"{det}?{mod}{{0,2}}(?:(?P<r2>{role})|(?P<b2>{body}))\s+(?:for|of|at|from|in)\s+(?:the\s+)?"
        rf"(?:(?P<o2>{alternation(names)})(?:'s?\s+{mod}{{0,2}}(?:{body}))?"
        rf"|(?P<o2b>{alternation(adjectives)})\s+{mod}{{0,3}}(?:{body}))",
    ]


def _french_parts(names: list[str]) -> list[str]:
    det = r"(?:(?:le|la|les|un|une|des)\s+|l')"
    of = r"(?:du|de\s+la|de\s+l'|des|de|d')\s*"
    role, body = alternation(rules.ROLE_NOUNS_FR), alternation(rules.BODY_NOUNS_FR)
    compl = rf"(?:\s+(?:{alternation(rules.BODY_COMPLEMENTS_FR)}))"
    adj = alternation([a for _, adjs in rules.STATE_BODIES.values() for a in adjs])
    # (a state's, not a union's: « la sécurité européenne » is a field, not a body)
    state_adj = alternation([a for canon, (_, adjs) in rules.STATE_BODIES.items() if canon not in international_bodies()
                             for a in adjs])
    return [
        # "le porte-parole du gouvernement japonais", "le ministère sud-coréen des Affaires étrangères"
        rf"{det}?(?:(?P<r3>{role})\s+{of})?(?:(?P<b3>{body})|(?P<r3b>{role})){compl}?\s+(?P<o3>{adj}){compl}?",
        # "un porte-parole de la Maison Blanche", "le gouvernement du Japon"
        rf"{det}?(?:(?P<r4>{role})|(?P<b4>{body})){compl}?\s+{of}(?P<o4>{alternation(names)})",
        # "un porte-parole du gouvernement à Budapest": a body's official where the state has its seat
        rf"{det}?(?P<r7>{role})\s+{of}(?:gouvernement|exécutif|executif|présidence|presidence)\s+(?:à|a)\s+"
        rf"(?P<o7>{alternation(names)})",
        # "un haut responsable de la sécurité ukrainienne": an official of what only a state keeps
        rf"{det}?(?:(?:haut|haute|hauts|hautes)\s+)?(?P<r6>{role})\s+{of}(?:{alternation(rules.STATE_DOMAINS_FR)})"
        rf"\s+(?P<o6>{state_adj})",
    ]


def body_mention(m: re.Match, owners: dict[str, str]) -> Mention:
    """The Mention of a match of the body regex: the owner's canonical name, as
    a "role" (an unnamed official) or an "org" (the body itself)."""
    groups = m.groupdict()
    owner = next(groups[g] for g in ("o1", "o2", "o2b", "o3", "o4", "o5", "o6", "o7") if groups[g])
    role = any(groups[g] for g in ("r1", "r2", "r3", "r3b", "r4", "r6", "r7"))
    key = alias_key(re.sub(r"'s?$", "", fold(owner).strip()))
    canon = owners[key]
    if canon == owners.get(alias_key("United States")):
        # the two US departments the press names on their own: "a US defense official", « le ministère
        # américain de la Défense » is the Pentagon's; « la diplomatie américaine », the State Department's
        for rx, body in _US_DEPARTMENTS:
            if rx.search(fold(m.group(0))):
                canon = owners.get(alias_key(body), body)
                break
    if not role and _PRESIDENCY.search(fold(m.group(0))) and not _OF_AFTER.match(m.string, m.end()):
        # (not a presidency of something, "the Russian presidency of the Security Council": the state holds it)
        # a presidency the press names by its seat: "the Russian presidency" is the Kremlin, the US one
        # the White House (the conventions' bodies), others stay their state
        for state, seat in _PRESIDENCIES:
            if canon == owners.get(alias_key(state)):
                canon = owners.get(alias_key(seat), seat)
                break
    return Mention(m.start(), m.end(), canon, "role" if role else "org")


_PRESIDENCY = re.compile(r"(?<![\w'-])(?:presidency|presidential\s+(?:office|administration)|presidence)(?![\w'-])",
                         re.IGNORECASE)
_PRESIDENCIES = (("Russia", "Kremlin"), ("United States", "White House"))
_OF_AFTER = re.compile(r"\s+(?:of|du|de\s+la|de\s+l'|des|de)(?![\w'-])", re.IGNORECASE)
_US_DEPARTMENTS = ((re.compile(r"(?<![\w'-])defen[cs]e(?![\w'-])", re.IGNORECASE), "Pentagon"),
                   (re.compile(r"(?<![\w'-])(?:foreign\s+(?:ministry|affairs)|affaires\s+etrangeres|diplomatie)(?![\w'-])",
                               re.IGNORECASE), "US State Department"))
