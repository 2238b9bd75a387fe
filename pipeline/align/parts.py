"""Sentences of a long quote that other outlets quote on their own.

One outlet quotes a statement at length ("One year later, Kyiv stands. And
Ukraine stands. Democracy stands."); others quote its first sentence, or its
last two, and different translations of one sentence rarely share a run of
six words (``statements.shares_run``). Clustered by their words, the short
versions form one cluster per part, and the long quote joins one of them:
the statement is split though one quote holds both parts.

``sentence_parts`` cuts a quote of two to ``MAX_SENTENCES`` sentences into
parts at its sentence ends: each sentence, each run of sentences from the
first, and each run to the last. The aligner scores each part (not clustered,
not counted in the word statistics) against the clusters its words point
to, as it scores a quote; a part of a named speaker's quote that matches
another cluster's version of about its length (``SPAN``, at ``MIN_SCORE``),
or one up to ``LONG_SPAN`` times as long at a near-certain score (``SURE``),
bridges its quote's cluster and that one (``merge.merge_clusters``: the
speaker and date constraints still hold). A short sentence is found by chance
in long quotes, and the words of nobody's quote in anybody's: neither bridges.
The long quote is the evidence that the two are one statement, which is
also how a reader tells it: a quote that spans both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from pipeline.align.merge import compatible
from pipeline.data import Quote

MIN_SCORE = 0.7  # least score of a part against the other version (above the threshold a quote joins at)
SPAN = 1.5  # content words the version a part matches may have, at most, per content word of the part (+ 1)
LONG_SPAN, SURE = 3, 0.9  # ... or this many, at this score
MAX_SENTENCES = 8  # a longer quote is a speech: its parts are not cut (cost stays linear)

# a sentence ends at . ! ? or … (closing marks and brackets may follow) before a
# space and an upper-case letter, a digit or an opening mark: "Kyiv stands. And"
_END = re.compile(r"(?<=[.!?…])([\"'”’»)\]]*)\s+(?=[\"“«‘(\[]?[\dA-ZÀ-ÖØ-Þ])")
# a single letter, "Mr", "Dr", "St" or "No" before the point is an initial or an abbreviation
_ABBREV = re.compile(r"(?:\b\w|\b(?:[MDS][rt]s?|No|Mme|Mlle|M|Gen|Sen|Rep|Gov|Pres|Sgt|Lt|Col|Jr|Sr|U\.S))\.$")


def sentences(text: str) -> list[str]:
    """``text`` cut at its sentence ends (spaces kept off both sides)."""
    out: list[str] = []
    start = 0
    for m in _END.finditer(text):
        if _ABBREV.search(text[start:m.start()]):
            continue
        out.append(text[start:m.end(1)].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def _windows(sents: list[str]) -> list[tuple[int, int]]:
    """Each sentence alone, each run from the first and each run to the last
    (proper parts only), as (first, last + 1)."""
    n = len(sents)
    got = {(k, k + 1) for k in range(n)}
    got.update((0, k) for k in range(2, n))
    got.update((k, n) for k in range(1, n - 1))
    return sorted(got)


def sentence_parts(q: Quote) -> list[Quote]:
    """The parts of ``q`` at its sentence ends (module docstring): quotes of
    the same document, speaker and language. A translated quote is cut in its
    translation, and in its original too when both have as many sentences
    (each part then keeps its original); otherwise its parts are the
    translation's, read as written in the target language. None for a quote
    of one sentence or of more than ``MAX_SENTENCES``."""
    shown = q.translation if q.translation else q.text
    if not shown:
        return []
    tr = sentences(shown)
    if not 2 <= len(tr) <= MAX_SENTENCES:
        return []
    orig = sentences(q.text) if q.translation and q.translation != q.text else None
    paired = orig is not None and len(orig) == len(tr)
    parts = []
    for a, b in _windows(tr):
        rendering = " ".join(tr[a:b])
        if paired:
            parts.append(replace(q, text=" ".join(orig[a:b]), translation=rendering, context=None,
                                 back_translation=None))
        elif orig is not None:
            parts.append(replace(q, lang=None, text=rendering, translation=None, context=None, back_translation=None))
        else:
            parts.append(replace(q, text=rendering, translation=q.translation and rendering, context=None,
                                 back_translation=None))
    return parts


def part_bridges(sc: Any, lookup: Callable[[Any], list[tuple[int, int]]], order: Any, assign: Any,
                 state: tuple) -> set[tuple[int, int]]:
    """The cluster pairs (smaller first) that a part of a quote bridges: the
    quote's own cluster and another that the part matches as a quote would
    (the longest version, or a member of another document when that one is
    of the part's own document, at the threshold), under the cluster
    constraints (one speaker, one organisation, ``max_days``). ``sc``: the
    aligner (``clusters._Aligner``), whose features after ``sc.n`` are the
    parts of the quotes ``sc.part_of`` names; ``lookup``: a feature -> the
    earlier quotes sharing its keys (-keys shared, rank); ``order``: rank ->
    quote; ``assign``: quote -> cluster; ``state``: the clusters' state
    (``merge.merge_clusters``)."""
    leader = state[1]
    cfg = sc.cfg
    feats = sc.f
    out: set[tuple[int, int]] = set()
    for k, parent in enumerate(sc.part_of):
        i = sc.n + k
        f = feats[i]
        # a part of nobody's quote matches on its words alone: different speakers say similar things
        if len(f.tset) < cfg.min_tokens or not f.keys or not (f.spk or f.org):
            continue
        a = assign[parent]
        thr = max(cfg.threshold, MIN_SCORE)
        tried: dict[int, list[int]] = {}
        for _, r in lookup(f):
            m = order[r]
            c = assign[m]
            if c == a or feats[m].doc == f.doc:
                continue
            got = tried.get(c)
            if got is None:
                if len(tried) >= cfg.max_candidates:
                    continue
                got = tried[c] = []
            if len(got) < 2:
                got.append(m)
        if not tried:
            continue
        ga = sc.grams(i)
        for c, ms in tried.items():
            if not compatible(state, a, c, cfg.max_days):
                continue
            li = leader[c]
            against = [li] if feats[li].doc != f.doc else ms
            # the other version is of the part's sentences, not a longer passage
            # that holds them (a short sentence is found in many long quotes), nor a
            # phrase too short to tell which sentence it was picked from
            # (a longer one, up to LONG_SPAN, only at a near-certain score)
            n = len(f.tset)
            if any(cfg.min_tokens <= len(feats[m].tset) <= LONG_SPAN * n + 1 and _matches(sc, f, ga, m, thr, n)
                   for m in against):
                out.add((a, c) if a < c else (c, a))
    return out


def _matches(sc: Any, f: Any, ga: frozenset, m: int, thr: float, n: int) -> bool:
    """Does part ``f`` (``n`` content words) match quote ``m`` well enough for
    its length: at ``thr`` within ``SPAN``, at ``SURE`` beyond."""
    s = sc.score(f, ga, m)
    return s >= max(SURE, thr) or (s >= thr and len(sc.f[m].tset) <= SPAN * n + 1)

