"""Pronouns and what they refer back to.

Pronouns (he/she/il/elle, they/ils/elles, it, the agency...) resolve to the
subject of their own sentence before them (the search: antecedents.py), else of the sentences before (up to
three): the first mention after an opening phrase (``In Tokyo, ...``,
``Calling Putin his friend, ...``, ``Qualifiant M. Poutine de ..., ...``), not
after a preposition and not an owner, so ``Kim, who arrived ..., thanked
Putin. He said`` gives Kim. In a sentence before, the speaker of its last
attributed quote wins when it was itself found through a pronoun (a chain of
``a-t-il dit``, ``Il a ajouté``) or when the sentence opens on no person (``La
Russie ne menace personne, a affirmé Poutine, qui a qualifié ...``), unless
the person of the sentence's incise is someone else (``L'Otan n'enverra pas de
troupes, a dit Scholz, après les propos de Macron selon lequel « ... »``
gives Scholz); a person in an incise after the reported words is the
sentence's subject (``Kim est un ami, a dit Poutine. Il ...`` gives Poutine).
Demonstratives (« ce dernier », « celle-ci », "the latter") stand for the
last person named before them (``named_around.py``). He/she refer to people and
unnamed officials, it/the agency to organisations and outlets, il/elle to
either. Failing that, they resolve to the last named subject of a reporting
verb before them, else to the last fitting name before them.

Definite role descriptions ("the minister", "le porte-parole") are resolved
in roles.py.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from pipeline.quotes.folding import fold
from pipeline.quotes.mentions import Mention
from pipeline.quotes.antecedents import Antecedents
from pipeline.quotes.clause_heads import ClauseHeads
from pipeline.quotes.named_around import LATTER, NamedAround
from pipeline.quotes.agreement import PRONOUN_GENDER, agrees, genders
from pipeline.quotes.personal import not_a_person, unnamed_profession
from pipeline.quotes.pronoun_table import _KINDS, UNNAMED, Pronouns, role_of, role_words
from pipeline.quotes.documents import DEMONSTRATIVE, DocumentReferences, in_credit


if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mentions
    from pipeline.quotes.sentences import Sentences
    from pipeline.quotes.subjects import Subjects

# a description that opens on its owner's possessive: "Russia's ambassador", "China’s foreign minister"
_POSSESSIVE_HEAD = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s")




class Resolver(Antecedents, NamedAround, ClauseHeads, DocumentReferences):
    """Turns a subject mention into (speaker, note), following pronouns back."""

    def __init__(self, text: str, pronouns: Pronouns, subjects: Subjects, sentences: Sentences,
                 mentions: Mentions, events: list[tuple[int, Mention]]):
        self.text, self.pronouns, self.subjects, self.sentences = text, pronouns, subjects, sentences
        self.mentions, self.events = mentions, events
        self._event_pos = [pos for pos, _ in events]
        # sentence index -> (speaker of its last attributed quote, as a Mention at the
        # quote's opening mark, and whether a pronoun gave it), filled in as quotes are attributed
        self.spoken: dict[int, tuple[Mention, bool]] = {}
        self.kinds: dict[str, str] = {}  # speaker -> the kind of mention it was last resolved from
        # name -> the words of the titles it came with (folded, single and in pairs), and
        # owner key -> canonical state: what role descriptions are matched against
        self.titles_of: dict[str, set[str]] = {}
        self.owners: dict[str, str] = {}
        self.body_names: dict[str, frozenset[str]] = {}  # organisation -> its names as title words (names.Lexicon)
        self._genders: dict[str, str] | None = None  # person -> "m"/"f" where the text shows it (agreement.py)
        # where a quote's reporting verb had a subject nobody names ("a woman said", "the minister
        # said" with no minister named): "she added" after it never reaches further back
        self.barriers: list[int] = []
        self.barrier_gender: dict[int, str | None] = {}  # ... an unnamed « cette porte-parole »: not "il"

    def resolve(self, m: Mention) -> tuple[str | None, str]:
        if m.kind in ("org", "role") and (held := self.body_holder(m)) is not None:
            # "le chef de l'OTAN" after "le secrétaire général de l'Otan, X": X
            holder, head = held
            self.kinds[holder.name] = holder.kind
            body = m.name if m.kind == "role" else self.text[m.start:m.end]
            return holder.name, (f"the {head} of '{body}' -> '{self.text[holder.start:holder.end]}', "
                                 f"whom the article titles so")
        if m.kind != "pronoun":
            described = self.text[m.start:m.end]
            if m.kind in ("org", "role") and self._owners_in(role_words(described)):
                # "the Japanese official" after "Japanese Chief Cabinet Secretary Jane
                # Doe said": the official of that state named before, else the state
                # ("Russia's ambassador": a possessive description, its role from its head word)
                role = self.pronouns.role(described) or (
                    role_of(described) if _POSSESSIVE_HEAD.match(described) else None)  # (not "a US spokesperson": someone new)
                if role is not None:
                    found, _, unnamed = self.role_antecedent(m, role)
                    if found is not None and found.kind in ("person", "name"):
                        self.kinds[found.name] = found.kind
                        return found.name, (f"description '{described}' -> "
                                            f"'{self.text[found.start:found.end]}', named before it")
                    after = self._role_after(m, role) if found is None and not unnamed else None
                    if after is not None:  # a lead that names the official in the sentences after it
                        self.kinds[after.name] = after.kind
                        return after.name, (f"description '{described}' -> "
                                            f"'{self.text[after.start:after.end]}', named just after it")
            self.kinds[m.name] = m.kind
            return m.name, f"'{self.text[m.start:m.end]}'"
        role = self.pronouns.role(m.name)
        if role is not None and UNNAMED.search(m.name):
            # "the unnamed official", « le responsable anonyme »: never someone named; the body of the
            # last description of that role ("a senior US official said ... the unnamed official said")
            body = self._body_of_role(m, role)
            if body is not None:
                self.kinds[body.name] = body.kind
                return body.name, f"role description '{self.text[m.start:m.end]}' -> '{self.text[body.start:body.end]}'s {role}"
            return None, f"role description '{self.text[m.start:m.end]}' names nobody"
        if role is not None:
            found, owners, unnamed = self.role_antecedent(m, role)
            if found is not None:
                self.kinds[found.name] = found.kind
                return found.name, (f"role description '{self.text[m.start:m.end]}' -> "
                                    f"'{self.text[found.start:found.end]}', named before it")
            if unnamed:
                return None, f"role description '{self.text[m.start:m.end]}' refers to someone not named"
            after = self._role_after(m, role) if not DEMONSTRATIVE.match(m.name) else None  # (it refers back)
            if after is not None:
                self.kinds[after.name] = after.kind
                return after.name, (f"role description '{self.text[m.start:m.end]}' -> "
                                    f"'{self.text[after.start:after.end]}', named just after it")
            if owners:
                return None, f"role description '{self.text[m.start:m.end]}' with no official of {owners} before it"
        if role is not None and (body := self._body_of_role(m, role)) is not None:
            # "A NATO spokesperson stated ... The spokesperson added"
            self.kinds[body.name] = body.kind
            return body.name, f"role description '{self.text[m.start:m.end]}' -> '{self.text[body.start:body.end]}'s {role}"
        if fold(m.name).lower() in LATTER:
            latter = self._latter(m)
            if latter is not None:
                return latter
        if self.pronouns.cls(m.name) == "agency":
            named = self._agency_before(m)
            if named is not None:
                return named
        i = self.sentences.index(m.start)
        if unnamed_profession(m, self.subjects.masked, self.text, self.sentences.spans[max(0, i - 3)][0] if i >= 0 else 0):
            # "criticism from a senior politician ... the politician said": the one not named
            return None, f"pronoun '{m.name}' refers to someone not named"
        if (issued := self._document_issuer(m) or self._document_it(m)) is not None:
            return issued  # « », détaille le communiqué », '"...," it read
        found = self._pronoun(m, self.pronouns.kinds(m.name))
        if found is None and self.pronouns.cls(m.name) == "agency":
            # "the agency" with no news agency named before: a body, as "it" would be
            found = self._pronoun(m, _KINDS["org"], own=False)
        if found is None and self.pronouns.cls(m.name) in ("person", "any") and self.pronouns.role(m.name) is None:
            found = self._named_after(m)
        return found or (None, f"pronoun '{m.name}' with no named speaker before it")

    def _pronoun(self, m: Mention, kinds: tuple[str, ...] | None, own: bool = True) -> tuple[str, str] | None:
        """(speaker, note) for the pronoun ``m`` among mentions of ``kinds``, or
        None; ``own``: its antecedent is found with the kinds of its own class."""
        found = self.antecedent(m) if own else self.antecedent(m, kinds=kinds)
        if found is not None:
            self.kinds[found.name] = found.kind
            if found.start == found.end:  # the speaker of an attributed quote
                return found.name, f"pronoun '{m.name}' -> {found.name}, the speaker of a sentence before it"
            return found.name, f"pronoun '{m.name}' -> '{self.text[found.start:found.end]}', subject before it"
        role = self.pronouns.role(m.name)
        floor = max((b for b in self.barriers if b < m.start and self._bars(b, m)), default=-1)
        for j in range(bisect.bisect_left(self._event_pos, m.start) - 1, -1, -1):
            ev = self.events[j][1]
            if self.events[j][0] < floor:
                break
            if (kinds is None or ev.kind in kinds) and not self.other_role(ev, role) and self._agrees(m, ev):
                return ev.name, f"pronoun '{m.name}' -> last named speaker"
        # no reporting verb had a named subject before: the last one named
        # ("Matthew Miller spoke on Wednesday. 'This is troubling,' he said.")
        items = self.mentions.items
        for j in range(self.mentions.count_before(m.start) - 1, -1, -1):
            prior = items[j]
            if prior.start < floor:
                break
            if prior.kind != "pronoun" and not prior.possessive and (kinds is None or prior.kind in kinds) \
                    and not self.other_role(prior, role) and self._agrees(m, prior) \
                    and not (role and not_a_person(prior)) and not in_credit(self.text, prior):
                # (not a photographer or an agency a photo credit names: "(Photo by X/Y via Getty Images)")
                return prior.name, f"pronoun '{m.name}' -> last person named before it"
        return None

    def _bars(self, b: int, pronoun: Mention) -> bool:
        g, pg = self.barrier_gender.get(b), PRONOUN_GENDER.get(pronoun.name.lower())
        return not (g and pg and g != pg)

    def _agrees(self, pronoun: Mention, x: Mention) -> bool:
        if self._genders is None:
            self._genders = genders(self.subjects.masked, self.mentions)
        return agrees(self.text, pronoun, x, self._genders)
