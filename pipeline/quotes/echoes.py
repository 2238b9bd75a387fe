"""Speakers shared between quotes of one document: pieces of one quotation
split over paragraphs, and words quoted twice (moved out of nearby.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.quotes.folding import fold

if TYPE_CHECKING:
    from pipeline.quotes.spans import QuoteSpan


ECHO_CANDIDATES = 64  # attributed quotes a repeated quotation is compared with, at most


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[^\W_]+", fold(text).lower())) + " "


def shared_speakers(text: str, spans: list[QuoteSpan], out: list[tuple[str | None, str]],
                    guessed: set[int] = frozenset(),
                    fits: Callable[[int, str], bool] = lambda i, speaker: True) -> list[tuple[str | None, str]]:
    """Speakers for quotes that have none from the rest of their document:
    pieces of one quotation split over paragraphs share the speaker of the
    piece that has one; and words quoted twice, as in a headline or a
    subheading that repeats a quotation of the body ("Une relation « propice à
    la paix »" before "Xi Jinping a salué la relation comme « propice à la
    paix »"), are the speaker's who says them, when only one speaker does.
    A headline that names a body for its quotation ("Russia praised ...",
    « Le Kremlin dénonce un « ... » ») keeps it, though the body of the
    article names the official who said the words: the headline names no one else.
    ``guessed``: quotes whose speaker the text only suggests (the speaker of
    the sentence before, the state of an official it leaves unnamed: "Top US
    diplomat says ..."): words quoted elsewhere from one named speaker are that
    speaker's ("A subheading « Nos terres historiques »" after a paragraph on
    Biden, when Putin says them below), when ``fits`` (the quote's index, that
    speaker): an unnamed official's words go only to someone the text titles
    as an official of that state or body."""
    by_group: dict[int, tuple[str, str]] = {}
    for sp, (speaker, note) in zip(spans, out):
        if speaker is not None:
            by_group.setdefault(sp.group, (speaker, note))
    said = [(_words(text[sp.open + 1:sp.close if sp.close is not None else sp.end]), speaker)
            for i, (sp, (speaker, _)) in enumerate(zip(spans, out)) if speaker is not None and i not in guessed]
    holding: dict[str, list[int]] = {}  # word -> the said quotes that hold it
    for k, (words, _) in enumerate(said):
        for w in set(words.split()):
            holding.setdefault(w, []).append(k)
    for i, sp in enumerate(spans):
        if out[i][0] is not None and i not in guessed:
            continue
        if sp.group in by_group and out[i][0] is None:
            speaker, note = by_group[sp.group]
            out[i] = (speaker, f"same quotation as another paragraph's piece ({note})")
            continue
        if "two speakers" in out[i][1]:
            continue  # two parties hold it: one of them saying it again elsewhere does not make it theirs
        own = _words(text[sp.open + 1:sp.close if sp.close is not None else sp.end])
        if len(own.strip()) < 4:
            continue
        # only the quotes holding its rarest word, and a bounded number of them:
        # the pass stays linear in a page of thousands of quotes
        rarest = min((holding.get(w, []) for w in own.split()), key=len)
        found = {said[k][1] for k in rarest[:ECHO_CANDIDATES] if own in said[k][0]}
        if len(found) == 1 and (speaker := found.pop()) != out[i][0] and (out[i][0] is None or fits(i, speaker)):
            out[i] = (speaker, f"the same words are quoted from {speaker} elsewhere in the text"
                      + (f" (not {out[i][0]}: {out[i][1]})" if out[i][0] is not None else ""))
    return out
