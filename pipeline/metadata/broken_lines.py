"""Lines of one sentence that a page broke around a quotation, joined again by
the clean stage before its lines become paragraphs."""

from __future__ import annotations

import re

from pipeline.function_words import DETERMINERS, PREPOSITIONS
from pipeline.lexicon import fold
from pipeline.metadata.lines import SENTENCE_FINAL, Span

# A line that opens with a comma or a semicolon, or that is a lone full stop, goes
# on with the sentence of the line before it: some sites put each quotation on a
# line of its own (`... a estimé que` / `"près de 100 villages seront inondés"` / `.`)
_GOES_ON = re.compile(r"[,;]|\.\s*$")
# a line that is one quotation, marks included (and a mark of punctuation after it)
_BARE_QUOTE = re.compile(r"[\"“«][^\n]*[\"”»][.,;]?\s*")
_LAST_WORD = re.compile(r"([^\W\d_]+)['’]?\s*$")
# words no sentence ends with: determiners, prepositions, the conjunction "que"/"that"
_OPEN_WORDS = DETERMINERS | PREPOSITIONS | {"que", "qu", "that", "whether", "si"}


def join_broken(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the content lines of one sentence broken around a
    quotation joined into one span. A line joins the line above it when it
    goes on with its sentence (``_GOES_ON``), or when it is a bare quotation
    and the line above left its sentence open: it ends with a function word
    ("que", "la", "the"), or it ends with no full stop or colon while the line
    after the quotation goes on with the sentence (``_GOES_ON`` or a lowercase
    word). Only lines next to each other (no blank line between) are joined."""
    def adjacent(a: Span, b: Span) -> bool:
        return a.kind == b.kind == "content" and text.count("\n", a.end, b.start) == 1 \
            and not text[a.end:b.start].strip()

    def goes_on(sp: Span, lowercase: bool) -> bool:
        return bool(_GOES_ON.match(text, sp.start, sp.end)) or (lowercase and text[sp.start].islower())

    def left_open(sp: Span) -> bool:
        line = text[sp.start:sp.end].rstrip()
        return not SENTENCE_FINAL.search(line) and not line.endswith((":", "»", '"', "”"))

    first = next((sp.start for sp in spans if sp.kind == "content"), -1)  # the headline
    out: list[Span] = []
    for k, sp in enumerate(spans):
        prev = out[-1] if out else None
        if prev is not None and adjacent(prev, sp):
            # (after a quotation joined to the line above it, a lowercase word goes on too)
            join = goes_on(sp, "\n" in text[prev.start:prev.end] and text[prev.end - 1] in "\"”»")
            if not join and left_open(prev) and prev.start != first and _lowercase_opening(text[sp.start:sp.end]) \
                    and len(text[prev.start:prev.end].rsplit("\n", 1)[-1]) >= _WRAPPED_MIN:
                # a page wrapped at a fixed width: a line of running text left open whose next line
                # opens on a lowercase word (or a quotation of one) goes on with its sentence, since
                # no paragraph opens on a lowercase word ("… a tenu à rappeler que la Russie" /
                # "« dispose également de …"); a short line is a subhead or a label ("Reaction in
                # Brussels" / "von der Leyen said …")
                join = True
            if not join and _BARE_QUOTE.fullmatch(text, sp.start, sp.end) and left_open(prev):
                last = _LAST_WORD.search(text, prev.start, prev.end)
                after = spans[k + 1] if k + 1 < len(spans) else None
                join = (last is not None and fold(last[1]) in _OPEN_WORDS) or (
                    after is not None and adjacent(sp, after) and goes_on(after, True))
            if join:
                out[-1] = prev._replace(end=sp.end)
                continue
        out.append(sp)
    return out


# the shortest line a page wraps at a fixed width (a subhead or a label is shorter)
_WRAPPED_MIN = 40


def _lowercase_opening(line: str) -> bool:
    """Does ``line`` open on a lowercase word (not a web address: "reuters.com"), or
    on an opening mark before one, and run on for two words or more (not a site's
    name alone: "rfi")?"""
    word = re.match(r"[«“\"‘\s]*(\S+)", line)
    return word is not None and len(line.split()) >= 2 and word[1][:1].islower() \
        and re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*[,;]?", word[1]) is not None
