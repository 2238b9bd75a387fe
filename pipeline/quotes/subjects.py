"""The subject of a reporting verb, found the way French and English news writing places it.

- an incise after the quote, with the subject after the verb
  (``», a déclaré le porte-parole du Kremlin, Dmitri Peskov``, ``," said Putin``)
  or before it (``," Putin told reporters``, ``," he said``);
- an inverted pronoun (``a-t-il déclaré``, ``ajoute-t-elle``);
- a subject before a verb that introduces the quote (``X a qualifié ... de
  « »``), skipping an
  apposition (``Dmitri Peskov, porte-parole du président Poutine, a déclaré``)
  unless the apposition is the bare name after a title or an owner (``The
  State Department spokesperson, Matthew Miller, said``, ``Putin's spokesman,
  Dmitry Peskov, said``); a name in a prepositional phrase (``Speaking at the
  United Nations, ...``) or an owner (``Putin's spokesman said``) is never the
  subject;
- ``selon X`` / ``according to X``, also through a document X issued
  (``according to a Kremlin readout``);
  ``Interfax reported Peskov as saying``;
- a title, a body or an outlet's owner before a name after the verb gives the
  name (``quoted Kremlin aide Yuri Ushakov``, ``a estimé le conseiller du
  Kremlin, Iouri Ouchakov``, ``a rapporté l'agence nord-coréenne KCNA``), but
  ``according to the Kremlin, Putin ...`` is the Kremlin's, and ``la
  porte-parole de Navalny`` is not Navalny (``titled_names.py``);
- a clause opened by a word that is also a preposition keeps its subject
  (``..., after Putin promised to "..."``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lexicon import lemma
from pipeline.quotes import constructions, rules
from pipeline.quotes.cues import ADDRESSEE, DATIVE, GROUP_ADDRESSEE
from pipeline.quotes.gaps import (ADVERBIALS, BLOCKERS, DOCUMENT, DOCUMENT_AFTER, IN_DOCUMENT, OWN_DOCUMENT,
                                  OWNED, STOP_AFTER, TIME_CLAUSE, apposed, issued, titled_phrase)
from pipeline.quotes.incises import (ADDRESS_VERBS, APPOSITION, AS_SAYING, CONJUNCTIONS, COORDINATED, INCISE,
                                      INVERTED_AFTER, INVERTED_BEFORE, RELATIVE, SERIES_AFTER, SERIES_BEFORE,
                                      CLAUSE_HEAD, GENERIC_RELATIVE, SUBORDINATOR, as_verb)
from pipeline.quotes.mentions import Mention
from pipeline.quotes.subject_before import MARK_CHARS, SubjectBefore
from pipeline.quotes.sentence_subject import SentenceSubjects
from pipeline.quotes.titled_names import TitledNames

if TYPE_CHECKING:
    from pipeline.data import Paragraph
    from pipeline.quotes.mentions import Mentions
    from pipeline.quotes.sentences import Sentences
    from pipeline.quotes.titles import Titles

# a name and the infinitive it is the subject of, with no clause break before the coordinated verb
_CONTROLS = re.compile(r"\s+to\s+[a-z]+[^,;:.!?\"«»“”]*$")


# a preposition right before the name after a verb: the name is its object, not the verb's subject
# (« a déclaré le vice-président envers X », "said the minister to X"; "of"/« de » name an owner, and
# « à » an addressee, read apart; folded text)
_GOVERNED = re.compile(r"(?<![\w'-])(?:envers|vers|towards?|contre|against|avec|with|pour|for|chez|sur|about|"
                       r"aupres\s+d[eu]|devant|to)\s*$", re.IGNORECASE)


# the quotation (its marks; the words are masked) right after a verb, or a colon before it
_QUOTE_NEXT = re.compile(r"\s*:?\s*[\"“«‘']")


# a complement after a verb's object: "à"/"de" and an infinitive or a quotation, "to" and a verb
# (folded text: "à" reads "a")
_TOLD_TO = re.compile(r"\s+(?:(?:(?:a|de)(?![\w'-])|d')\s*(?:[\"“«‘]|[\w-]+(?:er|ir|re)(?![\w-]))|to\s+(?:[\"“‘]|[a-z]+(?![\w-])))")


# a possessive determiner after a source cue, as the pronoun it stands for (French ones do not tell
# the owner's gender: "il" reads either way)
OWNER_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they",
                   "son": "il", "sa": "il", "ses": "il", "leur": "ils", "leurs": "ils"}


# the words that show a clause has a verb of its own: the auxiliaries and the copula's forms
_FINITE_WORDS = constructions.TENSE_AUXILIARIES | constructions.PASSIVE_AUXILIARIES | {"will"}


class Subjects(SubjectBefore, SentenceSubjects, TitledNames):
    """Subject search in one document: ``masked`` is its folded text with quotes
    blanked, ``closes`` the positions of closing marks."""

    def __init__(self, text: str, masked: str, mentions: Mentions, titles: Titles, closes: set[int | None],
                 max_after: int):
        self.text, self.masked, self.mentions, self.titles = text, masked, mentions, titles
        self.closes, self.max_after = closes, max_after
        # (start, end) of the role descriptions ``events`` found as a reporting verb's subject
        self.speaking_descriptions: set[tuple[int, int]] = set()

    def of_verb(self, vs: int, ve: int, lo: int, hi: int, cue: bool = False) -> Mention | None:
        """The subject of the verb at [vs, ve) in the sentence [lo, hi); of a
        source cue ("selon", "according to") when ``cue``."""
        inv = INVERTED_BEFORE.search(self.masked, lo, vs) or INVERTED_AFTER.match(self.masked, ve, hi)
        if inv and not cue:
            return Mention(inv.start(1), inv.end(1), self.text[inv.start(1):inv.end(1)], "pronoun")
        if cue or as_verb(self.masked, vs):
            return self.after(ve, hi)  # ("comme le souligne X": the subject after the verb)
        if GENERIC_RELATIVE.search(self.masked, max(lo, vs - 40), vs):
            return None  # "ceux qui lui reprochent", "those who accuse him": no one named
        coord = COORDINATED.search(self.masked, lo, vs)
        if coord:
            # "X prompted Y to stand up and say ...": the infinitives' subject is the name before "to"
            word = self.masked[vs:ve].lower()
            ctl = [m for m in self.mentions.within(max(lo, coord.start() - 80), coord.start())
                   if _CONTROLS.match(self.masked, m.end, coord.start())] if lemma(word, "en") == word else []
            # "Kim called Putin a friend and said ...": the second verb shares the
            # first one's subject, not the object next to it
            head = ctl[-1] if ctl and not ctl[-1].possessive else self.of_sentence(lo, coord.start())
            sub = [s for s in SUBORDINATOR.finditer(self.masked, lo, coord.start())
                   if not re.search(r"[,;:«»\"“”]", self.masked[s.end():coord.start()])]
            first = self.mentions.within(sub[-1].end(), coord.start())[:1] if sub and not ctl else []
            if first and not first[0].possessive and CLAUSE_HEAD.fullmatch(self.masked, sub[-1].end(), first[0].start):
                head = first[0]  # "X frowned when Y went off script and called Z a "..."": Y
            if head is not None:
                return head
        quoted_as = self.after(ve, hi)
        if quoted_as is not None and AS_SAYING.match(self.masked, quoted_as.end, hi):
            return quoted_as
        rel = RELATIVE.search(self.masked, lo, vs)
        if rel is not None:
            # "le secrétaire d'État, qui s'est dit « lucide »", "Xi, who called it "...""
            head = [m for m in self.mentions.within(lo, rel.start() + 1) if m.end <= rel.start() + 1]
            if head and not head[-1].possessive and not self.masked[head[-1].end:rel.start() + 1].strip(" ,"):
                return head[-1]
        incise = INCISE.search(self.masked, lo, vs)
        if incise and self.masked[incise.start()] != "," and incise.start() not in self.closes:
            incise = None  # the end of a title, not of a quotation
        if incise and self.masked[incise.start()] == ",":
            # "Kim, 39, told Putin": the comma closes an apposition, not a quotation
            app = APPOSITION.search(self.masked, lo, vs)
            if app and not MARK_CHARS & set(self.masked[app.start():app.end()]):
                head = self.before(lo, vs)
                if head is not None:
                    return head
        series = SERIES_BEFORE.search(self.masked, lo, vs)
        if series and SERIES_AFTER.match(self.masked, ve, hi):
            head = self.of_sentence(lo, series.start())  # 'X accused Y of "...", said that'
            if head is not None and head.end <= series.start():
                return head
        quoted = not self.masked[ve:hi].strip() or _QUOTE_NEXT.match(self.masked, ve, hi)
        if series and self.masked[series.start()] == "," and quoted:
            # 'X visits Y on Monday, declares "..."': a verb joined by a comma to a clause of
            # its own shares that clause's subject (no apposition: "X, the minister, said")
            head = self.of_sentence(lo, series.start())
            if head is not None and not head.possessive and head.end <= series.start() \
                    and not re.search(r"[,;:«»\"“”(]", self.masked[head.end:series.start()]) \
                    and len(self.masked[head.end:series.start()].split()) >= 2:
                return head
        # "told Blinken", "tells Xi": the name after such a verb is who was told
        addressed = self.masked[vs:ve].lower() in ADDRESS_VERBS
        if not addressed:
            # "appelait l'Ukraine à « avoir le courage »", "urged Kyiv to "...": the name after the
            # verb with a "to"/"à"/"de" complement is its object, told to do something
            nxt = self.mentions.within(ve, hi)[:1]
            addressed = bool(nxt) and _TOLD_TO.match(self.masked, nxt[0].end, len(self.masked)) is not None \
                and not re.search(r"[,;:«»\"“”]", self.masked[ve:nxt[0].start])
        if incise and CONJUNCTIONS.isdisjoint(self.masked[incise.start():vs].lower().split()):
            return (self.before(incise.start(), vs)
                    or (None if addressed else self.after(ve, hi))
                    or (None if self.masked[incise.start()] != "," else self.before(lo, vs)))
        return self.before(lo, vs)

    def after(self, pos: int, hi: int, cue: bool = False) -> Mention | None:
        """The first mention after a verb, if nothing but a few words lies between.
        A title before a name gives the name ("said White House spokesperson John
        Kirby", "said Putin's spokesman, Dmitry Peskov", "quoted Kremlin aide Yuri
        Ushakov", "a rapporté l'agence nord-coréenne KCNA"); an owner alone
        ("said Putin's spokesman") gives nothing. After a source cue (``cue``), the
        issuer of a document counts: "according to a Kremlin transcript",
        "according to a statement from the ministry", "selon un communiqué du Kremlin"."""
        # "indique un communiqué du service de presse du Kremlin": the document's issuer
        own = OWN_DOCUMENT.match(self.masked, pos, hi) if cue else None
        if own:  # "according to his assessment", « selon ses dires »: the one it refers to, as "he" does
            return Mention(own.start("det"), own.end("det"), OWNER_PRONOUNS[own["det"].lower()], "pronoun")
        doc = DOCUMENT.match(self.masked, pos, hi) if cue else (
            IN_DOCUMENT.match(self.masked, pos, hi) or DOCUMENT.match(self.masked, pos, hi))
        if doc:
            pos = doc.end()
        elif not cue and (clause := TIME_CLAUSE.match(self.masked, pos, hi)):
            pos = clause.end()  # "a indiqué, aussitôt après la parution du décret, le porte-parole"
        found = self.mentions.within(pos, hi)
        for i, m in enumerate(found):
            gap = self.masked[pos:m.start]
            if i + 1 < len(found) and not cue and DATIVE.search(gap):
                pos = m.end  # "a dit à l'AFP X": the addressee
                continue
            if not cue and len(gap.split()) <= 6 and ADDRESSEE.search(gap) and not GROUP_ADDRESSEE.search(gap) \
                    and self.masked[m.start:m.end].split()[0] not in rules.DETERMINERS:  # "au soir le chef de ..."
                if i + 1 < len(found):
                    pos = m.end  # "a confié au quotidien britannique X Y"
                    continue
                return None  # "a appelé à la télévision suisse RTS à ...": the addressee, no subject
            # "a dit en retour M. Poutine", "a commenté lundi le secrétaire général ...":
            # adverbials of time and manner between the verb and its subject
            plain = ADVERBIALS.sub(" ", GROUP_ADDRESSEE.sub(" ", gap))
            words = re.findall(r"[\w]+", plain.lower())
            if cue and all(w in rules.DETERMINERS for w in words) and issued(self.masked, m):
                return m  # "according to a Kremlin readout", "... to a NATO spokesperson"
            if not cue and m.kind in ("person", "name") and _GOVERNED.search(gap):
                # « a déclaré le vice-président envers X »: a preposition's object is no subject; one may
                # follow it at once (« a lancé devant X son rival Y »; not an apposition after a comma)
                if i + 1 < len(found) and len(self.masked[m.end:found[i + 1].start].split()) <= 3 \
                        and not re.search(r"[,;:.!?]", self.masked[m.end:found[i + 1].start]):
                    pos = m.end
                    continue
                return None
            if (len(words) > self.max_after and not (m.kind in ("person", "name") and (
                    self.titles.is_phrase(plain) or apposed(plain, True)
                    or (re.fullmatch(r"[^,]*,?\s*", plain) and titled_phrase(words))))) \
                    or STOP_AFTER & set(gap) or any(w in BLOCKERS for w in words):
                return None  # a long title is no obstacle: "a dit le vice-ministre russe X"
            nxt = found[i + 1] if i + 1 < len(found) else None
            if not cue and nxt is not None and nxt.name == m.name and i + 2 < len(found) \
                    and self.masked[m.end:nxt.start].strip() == "(" and self.masked[nxt.end:nxt.end + 1] == ")":
                # « le Service fédéral de sécurité (FSB) X »: the body and its acronym are one mention
                m, nxt = m._replace(end=nxt.end + 1), found[i + 2]
            if nxt is not None and not nxt.possessive and self.titles_next(m, nxt, words):
                return nxt
            named = next((x for x in found[i + 2:] if x.kind in ("person", "name")), None)
            if nxt is not None and nxt.kind == "pronoun" and named is not None and not named.possessive \
                    and self.titles_next(m, named, words):
                return named  # « le gouverneur par intérim de celle-ci, X »: a pronoun in the title's complement
            if nxt is not None and i + 2 < len(found) and self.posted(m, nxt, found[i + 2]):
                return found[i + 2]  # "Swedish Ambassador to Germany Anna Weber"
            if m.kind in ("person", "name") and OWNED.search(gap):
                if not cue and nxt is not None and nxt.kind in ("person", "name") and not nxt.possessive \
                        and self.masked[m.end:nxt.start].strip() == ",":
                    return nxt  # « le porte-parole de M. Guterres, Farhan Haq »: the spokesman, named
                return None  # "la porte-parole de Navalny"
            if cue and m.possessive and DOCUMENT_AFTER.match(self.masked, m.end):
                return m._replace(possessive=False)  # "according to KCNA's report"
            return None if m.possessive else m
        return None

    def _incise_without_quote(self, v: re.Match, lo: int, hi: int) -> Mention | None:
        """The subject after a reporting verb that closes a sentence with no
        quotation as an incise ("La Turquie a été notifiée, a indiqué la
        porte-parole ..., Maria Zakharova."): the clause before the comma has a
        verb of its own, and the subject (its title, then its name) runs to the
        sentence's end."""
        # (a verb right after a comma, its auxiliary only between: ", a indiqué X", ", said X"; the clause
        # before the comma has a verb, so no subject and its apposition: "X, the minister, criticized Y")
        series = SERIES_BEFORE.search(self.masked, lo, v.start())
        if series is None or self.masked[series.start()] != "," \
                or _FINITE_WORDS.isdisjoint(self.masked[lo:series.start()].lower().split()):
            return None
        sub = self.after(v.end(), hi)
        if sub is None or sub.possessive:
            return None
        rest = self.masked[sub.end:hi]
        for x in self.mentions.within(sub.end, hi):
            if x.name == sub.name:  # the name after its title: "la porte-parole, X"
                rest = rest.replace(self.masked[x.start:x.end], " ")
        return None if rest.strip(" ,.!?\n") else sub

    def events(self, paragraphs: list[Paragraph], verb_rx: re.Pattern,
               sentences: Sentences) -> list[tuple[int, Mention]]:
        """(verb position, named subject) for every reporting verb of the
        document: what pronouns refer back to."""
        out = []
        for p in paragraphs:
            for v in verb_rx.finditer(self.masked, p.start, p.end):
                lo, hi = sentences.at(v.start())
                m = self.of_verb(v.start(), v.end(), lo, hi)
                if m is None or m.kind not in ("person", "name"):
                    m = self._incise_without_quote(v, lo, hi) or m
                if m is not None and m.kind != "pronoun":
                    out.append((v.start(), m))
                elif m is not None and " " in m.name.strip():  # a role description that speaks
                    self.speaking_descriptions.add((m.start, m.end))
        return out

