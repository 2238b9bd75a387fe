"""Direct quotations: find them, attribute them, name the outlet that relays them.

Finding the quotations (pairing marks per paragraph, which spans are
quotes, pieces run over paragraphs) lives in ``finding.py``; a quotation over a
paragraph break that its next paragraph does not open again becomes one
Quote here, from its opening mark to its close.

``via``: the outlet named next to a relay cue (the clean stage's cue lists)
closest to the quote in its sentence, else in its paragraph, where a wire
lead "(Reuters) -" counts for the whole paragraph; else ``doc.source_outlets`` (the
article's byline, wire dateline or source credit).
Pieces of one quotation share the outlet found for any of them.

Mark pairing lives in ``marks.py``, the spans in ``finding.py``, the relaying outlets in ``relays.py``.
"""

from __future__ import annotations

import copy
import hashlib
from typing import TYPE_CHECKING

from pipeline.data import Document, Quote
from pipeline.quotes.finding import find_quote_spans
from pipeline.quotes.marks import OPENERS, doubled_apostrophes_as_quotes
from pipeline.quotes.relays import Relay
from pipeline.quotes.sentences import Sentences
from pipeline.quotes.spelling import respell
from pipeline.quotes.spans import QuoteSpan
from pipeline.quotes.speakers import Attributor

if TYPE_CHECKING:
    from pipeline.config import QuotesConfig


def quote_id(doc: Document, start: int, end: int) -> str:
    # the doc id too: two identical files must not share quote ids
    return "q" + hashlib.sha256(f"{doc.doc_id}:{doc.sha256}:{start}:{end}".encode()).hexdigest()[:16]


def extract_quotes(doc: Document, cfg: QuotesConfig, outlets: dict[str, list[str]],
                   cues_before: list[str] | None = None, cues_after: list[str] | None = None,
                   window: int = 6) -> list[Quote]:
    """Every direct quotation of ``doc``'s content paragraphs, in text order,
    with speaker, speaker note and relaying outlets (``outlets``: canonical
    name -> aliases, the ``clean.outlets`` table; the cue lists and window are
    ``clean.relay_cues_before``/``after`` and ``relay_window``, defaults if None)."""
    if not doc.ok or not doc.text or not doc.paragraphs:
        return []
    original = doc.text
    masked = doubled_apostrophes_as_quotes(original)
    if masked is not original:  # read ''quotes'' as "quotes"; offsets are unchanged
        doc = copy.copy(doc)
        doc.text = masked
    spans = find_quote_spans(doc, cfg)
    if not spans:
        return []
    sentences = Sentences(doc)
    attributor = Attributor(doc, spans, cfg, outlets, sentences)
    speakers = attributor.attribute()
    for i, (speaker, note) in enumerate(speakers):  # "Lukashanko": a known name misspelt by one letter
        if (known := respell(speaker, cfg.speaker_aliases)) is not None:
            speakers[i] = known, f"{note} (spelt '{speaker}')"
    relay = Relay(outlets, cues_before, cues_after, window)
    local = [relay.local(doc, sp.start, sp.end, spans, sentences) for sp in spans]
    group_via: dict[int, list[str]] = {}
    for sp, found in zip(spans, local):
        if found:
            group_via.setdefault(sp.group, found)
    quotes: list[Quote] = []
    for i, (sp, (speaker, note), found) in enumerate(zip(spans, speakers, local)):
        start, lang = sp.start, doc.paragraphs[sp.para].lang or doc.lang
        if i and _unmarked_rest(doc, spans[i - 1], sp):
            # one quotation over a paragraph break, its second paragraph not opened again
            # (“A.¶B,” he said): one quote, from the first paragraph's mark to the close
            first = quotes.pop()
            start, lang = first.start, first.lang
            speaker, note = (speaker, note) if speaker else (first.speaker, first.speaker_note)
        for lo, hi in _around_incise(original, start, sp.end, attributor.inner.get(sp.open)):
            quotes.append(Quote(
                quote_id=quote_id(doc, lo, hi),
                doc_id=doc.doc_id,
                # the paragraph's language: the same as the document's unless the
                # detect stage found strong evidence of another one
                lang=lang,
                text=original[lo:hi],
                start=lo,
                end=hi,
                speaker=speaker,
                speaker_note=note,
                via=found or group_via.get(sp.group) or list(doc.source_outlets),
                context=_context(doc, lo, hi, sentences, to_close=lo != sp.start and hi == sp.end),
            ))
    return quotes


def _around_incise(text: str, start: int, end: int, incise: tuple[int, ...] | None) -> list[tuple[int, int]]:
    """The quote [start, end), or its two sentences when a reporting clause inside its marks
    ends the first one (« A, a-t-il lancé sur Twitter. B »: A and B, as '"A," he said. "B"'
    are; a clause between commas, « A, ajoute X, B », leaves one quotation)."""
    if incise is None or text[incise[1] - 1] != ".":
        return [(start, end)]
    first = (start, start + len(text[start:incise[0]].rstrip()))
    rest = incise[1] + len(text[incise[1]:end]) - len(text[incise[1]:end].lstrip())
    return [first, (rest, end)] if first[1] > first[0] and rest < end else [(start, end)]


def _unmarked_rest(doc: Document, before: QuoteSpan, sp: QuoteSpan) -> bool:
    """Is ``sp`` the rest of the quotation ``before`` left open in the paragraph
    before it, with no mark opening it again (``marks.closed_next``), and only
    white space between the two paragraphs (no caption or advertisement line
    the content paragraphs leave out)? Pieces that open their paragraph with a
    mark (the continuation style) stay quotes of their own."""
    paras = doc.paragraphs
    return (before.close is None and before.group == sp.group and sp.para == before.para + 1
            and sp.close is not None and doc.text[sp.open] not in OPENERS
            and not doc.text[paras[before.para].end:paras[sp.para].start].strip())


def _context(doc: Document, start: int, end: int, sentences: Sentences, to_close: bool = False) -> str | None:
    """The sentence holding the quote (the quote's own words included), or None;
    ``to_close``: up to the end of the sentence its close is in (a quotation
    over two paragraphs ends in the one that names its speaker)."""
    lo, hi = sentences.at(start)
    lo, hi = min(lo, start), max(hi, end, sentences.at(end - 1)[1] if to_close and end > start else hi)
    text = doc.text[lo:hi].strip()
    return text or None


def relaying_outlets(doc: Document, quote, outlets: dict[str, list[str]],
                     cues_before: list[str] | None = None, cues_after: list[str] | None = None,
                     window: int = 6) -> list[str]:
    """The outlet(s) that relay ``quote`` (anything with ``start``/``end``): the
    cued outlet closest to it in its sentence, else in its paragraph (a wire
    lead "(Reuters) -" counts for the whole paragraph), else
    ``doc.source_outlets``. Cues default to the clean stage's defaults."""
    relay = Relay(outlets, cues_before, cues_after, window)
    found = relay.local(doc, quote.start, quote.end, find_quote_spans(doc), Sentences(doc))
    return found or list(doc.source_outlets)
