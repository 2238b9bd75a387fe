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

from pipeline.organisations import international_bodies
from pipeline.quotes import rules
from pipeline.quotes.folding import alias_key, fold
from pipeline.quotes.mentions import governed
from pipeline.quotes.pronoun_table import _KINDS, ROLE_OF, role_words

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention, Mentions
    from pipeline.quotes.pronoun_table import Pronouns
    from pipeline.quotes.sentences import Sentences
    from pipeline.quotes.subjects import Subjects

# the head of a body: "le chef de l'OTAN", "le patron du FSB", "NATO's boss", "the head of the
# FSB" (folded, lower case; "secretary general" and "director" as the role heads spell them)
BODY_HEADS = frozenset("""chef cheffe patron patronne dirigeant dirigeante directeur directrice chief boss head
    leader director""".split()) | {"secretaire general", "secretaire generale", "secretary general",
                                   "secretary-general"}
# ... and those who speak for it: « le représentant du Kremlin », "the Kremlin's spokesman"
BODY_VOICES = frozenset("""representant representante representative porte-parole spokesman spokeswoman
    spokesperson""".split())
_HEAD_WORDS = frozenset(w for h in BODY_HEADS for w in re.split(r"[\s-]", h))
# the roles (rules.ROLE_HEADS) a body's head or voice holds
_HEAD_ROLES = frozenset(("chief", "leader", "director", "secretary"))
_VOICE_ROLES = frozenset(("spokesperson",))
_HEAD_ALTERNATION = (r"secr[eé]taire\s+g[eé]n[eé]rale?|secretary[- ]general|chef|cheffe|patron|patronne|dirigeante?|directeur|"
          r"directrice|chief|boss|head|leader|director|repr[eé]sentante?|representative|porte-parole|spokes(?:man|woman|person)")
# those words before "of"/"de" and the body's name (folded text)
BODY_HEAD_BEFORE = re.compile(rf"(?<![\w'-])(?P<head>{_HEAD_ALTERNATION})\s+(?:de\s+la|de\s+l'|du|des|de|d'|of\s+the|of)\s*$",
                              re.IGNORECASE)
# ... inside a mention of an unnamed official named after the body: « le représentant du Kremlin »
_HEAD_INSIDE = re.compile(rf"(?:the|le|la|l')\s*(?P<head>{_HEAD_ALTERNATION})\s+(?:de\s+la|de\s+l'|du|des|de|d'|of\s+the|of)\s*",
                          re.IGNORECASE)
# a holder's title after the name, ending on the body's name: "X, secrétaire général de l'", "X, head of the "
_TITLE_OF_BODY = re.compile(r"\s*,\s*(?:[\w'-]+\s+){1,4}(?:de\s+la|de\s+l'|du|des|de|d'|of\s+the|of)\s*", re.IGNORECASE)
# ... after the body's name in the possessive: "NATO's boss", "the FSB's director"
BODY_HEAD_AFTER = re.compile(
    r"\s*(?:['’]s\s+)?(?P<head>secretary[- ]general|chief|boss|head|leader|director|spokes(?:man|woman|person))"
    r"(?![\w'-])\s*", re.IGNORECASE)

# the preposition before the state an ambassador or envoy is posted to
_HOST_LINKS = frozenset(("to", "in", "en", "au", "aux", "à", "a"))


# heads of state and government, and the roles that serve them: a description of
# the one never stands for a holder of the other
_HEADS = frozenset({"president", "premier"})
_SUBORDINATE = frozenset({"spokesperson", "minister", "secretary", "official", "adviser", "diplomat", "envoy",
                          "ambassador", "negotiator", "commander", "governor"})


# a title and the name it comes with, with or without a comma between them ("the ministry's
# spokesperson, Jane Doe", « la porte-parole du ministère Jeanne Durand »)
_APPOSED = re.compile(r"[ \t]*,?[ \t]*")
_FORMER = frozenset(("former", "ancien", "ancienne", "ex"))
# a quotation opening right after a name: the words it runs on to are about that name
QUOTED_NEXT = re.compile(r"[ \t]*[«\"“‘]")


class RoleDescriptions:
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
        return set() if _FORMER & set(described) else self._owners_in(described)

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
        rank: tuple[bool, int, bool] = (False, -1, False)
        former = bool(_FORMER & set(role_words(self.text[m.start:m.end])))
        m_lo = self.sentences.at(m.start)[0]
        found = self.mentions.within(lo, m.start)
        for k in range(len(found) - 1, -1, -1):
            c = found[k]
            slo = self.sentences.at(c.start)[0]
            if c.kind == "pronoun":
                if self.pronouns.role(c.name) == role and not is_subject(c, slo):
                    # "Kim met the minister. The minister said": the unnamed minister again
                    return (best if rank[1] == 2 else None), owners, True
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
            if c.kind not in _KINDS["person"] or c.possessive or governed(masked, slo, head or c):
                continue
            if slo == m_lo and QUOTED_NEXT.match(masked, c.end):
                # 'X « veut noyer ... », a ajouté le chef d'État': the name the quotation runs on
                # from is what the words are about; its speaker, named after it, is someone else
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
            r = (bool(_FORMER & words) == former,
                 2 if any(ROLE_OF.get(w) == role for w in words) else
                 1 if c.kind == "role" or any(w in rules.TITLE_WORDS for w in words) else 0,
                 is_subject(head or c, slo))
            if r > rank:
                best, rank = c, r
        if best is None and want and lo > 0:
            best = self._sole_holder(lo, role, want)
        return best, owners, False

    def _sole_holder(self, hi: int, role: str, want: set[str]) -> Mention | None:
        """The one person named before ``hi`` whose titles give both the role and
        one of the states ``want`` ("l'ambassadeur de Russie en Allemagne X", far
        above "l'ambassadeur russe"), when no one else before is titled so."""
        found: dict[str, Mention] = {}
        for c in self.mentions.within(0, hi):
            if c.kind not in ("person", "name") or c.possessive:
                continue
            words = self._title_words(c)
            if any(ROLE_OF.get(w) == role for w in words) and want & self._owners_in(words):
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
            if any(ROLE_OF.get(w) == role for w in words) and (
                    not want or not (theirs := self._owners_in(words)) or want & theirs):
                return c
            if (c.start, c.end) in spoken and not (set(words) & rules.TITLE_WORDS) and not self._owners_in(words):
                # "l'ambassadeur russe a dénoncé la décision. « ... », a commenté X": the first one the
                # next sentences have speak, with no title of his own, is the holder the lead describes;
                # the description is his title from then on ("L'ambassadeur russe a également accusé")
                self.titles_of.setdefault(c.name, set()).update(role_words(self.text[m.start:m.end]))
                return c
        return None

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

    def body_holder(self, m: Mention) -> tuple[Mention, str] | None:
        """The person the article makes the head or the voice of the body ``m``
        names, when ``m`` is a body's name after "the head of" or « le
        représentant du » ("le chef de l'OTAN", "the head of the FSB"), before
        "'s boss" ("NATO's boss"), or an unnamed official named after it (« le
        représentant du Kremlin »): the one person the article names whose titles
        name both that body and that role ("NATO Secretary General X", « X,
        secrétaire général de l'Otan », "Kremlin spokesman X", or the alias
        table's descriptions of a person the article names). None when the
        article names none, or several. Also gives the role's word as written."""
        if m.kind not in ("org", "role") or (rules.STATE_BODIES.get(m.name, ((), ()))[1]
                                             and m.name not in international_bodies()):
            return None  # (a state's head is a role description of its own; its bodies and the UN are no states)
        if m.kind == "role":
            found_head = _HEAD_INSIDE.match(self.text, m.start, m.end)
        else:
            found_head = BODY_HEAD_BEFORE.search(self.text, max(0, m.start - 40), m.start) or (
                BODY_HEAD_AFTER.match(self.text, m.end) if m.possessive else None)
        if found_head is None:
            return None
        voice = fold(found_head["head"]).lower().replace(" ", "-") in BODY_VOICES or \
            fold(found_head["head"]).lower() in BODY_VOICES
        roles, heads = (_VOICE_ROLES, frozenset()) if voice else (_HEAD_ROLES, BODY_HEADS | _HEAD_WORDS)
        body = {fold(m.name).lower()} | self.body_names.get(m.name, frozenset())
        if m.kind == "org":  # its name as written too ("l'Otan"), not a description's other words
            body |= {w for w in role_words(self.text[m.start:m.end]) if " " not in w}
        found: dict[str, Mention] = {}
        items = self.mentions.items
        for k, c in enumerate(items):
            if c.kind not in ("person", "name") or c.possessive or c.name in found:
                continue
            words = self.titles_of.get(c.name, set())
            if words & body and (words & heads or {ROLE_OF[w] for w in words if w in ROLE_OF} & roles):
                found[c.name] = c  # (its titles, or the alias table's descriptions of it)
            elif (k > 0 and items[k - 1].name == m.name and self._titles_only(items[k - 1].end, c.start, roles, heads)) \
                    or (k + 1 < len(items) and items[k + 1].name == m.name
                        and _TITLE_OF_BODY.fullmatch(self.text, c.end, items[k + 1].start)
                        and self._titles_only(c.end, items[k + 1].start, roles, heads)):
                found[c.name] = c  # "NATO Secretary General X", "X, secrétaire général de l'Otan"
            elif k > 0 and items[k - 1].name == m.name and re.fullmatch(r"\s*,?\s*", self.text[items[k - 1].end:c.start]) \
                    and (named := BODY_HEAD_BEFORE.search(self.text, max(0, items[k - 1].start - 40), items[k - 1].start)) \
                    and (fold(named["head"]).lower() in BODY_VOICES) == voice:
                found[c.name] = c  # « le porte-parole de l'Otan, X », "the head of the agency X"
        return (next(iter(found.values())), found_head["head"]) if len(found) == 1 else None

    def _titles_only(self, lo: int, hi: int, roles: frozenset[str], heads: frozenset[str]) -> bool:
        """Is [lo, hi) of the text nothing but title words, a head's words, determiners,
        prepositions and a comma (the title between a body's name and its holder's),
        one of them naming one of ``roles`` or ``heads``?"""
        words = re.findall(r"[\w'-]+", self.text[lo:hi])
        if not words or len(words) > 6 or re.search(r"[.;:!?()\"«»“”]", self.text[lo:hi]):
            return False
        folded = [fold(w).lower() for w in words]
        if not any(w in heads or ROLE_OF.get(w) in roles for w in [*folded, *role_words(self.text[lo:hi])]):
            return False
        return all(self.subjects.titles.is_title(w) or fold(w).lower() in _HEAD_WORDS
                   or fold(w).lower().removeprefix("l'") in rules.DETERMINERS or fold(w).lower() in rules.PREPOSITIONS
                   or fold(w).lower() in ("de", "du", "des", "d", "of", "the", "la", "le", "l")
                   for w in words)

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

