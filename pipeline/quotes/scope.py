"""How far an incise reaches: the one that closes a sentence reports all of it.

News writing sets a whole reported sentence before its incise (``« A » de la
situation, qui souligne « B », a réagi X.``, ``"A and B vowed "C" if ...,
state media reported``): what precedes the incise is the words or the account
of the incise's subject, so a verb inside a relative clause of that sentence
(``, qui souligne``, ``, who stressed``) or a clause whose subject is two
parties (``A and B vowed``) does not take the quotation from it. And a
clause of place with a subject of its own that runs on to the quotation
(``thanked Xi at the summit, where the two leaders reaffirmed a "..."``)
holds it: the verb before that clause does not report it. A verb in the
infinitive after "de", "à" or "to" (``a promis à X de poursuivre son
« œuvre »``) reports for the subject of the verb it depends on. A French
reporting verb after the quotation, its comma left out, followed by a person
(``« A » concernant Y a déclaré le ministre X``) has that person for its
inverted subject when no verb comes before the quotation. A mixin of
``speakers.Attributor``; also where an incise after a quotation may end.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.quotes.incises import COORDINATED, INCISE, RELATIVE
from pipeline.quotes.joint import joint_speakers

if TYPE_CHECKING:
    from pipeline.quotes.spans import QuoteSpan

# what may follow a closing incise's verb to the sentence's end: its subject and
# adverbials, no reported clause ("que", "that") and no quotation of its own
_REPORTS_MORE = re.compile(r"[«»\"“”]|(?<![\w'-])(?:que|qu'|that|whether|si|if)(?![\w'-])", re.IGNORECASE)
_TAIL_WORDS = 16
# a verb in the infinitive after "de", "d'", "à" or "to" ("a promis à X de poursuivre son « œuvre »",
# "vowed to continue his "work""): its subject is that of the verb it depends on, not the name before it
_INFINITIVE_MARK = re.compile(r"(?<![\w'’-])(?:de\s+|d'|d’|à\s+|to\s+)$", re.IGNORECASE)
# between a verb after a quotation and its inverted subject: a few words (an adverbial, a
# title), no comma, no clause ("a déclaré ce lundi le ministre X", not "a déclaré que X")
_TO_INVERTED = re.compile(r"\s+(?:(?!que\b|qu'|that\b)[\w'-]+\s+){0,5}$", re.IGNORECASE)
# a French auxiliary right before a participle ("a déclaré", "ont encore indiqué")
_AUXILIARY = re.compile(r"(?<![\w'-])(?:a|ont|avait|avaient)\s+(?:[\w'-]+\s+)?$", re.IGNORECASE)
# a relative clause of place with a subject of its own, run on to the quotation ("thanked
# Xi at the summit, where the two leaders reaffirmed a "..."", « à Pékin, où les deux
# dirigeants ont signé un « ... »): the quotation is that clause's, not the verb's before it
_THAT = re.compile(r"(?<![\w'-])(?:(?:que|that)(?![\w'-])|qu')", re.IGNORECASE)
# a sentence whose verb reports a clause of its own ("X responded that ..."): no incise of
# the question before it ('"Why not?" Putin asked.'), but an answer to it
_OWN_CLAUSE = re.compile(r"\s*(?:[\w'.-]+\s+){1,5}(?:que|qu'|qu’|that)(?![\w'-])", re.IGNORECASE)
# a title that speaks for a body, in the incise after its verb ("a déclaré le porte-parole du Kremlin, X")
_VOICE = re.compile(r"(?<![\w'-])(?:porte-parole|spokes(?:man|woman|person)|ministre|minister|ambassad\w*|"
                    r"represent\w*|diplomat\w*|president\w*|chancel\w*|premier|prime)(?![\w'-])", re.IGNORECASE)
_WHERE = re.compile(r"(?<![\w'-])(?:where|où)\s+[^,;:.!?]*$", re.IGNORECASE)


class InciseScope:
    """The incise that closes a quote's sentence, and where an incise may end."""

    def _incise_end(self, sp: QuoteSpan, close: int, hi: int) -> int:
        """Where an incise after the quote may end: its sentence's end, or the
        next sentence's when the quotation ends in ? or ! and the sentence
        splitter cut the incise off ('"Why not?" Putin asked.'), unless that
        sentence reports a clause of its own ("X replied that ...")."""
        if sp.close is None or any(c.isalnum() for c in self.masked[close + 1:hi]):
            return hi
        inner = self.doc.text[sp.start:sp.end].rstrip()
        if not inner.endswith(("?", "!", "…")):
            return hi
        j = self.sentences.index(close) + 1
        if j < len(self.sentences.spans) and self._para_of(self.sentences.spans[j][0]) == sp.para \
                and not _OWN_CLAUSE.match(self.masked, self.sentences.spans[j][0]):
            return max(hi, self.sentences.spans[j][1])
        return hi

    def _infinitive(self, verb) -> bool:
        """Is ``verb`` an infinitive after "de", "à" or "to"?"""
        mark = _INFINITIVE_MARK.search(self.doc.text, max(0, verb.start() - 4), verb.start())
        return mark is not None and (mark[0].lower().startswith("to")
                                     or self.doc.text[verb.start():verb.end()].lower().endswith(("er", "ir", "re")))

    def _inverted(self, verb, lo: int, pos: int, hi: int):
        """The subject right after a verb that follows a quotation with no comma
        before it ('« ... » concernant X a déclaré le ministre Y'): in a sentence
        with no verb before the quotation at ``pos``, a French reporting verb
        followed by a person reports the quotation, inverted."""
        if not _AUXILIARY.search(self.masked, max(0, verb.start() - 20), verb.start()) \
                or COORDINATED.search(self.masked, max(lo, verb.start() - 30), verb.start()) \
                or self.verbs.verb_rx.search(self.masked, lo, pos):
            return None  # ("tells Blinken", "called Putin", "a qualifié ... et a félicité X": an object)
        m = self.subjects.after(verb.end(), hi)
        if m is None or m.possessive or m.kind not in ("person", "name", "role") \
                or not _TO_INVERTED.match(self.masked[verb.end():m.start]):
            return None
        return m

    def _beyond_where(self, verb, pos: int) -> bool:
        """Is the quotation at ``pos`` inside a clause of place after ``verb``?"""
        where = _WHERE.search(self.doc.text, verb.end(), pos)
        # (not inside the clause the verb reports: "a déclaré que ... à un moment où ...")
        return where is not None and not _THAT.search(self.doc.text, verb.end(), where.start())

    def _closing_incise(self, v, cue, s_lo: int, s_hi: int, close: int, hi: int) -> tuple[str, str] | None:
        """The speaker of the incise that closes the sentence, when the verb ``v``
        tried for the quote sits in a relative clause or has two parties for
        its subject, or a state or body for its subject and a person for the
        incise's, and that incise comes after both ``v`` and the quote."""
        if cue is not False or close is None:
            return None
        relative = RELATIVE.search(self.masked, max(s_lo, v.start() - 40), v.start()) is not None
        body = False
        if not relative:
            m = self._subject(v, cue, s_lo, s_hi)
            if m is None:
                return None
            # « La Russie rejette « catégoriquement » ..., a déclaré le porte-parole X »: a state or a body
            # opening the reported sentence is what the words are about; the person of the closing incise
            # says them
            joint = joint_speakers(m, self.mentions, self.masked, self.subjects.titles, self.resolver.resolve)
            body = joint is None and m.kind == "org" and not m.possessive
            if joint is None and not body:
                return None
        lo = max(v.end(), close + 1)
        verbs = [f for f, c in self.verbs.find(self.masked, lo, hi) if c is False]
        if not verbs:
            return None
        f = verbs[-1]
        tail = self.masked[f.end():hi]
        if not INCISE.search(self.masked, max(lo, f.start() - 60), f.start()) or _REPORTS_MORE.search(tail) \
                or len(tail.split()) > _TAIL_WORDS or RELATIVE.search(self.masked, max(lo, f.start() - 40), f.start()):
            return None
        m = self._subject(f, False, close, hi)
        if m is None or joint_speakers(m, self.mentions, self.masked, self.subjects.titles,
                                       self.resolver.resolve) is not None or (body and (
                    m.kind not in ("person", "name") or not _VOICE.search(self.masked, f.end(), hi))):
            return None  # (a body's words passed on by a correspondent or a researcher stay the body's)
        speaker, how = self.resolver.resolve(m)
        if speaker is None:
            return None
        verb = self.doc.text[f.start():f.end()]
        return speaker, f"the incise that closes the sentence: '{verb}' + {how}"
