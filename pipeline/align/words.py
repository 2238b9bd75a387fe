"""Normalisation of English renderings for quote alignment.

Lowercase, accents and punctuation stripped, ``n't`` spelled ``not``,
thousands separators dropped (``normalize``); content words are the words that
are not stopwords, through a light suffix stemmer (``stem``) and a small table
of machine-translation alternations (``SYNONYM_GROUPS``: glad/happy,
envisage/plan; ``AlignConfig.synonyms`` adds to it, ``synonym_map``).
Capitalised names and negations are read here too.
"""

from __future__ import annotations

import re
import unicodedata

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be been being before below between both but by
    can could did do does doing down during each even ever few for from further had has have having he her here hers
    herself him himself his how i if in into is it its itself just let lets me more most must my myself neither nor of
    off on once only or other others our ours ourselves out over own same shall she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up upon us very was we
    were what when where which while who whom whose why will with would you your yours yourself yourselves yes
    not no never none nobody nothing nowhere cannot
    said says say told tell according mr mrs ms m
    anyone anybody anything someone somebody something everyone everybody everything
    """.split()
)

NEGATIONS = frozenset({"not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "cannot"})

# French negation in the original text, for French quotes whose translation lost it.
FR_NEGATION = re.compile(
    r"\b(?:ne|n')\s*(?:\S+\s+){0,5}?(?:pas|jamais|plus|rien|personne|aucun|aucune|gu[eè]re|point|nullement|ni)\b"
    r"|\b(?:aucun|aucune|jamais|non|ni|nullement)\b",
    re.IGNORECASE,
)

# Common alternations between machine translations and original English wordings
# (and between two translations of one French or Russian word): each group's words
# count as its first word. Stemmed when the table is built (``synonym_map``).
SYNONYM_GROUPS: tuple[str, ...] = (
    "happy glad pleased delighted",
    "plan envisage intend contemplate",
    "agreement accord deal",
    "troubling disturbing worrying worrisome concerning concern worry unease uneasiness restlessness disquiet"
    " anxiety alarming",
    "issue question subject theme topic matter",
    "opportunity occasion chance possibility",
    "seek search",
    "rule regulation norm",
    "violate breach infringe",
    "threaten menace",
    "escalate aggravate exacerbate worsen",
    "provoke cause",
    "cooperation collaboration",
    "country nation",
    "start commence begin",
    "slow slowly unhurriedly",
    "eagerness impatience eagerly forward",
    "discuss talk speak converse",
    "confirm reaffirm reiterate",
    "strong powerful mighty",
    "several multiple",
    "think reflect ponder",
    "great big large",
    "fight struggle battle combat",
    "protect defend safeguard",
    "relation relationship",
    "try attempt",
    "restriction limit constraint",
    "ready prepared",
    "evidence proof",
    "consequence repercussion",
    "buy purchase acquire",
    "dangerous perilous risky",
    "swift rapid quick",
    "closely attentively carefully",
    "confident sure convinced",
    "victory triumph",
    "absurd ridiculous",
)
# word -> canonical word, the table as pairs (AlignConfig.synonyms adds to it)
SYNONYMS: dict[str, str] = {w: g.split()[0] for g in SYNONYM_GROUPS for w in g.split()[1:]}


def synonym_map(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Stemmed word -> stemmed canonical word, chains followed (a word that is
    both a key and a canonical word of another pair ends at one canonical)."""
    raw: dict[str, str] = {}
    for k, v in {**SYNONYMS, **(extra or {})}.items():
        sk, sv = stem(k.lower()), stem(v.lower())
        if sk != sv:
            raw[sk] = sv
    out = {}
    for k in raw:
        v, seen = raw[k], {k}
        while v in raw and v not in seen:
            seen.add(v)
            v = raw[v]
        out[k] = v
    return out


_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f\u2009 ](?=\d{3}(?!\d))")
WORD = re.compile(r"\d+(?:\.\d+)*|[^\W_]+")
_CAP = re.compile(r"(?<![\w'\-])[^\W\d_a-z][\w'\-]*")
_SENT_END = frozenset(".!?:;\u00ab\u00bb\"\u201c\u201d(")


def _strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_CONTRACTION = re.compile(r"\b(can|won)'t\b|n't\b", re.IGNORECASE)
HAS_DIGIT = re.compile(r"\d")


def _contraction(m: re.Match) -> str:
    head = (m.group(1) or "").lower()
    return {"can": "can not", "won": "will not"}.get(head, " not")


def pre(s: str) -> str:
    """Accents stripped, apostrophes unified, thousands separators dropped,
    ``n't`` spelled out; case kept."""
    s = _strip_accents(s.translate(_APOS))
    if HAS_DIGIT.search(s):
        s = _THOUSANDS.sub("", s)
    if "'t" in s or "'T" in s:
        s = _CONTRACTION.sub(_contraction, s)
    return s


STEM_CACHE: dict[str, str] = {}


def stem(w: str) -> str:
    """A light suffix stemmer: plurals, -ing, -ed, -ation, -ly, final -e."""
    hit = STEM_CACHE.get(w)
    if hit is not None:
        return hit
    s = w
    if len(s) > 3 and not s[0].isdigit():
        if s.endswith("ies") and len(s) > 4:
            s = s[:-3] + "y"
        elif s.endswith("sses"):
            s = s[:-2]
        elif s.endswith("s") and not s.endswith(("ss", "us", "is")):
            s = s[:-1]
        for suf, keep in (("ing", 3), ("ed", 3)):
            if s.endswith(suf) and len(s) - len(suf) >= keep:
                s = s[: -len(suf)]
                if len(s) > 3 and s[-1] == s[-2] and s[-1] not in "lsz":
                    s = s[:-1]
                break
        if s.endswith("ation") and len(s) >= 9:
            s = s[:-3]  # violation, violate -> violat
        if s.endswith("ly") and len(s) > 5:
            s = s[:-2]
        if s.endswith("e") and len(s) > 4:
            s = s[:-1]
    if len(STEM_CACHE) < 500_000:
        STEM_CACHE[w] = s
    return s


def normalize(text: str) -> list[str]:
    """The normalised words of an English rendering (stopwords kept)."""
    return WORD.findall(pre(text).lower())


def names(s: str) -> set[str]:
    """Capitalised words not opening a sentence, and acronyms, normalised
    (``s`` is already through ``_pre``)."""
    out: set[str] = set()
    for m in _CAP.finditer(s):
        w = m.group()
        if not w[0].isupper():
            continue
        acronym = len(w) > 1 and w.isupper()
        if not acronym:
            i = m.start() - 1
            while i >= 0 and s[i].isspace():
                i -= 1
            if i < 0 or s[i] in _SENT_END:
                continue
        low = w.lower()
        for part in re.split(r"['\-]", low):
            if part and part not in STOPWORDS:
                out.add(stem(part))
    return out
