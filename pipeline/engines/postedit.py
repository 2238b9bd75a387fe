"""Engine-independent text handling around translation: the name glossary,
quotation marks, and repetition checks."""

from __future__ import annotations

import re
from collections import Counter

# --- names ---------------------------------------------------------------


class Glossary:
    """Source -> target names, applied the same way whatever the engine.

    Neural engines copy a name they are given, so for them each source name is
    simply replaced by its target spelling before translation. A rule-based
    engine would translate "Kim Jong Un" into "Kim Jong One", so for those the
    names become placeholders (``QQNAMEAQQ``: one unknown word that every mode
    passes through) and are put back afterwards. Either way, any source
    spelling an engine still produced is replaced at the end.
    """

    _PLACEHOLDER = re.compile(r"QQNAME([A-Z]+)QQ")
    # A title before a hidden name is hidden with it: Apertium takes "M." before
    # an unknown word for a sentence end and capitalises the next word.
    _TITLE = r"(?P<title>(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Mr|Mrs|Ms)\.?\s+)?"

    def __init__(self, names: dict[str, str]):
        self.names = dict(names)
        # upper-case headlines spell names in capitals too
        for source, target in names.items():
            self.names.setdefault(source.upper(), target.upper())
        ordered = sorted(self.names, key=len, reverse=True)  # longest first
        alternation = "|".join(re.escape(n) for n in ordered)
        self._rx = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)") if ordered else None
        self._titled = re.compile(rf"(?<!\w){self._TITLE}(?P<name>{alternation})(?!\w)") if ordered else None

    def apply(self, text: str) -> str:
        if self._rx is None:
            return text
        return self._rx.sub(lambda m: self.names[m.group(0)], text)

    def protect(self, text: str, placeholders: bool = False) -> tuple[str, list[str]]:
        """(text to translate, the target names its placeholders stand for)."""
        if self._rx is None or not placeholders:
            return self.apply(text), []
        names: list[str] = []

        def hide(m: re.Match) -> str:
            names.append((m.group("title") or "") + self.names[m.group("name")])
            return f"QQNAME{_letters(len(names) - 1)}QQ"

        return self._titled.sub(hide, text), names

    def restore(self, text: str, names: list[str]) -> str:
        def show(m: re.Match) -> str:
            i = _index(m.group(1))
            return names[i] if i < len(names) else m.group(0)

        return self.apply(self._PLACEHOLDER.sub(show, text))


def _letters(i: int) -> str:
    """0 -> A, 25 -> Z, 26 -> BA: placeholders stay letters only (digits get
    treated as numbers by rule-based engines)."""
    out = ""
    while True:
        out = chr(65 + i % 26) + out
        i //= 26
        if i == 0:
            return out


def _index(letters: str) -> int:
    i = 0
    for c in letters:
        i = i * 26 + ord(c) - 65
    return i


# --- quotation marks ---------------------------------------------------------

_OPEN_CLOSE = {"«": "»", "“": "”", "‹": "›", "„": "“"}
QUOTE_CHARS = set("«»“”‹›„\"")
# French guillemets with their inner (often no-break) spaces -> English quotes.
_GUILLEMETS = re.compile(r"«[\s\u00a0\u202f]*(.*?)[\s\u00a0\u202f]*»", re.S)
_SINGLE_GUILLEMETS = re.compile(r"‹[\s\u00a0\u202f]*(.*?)[\s\u00a0\u202f]*›", re.S)


def count_quotes(text: str) -> int:
    return sum(1 for c in text if c in QUOTE_CHARS)


def english_quotes(text: str) -> str:
    """« x » -> “x”, ‹ x › -> ‘x’; leftovers of unbalanced marks too."""
    text = _GUILLEMETS.sub(lambda m: f"“{m.group(1)}”", text)
    text = _SINGLE_GUILLEMETS.sub(lambda m: f"‘{m.group(1)}’", text)
    return text.replace("«", "“").replace("»", "”").replace("‹", "‘").replace("›", "’")


def quote_parts(text: str) -> list[tuple[str, bool]]:
    """Split text into (piece, is_quoted) runs along balanced quotation marks.
    Straight quotes pair in order of appearance. Marks themselves are dropped."""
    parts: list[tuple[str, bool]] = []
    pos, i, n = 0, 0, len(text)
    while i < n:
        c = text[i]
        close = _OPEN_CLOSE.get(c) or ('"' if c == '"' else None)
        if close:
            j = text.find(close, i + 1)
            if j > i:
                parts.append((text[pos:i], False))
                parts.append((text[i + 1 : j], True))
                pos = i = j + 1
                continue
        i += 1
    parts.append((text[pos:], False))
    return [(p.strip(), q) for p, q in parts if p.strip()]


def join_parts(pieces: list[tuple[str, bool]]) -> str:
    """Rebuild a sentence from translated pieces, quoting the quoted ones."""
    out = ""
    for text, quoted in pieces:
        text = text.strip()
        if not text:
            continue
        if quoted:
            text = f"“{text}”"
        if out and not (text[0] in ",.;:!?)" and not quoted):
            out += " "
        out += text
    return out


# --- repetition ------------------------------------------------------------


def repeated_ngram(text: str, max_repeats: int = 3, max_n: int = 4) -> str | None:
    """The first token n-gram (n <= max_n) that occurs more than ``max_repeats``
    times, or None. Unigrams count only when repeated back to back, since
    "the" may well appear four times in a long sentence."""
    tokens = text.lower().split()
    run = 1
    for a, b in zip(tokens, tokens[1:]):
        run = run + 1 if a == b else 1
        if run > max_repeats:
            return a
    for n in range(2, max_n + 1):
        grams = Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        for gram, count in grams.items():
            if count > max_repeats:
                return " ".join(gram)
    return None
