"""Clean stage: tell the article's own text apart from what the scraper dragged in.

Every line of ``doc.text`` becomes one or more classified spans in ``doc.lines``
(content, headline, byline, dateline, credit, boilerplate, blank). Content lines
are cut further: a dateline at the start (``pipeline/metadata/datelines.py``: "WASHINGTON, Sept 13 (Reuters) -",
"MOSCOW, June 19. /TASS/.", "PARIS, 19 juin 2024 -"), credits ("Photo : KCNA",
"(Source : Reuters) |") at the end and a "Photo :" label that introduces a
caption; a scraped page store's " date YYYY-MM-DD" prefix is cut from the first
line; a line that is only a web address is dropped (reason ``url``). The
content spans (and the first headline) become ``doc.paragraphs``; the other
spans feed the metadata: title, date, publisher (near the top, a web address's
host name may name it) and the outlets the article says it takes its
information from (``pipeline/metadata/relays.py``). The publication date and the
publisher come from the header (datelines, bylines, mastheads, the lines above
the first body paragraph), never from body sentences (``pipeline/metadata/``:
``dates`` and ``publishers``).

All rules come from ``cfg.clean`` and are compiled once per stage object.
Boilerplate rules match case-insensitively; byline, dateline and credit rules
are case-sensitive because capitals carry their meaning (see ``defaults.py``).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from pipeline.data import Document, Line, Paragraph
from pipeline.metadata.dates import (
    LEADING_DATE,
    STORE_DATE,
    TRAILING_DATE,
    TRAILING_DATE_MAX_LINE,
    publication_date,
)
from pipeline.metadata.broken_lines import join_broken
from pipeline.metadata.datelines import LeadDatelines, dateline_groups
from pipeline.metadata.lines import Span, body_line, header_end
from pipeline.metadata.relays import SENTENCE_END, RelayedOutlets
from pipeline.metadata.publishers import Publishers
from pipeline.metadata.signs import outlet_named, outlet_place
from pipeline.outlets import WIRE_PREFIX, agency_like, compile_cues_after, fold
from pipeline.stages.base import DocumentStage

if TYPE_CHECKING:
    from pipeline.config import Config

log = logging.getLogger(__name__)

# Spans that are neither kept nor counted as dropped.
_KEPT = ("content", "blank")

# A sentence ends at . ! ? … (perhaps closed by a quote or bracket) before a
# space, except after a one-letter word or a capitalised two-letter word:
# those are abbreviations and initials ("M. Kim", "Mr. Putin", "J. Smith").

# Inside a line, a credit or a caption label can only start where a sentence
# (or a bracket, quote or "|" separator) has just ended.
_CUT_POINT = re.compile(r"[.!?…»\"”)\]|]\s+(?=\S)")

_CAPTION_LABEL = re.compile(r"(?i:photos?|légende|caption)\s*:\s*(?=\S)")

_BULLET = re.compile(r"[-–•*·▪‣]\s+")
_INNER_BY = re.compile(r"(?<=\s)(?:By|Par|BY|PAR)\s")

# A line that is only a web address: the page's own, near the top. Its host
# name may name the publisher ("https://sputnikglobe.com/2024...", "www.reuters.com/...").
_URL_LINE = re.compile(
    r"(?:https?://|www\.|(?=[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/))"  # "fr.yna.co.kr/view/..." needs the path
    r"(?P<host>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?::\d+)?(?:[/?#]\S*)?",
    re.IGNORECASE,
)

_TITLE_MAX = 150



class Clean(LeadDatelines, RelayedOutlets, DocumentStage):
    name = "clean"
    version = "41"  # what each version changed: pipeline/metadata/CHANGES.md (raise it when outputs may change)
    config_keys = ("clean",)

    def __init__(self, cfg: Config):
        super().__init__(cfg)
        c = cfg.clean
        self.window = c.relay_window
        self.min_words = c.headline_min_words
        self.upper_ratio = c.headline_upper_ratio
        # order matters: a line is given the first kind whose rule matches
        self.rules = [
            ("boilerplate", [re.compile(p, re.IGNORECASE) for p in c.boilerplate]),
            ("credit", [re.compile(p) for p in c.credits]),
            ("byline", [re.compile(p) for p in c.bylines]),
            ("dateline", [re.compile(p) for p in c.datelines]),
        ]
        self.credits = self.rules[1][1]
        self.names = Publishers(c.outlets)  # outlet names, and the publisher of an article
        self.cues_before = [fold(cue) for cue in c.relay_cues_before]
        self.cue_after_rx = compile_cues_after(c.relay_cues_after)

    # -- stage entry point ---------------------------------------------------

    def process(self, doc: Document) -> Document:
        if not doc.ok or not doc.text:
            return doc
        text = doc.text
        doc.stats.pop(self.name, None)  # a re-run must not double the counts
        spans = self._spans(text)
        doc.lines = [Line(s.start, s.end, s.kind, s.reason) for s in spans]
        doc.paragraphs = [
            Paragraph(s.start, s.end)
            for s in spans
            if s.kind == "content" or (s.kind == "headline" and s.reason is None)
        ]
        for s in spans:
            if s.kind not in _KEPT and s.reason is not None:
                doc.count_drop(self.name, s.reason)
        doc.title = _title(text, spans)
        header = header_end(text, spans)
        doc.date = publication_date(text, spans, header)
        doc.publisher = self.names.publisher(text, spans, header)
        doc.relayed_outlets = self._relayed(text, spans)
        doc.source_outlets = self._sources(text, spans)
        log.debug("%s: %d lines, %d paragraphs, relayed %s", doc.doc_id, len(spans),
                  len(doc.paragraphs), doc.relayed_outlets)
        return doc

    # -- line classification -------------------------------------------------

    def _spans(self, text: str) -> list[Span]:
        lines = []
        for s, e in _raw_lines(text):
            ss, se = _strip(text, s, e)
            if ss == se:
                lines.append(Span(s, e, "blank"))
                continue
            if not any(sp.kind != "blank" for sp in lines):  # the first line
                store = STORE_DATE.match(text, ss, se)
                if store:
                    lines.append(Span(ss, _strip(text, ss, store.end())[1], "dateline", "dateline",
                                       store.groupdict()))
                    ss = store.end()
                    if ss == se:
                        continue
            lines.append(self._match_line(text, ss, se))
        self._mark_headlines(text, lines)
        out: list[Span] = []
        body = False  # a body paragraph seen: above it the header, at it the lead
        seen = 0  # body paragraphs seen (a standfirst may come before the wire dateline)
        for sp in lines:
            if sp.kind == "content" and not body and (outlet := self._outlet_place(text, sp)):
                out.append(outlet)
                continue
            out.extend(self._split_content(text, sp, not body, seen < 2) if sp.kind == "content" else [sp])
            if sp.kind == "content" and body_line(text[sp.start:sp.end]):
                body, seen = True, seen + 1
        return join_broken(text, out)

    def _match_line(self, text: str, s: int, e: int) -> Span:
        sp = self._match_rules(text, s, e)
        if sp.kind == "content":
            # scraped pages list their metadata as bullets ("- Published Date: ...")
            bullet = _BULLET.match(text, s, e)
            if bullet and bullet.end() < e:
                inner = self._match_rules(text, bullet.end(), e)
                if inner.kind not in ("content", "boilerplate"):
                    return inner._replace(start=s)
        return sp

    def _match_rules(self, text: str, s: int, e: int) -> Span:
        line = text[s:e]
        url = _URL_LINE.fullmatch(line)
        if url:
            return Span(s, e, "boilerplate", "url", {"host": url["host"]})
        for i, (kind, rules) in enumerate(self.rules):
            if i == 2:  # a byline or dateline with a date in it: the date is its own
                dated = self._dated_line(line, s, e)
                if dated:
                    return dated
            for rx in rules:
                m = rx.fullmatch(line)
                if m and (kind != "credit" or self._credit_ok(m)):
                    return Span(s, e, kind, kind, m.groupdict())
        return Span(s, e, "content")

    def _dated_line(self, line: str, s: int, e: int) -> Span | None:
        """A byline or dateline with a date at its end ("By Jane Doe, Reuters
        June 19, 2024", "Guardian staff and agencies Wed 13 Sep 2023 08.10
        BST", "By Jane Doe Jun20,2024") or its start ("June 20, 2024 - 11:01 By
        Yonhap"): the line without the date matches a rule. A line that is
        only a date ("Thu. Jul 18th, 2024") is a dateline."""
        if len(line) > TRAILING_DATE_MAX_LINE:
            return None
        tail = TRAILING_DATE.search(line)
        if tail is not None and tail.start() == 0:
            return Span(s, e, "dateline", "dateline", {"date": tail["date"]})
        parts = []
        if tail is not None:
            parts.append((line[: tail.start()], tail["date"]))
        lead = LEADING_DATE.match(line)
        if lead is not None:
            parts.append((line[lead.end():], lead["date"]))
        if tail is not None:
            # an author's name (a photo's alt text) before the byline: "Jane Doe By Jane Doe Jun20,2024"
            by = _INNER_BY.search(line, 1, tail.start())
            if by is not None:
                parts.append((line[by.start(): tail.start()], tail["date"]))
        for head, date in parts:
            for kind, rules in (self.rules[2], self.rules[3], self.rules[1]):  # bylines, datelines, credits
                for rx in rules:
                    m = rx.fullmatch(head)
                    if m:
                        return Span(s, e, kind, kind, {**m.groupdict(), "date": date})
        return None

    def _mark_headlines(self, text: str, lines: list[Span]) -> None:
        """Keep the first upper-case line above the body as the headline, drop its copies."""
        filled = [i for i, sp in enumerate(lines) if sp.kind != "blank"]
        # a store's "date ..." prefix, a date or the page's address above the site name
        while filled and (lines[filled[0]].kind == "dateline" or lines[filled[0]].reason == "url"):
            filled.pop(0)
        if filled and lines[filled[0]].kind == "content":
            top = lines[filled[0]]
            nxt = lines[filled[1]] if len(filled) >= 2 else None
            line = text[top.start:top.end]
            # a known outlet's site name ("BBC News"), or a short name above an
            # upper-case headline ("Lagazette")
            if self.names.site_outlet(line) or (
                    nxt is not None and nxt.kind == "content" and _is_masthead(line)
                    and self._is_headline(text[nxt.start:nxt.end])):
                lines[filled[0]] = top._replace(kind="boilerplate", reason="masthead")
        key, seen_body = None, False
        for i, sp in enumerate(lines):
            if sp.kind != "content":
                continue
            line = text[sp.start:sp.end]
            if key is not None and fold(line) == key:  # copies differ in case or spacing
                lines[i] = sp._replace(kind="headline", reason="repeated_headline")
            elif key is None and not seen_body and self._is_headline(line):
                key = fold(line)
                lines[i] = sp._replace(kind="headline")
            else:
                seen_body = True  # later upper-case lines are subheads: kept as content

    def _is_headline(self, line: str) -> bool:
        letters = [c for c in line if c.isalpha()]
        if not letters or len(line.split()) < self.min_words:
            return False
        return sum(c.isupper() for c in letters) / len(letters) >= self.upper_ratio

    # -- cutting content lines -----------------------------------------------

    def _split_content(self, text: str, sp: Span, lead: bool = False, near: bool = False) -> list[Span]:
        """``lead``: the first body paragraph; ``near``: one of the first two (a
        standfirst may stand above "ISLAMABAD (Example News) - ")."""
        s, e = sp.start, sp.end
        head: list[Span] = []
        m = WIRE_PREFIX.match(text[s:e])
        if not (m and self._outlets(m["outlets"]) and agency_like(m["outlets"])):
            m = self.lead_dateline(text[s:e], lead, near)
        if m:
            groups = dateline_groups(m)
            head.append(Span(s, _strip(text, s, s + m.end())[1], "dateline", "dateline", groups))
            s += m.end()
        tail: list[Span] = []
        while (credit := self._trailing_credit(text, s, e)) is not None:
            tail.insert(0, credit)
            e = _strip(text, s, credit.start)[1]
        return head + self._split_captions(text, s, e) + tail

    def _outlet_place(self, text: str, sp: Span) -> Span | None:
        """A line "Outlet – Place" (see outlet_place), as a dateline with its publisher."""
        m = outlet_place(text[sp.start:sp.end])
        if m and (self.names.site_outlet(m["publisher"]) is not None or outlet_named(m["publisher"])):
            return Span(sp.start, sp.end, "dateline", "dateline", m.groupdict())
        return None

    def _trailing_credit(self, text: str, s: int, e: int) -> Span | None:
        """The longest credit that runs from a sentence end to the end of the span."""
        seg = text[s:e]
        for cut in _CUT_POINT.finditer(seg):
            for rx in self.credits:
                m = rx.fullmatch(seg, cut.end())
                if m and self._credit_ok(m):
                    return Span(s + cut.end(), e, "credit", "credit", m.groupdict())
        return None

    def _split_captions(self, text: str, s: int, e: int) -> list[Span]:
        """Split at each sentence-initial "Photo :" label; the caption after it is content."""
        seg = text[s:e]
        out, cur = [], 0
        for pos in [0] + [c.end() for c in _CUT_POINT.finditer(seg)]:
            m = _CAPTION_LABEL.match(seg, pos)
            if not m:
                continue
            out.append(Span(*_strip(text, s + cur, s + pos), "content"))
            out.append(Span(*_strip(text, s + pos, s + m.end()), "credit", "credit"))
            cur = m.end()
        out.append(Span(*_strip(text, s + cur, e), "content"))
        return [sp for sp in out if sp.start < sp.end]

    def _outlets(self, s: str) -> list[str]:
        return self.names.outlets(s)

    def _credit_ok(self, m: re.Match) -> bool:
        # "Photo : KCNA" is a credit, "Photo : Le président russe salue ..." a
        # caption: a credit names a known outlet or is at most three words.
        named = m.groupdict().get("outlets")
        return named is None or bool(self._outlets(named)) or len(named.split()) <= 3

# -- helpers -----------------------------------------------------------------

def _raw_lines(text: str):
    """(start, end) of each line, without its "\\n" or a "\\r" before it."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        yield start, end - 1 if line.endswith("\r") else end
        start = end + 1


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """Bounds of text[s:e] without surrounding whitespace (and byte-order marks)."""
    while s < e and (text[s].isspace() or text[s] == "\ufeff"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _is_masthead(line: str) -> bool:
    # a site name above the headline: a few words, no sentence punctuation
    return len(line) <= 40 and len(line.split()) <= 3 and not re.search(r"[.!?:;,]$", line)


def _title(text: str, spans: list[Span]) -> str | None:
    for sp in spans:
        if sp.kind == "headline" and sp.reason is None:
            return text[sp.start:sp.end]
    for sp in spans:
        if sp.kind == "content":
            return _first_sentence(text[sp.start:sp.end])
    return None


def _first_sentence(para: str) -> str:
    m = SENTENCE_END.search(para)
    sentence = para[: m.start() + len(m[0].rstrip())] if m else para
    if len(sentence) <= _TITLE_MAX:
        return sentence
    cut = sentence.rfind(" ", 0, _TITLE_MAX + 1)
    return sentence[: cut if cut > 0 else _TITLE_MAX].rstrip(" ,;:-–—")


