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
from pipeline.quotes import rules
from pipeline.quotes.cues import ADDRESSEE, DATIVE, THAT
from pipeline.quotes.gaps import (ADVERBIALS, BLOCKERS, DOCUMENT, DOCUMENT_AFTER, DOCUMENT_BEFORE, IN_DOCUMENT, OWN_DOCUMENT,
                                  OWNED, RELATIVE_OF, STOP_AFTER, apposed, issued, titled_phrase)
from pipeline.quotes.incises import (ADDRESS_VERBS, APPOSITION, AS_SAYING, CONJUNCTIONS, COORDINATED, INCISE,
                                      INVERTED_AFTER, INVERTED_BEFORE, RELATIVE, SERIES_AFTER, SERIES_BEFORE,
                                      CLAUSE_HEAD, GENERIC_RELATIVE, SUBORDINATOR)
from pipeline.quotes.mentions import Mention, governed
from pipeline.quotes.body_heads import BODY_HEAD_AFTER, BODY_HEAD_BEFORE
from pipeline.quotes.sentence_subject import SentenceSubjects
from pipeline.quotes.titled_names import TitledNames

if TYPE_CHECKING:
    from pipeline.data import Paragraph
    from pipeline.quotes.mentions import Mentions
    from pipeline.quotes.sentences import Sentences
    from pipeline.quotes.titles import Titles

_MARK_CHARS = set('«»"“”‹›„')
# "a statement from the Kremlin said", but "le porte-parole de Poutine"
_SOURCE_PREPOSITIONS = ("by", "from", "de", "du", "des", "d", "par")
# "a post in X", "un message sur X": a document in its issuer's channel
_IN_PREPOSITIONS = frozenset("in on dans sur".split())
# prepositions that also open a clause ("after Putin promised ...")
_CONJUNCTION_PREPOSITIONS = frozenset("after before as since until than".split())
# what may stand between a subject and its verb
_AUXILIARY = re.compile(r"\s*(?:(?:has|had|have|was|had\s+already|also|then|later)\s+)?", re.IGNORECASE)

# a name and the infinitive it is the subject of, with no clause break before the coordinated verb
_CONTROLS = re.compile(r"\s+to\s+[a-z]+[^,;:.!?\"«»“”]*$")


# prepositions that join a title to what it is the title of ("chair of the committee")
_TITLE_OF = frozenset(("of", "de", "du", "des", "d"))

# a relative clause whose verb the name is the object of: "the blast that damaged the Harbour
# Bridge speaks ...", "l'explosion qui a endommagé le pont de Crimée montre ...": the name is
# not the subject of the verb after the clause (a title before the name is the name's own).
# Not after "who": "one of the US officials who described the US assessment said" is
# an official of the state the clause names, as often as not)
_RELATIVE_OBJECT = re.compile(r"(?<![\w'-])(?:that|which|qui)\s+(?P<words>(?:[\w'-]+\s+){1,3})$", re.IGNORECASE)

# the quotation (its marks; the words are masked) right after a verb, or a colon before it
_QUOTE_NEXT = re.compile(r"\s*:?\s*[\"“«‘']")


# a complement after a verb's object: "à"/"de" and an infinitive or a quotation, "to" and a verb
# (folded text: "à" reads "a")
_TOLD_TO = re.compile(r"\s+(?:(?:(?:a|de)(?![\w'-])|d')\s*(?:[\"“«‘]|[\w-]+(?:er|ir|re)(?![\w-]))|to\s+(?:[\"“‘]|[a-z]+(?![\w-])))")


# a possessive determiner after a source cue, as the pronoun it stands for (French ones do not tell
# the owner's gender: "il" reads either way)
_OWNER_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they",
                   "son": "il", "sa": "il", "ses": "il", "leur": "ils", "leurs": "ils"}


class Subjects(SentenceSubjects, TitledNames):
    """Subject search in one document: ``masked`` is its folded text with quotes
    blanked, ``closes`` the positions of closing marks."""

    def __init__(self, text: str, masked: str, mentions: Mentions, titles: Titles, closes: set[int | None],
                 max_after: int):
        self.text, self.masked, self.mentions, self.titles = text, masked, mentions, titles
        self.closes, self.max_after = closes, max_after

    def of_verb(self, vs: int, ve: int, lo: int, hi: int, cue: bool = False) -> Mention | None:
        """The subject of the verb at [vs, ve) in the sentence [lo, hi); of a
        source cue ("selon", "according to") when ``cue``."""
        inv = INVERTED_BEFORE.search(self.masked, lo, vs) or INVERTED_AFTER.match(self.masked, ve, hi)
        if inv and not cue:
            return Mention(inv.start(1), inv.end(1), self.text[inv.start(1):inv.end(1)], "pronoun")
        if cue:
            return self.after(ve, hi)
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
            if app and not _MARK_CHARS & set(self.masked[app.start():app.end()]):
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
            return Mention(own.start("det"), own.end("det"), _OWNER_PRONOUNS[own["det"].lower()], "pronoun")
        doc = DOCUMENT.match(self.masked, pos, hi) if cue else (
            IN_DOCUMENT.match(self.masked, pos, hi) or DOCUMENT.match(self.masked, pos, hi))
        if doc:
            pos = doc.end()
        found = self.mentions.within(pos, hi)
        for i, m in enumerate(found):
            gap = self.masked[pos:m.start]
            if i + 1 < len(found) and not cue and DATIVE.search(gap):
                pos = m.end  # "a dit à l'AFP X": the addressee
                continue
            if not cue and len(gap.split()) <= 6 and ADDRESSEE.search(gap) \
                    and self.masked[m.start:m.end].split()[0] not in rules.DETERMINERS:  # "au soir le chef de ..."
                if i + 1 < len(found):
                    pos = m.end  # "a confié au quotidien britannique X Y"
                    continue
                return None  # "a appelé à la télévision suisse RTS à ...": the addressee, no subject
            # "a dit en retour M. Poutine", "a commenté lundi le secrétaire général ...":
            # adverbials of time and manner between the verb and its subject
            plain = ADVERBIALS.sub(" ", gap)
            words = re.findall(r"[\w]+", plain.lower())
            if cue and all(w in rules.DETERMINERS for w in words) and issued(self.masked, m):
                return m  # "according to a Kremlin readout", "... to a NATO spokesperson"
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
            if nxt is not None and i + 2 < len(found) and self.posted(m, nxt, found[i + 2]):
                return found[i + 2]  # "Swedish Ambassador to Germany Anna Weber"
            if m.kind in ("person", "name") and OWNED.search(gap):
                return None  # "la porte-parole de Navalny"
            if cue and m.possessive and DOCUMENT_AFTER.match(self.masked, m.end):
                return m._replace(possessive=False)  # "according to KCNA's report"
            return None if m.possessive else m
        return None

    def before(self, lo: int, pos: int) -> Mention | None:
        """The nearest mention before a verb; in "X, apposition, verb" the head X,
        unless the apposition is a bare name after a title or an owner ("The
        State Department spokesperson, Matthew Miller, said", "Putin's
        spokesman, Dmitry Peskov, said"). An owner is never the subject itself."""
        app = APPOSITION.search(self.masked, lo, pos)
        if app and not _MARK_CHARS & set(self.masked[app.start():app.end()]):
            head = self.mentions.within(lo, app.start())
            h = head[-1] if head else None
            if h is not None and RELATIVE_OF.search(self.masked, lo, h.start):
                return self._bare_apposition(app, None)  # "La veuve de X, Y, a dit"
            named = self._bare_apposition(app, h)
            if named is not None:
                return named
            if h is not None and not (h.possessive or governed(self.masked, lo, h)):
                return h
            second = self.masked.rfind(",", app.start() + 1, app.end())
            inner = self.mentions.within(app.start() + 1, second)
            if (inner and len({x.name for x in inner}) == 1 and inner[-1].kind in ("person", "name")
                    and not inner[-1].possessive and not self.masked[inner[-1].end:second].strip()
                    and (not self.masked[app.start() + 1:inner[0].start].strip()
                         or self.titles.is_phrase(self.masked[app.start() + 1:inner[0].start]))):
                return inner[-1]  # "Réagissant à X, le président Y, a déclaré": a stray comma before the verb
            if h is not None:
                return None
            # "The minister, who met Putin, said": nothing in the apposition is the
            # subject, only what follows it ("On Tuesday, after the talks, he said")
            return self._nearest(self.masked.rfind(",", app.start() + 1, app.end()), pos)
        return self._nearest(lo, pos)

    def _bare_apposition(self, app: re.Match, h: Mention | None) -> Mention | None:
        """The name in the apposition ``app`` when it is all the apposition holds
        and the head ``h`` is not itself a name right before it."""
        second = self.masked.rfind(",", app.start() + 1, app.end())
        inner = self.mentions.within(app.start() + 1, second)
        bare = len(inner) == 1 and not re.search(
            r"\w", self.masked[app.start() + 1:inner[0].start] + self.masked[inner[0].end:second])
        if (bare and inner[0].kind in ("person", "name") and not inner[0].possessive
                and not (h is not None and h.kind in ("person", "name") and not h.possessive
                         and not self.masked[h.end:app.start()].strip()
                         # "The President of the European Parliament, Jane Roe, said": the
                         # name before the comma is a title's object, not the subject
                         and not self._object_of_title(h))):
            return inner[0]
        return None

    def _object_of_title(self, h: Mention) -> bool:
        """Is the name ``h`` governed by a preposition, past the titles before it ("of
        the European Parliament", "un conseiller du président ukrainien X, Y, a dit")?"""
        return governed(self.masked, max(0, h.start - 60), h) is not None or self._past_titles(0, h) is not None

    def _past_titles(self, lo: int, h: Mention, inner: bool = False) -> str | None:
        """The preposition before the titles in front of the name ``h``, if any:
        the titles belong to the name's phrase ("a spokesperson for British
        Prime Minister X", "of the European Parliament"). ``inner``: "of" after a
        title noun is the title's own ("chair of the committee X"), no preposition."""
        phrase = re.split(r"[,;:«»\"“”()]", self.masked[max(lo, h.start - 60):h.start])[-1]
        words = re.findall(r"[\w'-]+", phrase)
        n = len(words)
        while words and self.titles.is_title(words[-1]) and words[-1].lower() not in rules.PREPOSITIONS:
            words.pop()
        if len(words) < n and len(words) > 1 and words[-1].lower() in rules.DETERMINERS:
            words.pop()  # "for the British Prime Minister X"
        if 0 < len(words) < n and (word := words[-1].lower().rstrip("'")) in rules.PREPOSITIONS:
            if inner and word in _TITLE_OF and len(words) > 1 and self.titles.is_title(words[-2]):
                return None  # "chair of the Foreign Affairs Committee X": the title's own complement
            return word
        return None

    def _relative_object(self, lo: int, m: Mention) -> bool:
        """Is the name ``m`` the object of the verb of a relative clause ("that damaged
        the X", "qui a endommagé le X")? Auxiliaries, determiners and one verb may stand
        between the relative pronoun and the name; a title there belongs to the name
        ("which named President X" still reads X as the object; "that President X" does not)."""
        rel = _RELATIVE_OBJECT.search(self.masked, max(lo, m.start - 60), m.start)
        if rel is None:
            return False
        words = rel["words"].split()
        while words and (words[-1].lower() in rules.DETERMINERS or self.titles.is_title(words[-1])):
            words.pop()
        return bool(words) and not any(w[:1].isupper() for w in words)

    def _nearest(self, lo: int, pos: int) -> Mention | None:
        """The nearest mention before ``pos``, past names in a phrase ("Speaking
        at the United Nations, Yoon said", "A letter from Kim to Putin said" -> Kim)."""
        for m in reversed(self.mentions.within(lo, pos)):
            if m.possessive and m.kind == "org" and BODY_HEAD_AFTER.fullmatch(self.masked, m.end, pos) \
                    and not THAT.search(self.masked, m.end, pos):
                return m  # "NATO's boss said": the body's head (its holder: roles.body_holder)
            if m.possessive or THAT.search(self.masked, m.end, pos):
                return None  # (or "X reports that Y said")
            if self._relative_object(lo, m):
                return None  # "the blast that damaged the Harbour Bridge speaks": its subject is no name
            prep = governed(self.masked, lo, m, self.text) or self._past_titles(lo, m, inner=True)
            if prep is None or (prep in _CONJUNCTION_PREPOSITIONS and _AUXILIARY.fullmatch(self.masked, m.end, pos)):
                return m  # "after Putin promised": a clause's subject, not an object
            if prep in _IN_PREPOSITIONS and DOCUMENT_BEFORE.search(self.masked, max(lo, m.start - 60), m.start):
                return m  # "a post in the Grey Zone channel said"
            if prep in _SOURCE_PREPOSITIONS:
                head = re.findall(r"[\w'-]+", self.masked[max(lo, m.start - 80):m.start].lower())
                head = [re.sub(r"^[ld]'(?=\w)", "", w) for w in head if w not in rules.DETERMINERS]
                if m.kind == "org" and BODY_HEAD_BEFORE.search(self.masked, max(lo, m.start - 40), m.start):
                    return m  # "le chef de l'OTAN a dit": the body's head (roles.body_holder)
                if len(head) >= 2 and (head[-2] in rules.RELATION_WORDS or self.titles.is_title(head[-2])):
                    return None
                return m
        return None

    def events(self, paragraphs: list[Paragraph], verb_rx: re.Pattern,
               sentences: Sentences) -> list[tuple[int, Mention]]:
        """(verb position, named subject) for every reporting verb of the
        document: what pronouns refer back to."""
        out = []
        for p in paragraphs:
            for v in verb_rx.finditer(self.masked, p.start, p.end):
                lo, hi = sentences.at(v.start())
                m = self.of_verb(v.start(), v.end(), lo, hi)
                if m is not None and m.kind != "pronoun":
                    out.append((v.start(), m))
        return out

