"""A second view of a translated quote: its original words, matched to English
words by spelling.

Machine translation is rough (Apertium's fr->es->en leaves Spanish words,
"troublant" -> "that enturbian", "réfléchir" -> "reflexionar"), while much of
the political vocabulary of French and English is shared: coopération /
cooperation, trilatérale / trilateral, résolutions / resolutions, stratégique
/ strategic, provoquons / provoking. So a French quote also gets the content
words of its original text (accents folded, French stopwords dropped, a light
suffix stemmer that brings French endings near the English stemmer's:
-ique -> -ic, plural and verb endings, final -e), each mapped onto one English
word stem of the run when they are cognates (``cognate``): the same word, or
sharing a prefix of 5+ letters that is at least 3/4 of the shorter stem (4
letters when the French stem is all prefix and the English at most 2 letters
longer). A French stem with no cognate is looked up in the French-English
dictionary (FreeDict, ``lexicon.translations``): its first translation that
is a word of the run counts (menace -> threaten); failing that, its synonyms in
the French thesaurus (``mythes-fr``) are tried the same way. A French stem with neither
stays itself, so two French originals still match each other word for word.

Only languages with a stopword list here get this view (French); other
languages are compared on their translation alone.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz.distance import Indel

from pipeline.lexicon import fold

FR_STOPWORDS = frozenset(
    """
    a ai aie aient aies ait as au aucun aucune aupres auquel aura aurai auraient aurais aurait auras aurez auriez
    aurions aurons auront aussi autre autres aux avaient avais avait avant avec avez aviez avions avoir avons ayant
    ayez ayons c ca car ce ceci cela celle celles celui cependant certes ces cet cette ceux chacun chaque chez ci
    comme comment contre d dans de depuis des desquels deja donc dont du duquel durant elle elles en encore entre es
    est et etaient etais etait etant ete etes etiez etions etre eu eue eues eurent eus eut eux fait faire fois font
    fut furent il ils j jamais je jusqu jusque l la laquelle le lequel les lesquels leur leurs lors lorsque lui m
    ma mais me meme memes mes moi moins mon n ne ni non nos notre nous nul on ont ou oui par parce parmi pas pendant
    personne peu peut peuvent plus plutot pour pourquoi pourtant puis qu quand que quel quelle quelles quels qui
    quoi rien s sa sans se sera serai seraient serais serait seras serez seriez serions serons seront ses si sien
    soi soient sois soit sommes son sont sous suis sur t ta tandis tant te tel telle telles tels tes toi ton
    toujours tous tout toute toutes tres trop tu un une unes uns vers via voici voila vos votre vous y
    peux peut pouvons pouvez peuvent pourra pourrai pourrait pourraient pourrons pourront pu dois doit devons devez
    doivent devra devrait devraient devrons devront va vais vas allons allez vont ira irons iront
    """.split()
)

# Languages whose originals get a second view (the stopword list decides).
STOPWORDS_BY_LANG = {"fr": FR_STOPWORDS}

_WORD = re.compile(r"[^\W\d_]+")

# verb (and -ement) endings, the leftmost match wins; -ons not after i (nations), -ions not after t/s (resolutions)
_VERB = re.compile(
    r"(?:ements|ement|erions|eriez|erons|eront|erais|erait|aient|erez|erai|era|ait|ais|(?<![ts])ions|iez|(?<!i)ons|ez|ent|er)$"
)

_STEMS: dict[str, str] = {}
SURFACE: dict[str, str] = {}  # French stem -> the first word it was read from (for the dictionary)


def fr_stem(w: str) -> str:
    """A light French suffix stemmer, aimed at English cognates (folded input)."""
    hit = _STEMS.get(w)
    if hit is not None:
        return hit
    s = w
    m = _VERB.search(s)
    if m and m.start() >= 4:
        s = s[: m.start()]
    else:
        if len(s) > 4 and s[-1] in "sx" and not s.endswith("ss"):
            s = s[:-1]
        for suf, rep in (("ement", ""), ("ique", "ic"), ("aire", "ar"), ("ee", ""), ("e", "")):
            if s.endswith(suf) and len(s) - len(suf) >= 4:
                s = s[: -len(suf)] + rep
                break
        if s.endswith("ant") and len(s) >= 7:
            s = s[:-3]
    if len(s) > 4 and s[-1] == s[-2] and s[-1] not in "ls":
        s = s[:-1]  # developp -> develop
    if len(_STEMS) < 200_000:
        _STEMS[w] = s
    return s


def original_words(text: str, lang: str | None) -> tuple[list[str], list[str]] | None:
    """(folded words, stemmed content words) of an original text, or None when
    the language has no stopword list here. Each stem's first word, accents
    kept, is remembered for the dictionary (``SURFACE``)."""
    stop = STOPWORDS_BY_LANG.get((lang or "")[:2])
    if stop is None or not text:
        return None
    raw = _WORD.findall(text.replace("\u2019", "'").lower())
    words, stems = [], []
    for r in raw:
        w = fold(r)
        words.append(w)
        if w not in stop and len(w) > 1:
            st = fr_stem(w)
            stems.append(st)
            if len(SURFACE) < 200_000:
                SURFACE.setdefault(st, r)
    return words, stems


def _prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def cognate(f: str, e: str) -> float:
    """How well French stem ``f`` and English stem ``e`` match by spelling: 0
    (not cognates), else higher for a closer match (exact: 100)."""
    if f == e:
        return 100.0
    if len(f) == 4:
        return 4.0 if e in (f + "e", f + "at") else 0.0  # viol -> violat
    if len(e) < 5 or f[:4] != e[:4]:
        return 0.0
    p = _prefix(f, e)
    if p >= 5 and p >= 0.75 * min(len(f), len(e)) and p >= 0.6 * max(len(f), len(e)):
        return float(p)
    sim = Indel.normalized_similarity(f, e)
    return sim * 4.0 if sim >= 0.75 else 0.0


# French negative prefixes that English often spells un- (inacceptable: unacceptable)
NEGATIVE = ("in", "im")
# the French adverb ending (-ment, on the feminine adjective), English -ly
ADVERB = "ment"


class CognateMap:
    """Maps French stems onto the English stems of a run (``vocab``): the same
    stem, else a cognate by spelling, else a translation from the French-English
    dictionary (``lexicon.translations`` of the word the stem was read from,
    first listed sense first) that is a word of the run. ``syn`` folds the
    run's synonyms; ``stem`` is the English stemmer."""

    def __init__(self, vocab: set[str], syn: dict[str, str], stem=None):
        self.syn = syn
        self.stem = stem
        self.targets: dict[str, str] = {w: w for w in vocab}
        for k, v in syn.items():
            self.targets.setdefault(k, v)
        self.by4: dict[str, list[str]] = defaultdict(list)
        for w in sorted(self.targets):
            if len(w) >= 4 and not w[0].isdigit():
                self.by4[w[:4]].append(w)
        self.cache: dict[str, str] = {}

    def __call__(self, f: str) -> str:
        hit = self.cache.get(f)
        if hit is not None:
            return hit
        out = self.targets.get(f)
        if out is None:
            out = self._cognate(f)
            if out is None and f[:2] in NEGATIVE and len(f) >= 7:
                # French in-/im- where English says un-: inacceptable, instable, inégal
                out = self._cognate("un" + f[2:])
            if out is None:
                out = self._translated(f)
        self.cache[f] = out
        return out

    def _cognate(self, f: str) -> str | None:
        """The run's English stem closest to ``f`` by spelling (``cognate``), or None."""
        best = None
        for e in self.by4.get(f[:4], ()):
            c = cognate(f, e)
            if c and (best is None or (-c, abs(len(e) - len(f)), e) < best[0]):
                best = ((-c, abs(len(e) - len(f)), e), e)
        return self.targets[best[1]] if best else None

    def _translated(self, f: str) -> str:
        """The first dictionary translation of the word behind stem ``f`` that the
        run holds; else the first French synonym (French thesaurus) whose stem
        the run holds or that has such a translation."""
        word = SURFACE.get(f)
        if word is None or self.stem is None:
            return f
        from pipeline.lexicon import first_sense_synonyms, translations

        hit = self._english(word, translations)
        if hit is not None:
            return hit
        if word.endswith(ADVERB) and len(word) >= 8:
            # an adverb the dictionary lacks is read as its adjective (fermement: ferme, firm)
            hit = self._english(word[: -len(ADVERB)], translations)
            if hit is not None:
                return hit
        for syn in first_sense_synonyms(word, "fr"):
            st = fr_stem(fold(syn))
            if st in self.targets:
                return self.targets[st]
        return f

    def _english(self, word: str, translations) -> str | None:
        for e in translations(word, "fr"):
            st = self.stem(e)
            if st in self.targets:
                return self.targets[st]
        return None
