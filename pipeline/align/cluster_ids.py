"""Cluster ids: stable across runs, and what is new since the last run."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from pipeline.data import Cluster


def _cluster_hash(qid: str) -> str:
    return "c" + hashlib.sha256(qid.encode("utf-8")).hexdigest()[:12]


def assign_ids(groups: list[list[str]], previous: dict[str, str] | None) -> list[str]:
    """Previous ids first (most common among members, ties to the smallest id;
    an id claimed by two clusters goes to the one holding more of its quotes),
    then sha256 of the earliest member for the rest. Ids are unique."""
    ids: list[str | None] = [None] * len(groups)
    used: set[str] = set()
    if previous:
        claims = []
        for g, members in enumerate(groups):
            cnt = Counter(previous[q] for q in members if previous.get(q))
            for cid, n in cnt.items():
                claims.append((-n, cid, g))
        # Greedy over (count desc, id asc): each cluster takes the first of its own
        # claims whose id is still free, so it gets its most common previous id
        # unless a cluster holding more quotes of that id took it first.
        claims.sort(key=lambda t: (t[0], t[1], groups[t[2]][0]))
        for _, cid, g in claims:
            if ids[g] is None and cid not in used:
                ids[g] = cid
                used.add(cid)
    for g, members in enumerate(groups):
        if ids[g] is not None:
            continue
        for q in members:
            cid = _cluster_hash(q)
            if cid not in used:
                break
        else:
            k = 1
            while (cid := _cluster_hash(f"{members[0]}#{k}")) in used:
                k += 1
        ids[g] = cid
        used.add(cid)
    return [str(i) for i in ids]


def diff_clusters(clusters: list[Cluster], previous: dict[str, str] | None) -> dict[str, Any]:
    """What is new since the run ``previous`` (quote_id -> cluster_id) describes:
    cluster ids not seen before, and quotes not seen before that joined a known id."""
    previous = previous or {}
    known = set(previous.values())
    new_clusters = [c.cluster_id for c in clusters if c.cluster_id not in known]
    new_relays = [
        {"cluster_id": c.cluster_id, "quote_id": q}
        for c in clusters
        if c.cluster_id in known
        for q in c.members
        if q not in previous
    ]
    return {"new_clusters": new_clusters, "new_relays": new_relays}

