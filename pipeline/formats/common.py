"""What the XML writers share: XML-safe text and the quotations a segment lies in."""

from __future__ import annotations

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
    found = [q for q in doc.quotes if q.start < seg.end and q.end > seg.start]
    return sorted(found, key=lambda q: (q.start, q.end, q.quote_id))


def join_outlets(outlets: list[str]) -> str:
    """Relaying outlets as one value: ``"Reuters, TASS"``."""
    return ", ".join(outlets)
