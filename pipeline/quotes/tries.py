"""Which verbs to try for a quotation's speaker, best first (a mixin of
``speakers.Attributor``).

An incise right after the closing mark (``"...," Lukashenko added``) comes
first, even when a verb stands before the quotation; then the verb before an
embedded quotation (or a construction: ``X greeted Y with "..."``, ``X
thanked Y, saying "..."``), with the verb whose "that" clause it is and the
verb before a source cue; then a verb further on in the sentence, unless a
subordinate or coordinated clause of its own holds it (``« ... » après que
Poutine a annoncé``, ``X called it "A" and Y praised``); and the incise that
closes the sentence past a relative clause or a subordinate word
(``"..." that officials have said caused it, he said``, ``"..." stayed
silent instead of looking after his citizens, X said``). A verb a few words
after the quotation behind a relative pronoun (``« ... » au conflit qu'elle
a lancé``) is the relative clause's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lexicon import lemma
from pipeline.quotes import rules
from pipeline.quotes.cues import ASKING, COORDINATED, REQUEST, SUBCLAUSE, THAT, TIGHT
from pipeline.quotes.incises import RELATIVE_AFTER, closing_incise, incise
from pipeline.quotes.introductions import opens_subordinate
from pipeline.quotes.subject_before import PLURAL_NP, PLURAL_SUBJECT
from pipeline.quotes.titles import is_title_word
from pipeline.quotes.verbs import FOLDED_PARTICIPLE, QUOTED_AFTER, QUOTING_AFTER, Hit, quoted_hit
from pipeline.states import state_words

if TYPE_CHECKING:
    from pipeline.quotes.spans import QuoteSpan

# (where, (verb or hit, cue), lo, hi): a verb to try and the span its subject lies in;
# cue is False for a reporting verb, True for a source cue, else the construction
Try = tuple[str, tuple[re.Match | Hit, bool | str], int, int]
# the subject between a conjunction and its clause's verb ("et Vladimir Poutine a salué")
_SUBJECT_WORDS = re.compile(r"(?:[\w'’.-]+\s+){1,5}")
# a relative pronoun between the quote and a verb after it: the verb is the relative clause's ('« ... »
# au conflit qu'elle a lancé')
_RELATIVE_IN_GAP = re.compile(r"(?<![\w'-])(?:(?:qui|que|dont|which|whom)(?![\w-])|qu')", re.IGNORECASE)
# a comma and at most four words before a verb: the incise that closes a sentence (", Zelensky said")
_COMMA_INCISE = re.compile(r",\s*(?:[\w'.-]+\s+){0,4}$")
# a plural subject right after a verb of speech, the clause it governs ("said both sides agreed")
_PLURAL_AFTER = re.compile(rf"\s+(?:(?:that|que|qu')\s*)?{PLURAL_NP}", re.IGNORECASE)
# a noun set in apposition to a quotation right after it: '," an accusation (vehemently) ', « », une accusation '
# (folded: « allégation », « thèse »)
_WORDS_NOUN_BEFORE = re.compile(r"\W*,?\s*(?:an?|une?|the|la|le|l'|this|that|cette|ce)\s*(?:accusations?|claims?|charges?|"
                                r"allegations?|assertions?|statements?|versions?|accounts?|affirmations?|theses?|"
                                r"propos)\s+(?:[a-z]+(?:ly|ment)\s+)?$", re.IGNORECASE)
# verbs of denying and rejecting, by lemma (the folded text spells « démentie » "dementie")
_REJECTING = frozenset(("deny", "reject", "dismiss", "refute", "dispute", "démentir", "rejeter", "réfuter",
                        "contester", "nier"))
# what "citing" names as an example, not as a source: "citing the end of the war as an example"
_AS_EXAMPLE = re.compile(r"[^.;:!?]{1,80}?\s(?:as|comme)\s+(?:an?\s+|un\s+|une\s+)?(?:examples?|evidence|proof|"
                         r"precedent|reasons?|exemples?|preuves?|precedents?)\b", re.IGNORECASE)
# verbs of opinion, by lemma: what someone thinks, told by another, is the teller's word
_OPINION = frozenset(("believe", "consider", "think", "feel", "estimer", "juger", "considérer", "penser", "croire",
                      "estime", "juge"))  # (the lemmatiser reads these two as nouns)
# the clause a verb of speech governs, up to its verb: "that" or « que » (or neither) and a short subject
_GOVERNED = re.compile(r"\s+(?:(?:that|que|qu')\s*)?(?:[\w'’-]+\s+){1,4}(?:(?:also|still|aussi|toujours|a|has)\s+)?",
                       re.IGNORECASE)
# a relative clause opened right after a comma, as an aside (", who has vowed revenge,", ", qui a promis")
_ASIDE_OPENING = re.compile(r",\s*(?:who|whose|which|qui|dont|lequel|laquelle|lesquels|lesquelles)\s", re.IGNORECASE)
# what the earlier verb governs up to the aside: "that" or « que » and a noun phrase of capitalised words,
# title words or state adjectives ("said Russian President Vladimir Putin", « a dit que le président
# Poutine »), never another verb ("said she met X", « a raconté avoir vu X »)
_GOVERNED_NOUN = re.compile(r"\s+(?:(?:that|que|qu')\s*)?(?:(?:the|le|la|les|l')\s*)?(?P<words>(?:[\w'’.-]+\s*){1,7})",
                            re.IGNORECASE)


# a clause governed by a verb of speech, its subject right after "that" or « que »
_THAT_BEFORE = re.compile(r"\s+(?:that|que|qu['’])\s*$", re.IGNORECASE)


class VerbTries:
    """The verbs to try for a quotation (see the module docstring)."""

    def _speaker_of_body(self, m, lo: int) -> tuple[str, str] | None:
        """A body's description ``m`` ("the administration", « le gouvernement »)
        as the subject of a clause that a verb of speech governs with "that" or
        « que » ("X said that the administration condemns it "in the strongest
        terms"", « X a affirmé que le gouvernement condamnait … »): X speaks of
        the body's stand and gives the words. (speaker, note), or None when ``m``
        is no such description or no verb governs its clause."""
        if m.kind != "pronoun" or self.resolver.pronouns.cls(m.name) != "body":
            return None
        for v, cue in reversed(self.verbs.find(self.masked, lo, m.start)):
            if cue is False and _THAT_BEFORE.search(self.masked, v.end(), m.start):
                outer = self._subject(v, cue, lo, m.start)
                if outer is None or outer.kind not in ("person", "name", "pronoun") or outer.possessive:
                    return None
                said, how = self.resolver.resolve(outer)
                verb = self.doc.text[v.start():v.end()]
                return (said, f"'{verb}' governs the clause of '{m.name}': {how}") if said is not None else None
            break  # (only the verb nearest the clause governs it)
        return None

    def _coordinated(self, close: int, verb: int) -> bool:
        """Does a coordinated clause start right after the quote, its verb at
        ``verb`` ('X a parlé d'une « A » et Y a salué ...', 'X called it "A" and Y
        praised ...')? Its subject is not the quote's; a second quote before the
        verb ('"A" and "B," Y said') leaves the verb to both."""
        m = COORDINATED.match(self.masked, close + 1, verb)
        # the verb's subject after the conjunction: "et Y a salué", not "and viewed ..., Y reported"
        return m is not None and _SUBJECT_WORDS.fullmatch(self.masked, m.end(), verb) is not None and not any(
            close < other.open < verb for other in self.spans)

    def _rejecting(self, verb) -> bool:
        """Is ``verb`` one of denying or rejecting ("denied", « démentie »)?"""
        word = self.masked[verb.start():verb.end()].lower()
        return lemma(word, "en") in _REJECTING or lemma(word, "fr") in _REJECTING \
            or lemma(FOLDED_PARTICIPLE.sub("é", word, 1), "fr") in _REJECTING

    def _opinion_told(self, outer: tuple, inner) -> bool:
        """Is ``inner`` a verb of opinion ("believes", « estime ») in the clause
        that the verb of speech ``outer`` governs ("affirmed that Biden believes")?"""
        word = self.masked[inner.start():inner.end()].lower()
        return outer[1] is False and (lemma(word, "en") in _OPINION or lemma(word, "fr") in _OPINION) \
            and _GOVERNED.fullmatch(self.masked, outer[0].end(), inner.start()) is not None

    def _french_clause_after(self, sp: QuoteSpan, close: int, verb: re.Match | Hit) -> bool:
        """Is the verb after a French quotation the verb of a clause of its own,
        its subject named before it (« », le Kremlin juge », « », Moscou dénonce »)?
        A French incise puts its subject after the verb (« », juge le Kremlin »,
        « », a-t-il dit »); only the English one may put it first."""
        lang = self.doc.paragraphs[sp.para].lang or self.doc.lang
        if lang != "fr":
            return False
        named = [m for m in self.mentions.within(close + 1, verb.start()) if m.kind != "pronoun" and not m.possessive]
        return len(named) == 1 and re.fullmatch(r"\s*,\s*(?:(?:l['’]|les?\s+|la\s+)\s*)?", self.masked[close + 1:named[0].start]) \
            is not None and not re.search(r"[^\s]", self.masked[named[0].end:verb.start()])

    def _tries(self, sp: QuoteSpan, lo: int, hi: int, close: int, embedded: bool,
               incise_hi: int | None = None) -> tuple[list[Try], bool]:
        """The verbs to try for the quote, best first, and whether an outlet
        found by the first may yield to a verb before the quote. ``incise_hi``:
        where a tight incise after the quote may end (past ``hi``)."""
        gap = self.cfg.max_gap_chars
        if incise_hi is not None and incise_hi > hi:
            cut_off = self.verbs.find(self.masked, close + 1, min(incise_hi, close + 1 + gap), after=True)
            if cut_off and TIGHT.fullmatch(self.masked, close + 1, cut_off[0][0].start()) is not None:
                return [("after the quote", cut_off[0], close, incise_hi)], False
        before = self.verbs.find(self.masked, max(lo, sp.open - gap), sp.open) if embedded else []
        # "Asked about it, X was clear:", "Interrogé sur ce point, il ...": an opening participle
        before = [b for b in before if b[1] or not (self.masked[b[0].start():b[0].end()].lower() in rules.LEADING_WORDS
                                                    and not any(c.isalnum() for c in self.masked[lo:b[0].start()]))
                  and not (self.masked[b[0].start():b[0].end()].lower() in ASKING
                           and REQUEST.match(self.masked, b[0].end())) and not self._beyond_where(b[0], sp.open)]
        if len(before) > 1 and before[-1][1] is False and self._infinitive(before[-1][0]):
            before.pop()  # "a promis à X de poursuivre son « œuvre »": the verb it depends on
        while len(before) > 1 and (_aside(self.masked, before[-2][0].end(), before[-1][0], sp.open)
                                   or _PLURAL_AFTER.fullmatch(self.masked, before[-2][0].end(), before[-1][0].start())
                                   or self._opinion_told(before[-2], before[-1][0])):
            # 'X said Putin, who has vowed revenge, "remained silent"': the aside gives no words;
            # 'Xi said both sides agreed that it was the "right direction"', 'She affirmed that
            # Biden believes the "path to victory" is ...': the one who says so
            before.pop()
        after = self.verbs.find(self.masked, close + 1, min(hi, close + 1 + gap), after=True)
        # an incise right after the quote ('"...", Lukashenko added') attributes
        # it even when a verb comes before; a verb further on only when none does
        # (not after 'As X insisted that "...",': the main clause after a subordinate one)
        sub = bool(before) and opens_subordinate(self.masked, lo, before[-1][0].start())
        # ('X called it "A" and Y praised ...': the verb after the quote is another clause's)
        coordinated = bool(after) and self._coordinated(close, after[0][0].start())
        near = bool(after) and TIGHT.fullmatch(self.masked, close + 1, after[0][0].start()) is not None
        # ('« ... » au conflit qu'elle a lancé': a verb a few words on, after a relative pronoun, is
        # the relative clause's)
        relative = near and _RELATIVE_IN_GAP.search(self.masked, close + 1, after[0][0].start()) is not None
        tight = not sub and near and not coordinated and not relative
        if tight and before and self._french_clause_after(sp, close, after[0][0]):
            tight = False  # « X a salué une décision « … », le Kremlin juge … »: a clause of its own
        tries: list[Try] = [("after the quote", after[0], close, hi)] if tight else []
        if not tight and not sub and sp.close is not None:
            # '"...," he quipped', '», s'est réjoui X': a verb the lists lack, in an incise
            hit = incise(self.masked, self.doc.text, close, min(hi, close + 1 + gap))
            if hit is not None and self._subject(hit, False, close, hi) is not None:
                tries.append(("after the quote", (hit, False), close, hi))
                tight = True
        # '"...," Kim was quoted as saying by KCNA', '"...," KCNA quoted Kim as saying'
        qa = QUOTED_AFTER.search(self.masked, close + 1, min(hi, close + 1 + gap))
        if qa and (not after or qa.start() < after[0][0].start()) \
                and TIGHT.fullmatch(self.masked, close + 1, qa.start()) is not None:
            tries.insert(0, ("after the quote", quoted_hit(qa), close, hi))
        quoting = QUOTING_AFTER.search(self.masked, close + 1, min(hi, close + 1 + gap))
        if quoting and _AS_EXAMPLE.match(self.masked, quoting.end(), hi):
            quoting = None  # '"...," X said, citing the Vietnam War as an example': no source relayed
        if quoting and TIGHT.fullmatch(self.masked, close + 1, quoting.start()) is not None:
            tries.insert(0, ("after the quote", (Hit(quoting.start("v"), quoting.end("v")), "quoted"), close, hi))
        construct = self.verbs.construction(self.masked, self.mentions, lo, sp.open) if embedded else None
        if construct and (not before or construct[0].start() > before[-1][0].start()):
            tries.append(("before the quote", construct, lo, sp.open))
        elif before:
            tries.append(("before the quote", before[-1], lo, sp.open))
            if len(before) > 1 and THAT.search(self.masked, before[-2][0].end(), before[-1][0].start()):
                # "Harris said that if his death was confirmed, "..."": the verb whose clause it is
                tries.append(("before the quote", before[-2], lo, sp.open))
            cues = [b for b in before[:-1] if b[1] is True]
            if before[-1][1] is False and cues and PLURAL_SUBJECT.search(self.masked, cues[-1][0].end(), before[-1][0].start()):
                # "Selon l'agence (KCNA), les deux hommes ont évoqué « ... »": the two name no one, the source does
                tries.append(("before the quote", cues[-1], lo, sp.open))
            if before[-1][1] is True:  # a source cue: a verb before it may have the speaker it relays
                verb = next((b for b in reversed(before[:-1]) if b[1] is False), None)
                if verb is not None:
                    tries.append(("before the quote", verb, lo, sp.open))
        if after and not tight and not coordinated and not relative \
                and not SUBCLAUSE.search(self.masked, close + 1, after[0][0].start()):
            # (not '« ... » après que Poutine a annoncé': a verb of a subordinate clause)
            tries.append(("after the quote", after[0], close, hi))
        elif len(after) == 1 and after[0][1] is False and not coordinated and sp.close is not None \
                and (comma := _COMMA_INCISE.search(self.masked, close + 1, after[0][0].start())) \
                and not SUBCLAUSE.search(self.masked, comma.start(), after[0][0].start()) \
                and not _RELATIVE_IN_GAP.search(self.masked, comma.start(), after[0][0].start()) \
                and (last := closing_incise(self.masked, [(Hit(close, close), False), after[0]], hi)) is not None:
            # '"..." stayed silent instead of looking after his citizens, Zelensky said.': an incise
            # after a comma closing the sentence names its speaker past a subordinate word ("after")
            tries.append(("after the quote", last, close, hi))
        if (last := closing_incise(self.masked, after, hi)) is not None:
            # '"..." that Y have said ..., he said', '« ... » qui, selon X, ..., a-t-il précisé': a relative
            # clause on the quoted words holds the first verb, and the incise ending the sentence is the speaker's
            first = RELATIVE_AFTER.match(self.masked, close + 1) is not None
            tries.insert(0 if first else len(tries), ("after the quote", last, close, hi))
        # '"...," an accusation vehemently denied by Kyiv': a noun in apposition to the words, and
        # the one who denies or rejects them is no speaker of theirs
        tries = [t for t in tries if not (t[0] == "after the quote" and isinstance(t[1][0], (re.Match, Hit))
                                          and _WORDS_NOUN_BEFORE.fullmatch(self.masked, close + 1, t[1][0].start())
                                          and self._rejecting(t[1][0]))]
        return tries, tight and bool(before)


def _aside(masked: str, earlier: int, verb, quote_open: int) -> bool:
    """True when ``verb`` (after an earlier verb ending at ``earlier``) belongs
    to a relative clause that commas set off before the quote ('X said Putin,
    who has vowed revenge, "remained silent"', « X a dit que Poutine, qui a
    promis de se venger, « est resté muet » »): the aside describes a noun; the
    words belong to the verb before it."""
    opening = None
    for opening in _ASIDE_OPENING.finditer(masked, earlier, verb.start()):
        pass
    if opening is None or any(c in masked[opening.end():verb.start()] for c in ',.;:!?«»"“”'):
        return False
    head = _GOVERNED_NOUN.fullmatch(masked, earlier, opening.start())
    if head is None or not all(w[:1].isupper() or is_title_word(w) or w in state_words()
                               for w in head["words"].split()):
        return False  # ('X said she met Y, who told reporters, "..."': Y's own verb gives the words)
    closing = masked.find(",", verb.end(), quote_open)
    return closing >= 0 and bool(masked[verb.end():closing].strip())

