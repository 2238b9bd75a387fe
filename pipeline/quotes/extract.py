"""Direct quotations: find them, attribute them, name the outlet that relays them.

Only content paragraphs (``doc.paragraphs``) are searched, never bylines or
boilerplate. Quotation marks are paired per paragraph:

- « », ‹ › and „ always have one role; “ ” usually do, but take the other one
  where only that fits the context (German „...“, Swedish ”...”, typos);
- ‘ opens a single-quoted span (Guardian-style headlines) after the start, a
  space or a bracket; ’ closes one only when a ‘ is open and no letter follows,
  so the apostrophes of ``Putin’s`` or ``’90s`` never count;
- a straight " opens after the start, a space, a bracket or a dash and before a
  word; it closes after a word and before a space, punctuation or the end. A
  spaced " (French spacing) closes when one is open, else opens. One that can
  only close with none open is ignored: inch marks (``5"``) fall out that way;
- a closing mark closes the innermost open mark of its kind (a straight one may
  close a curly one and the reverse); openers left inside are dropped, and a
  closer with nothing to close is ignored, so ``« A ». B. »`` gives ``A``;
- only the outermost pairs are quotes: nested quotes are part of their text.

A paragraph whose last quote never closes, followed by a paragraph that opens
with a quotation mark, continues that quote (English style). Each paragraph's
piece is its own Quote (a span across paragraphs would take in the marks and
the paragraph break), and the pieces share one speaker. An unclosed mark with
no such continuation is dropped: no quote is invented from a stray mark.

With ``skip_titles``, a quoted span right after a title cue (``le journal``,
``the film``, ``intitulé``) is a title and not a quote. The quote text leaves
out the marks and the spaces just inside them; offsets are into ``doc.text``.

``via``: the outlet named next to a relay cue (the clean stage's cue lists)
closest to the quote in its sentence, else in its paragraph, where a wire
lead "(Reuters) -" counts for the whole paragraph; else ``doc.source_outlets`` (the
article's byline, wire dateline or source credit).
Pieces of one quotation share the outlet found for any of them.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from pipeline import defaults
from pipeline.data import Document, Quote
from pipeline.quotes.folding import fold
from pipeline.quotes.sentences import Sentences
from pipeline.quotes.spans import QuoteSpan
from pipeline.outlets import APOSTROPHES, WIRE_PREFIX, compile_cues_after, compile_outlets
from pipeline.outlets import fold as fold_name
from pipeline.quotes.speakers import Attributor

if TYPE_CHECKING:
    from pipeline.config import QuotesConfig

_MARKS = re.compile('[«»‹›„“”"‘’]')
_SPACE = " \t\r\n\u00a0\u202f\u2009\u2007\u2002\u2003"
_OPEN_AFTER = "([{«‹“„—–-/'’"  # a straight quote right after one of these may open
_CLOSE_BEFORE = ".,;:!?)]}»›”\"…'’-–—/"  # ... right before one of these may close
_CLOSE_SINGLE = ".,;:!?)]}»›”\"…–—/"  # a ’ right before one of these may close a ‘
# closing mark -> the openers it may close, preferred first
_CLOSES = {"»": "«", "›": "‹", "”": "“„”\"", "“": "„“", '"': '"“„', "’": "‘"}
# outlets named together share one cue: "selon Interfax et Reuters"
_OUTLET_JOIN = re.compile(r"\s*(?:,|et|and|&|/)\s*")
_WORD = re.compile(r"[\w'-]+")


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
    spans = find_quote_spans(doc, cfg)
    if not spans:
        return []
    sentences = Sentences(doc)
    speakers = Attributor(doc, spans, cfg, outlets, sentences).attribute()
    relay = _Relay(outlets, cues_before, cues_after, window)
    local = [relay.local(doc, sp.start, sp.end, spans, sentences) for sp in spans]
    group_via: dict[int, list[str]] = {}
    for sp, found in zip(spans, local):
        if found:
            group_via.setdefault(sp.group, found)
    quotes = []
    for sp, (speaker, note), found in zip(spans, speakers, local):
        quotes.append(Quote(
            quote_id=quote_id(doc, sp.start, sp.end),
            doc_id=doc.doc_id,
            # the paragraph's language: the same as the document's unless the
            # detect stage found strong evidence of another one
            lang=doc.paragraphs[sp.para].lang or doc.lang,
            text=doc.text[sp.start:sp.end],
            start=sp.start,
            end=sp.end,
            speaker=speaker,
            speaker_note=note,
            via=found or group_via.get(sp.group) or list(doc.source_outlets),
            context=_context(doc, sp.start, sp.end, sentences),
        ))
    return quotes


def _context(doc: Document, start: int, end: int, sentences: Sentences) -> str | None:
    """The sentence holding the quote (the quote's own words included), or None."""
    lo, hi = sentences.at(start)
    lo, hi = min(lo, start), max(hi, end)
    text = doc.text[lo:hi].strip()
    return text or None


def relaying_outlets(doc: Document, quote, outlets: dict[str, list[str]],
                     cues_before: list[str] | None = None, cues_after: list[str] | None = None,
                     window: int = 6) -> list[str]:
    """The outlet(s) that relay ``quote`` (anything with ``start``/``end``): the
    cued outlet closest to it in its sentence, else in its paragraph (a wire
    lead "(Reuters) -" counts for the whole paragraph), else
    ``doc.source_outlets``. Cues default to the clean stage's defaults."""
    relay = _Relay(outlets, cues_before, cues_after, window)
    found = relay.local(doc, quote.start, quote.end, find_quote_spans(doc), Sentences(doc))
    return found or list(doc.source_outlets)


# -- finding the marks ----------------------------------------------------------


def find_quote_spans(doc: Document, cfg: QuotesConfig | None = None) -> list[QuoteSpan]:
    """Where the quotes of ``doc`` are, in text order (see the module docstring)."""
    if cfg is None:
        from pipeline.config import QuotesConfig

        cfg = QuotesConfig()
    text, paras = doc.text, doc.paragraphs
    title_rx = _title_rx(cfg.title_cues) if cfg.skip_titles and cfg.title_cues else None
    spans: list[QuoteSpan] = []
    group, continuing = -1, False
    for pi, p in enumerate(paras):
        pairs, unclosed = pair_marks(text, p.start, p.end)
        top = outermost(pairs)
        runs_on = None
        if unclosed and pi + 1 < len(paras) and _opens(text, paras[pi + 1]):
            runs_on = unclosed[0]
            top = [pair for pair in top if pair[0] < runs_on]  # they are inside the running quote
        pieces: list[tuple[int, int | None]] = [*top, *([(runs_on, None)] if runs_on is not None else [])]
        joined = False
        for o, c in pieces:
            if title_rx and title_rx.search(fold(text[max(p.start, o - 80):o])):
                continue
            s, e = _trim(text, o + 1, p.end if c is None else c, cfg.strip_trailing_comma)
            if not any(ch.isalnum() for ch in text[s:e]):
                continue
            if not (continuing and o == p.start):
                group += 1
            spans.append(QuoteSpan(o, c, s, e, pi, group))
            joined = c is None
        continuing = joined
    return spans


def pair_marks(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[int]]:
    """(open, close) index pairs of the quotation marks in text[lo:hi], sorted,
    and the openers never closed."""
    stack: list[tuple[str, int]] = []
    pairs = []
    for m in _MARKS.finditer(text, lo, hi):
        i, ch = m.start(), m[0]
        role = _role(text, i, lo, hi, stack)
        if role == "open":
            stack.append((ch, i))
        elif role == "close":
            for want in _CLOSES[ch]:
                depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == want), None)
                if depth is not None:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]  # openers left inside were never closed
                    break
    return sorted(pairs), [i for _, i in stack]


def outermost(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for o, c in sorted(pairs):
        if not out or o > out[-1][1]:
            out.append((o, c))
    return out


def _role(text: str, i: int, lo: int, hi: int, stack: list[tuple[str, int]]) -> str | None:
    """"open", "close" or None (not a quotation mark here) for the mark at i."""
    ch = text[i]
    if ch in "«‹„":
        return "open"
    if ch in "»›":
        return "close"
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    if ch == "‘":  # single curly quotes (Guardian-style headlines); ’ is mostly an apostrophe
        return ("open" if (prev == "" or prev in _SPACE or prev in _OPEN_AFTER) and nxt and nxt not in _SPACE
                and not nxt.isdigit() else None)  # ‘90s: an apostrophe
    if ch == "’":  # closes an open ‘ only, and never inside a word (Putin’s)
        right = prev != "" and prev not in _SPACE and (nxt == "" or nxt in _SPACE or nxt in _CLOSE_SINGLE)
        return "close" if right and any(o == "‘" for o, _ in stack) else None
    pending = any(o in _CLOSES[ch] for o, _ in stack)
    space_before = prev == "" or prev in _SPACE
    space_after = nxt == "" or nxt in _SPACE
    left = (space_before or prev in _OPEN_AFTER) and not space_after
    right = not space_before and (space_after or nxt in _CLOSE_BEFORE)
    if ch == "“":
        return "close" if right and not left and pending else "open"
    if ch == "”":
        return "open" if left and not right and not pending else "close"
    # an inch mark (5") can only close, and with no straight quote open it is dropped
    if left != right:
        return "open" if left else ("close" if pending else None)
    if left or (space_before and space_after):  # both fit, or spaced on both sides
        return "close" if pending else ("open" if nxt else None)
    return None  # glued between two words: a"b


def _opens(text: str, para) -> bool:
    """Does the paragraph start with an opening quotation mark?"""
    return (para.start < para.end and text[para.start] in _CLOSES.keys() | {"«", "‹", "„"}
            and _role(text, para.start, para.start, para.end, []) == "open")


def _trim(text: str, s: int, e: int, comma: bool) -> tuple[int, int]:
    while s < e and text[s] in _SPACE:
        s += 1
    while e > s and text[e - 1] in _SPACE:
        e -= 1
    if comma and e > s and text[e - 1] == ",":
        e -= 1
        while e > s and text[e - 1] in _SPACE:
            e -= 1
    return s, e


def _title_rx(cues: list[str]) -> re.Pattern:
    forms = sorted({fold(c).lower() for c in cues}, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, c.split())) for c in forms)
    return re.compile(rf"(?:^|[^\w'])(?:{body})\s*[:,]?\s*$", re.IGNORECASE)


# -- relaying outlets -------------------------------------------------------------


class _Relay:
    """Outlets named next to a relay cue ("a rapporté l'agence KCNA", "selon
    TASS", "Interfax reported"), as the clean stage finds them, but per quote."""

    def __init__(self, outlets: dict[str, list[str]], cues_before: list[str] | None = None,
                 cues_after: list[str] | None = None, window: int = 6):
        self.rx, self.of = compile_outlets(outlets)
        self.before = [fold_name(c) for c in (defaults.RELAY_CUES_BEFORE if cues_before is None else cues_before)]
        self.after_rx = compile_cues_after(defaults.RELAY_CUES_AFTER if cues_after is None else cues_after)
        self.window = window
        self._folded: tuple[str | None, str] = (None, "")

    def _names(self, s: str) -> list[str]:
        return [self.of.get(m[0]) or self.of[fold_name(m[0])] for m in self.rx.finditer(s)]

    def local(self, doc: Document, start: int, end: int, spans: list[QuoteSpan],
              sentences: Sentences) -> list[str]:
        """Cued outlets nearest the quote at [start, end) in its sentence, else
        its paragraph; [] when there are none."""
        para = next((p for p in doc.paragraphs if p.start <= start < p.end), None)
        if para is None:
            return []
        text = doc.text
        if self._folded[0] is not text:  # one translation per document, not per quote
            self._folded = (text, text.translate(APOSTROPHES))
        folded = self._folded[1]
        cands: list[tuple[int, int, str]] = []
        # a wire lead "(Reuters) - " on the paragraph's line, cut off by the
        # clean stage or still in the paragraph: zero-width, paragraph-wide
        body = para.start
        line_start = text.rfind("\n", 0, para.start) + 1
        wire = WIRE_PREFIX.match(text, line_start, para.end)
        if wire and (wire.end() <= para.start or line_start == para.start):
            cands += [(para.start, para.start, name) for name in self._names(wire["outlets"])]
            body = max(body, wire.end())
        quoted = [(sp.open, para.end if sp.close is None else sp.close) for sp in spans]
        for m in self.rx.finditer(text, body, para.end):
            if any(o <= m.start() < c for o, c in quoted):
                continue  # an outlet named inside a quotation is the speaker's, not a relay
            lo, hi = sentences.at(m.start())
            words = _WORD.findall(folded[lo:m.start()].lower())[-self.window:]
            window = " " + " ".join(words) + " "
            if any(f" {cue} " in window for cue in self.before) or self.after_rx.match(folded, m.end(), hi):
                cands.append((m.start(), m.end(), self._names(m[0])[0]))
        if not cands:
            return []
        q_lo, q_hi = sentences.at(start)[0], sentences.at(max(start, end - 1))[1]

        def rank(c: tuple[int, int, str]) -> tuple[bool, int]:
            in_sentence = c[1] > c[0] and q_lo <= c[0] < q_hi
            return (not in_sentence, max(0, c[0] - end, start - c[1]))

        cands.sort()
        best = min(range(len(cands)), key=lambda i: rank(cands[i]))
        lo_i = hi_i = best
        while lo_i > 0 and _OUTLET_JOIN.fullmatch(text, cands[lo_i - 1][1], cands[lo_i][0]):
            lo_i -= 1
        while hi_i + 1 < len(cands) and _OUTLET_JOIN.fullmatch(text, cands[hi_i][1], cands[hi_i + 1][0]):
            hi_i += 1
        return list(dict.fromkeys(c[2] for c in cands[lo_i:hi_i + 1]))
