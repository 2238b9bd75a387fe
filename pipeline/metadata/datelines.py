"""Wire datelines that open an article's lead, read by the clean stage
(``Clean._split_content``), the dateline cut from the body: a place and a date
("PARIS, 19 juin 2024 - ", "Antananarivo, 11 octobre 2025 — "), a full date and a
place ("16 May 2025 – Istanbul – "), a place, a date
and an agency the outlet table may not know ("Tokyo, June 20 (Jiji Press)--",
"Niamey 28 janv 2024(AIB/ANP)-"), a place and an agency between dashes, after a
comma or in brackets ("New York - AFP - ", "Tehran, IRNA – ", "GENEVA (Hilltown
Wire). ", "ISLAMABAD (Example News) - "). Known agencies with no date are
``pipeline.outlets.WIRE_PREFIX``'s."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from pipeline.metadata.dates import MONTH
from pipeline.metadata.signs import news_name, wire_agency_name
from pipeline.outlets import AGENCY_NAME, CAPS_WIRE, COMMA_WIRE, DASHED_WIRE, place

# An upper-case place and a date opening the body, without an outlet:
# "PARIS, 19 juin 2024 - ", "SEOUL, June 19 -- ", "PARIS, le 19 juin - ". (With
# an outlet, WIRE_PREFIX.)
_DATED_LEAD = re.compile(
    rf"[A-ZÀ-Ý]{{2}}[A-ZÀ-Ý'’ .-]*(?:,\s*[A-ZÀ-Ý][\w'’ .-]{{0,30}}?)?,\s*(?:(?i:le)\s+)?"
    rf"(?P<date>\d{{1,2}}(?:er)?\.?\s+{MONTH}(?:\s+\d{{4}})?|{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
    r"\s*[.:]?\s*[-–—]{1,2}\s+(?=\S)"
    # a numeric date, day first, and the place in brackets: "15-2-2024 (MANILA) The ..."
    r"|(?P<numeric>\d{1,2}[-./]\d{1,2}[-./]\d{4})\s*\([A-ZÀ-Ý][A-ZÀ-Ý'’ .-]+\)\s*[-–—:]?\s+(?=\S)"
)

# A place written in lower case and a full date opening the lead, before a dash:
# "Antananarivo, 11 octobre 2025 — ", "Nairobi, October 11, 2025 – " (the year
# required: a lower-case place and a day alone may open any sentence).
_PLACE_DATED_LEAD = re.compile(
    rf"{place('-')}(?:,\s*[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){{0,2}})?,\s*(?:(?i:le)\s+)?"
    rf"(?P<date>\d{{1,2}}(?:er)?\.?\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
    r"\s*[-–—]{1,2}\s+(?=[A-ZÀ-Ý«\"“])"  # (a sentence opens after the dash: not "Hiroshima, August 6, 1945 – a date")
)

# A full date, then the place, each before a dash, opening the lead: "16 May 2025 –
# Istanbul – Delegations ...", « 16 mai 2025 – Istanbul – » (the year required)
_DATE_PLACE_LEAD = re.compile(
    rf"(?P<date>\d{{1,2}}(?:er)?\.?\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
    rf"\s+[-–—]{{1,2}}\s+{place('-')}\s+[-–—]{{1,2}}\s+(?=[A-ZÀ-Ý«\"“])"
)

# A wire dateline naming an agency the outlet table may not know: "Tokyo, June
# 20 (Jiji Press)--Japanese officials said", "BEIJING, March 21 (Xinhua) -- ".
# A place and a date must lead (so "VLADIVOSTOK (Russie) - " is no dateline),
# and the brackets hold one to four capitalised words ("(AP Photo)", "(file
# photo)" and "(UTC)" are turned away by agency_like or the capitals). Also
# "QUÉBEC, le 28 mars 2024 /CNW/ - " (a French "le", the agency between
# slashes) and "New Delhi [India], April 16 (ANI): " (the country in square
# brackets, a colon).
_WIRE_AGENCY = re.compile(
    rf"(?P<lead>{place('-')}"
    r"(?:,\s*[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){0,2})?(?:\s*\[[A-ZÀ-Ý][\w .]{1,20}\])?(?:,\s*|\s+)(?:(?i:le)\s+)?"
    rf"(?P<date>\d{{1,2}}(?:er)?\.?\s+{MONTH}(?:,?\s+\d{{4}})?|{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
    r"[.,]?\s*)"
    # (two agencies in the brackets: "(AIB/ANP)"; the first one wrote it)
    rf"(?:\((?P<outlets>{AGENCY_NAME}(?:/[A-Z][\w&.-]*)?)\)|/(?P<slash>[A-Z][\w&.-]{{1,15}})/)"
    # (an agency's initials in the brackets may stand alone before the sentence:
    # "Moscow, Aug 2 (IANS) President Putin met ...")
    r"\s*(?:(?:--|[–—])(?=[^\W\d_])|-(?=[A-ZÀ-Ý])|[-–—]{1,2}\s+(?=\S)|:\s+(?=\S)|(?<=[A-Z]{2}\)\s)(?=[A-ZÀ-Ý][a-zà-ÿ]))"
)

# An upper-case place and an agency in brackets before a dash, no date: "ISLAMABAD
# (Example News) - The prime minister ..." (the agency checked by wire_agency_name)
_CAPS_DASH_WIRE = re.compile(rf"(?P<lead>[A-ZÀ-Ý]{{2}}[A-ZÀ-Ý'’.-]*(?:\s[A-ZÀ-Ý]{{2}}[A-ZÀ-Ý'’.-]*){{0,2}})\s+"
                             rf"\((?P<outlets>{AGENCY_NAME})\)\s*[-–—]{{1,2}}\s+(?=\S)")


@functools.lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    """The names and acronyms of international bodies, lower case (pipeline/organisations.py)."""
    from pipeline.organisations import world_organisations

    return frozenset(n.lower() for name, aliases in world_organisations().items() for n in (name, *aliases))


def dateline_groups(m: re.Match) -> dict:
    """The groups of a lead dateline match, its agency under "agency" and "outlets"
    and a numeric date under "date"."""
    groups = m.groupdict()
    if m.re in (_WIRE_AGENCY, CAPS_WIRE, COMMA_WIRE, _CAPS_DASH_WIRE):
        groups["agency"] = groups["outlets"] = m["outlets"] or groups.get("slash")
    elif groups.get("numeric"):
        groups["date"] = groups["numeric"]
    return groups


class LeadDatelines:
    """Read with the clean stage's outlet table (``_outlets``, ``names``)."""

    _outlets: Callable[[str], list[str]]
    names: object

    def lead_dateline(self, seg: str, lead: bool, near: bool) -> re.Match | None:
        """The dateline opening ``seg``, a paragraph: ``lead`` the first of the body,
        ``near`` one of its first two (a standfirst may stand above the dateline)."""
        return (self._wire_agency(seg) or _DATED_LEAD.match(seg) or self._dashed_wire(seg)
                or (self._caps_wire(seg) or self._comma_wire(seg) or _PLACE_DATED_LEAD.match(seg)
                    or _DATE_PLACE_LEAD.match(seg) if lead else None)
                or (self._caps_dash_wire(seg) if near or lead else None))

    def _wire_agency(self, seg: str) -> re.Match | None:
        """A "Place, date (Agency) --" lead whose agency may be unknown (see _WIRE_AGENCY)."""
        m = _WIRE_AGENCY.match(seg)
        return m if m is not None and self._agency_ok(m["outlets"] or m["slash"]) else None

    def _agency_ok(self, agency: str, lead: str = "") -> bool:
        return wire_agency_name(agency, bool(self._outlets(agency)), lead)

    def _caps_wire(self, seg: str) -> re.Match | None:
        """A "PLACE (Agency). " lead (see CAPS_WIRE and wire_agency_name)."""
        m = CAPS_WIRE.match(seg)
        return m if m is not None and self._agency_ok(m["outlets"], m["lead"]) else None

    def _caps_dash_wire(self, seg: str) -> re.Match | None:
        """A "PLACE (Agency) - " lead (see _CAPS_DASH_WIRE): with no date, the brackets
        may hold a region ("VLADIVOSTOK (Primorye) - "), so the agency must be a known
        outlet or be named as a news organisation ("Example News")."""
        m = _CAPS_DASH_WIRE.match(seg)
        if m is None or not (self._outlets(m["outlets"]) or news_name(m["outlets"])):
            return None
        return m if self._agency_ok(m["outlets"], m["lead"]) else None

    def _comma_wire(self, seg: str) -> re.Match | None:
        """A "Place, AGENCY – " lead (see COMMA_WIRE): no state's acronym ("Washington,
        USA –") nor an international body's ("Brussels, NATO –", pipeline/organisations.py)."""
        m = COMMA_WIRE.match(seg)
        if m is None or not self._agency_ok(m["outlets"], m["lead"]) or m["outlets"].lower() in _bodies():
            return None
        return m

    def _dashed_wire(self, seg: str) -> re.Match | None:
        """A "Place - AGENCY - " lead naming a known outlet alone (see DASHED_WIRE)."""
        m = DASHED_WIRE.match(seg)
        return m if m is not None and self.names.site_outlet(m["outlets"]) is not None else None
