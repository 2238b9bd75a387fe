"""The subject before a reporting verb: the nearest mention, past phrases and
appositions (a part of ``subjects.Subjects``).

"X, apposition, verb" gives the head X, unless the apposition is a bare name
after a title or an owner ("The State Department spokesperson, Matthew Miller,
said", "Putin's spokesman, Dmitry Peskov, said"); a name in a prepositional
phrase ("Speaking at the United Nations, ...") or an owner ("Putin's spokesman
said") is never the subject, nor the object of a relative clause's verb ("the
blast that damaged the Harbour Bridge speaks"); the head of a body ("le chef de
l'OTAN a dit", "NATO's boss said") is, for the resolver to name its holder
(``body_heads.py``). ``SubjectBefore`` reads the document's ``text``, ``masked``
(folded, quotes blanked), ``mentions`` and ``titles``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.quotes import rules
from pipeline.quotes.body_heads import BODY_HEAD_AFTER, BODY_HEAD_BEFORE
from pipeline.quotes.cues import THAT
from pipeline.quotes.gaps import DOCUMENT_BEFORE, RELATIVE_OF
from pipeline.quotes.incises import APPOSITION
from pipeline.quotes.mentions import governed

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention

MARK_CHARS = set('«»"“”‹›„')
# "a statement from the Kremlin said", but "le porte-parole de Poutine"
_SOURCE_PREPOSITIONS = ("by", "from", "de", "du", "des", "d", "par")
# "a post in X", "un message sur X": a document in its issuer's channel
_IN_PREPOSITIONS = frozenset("in on dans sur".split())
# prepositions that also open a clause ("after Putin promised ...")
_CONJUNCTION_PREPOSITIONS = frozenset("after before as since until than".split())
# what may stand between a subject and its verb
_AUXILIARY = re.compile(r"\s*(?:(?:has|had|have|was|had\s+already|also|then|later)\s+)?", re.IGNORECASE)
# ... or a phrase of lower-case words that a preposition opens ("X for the ministry of foreign affairs said")
_MODIFIER_THEN_AUX = re.compile(r"\s+(?:for|of|at|from|in|with)\s+(?:[a-z][\w'-]*\s+){1,6}?"
                                r"(?:(?:has|had|have|was|also|then|later)\s+)?"
                                # ... or a time ("after X on Saturday had said", "after X earlier this week said")
                                r"|\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]+\.?\s+\d{1,2}"
                                r"|\d{1,2}\s+[A-Z][a-z]+)|yesterday|earlier(?:\s+(?:today|this\s+week|this\s+month))?"
                                r"|last\s+(?:week|month|night|year))\s+(?:(?:has|had|have|was|also|then|later)\s+)?")

# prepositions that join a title to what it is the title of ("chair of the committee")
_TITLE_OF = frozenset(("of", "de", "du", "des", "d", "a", "au", "aux"))  # (« secrétaire à la Défense X »)

# a relative clause whose verb the name is the object of: "the blast that damaged the Harbour
# Bridge speaks ...", "l'explosion qui a endommagé le pont de Crimée montre ...": the name is
# not the subject of the verb after the clause (a title before the name is the name's own).
# Not after "who": "one of the US officials who described the US assessment said" is
# an official of the state the clause names, as often as not)
_RELATIVE_OBJECT = re.compile(r"(?<![\w'-])(?:that|which|qui)\s+(?P<words>(?:[\w'-]+\s+){1,3})$", re.IGNORECASE)


# a verb right after a name (a lower-case word that is no grammatical word nor a title):
# "Kim Jong Un commended", not "Kim Jong Un, the leader," nor "X of the party"
_CLAUSE_AFTER_NAME = re.compile(r"\s+(?:(?:a|ont|avait|avaient)\s+(?:[a-z]+\s+)?[a-z]+(?:é|i|u|it|is|t)(?![\w'-])"
                                r"|(?!(?:of|de|du|des|d|the|le|la|les|and|et|or|ou|in|en|at|a|au|aux|for|pour|"
                                r"who|qui|which|with|avec|on|sur|to)(?![\w'-]))[a-z][a-z'-]*(?:ed|a|é|ait|e|s)(?![\w'-]))")

# (only before a participle: in "Putin, Peskov added, told Macron" the commas hold an incise)
_PARTICIPLE_NEXT = re.compile(r"[^\W\d_]+(?:ing|ant)(?![\w'-])", re.IGNORECASE)

# a noun phrase of its own after a comma, right before the verb: the subject, whoever the name
# before the comma is ("... in Ukraine, the head of the organization said"; not "a", which is
# also the French auxiliary: "X, a quant à lui dénoncé")
_NOUN_PHRASE_SUBJECT = re.compile(r"\s*,\s*(?:the|an|le|la|les|l'|un|une)\s+[^,;:.!?«»\"“”()]{2,60}?\s*$",
                                  re.IGNORECASE)

# a plural subject of two or more right before the verb: "where the two leaders reaffirmed", « les deux
# hommes ont salué », "and both said": no one named before it speaks alone (after a comma or a word
# that opens a clause: not "after visiting both cities said", "on both days insisted")
PLURAL_NP = (r"(?:(?:the|these|les|ces)\s+(?:two|three|four|deux|trois|quatre)|both|tous\s+(?:les\s+)?(?:deux|trois))"
             r"(?:\s+(?:[\w'-]+\s+){0,3}?[\w'-]+[sx])?\s*"
             r"(?:(?:have|had|has|ont|avaient|also|aussi|then|later)\s+){0,2}$")
PLURAL_SUBJECT = re.compile(r"(?:(?<=[,;:])|(?<![\w'-])(?:and|et|where|when|while|but|as|ou|quand|lorsque|mais|then|"
                            rf"puis)\s)\s*{PLURAL_NP}", re.IGNORECASE)


# an aside set off by two dashes right before the verb (its clitics and adverbs aside)
_DASHED_ASIDE = re.compile(r"\s[–—]\s[^–—\n]{1,160}?\s[–—]\s*(?:(?:[a-z]{1,6}|[a-z]{3,}(?:ment|ly))\s+|[a-z]'){0,3}$")

class SubjectBefore:
    """The subject before a verb (module docstring)."""

    def before(self, lo: int, pos: int) -> Mention | None:
        """The nearest mention before a verb; in "X, apposition, verb" the head X,
        unless the apposition is a bare name after a title or an owner ("The
        State Department spokesperson, Matthew Miller, said", "Putin's
        spokesman, Dmitry Peskov, said"). An owner is never the subject itself."""
        dashed = _DASHED_ASIDE.search(self.masked, lo, pos)
        if dashed is not None and not MARK_CHARS & set(self.masked[dashed.start():dashed.end()]):
            # "X – haute représentante de l'UE présidée par Y – a déclaré": the aside between dashes
            # describes the head before it, which is the subject
            head = self.mentions.within(lo, dashed.start())
            if head and head[-1].kind in ("person", "name", "org") and not head[-1].possessive \
                    and not governed(self.masked, lo, head[-1], self.text):
                return head[-1]
        app = APPOSITION.search(self.masked, lo, pos)
        if app and not MARK_CHARS & set(self.masked[app.start():app.end()]):
            inner = self.mentions.within(app.start() + 1, app.end())
            if inner and inner[0].kind in ("person", "name", "org") and not inner[0].possessive \
                    and not self.masked[app.start() + 1:inner[0].start].strip() \
                    and _CLAUSE_AFTER_NAME.match(self.masked, inner[0].end, app.end()) \
                    and _PARTICIPLE_NEXT.match(self.masked, pos):
                # "In a visit to the Administration (NATA), Kim Jong Un commended the staff, referring
                # to ...": a name and its verb after the comma are a clause, no apposition
                return inner[0]
            head = self.mentions.within(lo, app.start())
            h = head[-1] if head else None
            if h is not None and RELATIVE_OF.search(self.masked, lo, h.start):
                return self._bare_apposition(app, None)  # "La veuve de X, Y, a dit"
            named = self._bare_apposition(app, h)
            if named is not None:
                return named
            if h is not None and not (h.possessive or governed(self.masked, lo, h, self.text)):
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
        return governed(self.masked, max(0, h.start - 60), h, self.text) is not None or self._past_titles(0, h) is not None

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
            if inner and word in _TITLE_OF and len(words) > 1 and (
                    self.titles.is_title(words[-2])
                    or re.sub(r"^[ld]'", "", words[-2].lower()) in rules.INSTITUTION_NOUNS):
                # "chair of the Foreign Affairs Committee X": the title's own complement, and an
                # institution's (« l'agence de sécurité russe FSB »: the name in apposition to it)
                return None
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
        found = self.mentions.within(lo, pos)
        if found and _NOUN_PHRASE_SUBJECT.fullmatch(self.masked, found[-1].end, pos):
            return None  # "... in southeastern Ukraine, the head of the organization said": not Ukraine
        if found and PLURAL_SUBJECT.search(self.masked, found[-1].end, pos):
            return None  # "X met Y, where the two leaders reaffirmed": the two of them
        for m in reversed(found):
            if m.possessive and m.kind == "org" and BODY_HEAD_AFTER.fullmatch(self.masked, m.end, pos) \
                    and not THAT.search(self.masked, m.end, pos):
                return m  # "NATO's boss said": the body's head (its holder: roles.body_holder)
            if m.possessive or THAT.search(self.masked, m.end, pos):
                return None  # (or "X reports that Y said")
            if self._relative_object(lo, m):
                return None  # "the blast that damaged the Harbour Bridge speaks": its subject is no name
            prep = governed(self.masked, lo, m, self.text) or self._past_titles(lo, m, inner=True)
            if prep is None or (prep in _CONJUNCTION_PREPOSITIONS and (_AUXILIARY.fullmatch(self.masked, m.end, pos)
                                                                         or _MODIFIER_THEN_AUX.fullmatch(self.masked, m.end, pos))):
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
