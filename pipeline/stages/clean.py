"""Clean stage: tell the article's own text apart from what the scraper dragged in.

Every line of ``doc.text`` becomes one or more classified spans in ``doc.lines``
(content, headline, byline, dateline, credit, boilerplate, blank). Content lines
are cut further: a dateline at the start ("WASHINGTON, Sept 13 (Reuters) -",
"MOSCOW, June 19. /TASS/.", "PARIS, 19 juin 2024 -"), credits ("Photo : KCNA",
"(Source : Reuters) |") at the end and a "Photo :" label that introduces a
caption; a scraped page store's " date YYYY-MM-DD" prefix is cut from the first
line; a line that is only a web address is dropped (reason ``url``). The
content spans (and the first headline) become ``doc.paragraphs``; the other
spans feed the metadata: title, date, publisher (near the top, a web address's
host name may name it) and the outlets the article says it takes its
information from. The publication date and the
publisher come from the header (datelines, bylines, mastheads, the lines above
the first body paragraph), never from body sentences (see ``_date`` and
``Clean._publisher``).

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

# Any spelling of a month from the table, in any case, perhaps abbreviated with a
# dot; a digit may follow at once, as scraped ("Jun20,2024"), a letter may not.
_MONTH = "(?i:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")(?![^\W\d_])\.?"

_FULL_DATES = (  # (regex, day-first for all-numeric dates)
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<d>\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?P<m>[^\W\d_]+)\.?(?:,\s*|\s+)(?P<y>\d{4})"),
    # "June 20, 2024", "Jul 18th, 2024", and as scraped "Jun 20,2024", "Jun20,2024"
    re.compile(r"(?P<m>[^\W\d_]+)\.?\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>\d{4})"),
    re.compile(r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})"),
)
# Datelines often leave the year out ("MOSCOW, June 19. /TASS/.", "le 19 juin");
# these forms need a month name.
_YEARLESS_DATES = (
    re.compile(rf"(?<![\w/.-])(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s+(?P<m>{_MONTH})"),
    re.compile(rf"(?<!\w)(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?!\d)"),
)

# A date at the end of a byline or another short header line: "By Jane Doe,
# Reuters  June 19, 2024", "Par Jean Dupont - 19 juin 2024 à 08:00".
_WEEKDAY = r"(?i:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)[^\W\d]*\.?,?\s+"
_CLOCK = (r"(?:\s*(?:à|at|,|-)?\s*\d{1,2}[:hH.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?"
          r"(?:\s*(?:(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,4}))?")
_DATE_FORMS = (
    rf"(?:\d{{1,2}}(?:er|st|nd|rd|th)?\.?\s+{_MONTH}(?:(?:,\s*|\s+)\d{{4}})?"
    rf"|{_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?(?:(?:,\s*|\s+)\d{{4}})?"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
)
_TRAILING_DATE = re.compile(
    rf"[\s,;|·•–—-]*(?<!\w)(?P<date>(?:{_WEEKDAY})?{_DATE_FORMS}{_CLOCK})\s*$"
)
# A date (and time) opening a byline: "June 20, 2024 - 11:01 By Yonhap". Only
# named time zones, so that "BY" of an upper-case byline is not taken for one.
_LEADING_DATE = re.compile(
    rf"(?P<date>(?:{_WEEKDAY})?{_DATE_FORMS}"
    r"(?:\s*(?:à|at|,|-)?\s*\d{1,2}[:hH.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?"
    r"(?:\s*(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|KST|JST|BST|CET|CEST|EST|EDT|MSK)(?!\w))?)"
    r"[\s,;|·•–—-]+(?=\S)"
)
_TRAILING_DATE_MAX_LINE = 160  # bylines are short; a long line is a paragraph
_BULLET = re.compile(r"[-–•*·▪‣]\s+")
_INNER_BY = re.compile(r"(?<=\s)(?:By|Par|BY|PAR)\s")

# An upper-case place and a date opening the body, without an outlet:
# "PARIS, 19 juin 2024 - ", "SEOUL, June 19 -- ". (With an outlet, WIRE_PREFIX.)
_DATED_LEAD = re.compile(
    rf"[A-ZÀ-Ý]{{2}}[A-ZÀ-Ý'’ .-]*(?:,\s*[A-ZÀ-Ý][\w'’ .-]{{0,30}}?)?,\s*"
    rf"(?P<date>\d{{1,2}}(?:er)?\.?\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
    r"\s*[.:]?\s*[-–—]{1,2}\s+(?=\S)"
)

# A wire dateline naming an agency the outlet table may not know: "Tokyo, June
# 20 (Jiji Press)--Japanese officials said", "BEIJING, March 21 (Xinhua) -- ".
# A place and a date must lead (so "VLADIVOSTOK (Russie) - " is no dateline),
# and the brackets hold one to four capitalised words ("(AP Photo)", "(file
# photo)" and "(UTC)" are turned away by _NOT_AGENCY or the capitals).
_WIRE_AGENCY = re.compile(
    r"(?P<lead>[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3}"
    r"(?:,\s*[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){0,2})?,\s*"
    rf"(?P<date>\d{{1,2}}(?:er)?\.?\s+{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
    r"\.?\s*)"
    r"\((?P<outlets>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3})\)"
    r"\s*(?:(?:--|[–—])(?=[^\W\d_])|[-–—]{1,2}\s+(?=\S))"
)
_NOT_AGENCY = frozenset(
    "photo photos file video videos pool graphic map lead urgent update updated updates live "
    "breaking analysis interview utc gmt kst jst bst cet cest est edt msk pst pdt local time".split()
)

# A line that is only a web address: the page's own, near the top. Its host
# name may name the publisher ("https://sputnikglobe.com/2024...", "www.reuters.com/...").
_URL_LINE = re.compile(
    r"(?:https?://|www\.|(?=[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/))"  # "fr.yna.co.kr/view/..." needs the path
    r"(?P<host>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?::\d+)?(?:[/?#]\S*)?",
    re.IGNORECASE,
)
# Words a host name may join to an outlet's name: "kyodonews", "sputnikglobe", "voanews".
_HOST_WORDS = ("", "news", "globe", "world", "english", "online", "international", "tv", "info")

# Scraped page stores prepend " date YYYY-MM-DD" (or " date YYYY-MM") to the
# text, before the headline.
_STORE_DATE = re.compile(r"date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?![\d-])\s*")
_YEAR_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})")

# An update marker inside a line that also holds the publication date.
_UPDATED_INSIDE = re.compile(r"(?i:\b(?:last\s+)?(?:updated|modified)|mis à jour|mise à jour|modifié|actualisé|màj)\b")
# An update date is not the publication date: used only when nothing else is.
_UPDATED = re.compile(
    r"\W*(?i:(?:last\s+)?(?:updated|modified)|mis à jour|mise à jour|modifié|actualisé|màj)\b")

# The header is what stands above the first body paragraph: a line of at least
# this many words that ends like a sentence (headlines and decks rarely do).
# It is at most _HEADER_MAX_LINES lines, so a text with no such paragraph does
# not make its whole body a header.
_BODY_MIN_WORDS = 8
_HEADER_MAX_LINES = 12
_SENTENCE_FINAL = re.compile(r"[.!?…][»\"”’)\]]*$")

# Words that, just before an outlet in a byline, say it is a source or a
# co-author, not the publisher ("Par Jean Dupont, avec AFP", "(selon Interfax)",
# "Additional reporting by Reuters").
_NOT_PUBLISHER = frozenset(
    "avec with selon via d'après according source sources reporting writing editing "
    "photo photos crédit credit".split()
)
# Words a site name may carry besides the outlet's name ("BBC News",
# "KBS WORLD", "Le Monde avec AFP", "Yonhap News Agency").
_SITE_WORDS = frozenset(
    "news agency world english online international edition info infos actu actualités "
    "français newsroom avec with and et agencies agences".split()
)
# A page title that ends with the site's name: "Putin arrives in Pyongyang | Reuters".
_TITLE_SUFFIX = re.compile(r"\s[|–—-]\s*(?P<site>[^|–—]{2,40})$")
_DOMAIN = re.compile(r"(?:\.[a-z]{2,3})+$")

_TITLE_MAX = 150


def _squash(name: str) -> str:
    """An outlet name as a host name would spell it: "France 24" -> "france24"."""
    return re.sub(r"[\W_]", "", fold(name))


class _Span(NamedTuple):
    start: int
    end: int
    kind: str
    reason: str | None = None
    groups: dict[str, Any] | None = None  # named groups of the rule that matched


class Clean(DocumentStage):
    name = "clean"
    version = "6"
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
        self.host_of: dict[str, str] = {}
        for name, aliases in c.outlets.items():
            for alias in (name, *aliases):
                self.host_of.setdefault(_squash(alias), name)
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
        header = _header_end(text, spans)
        doc.date = _date(text, spans, header)
        doc.publisher = self._publisher(text, spans, header)
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
            if ss == se:
                lines.append(_Span(s, e, "blank"))
                continue
            if not any(sp.kind != "blank" for sp in lines):  # the first line
                store = _STORE_DATE.match(text, ss, se)
                if store:
                    lines.append(_Span(ss, _strip(text, ss, store.end())[1], "dateline", "dateline",
                                       store.groupdict()))
                    ss = store.end()
                    if ss == se:
                        continue
            lines.append(self._match_line(text, ss, se))
        self._mark_headlines(text, lines)
        out: list[_Span] = []
        for sp in lines:
            out.extend(self._split_content(text, sp) if sp.kind == "content" else [sp])
        return out

    def _match_line(self, text: str, s: int, e: int) -> _Span:
        sp = self._match_rules(text, s, e)
        if sp.kind == "content":
            # scraped pages list their metadata as bullets ("- Published Date: ...")
            bullet = _BULLET.match(text, s, e)
            if bullet and bullet.end() < e:
                inner = self._match_rules(text, bullet.end(), e)
                if inner.kind not in ("content", "boilerplate"):
                    return inner._replace(start=s)
        return sp

    def _match_rules(self, text: str, s: int, e: int) -> _Span:
        line = text[s:e]
        url = _URL_LINE.fullmatch(line)
        if url:
            return _Span(s, e, "boilerplate", "url", {"host": url["host"]})
        for i, (kind, rules) in enumerate(self.rules):
            if i == 2:  # a byline or dateline with a date in it: the date is its own
                dated = self._dated_line(line, s, e)
                if dated:
                    return dated
            for rx in rules:
                m = rx.fullmatch(line)
                if m and (kind != "credit" or self._credit_ok(m)):
                    return _Span(s, e, kind, kind, m.groupdict())
        return _Span(s, e, "content")

    def _dated_line(self, line: str, s: int, e: int) -> _Span | None:
        """A byline or dateline with a date at its end ("By Jane Doe, Reuters
        June 19, 2024", "Guardian staff and agencies Wed 13 Sep 2023 08.10
        BST", "By Jane Doe Jun20,2024") or its start ("June 20, 2024 - 11:01 By
        Yonhap"): the line without the date matches a rule. A line that is
        only a date ("Thu. Jul 18th, 2024") is a dateline."""
        if len(line) > _TRAILING_DATE_MAX_LINE:
            return None
        tail = _TRAILING_DATE.search(line)
        if tail is not None and tail.start() == 0:
            return _Span(s, e, "dateline", "dateline", {"date": tail["date"]})
        parts = []
        if tail is not None:
            parts.append((line[: tail.start()], tail["date"]))
        lead = _LEADING_DATE.match(line)
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
                        return _Span(s, e, kind, kind, {**m.groupdict(), "date": date})
        return None

    def _mark_headlines(self, text: str, lines: list[_Span]) -> None:
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
            if self._site_outlet(line) or (
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

    def _split_content(self, text: str, sp: _Span) -> list[_Span]:
        s, e = sp.start, sp.end
        head: list[_Span] = []
        m = WIRE_PREFIX.match(text[s:e])
        if not (m and self._outlets(m["outlets"]) and _agency_like(m["outlets"])):
            m = self._wire_agency(text[s:e]) or _DATED_LEAD.match(text[s:e])
        if m:
            groups = m.groupdict()
            if m.re is _WIRE_AGENCY:
                groups["agency"] = m["outlets"]
            head.append(_Span(s, _strip(text, s, s + m.end())[1], "dateline", "dateline", groups))
            s += m.end()
        tail: list[_Span] = []
        while (credit := self._trailing_credit(text, s, e)) is not None:
            tail.insert(0, credit)
            e = _strip(text, s, credit.start)[1]
        return head + self._split_captions(text, s, e) + tail

    def _wire_agency(self, seg: str) -> re.Match | None:
        """A "Place, date (Agency) --" lead whose agency may be unknown (see _WIRE_AGENCY)."""
        m = _WIRE_AGENCY.match(seg)
        if m is None or not _agency_like(m["outlets"]):
            return None
        if not self._outlets(m["outlets"]) and any(
                w.lower().rstrip(".") in _MONTHS for w in m["outlets"].split()):
            return None
        return m

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

    # -- publisher -------------------------------------------------------------

    def _publisher(self, text: str, spans: list[_Span], header: int) -> str | None:
        """The outlet that published the article, as the text shows it. In this
        order: a "Place / Publisher" dateline; a masthead, site name or the
        page's web address above the body ("https://sputnikglobe.com/..."); a
        byline naming an outlet as its author ("Guardian staff and agencies",
        "By Jane Doe, Reuters", "Par l'AFP", "Article rédigé par franceinfo
        avec AFP"); a wire dateline ("(Reuters) -", "/TASS/", "Tokyo, June 20
        (Jiji Press)--"); a source credit on a line of its own ("Source: BBC").
        Known outlets get their canonical name; otherwise the masthead or the
        wire agency as written, or None."""
        found = []
        for i, sp in enumerate(spans):
            ranked = self._publisher_in(text, sp, i < header)
            if ranked:
                found.append((ranked[0], sp.start, ranked[1]))
        return min(found)[2] if found else None

    def _publisher_in(self, text: str, sp: _Span, in_header: bool) -> tuple[int, str] | None:
        line = text[sp.start:sp.end]
        groups = sp.groups or {}
        if sp.kind == "dateline" and (groups.get("publisher") or "").strip():
            named = groups["publisher"].strip()
            return 0, self._site_name(named) or named
        if sp.reason == "masthead":
            return 1, self._site_name(line) or line
        if in_header and sp.kind in ("content", "headline") and (site := self._site_name(line)):
            return 1, site
        if in_header and sp.reason == "url" and (name := self._host_outlet(groups["host"])):
            return 1, name
        if sp.kind == "byline" and (name := self._byline_outlet(line)):
            return 2, name
        if sp.kind == "dateline" and groups.get("outlets") and (names := self._outlets(groups["outlets"])):
            return 3, names[0]
        if sp.kind == "dateline" and (agency := groups.get("agency")):
            return 3, agency  # an agency the outlet table does not know, as written
        if (sp.kind == "credit" and groups.get("outlets") and _whole_line(text, sp)
                and not _PHOTO_CREDIT.match(line) and (names := self._outlets(groups["outlets"]))):
            return 4, names[0]
        return None

    def _site_name(self, line: str) -> str | None:
        """The outlet a site-name line shows, alone or ending a page title
        ("Putin arrives in Pyongyang | Reuters")."""
        suffix = _TITLE_SUFFIX.search(line)
        return (suffix and self._site_outlet(suffix["site"])) or self._site_outlet(line)

    def _site_outlet(self, part: str) -> str | None:
        """The outlet if ``part`` is its name with at most generic words
        ("BBC News", "KBS WORLD", "Le Monde avec AFP", "nknews.org")."""
        part = _DOMAIN.sub("", part.strip())
        m = self.outlet_rx.match(part)
        if m is None:
            return None
        rest = self.outlet_rx.sub(" ", part[m.end():])  # "avec AFP": a co-author
        if all(w in _SITE_WORDS for w in _WORD.findall(rest.lower())):
            return self._canonical(m[0])
        return None

    def _host_outlet(self, host: str) -> str | None:
        """The outlet a host name names: one of its labels (the top-level domain
        aside, the registered name first) is an alias, perhaps joined to a
        generic word ("www.reuters.com", "sputnikglobe.com", "english.kyodonews.net")."""
        for label in reversed(host.lower().split(".")[:-1]):
            label = label.replace("-", "")
            for word in _HOST_WORDS:
                key = label[: len(label) - len(word)]
                if key and label.endswith(word) and (name := self.host_of.get(key)):
                    return name
        return None

    def _byline_outlet(self, line: str) -> str | None:
        """The first outlet a byline names as its author, not as a source."""
        for m in self.outlet_rx.finditer(line):
            before = _WORD.findall(fold(line[: m.start()]))[-3:]
            if not _NOT_PUBLISHER.intersection(before):
                return self._canonical(m[0])
        return None

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


def _agency_like(name: str) -> bool:
    """Whether a wire dateline's brackets may name an agency: "(AP Photo)",
    "(file photo)", "(UTC)", "(LEAD)" do not."""
    return not _NOT_AGENCY.intersection(w.lower() for w in _WORD.findall(name))


def _whole_line(text: str, sp: _Span) -> bool:
    """Whether sp fills its line (a credit under the article, not one cut from a caption)."""
    start = text.rfind("\n", 0, sp.start) + 1
    end = text.find("\n", sp.end)
    return not text[start:sp.start].strip() and not text[sp.end:end if end >= 0 else len(text)].strip()


def _is_masthead(line: str) -> bool:
    # a site name above the headline: a few words, no sentence punctuation
    return len(line) <= 40 and len(line.split()) <= 3 and not re.search(r"[.!?:;,]$", line)


def _sentence_of(ends: list[tuple[int, int]], start: int, end: int, size: int) -> tuple[int, int]:
    """Bounds of the sentence holding [start, end), given the sentence-end matches."""
    lo = max((e for s, e in ends if e <= start), default=0)
    i = bisect.bisect_left([s for s, _ in ends], end)
    return lo, ends[i][0] if i < len(ends) else size


def _title_index(spans: list[_Span]) -> int:
    """Index in ``spans`` of the span ``_title`` takes the title from (len(spans) if none)."""
    for kinds in (("headline",), ("content",)):
        for i, sp in enumerate(spans):
            if sp.kind in kinds and (sp.kind != "headline" or sp.reason is None):
                return i
    return len(spans)


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


# -- publication date ----------------------------------------------------------


class _Found(NamedTuple):
    """A date as written: the year may be left out."""

    start: int
    month: int
    day: int
    year: int | None


class _Day(NamedTuple):
    """A candidate publication date; the smallest wins."""

    rank: int  # 0: dateline or byline, 1: an update line, 2: another header line or a
    # date alone above the title (the page's chrome: "Thu. Jul 18th, 2024")
    pos: int  # where the line starts: earlier lines first
    year: int | None  # None: the line leaves it out
    month: int
    day: int


def _header_end(text: str, spans: list[_Span]) -> int:
    """Index in ``spans`` of the first body paragraph (see _BODY_MIN_WORDS):
    the spans before it are the article's header."""
    seen = 0
    for i, sp in enumerate(spans):
        if sp.kind == "blank":
            continue
        line = text[sp.start:sp.end]
        if sp.kind == "content" and len(line.split()) >= _BODY_MIN_WORDS and _SENTENCE_FINAL.search(line):
            return i
        seen += 1
        if seen >= _HEADER_MAX_LINES:
            return i + 1
    return len(spans)


def _date(text: str, spans: list[_Span], header: int) -> str | None:
    """The publication date, ISO "YYYY-MM-DD", or None.

    Datelines and bylines anywhere (a wire lead included) come first, in text
    order, then update lines ("Mis à jour le ...", "Modified Date: ..."), then
    full dates in other header lines and a bare date above the title (the
    page's own date bar: "Thu. Jul 18th, 2024"). Dates in body sentences are
    events, never the publication date; they only lend their year to a
    dateline that leaves it out. A date whose year cannot be inferred is left
    out rather than guessed."""
    found = sorted(_candidate_days(text, spans, header))
    reference: Any = ...  # looked up the first time a dateline leaves the year out
    for day in found:
        year = day.year
        if year is None:
            if reference is ...:
                reference = _year_reference(text, spans, header, found)
            year = _infer_year(day.month, day.day, reference)
        iso = _iso(year, day.month, day.day)
        if iso:
            return iso
    return None


def _candidate_days(text: str, spans: list[_Span], header: int) -> list[_Day]:
    found = []
    title = _title_index(spans)
    for i, sp in enumerate(spans):
        line = text[sp.start:sp.end]
        given = (sp.groups or {}).get("date")
        if sp.kind == "dateline" and i < title and _TRAILING_DATE.match(line):
            # a bare date above the title is the page's (often today's) date:
            # any byline, dateline or update line below wins over it
            rank, days = 2, [d for d in _days(line) if d.year is not None]
        elif sp.kind == "dateline" or (sp.kind in ("byline", "credit") and given):
            upd = _UPDATED_INSIDE.search(line)
            if upd is not None and upd.start() > 0 and _days(line[:upd.start()]):
                # "Published June 19, 2024 Updated June 20, 2024": the date before the update
                rank, days = 0, _days(line[:upd.start()])
            else:
                rank, days = (1 if _UPDATED.match(line) else 0), _days(given or line)
        elif i < header and sp.kind in ("content", "headline"):
            # outside a dateline, only a complete date counts ("Kim to visit
            # Russia on June 19" is a headline, not a dateline)
            rank, days = 2, [d for d in _days(line) if d.year is not None]
        else:
            continue
        if days:
            # "Publié le mar. 18 juin 2024": "mar." (mardi) also reads as March; a
            # complete date on the line wins over a year-less one before it
            day = next((d for d in days if d.year is not None), days[0])
            found.append(_Day(rank, sp.start, day.year, day.month, day.day))
    return found


def _year_reference(text: str, spans: list[_Span], header: int,
                    found: list[_Day]) -> tuple[dt.date, bool] | None:
    """The date a year-less dateline is placed near, and whether it may fall
    on either side of it. Header dates (full dates of datelines and header
    lines, or a store's "date YYYY-MM") are close to the publication: the
    nearest year. Otherwise the latest full date in the body: the events a
    story reports are mostly past, so the dateline is no earlier than a month
    before it."""
    for day in sorted(found):
        if day.year is not None and (iso := _iso(day.year, day.month, day.day)):
            return dt.date.fromisoformat(iso), True
    for sp in spans:
        m = _YEAR_MONTH.fullmatch((sp.groups or {}).get("date") or "") if sp.kind == "dateline" else None
        if m and 1 <= int(m["m"]) <= 12:
            return dt.date(int(m["y"]), int(m["m"]), 15), True
    body = [
        dt.date.fromisoformat(iso)
        for sp in spans[header:] if sp.kind == "content"
        for d in _days(text[sp.start:sp.end])
        if (iso := _iso(d.year, d.month, d.day))
    ]
    return (max(body), False) if body else None


def _infer_year(month: int, day: int, reference: tuple[dt.date, bool] | None) -> int | None:
    if reference is None:
        return None
    ref, either_side = reference
    years = [y for y in (ref.year - 1, ref.year, ref.year + 1) if _iso(y, month, day)]
    if either_side:
        return min(years, key=lambda y: abs((dt.date(y, month, day) - ref).days), default=None)
    earliest = ref - dt.timedelta(days=31)
    return next((y for y in years if dt.date(y, month, day) >= earliest), None)


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _days(s: str) -> list[_Found]:
    """Every date in s as (start, month, day, year or None), in text order. A
    full date wins over the year-less date it starts with ("19 juin 2024" is
    not "19 juin"); all-numeric dates are read day-first (French) unless that
    is impossible."""
    out: dict[int, _Found] = {}
    full: list[tuple[int, int]] = []
    for rx in _FULL_DATES:
        for m in rx.finditer(s):
            month = m["m"] if m["m"].isdigit() else _MONTHS.get(m["m"].lower().rstrip("."))
            if month is None:
                continue
            day, month, year = int(m["d"]), int(month), int(m["y"])
            tries = ((day, month), (month, day)) if m["m"].isdigit() else ((day, month),)
            for d, mo in tries:
                if _iso(year, mo, d):
                    out.setdefault(m.start(), _Found(m.start(), mo, d, year))
                    full.append(m.span())
                    break
    for rx in _YEARLESS_DATES:
        for m in rx.finditer(s):
            if any(a <= m.start() < b for a, b in full):
                continue
            month, day = _MONTHS[m["m"].lower().rstrip(".")], int(m["d"])
            if _iso(2000, month, day):  # a leap year: 29 February is a day
                out.setdefault(m.start(), _Found(m.start(), month, day, None))
    return [out[k] for k in sorted(out)]


def parse_date(s: str) -> str | None:
    """First full date (with a year) in s as "YYYY-MM-DD"; French or English month names."""
    return next((_iso(d.year, d.month, d.day) for d in _days(s) if d.year is not None), None)
