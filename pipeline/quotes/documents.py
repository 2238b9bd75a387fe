"""Back-references that need the document around them, for ``pronouns.Resolver``:
a French document that speaks for its issuer (« le communiqué ajoute », « la
déclaration souligne »), whose issuer is whoever issued that document before
it, else the subject of its own sentence or the one before; the names of a
photo credit ("(Photo by X/Agency via Getty Images)"), which no pronoun
stands for; the notes that tell a role description found nobody named
(« a indiqué ce haut responsable »), after which "il" reaches no further back;
and demonstrative descriptions (« ce conseiller »), which never look forward.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.quotes import pronoun_words
from pipeline.quotes.agreement import DETERMINER_GENDER
from pipeline.quotes.folding import fold

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention
    from pipeline.quotes.pronoun_table import Pronouns

# a photo credit before a name, in its parentheses or line ("(Photo by X/Agency via Getty Images)", "© X")
# (a credit's own words: "Photo by", "Photo :", "Crédit :", "©"; not "Photos of X went viral")
_IN_CREDIT = re.compile(r"(?:\(|^|\n)\s*[^()\n]{0,40}?(?:(?<![\w'-])(?:photo|photos|crédit|credit|credits)\s*(?:by|par|:|/)|©)"
                        r"[^()\n]*$", re.IGNORECASE)
# the French documents that speak for their issuer (« le communiqué ajoute »)
_FR_DOCUMENTS = frozenset(fold(p).lower() for p in pronoun_words.DOCUMENT_PRONOUNS_FR)
# the owner after a document's noun: « le communiqué de l'Otan », « du Kremlin », "of the ministry"
_OWNER_LINK = re.compile(r"\s+(?:[\w-]+\s+)?(?:de\s+la|de\s+l'|du|des|de|d'|of\s+the|of)\s*", re.IGNORECASE)
# a subject joined to another: « La France et l'Allemagne ont signé »
_JOINED = re.compile(r"\s*(?:,\s*)?(?:et|and)\s", re.IGNORECASE)
# a demonstrative role description (« ce conseiller »), which only refers back, never forward
DEMONSTRATIVE = re.compile(r"(?:ce|cet|cette)\s", re.IGNORECASE)
# a role description with nobody named before it
_NO_NAMED = re.compile(r"pronoun '([^']+)' with no named speaker before it")


def in_credit(text: str, m: Mention) -> bool:
    """Does a photo credit name ``m`` (a photographer, an agency)?"""
    return _IN_CREDIT.search(text, max(0, m.start - 80), m.start) is not None


def described_gender(note: str) -> str | None:
    """The gender the determiner of the unnamed description in ``note`` gives (« cette porte-parole »: "f")."""
    m = _NO_NAMED.search(note)
    return DETERMINER_GENDER.get(m[1].split()[0].lower()) if m else None


def unnamed_description(note: str, pronouns: Pronouns) -> bool:
    """Does ``note`` say a role description found nobody named before it?"""
    m = _NO_NAMED.search(note)
    return m is not None and pronouns.role(m[1]) is not None


# a sentence whose subject is a document and its issuer: "A statement released by X raised ...",
# "The letter from X says" ("it", after it, is the document: '"...," it read')
_ISSUED_DOCUMENT = re.compile(r"\W*(?:(?:an?|the)\s+)(?:[\w-]+\s+){0,2}?(?:statement|letter|report|communique|message|post|"
                              r"note|decree|resolution)\s+(?:(?:released|issued|published|posted|sent|signed)\s+)?"
                              r"(?:(?:on\s+)?\w+day\s+)?(?:by|from)\s+(?:the\s+)?", re.IGNORECASE)


class DocumentReferences:
    """A mixin of ``pronouns.Resolver``: who a French document speaks for,
    and who issued the document an English "it" stands for."""

    def _document_it(self, m: Mention) -> tuple[str, str] | None:
        """(speaker, note) for "it" when the sentence before its own opens on a document
        and its issuer ("A statement released by X raised ... '"...," it read'), else None."""
        if m.name.lower() != "it":
            return None
        i = self.sentences.index(m.start)
        for j in (i - 1, i - 2):
            if j < 0:
                break
            lo, hi = self.sentences.spans[j]
            doc = _ISSUED_DOCUMENT.match(self.subjects.masked, lo, hi)
            issuer = self.mentions.within(doc.end(), hi)[:1] if doc else []
            if issuer and issuer[0].start == doc.end() and issuer[0].kind in ("org", "person", "name"):
                self.kinds[issuer[0].name] = issuer[0].kind
                return issuer[0].name, f"pronoun 'it' -> the document '{self.text[lo:issuer[0].end].strip()}'"
            if self.subjects.of_sentence(lo, hi) is not None:
                break  # (someone else is the subject of the sentence between)
        return None

    def _document_issuer(self, m: Mention) -> tuple[str | None, str] | None:
        """(speaker, note) for « le communiqué » with no such document issued
        in its sentence or the three before: the subject of its sentence or the
        one before (« le ministère a convoqué l'ambassadeur. « ... », détaille le
        communiqué »), else nobody; None for other pronouns, or a document
        issued before (resolved as "the statement" is)."""
        if fold(m.name).lower() not in _FR_DOCUMENTS:
            return None
        before = self._document_before(m)
        if before is not None:
            # « le communiqué de l'Otan » before: its owner, whoever the sentence's subject is
            owner = next((x for x in self.mentions.within(before.end(), before.end() + 60)
                          if x.kind in ("org", "person", "name") and _OWNER_LINK.fullmatch(
                              self.subjects.masked, before.end(), x.start)), None)
            if owner is None:
                return None  # (resolved as "the statement" is)
            self.kinds[owner.name] = owner.kind
            return owner.name, f"pronoun '{m.name}' -> '{self.text[owner.start:owner.end]}', whose it is"
        near = self._issuer_near(m)
        if near is None or _JOINED.match(self.subjects.masked, near.end):
            # (« La France et l'Allemagne ont signé ... « », précise le communiqué »: both parties')
            return None, f"pronoun '{m.name}' follows no {m.name.split()[-1]} issued before it"
        self.kinds[near.name] = near.kind
        return near.name, f"pronoun '{m.name}' -> '{self.text[near.start:near.end]}', subject before it"

    def _issuer_near(self, m: Mention) -> Mention | None:
        """The body that opens the sentence of ``m`` (before it) or the one before, outside a quotation."""
        i = self.sentences.index(m.start)
        for j in (i, i - 1):
            if j < 0:
                break
            lo, hi = self.sentences.spans[j]
            subj = self.subjects.of_sentence(lo, min(hi, m.start))
            if subj is not None and subj.kind == "org" and not subj.possessive:
                return subj
        return None

    def _document_before(self, m: Mention) -> re.Match | None:
        """The last mention of the document ``m`` names (« le communiqué »),
        indefinite or not, in its sentence or the three before (« par voie de
        communiqué, le ministère a déclaré ... Le communiqué ajoute »)."""
        i = self.sentences.index(m.start)
        lo = self.sentences.spans[max(0, i - 3)][0] if i >= 0 else 0
        noun = fold(m.name).lower().split()[-1]
        found = list(re.compile(rf"(?<![\w'-]){re.escape(noun)}(?![\w'-])", re.IGNORECASE).finditer(
            self.subjects.masked, lo, m.start))
        return found[-1] if found else None
