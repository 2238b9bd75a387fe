"""One wording, one cluster: quotes of the very same words in other clusters
join the largest cluster that holds those words.

Two articles that quote the same run of words ("the courage to raise the white
flag") report one utterance, even when the clustering kept them apart: an
article named no speaker and the quote stayed below the bar for unattributed
words, or named the body the speaker speaks for, or another wording of its own
document held the cluster's place. The words compared are a quote's rendering
(its translation for a French quote, names folded) and, for a translated quote,
its original, so a French quote joins the English quote its translation reads
as word for word.

Guards, each a general fact rather than a tuning:
- at least ``MIN_CONTENT`` content words: one content word in a phrase
  ("the beginning") is a common phrase, not a statement;
- two different speakers named for the words keep them apart, as the scorer
  reads speakers for a short phrase (two persons, two bodies, a person and a
  body she does not speak for): two leaders may both call for an "Olympic
  truce", and ministries word statements from a common stock ("a violation of
  Security Council resolutions");
- the cluster's dates stay within ``max_days`` of the quote's;
- the quote's cluster follows it when every member fits the larger cluster
  (speakers, dates): what the quote was linked to is the same utterance;
  else the quote moves alone.

Cost: one dict of word strings, one pass over the quotes.
"""

from __future__ import annotations

from array import array

from pipeline.align.records import length_key, link_key
from pipeline.align.similarity import Features, speakers_apart

MIN_CONTENT = 2


def _keys(f: Features) -> tuple[str, ...]:
    if not f.norm or len(f.tset) < MIN_CONTENT:
        return ()
    if f.onorm and not f.back and f.onorm != f.norm:
        return (f.norm, f.onorm)
    return (f.norm,)


def join_wordings(feats: list[Features], groups: list[list[int]], max_days: int,
                  links: dict[int, float] | None = None) -> list[list[int]]:
    """Move each quote whose words (``_keys``) a larger cluster also holds, from
    another document, into that cluster, with its own cluster when all of it fits. ``groups``: member indices into
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
    alone: set[int] = set()  # ... moved without its cluster (its old links go)
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
            twin = next((j for j in twins if feats[j].doc != f.doc), None)
            if twin is None:
                continue
            held = _Summary(feats, out[target])
            if not held.fits(f, max_days):
                continue
            moved[i] = twin
            if all(held.fits(feats[j], max_days) for j in out[g]):
                for j in out[g]:
                    where[j] = target
                out[target].extend(out[g])
                out[g] = []
            else:
                alone.add(i)
                out[g].remove(i)
                out[g].sort(key=lambda j: length_key(feats[j]))
                out[target].append(i)
                where[i] = target
            out[target].sort(key=lambda j: length_key(feats[j]))
    if moved and links is not None:
        unit = link_key(1, 0)
        for k in [k for k in links if k // unit in alone or k % unit in alone]:
            del links[k]
        for i, j in moved.items():
            links[link_key(i, j)] = 1.0
    return [grp for grp in out if grp]


class _Summary:
    """A cluster's named speakers (one member for each) and its dates."""

    def __init__(self, feats: list[Features], members: list[int]):
        self.named: dict[tuple, Features] = {}
        days = []
        for j in members:
            m = feats[j]
            if m.spk or m.org:
                self.named.setdefault((m.spk, m.org), m)
            if m.date is not None:
                days.append(m.date)
        self.lo, self.hi = (min(days), max(days)) if days else (None, None)

    def fits(self, f: Features, max_days: int) -> bool:
        if (f.spk or f.org) and any(speakers_apart(f, m, short=True) for m in self.named.values()):
            return False
        return f.date is None or self.lo is None or max(self.hi, f.date) - min(self.lo, f.date) <= max_days
