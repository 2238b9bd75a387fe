"""Normalisation of English renderings for quote alignment.

Lowercase, accents and punctuation stripped, contractions spelled out
(``n't`` as ``not``, ``we're`` as ``we are``, ``there's`` as ``there is``),
thousands separators dropped (``normalize``); content words are the words that
are not stopwords, through their lemma and a light suffix stemmer (``stem``),
and synonyms of the run's words are folded onto one of them through the
English thesaurus (``synonym_map``; ``AlignConfig.synonyms`` adds pairs).
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


# the most common words (Zipf 5.5 and up: make, work, new, good, way) have many
# senses, and a thesaurus pair of theirs is mostly another sense: they are not
# matched to a synonym one pair at a time (``near``)
NEAR_ZIPF = 5.5


def synonym_map(surface: dict[str, str], extra: dict[str, str] | None = None,
                near: dict[str, set[str]] | None = None) -> dict[str, str]:
    """Stem -> canonical stem for the words of one run (``surface``: stem -> a
    word it was read from), from the English thesaurus (``lexicon.synonyms``).

    Synonymy is not transitive (great ~ big ~ heavy ~ serious), so groups are
    stars, never chains: stems are visited from the most common word down, each
    one not yet taken becomes a canonical word and takes the stems of the run
    that are its synonyms both ways. ``extra`` (``AlignConfig.synonyms``) adds
    word -> canonical word pairs on top."""
    from pipeline import lexicon

    syn_of: dict[str, set[str]] = {}
    listed: set[str] = set()  # stems whose word has a thesaurus entry
    for st, word in surface.items():
        found = lexicon.synonyms(word, "en")
        if found:
            listed.add(st)
        got = {stem(w) for w in found}
        got.discard(st)
        syn_of[st] = got & surface.keys()
    out: dict[str, str] = {}
    taken: set[str] = set()
    for st in sorted(surface, key=lambda s: (-lexicon.zipf(surface[s], "en"), s)):
        if st in taken:
            continue
        taken.add(st)
        for other in sorted(syn_of[st]):
            # both ways, or one way to a word the thesaurus has no entry for
            # ("friendly" lists "amicable", which has no entry of its own)
            if other not in taken and (st in syn_of.get(other, ()) or other not in listed):
                taken.add(other)
                out[other] = st
    for k, v in (extra or {}).items():
        sk, sv = stem(k.lower()), stem(v.lower())
        if sk != sv:
            out[sk] = out.get(sv, sv)
    if near is not None:
        # the synonym pairs the stars left apart (one way, or not both within one
        # star), by canonical stem: matched pair by pair, never in chains
        def rare(st: str) -> bool:
            return lexicon.zipf(surface[st], "en") < NEAR_ZIPF

        for st, got in syn_of.items():
            if st in out or not rare(st):
                continue
            for o in got:
                # two words as they are (not through a third word's star: no chains)
                if o != st and o not in out and rare(o):
                    near.setdefault(st, set()).add(o)
                    near.setdefault(o, set()).add(st)
    return out


class NameFolder:
    """Rewrites every spelling of a name in the alias table to its canonical
    form (case-insensitive, whole words, longest spelling first), so that two
    renderings naming a country or a body differently share the name."""

    def __init__(self, aliases: dict[str, list[str]]):
        self.canon: dict[str, str] = {}
        short: set[str] = set()  # spellings of three letters match only as written: "WHO", not "who"
        for canonical, spellings in aliases.items():
            for sp in (canonical, *spellings):
                if len(sp) >= 4:
                    self.canon.setdefault(sp.casefold(), canonical)
                elif len(sp) == 3:
                    self.canon.setdefault(sp, canonical)
                    short.add(sp)
        alts = sorted(self.canon, key=lambda s: (-len(s), s))
        self.rx = re.compile(r"(?<![\w-])(?:" + "|".join(
            re.escape(a) if a in short else f"(?i:{re.escape(a)})" for a in alts) + r")(?![\w-])") if alts else None

    def __call__(self, text: str) -> str:
        if self.rx is None or not text:
            return text
        return self.rx.sub(lambda m: self.canon.get(m.group()) or self.canon[m.group().casefold()], text)


def run_vocabulary(texts) -> dict[str, str]:
    """Stem -> the first word it was read from, over the content words of ``texts``."""
    surface: dict[str, str] = {}
    for text in texts:
        for w in WORD.findall(pre(text or "").lower()):
            if w in STOPWORDS or w[0].isdigit():
                continue
            st = STEM_CACHE.get(w) or stem(w)
            surface.setdefault(st, w)
    return surface


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


# the other English contractions of a pronoun (or "there", "here", a wh-word) and
# a verb: "'re", "'ve", "'ll", "'m", "'d", and "'s" (is) after the words that take
# it as a verb, not as a possessive; "let's" is "let us"
_CLITIC = re.compile(r"\b(?:(i|you|we|they|he|she|it|that|there|here|who|what|where|how)'(re|ve|ll|m|d)"
                     r"|(it|that|there|here|he|she|who|what|where|how)'s|(let)'s)\b", re.IGNORECASE)
_FULL = {"re": "are", "ve": "have", "ll": "will", "m": "am", "d": "would"}


def _clitic(m: re.Match) -> str:
    if m.group(1):
        return f"{m.group(1)} {_FULL[m.group(2).lower()]}"
    return f"{m.group(3)} is" if m.group(3) else f"{m.group(4)} us"


def pre(s: str) -> str:
    """Accents stripped, apostrophes unified, thousands separators dropped,
    contractions spelled out; case kept."""
    s = _strip_accents(s.translate(_APOS))
    if HAS_DIGIT.search(s):
        s = _THOUSANDS.sub("", s)
    if "'" in s:
        if "'t" in s or "'T" in s:
            s = _CONTRACTION.sub(_contraction, s)
        s = _CLITIC.sub(_clitic, s)
    return s


STEM_CACHE: dict[str, str] = {}

# British and American spellings of one word: favour/favor, stabilise/stabilize,
# organisation/organization, centre/center
_OUR = re.compile(r"(?<=[a-z]{3})our(?=(?:able|ably|ite|ites|ed|ing|s|er|ers)?$)")
_ISE = re.compile(r"(?<=[a-z]{3})is(?=(?:e|ed|es|ing|ation|ations|er|ers)$)")
_TRE = re.compile(r"(?<=[a-z]{2}[bcdfgkptv])re(?=s?$)")


def _american(s: str) -> str:
    return _TRE.sub("er", _ISE.sub("iz", _OUR.sub("or", s)))


def stem(w: str) -> str:
    """The word's lemma (simplemma: went -> go, better -> good, troubling ->
    trouble), then a light suffix stemmer for derived forms (-ation, -ly,
    final -e; plurals, -ing, -ed that the lemmatiser left)."""
    hit = STEM_CACHE.get(w)
    if hit is not None:
        return hit
    from pipeline.lexicon import lemma

    s = lemma(w, "en") if w.isalpha() else w
    if len(s) > 5 and s.isalpha():
        s = _american(s)
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
