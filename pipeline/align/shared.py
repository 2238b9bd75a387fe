"""Equal values alignment derives from a quote's words, held once.

A quote relayed by many outlets is the same words many times, and many more
quotes share their word sets or word pairs: the strings, id tuples and
frozensets derived from them are pooled (``pipeline.pool.Pool``), so the
features of a run grow with its distinct wordings more than with its quotes.
Objects whose identity matters (``Features``, ``View``) are never pooled.
"""

from __future__ import annotations

from typing import Any

from pipeline.pool import Pool

__all__ = ["Pool", "share_words"]

# the text-derived attributes of a ``similarity.Features`` that equal quotes
# share (and the speaker names, folded, that many quotes share)
WORD_ATTRS = ("rendering", "norm", "cstr", "names", "nums", "onorm", "spk", "org")


def share_words(pool: Pool, f: Any) -> Any:
    """``f`` (a ``similarity.Features``) with its text-derived values pooled; returns it."""
    for name in WORD_ATTRS:
        setattr(f, name, pool(getattr(f, name)))
    f.seq = pool(tuple(f.seq))  # stems until the vocabulary is known
    f.date = pool(f.date)  # a day number: one int object for the quotes of one day
    if f.orig is not None:
        f.orig = pool(tuple(f.orig))
    return f
