"""Direct quotations: find them, attribute them, name the outlet that relays them.

Only content paragraphs (``doc.paragraphs``) are searched, never bylines or
boilerplate. Quotation marks are paired per paragraph:

- « », ‹ › and „ always have one role; “ ” usually do, but take the other one
  where only that fits the context (German „...“, Swedish ”...”, typos);
- single quotes ‘ ’ and straight ' are mostly apostrophes. ‘ and ' open at
  the start of a word (after the start, a space, a bracket, a dash or another
  mark), never before a digit (``'90s``) or an elided word (``'em``, ``'til``,
  ``rock 'n' roll``); ’ and ' close an open single quote after a word or
  punctuation and before a space, punctuation or the end. Between two letters
  they are apostrophes (``Russia's``, ``l'accord``, ``aujourd'hui``,
  ``don't``); with no single quote open, ``leaders' summit`` is a possessive.
  Inside one, ' or ’ after an -s and before the next word (``'The leaders'
  summit was good,' he said``) closes it only if no later mark does (before
  the next single opener or the paragraph's end);
- a straight " opens after the start, a space, a bracket or a dash and before a
  word; it closes after a word and before a space, punctuation or the end. A
  spaced " (French spacing) closes when one is open, else opens. One that can
  only close with none open is ignored: inch marks (``5"``) fall out that way;
- primes are no quotes: ' or " right after a number that is followed by a
  number (``6' 2"``, ``53' 23"``) or that follows a degree or prime mark
  (the ``2"`` of ``6' 2"``, the ``23"`` of ``38° 53' 23"``);
- a closing mark glued to the next word closes an open quote
  (``"troubling."The``, ``«texte»suite``, ``'well.'The``: a single one only
  after punctuation); a straight " glued on both sides opens after punctuation
  (``said:"We``) and is nothing between two words with no quote open (``a"b``);
- a closing mark closes the innermost open mark of its kind (a straight one may
  close a curly one and the reverse); openers left inside are dropped, and a
  closer with nothing to close is ignored, so ``« A ». B. »`` gives ``A``;
- only the outermost pairs are quotes: nested quotes are part of their text.

One word in single quotes (``Kim's 'strategic' trip``, ``a ‘historic’
summit``) is usually the journalist's scare quote, and a run of capitalised
words in sentence-case text (``they call him 'Dear Leader'``) a nickname or a
name, so these count only with evidence that they are speech: a reporting verb
or source cue in their sentence within ``max_gap_chars`` of the marks (``he
called it 'historic'``), or a colon right before them. Any other phrase of
several words in single quotes is a quote (``Kim says visit shows 'strategic
importance'``, also in a title-case headline). Double quotes and guillemets
need no evidence: ``"troublant"`` is a one-word partial quote.

A paragraph whose last quote never closes, followed by a paragraph that opens
with a quotation mark, continues that quote (English style, with any mark:
``‘A.`` then ``‘B.’``). Each paragraph's piece is its own Quote (a span across
paragraphs would take in the marks and the paragraph break): it runs from its
opening mark to its paragraph's end, and the pieces share one speaker. A quote
still open at the end of the last paragraph is a page cut off mid-quote and
runs to the end of the text when the text stops mid-sentence (on a word, a
comma, a dash or an ellipsis) or when the mark opens that paragraph; it gets a
speaker like any quote. Any other unclosed mark is dropped: no quote is
invented from a stray mark (``Kim a dit « oui. Il est parti.``).

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

import bisect
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

_MARKS = re.compile("[«»‹›„“”\"‘’']")
_SINGLE = "'‘’"
_OPENERS = "«‹„“”\"‘'"  # the marks that may open a quote
_SPACE = " \t\r\n\u00a0\u202f\u2009\u2007\u2002\u2003"
_OPEN_AFTER = "([{«‹“„—–-/'’\""  # a straight or single quote right after one of these may open
_CLOSE_BEFORE = ".,;:!?)]}»›”\"…'’-–—/"  # ... right before one of these may close
_CLOSE_SINGLE = ".,;:!?)]}»›”\"…–—/"  # a ’ or ' right before one of these may close a single quote
_GLUED_AFTER = ".,;:!?…)]"  # a single quote glued to the next word closes after these ('yes.'The)
# closing mark -> the openers it may close, preferred first
_CLOSES = {"»": "«", "›": "‹", "”": "“„”\"", "“": "„“", '"': '"“„', "’": "‘'", "'": "'‘"}
# words whose first letters an apostrophe stands for ('em, 'til, rock 'n' roll), and
# contraction endings cut off by a stray space (Russia 's, don 't)
_ELISIONS = {"n", "em", "til", "tis", "twas", "cause", "cos", "coz", "bout", "kay", "nuff",
             "s", "t", "d", "m", "ll", "re", "ve"}
_LETTERS = re.compile(r"[^\W\d_]+")
# small words that stay lower-case in a name or a title-case headline
_LINKS = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "by", "de", "du", "des",
          "la", "le", "les", "l", "d", "et", "s"}
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# outlets named together share one cue: "selon Interfax et Reuters"
_OUTLET_JOIN = re.compile(r"\s*(?:,|et|and|&|/)\s*")
_WORD = re.compile(r"[\w'-]+")


def _merged(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping [start, end) regions joined, sorted."""
    out: list[tuple[int, int]] = []
    for o, c in sorted(regions):
        if out and o < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], c))
        else:
            out.append((o, c))
    return out


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
    evidence = _Evidence(cfg)
    spans: list[QuoteSpan] = []
    group, continuing = -1, False
    for pi, p in enumerate(paras):
        pairs, unclosed = pair_marks(text, p.start, p.end)
        top = outermost(pairs)
        runs_on = None
        if unclosed:
            last = pi + 1 == len(paras)
            if (not last and _opens(text, paras[pi + 1])) or (last and _cut_off(text, p, unclosed[0])):
                runs_on = unclosed[0]
                top = [pair for pair in top if pair[0] < runs_on]  # they are inside the running quote
        pieces: list[tuple[int, int | None]] = [*top, *([(runs_on, None)] if runs_on is not None else [])]
        joined = False
        for k, (o, c) in enumerate(pieces):
            if title_rx and title_rx.search(fold(text[max(p.start, o - 80):o])):
                continue
            hi = p.end if c is None else c
            s, e = _trim(text, o + 1, hi, cfg.strip_trailing_comma)
            if not any(ch.isalnum() for ch in text[s:e]):
                continue
            carried = continuing and o == p.start
            if text[o] in _SINGLE and not carried and (not _has_space(text, s, e) or _name_like(text, p, o, s, e, hi)):
                # one word or a name in single quotes: speech only with an attribution next
                # to it, or standing alone on its line (a kicker: "‘STRONGEST-EVER’")
                if not _whole_line(text, p, o, c) and not evidence.near(text, p, pieces, k):
                    continue
            if not carried:
                group += 1
            spans.append(QuoteSpan(o, c, s, e, pi, group))
            joined = c is None
        continuing = joined
    return spans


def pair_marks(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[int]]:
    """(open, close) index pairs of the quotation marks in text[lo:hi], sorted,
    and the openers never closed. Linear: each opener is pushed and removed once."""
    stack: list[list] = []  # [mark, index, possible close or None], in text order
    where: dict[str, list[int]] = {}  # mark -> positions in stack of its openers, innermost last
    pairs: list[tuple[int, int]] = []
    maybe: int | None = None  # the position of the one opener with a possible close (leaders' summit)

    def cut(d: int, keep_after: int = -1) -> None:
        """Remove stack[d:] but the openers after ``keep_after``; a possible close there stands."""
        nonlocal maybe
        if maybe is not None and maybe >= d:
            pairs.append((stack[maybe][1], stack[maybe][2]))
            maybe = None
        for en in reversed(stack[d:]):
            where[en[0]].pop()
        rest = [en for en in stack[d:] if en[1] > keep_after] if keep_after >= 0 else []
        del stack[d:]
        for en in rest:
            where[en[0]].append(len(stack))
            stack.append(en)

    for m in _MARKS.finditer(text, lo, hi):
        i, ch = m.start(), m[0]
        role = _role(text, i, lo, hi, where)
        if role == "open":
            if ch in _SINGLE and maybe is not None:
                # a new single quote: the earlier one's possible close was its close,
                # and the openers between them were inside it
                cut(maybe, keep_after=stack[maybe][2])
            where.setdefault(ch, []).append(len(stack))
            stack.append([ch, i, None])
        elif role in ("close", "maybe"):
            depth = next((where[want][-1] for want in _CLOSES[ch] if where.get(want)), None)
            if depth is None:
                continue
            if role == "maybe":
                if maybe is None:  # the first one closes it unless a later close does
                    stack[depth][2], maybe = i, depth
                continue
            if maybe == depth:  # this close replaces the possible one
                stack[depth][2], maybe = None, None
            pairs.append((stack[depth][1], i))
            cut(depth)  # openers left inside were never closed
    if maybe is not None:
        cut(maybe, keep_after=stack[maybe][2])
    return sorted(pairs), [en[1] for en in stack]


def outermost(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for o, c in sorted(pairs):
        if not out or o > out[-1][1]:
            out.append((o, c))
    return out


def _role(text: str, i: int, lo: int, hi: int, where: dict[str, list[int]]) -> str | None:
    """"open", "close", "maybe" (a close unless a later mark closes the same
    quote: the ' of ``leaders' summit``) or None (not a quotation mark here)
    for the mark at i; ``where``: the open marks (mark -> positions)."""
    ch = text[i]
    if ch in "«‹„":
        return "open"
    if ch in "»›":
        return "close"
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    pending = ch in _CLOSES and any(where.get(want) for want in _CLOSES[ch])
    if ch in _SINGLE:
        return _single_role(text, i, lo, hi, prev, nxt, pending)
    space_before = prev == "" or prev in _SPACE
    space_after = nxt == "" or nxt in _SPACE
    left = (space_before or prev in _OPEN_AFTER) and not space_after
    right = not space_before and (space_after or nxt in _CLOSE_BEFORE)
    if ch == "“":
        return "close" if right and not left and pending else "open"
    if ch == "”":
        return "open" if left and not right and not pending else "close"
    if _is_prime(text, i, lo, hi):
        return None  # inches or seconds: 6' 2", 38° 53' 23"
    # an inch mark (5") can only close, and with no straight quote open it is dropped
    if left != right:
        return "open" if left else ("close" if pending else None)
    if left or (space_before and space_after):  # both fit, or spaced on both sides
        return "close" if pending else ("open" if nxt else None)
    # glued on both sides: closes an open quote ("troubling."The), opens after
    # punctuation (said:"We), and is nothing between two words (a"b)
    if pending:
        return "close"
    return "open" if not prev.isalnum() and nxt.isalnum() else None


def _single_role(text: str, i: int, lo: int, hi: int, prev: str, nxt: str, pending: bool) -> str | None:
    """The role of ' ‘ ’, which are mostly apostrophes: ‘ and ' open at the
    start of a word (not '90s, 'n', 'em); ’ and ' close an open single quote
    after a word or punctuation, before a space, punctuation or the end, or
    glued to the next word after punctuation (’ never after a word: Putin’s)."""
    ch = text[i]
    if ch != "’" and (prev == "" or prev in _SPACE or prev in _OPEN_AFTER) and nxt and nxt not in _SPACE \
            and not nxt.isdigit() and not _elided(text, i + 1, hi):
        return "open"
    if ch == "‘" or not pending or prev == "" or prev in _SPACE or _is_prime(text, i, lo, hi):
        return None
    if nxt == "" or nxt in _CLOSE_SINGLE:
        return "close"
    if nxt in _SPACE:
        # after a plural (leaders' summit) with the sentence going on, it may be a possessive
        j = i + 1
        while j < hi and text[j] in _SPACE:
            j += 1
        return "maybe" if prev in "sS" and j < hi and text[j].isalnum() else "close"
    return "close" if prev in _GLUED_AFTER and nxt.isalpha() else None


def _elided(text: str, i: int, hi: int) -> bool:
    """Is the word at i one whose first letters an apostrophe replaces ('em, 'til, rock 'n' roll)?"""
    m = _LETTERS.match(text, i, min(hi, i + 8))
    return bool(m) and m[0].lower() in _ELISIONS and not (m.end() < hi and (text[m.end()].isalnum()
                                                                            or text[m.end()] == "-"))


def _is_prime(text: str, i: int, lo: int, hi: int) -> bool:
    """Is the ' or " at i a prime after a number: feet and inches (6' 2"),
    minutes and seconds (38° 53' 23")? Only when a number and a second
    prime follow it, or a degree or prime mark comes before its number (5"
    alone is left to pairing)."""
    if i == lo or not text[i - 1].isdigit():
        return False
    j = i + 1 + (i + 1 < hi and text[i + 1] == " ")
    if j < hi and text[j].isdigit():
        while j < hi and (text[j].isdigit() or text[j] in ".,"):
            j += 1
        if j < hi and text[j] in "\"″":
            return True
    k = i - 1
    while k > lo and (text[k - 1].isdigit() or text[k - 1] in ".,"):
        k -= 1
    if k > lo and text[k - 1] == " ":
        k -= 1
    return k > lo and text[k - 1] in "°'’′"


def _opens(text: str, para) -> bool:
    """Does the paragraph start with an opening quotation mark?"""
    return (para.start < para.end and text[para.start] in _OPENERS
            and _role(text, para.start, para.start, para.end, {}) == "open")


def _cut_off(text: str, para, opener: int) -> bool:
    """Does the unclosed quote at ``opener`` in the last paragraph run on past
    the end of the text (a page cut off mid-quote)? Yes when the text stops
    mid-sentence (on a word, a comma, a dash, an ellipsis) or when the whole
    paragraph is the quote's (it opens the paragraph, continuation style); a
    mark left open in a finished sentence (« oui. Il est parti.) is a stray."""
    end = para.end
    while end > opener and text[end - 1] in _SPACE:
        end -= 1
    if end <= opener + 1:
        return False
    if opener == para.start:
        return True
    last = text[end - 1]
    return last not in ".!?" + _OPENERS + "»›’" or text.endswith("...", opener + 1, end)


def _has_space(text: str, s: int, e: int) -> bool:
    return any(ch in _SPACE for ch in text[s:e])


def _whole_line(text: str, para, o: int, c: int | None) -> bool:
    """Is the quotation the whole paragraph, its marks included?"""
    return c is not None and not text[para.start:o].strip() and not text[c + 1:para.end].strip(" .!?\t")


def _name_like(text: str, para, o: int, s: int, e: int, c: int) -> bool:
    """Are the words quoted at [s, e) a name (every word capitalised: a
    nickname, an operation) in a sentence-case text around them? In a
    title-case headline capitals say nothing."""
    inside = [w for w in _LETTERS.findall(text, s, e) if w.lower() not in _LINKS]
    if not inside or not all(w[0].isupper() for w in inside):
        return False
    words = _LETTERS.findall(text, max(para.start, o - 60), o) + _LETTERS.findall(text, c + 1, min(para.end, c + 61))
    around = [w for w in words if w.lower() not in _LINKS]
    return bool(around) and sum(w[0].isupper() for w in around) < 0.6 * len(around)


class _Evidence:
    """Is a word or a name in single quotes speech? Only with a reporting verb or a
    source cue in its sentence within ``max_gap_chars`` of its marks (other
    quotes' words blanked), or a colon right before it (``Kim: 'Victory'``). A
    lone word in single quotes otherwise is the journalist's (scare quotes, a
    nickname): ``Kim's 'strategic' trip``."""

    def __init__(self, cfg: QuotesConfig):
        self.cfg = cfg
        self.verbs = None

    def near(self, text: str, para, pieces: list[tuple[int, int | None]], k: int) -> bool:
        """For ``pieces[k]`` (open, close or None: never closed) of paragraph ``para``."""
        if self.verbs is None:
            from pipeline.quotes.verbs import Verbs

            self.verbs = Verbs(self.cfg)
        gap = self.cfg.max_gap_chars
        o, c = pieces[k]
        c = para.end if c is None else c
        lo, hi = max(para.start, o - gap), min(para.end, c + 1 + gap)
        before, after = list(fold(text[lo:o])), list(fold(text[c + 1:hi]))
        j = k - 1
        while j >= 0 and pieces[j][1] is not None and pieces[j][1] > lo:  # blank the quotes before ...
            a, b = max(lo, pieces[j][0] + 1), pieces[j][1]
            before[a - lo:b - lo] = " " * max(0, b - a)
            j -= 1
        j = k + 1
        while j < len(pieces) and pieces[j][0] < hi:  # ... and after
            a = pieces[j][0] + 1
            b = min(hi, para.end if pieces[j][1] is None else pieces[j][1])
            after[a - c - 1:b - c - 1] = " " * max(0, b - a)
            j += 1
        pre, post = "".join(before), "".join(after)
        cut = max((pre.rfind(x) for x in (". ", "! ", "? ", "\n")), default=-1)
        pre = pre[cut + 1:]
        if re.search(r":\s*$", pre):
            return True
        end = _SENTENCE_END.search(post)
        post = post[:end.start() + 1] if end else post
        return any(rx.search(part) for rx in (self.verbs.verb_rx, self.verbs.cue_rx) for part in (pre, post))


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
        self._doc: str | None = None
        self._para_starts: list[int] = []
        self._quoted: list[tuple[int, int]] = []
        self._quoted_starts: list[int] = []
        self._cands: dict[int, list[tuple[int, int, str]]] = {}

    def _paragraph_cands(self, doc: Document, para, sentences: Sentences) -> list[tuple[int, int, str]]:
        """(start, end, outlet) of the cued outlets of a paragraph, sorted."""
        text, folded = doc.text, self._folded[1]
        cands: list[tuple[int, int, str]] = []
        # a wire lead "(Reuters) - " on the paragraph's line, cut off by the
        # clean stage or still in the paragraph: zero-width, paragraph-wide
        body = para.start
        line_start = text.rfind("\n", 0, para.start) + 1
        wire = WIRE_PREFIX.match(text, line_start, para.end)
        if wire and (wire.end() <= para.start or line_start == para.start):
            cands += [(para.start, para.start, name) for name in self._names(wire["outlets"])]
            body = max(body, wire.end())
        for m in self.rx.finditer(text, body, para.end):
            if self._inside(m.start()):
                continue  # an outlet named inside a quotation is the speaker's, not a relay
            lo, hi = sentences.at(m.start())
            words = _WORD.findall(folded[max(lo, m.start() - 200):m.start()].lower())[-self.window:]
            window = " " + " ".join(words) + " "
            if any(f" {cue} " in window for cue in self.before) or self.after_rx.match(folded, m.end(), hi):
                cands.append((m.start(), m.end(), self._names(m[0])[0]))
        return sorted(cands)

    def _inside(self, pos: int) -> bool:
        k = bisect.bisect_right(self._quoted_starts, pos) - 1
        return k >= 0 and pos < self._quoted[k][1]

    def _names(self, s: str) -> list[str]:
        return [self.of.get(m[0]) or self.of[fold_name(m[0])] for m in self.rx.finditer(s)]

    def local(self, doc: Document, start: int, end: int, spans: list[QuoteSpan],
              sentences: Sentences) -> list[str]:
        """Cued outlets nearest the quote at [start, end) in its sentence, else
        its paragraph; [] when there are none. The cued outlets of a paragraph
        are found once, whatever the number of quotes in it (linear cost)."""
        text = doc.text
        if self._doc is not text:  # per document: paragraph starts, quoted regions, folded text
            self._doc = text
            self._folded = (text, text.translate(APOSTROPHES))
            self._para_starts = [p.start for p in doc.paragraphs]
            self._quoted = _merged([(sp.open, doc.paragraphs[sp.para].end if sp.close is None else sp.close)
                                    for sp in spans])
            self._quoted_starts = [o for o, _ in self._quoted]
            self._cands = {}
        i = bisect.bisect_right(self._para_starts, start) - 1
        if i < 0 or not (doc.paragraphs[i].start <= start < doc.paragraphs[i].end):
            return []
        cands = self._cands.get(i)
        if cands is None:
            cands = self._cands[i] = self._paragraph_cands(doc, doc.paragraphs[i], sentences)
        if not cands:
            return []
        q_lo, q_hi = sentences.at(start)[0], sentences.at(max(start, end - 1))[1]

        def rank(c: tuple[int, int, str]) -> tuple[bool, int]:
            in_sentence = c[1] > c[0] and q_lo <= c[0] < q_hi
            return (not in_sentence, max(0, c[0] - end, start - c[1]))

        best = min(range(len(cands)), key=lambda i: rank(cands[i]))
        lo_i = hi_i = best
        while lo_i > 0 and _OUTLET_JOIN.fullmatch(text, cands[lo_i - 1][1], cands[lo_i][0]):
            lo_i -= 1
        while hi_i + 1 < len(cands) and _OUTLET_JOIN.fullmatch(text, cands[hi_i][1], cands[hi_i + 1][0]):
            hi_i += 1
        return list(dict.fromkeys(c[2] for c in cands[lo_i:hi_i + 1]))
