"""What alignment knows of one quote (``Features``): its English rendering's
content words, stems, pairs and character n-grams, its original words mapped
onto English (``cognates.py``), its speaker, date, names and numbers, and the
content words of a short quote's sentence. How two quotes are compared is in
``scoring.py``.

Content words, lemmas and synonyms come from ``words.py``; word weights are
the run's IDF times the word's rarity in the language (``lexicon.information``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pipeline.data import Quote
from pipeline.align.cognates import STOPWORDS_BY_LANG, fr_stem, original_words
from pipeline.lexicon import zipf
from pipeline.align.words import (
    FR_NEGATION,
    HAS_DIGIT,
    NEGATIONS,
    STEM_CACHE,
    STOPWORDS,
    WORD,
    names,
    pre,
    stem,
)

def _date_ord(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


class View:
    """One way of reading a quote for matching: content-word ids, their IDF
    weight, the content string (character n-grams, words in a row) and the
    words it was read from. ``kind``: 1 original view, 2 original + translation."""

    __slots__ = ("tset", "weight", "cstr", "norm", "nwords", "kind", "ocstr")

    def __init__(self, tset: frozenset[int], weight: float, cstr: str, norm: str, nwords: int, kind: int,
                 ocstr: str = ""):
        self.tset, self.weight, self.cstr, self.norm, self.nwords, self.kind = tset, weight, cstr, norm, nwords, kind
        self.ocstr = ocstr  # the original view's content string (kind 2)


class Features:
    """What alignment needs of one quote. Itself the view of its English
    rendering; ``o`` / ``u`` the original view and the union of both (or None)."""

    __slots__ = (
        "qid", "doc", "spk", "org", "date", "rendering", "norm", "nwords", "seq", "tset", "cstr",
        "names", "nums", "neg", "weight", "keys", "idx", "orig", "onorm", "o", "uw", "allset", "ctx",
        "back", "aff", "side", "left",
    )
    kind = 0

    def __init__(self, q: Quote, dates: dict[str, str | None], syn: dict[str, str],
                 organisations: frozenset[str] = frozenset(), folder: Any = None,
                 outlets: frozenset[str] = frozenset()):
        self.qid = q.quote_id
        self.doc = q.doc_id
        spk = (q.speaker or "").strip().casefold() or None
        if spk in outlets:
            # an outlet's own narration ("KCNA said the treaty provides ...") does
            # not say whose words they are: matched like an unattributed quote
            spk = None
        # a person is a known speaker; an organisation (the Kremlin for its
        # spokesman) is a weaker one (see Scorer.score)
        self.spk, self.org = (None, spk) if spk in organisations else (spk, None)
        if self.org:
            # the Kremlin speaks for Russia: an institution and its state are one side
            self.org = INSTITUTION_STATES.get(self.org, self.org)
        self.date = _date_ord(dates.get(q.doc_id))
        self.rendering = (q.translation if q.translation else q.text) or ""
        # words in brackets inside a quote are the journalist's ("he's (Shoigu)
        # there"), not the speaker's: they are left out of the comparison
        text = pre(folder(_INSERTS.sub(" ", self.rendering)) if folder else _INSERTS.sub(" ", self.rendering))
        words = WORD.findall(text.lower())
        self.nwords = len(words)
        self.norm = " ".join(words)
        seq = []
        content = []
        cache = STEM_CACHE
        for w in words:
            if w in STOPWORDS:
                continue
            s = cache.get(w) or stem(w)
            seq.append(syn.get(s, s))
            content.append(w)
        self.seq: Any = seq  # stems here; token ids once the vocabulary is known, None once indexed
        self.tset: frozenset[int] = _EMPTY
        self.cstr = " ".join(seq)
        self.names = frozenset(names(text)) or _EMPTY
        self.nums = (frozenset(w for w in words if w[0].isdigit()) or _EMPTY) if HAS_DIGIT.search(text) else _EMPTY
        neg = any(w in NEGATIONS for w in words)
        if not neg and q.lang and q.lang.startswith("fr") and q.text:
            neg = bool(FR_NEGATION.search(q.text))
        self.neg = neg
        self.weight = 0.0
        self.keys: tuple[int, ...] = ()
        self.idx = -1
        # the original's words, for a quote that was translated (French)
        self.orig: Any = None
        self.onorm = ""
        self.o: View | None = None
        self.uw = 0.0  # the weight of the union view (``u``)
        self.allset: frozenset[int] = _EMPTY
        # a short quote's sentence (its words outside the quote): stems here, ids later
        self.ctx: Any = _context_words(q, syn) if len(seq) <= CONTEXT_TOKENS and q.context else None
        # a second view in the source language: a translated quote's original
        # words, or a target-language quote's back-translation (``back``: compared
        # only with originals)
        self.back = False
        self.aff: frozenset[str] = _EMPTY  # the bodies a person speaker speaks for (``roles.py``)
        self.side: frozenset[str] = _EMPTY  # ... or is of, by a state's adjective too ("Russian President X")
        second = None
        if q.translation and q.text and q.translation != q.text:
            second = original_words(q.text, q.lang)
        elif q.back_translation:
            second = _back_words(q.back_translation)
            self.back = second is not None
        # words the engine left untranslated ("of the inévitabilité"): (position in seq,
        # French stem), matched to English words by spelling (``Scorer``), not as English
        self.left: Any = _leftovers(content, second[0]) if second and not self.back else None
        # only when it is about as long as the translation (the same words)
        if second and second[1] and len(seq) <= 2 * len(second[1]) + 1 and len(second[1]) <= 2 * len(seq) + 1:
            self.onorm = " ".join(second[0])
            self.orig = second[1]
        else:
            self.back = False

    @property
    def u(self) -> View | None:
        """The union view of a quote with an original view: its translation's
        and its original's words (made when read, not kept: most quotes are
        never read through it)."""
        o = self.o
        if o is None:
            return None
        return View(self.allset, self.uw, f"{self.cstr} {o.cstr}", self.norm, self.nwords, 2, o.cstr)


def speakers_apart(a: Features, b: Features, short: bool) -> bool:
    """Are the speakers named for ``a`` and ``b`` two speakers? Two persons or
    two organisations, a person and an organisation of another side
    (``other_sides``), and for a ``short`` phrase (a common one) also a person
    and an organisation she is not the voice of (its spokesman, minister, ...).
    An institution and its state are one organisation (``Features.org``)."""
    if a.spk and b.spk:
        return a.spk != b.spk
    if a.org == b.org or not (a.org or b.org):
        return False
    if a.org and b.org:
        return True
    if other_sides(a, b):
        return True
    return short and bool(a.spk or b.spk) and (a.org or b.org) not in (a.aff or b.aff)


def other_sides(a: Features, b: Features) -> bool:
    """Is one of ``a`` and ``b`` a person the articles place in a state or body
    ("Russian President X", "Kremlin spokesman X": ``Features.side``) and the
    other an organisation that is none of those (China)? Then they are two
    speakers, whatever words they share."""
    person, org = (a, b.org) if a.spk else (b, a.org) if b.spk else (None, None)
    return person is not None and bool(org) and bool(person.side) and org not in person.side


def _leftovers(content: list[str], original: list[str]) -> tuple[tuple[int, str], ...] | None:
    """The content words of a translation that its original holds as they are and
    that English does not use (``LEFTOVER_ZIPF``): words the engine passed
    through untranslated, each as (position, French stem)."""
    src = set(original)
    got = tuple((i, fr_stem(w)) for i, w in enumerate(content)
                if w in src and len(w) > 3 and zipf(w, "en") < LEFTOVER_ZIPF)
    return got or None


# a word of a translation that is in its original is an untranslated one when its
# English Zipf frequency (wordfreq) is below this: "inevitabilite" 0, "otan" 1.6,
# while words both languages spell alike are common in English ("direct" 4.9)
LEFTOVER_ZIPF = 2.0
_EMPTY: frozenset = frozenset()
# institutions that speak for their state (casefolded names): for matching, one speaker
INSTITUTION_STATES = {
    "kremlin": "russia", "white house": "united states", "pentagon": "united states",
    "us state department": "united states", "state department": "united states",
    "élysée": "france", "elysée": "france", "elysee": "france", "downing street": "united kingdom",
    "zhongnanhai": "china",
}
_INSERTS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _back_words(text: str) -> tuple[list[str], list[str]] | None:
    """The back-translation's words, read as an original of the first language
    with a stopword list (the source language)."""
    for lang in STOPWORDS_BY_LANG:
        got = original_words(text, lang)
        if got:
            return got
    return None


# a quote of at most this many content words is read with its sentence (``Quote.context``)
CONTEXT_TOKENS = 1
# words of its sentence a one-word quote must share with the other quote when the
# two are not attributed to the same speaker (one word alone says little)
ONE_WORD_AGREE = 2
_CTX_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _context_words(q: Quote, syn: dict[str, str]) -> tuple[list[str], bool] | None:
    """The lowercase content words of a short quote's sentence outside the quote
    (capitalised words, names mostly, left out: they say what the article is
    about, not what the sentence says), stemmed; with whether they are French
    stems (to map onto English ones by spelling, ``cognates.py``)."""
    ctx = q.context or ""
    i = ctx.find(q.text) if q.text else -1
    rest = f"{ctx[:i]} {ctx[i + len(q.text):]}" if i >= 0 else ctx
    raw = [w for w in _CTX_WORD.findall(rest) if not w[0].isupper()]
    if q.lang and q.lang[:2] in STOPWORDS_BY_LANG:
        got = original_words(" ".join(raw), q.lang)
        out = got[1] if got else []
        return (out, True) if out else None
    out = []
    for w in WORD.findall(pre(" ".join(raw)).lower()):
        if w in STOPWORDS or w[0].isdigit():
            continue
        st = STEM_CACHE.get(w) or stem(w)
        out.append(syn.get(st, st))
    return (out, False) if out else None
_PAIR = 1 << 32  # word-pair keys are (id_a + 1) * _PAIR + id_b, above every word id


def _pair_keys(seq: tuple[int, ...]) -> frozenset[int]:
    return frozenset((a + 1) * _PAIR + b for a, b in zip(seq, seq[1:]))


def grams_of(cstr: str, n: int) -> frozenset[str]:
    s = f" {cstr} "
    if len(s) < n:
        return frozenset((s,))
    return frozenset([s[i : i + n] for i in range(len(s) - n + 1)])
