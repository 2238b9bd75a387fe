"""The small patterns around a quotation that point to its speaker.

What may stand between a closing mark and the verb that attributes the quote,
stressed pronouns after a source cue ("selon lui"), a possessive right before
the opening mark, French "Pour X, « ... »", the owner of a speech noun
("Biden's claim that "...""), and the words that open a gerund ("tout en
estimant", "by saying"). Used by ``pipeline.quotes.speakers``.
"""

from __future__ import annotations

import re

from pipeline.quotes.clauses import CAUSE, QUE_APART, QUE_JOINED, SUBORDINATORS, TIME, either, joined, que
from pipeline.quotes.titles import is_title_word

# between a closing mark and a verb that attributes the quote: a comma and a few words
# (or a parenthetical inside the incise: '," Kim, for his part, stated', '», Poutine, lui, a dit')
# (an incise never opens with a conjunction: '"A", while Kim described B' is a clause of its own)
TIGHT = re.compile(rf"\s*[,;:]?\s*(?!(?:{either(SUBORDINATORS)}|whilst|but|mais|quand|{either(QUE_APART)}|"
                   rf"{either(w + 'qu' for w in QUE_JOINED)})(?![\w-]))"
                   r"(?:(?:[\w'.-]+\s+){0,4}|[\w'.-]+,\s+(?:[\w'.-]+\s+){1,3}?[\w'.-]+,\s+)",
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
POUR = re.compile(rf"\s*{joined()}(?:pour|for)\s+", re.IGNORECASE)

# "Biden's claim that little "...", "Biden's characterization of the leader as a
# "...": the owner of the words' noun said them
_WORDS_NOUN = (r"claims?|statements?|remarks?|words|comments?|warnings?|assertions?|accusations?|promises?|pledges?|"
               r"vows?|threats?|labels?|characteri[sz]ations?|descriptions?|jibes?|slurs?|insults?|"
               r"suggestions?|calls?|appeals?|proposals?|demands?|requests?|quips?|jokes?|retorts?|slogans?|mantras?")
OWN_WORDS = re.compile(
    rf"'s?\s+(?:(?-i:[a-z])[\w-]*\s+)?(?-i:{_WORDS_NOUN})\s+(?:that\s+)?(?:[\w'-]+\s+){{0,8}}$", re.IGNORECASE)
# the noun after the quotation: "Biden's "dictator" label", "Kim's "historic" remarks"
_OWNER_BEFORE = re.compile(r"'s?\s*$")
# (a headline in title case too: "Biden's "Dictator" Label")
_NOUN_AFTER = re.compile(rf"[\s,.]*(?-i:{_WORDS_NOUN}|{'|'.join(w[0].upper() + w[1:] for w in _WORDS_NOUN.split('|'))})(?![\w-])",
                         re.IGNORECASE)
# the words that open a gerund: "and saying", "by saying", "tout en estimant"
GERUND_WORDS = r"(?<![\w'-])(?:and|by|while|en|tout\s+en)"
GERUND_OPENER = re.compile(rf"{GERUND_WORDS}\s*$", re.IGNORECASE)
# a sentence opened by whose view it gives: "Pour Joe Biden, ...", "According to Kirby, ..."
SOURCE_OPENING = re.compile(rf"\s*{joined()}(?:pour|selon|d'apres|d'après|according\s+to)\s+",
                            re.IGNORECASE)
STRESSED = re.compile(r"(lui|elle|eux|elles|him|her|them)\s*,", re.IGNORECASE)  # "Selon lui, ..."


# "la demande de Borrell d'une « enquête »", "l'appel du président français à une « trêve »",
# "the call by Borrell for an "inquiry"": a speech noun, its owner, the quoted words it asks for
_NOUN_OF = re.compile(
    r"(?:(?<![\w'-])|(?<=\b[ld]'))(?:appels?|demandes?|propositions?|promesses?|menaces?|mises?\s+en\s+garde|avertissements?|"
    r"declarations?|accusations?|affirmations?|exhortations?|plaidoyers?|propos|paroles|remarques?|"
    r"calls?|requests?|demands?|appeals?|pleas?|proposals?|warnings?)\s+(?:du|des|de\s+la|de\s+l'|de|d'|by|from|of)\s*"
    # an announcement by its agent (« l'annonce par Moscou de la fin « ... » »): not « l'annonce de
    # Poutine « augmente ... » », where it is what the words speak of; after its determiner, since
    # folded the noun reads as the participle (« le plan annoncé par X »)
    r"|(?:(?<![\w'-])(?:une|cette|les|des|son|sa|ses|leur|leurs|the|an)\s+|(?<![\w'-])l')"
    r"(?:annonces?|announcements?)\s+(?:par|by)\s*",
    re.IGNORECASE)
_NOUN_TAIL = re.compile(r"\s*(?:(?:a|au|aux|de|d'|du|des|pour|sur|en\s+faveur\s+d[eu']?|for|to)(?:\s+|(?<=')\s*)"
                        r"(?:[\w'-]+\s+|[\w-]+'\s*){0,3})?$", re.IGNORECASE)


def words_owner(masked: str, mentions, lo: int, opening: int, close: int | None):
    """The owner of the words' noun the quotation belongs to (``OWN_WORDS``
    before it, or the possessive right before it and the noun right after
    it), else of a speech noun (``noun_owner``); and the match that names the
    noun (None for ``noun_owner``)."""
    agent = _agent(masked, mentions, lo, opening, close) or _label(masked, mentions, lo, opening)
    if agent is not None:
        return agent
    own = OWN_WORDS.search(masked, lo, opening)
    if own is None and close is not None and _NOUN_AFTER.match(masked, close + 1):
        own = _OWNER_BEFORE.search(masked, lo, opening)
    if own is not None:
        owner = next((x for x in mentions.within(lo, opening) if x.end == own.start()), None)
        return (None, None) if owner is not None and _judged(masked, lo, owner.start, own.start(), opening) else (owner, own)
    return noun_owner(masked, mentions, lo, opening), None


# "Beijing called Biden's remarks "wrong"", "denounced Biden's comments as a "ploy"": the words'
# noun is the object of a verb of naming or judging, the quotation the subject's complement to it
_BARE_NOUN = re.compile(rf"'s?\s+(?:(?-i:[a-z])[\w-]*\s+)?(?-i:{_WORDS_NOUN})"
                        # (its complement: "dismisses the pope's appeal for talks with Russia as "...""")
                        r"(?:\s+(?:for|of|on|about|to|with)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?=\s+as\b))?"
                        # (a participle after "as": "described X's proposal as aimed "…"", "as being "…"")
                        r"(\s+as(?:\s+(?:being|(?-i:[a-z])+ed))?(?:\s+(?:an?|the))?|\s+(?:an?|the))?\s*$", re.IGNORECASE)
_NAMING_STEMS = either(("call", "term", "brand", "label"))  # what both patterns of naming below hold
_NAMING = re.compile(rf"(?<![\w'-])(?:{_NAMING_STEMS}|dub|deem|judge|consider|find|found|qualif(?:y|ie))"
                     r"(?:s|d|ed|led|bed|ing)?\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+)*$", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"(?<![\w'-])[a-z][\w-]*(?:ed|s)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+)*$")


# "qualifiée de « vrais progrès » par X", "la description de Y comme un « dictateur » par X",
# 'described as "a failure" by X': what the words call something, and their author after "par"/"by"
_NAMED_AS = re.compile(rf"(?<![\w'-])(?:{_NAMING_STEMS}|qualifi|decri|descri|dubb|characteri[sz]|portray|depict|surnomm|jug)"
                       r"[\w-]*(?:\s+[^\s.;:!?]+){0,6}?\s+(?:de|d'|comme|as)(?:\s+(?:an?|une?|the))?\s*$", re.IGNORECASE)
_BY = re.compile(r"\s*(?:(?:donnee?s?|attribuee?s?|given|applied)\s+(?:a|to)\s+[^.;:,!?«»\"“”]{1,40}?\s+)?(?:par|by)\s+",
                 re.IGNORECASE)


# a subject pronoun right before the naming verb: the verb is active, its subject names
# ("what he described as "nuclear blackmail" by NATO": the blackmail is NATO's, the words his)
_ACTIVE_SUBJECT = re.compile(r"(?<![\w'-])(?:he|she|they|we|i|you|il|elle|ils|elles|on|nous|vous)\s+"
                             r"(?:(?:has|have|had|also|a|ont|avait|avaient|aussi)\s+)?$", re.IGNORECASE)


def _agent(masked: str, mentions, lo: int, opening: int, close: int | None):
    """(the agent named right after the quotation, match) when the words before it name
    something in the passive (not after a subject pronoun: "what he described as")."""
    by = _BY.match(masked, close + 1) if close is not None else None
    named = _NAMED_AS.search(masked, max(lo, opening - 120), opening) if by is not None else None
    if named is None or _ACTIVE_SUBJECT.search(masked, max(lo, named.start() - 30), named.start()):
        return None
    first = next(iter(mentions.within(by.end(), by.end() + 60)), None)
    if first is None or first.kind not in ("person", "name", "org") or len(masked[by.end():first.start].split()) > 4 \
            or any(c in masked[by.end():first.start] for c in ".;:,!?"):
        return None  # (a description of up to four words before the name: "par son homologue américain X")
    return first, by


# a name and a colon opening the quote's sentence: "• Biden: "...", he said", "Peskov : « ... »"
_COLON = re.compile(r"\s*:\s*$")


def _label(masked: str, mentions, lo: int, opening: int):
    """(the name that labels the quotation before a colon, match), or None."""
    first = next(iter(mentions.within(lo, opening)), None)
    if first is None or first.kind not in ("person", "name") or first.possessive \
            or any(c.isalnum() for c in masked[lo:first.start]):
        return None
    colon = _COLON.match(masked, first.end, opening)
    return (first, colon) if colon and colon.end() == opening else None


def _judged(masked: str, lo: int, owner: int, own: int, opening: int) -> bool:
    """Is the owned words' noun at ``own`` the object of a verb before its owner
    that calls it what the quotation says (``_NAMING``, or any verb with "as")?"""
    bare = _BARE_NOUN.match(masked, own, opening)
    return bare is not None and (_VERB_BEFORE if bare[1] else _NAMING).search(masked, lo, owner) is not None


def noun_owner(masked: str, mentions, lo: int, opening: int):
    """The owner of a speech noun whose complement is the quotation opening at
    ``opening`` (see ``_NOUN_OF``), or None."""
    for noun in _NOUN_OF.finditer(masked, lo, opening):
        # (its titles may come first: « l'appel du pape François à »)
        named = [x for x in mentions.within(noun.end(), opening)
                 if all(is_title_word(w) for w in masked[noun.end():x.start].split())]
        if named and _NOUN_TAIL.fullmatch(masked, named[0].end, opening):
            return named[0]
    return None


# a subordinating conjunction or a relative pronoun: the clause it opens has a verb of its own
_QUE = que(QUE_APART, QUE_JOINED, r"(?:e(?![\w-])|')")
SUBCLAUSE = re.compile(rf"(?<![\w'-])(?:{_QUE}|"
                       rf"(?:{either((*TIME, *CAUSE, 'whereas', 'although'))}|which|lequel|laquelle)(?![\w-]))",
                       re.IGNORECASE)

# a coordinating conjunction opening the next clause: 'X called it "A" and Y praised ...'
# (after the rest of the first clause's object: 'called it a "A" meeting and Y praised', or a
# phrase closed by a comma: 'has no plan for a "A" in the region, and Y said ...')
COORDINATED = re.compile(r"[.!?]?\s*(?:(?:[a-zà-ÿ'’-]+\s+){0,3}|(?:[^\W\d_][\w'’-]*\s+){0,4}[^\W\d_][\w'’-]*\s*,\s*)"
                         r",?\s*(?i:and|but|yet|et|mais|puis)\s+(?!(?i:that|que)\b|qu')")

# a complementizer: the clause after it has a subject of its own
THAT = re.compile(r"(?<![\w'-])(?:that|que|qu')\s*[\w]", re.IGNORECASE)

# French: the addressee between a verb of saying and its inverted subject ("», a affirmé
# à l'AFP X", "a déclaré lundi à Reuters X", "observe pour l'AFP X"): a gap ending on "à", "au", "aux",
# "à la", "pour"
DATIVE = re.compile(r"(?<![\w'-])(?:à|a|au|aux|pour)(?:\s+la|\s+les)?(?:\s+|\s*l')$", re.IGNORECASE)  # (folded: a)
# ... or the name of the addressee after a common noun that describes it: "a appelé à la
# télévision suisse RTS à ...", "a confié au quotidien britannique X" (lower-case words, no
# determiner of a subject among them)
ADDRESSEE = re.compile(r"(?<![\w'-])(?:(?:à|a|au|aux)(?:\s+la|\s+les)?\s+|(?:à|a)\s+l')"
                       r"(?:(?!(?:le|la|les|un|une|des)\s)[a-zà-ÿ][a-zà-ÿ'-]*\s+){1,3}$")
# ... but a group (a plural noun: « aux députés », « à quelques journalistes ») has no name in
# apposition: it is an adverbial of whom the words were for, and the name after it is the verb's
# inverted subject (« », a indiqué à quelques journalistes X); folded text (« à » is "a"); not a
# group of someone's (« aux critiques de X »: X is named in the complement, no subject)
GROUP_ADDRESSEE = re.compile(r"(?<![\w'-])(?:a|aux)\s+(?:(?:des|quelques|plusieurs|ses|leurs|nos|vos)\s+)?"
                             r"[a-z-]{3,}[sx](?:\s+[a-z-]{3,}[sx])?(?=\s|$)(?!\s+(?:de|du|des|d')(?![\w-]))")


# a reply to words quoted in its object: "responds to the call for « ... »" (no colon: not "replied to it: « »";
# no comma, clause, "saying", addressee or question: "replied to reporters, « »" keeps its subject)
REACTS_TO = re.compile(r"(?:respon|repl|react|answer|repon|reag)\w*\s+(?:to|a|au|aux)\s(?![^:«»\"“”]*(?:reporter|journalist|"
                       r"press|question|que\b|qu'|that\b|saying|disant))[^:,«»\"“”]*$", re.IGNORECASE)
