"""Short fragments of one speaker's statement, left apart from it.

A quote of fewer than ``min_tokens`` content words ("a dictator", "extremely
wrong") is read with its sentence when it is scored (``scoring.py``), and two
outlets that pick the same words out of one long answer write different
sentences around them: the fragments form clusters of their own, or join a
statement whose sentence agrees by chance, though a fragment of a statement
reports that statement. ``join_fragments``, after clustering:

- a cluster of fragments only (each of ``MIN_WORDS`` to ``min_tokens`` - 1
  content words, or one word rare in English, ``rare_word``: "vassal",
  "followers", found inflected or not but never through a synonym or a
  translation, ``one_word_in``), whose members name one speaker (a person, or
  a body that person speaks for: ``roles.Roles.of_any``), moves into the one cluster of
  that person within ``max_days`` whose statement holds each of its wordings
  (content words in a row, ``contains``) in ``MIN_SOURCES`` documents or more;
- a short quote of a person in a cluster whose statement does not hold its
  words as written (``verbatim``) in ``MIN_SOURCES`` documents moves to the one
  cluster of that person whose statement does (``_rehome``).

Uniqueness is the guard: words the speaker said in two statements, clustered
apart, join neither; so is the number of documents: one outlet's long quote
may run over two statements that others quote apart.

Cost stays linear: the statements are indexed by speaker and content word, a
fragment reads the posting of its rarest word, and a posting of more than
``MAX_STATEMENTS`` clusters is not read (too common a word to tell).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline.align.scoring import _in_a_row
from pipeline.align.similarity import Features
from pipeline.align.statements import verbatim, within
from pipeline.align.words import STOPWORDS, normalize, stem
from pipeline.lexicon import zipf

# content words a fragment needs: one word is too little to tell which statement
# it was picked from (``statements.one_wording``)
MIN_WORDS = 2
# documents whose long version of the statement must hold the fragment: one
# outlet's long quote may run over two statements that others quote apart
MIN_SOURCES = 2
MAX_STATEMENTS = 16  # clusters of one speaker holding a word that a fragment compares with
# ... but one word rarer than this in English (wordfreq Zipf) does tell: "vassal",
# "followers", "dictator", not "friend", "information", "never"
RARE_ZIPF = 4.5
ONE_WORD_SOURCES = 2  # documents whose long version must hold a one-word fragment


def rare_word(f: Features) -> bool:
    """Is ``f`` one content word that is rare in English (``RARE_ZIPF``)?"""
    words = [w for w in normalize(f.rendering) if w not in STOPWORDS]
    return len(f.tset) == 1 and len(words) == 1 and zipf(words[0], "en") < RARE_ZIPF


def _has_run(part: str, whole: str) -> bool:
    """``part``'s words in a row in ``whole`` (any order for two to four)."""
    return bool(part) and (within(part, whole) or _in_a_row(part, whole))


def contains(part: Features, whole: Features) -> bool:
    """Whether the content words of ``part`` stand in a row in ``whole``: on
    the English renderings, the originals, or one's original against the
    other's rendering (both mapped onto English stems)."""
    if _has_run(part.cstr, whole.cstr):
        return True
    po, wo = part.o, whole.o
    if po is not None:
        if _has_run(po.cstr, whole.cstr) or (wo is not None and _has_run(po.cstr, wo.cstr)):
            return True
    return wo is not None and _has_run(part.cstr, wo.cstr)


def one_word_in(part: Features, whole: Features) -> bool:
    """Does the one content word of ``part`` stand in ``whole``, inflected or not
    ("follower" in "... to be followers ..."), rendering against rendering or
    original against original? Not through a synonym or a translation of the
    other's words: one word matched that way (« ami » read as "ally") says too little."""
    for a, b in ((part.norm, whole.norm), (part.onorm, whole.onorm)):
        words = [w for w in a.split() if w not in STOPWORDS]
        if len(words) == 1 and stem(words[0]) in {stem(w) for w in b.split()}:
            return True
    return False


def _span(feats: list[Features], grp: list[int]) -> tuple[int | None, int | None]:
    dates = [feats[i].date for i in grp if feats[i].date is not None]
    return (min(dates), max(dates)) if dates else (None, None)


def join_fragments(feats: list[Features], idf: list[float], groups: list[list[int]],
                   min_tokens: int, max_days: int,
                   speaks_for: Callable[[str], Iterable[str]] = lambda _: ()) -> list[list[int]]:
    """Move each cluster made only of short fragments of one speaker into the
    one cluster of that speaker whose statement holds them (module docstring).
    ``speaks_for``: a person speaker -> the bodies the articles say it speaks
    for (``roles.Roles.of_any``)."""
    # statements: clusters with one person speaker and a quote of min_tokens content words or more
    index: dict[tuple[str, int], list[int]] = {}
    spk_of: dict[int, str] = {}
    long_of: dict[int, list[int]] = {}
    frags: list[tuple[int, str | None, str | None]] = []
    for g, grp in enumerate(groups):
        spks = {feats[i].spk for i in grp if feats[i].spk}
        orgs = {feats[i].org for i in grp if feats[i].org}
        if all(len(feats[i].tset) < min_tokens for i in grp):
            if any(len(feats[i].tset) < MIN_WORDS and not rare_word(feats[i]) for i in grp):
                continue
            if len(spks) + len(orgs) == 1:
                frags.append((g, next(iter(spks), None), next(iter(orgs), None)))
            continue
        if len(spks) != 1:
            continue
        spk = next(iter(spks))
        longs = [i for i in grp if len(feats[i].tset) >= min_tokens]
        spk_of[g] = spk
        long_of[g] = longs
        for t in {t for i in longs for t in feats[i].allset}:
            index.setdefault((spk, t), []).append(g)
    if not index:
        return groups
    by_org: dict[str, set[str]] = {}  # organisation -> the persons who speak for it
    for spk in set(spk_of.values()):
        for o in speaks_for(spk):
            by_org.setdefault(o, set()).add(spk)
    out = list(groups)
    spans: dict[int, tuple[int | None, int | None]] = {}  # statement -> its first and last date, worked out once
    for g, spk, org in frags:
        grp = groups[g]
        persons = [spk] if spk else sorted(by_org.get(org, ()))
        lo, hi = _span(feats, grp)
        # the fragment's distinct wordings, the rarest word of the first as the lookup key
        wordings = list({feats[i].cstr: i for i in grp}.values())
        key = max(feats[wordings[0]].tset, key=lambda t: idf[t])
        # (one word must stand as written, not through a translation of the other's words)
        one_word = any(len(feats[w].tset) < MIN_WORDS for w in wordings)
        held, sources = (one_word_in, ONE_WORD_SOURCES) if one_word else (contains, MIN_SOURCES)
        found: list[int] = []
        for person in persons:
            posting = index.get((person, key), [])
            if len(posting) > MAX_STATEMENTS:
                found = found + [-1, -1]  # too common a word: not told apart
                break
            for c in posting:
                if c not in spans:
                    spans[c] = _span(feats, groups[c])
                clo, chi = spans[c]
                if lo is not None and clo is not None and max(hi, chi) - min(lo, clo) > max_days:
                    continue
                if all(len({feats[m].doc for m in long_of[c] if held(feats[w], feats[m])}) >= sources
                       for w in wordings):
                    found.append(c)
            if len(found) > 1:
                break
        if len(found) != 1:
            continue
        c = found[0]
        out[c] = [*out[c], *out[g]]
        out[g] = []
    _rehome(feats, idf, out, spk_of, long_of, index, min_tokens, max_days)
    return [g for g in out if g]


def _rehome(feats: list[Features], idf: list[float], out: list[list[int]], spk_of: dict[int, str],
            long_of: dict[int, list[int]], index: dict[tuple[str, int], list[int]],
            min_tokens: int, max_days: int) -> None:
    """A short quote of a person in a cluster none of whose statements holds
    its words as written in two documents moves to the one cluster of that
    person (within ``max_days``) whose statement does: "dictator", joined by
    the words of its sentence to a statement that says "dictators", was picked
    from the statement that two outlets or more quote with "dictator" in it."""
    def sources(i: int, c: int) -> int:
        return len({feats[m].doc for m in long_of[c] if verbatim(feats[i], feats[m])})

    spans: dict[int, tuple[int | None, int | None]] = {}  # cluster -> its dates, worked out again when it changes

    for g, spk in spk_of.items():
        for i in [i for i in out[g] if 0 < len(feats[i].tset) < min_tokens and feats[i].spk == spk]:
            if sources(i, g) >= MIN_SOURCES:
                continue
            key = max(feats[i].tset, key=lambda t: idf[t])
            posting = index.get((spk, key), [])
            if len(posting) > MAX_STATEMENTS:
                continue
            d = feats[i].date
            found = []
            for c in posting:
                if c == g:
                    continue
                if c not in spans:
                    spans[c] = _span(feats, out[c])
                lo, hi = spans[c]
                if d is not None and lo is not None and max(hi, d) - min(lo, d) > max_days:
                    continue
                if sources(i, c) >= MIN_SOURCES:
                    found.append(c)
            if len(found) == 1:
                out[g] = [j for j in out[g] if j != i]
                out[found[0]] = [*out[found[0]], i]
                spans.pop(g, None)
                spans.pop(found[0], None)
