"""Similarity of two quotes, on their English renderings (and, for translated
quotes, on their original words too), from their ``similarity.Features``.

``Scorer.score`` of two quotes, in [0, 1]:

* hard gates: never within one document, never two different known speakers
  (organisation and outlet speakers, ``organisations``, are a weaker kind:
  two different ones conflict, while one and a person conflict only for a
  quote of fewer than ``min_tokens`` content words, since "the Kremlin said"
  and "Peskov said" may report the same words; but never a person the
  articles place in a state or body and an organisation that is none of
  those, ``similarity.other_sides``), never more than ``max_days``
  apart, at least two shared content words (one when the shorter has one,
  three when it has four or more); a shorter quote of fewer than
  ``min_tokens`` content words must have them in a row (in any order) in the
  other (a one-content-word quote of more than
  two words must appear word for word, unless both name the same speaker; a
  one-content-word quote matches on that word or its cognate, never on a
  synonym);
* a quote of one content word is read with its sentence (``Quote.context``,
  its lowercase content words outside the quote; French ones mapped onto
  English stems by spelling): at least one of them must be in the other quote
  (or in its sentence), and with two or more it may match on a synonym;
* ``token_weight`` x IDF-weighted token containment (shared weight / weight of
  the smaller, at least ``min_share``) + the rest x character ``ngram``
  containment of the stemmed content strings, so a partial quote scores as
  high as a full relay;
* for a translated quote with an original view (``cognates.py``: its original
  words mapped onto English stems by spelling), the same measure is also taken
  between that view (alone, and joined with the translation's words) and the
  other quote (an English one; between two translated quotes: original against
  original), times ``original_weight``; the best of the measures counts;
* ``speaker_bonus`` for the same known speaker (or the same organisation, when
  neither names a person), ``entity_bonus`` for a shared capitalised name or
  number; the sum is capped at 1 (``Scorer.raw`` keeps it uncapped: a short
  part of two statements scores 1 with both, and the bonuses tell them apart).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from pipeline.align.cognates import CognateMap
from pipeline.align.shared import Pool
from pipeline.align.similarity import _EMPTY, ONE_WORD_AGREE, Features, View, _pair_keys, grams_of, speakers_apart
from pipeline.align.words import STOPWORDS, stem
from pipeline.config import AlignConfig
from pipeline.lexicon import information


def _in_a_row(short: str, long_: str) -> bool:
    """Whether the words of ``short`` are next to each other in ``long_``, in any
    order (French puts most adjectives after the noun: coopération trilatérale)."""
    want = sorted(short.split())
    words = long_.split()
    n = len(want)
    if n < 2 or n > 4:
        return False
    first = set(want)
    for i in range(len(words) - n + 1):
        if words[i] in first and sorted(words[i : i + n]) == want:
            return True
    return False


def _surface(v: Any) -> set[str]:
    """The stems of a view's words before synonyms are folded (an original
    view's words are cognates already)."""
    if v.kind == 1:
        return set(v.cstr.split())
    out = {stem(w) for w in v.norm.split()}
    if v.kind == 2:
        out.update(v.ocstr.split())
    return out


def _same_word(short: Any, long_: Any) -> bool:
    """A quote of one content word matches on that word itself (or its cognate),
    not on a synonym: one word is too little for a paraphrase."""
    if short.kind:  # an original view: its word is a cognate already
        return True
    word = {stem(w) for w in short.norm.split() if w not in STOPWORDS}
    return bool(word & _surface(long_))


def _view_pairs(a: Features, b: Features) -> tuple:
    """The second views to compare besides the two renderings. A translated
    quote's original (``o``, and ``u`` with its translation) against an English
    quote, or against the other original; an English quote's back-translation
    only against an original (two back-translations say nothing new)."""
    a_orig = a.o is not None and not a.back
    b_orig = b.o is not None and not b.back
    if a_orig and b_orig:
        return ((a.o, b.o),)
    if a_orig:
        return ((a.o, b.o), (a.o, b), (a.u, b)) if b.o is not None else ((a.o, b), (a.u, b))
    if b_orig:
        return ((a.o, b.o), (a, b.o), (a, b.u)) if a.o is not None else ((a, b.o), (a, b.u))
    return ()


# a synonym is weaker evidence of the same words than the word itself: the share
# of the word's weight it counts for
SYNONYM_SHARE = 0.5


class Scorer:
    """Vocabulary, IDF, lookup keys and the similarity of quotes of one run."""

    GRAM_CACHE = 4_000  # character n-gram sets kept for re-scored quotes (bounded memory)

    def __init__(self, feats: list[Features], cfg: AlignConfig, syn: dict[str, str],
                 surface: dict[str, str] | None = None, near: dict[str, set[str]] | None = None,
                 parts: int = 0):
        self.f = feats
        self.cfg = cfg
        # the last ``parts`` features are sentences of longer quotes (``parts.py``):
        # scored, never clustered nor counted in the word statistics
        self.n = len(feats) - parts
        # words an engine left untranslated are French, not targets for French words
        tvocab: set[str] = set()
        for f in feats:
            if f.left:
                skip = {i for i, _ in f.left}
                tvocab.update(w for i, w in enumerate(f.seq) if i not in skip)
            else:
                tvocab.update(f.seq)
        if any(f.orig or f.left or (f.ctx and f.ctx[1]) for f in feats):
            # English sentences' words are targets too: a French sentence agrees with them
            ctx_en = {w for f in feats if f.ctx and not f.ctx[1] for w in f.ctx[0]}
            cmap = CognateMap(tvocab | ctx_en, syn, stem)
            for f in feats:
                if f.orig:
                    f.orig = [cmap(w) for w in f.orig]
                if f.ctx and f.ctx[1]:
                    f.ctx = ([cmap(w) for w in f.ctx[0]], True)
                if f.left:
                    # an untranslated word reads as its English cognate (or stays as it is)
                    seq = list(f.seq)
                    for i, fs in f.left:
                        got = cmap(fs)
                        if got != fs:
                            seq[i] = got
                    f.seq, f.cstr, f.left = tuple(seq), " ".join(seq), None
                    tvocab.update(seq)
        # word ids in sorted order of the words: results do not depend on input order
        vocab = sorted(tvocab.union(*(f.orig for f in feats if f.orig)))
        ids = {w: i for i, w in enumerate(vocab)}
        extra: dict[str, int] = {}  # context words no quote holds: ids after the vocabulary
        for f in feats:
            if f.ctx:
                got = frozenset(ids.get(w, -1) if w in ids else extra.setdefault(w, len(vocab) + len(extra))
                                for w in f.ctx[0])
                f.ctx = got or None
        df: Counter[int] = Counter()
        share = Pool()  # quotes with the same words hold one copy of what is derived from them
        for i, f in enumerate(feats):
            f.idx = i
            f.seq = share(tuple(ids[w] for w in f.seq))
            f.tset = share(frozenset(f.seq)) or _EMPTY
            f.allset = f.tset
            if f.orig:
                f.allset = share(f.tset | frozenset(ids[w] for w in f.orig))
            if f.ctx:
                f.ctx = share((f.ctx - f.allset) or None)
            if i < self.n:
                df.update(f.allset)
                df.update(_pair_keys(f.seq))  # word pairs are not kept: read again from seq
        big_n = max(self.n, cfg.idf_floor)
        idf = [0.0] * len(vocab)
        surface = surface or {}
        for t, w in enumerate(vocab):
            # rarity in this run times rarity in the language (wordfreq): a small
            # run cannot tell "cooperation" from "very" by its own counts
            word = surface.get(w)
            info = information(word) if word else 1.0
            idf[t] = (math.log((big_n + 1) / (df[t] + 1)) + 1.0) * info
        self.idf = idf
        # synonym pairs not folded into one word (``words.synonym_map``), by word id
        self.near: dict[int, frozenset[int]] = {}
        for w, got in (near or {}).items():
            t = ids.get(w)
            if t is not None:
                got_ids = frozenset(ids[o] for o in got if o in ids)
                if got_ids:
                    self.near[t] = got_ids
        self.words = vocab if self.near else None
        weights = Pool()  # equal word sets weigh the same: one float object
        for f in feats:
            f.weight = weights(sum(idf[t] for t in f.tset))
            if f.orig:
                oset = share(frozenset(ids[w] for w in f.orig))
                ocstr = share(" ".join(f.orig))
                f.o = View(oset, weights(sum(idf[t] for t in oset)), ocstr, f.onorm, f.onorm.count(" ") + 1, 1)
                f.uw = weights(sum(idf[t] for t in f.allset))  # the union view's weight (``Features.u``)
                f.orig, f.onorm = None, ""  # kept by the views
            uni = sorted((df[t], t) for t in f.allset if df[t] >= 2)
            pairs = sorted((df[p], p) for p in _pair_keys(f.seq) if df[p] >= 2)
            f.keys = share((*(t for _, t in uni[: cfg.max_keys]), *(p for _, p in pairs[: cfg.max_pair_keys])))
        # the index reads only the counts of keys two quotes or more hold (most
        # word pairs are one quote's): the others are let go
        self.df = Counter({k: n for k, n in df.items() if n >= 2})
        del df
        self.gcache: dict[str, frozenset[str]] = {}  # content string -> its n-grams
        self.part = False  # set by score: the first quote is a part of the second (min_containment)
        self.raw = 0.0  # set by score: the similarity before it is capped at 1 (bonuses included)
        self.agree = 0  # set by score: context words of the shorter quote the other one holds
        self.ctx_known = False  # set by score: whether the shorter quote has a sentence to agree with

    def grams(self, i: int, kind: int = 0) -> frozenset[str]:
        """Character n-grams of quote ``i``'s view ``kind`` (cached by wording, bounded)."""
        if kind == 2:  # original + translation: not kept
            return self.grams(i, 0) | self.grams(i, 1)
        f = self.f[i]
        cstr = (f.o if kind else f).cstr
        g = self.gcache.get(cstr)
        if g is None:
            g = grams_of(cstr, self.cfg.ngram)
            if len(self.gcache) >= self.GRAM_CACHE:
                del self.gcache[next(iter(self.gcache))]
            self.gcache[cstr] = g
        return g

    def score(self, a: Features, ga: frozenset[str], j: int) -> float:
        """Similarity of quote ``a`` (its n-grams ``ga``) and quote number ``j``."""
        cfg = self.cfg
        b = self.f[j]
        self.part = False
        self.raw = 0.0
        if a.doc == b.doc:
            return 0.0
        # two speakers: two persons, two organisations, a person of another state or body
        # ("Russian President X" and China), and for a quote of fewer than min_tokens content
        # words (a short phrase is too common) a person and a body she is not the voice of
        if (a.spk or a.org) and (b.spk or b.org) \
                and speakers_apart(a, b, min(len(a.tset), len(b.tset)) < cfg.min_tokens):
            return 0.0
        if a.date is not None and b.date is not None and abs(a.date - b.date) > cfg.max_days:
            return 0.0
        # a short quote's meaning is in its sentence: some of the sentence's words
        # must be in the other quote (or in its own sentence)
        short, other = (a, b) if len(a.tset) <= len(b.tset) else (b, a)
        self.agree = 0
        self.ctx_known = short.ctx is not None
        if short.ctx is not None:
            self.agree = len(short.ctx & (other.allset | other.ctx if other.ctx else other.allset))
            if not self.agree:
                return 0.0
        same = bool(a.spk and a.spk == b.spk) or bool(a.org and a.org == b.org and not (a.spk or b.spk))
        # synonyms only where a machine translation chose the words (``_synonyms``)
        mt = (a.o is not None and not a.back) or (b.o is not None and not b.back)
        s = self._views(a, b, ga, self.grams(j), same, mt) if a.tset & b.tset else 0.0
        if (a.o is not None or b.o is not None) and cfg.original_weight > 0:
            for va, vb in _view_pairs(a, b):
                if va.tset & vb.tset:
                    gva = ga if va is a else self.grams(a.idx, va.kind)
                    v = cfg.original_weight * self._views(va, vb, gva, self.grams(j, vb.kind), same, mt)
                    if v > s:
                        s = v
        if s <= 0.0:
            return 0.0
        if same:
            s += cfg.speaker_bonus
        if (a.names & b.names) or (a.nums & b.nums):
            s += cfg.entity_bonus
        self.raw = s
        return min(1.0, s)

    def _views(self, a: Any, b: Any, ga: frozenset[str], gb: frozenset[str], same: bool, mt: bool = False) -> float:
        """Token and character containment of two views (0 when a gate fails);
        ``mt``: one of the two quotes is a machine translation (synonyms count)."""
        cfg = self.cfg
        shared = a.tset & b.tset
        short, long_ = (a, b) if (len(a.tset), a.weight) <= (len(b.tset), b.weight) else (b, a)
        ns = len(short.tset)
        cstr = short.cstr
        extra, swap = 0.0, {}
        if mt and self.near and len(shared) < ns and shared:
            # a word of the shorter quote with a synonym in the other that neither
            # holds itself counts as shared (pair by pair, each word once)
            extra, swap = self._synonyms(short, long_, shared)
            if swap:
                cstr = " ".join(swap.get(w, w) for w in cstr.split())
        nshared = len(shared) + len(swap)
        if nshared < min(2, ns) or (ns >= 4 and nshared < 3):
            return 0.0
        if ns < cfg.min_tokens:
            # a short quote must appear in the other: its content words in a row;
            # with one content word, it must be (nearly) one word or appear word
            # for word, stopwords included, unless both name the same speaker
            if f" {cstr} " not in f" {long_.cstr} " and not _in_a_row(cstr, long_.cstr):
                return 0.0
            if ns == 1:
                if short.nwords > 2 and not same and f" {short.norm} " not in f" {long_.norm} ":
                    return 0.0
                if not _same_word(short, long_) and self.agree < 2:
                    # a synonym only where the sentences agree
                    return 0.0
                if not same and (self.agree < ONE_WORD_AGREE if self.ctx_known else short.nwords < 2):
                    # one word with nobody named for it on both sides: its sentence must agree
                    # more; a bare word standing alone ("Consequences" as a subheading) has no
                    # sentence to agree with, and is too little to link by
                    return 0.0
        idf = self.idf
        cont = (sum(idf[t] for t in shared) + extra) / min(a.weight, b.weight)
        if cont < cfg.min_share:
            return 0.0
        if short is a and cont >= cfg.part_containment:
            self.part = True
        char = len(ga & gb) / min(len(ga), len(gb))
        return cfg.token_weight * cont + (1.0 - cfg.token_weight) * char

    def _synonyms(self, short: Any, long_: Any, shared: frozenset[int]) -> tuple[float, dict[str, str]]:
        """The IDF weight of ``short``'s words that only a synonym in ``long_``
        matches, and their spelling in ``long_`` (for the words-in-a-row test)."""
        near, idf, words = self.near, self.idf, self.words
        free = set(long_.tset - shared)
        weight, swap = 0.0, {}
        for t in sorted(short.tset - shared):
            got = near.get(t)
            if got is None:
                continue
            hit = got & free
            if hit:
                o = min(hit)
                free.discard(o)
                weight += SYNONYM_SHARE * min(idf[t], idf[o])
                swap[words[t]] = words[o]
        return weight, swap
