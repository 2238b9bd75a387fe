"""Definite role descriptions and whom they refer to.

A description (``the top government spokesman``, ``the minister``, ``le
porte-parole``, ``the Japanese foreign minister``) refers to the last person
named in its sentence or the three before: best one whose title names the same
role (``Spokesman John Smith``), else one with a title (``Japan's Chief Cabinet
Secretary Taro Yamada`` for ``the top government spokesman``), subjects before
objects; one that names a state only to an official of that state (or to one
whose state the text does not give but whose title names the same role), and
none past an unnamed holder of the role (``Kim met the minister. The minister
said``). In a lead that names nobody before it, the official named just after
it (``Le ministre chinois des Affaires étrangères a affirmé ... Qin Gang``).

``RoleDescriptions`` is the part of pronouns.Resolver that does this; it reads
the resolver's text, mentions, sentences, subjects, pronoun table, the titles
each name came with (``titles_of``) and the owner table (``owners``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.quotes import rules
from pipeline.quotes.agreement import DEMONSTRATIVE_GENDER, genders
from pipeline.quotes.folding import alias_key
from pipeline.quotes.body_heads import BodyHolders
from pipeline.quotes.mentions import governed
from pipeline.quotes.pronoun_table import _KINDS, ROLE_OF, role_words

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention, Mentions
    from pipeline.quotes.pronoun_table import Pronouns
    from pipeline.quotes.sentences import Sentences
    from pipeline.quotes.subjects import Subjects

# the preposition before the state an ambassador or envoy is posted to
_HOST_LINKS = frozenset(("to", "in", "en", "au", "aux", "à", "a"))


# heads of state and government, and the roles that serve them: a description of
# the one never stands for a holder of the other
_HEADS = frozenset({"president", "premier"})
_SUBORDINATE = frozenset({"spokesperson", "minister", "secretary", "official", "adviser", "diplomat", "envoy",
                          "ambassador", "negotiator", "commander", "governor"})


# the titles of the one who heads a body ("UN Secretary-General X" is "the UN chief")
_HEADS_OF_BODIES = frozenset(("secretary-general", "secretary general", "director-general", "director general",
                              "secretaire general", "secretaire generale", "directeur general", "directrice generale",
                              "president", "presidente", "chairman", "chairwoman", "chair"))
# a description's complement up to the comma before the name it titles (no clause in it)
_TITLE_TAIL = re.compile(r"[^.;:!?«»\"“”\n,]{0,80},\s*")
# a title and the name it comes with, with or without a comma between them ("the ministry's
# spokesperson, Jane Doe", « la porte-parole du ministère Jeanne Durand »)
_APPOSED = re.compile(r"[ \t]*,?[ \t]*")
FORMER = frozenset(("former", "ancien", "ancienne", "ex"))
# a quotation opening right after a name: the words it runs on to are about that name
QUOTED_NEXT = re.compile(r"[ \t]*[«\"“‘]")


class RoleDescriptions(BodyHolders):
    """Role description resolution for a resolver (see the module docstring)."""

    text: str
    mentions: Mentions
    sentences: Sentences
    subjects: Subjects
    pronouns: Pronouns
    titles_of: dict[str, set[str]]
    owners: dict[str, str]
    events: list[tuple[int, Mention]]  # (verb position, subject) of every reporting verb

    def _first_person_at(self) -> int:
        """Where the document first names a person (cached; past the end when never)."""
        first = self.__dict__.get("_first_person")
        if first is None:
            first = next((x.start for x in self.mentions.items if x.kind in ("person", "name")), len(self.text))
            self.__dict__["_first_person"] = first
        return first

    def _wanted(self, m: Mention) -> set[str]:
        """The states a role description names as its holder's ("the Japanese
        foreign minister"); none for a former holder ("the former Dutch prime
        minister", « l'ancien Premier ministre néerlandais »: no official of that
        state now)."""
        described = role_words(self.text[m.start:m.end])
        return set() if FORMER & set(described) else self._owners_in(described)

    def role_antecedent(self, m: Mention, role: str) -> tuple[Mention | None, str, bool]:
        """What the role description ``m`` ("the top government spokesman", "le
        porte-parole") refers to: the last person named in its sentence or the
        three before, not as an owner or after a preposition; best one whose
        title names the same role, else one with a title, and a sentence's
        subject before an object; none past an unnamed holder of the same role
        ("Kim met the minister. The minister said"). A description that
        names a state ("the Japanese foreign minister") only takes an official
        of that state. Also the states it names, joined, and whether an
        unnamed holder of the role stopped the search."""
        want = self._wanted(m)
        spans, masked = self.sentences.spans, self.subjects.masked
        i = self.sentences.index(m.start)
        lo = spans[max(0, i - 3)][0] if i >= 0 else 0
        owners = ", ".join(sorted(want))
        subjects: dict[int, Mention | None] = {}  # sentence start -> its subject

        def is_subject(c: Mention, slo: int) -> bool:
            if slo not in subjects:
                subjects[slo] = self.subjects.of_sentence(slo, self.sentences.at(c.start)[1])
            return subjects[slo] is not None and subjects[slo].start == c.start

        best: Mention | None = None
        rank: tuple[bool, bool, int, bool] = (False, False, -1, False)
        former = bool(FORMER & set(role_words(self.text[m.start:m.end])))
        # « cette ministre » is a woman, « ce ministre » a man: not a person the text shows of the other gender
        gender = DEMONSTRATIVE_GENDER.get(self.text[m.start:m.end].split()[0].lower())
        m_lo = self.sentences.at(m.start)[0]
        found = self.mentions.within(lo, m.start)
        for k in range(len(found) - 1, -1, -1):
            c = found[k]
            slo = self.sentences.at(c.start)[0]
            if c.kind == "pronoun":
                if self.pronouns.role(c.name) == role and not is_subject(c, slo) and not self._speaks(c) \
                        and not self._titles_next(found, k):
                    # "Kim met the minister. The minister said": the unnamed minister again
                    # (not one who spoke: "…, Poland's president says" then "…, Poland's president said")
                    return (best if rank[2] == 2 else None), owners, True
                continue
            # "the ministry's spokesperson, Jean Dupont,": the name and its title are one
            head = found[k - 1] if k and _APPOSED.fullmatch(masked[found[k - 1].end:c.start]) else None
            if head is not None and head.kind not in ("role", "pronoun"):
                head = None
            nxt, end = k + 1, c.end
            if nxt + 1 < len(found) and found[nxt].kind == "org" \
                    and masked[end:found[nxt].start].strip().lower() in _HOST_LINKS:
                nxt, end = nxt + 1, found[nxt].end  # ("Russian Ambassador to Germany X": the host state)
            if c.kind == "role" and nxt < len(found) and found[nxt].kind in ("person", "name") \
                    and (_APPOSED.fullmatch(masked[end:found[nxt].start]) or not masked[end:found[nxt].start].strip()):
                continue  # its name follows
            if c.kind not in _KINDS["person"] or c.possessive or governed(masked, slo, head or c, self.text):
                continue
            if slo == m_lo and QUOTED_NEXT.match(masked, c.end):
                # 'X « veut noyer ... », a ajouté le chef d'État': the name the quotation runs on
                # from is what the words are about; its speaker, named after it, is someone else
                continue
            if gender and c.kind in ("person", "name") and self._gender_of(c) not in (None, gender):
                continue
            words = self._title_words(c) | (self._title_words(head) if head else set())
            if self._outranks(words, role):
                continue  # "the spokesperson" is not "Russian President Vladimir Putin"
            if want:
                held = self._owners_in(words)
                # an official of another state never; one whose state the text does not
                # give only when the title names the same role ("le secrétaire d'État
                # Antony Blinken" for "le secrétaire d'État américain")
                if (held and not want & held) or (not held and not any(ROLE_OF.get(w) == role for w in words)):
                    continue
            # "the former president" is the one titled a former holder, "the president" one who holds it now
            # (« cette ministre »: one the text shows to be a woman first)
            r = (gender is not None and self._gender_of(c) == gender, bool(FORMER & words) == former,
                 2 if any(ROLE_OF.get(w) == role for w in words) else
                 1 if c.kind == "role" or any(w in rules.TITLE_WORDS for w in words) else 0,
                 is_subject(head or c, slo))
            if r > rank:
                best, rank = c, r
        if best is None and want and lo > 0:
            best = self._sole_holder(lo, role, want)
        return best, owners, False

    def _titles_next(self, found: list[Mention], k: int) -> bool:
        """Is the description ``found[k]`` the title of a name its complement and a comma lead
        to (« le Conseiller à la sécurité nationale de la Maison Blanche, Jake Sullivan »)?"""
        c = found[k]
        nxt = next((x for x in found[k + 1:] if x.kind in ("person", "name")), None)
        return nxt is not None and _TITLE_TAIL.fullmatch(self.subjects.masked, c.end, nxt.start) is not None

    def _speaks(self, c: Mention) -> bool:
        """Is the role description ``c`` the subject of a reporting verb (``Subjects.events``)?"""
        return (c.start, c.end) in self.subjects.speaking_descriptions

    def _gender_of(self, c: Mention) -> str | None:
        if self._genders is None:
            self._genders = genders(self.subjects.masked, self.mentions)
        return self._genders.get(c.name)

    def _sole_holder(self, hi: int, role: str, want: set[str]) -> Mention | None:
        """The one person named before ``hi`` whose titles give both the role and
        one of the states ``want`` ("l'ambassadeur de Russie en Allemagne X", far
        above "l'ambassadeur russe"), when no one else before is titled so."""
        found: dict[str, Mention] = {}
        for c in self.mentions.within(0, hi):
            if c.kind not in ("person", "name") or c.possessive:
                continue
            words = self._title_words(c)
            if (role == "national" or any(ROLE_OF.get(w) == role for w in words)) and want & self._owners_in(words):
                found[c.name] = c
        return next(iter(found.values())) if len(found) == 1 else None

    def _role_after(self, m: Mention, role: str) -> Mention | None:
        """For a role description nobody before it holds, as in a lead that
        names later ("Le ministre chinois des Affaires étrangères a affirmé ...
        Qin Gang a ajouté"): the first person in the next two sentences whose
        title names the same role (and the same state, when the description
        names one); once someone was named before, only such a person who is
        the subject of a reporting verb there (the description introduces the
        speaker the next sentence names: "..., a déclaré la porte-parole. « B »,
        a ajouté la porte-parole, Jeanne Durand")."""
        want = self._wanted(m)
        spans = self.sentences.spans
        i = self.sentences.index(m.start)
        if i < 0:
            return None
        hi = spans[min(i + 2, len(spans) - 1)][1]
        lead = self._first_person_at() >= m.start
        # past a lead, only one who then speaks: "..., said the spokeswoman. 'B,' said the
        # spokeswoman, Jane Doe" (the subject of a reporting verb, not "... run by Jane Doe")
        spoken = {(ev.start, ev.end) for _, ev in self.events if m.end <= ev.start < hi}
        speaking = spoken if not lead else set()
        for c in self.mentions.within(m.end, hi):
            if c.kind not in ("person", "name") or c.possessive or not (lead or (c.start, c.end) in speaking):
                continue
            words = self._title_words(c)
            # (a title naming no state is no other state's: "Russia's ambassador ... Ambassador X said")
            if (any(ROLE_OF.get(w) == role for w in words) or self._same_portfolio(m, role, words)) and (
                    not want or not (theirs := self._owners_in(words)) or want & theirs):
                return c
            if (c.start, c.end) in spoken and not (set(words) & rules.TITLE_WORDS) and not self._owners_in(words):
                # "l'ambassadeur russe a dénoncé la décision. « ... », a commenté X": the first one the
                # next sentences have speak, with no title of his own, is the holder the lead describes;
                # the description is his title from then on ("L'ambassadeur russe a également accusé")
                self.titles_of.setdefault(c.name, set()).update(role_words(self.text[m.start:m.end]))
                return c
        return None

    def _same_portfolio(self, m: Mention, role: str, words: set[str]) -> bool:
        """Is ``m`` a chief by a portfolio ("the Russian defence chief", « le chef de la
        diplomatie ») that the title ``words`` hold with a role head of their own ("Defence
        Minister X")? "Chief" names the head of whatever its portfolio word names."""
        if role != "chief":
            return False
        own = {w for w in role_words(self.text[m.start:m.end]) if " " not in w and w in rules.TITLE_WORDS
               and w not in ROLE_OF}
        if not own:  # "the UN chief": the body's head, as its owner's titles name one
            return bool(_HEADS_OF_BODIES & words)
        return bool(own & words) and any(w in ROLE_OF for w in words)

    def _body_of_role(self, m: Mention, role: str) -> Mention | None:
        """The organisation of the last description of the same role before ``m``
        that named no holder ("a NATO spokesperson"), within three sentences."""
        i = self.sentences.index(m.start)
        lo = self.sentences.spans[max(0, i - 3)][0] if i >= 0 else 0
        for x in reversed(self.mentions.within(lo, m.start)):
            if x.kind in ("org", "outlet") and not x.possessive:
                nxt = re.match(r"\s+([\w-]+)", self.subjects.masked[x.end:x.end + 30])
                if nxt and self.pronouns.role(f"the {nxt[1]}") == role:
                    return x
            if x.kind == "role" and not x.possessive and self.pronouns.role(
                    f"the {self.subjects.masked[x.start:x.end].split()[-1]}") == role:
                return x  # "a senior US official": an unnamed official of a state
        return None

    def other_role(self, c: Mention, role: str | None) -> bool:
        """Is ``c`` a head of state or government whom the description of a
        subordinate ``role`` cannot stand for ("Russian President Vladimir Putin"
        is not "the spokesperson")?"""
        return role is not None and c.kind in ("person", "name") and self._outranks(self._title_words(c), role)

    @staticmethod
    def _outranks(words: set[str], role: str) -> bool:
        held = {ROLE_OF[w] for w in words if w in ROLE_OF}
        return role in _SUBORDINATE and bool(held & _HEADS) and role not in held

    def _title_words(self, c: Mention) -> set[str]:
        words = set(role_words(self.text[c.start:c.end]))
        return words | self.titles_of.get(c.name, set())

    def _owners_in(self, words) -> set[str]:
        return {self.owners[k] for w in words if (k := alias_key(re.sub(r"'s?$", "", w))) in self.owners}

