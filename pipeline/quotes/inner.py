"""Incises inside one pair of quotation marks: « A, précise X, B », "A, he added, B".

French often sets the reporting clause inside the marks, so that one quotation
holds it (« Nous devons continuer, ajoute Jens Stoltenberg, à aider l'Ukraine »).
``inner_incises`` finds such a clause: a comma, a reporting verb of the
configured lists with its subject after it (or an inverted pronoun,
« ajoute-t-il », "he added"), and a comma (or a full stop, when the quotation
goes on: « A, a-t-il affirmé. B »). ``mask_quotes`` leaves it readable,
so that its name is a mention like any other, and ``InnerIncises`` gives the
quote the clause's subject before anything outside the marks is read.

Two readings of the sentence come just as early: a French narrative infinitive
(« Et d'évoquer des « ... » ») goes on with the sentence before it, and the
content of an idea or a call that the subject rejects (« rejette l'idée de
« ... » », "dismissed the call to "..."") is not the subject's words (``None``,
unless ``cues.noun_owner`` names the call's author).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lexicon import lemma
from pipeline.quotes.cues import POUR, noun_owner
from pipeline.quotes.folding import fold
from pipeline.quotes.gaps import MONTH_ABBREVIATIONS
from pipeline.quotes.incises import as_verb
from pipeline.quotes.spans import mask_quotes

if TYPE_CHECKING:
    from pipeline.data import Document
    from pipeline.quotes.mentions import Mention
    from pipeline.quotes.spans import QuoteSpan

# ", précise Matteo Bruni,", ", a ajouté le ministre,", ", ajoute-t-il,", ", a-t-elle dit,",
# ", he added,", ", said the minister,": the verb (group v) and what may be its subject; the clause
# may end its sentence when the quotation goes on after it (« A, a-t-il affirmé. B »)
_INNER = re.compile(
    r",[ \t]+(?:(?:(?P<v>(?:a[ \t]+)?[\w-]+?)(?:-t)?-(?:il|elle)|a-t-(?:il|elle)[ \t]+(?P<v2>[\w-]+))"
    # (and where: « a-t-il lancé sur Twitter », « a-t-elle dit à la presse »)
    r"(?:[ \t]+(?:sur|a|au|aux|dans|devant|en)[ \t]+[\w'.-]+(?:[ \t]+[\w'.-]+){0,3}?)?"
    r"|(?:he|she|they)[ \t]+(?P<v3>[\w-]+)"
    r"|(?P<v4>(?:a[ \t]+)?[\w-]+)[ \t]+(?:(?-i:[A-Z])|(?i:le|la|les|l'|the|un|une|an?)[ \t']+)"
    r"[\w'.-]*(?:[ \t]+[\w'.-]+){0,6}?)[ \t]*(?:,|\.(?=[ \t]+\w))", re.IGNORECASE)


def inner_incises(folded: str, spans: list[QuoteSpan], verb_rx: re.Pattern) -> dict[int, tuple[int, int, int, int]]:
    """Opening mark -> (incise start, end, verb start, verb end) for each closed quote
    that holds a reporting clause between two commas (``folded``: the folded text)."""
    out = {}
    for sp in spans:
        if sp.close is None:
            continue
        for m in _INNER.finditer(folded, sp.start, sp.end):
            g = next(n for n in ("v", "v2", "v3", "v4") if m[n] is not None)
            word = m[g].split()[-1]
            start = m.start(g) + m[g].rfind(word)
            if verb_rx.fullmatch(word) and m.start() > sp.start and m.end() < sp.end:
                out[sp.open] = (m.start(), m.end(), start, start + len(word))
                break
    return out


# the French narrative infinitive: « Et d'évoquer des « paroles de vérité » » goes on with
# the subject of the sentence before it
_NARRATIVE = re.compile(r"\W*et\s+(?:de\s+|d')[a-z]+(?:er|ir|re)(?![\w'-])", re.IGNORECASE)
# a sentence that is only « Avant d'ajouter : « ... » » (no clause of its own): the speaker goes on;
# between the infinitive and the quote, nothing but a phrase in commas and a colon
_NO_OBJECT = re.compile(r"\s*(?:,[^,:;«»\"“”]*,?)?\s*:?\s*")
_BEFORE_ADDING = re.compile(r"\W*(?:avant|puis)\s+(?:de\s+|d')(?P<v>[a-z]+(?:er|ir|re))(?![\w'-])", re.IGNORECASE)


def masked_with_incises(doc: Document, spans: list[QuoteSpan], verb_rx: re.Pattern) -> tuple[str, dict]:
    """The document's masked text (spans.mask_quotes) with its inner incises left
    readable, and those incises (``inner_incises``)."""
    found = inner_incises(fold(doc.text), spans, verb_rx)
    # a month's abbreviation before its day ends no sentence: its stop becomes a space, so that
    # "announcing on Feb. 12 that “…”" reads as one clause (the text keeps it)
    masked = _MONTH_STOP.sub(lambda m: m[1] + " ", mask_quotes(doc, spans, found))
    return masked, found


# the full stop of an abbreviated month right before its day or year ("Feb. 12", « févr. 2024 »)
_MONTH_STOP = re.compile(rf"(?<![\w'-])({'|'.join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))})\.(?=[^\S\n]+\d)",
                         re.IGNORECASE)


# a verb of rejection whose object is someone else's idea, call or proposal, the quote
# its content: « rejette catégoriquement l'idée de « hisser le drapeau blanc » », "dismissed
# the call to "negotiate"" (folded text: « a », « e »)
# a clause of its own whose subject a quotation follows at once, as its predicate: "…, la Chine
# appelle au calme, Kiev « n'y croit pas » et Washington « prend ça au sérieux »" (after a
# comma, a closing mark and "et"/"and", or the text's start; the quotation opens on a small letter, no article)
# ("et"/"and" after a comma or a closing mark: "Pékin et Moscou", "he and Putin" are one subject)
_CLAUSE_BREAK = re.compile(r"(?:^|[,;]|[,;»\"”’]\s*(?:et|and|mais|but))\s*(?:(?:le|la|les|l'|the)\s*)?$", re.IGNORECASE)
_ARTICLE = re.compile(r"\s*(?:(?:le|la|les|l'|the)\s*)?", re.IGNORECASE)  # the sentence's start before its subject
_NOT_PREDICATE = re.compile(r"(?:le|la|les|l'|un|une|des|du|de|d'|the|a|an)(?![\w'-])", re.IGNORECASE)
# a warrant and the charge it names, quoted: "a émis un mandat d'arrêt contre X pour le crime de
# guerre de « déportation illégale »", "issued an arrest warrant for X over the "unlawful
# deportation" of children": the charge is the words of the body that issues the warrant
# (on the folded text: « émis » reads "emis")
_WARRANT = re.compile(r"(?<![\w'-])(?:mandats?\s+d'arret|arrest\s+warrants?|warrants?)(?![\w'-])", re.IGNORECASE)
_ISSUED = re.compile(r"(?<![\w'-])(?:emise?s?|delivree?s?|lancee?s?|issued|issues|issue)(?![\w'-])", re.IGNORECASE)
_ISSUED_BY = re.compile(r"\s+(?:par|by)\s+", re.IGNORECASE)
# the warrant's issuer as its complement: « mandat d'arrêt de la CPI », "a warrant from the ICC"
_WARRANT_OF = re.compile(r"\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|d'|de\s+|from\s+(?:the\s+)?|of\s+the\s+)", re.IGNORECASE)
_CHARGE_BEFORE = re.compile(r"(?<![\w'-])(?:pour|for|over|de|d'|of|du)\s*(?:(?:le|la|les|l'|the|des|a|an)\s*)?"
                            r"(?:(?:crimes?|crime\s+de\s+guerre|crimes\s+de\s+guerre|war\s+crimes?|charges?|chefs?|counts?)"
                            r"\s*(?:de|d'|du|des|of)?\s*(?:(?:le|la|les|l'|the)\s*)?)?$", re.IGNORECASE)
_REJECTED = re.compile(
    r"(?<![\w'-])(?:rejet\w*|rejett\w*|refus\w*|denon\w*|condamn\w*|balay\w*|reject\w*|dismiss\w*|"
    r"denounc\w*|condemn\w*|rebuff\w*)\s+(?:[a-z]+ment\s+|[a-z]+ly\s+){0,2}"
    r"(?:l'|la\s+|les\s+|cette\s+|the\s+|any\s+|toute?\s+)(?:idee|appel|proposition|suggestion|invitation|"
    r"injonction|idea|call|proposal|notion)s?\s+"
    r"(?:de\s+|d'|a\s+|of\s+|to\s+|that\s+|for\s+|qu'|que\s+)(?:[\w'-]+\s+){0,4}$", re.IGNORECASE)


# an auxiliary (and an adverb) between a subject and its quoted participle: « l'Otan a ainsi
# « regretté » », "NATO has "regretted"" (folded text)
_AUXILIARY_GAP = re.compile(r"\s*(?:a|ont|avait|avaient|has|have|had)(?:\s+(?:ainsi|aussi|egalement|deja|donc|"
                            r"also|already|thus))?\s*", re.IGNORECASE)
# a short clause closing the sentence after a comma: an incise, whatever its verb ("..., analysts believe.")
# a name in apposition to a description before it, between commas: "The UN chief, X, has"
_APPOSITION_OPENS = re.compile(r"[^\W\d_]\s*,\s*$")
_SHORT_INCISE = re.compile(r",\s*(?:[\w'’-]+\s+){1,4}[\w'’-]+\s*[.!?]?\s*$")
# (an adverb may come first: "strongly condemned", « fermement condamné »)
_PARTICIPLE = re.compile(r"(?:[^\W\d_]{3,}(?:ly|ment)\s+)?[^\W\d_]{3,}(?:é|ée|és|ées|ed)(?![\w'-])")

# a verb coordinated after a quotation: "... " and called for", « » et a appelé »
_COORDINATED = re.compile(r"\s*[.,;]?\s*(?:and|et|but|mais)\s", re.IGNORECASE)


class InnerIncises:
    """The part of speakers.Attributor that reads an incise inside the marks, a
    sentence in the narrative infinitive and the content of a rejected idea."""

    def _opening(self, sp: QuoteSpan, lo: int) -> tuple[str | None, str] | None:
        """What the sentence's words before the quote (from ``lo``) settle: a
        rejected idea's content (no speaker), or a narrative infinitive's."""
        if _REJECTED.search(self.masked, max(lo, sp.open - 160), sp.open) \
                and noun_owner(self.masked, self.mentions, lo, sp.open) is None:
            return None, "the content of an idea or a call the subject rejects, whose author is not named"
        return self._narrative(sp, lo) or self._predicate_subject(sp, lo) or self._warrant_issuer(sp, lo)

    def _warrant_issuer(self, sp: QuoteSpan, lo: int) -> tuple[str, str] | None:
        """The body that issues a warrant, for the charge it names in marks (``_WARRANT``):
        the agent after "émis par" / "issued by", else the subject of "a émis" / "issued"."""
        warrants = list(_WARRANT.finditer(self.masked, lo, sp.open))
        warrant = warrants[-1] if warrants else None  # the one nearest the quote
        if warrant is None or not _CHARGE_BEFORE.search(self.masked, warrant.end(), sp.open):
            return None
        issued = list(_ISSUED.finditer(self.masked, lo, sp.open))
        for v in issued:
            if (by := _ISSUED_BY.match(self.masked, v.end())) is not None:
                after = self.mentions.within(by.end(), min(sp.open, by.end() + 80))
                if after and after[0].kind in ("org", "person", "name") and not after[0].possessive:
                    return self._issuer(after[0], v)
        of = _WARRANT_OF.match(self.masked, warrant.end(), sp.open)
        owner = self.mentions.within(of.end(), min(sp.open, of.end() + 80))[:1] if of else []
        if not owner:  # "an ICC arrest warrant": the body before the noun (not "X's warrant": its target)
            owner = [x for x in self.mentions.within(max(lo, warrant.start() - 40), warrant.start())
                     if not x.possessive and not self.masked[x.end:warrant.start()].strip()][-1:]
        if owner and owner[0].kind == "org" and (of is None or owner[0].start == of.end()):
            # « un mandat d'arrêt de la CPI pour « … » »: a body issues warrants (a person named there is their target)
            return self._issuer(owner[0]._replace(possessive=False), warrant)
        for v in issued:
            if (by := _ISSUED_BY.match(self.masked, v.end())) is not None:
                after = self.mentions.within(by.end(), min(sp.open, by.end() + 80))
                if after and after[0].kind in ("org", "person", "name") and not after[0].possessive:
                    return self._issuer(after[0], v)
        for v in issued:
            if v.end() <= warrant.start():
                m = self.subjects.before(lo, v.start())
                if m is not None and m.kind in ("org", "person", "name", "pronoun") and not m.possessive:
                    return self._issuer(m, v)
        return None

    def _issuer(self, m: Mention, v: re.Match) -> tuple[str, str] | None:
        speaker, how = self.resolver.resolve(m)
        return (speaker, f"the charge of a warrant '{self.doc.text[v.start():v.end()]}' + {how}") if speaker else None

    def _predicate_subject(self, sp: QuoteSpan, lo: int) -> tuple[str, str] | None:
        """The subject a quotation follows at once as its predicate (``_CLAUSE_BREAK``):
        '…, Kiev « n'y croit pas »' gives Kiev; so does a quoted participle after its
        auxiliary: « Kiev a « regretté » ce choix »."""
        before = self.mentions.within(lo, sp.open)
        m = before[-1] if before else None
        words = self.doc.text[sp.start:sp.end].lstrip(" '’\"«“")
        gap = self.masked[m.end:sp.open].rstrip(" \u00a0\u202f«\"“‘'") if m is not None else ""
        if gap.lstrip().startswith(",") and _AUXILIARY_GAP.fullmatch(gap.lstrip(" ,")) \
                and _APPOSITION_OPENS.search(self.masked, lo, m.start):
            gap = gap.lstrip(" ,")  # « Le chef de l'ONU, X, a « condamné » »: the comma closes the name's apposition
        if m is None or m.kind not in ("person", "name", "org") or m.possessive \
                or (gap.strip() and not (_AUXILIARY_GAP.fullmatch(gap) and _PARTICIPLE.match(words))) \
                or not words[:1].islower() or _NOT_PREDICATE.match(words) \
                or not (_CLAUSE_BREAK.search(self.masked, lo, m.start) or _ARTICLE.fullmatch(self.masked, lo, m.start)) \
                or self.verbs.cue_rx.search(self.masked, lo, m.start) or POUR.match(self.masked, lo, m.start):
            return None  # ("According to KCNA, Putin "accepted ...": the agency narrates; « Pour X, Y « … » »: X's view)
        if any(not cue and as_verb(self.masked, v.start()) for v, cue in self.verbs.find(self.masked, lo, m.start)):
            return None  # (« Comme l'a rappelé X, la France « ne cédera pas » »: X's words)
        hi = self.sentences.at(sp.close)[1] if sp.close is not None else sp.end
        tail = self.masked[sp.close + 1:hi] if sp.close is not None else ""
        if gap.strip() and _SHORT_INCISE.search(tail):
            return None  # ('Biden has "botched" the withdrawal, Republicans charged': their word for it)
        # (a verb coordinated with the quotation's, "X "conveyed ..." and called for ...", is X's too)
        if _COORDINATED.match(tail) and "," in tail:
            tail = tail[tail.rfind(",") + 1:]  # ('X "rejects ..." and "will respond", Peskov said': the incise)
        elif _COORDINATED.match(tail):
            tail = ""
        if self.verbs.verb_rx.search(tail) or self.verbs.cue_rx.search(tail):
            return None  # ('La Russie « doit répondre » ..., a déclaré X': the incise names who spoke)
        speaker, how = self.resolver.resolve(m)
        return (speaker, f"the subject the quotation follows as its predicate: {how}") if speaker else None

    def _narrative(self, sp: QuoteSpan, lo: int) -> tuple[str, str] | None:
        before_adding = _BEFORE_ADDING.match(self.masked, lo, sp.open)
        if before_adding and (lemma(before_adding["v"], "fr") not in self.verbs.fr_lemmas
                              or not _NO_OBJECT.fullmatch(self.masked, before_adding.end(), sp.open)
                              or self.verbs.find(self.masked, before_adding.end(), sp.open)
                              or self.mentions.within(before_adding.end(), sp.open)):
            # (« Avant de partir, le ministre a dit » has a clause and a subject of its own; « Avant de
            # rapporter les mots d'un soldat : » an object, someone else's words)
            before_adding = None
        if not (_NARRATIVE.match(self.masked, lo, sp.open) or before_adding):
            return None
        before = self._spoken.get(self.sentences.index(lo) - 1)
        if before is not None:
            return before[0], f"a narrative infinitive after the sentence of '{before[0]}'"
        if lo == 0:
            return None
        p_lo, p_hi = self.sentences.at(lo - 1)
        m = self.subjects.of_sentence(p_lo, p_hi)
        speaker, how = self.resolver.resolve(m) if m is not None else (None, "")
        return (speaker, f"a narrative infinitive after a sentence whose subject is {how}") if speaker else None

    def _inner_incise(self, sp: QuoteSpan) -> tuple[str, str] | None:
        found = self.inner.get(sp.open)
        if found is None:
            return None
        lo, hi, v_lo, v_hi = found
        m = self.subjects.of_verb(v_lo, v_hi, lo, hi)
        if m is None:
            return None
        speaker, how = self.resolver.resolve(m)
        if speaker is None:
            return None
        return speaker, f"an incise inside the quote: '{self.doc.text[v_lo:v_hi]}' + {how}"
