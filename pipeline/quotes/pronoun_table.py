"""The pronouns the attribution follows back, and what each may stand for:
the configured pronouns and those of ``rules`` (he/she/il/elle, it, the
agency, l'agence ...), and definite role descriptions (``the top government
spokesman``, ``le porte-parole``), which count as pronouns of people. The
resolution itself is ``pipeline.quotes.pronouns.Resolver``."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from pipeline.defaults.speech import REPORTING_VERBS
from pipeline.quotes import pronoun_words, rules
from pipeline.quotes.folding import alternation, fold, words_rx

if TYPE_CHECKING:
    from pipeline.config import QuotesConfig

# what a pronoun of each class may refer to ("any": everything)
_KINDS = {"person": ("person", "name", "role"), "org": ("org", "outlet", "role"), "agency": ("outlet",),
          "body": ("org", "role")}
# role head (folded, lower case) -> the role it names (rules.ROLE_HEADS)
ROLE_OF = {fold(f).lower(): role for role, forms in rules.ROLE_HEADS.items() for f in forms}
# the same heads as words ("secretaire d'etat" -> "secretaire d etat")
_ROLE_OF_WORDS = {re.sub(r"[\s']+", " ", k): v for k, v in ROLE_OF.items()}


# words that keep a description's holder unnamed on purpose ("the unnamed official", « le responsable anonyme »)
UNNAMED = re.compile(r"(?<![\w'-])(?:unnamed|anonymous|anonyme|anonymes)(?![\w'-])", re.IGNORECASE)


def role_of(described: str) -> str | None:
    """The role a description's head noun names, its last role word ("the
    Russian foreign minister" -> minister, "Russia's ambassador" -> ambassador)."""
    return next((ROLE_OF[w] for w in reversed(role_words(described)) if w in ROLE_OF), None)


# the head of a government is a minister of no portfolio the others share: "the prime minister"
# is no foreign minister (``office_of``)
HEAD_OF_GOVERNMENT = frozenset(("prime minister", "premier ministre", "premiere ministre"))


def office_of(described: str) -> str | None:
    """``role_of``, with a prime minister kept apart from the other ministers
    ("Danish Prime Minister" -> prime minister, « le chef de la diplomatie
    danoise » -> minister): the office one person holds for a body."""
    role = role_of(described)
    if role == "minister" and HEAD_OF_GOVERNMENT.intersection(role_words(described)):
        return "prime minister"
    return role


_NUMBER_ONE = re.compile(r"(?<![\w-])numero[\s-]+un(?![\w-])")


def role_words(text: str) -> list[str]:
    """The folded words of a title or description, alone and in runs of two
    to four ("Prime Minister" -> prime, prime minister, minister; « chef de la
    diplomatie »)."""
    # (« numéro un », the leader, is one word: its « un » is no UN)
    words = [w.strip("'") for w in re.split(r"\s+", _NUMBER_ONE.sub("numero-un", fold(text).lower())) if w.strip("'")]
    out = []
    for i, w in enumerate(words):
        w = w.removeprefix("l'")
        out.append(w)
        if i + 1 < len(words):
            out.append(f"{w} {words[i + 1]}")
        if i + 2 < len(words):
            out.append(f"{w} {words[i + 1]} {words[i + 2]}")
        if i + 3 < len(words):
            out.append(f"{w} {words[i + 1]} {words[i + 2]} {words[i + 3]}")
    return out


@functools.lru_cache(maxsize=1)
def _descriptions() -> str:
    """The regex of a definite role description: "the top government
    spokesman", "the Japanese foreign minister", "the NSDC secretary", "le
    porte-parole", "le vice-ministre russe", "la porte-parole adjointe", but not "the spokesman for
    X" (someone else's) nor "the official news agency". The head and what
    follows it match as a whole (a lookahead and its backreference: an atomic
    group), so that "le secrétaire général de l'Otan" is no "le secrétaire"."""
    stop = sorted(rules.DETERMINERS | rules.PREPOSITIONS | rules.CONNECTIVES | rules.ROLE_NOT_MODIFIERS
                  | rules.NAME_STOPWORDS)
    adjectives = [a for _, adjs in rules.STATE_BODIES.values() for a in adjs]
    states = [n for ns, _ in rules.STATE_BODIES.values() for n in ns]  # "the US president"
    fr_adjectives = [a for a in adjectives if fold(a).lower() == fold(a)] + ["adjoint", "adjointe"]
    # an acronym names the body the role is in: "the NSDC secretary", "the UN chief" (whatever
    # word it spells in lower case: "un" is also a French article)
    modifier = (rf"(?:(?-i:[A-Z]{{2,6}})(?![\w'-])|(?!(?:{alternation(stop, False)})(?![\w'-]))"
                rf"(?:(?-i:[a-z][a-z-]*)|{alternation(rules.TITLE_WORDS, False)}|{alternation(adjectives)}"
                rf"|{alternation(states)}))")
    heads = alternation(ROLE_OF, False).replace(
        "official", r"official(?!\s+(?:news|media|state|statement|visit|agency|newspaper|television|tv|channel"
                    r"|website|residence|figures|data|results|trip|ceremony|talks))")
    # ... a state after it names the owner as an adjective would: "the president of the
    # Russian Federation" is "the Russian president", « le président de la Chine »
    after = (rf"(?:\s+(?:{alternation(fr_adjectives, False)}))?"
             rf"(?:\s+(?:{alternation(rules.BODY_COMPLEMENTS_FR)}))?"
             rf"(?:\s+(?:of\s+the|of|de\s+la|du|des|de|d'|de\s+l')\s*(?:{alternation(states)})"
             # « le chef de la République populaire de Chine », « de la République française »
             rf"|\s+(?:de\s+la\s+)?r[ée]publique(?:\s+(?:populaire|f[ée]d[ée]rale|islamique|d[ée]mocratique))*"
             rf"(?:\s+(?:{alternation(fr_adjectives, False)})|\s+(?:de|du|d')\s*(?:{alternation(states)})))?")
    # headlines drop the article at their start or after a colon ("Kenyan president vows ..."),
    # with no name after it (not the title of "National Security Adviser Jake Sullivan")
    # ... or a state's possessive for the article: "Poland's president" is "the Polish president"
    # (the state by its name or initials, not its capital: "Kyiv's mayor" is the city's)
    owners = [k for k, (ns, _) in rules.STATE_BODIES.items() if ns] + [
        n for ns, _ in rules.STATE_BODIES.values() for n in ns if n.replace(".", "").isupper()]
    # a demonstrative refers back whatever complement follows the head: « ce conseiller du
    # dirigeant démocrate » is the adviser named before, not a new one
    # ... save a title-case headline's verb of speech after it ("Russia Defense Chief Says …"),
    # a listed English verb's present form (not "National Security Adviser Jake Sullivan")
    says = alternation([v for v in REPORTING_VERBS["en"] if re.fullmatch(r"[a-z]+[^s]s", v)], False)
    return (rf"(?:(?<![\w'-])(?:(?:the|le|la)\s+|l'|(?P<dem>(?:ce|cet|cette)\s+)|(?-i:{alternation(owners)})['’]s\s+)"
            rf"|(?:^|(?<=\n)|(?<=:\s))(?P<bare>)(?=(?-i:[A-Z])))"
            rf"(?:{modifier}(?![\w'])\s+){{0,3}}"
            rf"(?=(?P<tail>(?P<head>{heads}){after}))(?P=tail)(?(bare)(?!\s*,?\s*(?!(?:{says})(?![\w'-]))(?-i:[A-Z])))"
            rf"(?![\w'-])(?(dem)|(?!\s+(?:of|for|at|from|to|du|de|des|d'|aupres)(?![\w-])))")


@functools.lru_cache(maxsize=1)
def _owned() -> str:
    """A state's adjective after a document's noun: « le communiqué chinois » is China's,
    not the last speaker's (no pronoun then)."""
    adjs = sorted({fold(a).lower() for _, adjs in rules.STATE_BODIES.values() for a in adjs if a == a.lower()},
                  key=len, reverse=True)
    return rf"\s+(?:{'|'.join(map(re.escape, adjs))})(?![\w'-])"


@functools.lru_cache(maxsize=1)
def _demonyms() -> str:
    """The regex of a French demonym noun with its article, standing for a person of
    that state named before: « le Français », « la Chinoise », « l'Ukrainien » (with a
    capital: « le français » is the language; not before a name: « le Français X »)."""
    names = {fold(n).lower() for ns, _ in rules.STATE_BODIES.values() for n in ns}  # « la Suisse » is the state
    forms = sorted({fold(a) for _, adjs in rules.STATE_BODIES.values() for a in adjs
                    if a == a.lower() and a.isalpha() and fold(a) not in names}, key=len, reverse=True)
    caps = "|".join(re.escape(f[0].upper() + f[1:]) for f in forms)
    return rf"(?<![\w'-])(?-i:(?:[Ll]e|[Ll]a)\s+|[Ll]')(?-i:{caps})(?![\w'-])(?!\s+(?-i:[A-Z]))"


@functools.lru_cache(maxsize=1)
def _counterparts() -> str:
    """The regex of a counterpart of a state, with a possessive: « son homologue
    ukrainien », "his Ukrainian counterpart" (a person of that state named before,
    as « l'Ukrainien » is; never one with no state: whose counterpart is not known,
    nor one right before a name: "his Chinese counterpart Wang Yi" is a title)."""
    adjs = alternation([a for _, adjs in rules.STATE_BODIES.values() for a in adjs if a.isalpha() or "-" in a], False)
    return (rf"(?<![\w'-])(?:son|sa|his|her|their|leur)\s+(?:(?:{adjs})\s+counterpart|homologue\s+(?:{adjs}))"
            rf"(?![\w'-])(?!\s*,?\s*(?-i:[A-Z]))")


class Pronouns:
    """The configured pronouns and those of ``rules``, with what each may refer
    to; definite role descriptions count as pronouns of people."""

    _ROLE_PRONOUNS = frozenset(fold(p).lower() for p in pronoun_words.ROLE_PRONOUNS)

    def __init__(self, cfg: QuotesConfig):
        # pronoun (folded, lower case) -> "person", "org", "body", "agency" or "any"
        self.classes = {fold(p).lower(): "any" for ps in cfg.pronouns.values() for p in ps}
        self.classes.update({fold(p).lower(): "person" for p in cfg.pronouns.get("person", [])})
        for p in pronoun_words.AGENCY_PRONOUNS:
            self.classes.setdefault(fold(p).lower(), "agency")
        for p in pronoun_words.ORG_PRONOUNS:
            self.classes.setdefault(fold(p).lower(), "org")
        for p in [*pronoun_words.BODY_PRONOUNS, *pronoun_words.DOCUMENT_PRONOUNS_FR]:
            self.classes.setdefault(fold(p).lower(), "body")
        for p in [*pronoun_words.ROLE_PRONOUNS, *pronoun_words.AGE_PRONOUNS_FR, *pronoun_words.DEMONSTRATIVE_PRONOUNS, *pronoun_words.EXPERT_PRONOUNS]:
            self.classes.setdefault(fold(p).lower(), "person")
        # role descriptions come from their own regex ("the minister", "le porte-parole")
        documents = {fold(p).lower() for p in pronoun_words.DOCUMENT_PRONOUNS_FR}
        words = words_rx([p for p in self.classes if p not in self._ROLE_PRONOUNS and p not in documents])
        self._roles = re.compile(_descriptions(), re.IGNORECASE)
        # "qu'il a décrit", "lorsqu'elle a dit": the subject pronoun after a elided qu'
        plain = words.pattern.replace("(?<![\\w'-])", "(?:(?<![\\w'-])|(?<=qu'))", 1)
        self._demonym = re.compile(_demonyms())
        self._counterpart = re.compile(_counterparts(), re.IGNORECASE)
        self.rx = re.compile(f"{_demonyms()}|{_counterparts()}|{self._roles.pattern}|(?<![\\w'-]){pronoun_words.AGE_PRONOUN_EN}(?![\\w'-])"
                             f"|{plain}|{words_rx(sorted(documents)).pattern}(?!{pronoun_words.NOT_ONE_AUTHOR_FR}|{_owned()})",
                             re.IGNORECASE)
        self._nouns = {fold(p).lower() for p in pronoun_words.NOUN_PRONOUNS}

    def cls(self, pronoun: str) -> str:
        key = fold(pronoun).lower()
        if key in self.classes:
            return self.classes[key]
        if re.fullmatch(pronoun_words.AGE_PRONOUN_EN, key):
            return "person"  # "the 62-year-old"
        return "person" if self.role(pronoun) else "any"

    def role(self, pronoun: str) -> str | None:
        """The role a definite role description names ("the top government
        spokesman" -> spokesperson), None for other pronouns."""
        if " " not in pronoun.strip() and "'" not in pronoun:
            return None
        if self._demonym.fullmatch(fold(pronoun).strip()) or self._counterpart.fullmatch(fold(pronoun).strip()):
            return "national"  # « le Français », « son homologue ukrainien »: a person of that state (roles.py)
        m = self._roles.fullmatch(fold(pronoun).strip())
        if m is None:
            return None
        # the longest head that ends there: "the Prime Minister" -> prime minister
        words = re.split(r"[\s']+", fold(pronoun).lower()[:m.end("head")])
        return next((_ROLE_OF_WORDS[k] for n in (4, 3, 2, 1) if (k := " ".join(words[-n:])) in _ROLE_OF_WORDS), None)

    def kinds(self, pronoun: str) -> tuple[str, ...] | None:
        """The mention kinds ``pronoun`` may refer to; None for any."""
        return _KINDS.get(self.cls(pronoun))

    def is_noun(self, pronoun: str) -> bool:
        """Can ``pronoun`` also stand for a noun of either kind (il/elle)?"""
        return fold(pronoun).lower() in self._nouns
