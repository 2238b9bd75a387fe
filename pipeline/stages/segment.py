"""Sentence segmentation with exact character offsets.

A boundary is sentence-final punctuation (``. ! ? …``), any closing quotes or
brackets, whitespace, and then something that can start a sentence: an
upper-case letter, a digit, an opening quote, or an opening bracket followed by
one of those. A full stop does not end a sentence after an abbreviation of the
paragraph's language (``M.``, ``Mme.``, ``sept.``, ``Mr.``, ``U.S.``), a single
upper-case initial or a dotted initialism (``J.F.``, ``e.g.``). Decimal numbers
(``4.5``) and spaced thousands (``6 400 km``) never match, as a boundary needs
whitespace after the punctuation and the punctuation itself.

Quotation marks are paired within the paragraph (straight double quotes by
position: first opens, second closes, ...). With ``keep_quotes_whole`` no
boundary falls inside a matched pair no longer than ``max_quote_chars``; an
opening mark that is never closed, or a closing mark that was never opened,
protects nothing, so one stray ``»`` cannot swallow the rest of a paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from pipeline.data import Segment as SegmentRecord
from pipeline.stages.base import DocumentStage

if TYPE_CHECKING:
    from pipeline.config import Config
    from pipeline.data import Document

OPEN_TO_CLOSE = {"«": "»", "“": "”", "‹": "›"}
CLOSE_TO_OPEN = {v: k for k, v in OPEN_TO_CLOSE.items()}
STRAIGHT = '"'
# closing marks that may follow sentence-final punctuation directly ("fin.)")
TIGHT_CLOSERS = ")]’'"
# marks that may start a sentence on their own
SENTENCE_OPENERS = "«“‹‘¿¡"

_FINAL = re.compile(r"[.!?…]+")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # U.S, e.g, J.F (final dot excluded)
_LEADING_PUNCT = "([{«“‹‘\"'"

# placeholders that hide guillemets from the Moses normaliser (private use area)
_PROTECT = {"«": "\ue000", "»": "\ue001", "‹": "\ue002", "›": "\ue003"}
_SPACES = re.compile(r"[ \u00a0\u202f]+")


def quote_pairs(text: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """Match quotation marks. Returns (pairs of (open, close) indices, role of
    every quote character: "open", "close" or "stray")."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    roles: dict[int, str] = {}

    def close(opener: str, i: int) -> bool:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == opener:
                pairs.append((stack[depth][1], i))
                del stack[depth:]  # openers left inside were never closed
                roles[i] = "close"
                return True
        return False

    for i, ch in enumerate(text):
        if ch == STRAIGHT:
            if not close(STRAIGHT, i):
                stack.append((ch, i))
                roles[i] = "open"
        elif ch in OPEN_TO_CLOSE:
            stack.append((ch, i))
            roles[i] = "open"
        elif ch in CLOSE_TO_OPEN and not close(CLOSE_TO_OPEN[ch], i):
            roles[i] = "stray"
    return pairs, roles


def _token_before(text: str, end: int) -> str:
    """The whitespace-delimited word that ends at ``end``, leading quotes/brackets removed."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip(_LEADING_PUNCT)


def _is_abbreviation(token: str, abbreviations: set[str]) -> bool:
    if not token:
        return False
    if token in abbreviations:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "George W. Bush"
    return bool(_INITIALISM.fullmatch(token))


def abbreviations_for(abbreviations: Mapping[str, Iterable[str]], lang: str | None) -> set[str]:
    """The list for ``lang``; every list together when the language has none."""
    if lang in abbreviations:
        return set(abbreviations[lang])
    return set().union(*abbreviations.values()) if abbreviations else set()


def split_sentences(
    text: str,
    lang: str | None,
    abbreviations: Mapping[str, Iterable[str]] | Iterable[str],
    keep_quotes_whole: bool = True,
    max_quote_chars: int = 600,
) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; returns (start, end) offsets into ``text``
    with surrounding whitespace left out. ``abbreviations`` is either the
    config's {lang: [...]} mapping, from which ``lang`` picks the list, or the
    list itself. The other rules are the same for French and English."""
    if isinstance(abbreviations, Mapping):
        abbrevs = abbreviations_for(abbreviations, lang)
    else:
        abbrevs = set(abbreviations)
    pairs, roles = quote_pairs(text)
    protected = [(o, c) for o, c in pairs if c - o + 1 <= max_quote_chars] if keep_quotes_whole else []
    inside = _Intervals(protected)  # "is j in some (open, close]": a bisection, not a scan of every pair
    n = len(text)

    def is_closer(i: int) -> bool:
        ch = text[i]
        return (ch in CLOSE_TO_OPEN or ch == STRAIGHT) and roles.get(i) in ("close", "stray")

    def starts_sentence(i: int) -> bool:
        ch = text[i]
        if ch.isupper() or ch.isdigit() or ch in SENTENCE_OPENERS:
            return True
        if ch == STRAIGHT:
            return roles.get(i) == "open"
        if ch in "([" and i + 1 < n:
            return starts_sentence(i + 1)
        return False

    cuts: list[int] = []
    for m in _FINAL.finditer(text):
        if m.group() == "." and _is_abbreviation(_token_before(text, m.start()), abbrevs):
            continue
        # take in closing marks: "fin.)", "fin. »" (French spacing), 'fin."'
        j = m.end()
        while j < n:
            k = j
            while k < n and text[k].isspace():
                k += 1
            if k < n and is_closer(k):
                j = k + 1
            elif k == j and text[j] in TIGHT_CLOSERS:
                j += 1
            else:
                break
        k = j
        while k < n and text[k].isspace():
            k += 1
        if k == j or k == n or not starts_sentence(k):
            continue
        if j in inside:
            continue
        cuts.append(j)

    spans = []
    start = 0
    for end in [*cuts, n]:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        start = end
    return spans


class _Intervals:
    """The union of half-open intervals (open, close], merged and sorted, for
    membership tests by bisection (a paragraph may hold thousands of quotes)."""

    def __init__(self, pairs: list[tuple[int, int]]):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for o, c in sorted(pairs):
            if self.ends and o < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], c)
            else:
                self.starts.append(o)
                self.ends.append(c)

    def __contains__(self, j: int) -> bool:
        i = bisect.bisect_left(self.starts, j) - 1  # the last interval opening before j
        return i >= 0 and j <= self.ends[i]


class Segment(DocumentStage):
    name = "segment"
    version = "1"
    config_keys = ("segment",)

    def __init__(self, cfg: Config):
        super().__init__(cfg)
        self._normalizers: dict[str, object] = {}
        self._abbrevs: dict[str | None, set[str]] = {}

    def abbreviations(self, lang: str | None) -> set[str]:
        if lang not in self._abbrevs:
            self._abbrevs[lang] = abbreviations_for(self.cfg.segment.abbreviations, lang)
        return self._abbrevs[lang]

    def normalize(self, text: str, lang: str | None) -> str:
        """Moses punctuation normalisation, keeping French guillemets.

        MosesPunctNormalizer turns « » into straight quotes whatever its
        options, so they are swapped for private-use placeholders around the
        call. ``norm_numbers`` is off: it rewrites "6\u00a0400" as "6,400" for
        French, which reads as 6.4. No-break spaces become plain spaces.
        """
        key = lang or "en"
        normalizer = self._normalizers.get(key)
        if normalizer is None:
            from sacremoses import MosesPunctNormalizer

            normalizer = MosesPunctNormalizer(lang=key, norm_numbers=False, pre_replace_unicode_punct=False)
            self._normalizers[key] = normalizer
        for mark, placeholder in _PROTECT.items():
            text = text.replace(mark, placeholder)
        out = normalizer.normalize(text)
        for mark, placeholder in _PROTECT.items():
            out = out.replace(placeholder, mark)
        return _SPACES.sub(" ", out).strip()

    def process(self, doc: Document) -> Document:
        if not doc.ok:
            return doc
        cfg = self.cfg.segment
        doc.segments = []
        for index, para in enumerate(doc.paragraphs):
            lang = para.lang or doc.lang
            text = doc.text[para.start : para.end]
            spans = split_sentences(text, lang, self.abbreviations(lang), cfg.keep_quotes_whole, cfg.max_quote_chars)
            for s, e in spans:
                start, end = para.start + s, para.start + e
                raw = doc.text[start:end]
                norm = self.normalize(raw, lang) if cfg.normalize_punctuation else raw
                doc.segments.append(SegmentRecord(len(doc.segments), start, end, raw, norm, lang, index))
        doc.stats["segment"] = {"segments": len(doc.segments)}
        return doc
