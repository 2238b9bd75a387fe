"""One copy of each equal value: a quote relayed by many outlets is the same
words many times (its text, translation, speaker and speaker note), and the
values derived from them repeat as often. A ``Pool`` hands back the first
value equal to the one given, so the copies a run keeps share one object.
Only immutable values are pooled; a pool is dropped once its values are built.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TypeVar

T = TypeVar("T")

# the string fields of a ``data.Quote`` that repeat across relays of one quote
QUOTE_STRINGS = ("doc_id", "lang", "text", "speaker", "speaker_note", "translation", "engine",
                 "back_translation", "context")


class Pool:
    """Returns the first value equal to the one given (hashable, immutable)."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[Any, Any] = {}

    def __call__(self, value: T) -> T:
        return self._seen.setdefault(value, value)

    def quotes(self, quotes: Iterable[Any]) -> None:
        """Give equal string fields of ``quotes`` (``data.Quote``) one object."""
        for q in quotes:
            for name in QUOTE_STRINGS:
                setattr(q, name, self(getattr(q, name)))
            q.via = self.list(q.via)
            q.drift = self.list(q.drift)

    def list(self, values: list[Any]) -> list[Any]:
        """One list object for every equal list of pooled values (shells only:
        they are read, never changed, once made)."""
        items = tuple(self(v) for v in values)
        return self._seen.setdefault(("list", items), list(items))

    def shell(self, doc: Any, light: bool = False) -> Any:
        """A shell (``data.Document.shell``) with its quotes' strings and
        lists and its own lists pooled, and its stats and facts shared with
        every shell whose stats or facts are equal (the same JSON, key order included). Returns it. Shells are
        only read once made, so sharing these dicts is safe. ``light``: each
        quote is reduced to its ``data.QuoteResult`` (a light shell)."""
        if light and doc.ok:
            from pipeline.data import QuoteResult

            doc.quotes = [QuoteResult(q.quote_id, self(q.doc_id), self(q.lang), self(q.speaker), self.list(q.via),
                                      q.cluster_id, q.relation, self.list(q.drift)) for q in doc.quotes]
        else:
            self.quotes(doc.quotes)
        for name in ("relayed_outlets", "source_outlets", "lines", "paragraphs", "segments"):
            setattr(doc, name, self.list(getattr(doc, name)))
        doc.stats = self._seen.setdefault(("json", json.dumps(doc.stats)), doc.stats)
        facts = doc.facts()
        doc._facts = self._seen.setdefault(("json", json.dumps(facts)), facts)
        return doc
