"""Where the direct quotations of a document are: quotation marks paired per
paragraph, the spans that are quotes, and the pieces of one quotation spread
over paragraphs (``spans.QuoteSpan``). ``extract.py`` turns them into quotes.

Only content paragraphs (``doc.paragraphs``) are searched, never bylines or
boilerplate. Quotation marks are paired per paragraph:

- « », ‹ › and „ always have one role; “ ” usually do, but take the other one
  where only that fits the context (German „...“, Swedish ”...”, typos);
- single quotes ‘ ’ and straight ' are mostly apostrophes. ‘ and ' open at
  the start of a word (after the start, a space, a bracket, a dash or another
  mark), never before a digit (``'90s``) or an elided word (``'em``, ``'til``,
  ``rock 'n' roll``); ’ and ' close an open single quote after a word or
  punctuation and before a space, punctuation or the end. Between two letters
  they are apostrophes (``Russia's``, ``l'accord``, ``aujourd'hui``,
  ``don't``); with no single quote open, ``leaders' summit`` is a possessive.
  Inside one, ' or ’ after an -s and before the next word (``'The leaders'
  summit was good,' he said``) closes it only if no later mark does (before
  the next single opener or the paragraph's end);
- a straight " opens after the start, a space, a bracket or a dash and before a
  word; it closes after a word and before a space, punctuation or the end. A
  spaced " (French spacing) closes when one is open, else opens. One that can
  only close with none open is ignored: inch marks (``5"``) fall out that way;
- primes are no quotes: ' or " right after a number that is followed by a
  number (``6' 2"``, ``53' 23"``) or that follows a degree or prime mark
  (the ``2"`` of ``6' 2"``, the ``23"`` of ``38° 53' 23"``);
- a closing mark glued to the next word closes an open quote
  (``"troubling."The``, ``«texte»suite``, ``'well.'The``: a single one only
  after punctuation); a straight " glued on both sides opens after punctuation
  (``said:"We``) and is nothing between two words with no quote open (``a"b``);
- a closing mark closes the innermost open mark of its kind (a straight one may
  close a curly one and the reverse); openers left inside are dropped, and a
  closer with nothing to close is ignored, so ``« A ». B. »`` gives ``A``;
- only the outermost pairs are quotes: nested quotes are part of their text.

One word in single quotes (``Kim's 'strategic' trip``, ``a ‘historic’
summit``) is usually the journalist's scare quote, and a run of capitalised
words in sentence-case text (``they call him 'Dear Leader'``) a nickname or a
name, so these count only with evidence that they are speech: a reporting verb
or source cue in their sentence within ``max_gap_chars`` of the marks (``he
called it 'historic'``), or a colon right before them. Any other phrase of
several words in single quotes is a quote (``Kim says visit shows 'strategic
importance'``, also in a title-case headline). Double quotes and guillemets
need no evidence: ``"troublant"`` is a one-word partial quote.

A paragraph whose last quote never closes, followed by a paragraph that opens
with a quotation mark, continues that quote (English style, with any mark:
``‘A.`` then ``‘B.’``). Each paragraph's piece is a span of its own (a span
across paragraphs would take in the marks and the paragraph break): it runs
from its opening mark to its paragraph's end, and the pieces share a group
(one speaker). A quotation whose next paragraph goes on without opening it
again and closes it (``“A.`` then ``B,” he said``) gives two pieces of one
group too (``extract.py`` makes them one Quote). A quote still open at the end of the last paragraph is a page cut off mid-quote and
runs to the end of the text when the text stops mid-sentence (on a word, a
comma, a dash or an ellipsis) or when the mark opens that paragraph; it gets a
speaker like any quote. Any other unclosed mark is dropped: no quote is
invented from a stray mark (``Kim a dit « oui. Il est parti.``).

With ``skip_titles``, a quoted span right after a title cue (``le journal``,
``the film``, ``intitulé``) is a title and not a quote. The quote text leaves
out the marks and the spaces just inside them; offsets are into ``doc.text``.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from pipeline.quotes import constructions
from pipeline.quotes.folding import fold
from pipeline.quotes.marks import (
    LETTERS,
    LINKS,
    OPENERS,
    SENTENCE_END,
    SINGLE,
    SPACE,
    closed_next,
    left_open,
    mark_role,
    outermost,
    pair_marks,
)
from pipeline.quotes.spans import QuoteSpan
from pipeline.states import STATE_BODIES

if TYPE_CHECKING:
    from pipeline.config import QuotesConfig
    from pipeline.data import Document


def find_quote_spans(doc: Document, cfg: QuotesConfig | None = None) -> list[QuoteSpan]:
    """Where the quotes of ``doc`` are, in text order (see the module docstring)."""
    if cfg is None:
        from pipeline.config import QuotesConfig

        cfg = QuotesConfig()
    text, paras = doc.text, doc.paragraphs
    heads = leading_headlines(doc)
    title_rx = _title_rx(cfg.title_cues) if cfg.skip_titles and cfg.title_cues else None
    evidence = _Evidence(cfg)
    spans: list[QuoteSpan] = []
    group, continuing, lead = -1, False, None
    for pi, p in enumerate(paras):
        pairs, unclosed = pair_marks(text, p.start, p.end)
        top = outermost(pairs)
        if lead is not None:  # the quotation of the paragraph before ends here, at ``lead``
            top = [pair for pair in top if pair[0] > lead]
        runs_on, ends_next = None, None
        if unclosed and (lost := _lost_close(text, unclosed[0], pairs)) is not None:
            # a quotation of the same marks follows it: this one's close was lost, and it ends
            # with its sentence (“and then we’re ... there. Meanwhile, X said “...”)
            top = sorted([*top, (unclosed[0], lost)])
            unclosed = []
        if unclosed:
            last = pi + 1 == len(paras)
            ends_next = None if last else closed_next(text, paras[pi + 1], unclosed[0])
            if (not last and (_opens(text, paras[pi + 1]) or ends_next is not None)) \
                    or (last and _cut_off(text, p, unclosed[0])) or left_open(text, p, unclosed, top):
                runs_on = unclosed[0]
                top = [pair for pair in top if pair[0] < runs_on]  # they are inside the running quote
        pieces: list[tuple[int, int | None]] = [*([(p.start, lead)] if lead is not None else []), *top,
                                                *([(runs_on, None)] if runs_on is not None else [])]
        first_unmarked, lead = lead is not None, ends_next
        joined = False
        for k, (o, c) in enumerate(pieces):
            if title_rx and (cue := title_rx.search(fold(text[max(p.start, o - 80):o]))) \
                    and (not (cue["adj"] or _MEDIA_CUE.search(cue[0])) or text[o + 1:o + 4].lstrip()[:1].isupper()) \
                    and not (_MEDIA_CUE.search(cue[0]) and ":" in cue[0]):
                # (after a state's adjective, only a capitalised title: « le quotidien
                # britannique « fait fausse route » » is the paper's words; after a channel, a radio
                # or a site, only a capitalised name and no colon: 'told the broadcaster: "We …"',
                # « la chaîne « n'a aucune crédibilité » » are words)
                continue
            hi = p.end if c is None else c
            # (the piece that ends a quotation of the paragraph before has no mark of its own)
            s, e = _trim(text, o if k == 0 and first_unmarked else o + 1, hi, cfg.strip_trailing_comma)
            if not any(ch.isalnum() for ch in text[s:e]):
                continue
            carried = continuing and o == p.start
            if text[o] in SINGLE and not carried and (not _has_space(text, s, e) or _name_like(text, p, o, s, e, hi)):
                # one word or a name in single quotes: speech only with an attribution next
                # to it, or standing alone on its line (a kicker: "‘STRONGEST-EVER’")
                if not _whole_line(text, p, o, c) and not evidence.near(text, p, pieces, k) \
                        and not (pi in heads and c is not None and text[s].islower()):
                    # (headline style quotes in single marks: "White House ‘confident’ in ties"; a
                    # word in lower case: a capitalised one may be a nickname, "Minsk's 'Batka'")
                    continue
            if (text[o] not in SINGLE and not carried and c is not None and not _has_space(text, s, e)
                    and _name_like(text, p, o, s, e, hi) and not _whole_line(text, p, o, c)
                    and evidence.after_noun(text, p, o)):
                # one capitalised word in double quotes mid-sentence, nobody said to say it:
                # a name (the portal "Adyrna", « Telegram »), not speech
                continue
            if not carried and c is not None and text[o] not in SINGLE and _quoted_name(text, p, o, s, e):
                # a capitalised phrase after a definite article ("the "Victory Day"
                # parade", « l'« Exposition d'armes 2023 » ») names something
                continue
            if not carried:
                group += 1
            spans.append(QuoteSpan(o, c, s, e, pi, group))
            joined = c is None
        continuing = joined
    return spans


_SENTENCE_STOP = re.compile(r"[.!?](?=\s+[\"“«‘(]?[A-Z])")


def _lost_close(text: str, opener: int, pairs: list[tuple[int, int]]) -> int | None:
    """Where a quotation whose close was lost ends: the end of its sentence,
    when a quotation in the same marks opens after it in its paragraph (the
    same marks never nest: “A ... B “C” is A unclosed, not A holding C).
    None when no such quotation follows (the quote may run on, or be cut off)."""
    after = [o for o, _ in pairs if o > opener and text[o] == text[opener]]
    if not after or text[opener] != "“":  # (straight marks pair by guess: no evidence of a lost close)
        return None
    stop = _SENTENCE_STOP.search(text, opener + 1, after[0])
    return stop.start() if stop else None


def _opens(text: str, para) -> bool:
    """Does the paragraph start with an opening quotation mark?"""
    return (para.start < para.end and text[para.start] in OPENERS
            and mark_role(text, para.start, para.start, para.end, {}) == "open")


# the end of a sentence and the start of another (not after "Mr.", "Dr.", "Gen.", "M.")
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?]\s+[A-ZÀ-ÖØ-Ý0-9]")


def _cut_off(text: str, para, opener: int) -> bool:
    """Does the unclosed quote at ``opener`` in the last paragraph run on past
    the end of the text (a page cut off mid-quote)? Yes when the text stops
    mid-sentence (on a word, a comma, a dash, an ellipsis) or when the whole
    paragraph is the quote's (it opens the paragraph, continuation style); a
    mark left open in a finished sentence (« oui. Il est parti.) is a stray."""
    end = para.end
    while end > opener and text[end - 1] in SPACE:
        end -= 1
    if end <= opener + 1:
        return False
    if opener == para.start:
        return True
    last = text[end - 1]
    # (one sentence after the mark, closed at the text's end, is a page cut just before the close:
    # 'he had “nothing to add.'; a second sentence after it makes the mark a stray)
    return last not in ".!?" + OPENERS + "»›’" or text.endswith("...", opener + 1, end) \
        or (last in ".!?" and _SENTENCE_BREAK.search(text, opener + 1, end - 1) is None)


# words that introduce what someone said: "said "Yes"", "a répondu « Non »", "called it "Historic""
# words before the mark that may hold the verb whose object the quote describes
_OBJECT_WORDS = 4
_DESCRIBING = frozenset(fold(v).lower() for v in constructions.DESCRIBING_VERBS if " " not in v)
# grammatical words that introduce reported words: "called it "Historic"", « qualifié de « ... »
_INTRODUCES = re.compile(r"(?:\b(?:it|them|him|her|as|comme|de)|\bd'|:)\s*$", re.IGNORECASE)


def _has_space(text: str, s: int, e: int) -> bool:
    return any(ch in SPACE for ch in text[s:e])


def _whole_line(text: str, para, o: int, c: int | None) -> bool:
    """Is the quotation the whole paragraph, its marks included?"""
    return c is not None and not text[para.start:o].strip() and not text[c + 1:para.end].strip(" .!?\t")


HEADLINE_MAX = 200


def leading_headlines(doc: Document) -> set[int]:
    """The paragraphs that are headlines: the document's title alone on the first
    content line, or one of the short lines without a full stop above the body
    (a kicker, a headline, a subhead)."""
    out = set()
    for i, p in enumerate(doc.paragraphs[:3]):
        text = doc.text[p.start:p.end].strip()
        bare = text.rstrip(" \u00a0\u202f\"'»”’›")  # a sentence may end inside its closing mark
        if not bare or bare.endswith((".", "!", "?", "…", ":")):
            break
        if not (i == 0 and doc.title and text == doc.title.strip()) and (len(text) > HEADLINE_MAX or "\n" in text):
            break
        out.add(i)
    return out


def _name_like(text: str, para, o: int, s: int, e: int, c: int) -> bool:
    """Are the words quoted at [s, e) a name (every word capitalised: a
    nickname, an operation) in a sentence-case text around them? In a
    title-case headline capitals say nothing."""
    inside = [w for w in LETTERS.findall(text, s, e) if w.lower() not in LINKS]
    if not inside or not all(w[0].isupper() for w in inside):
        return False
    words = LETTERS.findall(text, max(para.start, o - 60), o) + LETTERS.findall(text, c + 1, min(para.end, c + 61))
    around = [w for w in words if w.lower() not in LINKS]
    return bool(around) and sum(w[0].isupper() for w in around) < 0.6 * len(around)


NAME_MAX_WORDS = 6  # a quoted name is short: "Victory Day", « Exposition d'armes 2023 »
# definite articles, alone or joined to a preposition (French du, des, au, aux)
DEFINITE = re.compile(r"(?:\b(?:the|le|la|les|du|des|au|aux)|\bl['’])\s*$", re.IGNORECASE)


def _quoted_name(text: str, para, o: int, s: int, e: int) -> bool:
    """Are the words quoted at [s, e) a name rather than speech: a short phrase
    starting with a capital letter right after a definite article, with no
    sentence's end inside? Speech does not follow an article; a partial quote
    that does is in lower case (« un nouveau niveau », the "dearest friend")
    or ends a sentence (the "Cold War mentality.")."""
    if not text[s:s + 1].isupper() or len(text[s:e].split()) > NAME_MAX_WORDS or text[s:e].endswith((".", "!", "?")):
        return False  # (a sentence's end inside: speech)
    return DEFINITE.search(text[max(para.start, o - 12):o]) is not None


class _Evidence:
    """Is a word or a name in single quotes speech? Only with a reporting verb or a
    source cue in its sentence within ``max_gap_chars`` of its marks (other
    quotes' words blanked), or a colon right before it (``Kim: 'Victory'``). A
    lone word in single quotes otherwise is the journalist's (scare quotes, a
    nickname): ``Kim's 'strategic' trip``."""

    def __init__(self, cfg: QuotesConfig):
        self.cfg = cfg
        self.verbs = None

    def _verbs(self):
        if self.verbs is None:
            from pipeline.quotes.verbs import Verbs

            self.verbs = Verbs(self.cfg)
        return self.verbs

    def after_noun(self, text: str, para, o: int) -> bool:
        """Does a lowercase word come right before the opening mark with no
        reporting or describing verb (the config's, any tense) among the
        words just before it ('the national portal "Adyrna"', « sur le réseau
        « Telegram »; but 'called the visit "Historic"')?"""
        before = fold(text[max(para.start, o - 60):o])
        word = re.search(r"([^\W\d_][\w'-]*)\s*$", before)
        if not word or not word[1][0].islower() or _INTRODUCES.search(before):
            return False
        verbs = self._verbs()
        for w in re.findall(r"[^\W\d_][\w'-]*", before)[-_OBJECT_WORDS:]:
            if (verbs.verb_rx.fullmatch(w) or verbs.inflected(w, 0, len(w)) or w.lower() in _DESCRIBING
                    or (verbs.cue_rx is not None and verbs.cue_rx.fullmatch(w))):
                return False
        return True

    def near(self, text: str, para, pieces: list[tuple[int, int | None]], k: int) -> bool:
        """For ``pieces[k]`` (open, close or None: never closed) of paragraph ``para``."""
        self._verbs()
        gap = self.cfg.max_gap_chars
        o, c = pieces[k]
        c = para.end if c is None else c
        lo, hi = max(para.start, o - gap), min(para.end, c + 1 + gap)
        before, after = list(fold(text[lo:o])), list(fold(text[c + 1:hi]))
        j = k - 1
        while j >= 0 and pieces[j][1] is not None and pieces[j][1] > lo:  # blank the quotes before ...
            a, b = max(lo, pieces[j][0] + 1), pieces[j][1]
            before[a - lo:b - lo] = " " * max(0, b - a)
            j -= 1
        j = k + 1
        while j < len(pieces) and pieces[j][0] < hi:  # ... and after
            a = pieces[j][0] + 1
            b = min(hi, para.end if pieces[j][1] is None else pieces[j][1])
            after[a - c - 1:b - c - 1] = " " * max(0, b - a)
            j += 1
        pre, post = "".join(before), "".join(after)
        cut = max((pre.rfind(x) for x in (". ", "! ", "? ", "\n")), default=-1)
        pre = pre[cut + 1:]
        if re.search(r":\s*$", pre):
            return True
        end = SENTENCE_END.search(post)
        post = post[:end.start() + 1] if end else post
        return any(rx.search(part) for rx in (self.verbs.verb_rx, self.verbs.cue_rx) for part in (pre, post))


# the cues of a channel, a radio or a website (title_cues): a name after them, or words
_MEDIA_CUE = re.compile(r"(?:chaine|radio|site|channel|broadcaster|website)", re.IGNORECASE)


def _trim(text: str, s: int, e: int, comma: bool) -> tuple[int, int]:
    while s < e and text[s] in SPACE:
        s += 1
    while e > s and text[e - 1] in SPACE:
        e -= 1
    if comma and e > s and text[e - 1] == ",":
        e -= 1
        while e > s and text[e - 1] in SPACE:
            e -= 1
    return s, e


@functools.lru_cache(maxsize=8)
def _title_rx_of(cues: tuple[str, ...]) -> re.Pattern:
    forms = sorted({fold(c).lower() for c in cues}, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, c.split())) for c in forms)
    # a state's adjective may stand between the cue and the title: « du journal américain « … » »
    states = "|".join(sorted({re.escape(fold(a).lower()) for _, adjs in STATE_BODIES.values() for a in adjs
                              if " " not in a}, key=len, reverse=True))
    return re.compile(rf"(?:^|[^\w'])(?:{body})(?:\s*[:,]?|\s+(?P<adj>{states}))\s*$", re.IGNORECASE)


def _title_rx(cues: list[str]) -> re.Pattern:
    return _title_rx_of(tuple(cues))


