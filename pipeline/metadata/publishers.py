"""The outlet that published an article, as its text shows it: a "Place /
Publisher" dateline, a masthead or site name above the body, the page's web
address, a byline naming an outlet as its author, a wire dateline, or a source
credit for the whole article (``credits.py``). Known outlets get their canonical name (the
``clean.outlets`` table); otherwise the masthead or wire agency as written."""

from __future__ import annotations

import re

from pipeline.metadata.credits import ADDRESS_CREDIT, FULL_STORY, SITE_ADDRESS, SOURCE_LINE, SYNDICATED, source_field
from pipeline.metadata.dates import HEAD_CHARS, TRAILING_DATE, WIRE_LEAD, WITH_FIELD
from pipeline.metadata.endings import EndSigns, squash as _squash
from pipeline.metadata.lines import PHOTO_CREDIT, WORD, Span, whole_line
from pipeline.metadata.self_credits import NEWS_REPORTS, credit_patterns
from pipeline.metadata.signs import (ORIGIN, REPORTS_NAMED, WITH_AGENCIES, WITH_CREDIT, asks_for_comment, author_outlet,
                                     byline_name, citing_carrier,
                                     lead_slash, news_name as _news_name, news_shaped, own_reporting,
                                     reader_furniture, self_credited, masthead_below_title)
from pipeline.outlets import compile_outlets, fold

# Words a host name may join to an outlet's name: "kyodonews", "sputnikglobe", "voanews".
_HOST_WORDS = ("", "news", "globe", "world", "english", "online", "international", "tv", "info")

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
# (not after an em dash: "Xi says ... — Xinhua" gives the headline's source, TASS style)
_TITLE_SUFFIX = re.compile(r"\s[|–-]\s*(?P<site>[^|–—]{2,40})$")
# a date field closing a page title after the site's name: "Title | Example News | 21.09.2022"
_DATE_FIELD = re.compile(r"\s\|\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\s*$")


def _title_suffix(line: str) -> re.Match | None:
    """The site's name ending a page title (``_TITLE_SUFFIX``), before a closing date field."""
    return _TITLE_SUFFIX.search(_DATE_FIELD.sub("", line))
_DOMAIN = re.compile(r"(?:\.[a-z]{2,3})+$")
# a source line giving the address of the page the text comes from
_SOURCE_URL = re.compile(r"\s*(?i:sources?|source\s+link)\s*:\s*https?://(?P<host>[A-Za-z0-9.-]+\.[a-z]{2,6})/\S*\s*$")


# credits in brackets opening the first paragraph, after a city in capitals or none
_LEAD_CREDIT = re.compile(r"\W{0,3}(?:[A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,}\s*)?\((?P<credits>[^()\n]{2,80})\)")
# A header line of fields run together with bars or dots, an outlet's name
# first: "Reuters | Riyadh | Updated: 29-04-2024 12:43 IST" (the byline of an
# aggregator that carries the wire).
_FIELD_SEP = re.compile(r"\s+[|·•]\s+")


class Publishers(EndSigns):
    """Outlet names and the publisher of an article, for one outlet table."""

    def __init__(self, outlets: dict[str, list[str]]):
        self.outlet_rx, self.outlet_of = compile_outlets(outlets)
        # an aggregator's credit closing a lead sentence: "..., AFP reports.",
        # "... cold war," APA reports citing the New York Times." (present tense:
        # the outlet the text comes from, not one it relays), or with the verb
        # first ("..., reports Associated Press."); a byline run into a header
        # line: "By John Johnson, Newser Staff Posted Jun 19"
        self.self_rx, self.reports_rx, self.reporter_rx, self.reported_rx, self.staff_rx = (
            credit_patterns(self.outlet_rx.pattern))
        self.digest = False  # the text credits several outlets' reports: none is the publisher
        self.bylines = ""  # the article's byline lines, run together
        self.host_of: dict[str, str] = {}
        for name, aliases in outlets.items():
            for alias in (name, *aliases):
                self.host_of.setdefault(_squash(alias), name)

    def outlets(self, s: str) -> list[str]:
        """Canonical names of the outlets named in ``s``, in order."""
        return [self.canonical(m[0]) for m in self.outlet_rx.finditer(s)]

    def canonical(self, alias: str) -> str:
        return self.outlet_of.get(alias) or self.outlet_of[fold(alias)]

    def publisher(self, text: str, spans: list[Span], header: int) -> str | None:
        """The outlet that published the article, as the text shows it. In this
        order: a "Place / Publisher" dateline; a masthead, site name or the
        page's web address above the body ("https://sputnikglobe.com/..."); a
        byline naming an outlet as its author ("Guardian staff and agencies",
        "By Jane Doe, Reuters", "Par l'AFP", "Article rédigé par franceinfo
        avec AFP"); a wire dateline ("(Reuters) -", "/TASS/", "Tokyo, June 20
        (Jiji Press)--"); a source credit on a line of its own ("Source: BBC",
        or a known outlet's name alone on a line below the body: "AFP"); the
        outlet speaking of itself or the site's furniture naming it ("Newsweek
        reached out to ...", "Support The Moscow Times!").
        Known outlets get their canonical name; otherwise the masthead or the
        wire agency as written, or None."""
        found = []
        self.digest = len({self.canonical(m["o"] or m["o2"]) for m in self.reporter_rx.finditer(text)}) > 1
        self.bylines = " ".join(text[sp.start:sp.end] for sp in spans if sp.kind == "byline")
        for i, sp in enumerate(spans):
            ranked = self._publisher_in(text, sp, i < header, i <= header)
            if ranked:
                found.append((ranked[0], sp.start, ranked[1]))
        top = [sp for sp in spans[:header] if sp.kind in ("content", "headline") and sp.reason is None]
        if len(top) >= 2 and (name := masthead_below_title([text[sp.start:sp.end] for sp in top])):
            found.append((1, top[1].start, self.site_outlet(name) or name))  # "Le Journal de X" below the title
        found += self.end_signs(text, spans)
        return min(found)[2] if found else None

    def _publisher_in(self, text: str, sp: Span, in_header: bool, leads: bool = False) -> tuple[int, str] | None:
        """(rank, outlet) for one line; ``leads``: the line is in the header or
        is the first body paragraph (where a wire dateline starts)."""
        line = text[sp.start:sp.end]
        groups = sp.groups or {}
        if (leads and sp.kind in ("content", "headline") and (wire := WIRE_LEAD.search(line, 0, HEAD_CHARS))
                and (agency := self.site_outlet(wire["agency"])) is not None):
            # "par Jane Doe SEOUL, 27 juillet (Reuters) - ...": a known agency's wire
            # dateline run into the paragraph
            return 3, agency
        if leads and sp.kind in ("content", "headline") and (credit := _LEAD_CREDIT.match(line)):
            # "BEIJING (UrduPoint News / Sputnik - 19th June, 2023) ...", "(MENAFN- UkrinForm) ...":
            # an aggregator before the wire it carries; the last known outlet is the source
            names = self.outlets(credit["credits"])
            if names:
                return 3, names[-1]
        if leads and sp.kind == "content" and (name := lead_slash(line)):
            if (outlet := self.site_outlet(name) or _news_name(name)) is not None:
                return 3, outlet  # "Example News/ The minister said ..."
        if leads and sp.kind in ("content", "headline") and (staff := self.staff_rx.search(line, 0, 400)):
            return 2, self.canonical(staff["o"])
        if (in_header and sp.kind in ("content", "headline") and len(fields := _FIELD_SEP.split(line)) >= 3
                and (site := self.site_outlet(fields[0])) is not None):
            return 2, site  # "Reuters | Riyadh | Updated: ...": the byline's first field
        if (in_header and sp.kind in ("content", "headline") and len(line) <= 60
                and (dated := TRAILING_DATE.search(line)) and dated.start() > 0
                and (site := self.site_outlet(line[:dated.start()].strip(" ,;|-–—"))) is not None):
            return 2, site  # "AFP , Tuesday 14 May 2024": a known outlet and a date, the byline's
        if (leads and sp.kind in ("content", "headline") and len(fields := _FIELD_SEP.split(line, 2)) == 3
                and len(fields[0].split()) <= 4 and re.fullmatch(r"[A-ZÀ-Ý][\w'’ -]*,\s*[A-ZÀ-Ý][\w'’ -]*", fields[0])
                and (site := self.site_outlet(fields[1])) is not None):
            return 3, site  # "Moscow, Russia | XINHUA | Russia will ...": a place, a comma, then the agency
        if sp.kind in ("content", "boilerplate", "credit") and (feed := SYNDICATED.search(line)) \
                and (name := feed["o"].strip()):
            return 2, self.site_outlet(name) or name  # "(This story has not been edited by X staff ...)"
        if sp.kind in ("content", "headline", "boilerplate") and (origin := ORIGIN.match(line)):
            return 1, self.site_outlet(origin["name"]) or origin["name"].rstrip(".")
        if (sp.kind in ("content", "headline", "byline") and len(line.split()) <= 8
                and (agencies := WITH_AGENCIES.match(line)) and (name := (agencies["a"] or agencies["b"] or "").rstrip("."))):
            return 2, self.site_outlet(name) or name
        if sp.kind == "dateline" and (groups.get("publisher") or "").strip():
            named = groups["publisher"].strip()
            return 0, self.site_name(named) or named
        if sp.reason == "masthead":
            return 1, self.site_name(line) or line
        if in_header and sp.kind in ("content", "headline") and (site := self.site_name(line)):
            return 1, site
        if in_header and sp.reason == "url" and (name := self._host_outlet(groups["host"])):
            return 1, name
        if sp.kind == "byline" and (name := self._byline_outlet(line)):
            return 2, name
        if sp.kind == "byline" and (name := self._unknown_byline_outlet(line, groups.get("outlets")) or byline_name(line)):
            return 2, name  # "By Jane Doe, Hilltown Daily News": an outlet the table does not know
        if in_header and sp.kind in ("content", "headline", "byline") and (name := self_credited(line, text)):
            return 2, self.site_outlet(name) or name  # "By Hilltown" and "Image source: Hilltown"
        if sp.kind == "content" and self.bylines and (name := author_outlet(line, self.bylines)):
            return 2, self.site_outlet(name) or name  # the author's post: "the editor of X, Jane Doe"
        if (in_header and sp.kind in ("content", "headline") and (suffix := _title_suffix(line))
                and (name := _news_name(suffix["site"]))):
            return 2, name  # "Talks resume in Geneva | Hilltown Daily News", as written
        if (in_header and sp.kind in ("content", "headline") and (suffix := _title_suffix(line))
                and (site := SITE_ADDRESS.fullmatch(suffix["site"].strip()))):
            return 2, self._host_outlet(site[0].lower()) or site["name"]  # "Talks resume | Example.fr"
        if leads and sp.kind == "content" and (credit := ADDRESS_CREDIT.match(line)):
            return 3, self._host_outlet(credit["site"].lower()) or credit["name"]  # "(Example.com) - The ..."
        if sp.kind == "dateline" and groups.get("outlets") and (names := self.outlets(groups["outlets"])):
            return 3, names[0]
        if sp.kind == "dateline" and (agency := groups.get("agency")):
            # an agency the outlet table does not know, as written ("(AIB/ANP)": the first wrote it)
            return 3, agency.split("/")[0].strip()
        if (sp.kind == "credit" and groups.get("outlets") and whole_line(text, sp)
                and not PHOTO_CREDIT.match(line) and (names := self.outlets(groups["outlets"]))):
            return 4, names[0]
        if (not in_header and sp.kind in ("credit", "content") and (named := source_field(line))
                and whole_line(text, sp) and news_shaped(named)):
            return 4, named  # "Source: Kuwait News Agency": an outlet the table does not know, as written
        if (not in_header and sp.kind in ("credit", "content") and whole_line(text, sp)
                and (signed := WITH_CREDIT.fullmatch(line.strip())) and self.outlets(signed["wire"])):
            return 4, self.site_outlet(signed["name"]) or signed["name"]  # "(upday avec AFP)" closing the text
        if (not in_header and sp.kind in ("credit", "content") and (signed := WITH_FIELD.search(line))
                and not text[sp.end:].strip() and self.outlets(signed["wire"])):
            return 4, self.site_outlet(signed["name"]) or signed["name"]  # "... | Le Monde avec Reuters | <date>"
        if (not in_header and sp.kind == "content" and len(line.split()) <= 3
                and whole_line(text, sp) and (site := self.site_outlet(line.strip(" -–—()"))) is not None):
            return 4, site  # an agency's name alone on a line below the body: its credit
        if (sp.kind == "content" and SOURCE_LINE.match(line) and whole_line(text, sp)
                and len(line.split()) <= 12 and (names := self.outlets(line))):
            return 4, names[0]  # "Source: Russian state-owned news agency RIA Novosti"
        if not in_header and (full := FULL_STORY.match(line)) and (name := self._host_outlet(full["host"])):
            return 4, name
        if sp.kind == "content" and not in_header and (src := _SOURCE_URL.match(line)):
            # "Source: https://example-news.pt/2023/11/21/...": the page the text was taken from
            host = src["host"].lower().removeprefix("www.")
            return 4, self._host_outlet(host) or host.split(".")[-2].replace("-", " ").title()
        if sp.kind in ("content", "headline", "boilerplate") and (own := self.self_rx.search(line)):
            return 5, self.canonical(own["a"] or own["b"])  # the outlet speaking of itself
        if not in_header and sp.kind in ("content", "boilerplate") and (name := reader_furniture(line)):
            return 5, self.site_outlet(name) or name  # "subscribe to Example Online", "s'abonner au Temps"
        if sp.kind == "content" and (name := asks_for_comment(line)):
            return 5, self.site_outlet(name) or name  # "The Hilltown Almanac has reached out to X for comment"
        if sp.kind in ("content", "headline") and (name := own_reporting(line)):
            return 5, self.site_outlet(name) or name  # "tells The Hilltown Report", "spoke exclusively to"
        if leads and sp.kind == "content" and (name := citing_carrier(line)):
            return 5, self.site_outlet(name) or name  # "HNA reports citing X"
        if leads and not self.digest and sp.kind == "content" and (
                credit := self.reports_rx.search(line) or self.reported_rx.search(line)):
            return 5, self.canonical(credit["o"])
        if leads and not self.digest and sp.kind == "content" and (credit := NEWS_REPORTS.search(line)) \
                and (name := _news_name(credit["o"])):
            return 5, self.site_outlet(name) or name
        if leads and sp.kind == "content" and (credit := REPORTS_NAMED.search(line)):
            return 5, self.site_outlet(credit["name"]) or credit["name"]
        return None

    def site_name(self, line: str) -> str | None:
        """The outlet a site-name line shows, alone or ending a page title
        ("Putin arrives in Pyongyang | Reuters")."""
        suffix = _title_suffix(line)
        return (suffix and self.site_outlet(suffix["site"])) or self.site_outlet(line)

    def site_outlet(self, part: str) -> str | None:
        """The outlet if ``part`` is its name with at most generic words
        ("BBC News", "KBS WORLD", "Le Monde avec AFP", "nknews.org")."""
        part = _DOMAIN.sub("", part.strip())
        m = self.outlet_rx.match(part)
        if m is None:
            return None
        rest = self.outlet_rx.sub(" ", part[m.end():])  # "avec AFP": a co-author
        if all(w in _SITE_WORDS for w in WORD.findall(rest.lower())):
            return self.canonical(m[0])
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

    def _unknown_byline_outlet(self, line: str, named: str | None) -> str | None:
        """A byline's outlet the table does not know, as written, when its name
        is a news organisation's and no word before it makes it a source."""
        name = _news_name(named or "")
        if name is None or (at := line.rfind(name)) < 0:
            return None
        before = WORD.findall(fold(line[:at]))[-3:]
        return None if _NOT_PUBLISHER.intersection(before) else name

    def _byline_outlet(self, line: str) -> str | None:
        """The first outlet a byline names as its author, not as a source."""
        for m in self.outlet_rx.finditer(line):
            before = WORD.findall(fold(line[: m.start()]))[-3:]
            if not _NOT_PUBLISHER.intersection(before):
                return self.canonical(m[0])
        return None
