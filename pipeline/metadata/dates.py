"""The publication date of an article, read from its datelines, bylines and
header lines in French and English.

Datelines and bylines anywhere (a wire lead included) come first, then update
lines ("Mis à jour le ...", "Modified Date: ..."), then full dates in other
header lines and a bare date above the title (the page's own date bar). Dates
in body sentences are events, never the publication date; they only lend
their year to a dateline that leaves it out. A date whose year cannot be
inferred is left out rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

from pipeline.metadata.lines import Span, title_index

MONTHS = {
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
MONTH = "(?i:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")(?![^\W\d_])\.?"

_FULL_DATES = (  # (regex, day-first for all-numeric dates)
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<d>\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?P<m>[^\W\d_]+)\.?(?:,\s*|\s+[-–]\s+|\s+)(?P<y>\d{4})"),
    # "June 20, 2024", "Jul 18th, 2024", and as scraped "Jun 20,2024", "Jun20,2024", "Mar.10 - 2024"
    re.compile(r"(?P<m>[^\W\d_]+)\.?\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+[-–]\s+|\s+)(?P<y>\d{4})"),
    re.compile(r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})"),
    # "29-04-2024": day first, as with slashes (a four-digit year last, so not ISO)
    re.compile(r"(?<![\d-])(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})(?![\d-])"),
)
# Datelines often leave the year out ("MOSCOW, June 19. /TASS/.", "le 19 juin");
# these forms need a month name.
_YEARLESS_DATES = (
    re.compile(rf"(?<![\w/.-])(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s+(?P<m>{MONTH})"),
    re.compile(rf"(?<!\w)(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?!\d)"),
)

# A date at the end of a byline or another short header line: "By Jane Doe,
# Reuters  June 19, 2024", "Par Jean Dupont - 19 juin 2024 à 08:00".
_WEEKDAY = r"(?i:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)[^\W\d]*\.?,?\s+"
_CLOCK = (r"(?:\s*(?:à|at|,|-)?\s*\d{1,2}[:hH.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?"
          r"(?:\s*(?:(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,4}))?")
_DATE_FORMS = (
    rf"(?:\d{{1,2}}(?:er|st|nd|rd|th)?\.?\s+{MONTH}(?:(?:,\s*|\s+[-–]\s+|\s+)\d{{4}})?"
    rf"|{MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?(?:(?:,\s*|\s+[-–]\s+|\s+)\d{{4}})?"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
)
TRAILING_DATE = re.compile(
    rf"[\s,;|·•–—-]*(?<!\w)(?P<date>(?:{_WEEKDAY})?{_DATE_FORMS}{_CLOCK})\s*$"
)
# A date (and time) opening a byline: "June 20, 2024 - 11:01 By Yonhap". Only
# named time zones, so that "BY" of an upper-case byline is not taken for one.
LEADING_DATE = re.compile(
    rf"(?P<date>(?:{_WEEKDAY})?{_DATE_FORMS}"
    r"(?:\s*(?:à|at|,|-)?\s*\d{1,2}[:hH.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?"
    r"(?:\s*(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|KST|JST|BST|CET|CEST|EST|EDT|MSK)(?!\w))?)"
    r"[\s,;|·•–—-]+(?=\S)"
)
TRAILING_DATE_MAX_LINE = 160  # bylines are short; a long line is a paragraph

# Scraped page stores prepend " date YYYY-MM-DD" (or " date YYYY-MM") to the
# text, before the headline.
STORE_DATE = re.compile(r"date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?![\d-])\s*")
_YEAR_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})")
# how far into a header line a date may start and still be the line's own
HEAD_CHARS = 120
# a wire dateline: a city in capitals, a date, the agency in brackets, a dash
WIRE_LEAD = re.compile(r"\b[A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,}, (?P<date>[^()\n]{3,30}?) \((?P<agency>[A-Z][\w .&-]{1,30})\)\s*[-–—]")

# Update markers: an update date is not the publication date, used only when
# nothing else is; inside a line that also holds the publication date, the
# date before the marker is the publication date.
_UPDATE_WORDS = r"(?i:(?:last\s+)?(?:updated|modified)|mis à jour|mise à jour|modifié|actualisé|màj)\b"
_UPDATED = re.compile(r"\W*" + _UPDATE_WORDS)
_UPDATED_INSIDE = re.compile(r"\b" + _UPDATE_WORDS)


# a publication cue inside a header line the page ran together ("... Staff Posted Jun 19, 2023")
_PUBLISHED = re.compile(r"(?<![\w-])(?:Posted(?:\s+on)?|Published(?:\s+(?:on|Date))?|Created(?:\s+on)?|Publié\s+le|"
                        r"Mis\s+en\s+ligne\s+le)"
                        r"[\s:–—-]*")
# a photo caption in the wire agencies' style: "FILE - In this ... file photo", "FILE PHOTO:", « PHOTO D'ARCHIVES - »
_CAPTION = re.compile(r"\W{0,3}(?:FILE(?:\s+PHOTO)?|PHOTO\s+D[’']ARCHIVES?)\s*[-–—:]")
# a lead's credit in brackets with its date after a dash: "MOSCOW (UrduPoint News / Sputnik - 16th November, 2022)"
# (outlets' names before the dash, each word capitalised: not "(File photo - March 12, 2019)")
_DATED_CREDIT = re.compile(r"\W{0,3}(?:[A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,}\s*)?\((?:[A-Z][\w.&'-]*|/|\s)+?\s[-–—]\s*"
                           r"(?P<date>[^()\n]{6,30})\)")
# a line that is a date and nothing else ("Le mercredi 16 novembre 2022 à 12:54"; not "Mardi 15
# novembre 2022, 15h40 : le drame", nor an update line)
_DATE_ONLY = re.compile(rf"\W*(?:(?i:le|the|on)\s+)?(?:{_WEEKDAY})?{_DATE_FORMS}{_CLOCK}\s*")
# a photo credit closing a caption: "(Jane Doe / Shutterstock)", "(Photo: AFP)", or after the
# caption's full stop and a dash, the photographer and the agencies in capitals ("... le 4 avril
# 2023. - Jane Doe / SPUTNIK / AFP")
_CAPTION_CREDIT = re.compile(r"\((?:[^()\n]{2,60}\s/\s*[^()\n]{2,40}|(?:Photo|Crédit|Credit)\s*:[^()\n]{2,60})\)\s*$"
                             r"|(?<=[.!?])\s+[-–—]\s+[A-ZÀ-Ý][^/\n]{1,50}?\s/\s*[A-Z][A-Z.&' -]{1,30}"
                             r"(?:/\s*[A-Z][A-Za-z.&' -]{1,30})*/?\s*$")
# the credit that closes a caption: the words after its last dash, a capitalised name first
_CREDIT_TAIL = re.compile(r"\s[-–—]\s+(?P<credit>[A-ZÀ-Ý][^-–—\n]{2,80})\s*$")
# a site's signature with the wire it used, as the fields closing the text's last line, a date
# field last (a share card's: "... » | Example Daily avec Reuters | jeudi 23 novembre 2023")
WITH_FIELD = re.compile(r"\s\|\s*(?P<name>[^\W\d_][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3}?)\s+(?i:avec|with)\s+"
                        r"(?P<wire>[^|]{2,40}?)\s*\|\s*(?P<date>[^|]{6,40}?)\s*$")
# "27 July 23" after such a cue: a two-digit year
_TWO_DIGIT_YEAR = re.compile(r"(\b\d{1,2}\s+[^\W\d_]+\.?,?\s+)(\d{2})(?!\d)")


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




def publication_date(text: str, spans: list[Span], header: int) -> str | None:
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
    month = _store_month(spans)
    for day in found:
        year = day.year
        if year is None:
            if reference is ...:
                reference = _year_reference(text, spans, header, found)
            year = _infer_year(day.month, day.day, reference)
        iso = _iso(year, day.month, day.day)
        if iso and (day.rank < 2 or month is None or abs((dt.date.fromisoformat(iso) - month).days) <= 46):
            return iso  # (a page store's "date YYYY-MM" line rules out header dates far from it)
    return None


def _store_month(spans: list[Span]) -> dt.date | None:
    """The middle of the month a page store's "date YYYY-MM" line gives, or None."""
    for sp in spans:
        m = _YEAR_MONTH.fullmatch((sp.groups or {}).get("date") or "") if sp.kind == "dateline" else None
        if m and 1 <= int(m["m"]) <= 12:
            return dt.date(int(m["y"]), int(m["m"]), 15)
    return None


def _candidate_days(text: str, spans: list[Span], header: int) -> list[_Day]:
    found = []
    title = title_index(spans)
    last = len(text.rstrip())  # where the text's last line ends
    for i, sp in enumerate(spans):
        line = text[sp.start:sp.end]
        given = (sp.groups or {}).get("date")
        if sp.kind == "dateline" and i < title and TRAILING_DATE.match(line):
            # a bare date above the title is the page's (often today's) date:
            # any byline, dateline or update line below wins over it
            rank, days = 2, [d for d in _days(line) if d.year is not None]
        elif (sp.kind == "byline" or (i <= header and sp.kind in ("content", "headline"))) \
                and (pub := _PUBLISHED.search(line, 0, 400)) \
                and (days := _days(_TWO_DIGIT_YEAR.sub(r"\g<1>20\2", line[pub.end():pub.end() + 60]))):
            # "By Jane Doe, Newser Staff Posted Jun 19, 2023 7:00 AM", "Published Date - Thu - 27 July 23":
            # a byline the page ran into its first line
            rank = 0
        elif sp.kind == "dateline" or (sp.kind in ("byline", "credit") and given):
            upd = _UPDATED_INSIDE.search(line)
            if upd is not None and upd.start() > 0 and _days(line[:upd.start()]):
                # "Published June 19, 2024 Updated June 20, 2024": the date before the update
                rank, days = 0, _days(line[:upd.start()])
            else:
                rank, days = (1 if _UPDATED.match(line) else 0), _days(given or line)
        elif i <= header and sp.kind in ("content", "headline") and (wire := WIRE_LEAD.search(line, 0, HEAD_CHARS)):
            # a wire dateline at the start of a paragraph the page ran together
            # with its byline ("par Jane Doe SEOUL, 27 juillet (Reuters) - ...")
            rank, days = 0, _days(wire["date"])
        elif i <= header and sp.kind in ("content", "headline") and (credit := _DATED_CREDIT.match(line)) \
                and (days := [d for d in _days(credit["date"]) if d.year is not None]):
            # "MOSCOW (UrduPoint News / Sputnik - 16th November, 2022) ...": the wire's bracket dates it
            rank = 0
        elif i < header and sp.reason == "url" and (url := _URL_DATE.search(line)):
            # the page's web address dates it: ".../2024/08/29/title", ".../20240829/title-123.html"
            rank, days = 2, [_Found(url.start(), int(url["m"]), int(url["d"]), int(url["y"]))]
        elif sp.kind == "content" and i and spans[i - 1].kind == "byline" and _DATE_ONLY.fullmatch(line) \
                and (days := [d for d in _days(line) if d.year is not None]):
            # "Par Actu17" then "Le mercredi 16 novembre 2022 à 12:54": the byline's date line
            rank = 0
        elif sp.kind in ("content", "credit") and sp.end >= last and (signed := WITH_FIELD.search(line)) \
                and (days := [d for d in _days(signed["date"]) if d.year is not None]):
            rank = 0  # "... | Example Daily avec Reuters | jeudi 23 novembre 2023" closing the text
        elif sp.kind in ("content", "headline") and (credit := _CAPTION_CREDIT.search(line)) \
                and not _DATE_ONLY.fullmatch(line[:credit.start()].strip()):
            continue  # "X, le 1er septembre 2021. (Jane Doe / Shutterstock)": a photo's caption dates the photo
        elif sp.kind in ("content", "headline") and (caption := _CAPTION.match(line)):
            # a photo caption ("FILE - In this Feb. 14, 2019, file photo, ...") dates the
            # photo; only the credit closing it ("... - Sputnik International, 1920,
            # 13.12.2023") may date the page, below the title too (where captions stand)
            credit = _CREDIT_TAIL.search(line, caption.end())
            rank, days = 2, [d for d in _days(credit["credit"]) if d.year is not None] if credit else []
        elif i < header and sp.kind in ("content", "headline"):
            # outside a dateline, only a complete date near the start of the line
            # counts ("Kim to visit Russia on June 19" is a headline, not a
            # dateline; a paragraph recalling "27 juillet 1953" is not one either)
            rank, days = 2, [d for d in _days(line[:HEAD_CHARS]) if d.year is not None]
        else:
            continue
        if days:
            # "Publié le mar. 18 juin 2024": "mar." (mardi) also reads as March; a
            # complete date on the line wins over a year-less one before it
            day = next((d for d in days if d.year is not None), days[0])
            found.append(_Day(rank, sp.start, day.year, day.month, day.day))
    return found


def _year_reference(text: str, spans: list[Span], header: int,
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
    content = [text[sp.start:sp.end] for sp in spans[header:] if sp.kind == "content"]
    body = [
        dt.date.fromisoformat(iso)
        for line in content
        for d in _days(line)
        if (iso := _iso(d.year, d.month, d.day))
    ]
    if not body:
        return None
    latest = max(body)
    # a story that recalls an old date ("l'armistice du 27 juillet 1953") and names
    # a later year ("l'exposition 2023") is from that later year at the earliest
    years = [int(y) for line in content for y in _YEAR.findall(line)]
    if years and max(years) > latest.year:
        return dt.date(max(years), 6, 30), True
    return latest, False


_YEAR = re.compile(r"(?<![\d/.,-])((?:19|20)\d\d)(?![\d/.,-]\d)")
# a date making up a path segment of a web address: "/2024/08/29/", "/20240829/"
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<s>/?)(?P<m>[01]\d)(?P=s)(?P<d>[0-3]\d)(?=[/_.-]|$)")


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
            month = m["m"] if m["m"].isdigit() else MONTHS.get(m["m"].lower().rstrip("."))
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
            month, day = MONTHS[m["m"].lower().rstrip(".")], int(m["d"])
            if _iso(2000, month, day):  # a leap year: 29 February is a day
                out.setdefault(m.start(), _Found(m.start(), month, day, None))
    return [out[k] for k in sorted(out)]


def parse_date(s: str) -> str | None:
    """First full date (with a year) in s as "YYYY-MM-DD"; French or English month names."""
    return next((_iso(d.year, d.month, d.day) for d in _days(s) if d.year is not None), None)
