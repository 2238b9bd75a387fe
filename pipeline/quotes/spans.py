"""Where quotes sit in a document, and the text with their words blanked out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.quotes.folding import fold

if TYPE_CHECKING:
    from pipeline.data import Document


@dataclass(frozen=True)
class QuoteSpan:
    """Where one quote sits: its marks and its text (offsets into doc.text)."""

    open: int  # index of the opening mark
    close: int | None  # index of the closing mark; None when the quote is not closed in its paragraph
    # (it runs on into the next paragraph, or the text is cut off before its end)
    start: int
    end: int
    para: int  # index into doc.paragraphs
    group: int  # the pieces of one quotation spread over paragraphs share a group


def mask_quotes(doc: Document, spans: list[QuoteSpan], keep: dict[int, tuple[int, ...]] | None = None) -> str:
    """Folded text with every quote's words blanked (the marks stay, they show
    incises), so names and verbs inside quotations never count; but an incise
    inside the marks (``keep``: opening mark -> (start, end, ...), inner.py) stays."""
    folded = fold(doc.text)
    chars = list(folded)
    for sp in spans:
        hi = sp.close if sp.close is not None else doc.paragraphs[sp.para].end
        chars[sp.open + 1:hi] = " " * (hi - sp.open - 1)
        if keep and sp.open in keep:
            lo, end = keep[sp.open][:2]
            chars[lo:end] = folded[lo:end]
    return "".join(chars)
