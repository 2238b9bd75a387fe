"""The subject of a reporting verb or construction found for a quote: the part
of ``speakers.Attributor`` that reads each kind of cue (a colon's name, a
greeting, a passive, "quoted X as saying", "with X saying", a participle, a
source cue, a reporting verb). A mixin (see the list in speakers.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.quotes.cues import CUE_PRONOUN, CUE_PRONOUNS, GERUND_OPENER, OBJECT_PRONOUNS, RELATIVE_CUE
from pipeline.quotes.incises import CLAUSE_HEAD
from pipeline.quotes.mentions import Mention, governed

# a participle right after a comma ('..., describing the talks as'), its -ing / -ant ending
_PARTICIPLE_AFTER_COMMA = re.compile(r",[\"”»’']?\s*[^\W\d_]+(?:ing|ant)$", re.IGNORECASE)
# a relative pronoun subject right before the verb: "qui rappelle", "qui a rappelé", "who said"
_RELATIVE_SUBJECT = re.compile(r"(?<![\w'-])(?:qui|who)\s+(?:(?:a|ont|avait|avaient|has|have|had|also|aussi|then|"
                               r"later|alors|ensuite)\s+){0,2}$", re.IGNORECASE)
# the French narrative infinitive: « Et X de poursuivre : », « Et le ministre d'ajouter »
_NARRATIVE = re.compile(r"\s*[Ee]t\s+(?P<np>[^,;:.!?«»\"“”]{2,80}?)\s+d(?:e\s+|['’])$")

from pipeline.quotes.verbs import passive

if TYPE_CHECKING:
    from pipeline.quotes.verbs import Hit

# the agent of a verb in the passive: "décrit par", "described by" (not « qualifié de »)
_BY_AGENT = re.compile(r"\s+(?:par|by)(?![\w'-])\s*", re.IGNORECASE)

# a participle right after a noun phrase, its agent after it (a reduced passive clause: "un succès
# salué samedi par X comme une « ... »", "a move described by X as "...""): the agent speaks
_NOUN_PHRASE_BEFORE = re.compile(r"(?<![\w'-])(?:une?|des|les?|la|l'|ce|cet|cette|ces|an?|the|this|these|those)\s*"
                                 r"(?:[^\W\d_][\w'-]*\s+){1,2}$", re.IGNORECASE)
_REDUCED_AGENT = re.compile(r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|soir|on\s+\w+day|"
                            r"yesterday|today)\s+){0,2}(?:par|by)(?![\w'-])\s*", re.IGNORECASE)
# ... as what the agent called it ("comme une « ... »", 'as "..."'), not a judge's object (« X juge le
# plan annoncé par Y « irréaliste » »: X)
_AS_NAMED = re.compile(r"\s*,?\s*(?:comme|as)(?![\w'-])", re.IGNORECASE)

# ... but a verb of relaying names the outlet that passed the words on: "rapportés par l'agence Tass"
_RELAYING = re.compile(r"(?:rapport|relay|cit|quot|transmi|report)\w*", re.IGNORECASE)

# "with"/"avec" opening an absolute phrase ("with X at one point saying")
_WITH = re.compile(r"(?<![\w'-])(?:with|avec)\s+", re.IGNORECASE)
# an apposition in commas between a subject and its participle: ", the UN chief, "
_APPOSITION = re.compile(r"\s*,[^,;:«»\"“”\n]{1,60},\s*")
# ... which holds no clause: an auxiliary opens one (« avec l'Ukraine, Moscou a nié ..., dénonçant »:
# "avec" governs a complement there, the participle goes with the main clause's subject)
_AUXILIARY = re.compile(r"(?<![\w'-])(?:a|ont|avait|avaient|est|sont|etait|has|have|had|is|are|was|were|will)\s",
                        re.IGNORECASE)


# a verb in an infinitive or participle clause that opens its sentence ("Après avoir qualifié
# la réunion de « ... », il est parti", "After calling it "...", Kim left", "Sans citer ..."):
# its subject is the main clause's, after the clause's comma (folded text)
_OPENING_CLAUSE = re.compile(
    r"\W*(?:(?:apres|after)\s+(?:avoir|etre|s'etre|having)?|avant\s+d[e']|sans|tout\s+en|en|before|without|upon|by)"
    r"\s*(?:(?:l[ae]|les|lui|leur|se|s'|l'|it|them|him|her)\s*)?$", re.IGNORECASE)


class VerbSubjects:
    """The subject of the verb found for a quote."""

    def _relative_head(self, v: re.Match | Hit, lo: int) -> Mention | None:
        """The head of a relative pronoun that is the verb ``v``'s subject ("selon la diplomatie
        russe qui rappelle que « ... »", "Biden, who deemed it "…""), or None."""
        relative = _RELATIVE_SUBJECT.search(self.masked, max(lo, v.start() - 40), v.start())
        if relative is None:
            return None
        head = [x for x in self.mentions.within(lo, relative.start()) if not x.possessive]
        if head and re.fullmatch(r"\s*,?\s*", self.masked[head[-1].end:relative.start()]):
            return head[-1]
        return None

    def _subject(self, v: re.Match | Hit, cue: bool | str, lo: int, hi: int) -> Mention | None:
        """The subject of the verb or construction ``v`` in [lo, hi)."""
        if cue == "colon":
            return next(x for x in self.mentions.within(v.start(), v.end()) if x.start == v.start())
        if cue == "greet" and _PARTICIPLE_AFTER_COMMA.search(self.doc.text, max(lo, v.start() - 4), v.end()):
            cue = "saying"  # '..., describing the talks as "..."': a participle's subject is the clause's
        elif cue == "passive":
            return self.subjects.before(lo, v.start())
        elif cue == "greet":  # (its subject a relative pronoun: "Biden, who deemed it "…"", and nobody
            # named when its head is no name: "X answered critics who likened him to "…"")
            if _RELATIVE_SUBJECT.search(self.masked, max(lo, v.start() - 40), v.start()):
                return self._relative_head(v, lo)
            return self.subjects.before(lo, v.start())
        if cue == "quoted":
            obj = re.match(r"\s+(him|her|them|it)(?![\w])", self.masked[v.end():hi], re.IGNORECASE)
            if obj:  # "the agency quoted him as saying": the object pronoun as a subject one
                return Mention(v.end() + obj.start(1), v.end() + obj.end(1), OBJECT_PRONOUNS[obj[1].lower()],
                               "pronoun")
            return self.subjects.after(v.end(), hi)
        if cue == "with":  # "with Joe Biden saying": the mention right before the participle
            # (or an apposition in commas: "avec le porte-parole, Dmitry Peskov, décrivant")
            named = [x for x in self.mentions.within(lo, v.start()) if not self.masked[x.end:v.start()].strip() or (
                self.masked[x.end:v.start()].strip() == "," and re.search(r",\s*$", self.masked[lo:x.start]))]
            if not named:  # "with Joe Biden at one point saying": the noun phrase right after "with"
                w = list(_WITH.finditer(self.masked, lo, v.start()))
                first = self.mentions.within(w[-1].end(), v.start())[:1] if w else []
                # ... or that phrase and an apposition in commas ("with X, the UN chief, describing")
                named = [x for x in first if CLAUSE_HEAD.fullmatch(self.masked, w[-1].end(), x.start) and not x.possessive
                         and (not re.search(r"[,;:«»\"“”]", self.masked[x.end:v.start()])
                              or (_APPOSITION.fullmatch(self.masked, x.end, v.start())
                                  and not _AUXILIARY.search(self.masked, x.end, v.start())))]
            if named:
                return named[-1]
            if not _PARTICIPLE_AFTER_COMMA.search(self.doc.text, max(lo, v.start() - 4), v.end()):
                return None
            cue = "saying"  # ('with Trump will open a "path …," describing the talks': the clause's subject)
        if cue == "saying":
            near = self.subjects.before(lo, v.start()) if GERUND_OPENER.search(self.masked, lo, v.start()) else None
            if near is not None and governed(self.masked, lo, near, self.doc.text) in ("de", "du", "des", "d", "of"):
                # "il a envoyé un message ... sur les armes de la Russie, en disant « ... »": a noun's
                # complement is not who acts; the gerund's subject is the sentence's
                near = self.subjects.of_sentence(lo, v.start())
                if near is None or governed(self.masked, lo, near, self.doc.text) is not None:
                    return None
            if near is not None:
                # "Poutine a rendu hommage ... tout en estimant qu'il avait « ... »", "he reacted
                # by saying": the nearest subject before the gerund, whatever its verb
                return near
            # the participle's subject is the main clause's: that of the reporting verb
            # before it ("Russia threatens no one, Putin said, calling it "..."") or the sentence's
            verbs = list(self.verbs.verb_rx.finditer(self.masked, lo, v.start()))
            m = self.subjects.of_verb(verbs[-1].start(), verbs[-1].end(), lo, v.start()) if verbs else None
            return m or self.subjects.of_sentence(lo, v.start())
        if cue is True:
            pron = CUE_PRONOUN.match(self.masked, v.end(), hi)
            if pron:
                return Mention(pron.start(1), pron.end(1), CUE_PRONOUNS[pron[1].lower()], "pronoun")
            if RELATIVE_CUE.match(self.masked, v.end(), hi):  # "..., the Chinese leader, according to whom"
                before = [x for x in self.mentions.within(lo, v.start()) if not x.possessive]
                return before[-1] if before and not self.masked[before[-1].end:v.start()].strip(" ,") else None
            return self.subjects.after(v.end(), hi, cue=True)
        head = self._relative_head(v, lo) if cue is False else None
        if head is not None:
            return head
        narrative = _NARRATIVE.match(self.masked, lo, v.start()) if cue is False else None
        if narrative:
            # « Et le ministre d'ajouter : ... »: the French narrative infinitive, its subject before "de"
            return self.subjects.after(narrative.start("np"), narrative.end("np"))
        if cue is False and (agent := _BY_AGENT.match(self.masked, v.end(), hi)) and passive(self.masked, lo, v.start()) \
                and not _RELAYING.match(self.masked, v.start()):
            # "X est décrit par le Kremlin comme un homme « ... »", "X was called "..." by Y": the agent
            # of a reporting verb in the passive speaks, not its subject
            return self.subjects.after(agent.end(), hi)
        if cue is False and (agent := _REDUCED_AGENT.match(self.masked, v.end(), hi)) \
                and _NOUN_PHRASE_BEFORE.search(self.masked, max(lo, v.start() - 40), v.start()) \
                and not _RELAYING.match(self.masked, v.start()) and (m := self.subjects.after(agent.end(), hi)) \
                and _AS_NAMED.match(self.masked, m.end, hi):
            return m  # (a reduced passive: the noun phrase before the participle said nothing)
        m = self.subjects.of_verb(v.start(), v.end(), lo, hi, cue)
        if m is None and cue is False:
            s_lo, s_hi = self.sentences.at(v.start())
            if _OPENING_CLAUSE.fullmatch(self.masked, s_lo, v.start()):
                return self.subjects.of_sentence(s_lo, s_hi)
        return m
