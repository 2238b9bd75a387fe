"""Folded matching: accent- and punctuation-tolerant keys and regexes.

Folding maps one character to one (accents dropped; apostrophes, odd spaces
and hyphens unified), so offsets into folded text are offsets into the text.
The regexes built here run on folded text, longest form first, with spaces and
hyphens interchangeable.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_SPECIAL = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
            "\u2007": " ", "‐": "-", "‑": "-"}


class _FoldTable(dict):
    """str.translate table filled on demand: one character for one."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        out = _SPECIAL.get(c)
        if out is None:
            d = unicodedata.normalize("NFD", c)
            out = d[0] if len(d) > 1 and all(unicodedata.combining(x) for x in d[1:]) else c
        self[code] = out
        return out


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` with accents dropped and apostrophes, odd spaces and hyphens
    unified, one character for one, so offsets stay valid."""
    return text.translate(_FOLD)


def alias_key(name: str) -> str:
    """The lookup key of a name: folded, lower case, one space between words, a
    middle initial left out ("Donald J. Trump" is "donald trump")."""
    words = re.split(r"[\s-]+", fold(name).lower().strip())
    return " ".join(w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _INITIAL.fullmatch(w)))


_INITIAL = re.compile(r"[a-z]\.")


def contracted_key(key: str) -> str | None:
    """The key of a French description whose article "le" is contracted with the
    preposition before it (de + le: "l'appel du souverain pontife", à + le: "au
    président américain"), from the key of the description ("le souverain pontife");
    None for other keys."""
    return key[3:] if key.startswith("le ") else None


def _flexible(form: str) -> str:
    """The regex of a folded form, spaces and hyphens interchangeable."""
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", form))


def alternation(forms, case_short: bool = True) -> str:
    """Alternation over folded forms, longest first; spaces and hyphens
    interchangeable; forms under four characters only as written."""
    out = []
    for f in sorted({fold(f).strip() for f in forms if f.strip()}, key=len, reverse=True):
        body = _flexible(f)
        out.append(f"(?-i:{body})" if case_short and len(f) < 4 else body)
    return "|".join(out) or r"(?!)"


_FLEX = object()  # a run of spaces or hyphens between two words of a form


def trie_alternation(forms, case_short: bool = True) -> str:
    """``alternation`` for a regex compiled with re.IGNORECASE, as a trie of
    the lower-cased forms: it matches what ``alternation`` matches, longest
    form first, but tries each shared prefix once instead of once per form
    (hundreds of state names and adjectives at every word of a text)."""
    trie: dict = {}
    short = []
    for f in sorted({fold(f).strip() for f in forms if f.strip()}, key=len, reverse=True):
        if case_short and len(f) < 4:
            short.append(f"(?-i:{_flexible(f)})")  # after every longer form, as in ``alternation``
            continue
        node = trie
        for i, word in enumerate(re.split(r"[\s-]+", f.lower())):
            for unit in ((_FLEX,) if i else ()) + tuple(word):
                node = node.setdefault(unit, {})
        node[""] = {}
    return "|".join(([_trie_rx(trie)] if trie else []) + short) or r"(?!)"


def _trie_rx(node: dict) -> str:
    """The regex of a trie node's continuations; an optional group (greedy, so
    the longer form first) where a form may end here."""
    alts = [(r"[\s-]+" if unit is _FLEX else re.escape(unit)) + _trie_rx(child)
            for unit, child in node.items() if unit != ""]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def words_rx(words: list[str]) -> re.Pattern:
    """Whole-word, case-insensitive alternation over folded words, longest first."""
    forms = sorted({fold(w).lower() for w in words if w.strip()}, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in forms) or r"(?!)"
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w])", re.IGNORECASE)


def compile_aliases(tables: list[tuple[str, dict[str, list[str]]]]) -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """One regex over every alias of every (kind, table), longest first, run on
    folded text; and alias key -> (canonical name, kind). Earlier tables win."""
    return _compile_aliases(tuple((kind, tuple((k, tuple(v)) for k, v in t.items())) for kind, t in tables))


# an English role description opening on a state's adjective or a body's acronym
_OWNED_ROLE = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w.-]*)\s+(?P<role>[a-zA-Z][\w\s-]*)")


@functools.lru_cache(maxsize=1)
def _english_states() -> dict[str, str]:
    """English state adjective (casefolded) -> the state's English name ("russian" -> "Russia")."""
    from pipeline.states import STATE_BODIES
    out: dict[str, str] = {}
    for names, adjectives in STATE_BODIES.values():
        for adj in adjectives:
            if adj[:1].isupper() and not adj.isupper() and names:
                out.setdefault(adj.casefold(), names[0])
    return out


def owner_forms(aliases: tuple[str, ...]) -> list[str]:
    """The possessive forms of English role descriptions: "the Russian foreign
    minister" is also "Russia's foreign minister", "the NATO secretary general"
    "NATO's secretary general" (the state's or the body's role, as English writes it)."""
    out = []
    for alias in aliases:
        m = _OWNED_ROLE.fullmatch(alias.strip())
        if m is None or not alias.strip().lower().startswith("the ") and not m["role"][:1].isupper():
            continue
        owner = m["owner"]
        owner = owner if owner.isupper() and len(owner) >= 2 else _english_states().get(owner.casefold())
        if owner:
            out += [f"{owner}'s {m['role'].lower()}", f"{owner}\u2019s {m['role'].lower()}"]
    return out


@functools.lru_cache(maxsize=8)  # the same config serves every document of a run
def _compile_aliases(tables: tuple) -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    lookup: dict[str, tuple[str, str]] = {}
    parts: list[tuple[int, str]] = []
    for kind, table in tables:
        for canon, aliases in table:
            if kind == "person":
                aliases = (*aliases, *owner_forms(aliases))
            for alias in (canon, *aliases):
                key = alias_key(alias)
                if not key or key in lookup:
                    continue
                lookup[key] = (canon, kind)
                body = _flexible(fold(alias).strip())
                if kind == "person":  # a middle initial may come between two words of a name
                    body = body.replace(r"[\s-]+", r"[\s-]+(?:(?-i:[A-Z])\.\s+)?")
                parts.append((len(alias), f"(?i:{body})" if len(alias) >= 4 else body))
                bare = contracted_key(key)
                if bare is not None and bare not in lookup:
                    # "l'appel du souverain pontife", "au président américain": the description
                    lookup[bare] = (canon, kind)
                    rest = _flexible(fold(alias).strip()[3:])
                    parts.append((len(alias) - 3, f"(?:(?<=\\bdu )|(?<=\\bau )|(?<=\\bDu )|(?<=\\bAu ))(?i:{rest})"))
    parts.sort(key=lambda p: -p[0])
    joined = "|".join(p for _, p in parts) or r"(?!)"
    return re.compile(rf"(?<![\w])(?:{joined})(?![\w])"), lookup
