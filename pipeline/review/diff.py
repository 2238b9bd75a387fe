"""Word-level diff of a cluster member against the cluster's longest version,
on their English renderings, computed when the site is built.

Words are compared lowercased and without surrounding punctuation, and shown
as written. Words that carry a number or a negation are tagged, so a reviewer
sees the change behind a ``numbers`` or ``negation`` drift flag at a glance.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pipeline.align.words import NEGATIONS

_EDGE = re.compile(r"^\W+|\W+$")
_DIGIT = re.compile(r"\d")


def _key(word: str) -> str:
    w = _EDGE.sub("", word.casefold())
    return "not" if w.endswith("n't") else w


def tag(word: str) -> str | None:
    """``number`` or ``negation`` when the word carries one."""
    if _DIGIT.search(word):
        return "number"
    k = _key(word)
    if k in NEGATIONS:
        return "negation"
    return None


def word_diff(longest: str, member: str, partial: bool = False) -> list[tuple[str, str]]:
    """``[(op, text)]`` with op ``equal``, ``del`` (in the longest version, not in
    the member), ``ins`` (in the member only) or ``gap`` (the parts of the longest
    version a partial quote does not cover, at either end: not a change)."""
    a, b = longest.split(), member.split()
    matcher = SequenceMatcher(None, [_key(w) for w in a], [_key(w) for w in b], autojunk=False)
    ops = matcher.get_opcodes()
    out: list[tuple[str, str]] = []
    for i, (op, a0, a1, b0, b1) in enumerate(ops):
        edge = i == 0 or i == len(ops) - 1
        if op == "equal":
            out.append(("equal", " ".join(b[b0:b1])))
            continue
        if partial and edge and op == "delete":
            out.append(("gap", "…"))
            continue
        if op in ("delete", "replace"):
            out.append(("del", " ".join(a[a0:a1])))
        if op in ("insert", "replace"):
            out.append(("ins", " ".join(b[b0:b1])))
    return out


def changed_words(pieces: list[tuple[str, str]]) -> int:
    return sum(len(t.split()) for op, t in pieces if op in ("del", "ins"))
