"""Who said it: speaker attribution for extracted quotes.

Every quote gets ``(speaker, note)``: a canonical name (a person, an
organisation or an outlet) and how it was found, or ``None`` and why not. A
speaker is only given when a reporting verb (or one of the constructions of
verbs.py) sits in the quote's sentence within ``max_gap_chars`` of its marks;
nothing is guessed from mere proximity, except that a headline quotes its
subject (``Lukashenko floats ‘trilateral cooperation’``).

Order: an incise right after the closing mark wins, then a verb before an
embedded quote, then a verb further on in the sentence. An outlet in that
incise (``Kim a salué le « succès », a rapporté KCNA``) yields to a speaker
before the quote: the outlet relays, it does not speak. A quote that opens its
own sentence with no verb at all continues the previous quote of its paragraph
(``"A", a déclaré X. "B"``) and takes its speaker.

The parts: names.py (who can speak and where they are mentioned, with
bodies.py and titles.py), references.py (later references to those names),
verbs.py (reporting verbs and constructions), subjects.py (the subject of a
verb), pronouns.py (what pronouns refer to). Quotes and their contents are
blanked out before searching (spans.py), so names and verbs inside quotations
never count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.quotes.mentions import Mention, Mentions
from pipeline.quotes.names import Lexicon, MentionFinder
from pipeline.quotes.pronouns import Pronouns, Resolver
from pipeline.quotes.references import References
from pipeline.quotes.sentences import Sentences
from pipeline.quotes.spans import QuoteSpan, mask_quotes
from pipeline.quotes.subjects import Subjects
from pipeline.quotes.verbs import QUOTED_AFTER, Hit, Verbs, quoted_hit

if TYPE_CHECKING:
    from pipeline.config import QuotesConfig
    from pipeline.data import Document

# between a closing mark and a verb that attributes the quote: a comma and a few words
_TIGHT = re.compile(r"\s*[,;:]?\s*(?:[\w'.-]+\s+){0,4}")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}

# (where, (verb or hit, cue), lo, hi): a verb to try and the span its subject lies in;
# cue is False for a reporting verb, True for a source cue, else the construction
Try = tuple[str, tuple[re.Match | Hit, bool | str], int, int]


class Attributor:
    """Finds the speaker of each quote of one document."""

    def __init__(self, doc: Document, spans: list[QuoteSpan], cfg: QuotesConfig,
                 outlets: dict[str, list[str]], sentences: Sentences | None = None):
        self.doc, self.spans, self.cfg = doc, spans, cfg
        lexicon = Lexicon.build(cfg, outlets)
        self.verbs = Verbs(cfg)
        pronouns = Pronouns(cfg)
        self.masked = mask_quotes(doc, spans)
        self.sentences = sentences or Sentences(doc)
        finder = MentionFinder(doc, self.masked, lexicon, self.verbs.verb_rx, pronouns.rx)
        found = finder.find()
        references = References(doc, self.masked, lexicon.titles, finder.titled, self.sentences,
                                self.verbs.verb_rx)
        self.mentions = Mentions(references.learn(found))
        self.subjects = Subjects(doc.text, self.masked, self.mentions, lexicon.titles,
                                 {sp.close for sp in spans}, cfg.subject_after_words)
        self.events = self.subjects.events(doc.paragraphs, self.verbs.verb_rx, self.sentences)
        self.resolver = Resolver(doc.text, pronouns, self.subjects, self.sentences, self.mentions, self.events)

    def attribute(self) -> list[tuple[str | None, str]]:
        """(speaker, note) per span, in order; pieces of one quotation share a speaker."""
        out: list[tuple[str | None, str]] = []
        prev: tuple[QuoteSpan, str | None] | None = None
        for sp in self.spans:
            if prev is not None and prev[0].para != sp.para:
                prev = None
            result = self.find(sp, prev)
            out.append(result)
            prev = (sp, result[0])
        by_group: dict[int, tuple[str, str]] = {}
        for sp, (speaker, note) in zip(self.spans, out):
            if speaker is not None:
                by_group.setdefault(sp.group, (speaker, note))
        for i, sp in enumerate(self.spans):
            if out[i][0] is None and sp.group in by_group:
                speaker, note = by_group[sp.group]
                out[i] = (speaker, f"same quotation as another paragraph's piece ({note})")
        return out

    def find(self, sp: QuoteSpan, previous: tuple[QuoteSpan, str | None] | None) -> tuple[str | None, str]:
        """(speaker, note) for one quote; ``previous`` is the quote before it in
        its paragraph with the speaker found for it."""
        lo, _ = self.sentences.at(sp.open)
        close = sp.close if sp.close is not None else self.doc.paragraphs[sp.para].end
        hi = self.sentences.at(close)[1] if sp.close is not None else close
        embedded = any(c.isalnum() for c in self.masked[lo:sp.open])
        tries, relayed = self._tries(sp, lo, hi, close, embedded)
        note, deferred = "no reporting verb near the quote", None
        for i, (where, (v, cue), s_lo, s_hi) in enumerate(tries):
            verb = self.doc.text[v.start():v.end()]
            m = self._subject(v, cue, s_lo, s_hi)
            if m is None:
                note = f"reporting verb '{verb}' {where} without a recognisable subject"
                continue
            speaker, how = self.resolver.resolve(m)
            if speaker is not None and relayed and i == 0 and m.kind == "outlet":
                # 'X a salué le « succès », a rapporté KCNA': X speaks, KCNA relays
                deferred = speaker, f"{where}: '{verb}' + {how}"
                continue
            if speaker is not None:
                return speaker, f"{where}: '{verb}' + {how}"
            note = how
        if deferred:
            return deferred
        if not tries and not embedded and previous and previous[1]:
            return previous[1], "continues the quote before it in the paragraph"
        if not tries and embedded and self._is_headline(sp.para):
            # "Lukashenko floats ‘trilateral cooperation’ with Russia": a headline
            # quotes its subject, whatever the verb
            m = self.subjects.of_sentence(lo, sp.open)
            if m is not None and not m.possessive and m.kind != "pronoun":
                return m.name, f"the headline's subject '{self.doc.text[m.start:m.end]}'"
        return None, note

    def _tries(self, sp: QuoteSpan, lo: int, hi: int, close: int, embedded: bool) -> tuple[list[Try], bool]:
        """The verbs to try for the quote, best first, and whether an outlet
        found by the first may yield to a verb before the quote."""
        gap = self.cfg.max_gap_chars
        before = self.verbs.find(self.masked, max(lo, sp.open - gap), sp.open) if embedded else []
        after = self.verbs.find(self.masked, close + 1, min(hi, close + 1 + gap))
        # an incise right after the quote ('"...", Lukashenko added') attributes
        # it even when a verb comes before; a verb further on only when none does
        tight = bool(after) and _TIGHT.fullmatch(self.masked, close + 1, after[0][0].start()) is not None
        tries: list[Try] = [("after the quote", after[0], close, hi)] if tight else []
        # '"...," Kim was quoted as saying by KCNA', '"...," KCNA quoted Kim as saying'
        qa = QUOTED_AFTER.search(self.masked, close + 1, min(hi, close + 1 + gap))
        if qa and (not after or qa.start() < after[0][0].start()) \
                and _TIGHT.fullmatch(self.masked, close + 1, qa.start()) is not None:
            tries.insert(0, ("after the quote", quoted_hit(qa), close, hi))
        construct = self.verbs.construction(self.masked, self.mentions, lo, sp.open) if embedded else None
        if construct and (not before or construct[0].start() > before[-1][0].start()):
            tries.append(("before the quote", construct, lo, sp.open))
        elif before:
            tries.append(("before the quote", before[-1], lo, sp.open))
        if after and not tight:
            tries.append(("after the quote", after[0], close, hi))
        return tries, tight and bool(before)

    def _subject(self, v: re.Match | Hit, cue: bool | str, lo: int, hi: int) -> Mention | None:
        """The subject of the verb or construction ``v`` in [lo, hi)."""
        if cue == "colon":
            return next(x for x in self.mentions.within(v.start(), v.end()) if x.start == v.start())
        if cue in ("greet", "passive"):
            return self.subjects.before(lo, v.start())
        if cue == "quoted":
            obj = re.match(r"\s+(him|her|them|it)(?![\w])", self.masked[v.end():hi], re.IGNORECASE)
            if obj:  # "the agency quoted him as saying": the object pronoun as a subject one
                return Mention(v.end() + obj.start(1), v.end() + obj.end(1), _OBJECT_PRONOUNS[obj[1].lower()],
                               "pronoun")
            return self.subjects.after(v.end(), hi)
        if cue == "saying":
            return self.subjects.of_sentence(lo, v.start())
        return self.subjects.of_verb(v.start(), v.end(), lo, hi, cue)

    def _is_headline(self, para: int) -> bool:
        """Is paragraph ``para`` the document's headline (its title, alone on
        the first content line, not a sentence ending in a full stop)?"""
        p = self.doc.paragraphs[para]
        text = self.doc.text[p.start:p.end].strip()
        return (para == 0 and bool(self.doc.title) and text == self.doc.title.strip()
                and not text.endswith((".", "!", "?")))
