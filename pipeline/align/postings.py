"""The inverted index the aligner looks candidates up in (``clusters._Aligner``).

Each quote, once clustered, is indexed under its words and word pairs that two
quotes or more hold (``Scorer.df``), by its processing rank. Postings are kept
per key and per time bucket of 2 x ``max_days``: the days within ``max_days``
of a date lie in its own bucket and the nearer neighbour, so a quote reads
those two (and the undated quotes), and a word common over a year is still a
usable key within a week. A posting longer than ``max_posting`` is not read.
"""

from __future__ import annotations

from array import array
from collections import Counter
from typing import Any

from pipeline.align.similarity import _pair_keys

# posting slots: key * _SLOTS + time bucket (modulo _UNDATED: buckets 78+ years
# apart share a slot, which only adds candidates the date gate then drops),
# _UNDATED for undated quotes, _ALL for every quote (read by undated quotes)
_SLOTS = 4096
_UNDATED = _SLOTS - 2
_ALL = _SLOTS - 1


class Postings:
    """Key and time bucket -> the processing ranks of the quotes indexed under them."""

    __slots__ = ("post", "width", "any_undated", "nkeys", "hi", "min_shared")

    def __init__(self, n: int, max_days: int, any_undated: bool, max_posting: int, min_shared: int):
        self.post: dict[int, array] = {}  # slot -> ranks (4-byte ints)
        self.width = 2 * max(1, max_days)
        self.any_undated = any_undated
        self.nkeys = array("l", [0]) * n  # by rank: how many keys a quote is indexed under
        self.hi = max_posting
        self.min_shared = min_shared

    def hits(self, f: Any) -> list[tuple[int, int]]:
        """The indexed quotes (ranks) that share enough lookup keys with ``f``
        (a ``similarity.Features``) in its time buckets, most keys first:
        (-keys shared, rank)."""
        width, post, hi = self.width, self.post, self.hi
        if f.date is None:
            slots: tuple[int, ...] = (_ALL,)
        else:
            b, off = divmod(f.date, width)
            side = b - 1 if off * 2 < width else b + 1
            slots = (b % _UNDATED, side % _UNDATED, _UNDATED) if self.any_undated else (b % _UNDATED, side % _UNDATED)
        found: list[int] = []
        for k in f.keys:
            base = k * _SLOTS
            for sl in slots:
                p = post.get(base + sl)
                if p and len(p) <= hi:
                    found += p
        if not found:
            return []
        need = min(self.min_shared, len(f.keys))
        nkeys = self.nkeys
        hits = [(-c, r) for r, c in Counter(found).items() if c >= need or c >= nkeys[r]]
        hits.sort()
        return hits

    def add(self, f: Any, r: int, df: Counter) -> None:
        """Index quote ``f`` at rank ``r`` under its words and word pairs that two
        quotes or more hold (``df``)."""
        post, hi = self.post, self.hi
        own = _UNDATED if f.date is None else (f.date // self.width) % _UNDATED
        n_idx = 0
        for k in (*f.allset, *_pair_keys(f.seq)):
            n = df[k]
            if n < 2:
                continue
            n_idx += 1
            for slot in (own, _ALL) if n <= hi else (own,):  # longer lists would never be read
                p = post.get(k * _SLOTS + slot)
                if p is None:
                    p = post[k * _SLOTS + slot] = array("i")
                p.append(r)
        self.nkeys[r] = n_idx
