"""What the XML writers share: XML-safe text and the quotations a segment lies in."""

from __future__ import annotations

import bisect
import re

from pipeline.data import Document, Quote, Segment

# Characters XML 1.0 does not allow, even as character references: C0 controls
# other than tab, LF and CR; lone surrogates (text decoded with surrogateescape);
# the non-characters U+FFFE and U+FFFF.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

TOOL_ID = "newsquote"  # XLIFF tool-id and the `from` of every note we write
TOOL_NAME = "newsquote-pipeline"


def xml_text(value: object) -> str:
    """``value`` as text an XML 1.0 document can hold (None gives "")."""
    if value is None:
        return ""
    return XML_INVALID.sub("", str(value))


def quotes_in(doc: Document, seg: Segment) -> list[Quote]:
    """The document's quotations whose characters overlap the segment's, in text order.

    Offsets are half-open (``text[start:end]``), so a quote that ends where the
    segment starts is not inside it.
    """
    index = _index_of(doc)
    found = []
    i = bisect.bisect_left(index.starts, seg.end) - 1  # quotes starting before the segment ends
    while i >= 0 and index.reach[i] > seg.start:  # ... some of which may still reach into it
        q = index.quotes[i]
        if q.end > seg.start:
            found.append(q)
        i -= 1
    return sorted(found, key=lambda q: (q.start, q.end, q.quote_id))


class _QuoteIndex:
    """A document's quotes by start, with the furthest end reached so far, so
    the quotes overlapping a segment are found without a scan of all of them
    (an article of 5,000 quotes and as many segments stays linear)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.count = len(doc.quotes)
        self.quotes = sorted(doc.quotes, key=lambda q: (q.start, q.end))
        self.starts = [q.start for q in self.quotes]
        self.reach: list[int] = []
        furthest = -1
        for q in self.quotes:
            furthest = max(furthest, q.end)
            self.reach.append(furthest)


_LAST: list[_QuoteIndex] = []  # the index of the document being written (one at a time)


def _index_of(doc: Document) -> _QuoteIndex:
    if _LAST and _LAST[0].doc is doc and _LAST[0].count == len(doc.quotes):
        return _LAST[0]
    index = _QuoteIndex(doc)
    _LAST[:] = [index]
    return index


def join_outlets(outlets: list[str]) -> str:
    """Relaying outlets as one value: ``"Reuters, TASS"``."""
    return ", ".join(outlets)
