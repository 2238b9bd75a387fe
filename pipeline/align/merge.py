"""The last stage of clustering (``clusters._Aligner``): merge two clusters
that split one utterance, and the per-cluster state both stages share.

A cluster's members (``members``) and documents (``c_docs``: document -> its
quote in the cluster) are kept as a list and a dict only once the cluster has
a second member: a cluster of one quote (most of them) is read from its
leader (None in both), with no list or dict of its own.
"""

from __future__ import annotations

from typing import Any

from pipeline.align.records import length_key, link_key
from pipeline.align.statements import one_wording

MERGE_SAMPLE = 6  # members of each side scored when two clusters may merge


def docs_of(c_docs: list, leader: Any, feats: list, c: int) -> dict[str, int]:
    """Cluster ``c``'s documents, each with its quote in the cluster (a new
    dict for a cluster of one quote: read, not kept)."""
    got = c_docs[c]
    if got is None:
        li = leader[c]
        return {feats[li].doc: li}
    return got


def held_quote(c_docs: list, leader: Any, feats: list, c: int, doc: str) -> int | None:
    """The quote of document ``doc`` in cluster ``c``, or None."""
    got = c_docs[c]
    if got is None:
        li = leader[c]
        return li if feats[li].doc == doc else None
    return got.get(doc)


def add_doc(c_docs: list, leader: Any, feats: list, c: int, doc: str, i: int) -> None:
    """Record quote ``i`` of document ``doc`` in cluster ``c`` (the first
    quote of a document stays the one recorded)."""
    got = c_docs[c]
    if got is None:
        got = c_docs[c] = docs_of(c_docs, leader, feats, c)
    got.setdefault(doc, i)


def compatible(state: tuple, a: int, b: int, max_days: int) -> bool:
    """May clusters ``a`` and ``b`` be one (``state`` as in ``merge_clusters``):
    no two known speakers, no two organisations, at most ``max_days`` apart?"""
    _, _, c_spk, c_org, c_dmin, c_dmax, _ = state
    if (c_spk[a] and c_spk[b] and c_spk[a] != c_spk[b]) or (c_org[a] and c_org[b] and c_org[a] != c_org[b]):
        return False
    return c_dmin[a] is None or c_dmin[b] is None or max(c_dmax[a], c_dmax[b]) - min(c_dmin[a], c_dmin[b]) <= max_days


def merge_clusters(sc: Any, support: dict[tuple[int, int], int], state: tuple, links: dict,
                   bridges: set[tuple[int, int]] = frozenset()) -> list[list[int]]:
    """Merge clusters that split one utterance: two long variants too far from each
    other to link, while other relays match both. Tried for cluster pairs that
    at least two quotes matched both of; merged when at least ``merge_support``
    of the cross scores (longest vs longest, and up to MERGE_SAMPLE members of
    each side vs the other's longest) reach the threshold and the cluster
    constraints hold (one speaker, ``max_days``, one wording per document).
    ``sc``: the ``scoring.Scorer`` of the quotes."""
    members, leader, c_spk, c_org, c_dmin, c_dmax, c_docs = state
    cfg = sc.cfg
    feats = sc.f
    parent = list(range(len(members)))

    def root(c: int) -> int:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for (a, b), n in sorted(support.items(), key=lambda kv: (-kv[1], kv[0])):
        bridged = (a, b) in bridges  # keyed, as ``support``, on the clusters before any merge
        a, b = root(a), root(b)
        if a == b:
            continue
        if n < 2 and not bridged:
            continue
        if not compatible(state, a, b, cfg.max_days):
            continue
        docs_a, docs_b = docs_of(c_docs, leader, feats, a), docs_of(c_docs, leader, feats, b)
        if not bridged and any(not one_wording(feats[docs_a[d]], feats[w]) for d, w in docs_b.items() if d in docs_a):
            continue  # (parts of one statement may be of one document)
        la, lb = leader[a], leader[b]
        fa = feats[la]
        s = sc.score(fa, sc.grams(la), lb) if feats[lb].doc != fa.doc else None
        # average-link estimate: the longest versions and a few of each side's
        # longest members, each scored against the other side's longest version
        trials = [(s, lb, la)] if s is not None else []
        for src, dst in ((a, lb), (b, la)):
            for m in (members[src] or ())[1 : 1 + MERGE_SAMPLE]:
                if feats[m].doc != feats[dst].doc:
                    trials.append((sc.score(feats[m], sc.grams(m), dst), m, dst))
        if not bridged and (not trials or
                            sum(t[0] >= cfg.threshold for t in trials) < cfg.merge_support * len(trials)):
            continue
        if not trials:
            trials = [(cfg.threshold, lb, la)]
        # the longer leader leads the merged cluster
        keep, gone = (a, b) if length_key(fa) <= length_key(feats[lb]) else (b, a)
        parent[gone] = keep
        kept = members[keep]
        if kept is None:
            kept = members[keep] = [leader[keep]]
        kept.extend(members[gone] or (leader[gone],))
        members[gone] = []
        c_spk[keep] = c_spk[keep] or c_spk[gone]
        c_org[keep] = c_org[keep] or c_org[gone]
        if c_dmin[gone] is not None:
            c_dmin[keep] = c_dmin[gone] if c_dmin[keep] is None else min(c_dmin[keep], c_dmin[gone])
            c_dmax[keep] = c_dmax[gone] if c_dmax[keep] is None else max(c_dmax[keep], c_dmax[gone])
        for d, w in docs_of(c_docs, leader, feats, gone).items():
            add_doc(c_docs, leader, feats, keep, d, w)
        c_docs[gone] = None
        # the strongest cross link is the one the merge records
        top, m, dst = max(trials, key=lambda t: (t[0], -t[1], -t[2]))
        links[link_key(m, dst)] = top
    return [m if m is not None else [leader[c]] for c, m in enumerate(members) if m != []]
