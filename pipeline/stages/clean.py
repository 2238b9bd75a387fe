"""Clean stage: tell the article's own text apart from what the scraper dragged in.

Every line of ``doc.text`` becomes one or more classified spans in ``doc.lines``
(content, headline, byline, dateline, credit, boilerplate, blank). Content lines
are cut further: a wire prefix ("WASHINGTON, Sept 13 (Reuters) -") at the start,
credits ("Photo : KCNA", "(Source : Reuters) |") at the end and a "Photo :"
label that introduces a caption. The content spans (and the first headline)
become ``doc.paragraphs``; the other spans feed the metadata: title, date,
publisher and the outlets the article says it takes its information from.

All rules come from ``cfg.clean`` and are compiled once per stage object.
Boilerplate rules match case-insensitively; byline, dateline and credit rules
are case-sensitive because capitals carry their meaning (see ``defaults.py``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from typing import TYPE_CHECKING, Any, NamedTuple

from pipeline.data import Document, Line, Paragraph
from pipeline.outlets import APOSTROPHES, WIRE_PREFIX, compile_cues_after, compile_outlets, fold
from pipeline.stages.base import DocumentStage

if TYPE_CHECKING:
    from pipeline.config import Config

log = logging.getLogger(__name__)

# Spans that are neither kept nor counted as dropped.
_KEPT = ("content", "blank")

# A sentence ends at . ! ? … (perhaps closed by a quote or bracket) before a
# space, except after a one-letter word or a capitalised two-letter word:
# those are abbreviations and initials ("M. Kim", "Mr. Putin", "J. Smith").
_SENTENCE_END = re.compile(r"(?<!\b\w)(?<!\b[A-Z][a-z])[.!?…]+[»\"”’)]*\s+")

# Inside a line, a credit or a caption label can only start where a sentence
# (or a bracket, quote or "|" separator) has just ended.
_CUT_POINT = re.compile(r"[.!?…»\"”)\]|]\s+(?=\S)")

_CAPTION_LABEL = re.compile(r"(?i:photos?|légende|caption)\s*:\s*(?=\S)")

_WORD = re.compile(r"[\w'-]+")
_PHOTO_CREDIT = re.compile(r"\W*(?i:photos?|crédit photo|photo credit|photograph)\b")

_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2,
    "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "déc": 12,
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

_DATE_FORMS = (  # (regex, day-first for all-numeric dates)
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<d>\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?P<m>[^\W\d_]+)\.?,?\s+(?P<y>\d{4})"),
    re.compile(r"(?P<m>[^\W\d_]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"),
    re.compile(r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})"),
)

_TITLE_MAX = 150


class _Span(NamedTuple):
    start: int
    end: int
    kind: str
    reason: str | None = None
    groups: dict[str, Any] | None = None  # named groups of the rule that matched


class Clean(DocumentStage):
    name = "clean"
    version = "2"
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
        self.outlet_rx, self.outlet_of = compile_outlets(c.outlets)
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
        doc.date = _date(text, spans)
        doc.publisher = _publisher(text, spans)
        doc.relayed_outlets = self._relayed(text, spans)
        doc.source_outlets = self._sources(text, spans)
        log.debug("%s: %d lines, %d paragraphs, relayed %s", doc.doc_id, len(spans),
                  len(doc.paragraphs), doc.relayed_outlets)
        return doc

    # -- line classification -------------------------------------------------

    def _spans(self, text: str) -> list[_Span]:
        lines = []
        for s, e in _raw_lines(text):
            ss, se = _strip(text, s, e)
            lines.append(_Span(s, e, "blank") if ss == se else self._match_line(text, ss, se))
        self._mark_headlines(text, lines)
        out: list[_Span] = []
        for sp in lines:
            out.extend(self._split_content(text, sp) if sp.kind == "content" else [sp])
        return out

    def _match_line(self, text: str, s: int, e: int) -> _Span:
        line = text[s:e]
        for kind, rules in self.rules:
            for rx in rules:
                m = rx.fullmatch(line)
                if m and (kind != "credit" or self._credit_ok(m)):
                    return _Span(s, e, kind, kind, m.groupdict())
        return _Span(s, e, "content")

    def _mark_headlines(self, text: str, lines: list[_Span]) -> None:
        """Keep the first upper-case line above the body as the headline, drop its copies."""
        filled = [i for i, sp in enumerate(lines) if sp.kind != "blank"]
        if len(filled) >= 2:
            top, nxt = lines[filled[0]], lines[filled[1]]
            if (top.kind == nxt.kind == "content" and _is_masthead(text[top.start:top.end])
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

    def _split_content(self, text: str, sp: _Span) -> list[_Span]:
        s, e = sp.start, sp.end
        head: list[_Span] = []
        m = WIRE_PREFIX.match(text[s:e])
        if m and self._outlets(m["outlets"]):
            head.append(_Span(s, _strip(text, s, s + m.end())[1], "dateline", "dateline",
                              m.groupdict()))
            s += m.end()
        tail: list[_Span] = []
        while (credit := self._trailing_credit(text, s, e)) is not None:
            tail.insert(0, credit)
            e = _strip(text, s, credit.start)[1]
        return head + self._split_captions(text, s, e) + tail

    def _trailing_credit(self, text: str, s: int, e: int) -> _Span | None:
        """The longest credit that runs from a sentence end to the end of the span."""
        seg = text[s:e]
        for cut in _CUT_POINT.finditer(seg):
            for rx in self.credits:
                m = rx.fullmatch(seg, cut.end())
                if m and self._credit_ok(m):
                    return _Span(s + cut.end(), e, "credit", "credit", m.groupdict())
        return None

    def _split_captions(self, text: str, s: int, e: int) -> list[_Span]:
        """Split at each sentence-initial "Photo :" label; the caption after it is content."""
        seg = text[s:e]
        out, cur = [], 0
        for pos in [0] + [c.end() for c in _CUT_POINT.finditer(seg)]:
            m = _CAPTION_LABEL.match(seg, pos)
            if not m:
                continue
            out.append(_Span(*_strip(text, s + cur, s + pos), "content"))
            out.append(_Span(*_strip(text, s + pos, s + m.end()), "credit", "credit"))
            cur = m.end()
        out.append(_Span(*_strip(text, s + cur, e), "content"))
        return [sp for sp in out if sp.start < sp.end]

    def _credit_ok(self, m: re.Match) -> bool:
        # "Photo : KCNA" is a credit, "Photo : Le président russe salue ..." a
        # caption: a credit names a known outlet or is at most three words.
        named = m.groupdict().get("outlets")
        return named is None or bool(self._outlets(named)) or len(named.split()) <= 3

    # -- relayed outlets -----------------------------------------------------

    def _outlets(self, s: str) -> list[str]:
        return [self._canonical(m[0]) for m in self.outlet_rx.finditer(s)]

    def _canonical(self, alias: str) -> str:
        return self.outlet_of.get(alias) or self.outlet_of[fold(alias)]

    def _relayed(self, text: str, spans: list[_Span]) -> list[str]:
        found: list[str] = []
        for sp in spans:
            if sp.kind == "content":
                names = self._cued_outlets(text[sp.start:sp.end])
            elif sp.kind in ("byline", "credit", "dateline") and (sp.groups or {}).get("outlets"):
                names = self._outlets(sp.groups["outlets"])
            else:
                continue
            found.extend(names)
        return list(dict.fromkeys(found))  # first appearance wins

    def _sources(self, text: str, spans: list[_Span]) -> list[str]:
        """Outlets credited for the whole article: bylines, wire datelines and
        source credits. A photo credit counts only when nothing else does:
        it says where the picture came from, not the words."""
        credited: list[str] = []
        photos: list[str] = []
        for sp in spans:
            outlets = (sp.groups or {}).get("outlets")
            if sp.kind not in ("byline", "credit", "dateline") or not outlets:
                continue
            is_photo = _PHOTO_CREDIT.match(text[sp.start:sp.end]) is not None
            (photos if is_photo else credited).extend(self._outlets(outlets))
        return list(dict.fromkeys(credited or photos))

    def _cued_outlets(self, seg: str) -> list[str]:
        """Outlets named next to a relay cue ("selon Interfax", "KCNA indique") in one sentence."""
        folded = seg.translate(APOSTROPHES)
        ends = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(seg)]
        out = []
        for m in self.outlet_rx.finditer(seg):
            lo, hi = _sentence_of(ends, m.start(), m.end(), len(seg))
            if self._cue_before(folded[lo:m.start()]) or self.cue_after_rx.match(folded, m.end(), hi):
                out.append(self._canonical(m[0]))
        return out

    def _cue_before(self, before: str) -> bool:
        window = " " + " ".join(_WORD.findall(before.lower())[-self.window:]) + " "
        return any(f" {cue} " in window for cue in self.cues_before)


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


def _sentence_of(ends: list[tuple[int, int]], start: int, end: int, size: int) -> tuple[int, int]:
    """Bounds of the sentence holding [start, end), given the sentence-end matches."""
    lo = max((e for s, e in ends if e <= start), default=0)
    i = bisect.bisect_left([s for s, _ in ends], end)
    return lo, ends[i][0] if i < len(ends) else size


def _title(text: str, spans: list[_Span]) -> str | None:
    for sp in spans:
        if sp.kind == "headline" and sp.reason is None:
            return text[sp.start:sp.end]
    for sp in spans:
        if sp.kind == "content":
            return _first_sentence(text[sp.start:sp.end])
    return None


def _first_sentence(para: str) -> str:
    m = _SENTENCE_END.search(para)
    sentence = para[: m.start() + len(m[0].rstrip())] if m else para
    if len(sentence) <= _TITLE_MAX:
        return sentence
    cut = sentence.rfind(" ", 0, _TITLE_MAX + 1)
    return sentence[: cut if cut > 0 else _TITLE_MAX].rstrip(" ,;:-–—")


def _date(text: str, spans: list[_Span]) -> str | None:
    for sp in spans:
        if sp.kind == "dateline":
            found = parse_date((sp.groups or {}).get("date") or text[sp.start:sp.end])
            if found:
                return found
    return None


def parse_date(s: str) -> str | None:
    """First full date (with a year) in s as "YYYY-MM-DD"; French or English month names."""
    for rx in _DATE_FORMS:
        for m in rx.finditer(s):
            month = m["m"] if m["m"].isdigit() else _MONTHS.get(m["m"].lower().rstrip("."))
            if month is None:
                continue
            day, month, year = int(m["d"]), int(month), int(m["y"])
            # all-numeric dates are read day-first (French) unless that is impossible
            tries = ((day, month), (month, day)) if m["m"].isdigit() else ((day, month),)
            for d, mo in tries:
                try:
                    return dt.date(year, mo, d).isoformat()
                except ValueError:
                    continue
    return None


def _publisher(text: str, spans: list[_Span]) -> str | None:
    for sp in spans:
        named = (sp.groups or {}).get("publisher") if sp.kind == "dateline" else None
        if named and named.strip():
            return named.strip()
    for sp in spans:
        if sp.reason == "masthead":
            return text[sp.start:sp.end]
    return None
