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
it reads the resolver's text, mentions, subjects, titles (``titles_of``) and the
organisations' names (``body_names``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.organisations import international_bodies
from pipeline.quotes import rules
from pipeline.quotes.folding import fold
from pipeline.quotes.pronoun_table import ROLE_OF, role_words

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention

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
