"""What the clean stage's line classification leaves for the metadata readers:
classified spans of the text, where the article's header ends and which span
gives the title."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

WORD = re.compile(r"[\w'-]+")
PHOTO_CREDIT = re.compile(r"\W*(?i:photos?|crédit photo|photo credit|photograph)\b")


class Span(NamedTuple):
    """A classified piece of a line: content, headline, byline, dateline, credit,
    boilerplate or blank, with the named groups of the rule that matched."""

    start: int
    end: int
    kind: str
    reason: str | None = None
    groups: dict[str, Any] | None = None


# The header is what stands above the first body paragraph: a line of at least
# this many words that ends like a sentence (headlines and decks rarely do).
# It is at most HEADER_MAX_LINES lines, so a text with no such paragraph does
# not make its whole body a header.
BODY_MIN_WORDS = 8
HEADER_MAX_LINES = 12
SENTENCE_FINAL = re.compile(r"[.!?…][»\"”’)\]]*$")


def header_end(text: str, spans: list[Span]) -> int:
    """Index in ``spans`` of the first body paragraph (see BODY_MIN_WORDS):
    the spans before it are the article's header."""
    seen = 0
    for i, sp in enumerate(spans):
        if sp.kind == "blank":
            continue
        line = text[sp.start:sp.end]
        if sp.kind == "content" and body_line(line):
            return i
        seen += 1
        if seen >= HEADER_MAX_LINES:
            return i + 1
    return len(spans)


def body_line(line: str) -> bool:
    """Whether a content line is a body paragraph (see BODY_MIN_WORDS)."""
    return len(line.split()) >= BODY_MIN_WORDS and SENTENCE_FINAL.search(line) is not None


def title_index(spans: list[Span]) -> int:
    """Index in ``spans`` of the span the clean stage takes the title from (len(spans) if none)."""
    for kinds in (("headline",), ("content",)):
        for i, sp in enumerate(spans):
            if sp.kind in kinds and (sp.kind != "headline" or sp.reason is None):
                return i
    return len(spans)


def whole_line(text: str, sp: Span) -> bool:
    """Whether sp fills its line (a credit under the article, not one cut from a caption)."""
    start = text.rfind("\n", 0, sp.start) + 1
    end = text.find("\n", sp.end)
    return not text[start:sp.start].strip() and not text[sp.end:end if end >= 0 else len(text)].strip()
