"""A title, a body or an outlet's owner before a name gives the name
(``Subjects``): "quoted Kremlin aide Yuri Ushakov", "a estimé le conseiller du
Kremlin, Iouri Ouchakov", "a rapporté l'agence nord-coréenne KCNA", "according to
Swedish Ambassador to Germany Anna Weber"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline import defaults
from pipeline.quotes import constructions, rules
from pipeline.quotes.folding import fold
from pipeline.quotes.gaps import BLOCKERS, apposed
from pipeline.quotes.mentions import Mention

if TYPE_CHECKING:
    from pipeline.quotes.titles import Titles

_ACRONYM = re.compile(r"^\s*\((?-i:[A-Z][A-Za-z.]{1,7})\)")
# a title's portfolio between it and the name, with no comma: « le Haut représentant de l'UE
# pour les affaires étrangères X », "the special envoy for climate X", « le ministre chargé de
# l'Europe X » (folded text); a clause's verb in it makes it none ("the spokesman for the
# ministry told X")
_PORTFOLIO = re.compile(r"\s+(?:pour|for|charge(?:e|s|es)?\s+d[e']|in\s+charge\s+of)\s*(?:[\w'-]+\s+){1,5}",
                        re.IGNORECASE)
# ... the French portfolio after « à » (« le secrétaire à la Défense X », « le ministre aux Affaires
# étrangères X »): a capitalised noun and at most two words after it (the text as written)
_PORTFOLIO_A = re.compile(r"\s+(?:à|au|aux)\s+(?:la\s+|l['’])?(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+[\w'’-]+){0,2}?\s*,?\s*")
_CLAUSE_WORDS = (constructions.TENSE_AUXILIARIES | constructions.PASSIVE_AUXILIARIES | rules.RELATIVE_PRONOUNS
                 | {"que", "that", "will", "would"})


_VERBS = frozenset(fold(v) for lang in defaults.REPORTING_VERBS.values() for v in lang if " " not in v)


class TitledNames:
    """Read over ``masked`` (the folded text, quotations masked) with the ``titles`` table."""

    masked: str
    titles: Titles

    def posted(self, m: Mention, place: Mention, name: Mention) -> bool:
        """Is ``m`` a title posted "to" the state ``place`` right before the name
        ``name`` ("Ambassador to Germany Anna Weber", « ambassadeur en Allemagne »)?"""
        return (m.kind in ("role", "org") and place.kind == "org" and name.kind in ("person", "name")
                and not name.possessive and self.titles.is_title(self.masked[m.start:m.end].split()[-1])
                and re.fullmatch(r"\s+(?:to|en|au|aux)\s+", self.masked[m.end:place.start]) is not None
                and not self.masked[place.end:name.start].strip())

    def titles_next(self, m: Mention, nxt: Mention, before: list[str]) -> bool:
        """Is ``m`` only the title or the owner of the name ``nxt`` after it?
        ``before`` are the words between the verb and ``m``."""
        # (a body's acronym in brackets after its name: « le Service fédéral de sécurité (FSS) X »)
        between = _ACRONYM.sub("", self.masked[m.end:nxt.start], 1) if m.kind in ("org", "outlet") else \
            self.masked[m.end:nxt.start]
        if nxt.kind in ("person", "name"):
            if m.kind in ("org", "outlet") and not between.strip():
                return True  # "Kremlin Yuri Ushakov" (a title word elided)
            # a description ("le conseiller"), also when the article gave it to someone before
            # (a title it learned: then the mention already carries that person's name)
            own = self.masked[m.start:m.end].split()
            desc = m.kind == "role" or (m.kind == "pronoun" and " " in m.name.strip()) or (
                m.kind in ("person", "name") and len(own) > 1 and own[0] in rules.DETERMINERS and m.name != nxt.name)
            if desc and apposed(between, False):
                return True  # "le dirigeant autoritaire du pays, X"
            titled = any(all(p in rules.TITLE_WORDS for p in w.split("-")) for w in before)
            if titled and m.kind == "pronoun" and not m.possessive and apposed(between, False):
                return True  # "un conseiller de l'administration présidentielle ukrainienne, X"
            if re.fullmatch(r"\s*,?\s*", between) and (desc or (titled and (m.kind in ("org", "outlet") or (
                    m.kind == "pronoun" and not m.possessive)))):
                # (a body named by its noun: « la porte-parole de l'exécutif, Karine Jean-Pierre »)
                # "a White House spokesperson, John Kirby", "le conseiller du Kremlin, Iouri
                # Ouchakov", "the deputy foreign minister, Jane Doe", but not "according
                # to the Kremlin, Putin ..."
                return True
            if (desc or m.kind in ("org", "role", "outlet")) and not m.possessive \
                    and re.fullmatch(r"\s+[\w\s'-]+?\s*,?\s*", between) and self.titles.is_phrase(between):
                return True  # "Kremlin aide Yuri Ushakov", « le conseiller à la sécurité nationale X »
            if desc and not m.possessive and _PORTFOLIO.fullmatch(between) and not any(
                    w.lower() in _CLAUSE_WORDS or w.lower() in _VERBS for w in re.findall(r"[\w-]+", between)):
                return True
            text = getattr(self, "text", None)
            if desc and not m.possessive and text is not None and _PORTFOLIO_A.fullmatch(text, m.end, nxt.start):
                return True  # « le secrétaire américain à la Défense Pete Hegseth »: a French title's portfolio
            if desc and not m.possessive and self.masked[nxt.start].islower() \
                    and re.fullmatch(r"\s+(?:a|au|aux|to|for)\s+", between):
                # the same, when the name's mention holds the title's complement (a genitive's
                # noun owns the title: « ce conseiller du président russe » is not the president)
                return True
            if m.possessive and re.fullmatch(r"'s?(?:\s+[\w-]+){1,4}\s*,?\s*", between):
                return True  # "Putin's spokesman, Dmitry Peskov"
        # "North Korea's official news agency KCNA": the body names the outlet's owner
        if nxt.kind == "outlet" and m.kind in ("org", "role") and not between.strip():
            return True
        # "l'agence centrale de presse Korean Central News Agency", "the state news
        # agency (KCNA)": a description of the outlet, then its name
        if nxt.kind == "outlet" and m.kind in ("pronoun", "role") and not m.possessive:
            words = re.findall(r"[\w'’-]+", between)
            return (len(words) <= 6 and re.fullmatch(r"[\s\w'’-]*\(?\s*", between) is not None
                    and all(w.islower() and w not in BLOCKERS for w in words))
        return False
