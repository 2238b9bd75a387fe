"""Speakers of a quotation without an attribution of its own, from the text
around it: a headline's subject, "Pour X, « ... »", the owner of a possessive
before the quote, a speech verb, a label of the words
and who gave them ("Réponse de X : « ... »") or a colon before it, a participle whose
agent gave the words after it ("« traître » donné par X"), the sentence after it,
the quote before it in its paragraph, the speaker of the sentence before a
quote that stands alone, and the subject of the clause that holds it (section
labels and quoted subheads: ``sections.py``). A mixin of ``speakers.Attributor``
(see the list in speakers.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.quotes import rules
from pipeline.quotes.cues import POSSESSIVE_BEFORE, POUR
from pipeline.quotes.folding import fold
from pipeline.quotes.introductions import introducing_comma, last_clause
from pipeline.quotes.joint import joint_speakers
from pipeline.quotes.nearby import RELATIVE_WORD, NearbySpeakers
from pipeline.quotes.pronoun_table import role_of
from pipeline.quotes.sections import SectionSpeakers
from pipeline.quotes.sentence_before import SPEECH

# a participle whose agent gave the words: "« traître » donné par X", '"traitor," a word used by X'
# a passive clause that gives the quotation its words right before it, no agent named:
# 'X's proposal "…" is being hailed as a "…"', « la décision est qualifiée de « … » »: whoever
# hails it is not the speaker of the quotation before it in the sentence
# a copula and its article between a name and the quotation: what the quotation says of the name
# ("Pour X, Y est un « … »", "For X, Y is a "…"")
_COPULA = re.compile(r"\s+(?:est|sont|reste|restent|demeure|demeurent|etait|serait|is|are|remains|was|were)\s+"
                     r"(?:(?:un|une|le|la|les|des|du|a|an|the)\s+)?", re.IGNORECASE)
# a relative of possession between a verb of speech and the quote: the words are the owner's
_WHOSE = re.compile(r"(?<![\w'-])(?:whose|dont)(?![\w'-])", re.IGNORECASE)
_PASSIVE_AS = re.compile(
    r"(?<![\w'-])(?:is|are|was|were|been|being|est|sont|etait|etaient|ete)\s+(?:[a-z]+ly\s+|widely\s+|largement\s+)?"
    r"[a-z]+(?:ed|en|e|ee|es|ees)\s+(?:as|comme|de|d')\s*(?:(?:a|an|the|un|une|le|la|les|l')\s*)?$", re.IGNORECASE)
_GIVEN_BY = re.compile(r"\s*,?\s*(?:(?:a|an|the|un|une|le|la)\s+(?:word|term|mot|terme)\s+)?"
                       r"(?:donnee?s?|employee?s?|utilisee?s?|prononcee?s?|lancee?s?|choisie?s?|"
                       r"used|coined|given|chosen|uttered)\s+(?:par|by)\s+", re.IGNORECASE)

# a label of words and who gave them: "Réponse de X :", "Reply from X:", "Les mots de X :", "Quote from X:"
_WORDS_OF = re.compile(r"\s*(?:(?:the|la|le|les|sa|son|ses|his|her)\s+)?(?:(?:first|latest|derniere|premiere)\s+)?"
                       r"(?:reply|response|retort|answer|answers|words|remarks|comment|reponse|replique|"
                       r"riposte|propos|mots|paroles|quote|quotation|citation)\s+(?:of|from|by|de|du|d')\s*(?P<who>.*)",
                       re.IGNORECASE | re.DOTALL)
# the French dative right before a name: "a dit à X", "en disant à X" (folded, "à" reads as the English "a")
_DATIVE_BEFORE = re.compile(r"(?<![\w'-])(?:à|au|aux)\s+(?:la\s+|l['’]|les\s+)?$")

if TYPE_CHECKING:
    from pipeline.quotes.spans import QuoteSpan


class AroundSpeakers(SectionSpeakers, NearbySpeakers):
    """The text around a quote without an attribution of its own."""

    def _pour(self, sp: QuoteSpan, lo: int) -> tuple[str, str] | None:
        """The holder of the view that "Pour X, ..." / "For X, ..." opens the quote's sentence with, or None."""
        pour = POUR.match(self.masked, lo, sp.open)
        named = self.subjects.after(pour.end(), sp.open) if pour else None
        first = self.mentions.within(pour.end(), sp.open)[:1] if named is not None else []
        comma = self.masked.find(",", named.end, sp.open) if named is not None else -1
        after = self.mentions.within(comma + 1, sp.open)[:1] if comma >= 0 else []
        if first and "," not in self.masked[pour.end():first[0].start] and comma >= 0 and not (
                after and after[0].kind in ("person", "name") and not after[0].possessive
                and not re.match(r"['’]s?\s", self.masked[after[0].end:after[0].end + 3])
                and all(w in rules.DETERMINERS for w in self.masked[comma + 1:after[0].start].lower().split())
                and re.search(r"[^\W\d_]|:", self.masked[after[0].end:sp.open])
                and not _COPULA.fullmatch(self.masked, after[0].end, sp.open)):
            # (not "Pour X, Y : « … »", "Pour X, Y a dit « … »" nor "For X, Y had "nothing but praise"": Y's
            # words; but « Pour X, Y « ne représente pas … » », the quotation right after Y, and « Pour X, Y
            # est un « … » », a copula's predicate, are X's view of Y)
            speaker, how = self.resolver.resolve(named)
            if speaker is not None:
                return speaker, f"'{self.doc.text[pour.start():pour.end()].strip()}' + {how}"
        return None

    def _around(self, sp: QuoteSpan, previous: tuple[QuoteSpan, str | None] | None, lo: int, hi: int,
                close: int, embedded: bool) -> tuple[str, str] | None:
        """The speaker of a quote without an attribution of its own, from the
        text around it (see the module docstring), or None."""
        if embedded:
            # "Pour Dmitri Peskov, « ... »", "Pour le chef de la diplomatie, Yoko Kamikawa, ...": a
            # view in its holder's words, a headline's too (whatever its grammatical subject)
            found = self._pour(sp, lo)
            if found is not None:
                return found
        if self._is_headline(sp.para):
            found = self._headline(sp, lo, close, embedded)
            if found is not None:
                return found
        if self.doc.paragraphs[sp.para].start in self.labelled:
            return self._section_speaker(sp)
        if self._quoted_subhead(sp, lo) and (found := self._section_speaker(sp, echoed=True)) is not None:
            return found  # a subhead of quoted words: whom the section's first sentence reports
        if embedded and sp.close is not None and (found := self._noun_from(sp, lo)) is not None:
            return found  # "a warning of “countermeasures” from the Kremlin": the source "from" names
        if embedded:
            own = POSSESSIVE_BEFORE.search(self.masked, lo, sp.open)
            if own:  # 'Putin arrives to meet his "dear friend" Xi': the words of the one it belongs to
                m = self.subjects.of_sentence(lo, own.start(1))
                rel = list(RELATIVE_WORD.finditer(self.masked, m.end, own.start(1))) if m is not None else []
                if rel:  # "Putin met Kim, who offered his "full support"": the relative's head
                    head = self.mentions.within(m.end, rel[-1].start())
                    m = head[-1] if head else None
                if m is not None and m.kind in ("person", "name"):
                    speaker, how = self.resolver.resolve(m)
                    if speaker is not None:
                        return speaker, f"'{own[1]}' before the quote: the sentence's subject {how}"
            speech = list(SPEECH.finditer(self.masked, max(lo, sp.open - self.cfg.max_gap_chars), sp.open))
            if speech and _WHOSE.search(self.masked, speech[-1].end(), sp.open):
                speech = []  # "X paid tribute to Y, whose last words were "...": Y's words
            if speech:  # "Putin raised a toast to the « strengthening of ties »"
                v = speech[-1]
                m = self.subjects.of_verb(v.start(), v.end(), lo, sp.open)
                if m is not None and joint_speakers(m, self.mentions, self.masked, self.subjects.titles,
                                                    self.resolver.resolve, self.resolver.antecedent):
                    return None, f"before the quote: '{self.doc.text[v.start():v.end()]}' + two speakers"
                if m is not None:
                    speaker, how = self.resolver.resolve(m)
                    if speaker is not None:
                        return speaker, f"before the quote: '{self.doc.text[v.start():v.end()]}' + {how}"
            colon = re.search(r":\s*$", self.masked[lo:sp.open])
            said_by = _WORDS_OF.fullmatch(self.masked, lo, lo + colon.start()) if colon else None
            named = self.mentions.within(said_by.start("who"), lo + colon.start()) if said_by else []
            if len(named) == 1 and not named[0].possessive and not self.masked[named[0].end:lo + colon.start()].strip():
                found = self._resolved(named[0], "the words it is labelled as")  # "Réponse de X : « ... »"
                if found is not None:
                    return found
            if colon:  # "Peskov was categorical: « ... »"
                m = self.subjects.of_sentence(lo, lo + colon.start())
                last = last_clause(self.masked, lo, lo + colon.start())
                n = self.subjects.of_sentence(last, lo + colon.start()) if last is not None else None
                if n is not None and n.start == last and n.kind in ("person", "name", "pronoun") and not n.possessive:
                    m = n  # "X tried to answer, but Y interjected: « ... »": the clause before the colon
                if m is not None and _DATIVE_BEFORE.search(self.doc.text, lo, m.start):
                    m = None  # "En disant à X : « ... »": who is spoken to
                m = _label_name(self.masked, self.mentions.within(lo, lo + colon.start()), m, lo + colon.start())
                if m is not None:
                    speaker, how = self.resolver.resolve(m)
                    if speaker is not None:
                        return speaker, f"the subject before the colon: {how}"
            comma = introducing_comma(self.doc.text, self.masked, lo, sp.open, sp.close, hi)
            m = self.subjects.of_sentence(lo, comma) if comma is not None else None
            if m is not None and m.kind in ("person", "name", "pronoun") and not m.possessive \
                    and not re.search(r"\w", self.masked[lo:m.start]):  # 'He continued, "You ..."'
                found = self._resolved(m, "the subject of the clause that introduces it with a comma")
                if found is not None:
                    return found
        p = self.doc.paragraphs[sp.para]
        tail = self.mentions.within(close + 1, p.end) if sp.close is not None and not embedded else []
        if len(tail) == 1 and tail[0].kind in ("person", "name") and not tail[0].possessive and not any(
                c.isalnum() for c in self.masked[close + 1:tail[0].start] + self.masked[tail[0].end:p.end]):
            # '« ... » Joe Biden': a name alone after the quotation signs its paragraph
            found = self._resolved(tail[0], "the name that signs the quote's paragraph")
            if found is not None:
                return found
        given = _GIVEN_BY.match(self.masked, close + 1, hi) if sp.close is not None else None
        if given:  # "le surnom de « traître » donné par le président Poutine"
            m = self.subjects.after(given.end(), hi)
            if m is not None and not m.possessive:
                speaker, how = self.resolver.resolve(m)
                if speaker is not None:
                    return speaker, f"after the quote: '{self.doc.text[given.start():given.end()].strip()}' + {how}"
        # a quotation cut off by the end of the text: its attribution may have gone with it
        cut = sp.close is None and sp.group not in self._closed_groups
        ends_sentence = not any(c.isalnum() for c in self.masked[close + 1:hi])
        if ends_sentence and not cut:
            found = self._named_after(sp, close)
            if found is not None:
                return found
        if previous and previous[1]:
            spoken = self._spoken_before(sp) if not embedded and not cut else None
            if spoken and spoken[0] != previous[1] and spoken[1].startswith("speaks in the sentence before"):
                return spoken  # '"A," X said. Y then spoke to reporters. "B"': Y's
            if not embedded:
                return previous[1], "continues the quote before it in the paragraph"
            if self.sentences.at(previous[0].open)[0] == lo and not _PASSIVE_AS.search(
                    self.masked, max(lo, sp.open - 60), sp.open):
                return previous[1], "continues the quote before it in the sentence"
        if not embedded and not cut:
            return self._spoken_before(sp)
        if not embedded:
            # a quotation cut off by the end of the text (however few of its words are left),
            # opening its paragraph right after one whose last quotation has a speaker, or whose
            # last sentence reports what someone said ("Putin said the call-up starts today.\n"We
            # are talking about ..."): it goes on with that speaker's words (not after a speech
            # noun: "Putin gave a speech.")
            found = self._spoken_before(sp)
            # (or after a sentence that introduces it with a colon: "Here is his message:")
            return found if found is not None and (found[1].startswith(("the speaker of the sentence before",
                                                                        "introduces it with a colon")) or (
                found[1].startswith("speaks in the sentence before") and self._reports_before(sp))) else None
        if embedded and (listed := self._list_intro(sp)) is not None and listed[0] is not None:
            return listed  # "X named three results:\n→ in the "coming days" ..."
        if embedded:  # (also when cut off by the end of the text)
            return self._clause_subject(sp, lo) or self._reported_on(sp, previous, lo, hi)
        return None

    def _reported_on(self, sp: QuoteSpan, previous: tuple[QuoteSpan, str | None] | None, lo: int,
                     hi: int) -> tuple[str, str] | None:
        """A quotation in a sentence of narration with no verb of speech, right after
        a sentence of its paragraph that quotes a named speaker (« "…", a-t-il ajouté.
        L'explosion serait due à une « chute » »): the report goes on in that speaker's
        words, when the sentence names no subject of its own (« Cette frappe « a
        détruit … » », not « Les autorités locales ont mis en cause de « … » »)."""
        if not previous or not previous[1] or sp.close is None:
            return None
        j = self._sentence_before(sp)
        if j < 0 or not (self.sentences.spans[j][0] <= previous[0].open < self.sentences.spans[j][1]) \
                or self.sentences.spans[j][0] < self.doc.paragraphs[sp.para].start:
            return None
        if any(True for _ in self.verbs.find(self.masked, lo, hi)) or SPEECH.search(self.masked, lo, hi):
            return None
        before = self.masked[lo:sp.open]
        if before.rstrip().endswith(":"):
            return None  # the sentence introduces the quotation: « Avant de rapporter les mots d'un soldat : « … » »
        if self.subjects.of_sentence(lo, sp.open) is not None or any(
                x.kind in ("person", "name", "role", "pronoun", "org", "outlet") and not x.possessive
                for x in self.mentions.within(lo, sp.open)) or role_of(before) is not None \
                or _PEOPLE.intersection(re.findall(r"[\w'-]+", fold(before).lower())):
            return None  # (someone else may be the subject: "the two leaders", « les autorités locales »)
        return previous[1], "goes on with the speaker quoted in the sentence before, in its paragraph"

    def _reports_before(self, sp: QuoteSpan) -> bool:
        """Does the sentence before ``sp`` hold a reporting verb (not only a speech noun)?"""
        j = self._sentence_before(sp)
        if j < 0:
            return False
        plo, phi = self.sentences.spans[j]
        return any(not cue for _, cue in self.verbs.find(self.masked, plo, phi))

    def _noun_from(self, sp: QuoteSpan, lo: int) -> tuple[str, str] | None:
        """A noun of speech before the quotation and its source after it: "drew a warning of
        “countermeasures” from the Kremlin", « une mise en garde contre des « représailles » de la
        part de Moscou » (the one "from" / « de la part de » names, a name right after it)."""
        if not _SPEECH_NOUN_BEFORE.search(self.masked, max(lo, sp.open - 60), sp.open):
            return None
        source = _FROM_AFTER.match(self.masked, sp.close + 1)
        if source is None:
            return None
        named = self.mentions.within(source.end(), source.end() + 80)
        if not named or not _ARTICLE_ONLY.fullmatch(self.masked, source.end(), named[0].start) \
                or named[0].possessive or named[0].kind == "pronoun":
            return None
        return self._resolved(named[0], f"the source after '{self.doc.text[source.start():source.end()].strip()}'")


# a noun of speech right before a quotation ("a furious warning of", « une mise en garde contre »)
# (not "calls", "demands", "appeals for "…" from X", whom they are made of, nor "criticism of "…" from X",
# where X may be the target)
_SPEECH_NOUN_BEFORE = re.compile(
    r"(?<![\w'-])(?:warnings?|threats?|condemnations?|promises?|pledges?|praise|accusations?|rebukes?"
    r"|avertissements?|menaces?|condamnations?|promesses?|mises?\s+en\s+garde)"
    r"(?:\s+(?:of|about|over|against|de|d'|des|du|contre|sur))?(?:\s+(?:a|an|the|un|une|des|les|la|le))?\s*$",
    re.IGNORECASE)
# the source after it: "from X", « de la part de X »
_FROM_AFTER = re.compile(r"\s*(?:from|de\s+la\s+part\s+(?:de\s+la|du|des|de|d')|venue?s?\s+(?:de\s+la|du|des|de|d'))\s*",
                         re.IGNORECASE)
_ARTICLE_ONLY = re.compile(r"(?:(?:the|le|la|les|l')\s*)?", re.IGNORECASE)
# nouns of people and bodies that may be a clause's subject with no name: "the two leaders",
# « les autorités locales », "the government"
_PEOPLE = frozenset(fold(w).lower() for w in (*rules.GENERIC_SUBJECTS, *rules.BODY_NOUNS, *rules.BODY_NOUNS_FR)
                    if " " not in w)


# words of a title between its owner and its holder's name ("Kenya Sec. of State Ivan Petrovsky")
_TITLE_LINK = re.compile(r"(?:[A-Z][\w'-]*\.?|of|for|the|and|de|du|des|la|le|d'|l'|[,.-])$")


def _label_name(masked: str, found: list, m, colon: int):
    """A label before a colon that is only titles and a name ("Kenya Sec. of State
    Ivan Petrovsky: « ... »"): the name right before the colon speaks, not the
    first name of the title; a clause with a verb ("Putin told Kim:") keeps its subject."""
    if m is None or not found or found[-1] is m or found[-1].kind not in ("person", "name") \
            or masked[found[-1].end:colon].strip():
        return m
    between = masked[m.end:found[-1].start].split()
    return found[-1] if all(_TITLE_LINK.match(w) for w in between) else m
