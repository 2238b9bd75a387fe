"""The small patterns around a quotation that point to its speaker.

What may stand between a closing mark and the verb that attributes the quote,
stressed pronouns after a source cue ("selon lui"), a possessive right before
the opening mark, French "Pour X, « ... »", the owner of a speech noun
("Biden's claim that "...""), and the words that open a gerund ("tout en
estimant", "by saying"). Used by ``pipeline.quotes.speakers``.
"""

from __future__ import annotations

import re

# between a closing mark and a verb that attributes the quote: a comma and a few words
# (or a parenthetical inside the incise: '," Kim, for his part, stated', '», Poutine, lui, a dit')
# (an incise never opens with a conjunction: '"A", while Kim described B' is a clause of its own)
TIGHT = re.compile(r"\s*[,;:]?\s*(?!(?:while|whilst|whereas|although|though|because|since|when|but|tandis|alors|lorsqu|"
                   r"quand|puisqu|parce|mais)(?![\w-]))(?:(?:[\w'.-]+\s+){0,4}|[\w'.-]+,\s+(?:[\w'.-]+\s+){1,3}?[\w'.-]+,\s+)",
                   re.IGNORECASE)
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}
# "selon lui", "d'après elle", "according to him": the stressed pronoun as a subject one
CUE_PRONOUNS = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles", **OBJECT_PRONOUNS}
CUE_PRONOUN = re.compile(r"\s+(lui|elle|eux|elles|him|her|them)(?![\w'-])", re.IGNORECASE)
# a verb of asking with an object and an infinitive asks for a deed, it reports no words:
# "Biden had asked him to travel to China because "...""
ASKING = frozenset(("ask", "asks", "asked", "asking"))
REQUEST = re.compile(r"\s+(?:him|her|them|us|me|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:not\s+)?to\s+[a-z]")
# a source cue on a relative pronoun: "the minister, according to whom ...", « le ministre, selon lequel ... »
RELATIVE_CUE = re.compile(r"\s+(?:whom|which|qui|lequel|laquelle|lesquels|lesquelles)(?![\w'-])", re.IGNORECASE)

# a possessive right before the opening mark: 'his "dear friend"', « son "cher ami" »
POSSESSIVE_BEFORE = re.compile(r"(?<![\w'-])(his|her|their|son|sa|ses|leur|leurs)\s*[\"“«‘']?\s*$", re.IGNORECASE)

# "Pour X, « ... »", "For X, ... \"...\"": X's view, in X's words
POUR = re.compile(r"\s*(?:(?:mais|et|but|and)\s+)?(?:pour|for)\s+", re.IGNORECASE)

# "Biden's claim that little "...", "Biden's characterization of the leader as a
# "...": the owner of the words' noun said them
_WORDS_NOUN = (r"claims?|statements?|remarks?|words|comments?|warnings?|assertions?|accusations?|promises?|pledges?|"
               r"vows?|threats?|labels?|characteri[sz]ations?|descriptions?|jibes?|slurs?|insults?")
OWN_WORDS = re.compile(
    rf"'s?\s+(?:(?-i:[a-z])[\w-]*\s+)?(?-i:{_WORDS_NOUN})\s+(?:that\s+)?(?:[\w'-]+\s+){{0,8}}$", re.IGNORECASE)
# the noun after the quotation: "Biden's "dictator" label", "Kim's "historic" remarks"
_OWNER_BEFORE = re.compile(r"'s?\s*$")
_NOUN_AFTER = re.compile(rf"[\s,.]*(?-i:{_WORDS_NOUN})(?![\w-])", re.IGNORECASE)
# the words that open a gerund: "and saying", "by saying", "tout en estimant"
GERUND_WORDS = r"(?<![\w'-])(?:and|by|while|en|tout\s+en)"
GERUND_OPENER = re.compile(rf"{GERUND_WORDS}\s*$", re.IGNORECASE)
# a sentence opened by whose view it gives: "Pour Joe Biden, ...", "According to Kirby, ..."
SOURCE_OPENING = re.compile(r"\s*(?:(?:mais|et|but|and)\s+)?(?:pour|selon|d'apres|d'après|according\s+to)\s+",
                            re.IGNORECASE)
STRESSED = re.compile(r"(lui|elle|eux|elles|him|her|them)\s*,", re.IGNORECASE)  # "Selon lui, ..."


# "la demande de Borrell d'une « enquête »", "l'appel du président français à une « trêve »",
# "the call by Borrell for an "inquiry"": a speech noun, its owner, the quoted words it asks for
_NOUN_OF = re.compile(
    r"(?<![\w'-])(?:appels?|demandes?|propositions?|promesses?|menaces?|mises?\s+en\s+garde|avertissements?|"
    r"declarations?|accusations?|affirmations?|exhortations?|plaidoyers?|calls?|requests?|demands?|appeals?|"
    r"pleas?|proposals?|warnings?)\s+(?:du|des|de\s+la|de\s+l'|de|d'|by|from|of)\s*", re.IGNORECASE)
_NOUN_TAIL = re.compile(r"\s*(?:(?:a|au|aux|de|d'|du|des|pour|en\s+faveur\s+d[eu']?|for|to)(?:\s+|(?<=')\s*)"
                        r"(?:[\w'-]+\s+|[\w-]+'\s*){0,3})?$", re.IGNORECASE)


def words_owner(masked: str, mentions, lo: int, opening: int, close: int | None):
    """The owner of the words' noun the quotation belongs to (``OWN_WORDS``
    before it, or the possessive right before it and the noun right after
    it), else of a speech noun (``noun_owner``); and the match that names the
    noun (None for ``noun_owner``)."""
    own = OWN_WORDS.search(masked, lo, opening)
    if own is None and close is not None and _NOUN_AFTER.match(masked, close + 1):
        own = _OWNER_BEFORE.search(masked, lo, opening)
    if own is not None:
        return next((x for x in mentions.within(lo, opening) if x.end == own.start()), None), own
    return noun_owner(masked, mentions, lo, opening), None


def noun_owner(masked: str, mentions, lo: int, opening: int):
    """The owner of a speech noun whose complement is the quotation opening at
    ``opening`` (see ``_NOUN_OF``), or None."""
    for noun in _NOUN_OF.finditer(masked, lo, opening):
        named = [x for x in mentions.within(noun.end(), opening) if x.start == noun.end()]
        if named and _NOUN_TAIL.fullmatch(masked, named[0].end, opening):
            return named[0]
    return None


# a subordinating conjunction or a relative pronoun: the clause it opens has a verb of its own
SUBCLAUSE = re.compile(r"(?<![\w'-])(?:(?:(?:apres|avant|parce|tandis|alors)\s+|lors|puis)qu(?:e(?![\w-])|')|"
                       r"(?:after|before|because|since|while|whereas|although|when|which|lequel|laquelle)(?![\w-]))",
                       re.IGNORECASE)

# a complementizer: the clause after it has a subject of its own
THAT = re.compile(r"(?<![\w'-])(?:that|que|qu')\s*[\w]", re.IGNORECASE)

# French: the addressee between a verb of saying and its inverted subject ("», a affirmé
# à l'AFP X", "a déclaré lundi à Reuters X"): a gap ending on "à", "au", "aux", "à la"
DATIVE = re.compile(r"(?<![\w'-])(?:à|a|au|aux)(?:\s+la|\s+les)?(?:\s+|\s*l')$", re.IGNORECASE)  # (folded: a)
