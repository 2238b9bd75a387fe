"""The head or the voice of a body, and whom the article makes it.

"le chef de l'OTAN", "NATO's boss", "the head of the agency" name the body's
head; « le représentant du Kremlin », "the Kremlin's spokesman" its voice. Either
is the one person the article titles so: "NATO Secretary General X", « X,
secrétaire général de l'Otan », « le porte-parole de l'Otan, X », or the alias
table's descriptions of a person the article names (its titles, ``titles_of``).
When the article names none, or several, the body speaks. A state's head is a
role description of its own (roles.py); its bodies (the Kremlin) and the
international organisations (the UN, the EU) are no states here.

``BodyHolders`` is a part of pronouns.Resolver, through roles.RoleDescriptions:
it reads the resolver's text, mentions, subjects, titles (``titles_of``), the
organisations' names (``body_names``) and its speech events (``_events_in``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.organisations import international_bodies
from pipeline.quotes import rules
from pipeline.quotes.folding import alternation, fold
from pipeline.quotes.pronoun_table import ROLE_OF, role_words

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention

# the words of a body's head: the role heads of the chief, the leader, the director and the
# secretary general (rules.ROLE_HEADS: "chef", "patron", "boss", "dirigeant", "directeur", ...),
# and "head" ("the head of the FSB"); of its voice: the spokesperson's heads and the representative
_HEAD_ROLES = frozenset(("chief", "leader", "director"))
_HEAD_FORMS = [*(f for r in sorted(_HEAD_ROLES) for f in rules.ROLE_HEADS[r]), "head", "cheffe",
               *(f for f in rules.ROLE_HEADS["secretary"] if "gen" in fold(f).lower())]
_VOICE_FORMS = [*rules.ROLE_HEADS["spokesperson"], "représentant", "représentante", "representative"]


def _key(form: str) -> str:
    """A head's words folded, lower case, one space between them ("secretary-general" too)."""
    return " ".join(re.split(r"[\s-]+", fold(form).lower().strip()))


BODY_HEADS = frozenset(map(_key, _HEAD_FORMS))
BODY_VOICES = frozenset(map(_key, _VOICE_FORMS))
_HEAD_WORDS = frozenset(w for h in BODY_HEADS for w in h.split())
# the roles (rules.ROLE_HEADS) a holder's titles give a body's head or voice
_HOLDER_ROLES = _HEAD_ROLES | {"secretary"}
_VOICE_ROLES = frozenset(("spokesperson",))
# (on the folded text: the resolver's ``subjects.masked``)
_HEADS = alternation([*_HEAD_FORMS, *_VOICE_FORMS], False)
_OF = r"\s+(?:de\s+la|de\s+l'|du|des|de|d'|of\s+the|of)\s*"
# those words before "of"/"de" and the body's name
BODY_HEAD_BEFORE = re.compile(rf"(?<![\w'-])(?P<head>{_HEADS}){_OF}$", re.IGNORECASE)
# ... inside a mention of an unnamed official named after the body: « le représentant du Kremlin »
_HEAD_INSIDE = re.compile(rf"(?:the|le|la|l')\s*(?P<head>{_HEADS}){_OF}", re.IGNORECASE)
# ... or after it, English putting the body first as a modifier: "the Kremlin representative"
_HEAD_LAST = re.compile(rf"the\s+(?:[\w.'’-]+\s+){{1,3}}?(?P<head>{_HEADS})\s*", re.IGNORECASE)
# a holder's title after the name, ending on the body's name: "X, secrétaire général de l'", "X, head of the "
_TITLE_OF_BODY = re.compile(r"\s*,\s*(?:[\w'-]+\s+){1,4}(?:de\s+la|de\s+l'|du|des|de|d'|of\s+the|of)\s*", re.IGNORECASE)
# ... after the body's name in the possessive: "NATO's boss", "the FSB's director"
BODY_HEAD_AFTER = re.compile(rf"\s*(?:['’]s\s+)?(?P<head>{_HEADS})(?![\w'-])\s*", re.IGNORECASE)


# an indefinite article before a body's name: "a NATO leader" is one of many
_INDEFINITE = re.compile(r"(?<![\w'-])(?:an?|un|une)\s+$", re.IGNORECASE)


class BodyHolders:
    """Whom a body's head or voice stands for (module docstring)."""

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
        masked = self.subjects.masked
        if m.kind == "role":
            found_head = _HEAD_INSIDE.match(masked, m.start, m.end) or _HEAD_LAST.fullmatch(masked, m.start, m.end)
        else:
            found_head = BODY_HEAD_BEFORE.search(masked, max(0, m.start - 40), m.start) or (
                BODY_HEAD_AFTER.match(masked, m.end) if m.possessive else self._head_modified(m))
        if found_head is None:
            return None
        voice = _key(found_head["head"]) in BODY_VOICES
        roles, heads = (_VOICE_ROLES, frozenset()) if voice else (_HOLDER_ROLES, BODY_HEADS | _HEAD_WORDS)
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
                    and (named := BODY_HEAD_BEFORE.search(masked, max(0, items[k - 1].start - 40), items[k - 1].start)) \
                    and (_key(named["head"]) in BODY_VOICES) == voice:
                found[c.name] = c  # « le porte-parole de l'Otan, X », "the head of the agency X"
        head = self.text[found_head.start("head"):found_head.end("head")]
        return (next(iter(found.values())), head) if len(found) == 1 else None

    def _head_modified(self, m: Mention) -> re.Match | None:
        """The head's title after the body's name as its modifier ("UN chief
        says", "UN Chief Says …" in a headline): a head, not a voice, whose
        words end the subject (a reporting verb, a comma or a colon next), and
        not one of many ("a NATO leader"), nor another post ("the UN chief of
        staff", "the UN chief economist")."""
        masked = self.subjects.masked
        after = BODY_HEAD_AFTER.match(masked, m.end)
        if after is None or _key(after["head"]) in BODY_VOICES or _INDEFINITE.search(masked, max(0, m.start - 5), m.start):
            return None
        if self._events_in(after.end(), after.end() + 1) or masked[after.end():after.end() + 1] in (",", ":"):
            return after
        return None

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
        return all(self.subjects.titles.is_title(w) or f in _HEAD_WORDS or f.removeprefix("l'") in rules.DETERMINERS
                   or f in rules.PREPOSITIONS for w, f in zip(words, folded))
