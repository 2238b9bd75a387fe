"""One wording, one cluster: quotes of the very same words in other clusters
join the largest cluster that holds those words.

Two articles that quote the same run of words ("the courage to raise the white
flag") report one utterance, even when the clustering kept them apart: one
article named another speaker (a minister answering the words he repeats), or
named none and the quote stayed below the bar for unattributed words. The words
compared are a quote's rendering (its translation for a French quote, names
folded) and, for a translated quote, its original, so a French quote joins the
English quote its translation reads as word for word.

Guards, each a general fact rather than a tuning:
- at least ``MIN_CONTENT`` content words: one content word in a phrase
  ("the beginning") is a common phrase, not a statement;
- below ``FREE_CONTENT`` content words, two different speakers named for the
  words keep them apart, as the scorer reads speakers (two leaders may both
  call for an "Olympic truce");
  a longer run of the same words is one person repeating the other, or an
  article naming the wrong one;
- two different bodies keep the words apart at any length: ministries and
  governments word their statements from the same stock ("a violation of
  Security Council resolutions");
- the cluster's dates stay within ``max_days`` of the quote's;
- a quote moves alone, not its cluster: what else it was linked to stays.

Cost: one dict of word strings, one pass over the quotes.
"""

from __future__ import annotations

from array import array

from pipeline.align.records import length_key, link_key
from pipeline.align.similarity import Features, other_sides

MIN_CONTENT = 2
FREE_CONTENT = 5


def _keys(f: Features) -> tuple[str, ...]:
    if not f.norm or len(f.tset) < MIN_CONTENT:
        return ()
    if f.onorm and not f.back and f.onorm != f.norm:
        return (f.norm, f.onorm)
    return (f.norm,)


def join_wordings(feats: list[Features], groups: list[list[int]], max_days: int,
                  links: dict[int, float] | None = None) -> list[list[int]]:
    """Move each quote whose words (``_keys``) a larger cluster also holds, from
    another document, into that cluster. ``groups``: member indices into
    ``feats``, the longest version first (kept so). ``links``: the join scores
    keyed by ``records.link_key``; a moved quote's links go and its link to the
    quote of the same words is recorded instead (score 1)."""
    where = array("l", [0]) * len(feats)
    for g, grp in enumerate(groups):
        for i in grp:
            where[i] = g
    by_words: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        for key in _keys(f):
            by_words.setdefault(key, []).append(i)
    out = [list(grp) for grp in groups]
    moved: dict[int, int] = {}  # quote -> the quote of the same words it joined
    for key in sorted(k for k, ids in by_words.items() if len(ids) > 1):
        ids = by_words[key]
        if len({where[i] for i in ids}) < 2 or len({feats[i].doc for i in ids}) < 2:
            continue
        target = max({where[i] for i in ids}, key=lambda g: (len(out[g]), -g))
        twins = [j for j in ids if where[j] == target]
        for i in ids:
            g = where[i]
            if g == target or i in moved:
                continue
            f = feats[i]
            if not any(feats[j].doc != f.doc for j in twins):
                continue
            if not _fits(f, [feats[j] for j in out[target]], max_days):
                continue
            out[g].remove(i)
            if out[g]:
                out[g].sort(key=lambda j: length_key(feats[j]))
            out[target].append(i)
            where[i] = target
            moved[i] = next(j for j in twins if feats[j].doc != f.doc)
    if moved and links is not None:
        unit = link_key(1, 0)
        for k in [k for k in links if k // unit in moved or k % unit in moved]:
            del links[k]
        for i, j in moved.items():
            links[link_key(i, j)] = 1.0
    return [grp for grp in out if grp]


def _fits(f: Features, members: list[Features], max_days: int) -> bool:
    long = len(f.tset) >= FREE_CONTENT
    if any(_apart(f, m, long) for m in members):
        return False
    if f.date is not None:
        days = [m.date for m in members if m.date is not None]
        if days and max(max(days), f.date) - min(min(days), f.date) > max_days:
            return False
    return True


def _apart(a: Features, b: Features, long: bool) -> bool:
    """Two speakers named for the words, as the scorer reads them: two bodies,
    a person and a body of another state, or (for a short phrase) two persons,
    or a person and a body she does not speak for."""
    if a.org and b.org:
        return a.org != b.org
    if other_sides(a, b):
        return True
    if long:
        return False
    if a.spk and b.spk:
        return a.spk != b.spk
    person, org = (a, b.org) if a.spk else (b, a.org)
    return bool(person.spk and org) and org not in person.aff
