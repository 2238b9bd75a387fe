"""Matching outlet names and relay cues in text: shared by the clean stage
(which outlets an article relays) and quote extraction (which outlet relayed
a quote)."""

from __future__ import annotations

import re

# Platforms words are posted on: no outlet, no name ("sur Twitter Oleksiy Danilov",
# "toute l'actualité sur Telegram"), lower case.
PLATFORMS: frozenset[str] = frozenset(
    "twitter telegram facebook instagram youtube weibo tiktok x whatsapp linkedin threads bluesky snapchat".split())

# Typographic apostrophes are folded to "'" (one char for one, so offsets hold).
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})

# Wire-service lead: "(Reuters) - ", "WASHINGTON, Sept 13 (Reuters) - ",
# "MOSCOU (AFP) — ", "SEOUL, Sept. 14 (Yonhap) -- ", and the slashed form of
# TASS and other Russian agencies: "MOSCOW, June 19. /TASS/. ". Accepted only
# when the brackets or slashes name a known outlet. The lead may fill the whole
# line (a dateline above the body). Brackets may hold several outlets
# ("(dpa/MIA)"); slashes hold one name without spaces. A double dash or a long
# dash may touch the first word, as scraped: "Tokyo, June 20 (Jiji Press)--Japanese".
WIRE_PREFIX = re.compile(
    r"(?P<lead>[A-ZÀ-Ý][^()\n]{0,60}?\s)?"
    r"(?:(?P<paren>\()|/)"
    r"(?P<outlets>(?(paren)[^()\n]{2,40}|[^()/\s]{2,20}))"
    r"(?(paren)\)\s*(?:(?:--|[–—])(?=[^\W\d_])|[-–—]{1,2}(?:\s+(?=\S)|\s*$))"
    r"|/[.:]?(?:\s*[-–—]{1,2})?(?:\s+(?=\S)|\s*$))"
)


# The parts of a wire dateline (here and in the clean stage's): an agency's name
# of one to four capitalised words ("Jiji Press"), and a place of one to four
# ("New York"), ``more``: other characters a place's word may hold
AGENCY_NAME = r"[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3}"


def place(more: str = "") -> str:
    word = rf"[A-ZÀ-Ý][\w'’.{more}]*"
    return rf"{word}(?:[ -]{word}){{0,3}}"


# A wire dateline of a place and the agency between spaced dashes: "New York -
# AGENCY - The minister said", "SEOUL — AGENCY — ..." (en or em dashes too).
# The caller accepts it only when the agency is a known outlet's name alone.
DASHED_WIRE = re.compile(rf"(?P<lead>{place()})\s+[-–—]{{1,2}}\s+(?P<outlets>{AGENCY_NAME})\s+[-–—]{{1,2}}\s+(?=\S)")

# A wire dateline of a place, a comma and the agency's acronym before a dash:
# "Brussels, MINA – The court said", "Tehran, IRNA – ...". The caller takes it
# only where the lead paragraph starts; an unknown agency is kept as written.
COMMA_WIRE = re.compile(rf"(?P<lead>{place()}),\s+(?P<outlets>[A-Z]{{2,6}})\s+[-–—]{{1,2}}\s+(?=[A-ZÀ-Ý\"“«‘])")

# A wire dateline of an upper-case place alone (one to three words) and the
# agency in brackets, closed by a full stop: "GENEVA (Hilltown Wire). The
# minister said". The caller takes it only where the lead paragraph starts and
# checks the name (see agency_like).
CAPS_WIRE = re.compile(rf"(?P<lead>[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){{0,2}})\s+"
                       rf"\((?P<outlets>{AGENCY_NAME})\)\.\s+(?=[A-ZÀ-Ý\"“«‘])")

# A line above the body of an outlet's name, a dash and a place (one to three
# capitalised words): "Hilltown News – Geneva". The caller checks that the name
# reads as a news outlet's.
OUTLET_PLACE = re.compile(r"(?P<publisher>[A-ZÀ-Ý][\w'’.&-]*(?:\s+[\w&][\w'’.&-]*){0,5})\s+[-–—]{1,2}\s+"
                          r"(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){0,2})")

# Words that make a bracket no agency's ("(AP Photo)", "(file photo)", "(UTC)",
# "(LEAD)"), nor an upper-case word before it a place ("BREAKING (Hilltown News).")
NOT_AGENCY = frozenset(
    "photo photos file video videos pool graphic map lead urgent update updated updates live "
    "breaking analysis interview opinion editorial commentary utc gmt kst jst bst cet cest est edt msk pst pdt "
    "local time".split()
)


def agency_like(name: str) -> bool:
    """Whether a wire dateline's brackets may name an agency (no word of NOT_AGENCY)."""
    return not NOT_AGENCY.intersection(w.lower() for w in re.findall(r"[\w'-]+", name))


def initials_of(name: str, acronym: str) -> bool:
    """Whether ``name`` spells out ``acronym``: "NATO (North Atlantic Treaty Organization)"."""
    letters = "".join(w[0] for w in name.split() if w[0].isupper())
    return len(letters) >= 2 and acronym.replace(".", "").upper() == letters.upper()


def fold(s: str) -> str:
    return " ".join(s.translate(APOSTROPHES).lower().split())


def compile_outlets(table: dict[str, list[str]]) -> tuple[re.Pattern, dict[str, str]]:
    """One alternation over all aliases, longest first so the longest one wins."""
    canonical: dict[str, str] = {}
    parts = []
    for name, aliases in table.items():
        for alias in {name, *aliases}:
            if len(alias) >= 4:
                canonical.setdefault(fold(alias), name)
            else:  # short acronyms match only as written ("AP", not "ap")
                canonical.setdefault(alias, name)
            parts.append((len(alias), _alias_pattern(alias)))
    parts.sort(key=lambda p: -p[0])
    alternation = "|".join(p[1] for p in parts) or r"(?!)"
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), canonical


def _alias_pattern(alias: str) -> str:
    """Aliases of four characters or more match in any case ("REUTERS",
    "reuters"), shorter ones as written. In a name of several words the words
    after the first keep their capitals (or are all upper case): "Le Monde" is
    not the French phrase "le monde" (the world), "l'Agence France-Presse" still
    matches "Agence France-Presse", and an all-lower-case alias ("agence de
    presse nord-coréenne") matches in any case."""
    first, *rest = [_word_pattern(w) for w in alias.split()]
    if len(alias) < 4:
        return r"\s+".join([first, *rest])
    if alias == alias.lower() or not rest:
        return "(?i:" + r"\s+".join([first, *rest]) + ")"
    kept = [w if w == w.upper() else f"(?:{w}|{w.upper()})" for w in rest]
    return f"(?i:{first})" + "".join(r"\s+" + w for w in kept)


def _word_pattern(word: str) -> str:
    return re.sub("['’]", "['’]", re.escape(word))


def compile_cues_after(cues: list[str]) -> re.Pattern:
    # the cue may follow the outlet directly or after up to two words ("KCNA
    # jeudi a indiqué", "KCNA on Thursday said", "Reuters and Interfax
    # reported"), but not across punctuation
    words = sorted((fold(c) for c in cues), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or r"(?!)"
    gap = r"(?:[\w'-]+\s+){0,2}"
    return re.compile(rf"\s*{gap}(?:{alternation})(?!\w)", re.IGNORECASE)
