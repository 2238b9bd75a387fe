"""Matching outlet names and relay cues in text: shared by the clean stage
(which outlets an article relays) and quote extraction (which outlet relayed
a quote)."""

from __future__ import annotations

import re

# Typographic apostrophes are folded to "'" (one char for one, so offsets hold).
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})

# Wire-service lead: "(Reuters) - ", "WASHINGTON, Sept 13 (Reuters) - ",
# "MOSCOU (AFP) — ". Accepted only when the brackets name a known outlet.
WIRE_PREFIX = re.compile(
    r"(?P<lead>[A-ZÀ-Ý][^()\n]{0,60}?\s)?\((?P<outlets>[^()\n]{2,40})\)\s*[-–—]{1,2}\s+(?=\S)"
)


def fold(s: str) -> str:
    return " ".join(s.translate(APOSTROPHES).lower().split())


def compile_outlets(table: dict[str, list[str]]) -> tuple[re.Pattern, dict[str, str]]:
    """One alternation over all aliases, longest first so the longest one wins."""
    canonical: dict[str, str] = {}
    parts = []
    for name, aliases in table.items():
        for alias in {name, *aliases}:
            body = re.sub("['’]", "['’]", r"\s+".join(re.escape(w) for w in alias.split()))
            if len(alias) >= 4:
                canonical.setdefault(fold(alias), name)
                parts.append((len(alias), f"(?i:{body})"))
            else:  # short acronyms match only as written ("AP", not "ap")
                canonical.setdefault(alias, name)
                parts.append((len(alias), body))
    parts.sort(key=lambda p: -p[0])
    alternation = "|".join(p[1] for p in parts) or r"(?!)"
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), canonical


def compile_cues_after(cues: list[str]) -> re.Pattern:
    # the cue may follow the outlet directly or after up to two words ("KCNA
    # jeudi a indiqué", "KCNA on Thursday said", "Reuters and Interfax
    # reported"), but not across punctuation
    words = sorted((fold(c) for c in cues), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or r"(?!)"
    gap = r"(?:[\w'-]+\s+){0,2}"
    return re.compile(rf"\s*{gap}(?:{alternation})(?!\w)", re.IGNORECASE)
