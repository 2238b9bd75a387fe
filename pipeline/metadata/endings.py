"""The signs closing an article that name its publisher (``Publishers.publisher``
reads them with the rest): an agency's sign-off ending the last paragraph
("... chinois. (Belga)", "/ATS", "(LeFigaro)"), a reporter and agency ending a
paragraph ("Jane Doe/PNA") or the body ("(VOI/Andy)", a last line "VNA/CVN"),
a copyright notice below the last paragraph, the site's address alone on
the last line ("Example-info.com"), and a last line sending the reader to the
outlet ("For the latest news, ..., head to The Hill."). Short lines of the site's furniture
("visit website") may follow the last paragraph; a photo's credit above a
paragraph of the body names no publisher."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.metadata.credits import copyright_holders
from pipeline.metadata.lines import BODY_MIN_WORDS, Span
from pipeline.metadata.signs import paragraph_sign_off
from pipeline.outlets import fold

# a line that is a site's address alone, no path: "Example-info.com", "www.example.sn" (no file name)
_DOMAIN_LINE = re.compile(r"(?:www\.)?[A-Za-z][A-Za-z-]{1,30}(?:\.(?!(?:jpe?g|png|gif|pdf|mp[34]|webp|docx?|html?)\b)[a-z]{2,3}){1,2}")
# a syndicated article's last line sending the reader to its outlet: "For the latest news, weather,
# sports and streaming video, head to The Hill."
_PROMO = re.compile(r"\W*For\s+(?:the\s+latest|more)\s+news\b[^.\n]{0,100}?,\s*(?:head|go)\s+to\s+"
                    r"(?P<outlet>[A-Z][\w.&'’ -]{1,40}?)\s*[.!]?\s*")
# the most words a line of the site's furniture below the body has ("visit website", "VNA/CVN")
_FURNITURE_WORDS = 3
# an agency's sign-off ending the last paragraph: "(Belga)", "/ATS", a name after a wide gap
_SIGN_OFF = re.compile(r"(?:[(/]\s*|\s{3,}|^)(?P<agency>[A-Z][\w-]{1,20})\)?[\s.]*$")


def squash(name: str) -> str:
    """An outlet name as a host name would spell it: "France 24" -> "france24"."""
    return re.sub(r"[\W_]", "", fold(name))


class EndSigns:
    """Read with the outlet table of ``Publishers``."""

    host_of: dict[str, str]
    outlets: Callable[[str], list[str]]
    site_outlet: Callable[[str], str | None]
    _host_outlet: Callable[[str], str | None]

    def end_signs(self, text: str, spans: list[Span]) -> list[tuple[int, int, str]]:
        """(rank, position, outlet) for each sign closing the article."""
        found = []
        last = next((sp for sp in reversed(spans) if sp.kind == "content"), None)
        if last is not None and (sign := _SIGN_OFF.search(text, last.start, last.end)):
            # (a name written run together, "(LeFigaro)", is the outlet's too)
            agency = self.site_outlet(sign["agency"]) or self.host_of.get(squash(sign["agency"]))
            if agency is not None:
                found.append((4, last.start, agency))  # "... conflit.\n/ATS", "... chinois. (Belga)"
        body = [sp for sp in spans if sp.kind == "content"]
        last_para = next((sp for sp in reversed(body) if len(text[sp.start:sp.end].split()) >= BODY_MIN_WORDS), None)
        after = {sp.start for sp in body if last_para is not None and sp.start >= last_para.end}
        tail_short = all(len(text[sp.start:sp.end].split()) <= _FURNITURE_WORDS for sp in body if sp.start in after)
        for sp in body:  # "... he added. Jane Doe/PNA", "... à distance. AFP", a last line "VNA/CVN"
            if sign := paragraph_sign_off(text[sp.start:sp.end], sp is last_para or (sp.start in after and tail_short)):
                agency = self.site_outlet(sign[0]) or (None if sign[1] else sign[0])
                if agency is not None:
                    found.append((4, sp.start, agency))
        for sp in body[-2:]:  # "For the latest news ..., head to The Hill."
            if (promo := _PROMO.fullmatch(text, sp.start, sp.end)) and (names := self.outlets(promo["outlet"])):
                found.append((4, sp.start, names[0]))
        # (lines of a word or two after the last paragraph are the site's: "visit website")
        end = last_para if last_para is not None and tail_short else last
        for sp in spans:  # the text's copyright notice, below its last paragraph (not a photo's, above)
            if end is not None and sp.start >= end.end and (names := copyright_holders(text[sp.start:sp.end], self.outlets)):
                found.append((4, sp.start, names[0]))
            elif last_para is not None and sp is next((x for x in body if x.start >= last_para.end), None) \
                    and re.fullmatch(r"[a-z]{2,6}", word := text[sp.start:sp.end].strip()) \
                    and (agency := self.site_outlet(word.upper())) is not None:
                # an agency's initials alone in lower case right below the last paragraph: "afp" above
                # "Tags:" (not a tag of a list below it: "Tags: education budget ap")
                found.append((4, sp.start, agency))
            elif end is not None and sp.start >= end.end and sp.kind == "content" and (
                    domain := _DOMAIN_LINE.fullmatch(text[sp.start:sp.end].strip())):
                # the site signing its article with its address: "Example-info.com" on the last line
                found.append((4, sp.start, self._host_outlet(domain[0]) or domain[0]))
        return found
