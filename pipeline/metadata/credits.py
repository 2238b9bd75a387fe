"""Credit lines that name where an article comes from, for ``publishers``: a
"Source:" line (or a "Source :" field of a credit line in brackets), a
copyright notice below the body, "Read the full report at <host>", an
aggregator's note on a syndicated story naming its own staff, and a site's
address written as its name."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.metadata.signs import LEGAL_FORM, news_shaped

SOURCE_LINE = re.compile(r"\s*(?i:sources?)\s*:")
# the fields of a credit line in brackets: "(AB – Source : Example Daily – Illustration : X)"
_FIELDS = re.compile(r"\s+[–—|-]\s+")
# the copyright notice of the text, below the body: "© AFP", "Copyright 2023 The
# Associated Press. All rights reserved.", "© 2023 Agence France-Presse"
# (the sign and the word may both be there: "© Copyright 2023 Example Presse")
_COPYRIGHT = re.compile(r"\s*(?:(?:©|\((?i:c)\)|(?i:copyright))\s*)+(?:\d{4}\s*)?(?P<holder>[^.\n]{2,60})")
_ALL_RIGHTS = re.compile(r"(?i)\W*all rights reserved.*$")
# the site an excerpt comes from, closing it: "Read the full report at TheHill.com."
FULL_STORY = re.compile(r"\s*(?:read|see)\s+(?:the\s+)?(?:full|whole|complete)\s+(?:report|story|article)\s+"
                        r"(?:at|on)\s+(?:https?://)?(?P<host>(?:[\w-]+\.)+[a-z]{2,6})\b", re.IGNORECASE)


def source_field(line: str) -> str | None:
    """The name after "Source:" opening the line, or one of its fields when the
    line is a credit in brackets of fields between dashes."""
    line = line.strip()
    fields = _FIELDS.split(line.strip("()")) if line[:1] == "(" and line[-1:] == ")" else [line]
    for field in fields:
        if (src := SOURCE_LINE.match(field)) and (named := field[src.end():].strip(" .|")):
            # "Source: (EUROPA PRESS)": a name in brackets of its own
            return named[1:-1].strip() if named[:1] == "(" and named[-1:] == ")" else named
    return None


def copyright_holders(line: str, outlets: Callable[[str], list[str]]) -> list[str]:
    """The outlets a copyright notice names: known ones (``outlets``), else a news
    organisation's name as written ("© 2024 Daily Example News Ltd")."""
    c = _COPYRIGHT.match(line)
    if not c or len(line.split()) > 12:
        return []
    known = outlets(c["holder"])
    if known:
        return known
    holder = LEGAL_FORM.sub("", _ALL_RIGHTS.sub("", c["holder"]).strip(" .,©"))
    return [holder] if news_shaped(holder) else []


# an aggregator's note on a syndicated story names its own staff: "(This story has not been
# edited by Example News staff and is auto-generated from a syndicated feed.)", "may have
# been reworked by the Example Standard staff"
SYNDICATED = re.compile(r"(?:edited|reworked)\s+by\s+(?:the\s+)?(?P<o>(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,4})"
                         r"\s+staff\b[^.]{0,80}?syndicated\s+feed", re.IGNORECASE)
# a site's address as its name, in a page title or a wire credit opening the lead:
# "Talks resume | Example.fr", "(ExampleNews.com) - The minister ..."
SITE_ADDRESS = re.compile(r"(?P<name>[A-Z][\w-]{1,30})(?:\.[a-z]{2,3}){1,2}")
ADDRESS_CREDIT = re.compile(r"\(\s*(?P<site>(?P<name>[A-Z][\w-]{1,30})(?:\.[a-z]{2,3}){1,2})\s*\)\s*[-–—]{1,2}\s+(?=\S)")
