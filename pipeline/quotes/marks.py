"""Pairing quotation marks in a paragraph: which marks open, which close, and
which are apostrophes, primes or stray marks (see ``pipeline/quotes/finding.py``
for the rules in words). Linear: each opener is pushed and removed once."""

from __future__ import annotations

import re

from pipeline.lexicon import zipf

_MARKS = re.compile("[«»‹›„“”\"‘’']")
SINGLE = "'‘’"
OPENERS = "«‹„“”\"‘'"  # the marks that may open a quote
SPACE = " \t\r\n\u00a0\u202f\u2009\u2007\u2002\u2003"
_OPEN_AFTER = "([{«‹“„—–-/'’\""  # a straight or single quote right after one of these may open
_CLOSE_BEFORE = ".,;:!?)]}»›”\"…'’-–—/"  # ... right before one of these may close
_CLOSE_SINGLE = ".,;:!?)]}»›”\"…–—/"  # a ’ or ' right before one of these may close a single quote
_GLUED_AFTER = ".,;:!?…)]"  # a single quote glued to the next word closes after these ('yes.'The)
# closing mark -> the openers it may close, preferred first (a ” last closes a «: English
# copy of Russian wires mixes them, «No statements ... unacceptable,” Peskov said)
_CLOSES = {"«": "«", "»": "«»", "›": "‹", "”": "“„”\"«»", "“": "„“", '"': '"“„', "’": "‘'’", "'": "'‘"}
# words whose first letters an apostrophe stands for ('em, 'til, rock 'n' roll), and
# contraction endings cut off by a stray space (Russia 's, don 't)
_ELISIONS = {"n", "em", "til", "tis", "twas", "cause", "cos", "coz", "bout", "kay", "nuff",
             "s", "t", "d", "m", "ll", "re", "ve"}
LETTERS = re.compile(r"[^\W\d_]+")
# small words that stay lower-case in a name or a title-case headline
LINKS = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "by", "de", "du", "des",
          "la", "le", "les", "l", "d", "et", "s"}
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# what follows a full stop that ends a sentence, not an ellipsis (". . .") nor a word (".com")
_SENTENCE_STOP = re.compile(r"(?:\s+(?![.…])|$)")


# two apostrophes standing for one double quotation mark (typewriter style:
# ''like this''), also as turned into curly ones by word processors
_DOUBLED = re.compile("''|‘‘|’’")


def doubled_apostrophes_as_quotes(text: str) -> str:
    """``text`` with each pair of apostrophes used as a quotation mark turned
    into a straight double quote plus a space on its outer side, so that every
    offset stays the same: ``''We can,'' he said`` reads as `` "We can," he said``.
    A pair glued to words on both sides, or spaced on both, is left alone."""
    if "''" not in text and "‘‘" not in text and "’’" not in text:
        return text
    out = list(text)
    for m in _DOUBLED.finditer(text):
        i, j = m.start(), m.end()
        before = text[i - 1] if i else " "
        after = text[j] if j < len(text) else " "
        opens = (before in SPACE or before in "([{—–-/") and after not in SPACE
        closes = before not in SPACE and (after in SPACE or after in _CLOSE_BEFORE)
        if opens and not closes:
            out[i], out[i + 1] = " ", '"'
        elif closes and not opens:
            out[i], out[i + 1] = '"', " "
    return "".join(out)


def pair_marks(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[int]]:
    """(open, close) index pairs of the quotation marks in text[lo:hi], sorted,
    and the openers never closed. Linear: each opener is pushed and removed once."""
    stack: list[list] = []  # [mark, index, possible close or None], in text order
    where: dict[str, list[int]] = {}  # mark -> positions in stack of its openers, innermost last
    pairs: list[tuple[int, int]] = []
    maybe: int | None = None  # the position of the one opener with a possible close (leaders' summit)

    def cut(d: int, keep_after: int = -1) -> None:
        """Remove stack[d:] but the openers after ``keep_after``; a possible close there stands."""
        nonlocal maybe
        if maybe is not None and maybe >= d:
            pairs.append((stack[maybe][1], stack[maybe][2]))
            maybe = None
        for en in reversed(stack[d:]):
            where[en[0]].pop()
        rest = [en for en in stack[d:] if en[1] > keep_after] if keep_after >= 0 else []
        del stack[d:]
        for en in rest:
            where[en[0]].append(len(stack))
            stack.append(en)

    for m in _MARKS.finditer(text, lo, hi):
        i, ch = m.start(), m[0]
        role = mark_role(text, i, lo, hi, where)
        if role == "open":
            if ch in SINGLE and maybe is not None:
                # a new single quote: the earlier one's possible close was its close,
                # and the openers between them were inside it
                cut(maybe, keep_after=stack[maybe][2])
            where.setdefault(ch, []).append(len(stack))
            stack.append([ch, i, None])
        elif role in ("close", "maybe"):
            depth = next((where[want][-1] for want in _CLOSES[ch] if where.get(want)), None)
            if depth is None:
                continue
            if role == "maybe":
                if maybe is None:  # the first one closes it unless a later close does
                    stack[depth][2], maybe = i, depth
                continue
            if maybe == depth:  # this close replaces the possible one
                stack[depth][2], maybe = None, None
            pairs.append((stack[depth][1], i))
            cut(depth)  # openers left inside were never closed
    if maybe is not None:
        cut(maybe, keep_after=stack[maybe][2])
    return sorted(pairs), [en[1] for en in stack]


def outermost(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for o, c in sorted(pairs):
        if not out or o > out[-1][1]:
            out.append((o, c))
    return out


# what follows a « set the wrong way round as a close: a mark of punctuation, or the paragraph's end
_REVERSED_CLOSE = re.compile(r"[ \t\u00a0\u202f]{0,2}(?:[,.;:!?)]|$)")


def mark_role(text: str, i: int, lo: int, hi: int, where: dict[str, list[int]]) -> str | None:
    """"open", "close", "maybe" (a close unless a later mark closes the same
    quote: the ' of ``leaders' summit``) or None (not a quotation mark here)
    for the mark at i; ``where``: the open marks (mark -> positions)."""
    ch = text[i]
    if ch == "«" and where.get("«") and i > lo and text[i - 1].isalnum() and _REVERSED_CLOSE.match(text, i + 1, hi):
        return "close"  # « … une surréaction chinoise« , a déclaré X »: a close set the wrong way round
    if ch in "«‹„":
        return "open"
    if ch == "»" and i == lo and text[i + 1:i + 2].isalpha():
        return "open"  # »Hello! ...” opening a paragraph, as some sites write it
    if ch in "»›":
        return "close"
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    pending = ch in _CLOSES and any(where.get(want) for want in _CLOSES[ch])
    if ch in SINGLE:
        return _single_role(text, i, lo, hi, prev, nxt, pending)
    space_before = prev == "" or prev in SPACE
    space_after = nxt == "" or nxt in SPACE
    left = (space_before or prev in _OPEN_AFTER) and not space_after
    right = not space_before and (space_after or nxt in _CLOSE_BEFORE)
    if ch == '"' and space_before and (nxt in ",;:!?)]" or (nxt == "." and _SENTENCE_STOP.match(text, i + 2))):
        # a straight quote spaced as French sets its marks, before a comma or a full stop
        # (« ... choses ", affirme »): a close, never an opening (a quotation opens on a word)
        left, right = False, True
    if ch == "“":
        return "close" if right and not left and pending else "open"
    if ch == "”":
        return "open" if left and not right and not pending else "close"
    if _is_prime(text, i, lo, hi):
        return None  # inches or seconds: 6' 2", 38° 53' 23"
    # an inch mark (5") can only close, and with no straight quote open it is dropped
    if left != right:
        return "open" if left else ("close" if pending else None)
    if left or (space_before and space_after):  # both fit, or spaced on both sides
        return "close" if pending else ("open" if nxt else None)
    # glued on both sides: closes an open quote ("troubling."The), opens after
    # punctuation (said:"We), and is nothing between two words (a"b)
    if pending:
        return "close"
    return "open" if not prev.isalnum() and nxt.isalnum() else None


def _single_role(text: str, i: int, lo: int, hi: int, prev: str, nxt: str, pending: bool) -> str | None:
    """The role of ' ‘ ’, which are mostly apostrophes: ‘ and ' open at the
    start of a word (not '90s, 'n', 'em); ’ and ' close an open single quote
    after a word or punctuation, before a space, punctuation or the end, or
    glued to the next word after punctuation (’ never after a word: Putin’s)."""
    ch = text[i]
    if ch != "’" and (prev == "" or prev in SPACE or prev in _OPEN_AFTER) and nxt and nxt not in SPACE \
            and not nxt.isdigit() and not _elided(text, i + 1, hi):
        return "open"
    if ch != "‘" and not pending and _glued_open(text, i, lo, hi):
        return "open"
    if ch == "‘" or not pending or prev == "" or prev in SPACE or _is_prime(text, i, lo, hi):
        return None
    if nxt == "" or nxt in _CLOSE_SINGLE:
        return "close"
    if nxt in SPACE:
        # after a plural (leaders' summit) with the sentence going on, it may be a possessive
        j = i + 1
        while j < hi and text[j] in SPACE:
            j += 1
        return "maybe" if prev in "sS" and j < hi and text[j].isalnum() else "close"
    return "close" if prev in _GLUED_AFTER and nxt.isalpha() else None


# a quotation whose opening ’ or ' lost its space, glued to the word before it ("Biden Sees’real
# Challenges’ For Russia"): a word of three letters or more before it, a word after it that no
# apostrophe elides (not "don't", "Kyiv's", "rock 'n'"), nor a French elision (« aujourd’hui »,
# « quelqu’un », « jusqu’à »), and the same mark closing a few words later on its line
_GLUED_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_]{3,}$")
_FRENCH_ELIDED = re.compile(r"(?:qu|aujourd|prud|entr|presqu|d|l)$", re.IGNORECASE)
_GLUED_CLOSE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_][\w-]*){0,5}(?P<c>[’'])(?=[.,;:!?]|$|[ \t]+[A-Z])")
# (the word before is a common English word, wordfreq Zipf at least this: "Sees", not "Mar" of "Mar'yinka")
_GLUED_ZIPF = 3.5


def _glued_open(text: str, i: int, lo: int, hi: int) -> bool:
    """Is the ’ or ' at ``i``, between two letters, the opening mark of a
    quotation glued to the word before it (``_GLUED_BEFORE``)?"""
    before = _GLUED_BEFORE.search(text, max(lo, i - 40), i)
    if before is None or _FRENCH_ELIDED.search(before[0]) or _elided(text, i + 1, hi) \
            or zipf(before[0].lower(), "en") < _GLUED_ZIPF:
        return False
    close = _GLUED_CLOSE.match(text, i + 1, hi)
    return close is not None and close["c"] == text[i] and "\n" not in text[i:close.end()]


def _elided(text: str, i: int, hi: int) -> bool:
    """Is the word at i one whose first letters an apostrophe replaces ('em, 'til, rock 'n' roll)?"""
    m = LETTERS.match(text, i, min(hi, i + 8))
    return bool(m) and m[0].lower() in _ELISIONS and not (m.end() < hi and (text[m.end()].isalnum()
                                                                            or text[m.end()] == "-"))


def _is_prime(text: str, i: int, lo: int, hi: int) -> bool:
    """Is the ' or " at i a prime after a number: feet and inches (6' 2"),
    minutes and seconds (38° 53' 23")? Only when a number and a second
    prime follow it, or a degree or prime mark comes before its number (5"
    alone is left to pairing)."""
    if i == lo or not text[i - 1].isdigit():
        return False
    j = i + 1 + (i + 1 < hi and text[i + 1] == " ")
    if j < hi and text[j].isdigit():
        while j < hi and (text[j].isdigit() or text[j] in ".,"):
            j += 1
        if j < hi and text[j] in "\"″":
            return True
    k = i - 1
    while k > lo and (text[k - 1].isdigit() or text[k - 1] in ".,"):
        k -= 1
    if k > lo and text[k - 1] == " ":
        k -= 1
    return k > lo and text[k - 1] in "°'’′"


def left_open(text: str, para, unclosed: list[int], pairs: list[tuple[int, int]]) -> bool:
    """Does the one quotation left open in ``para`` open a new sentence after a
    closed quotation there (« A », a dit X. « B ...) and run to the paragraph's
    end, its close forgotten?"""
    o = unclosed[0]
    return (len(unclosed) == 1 and any(c < o for _, c in pairs) and text[o] in "“«"
            and re.search(r"[.!?]\s*$", text[para.start:o]) is not None and len(text[o:para.end].split()) >= 4)


def closed_next(text: str, para, opener: int) -> int | None:
    """Where ``para`` closes the quotation that ``opener`` (“ or «) left open in
    the paragraph before without opening it again (a quotation run over a
    paragraph break, the continuation mark missing): its first matching close,
    if no mark opens another quotation of the kind before it."""
    close = {"“": "”", "«": "»"}.get(text[opener])
    if close is None:
        return None
    for i in range(para.start, para.end):
        if text[i] == text[opener]:
            return None
        if text[i] == close:
            return i
    return None
