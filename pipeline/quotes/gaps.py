"""What may stand between a reporting verb and its subject, and what may not.

Adverbials of time, place and channel ("a écrit dimanche sur Twitter", "a
déclaré le 18 février au soir", "said to reporters"), the documents a body
issues ("selon un communiqué du Kremlin", "according to a Kremlin readout"),
the words that make a following name an object ("a parlé avec X"), and the
relatives of a named person ("la veuve de X", who is not X), and a name that a
participle of naming follows (« Poutine qualifié de », the one named). Used by
``pipeline.quotes.subjects``.
"""

from __future__ import annotations

import re

from pipeline.metadata.dates import MONTHS
from pipeline.quotes import constructions, rules
from pipeline.quotes.folding import alternation, fold
from pipeline.quotes.titles import is_title_word

# words between a verb and a following name that make the name an object, not the subject
BLOCKERS = frozenset("""que qu à a au aux avec pour sur dans en chez contre entre vers
    that to with for on in at about into when as than""".split())
STOP_AFTER = set(':;.!?«»"“”‹›(')
# a date: "a déclaré le 18 février au soir le chef de ...", "said on February 18 the minister",
# "on Feb. 12" (any spelling of a month in the table of month names, folded like the masked text)
_MONTH_SPELLINGS = sorted({fold(m).lower() for m in MONTHS}, key=len, reverse=True)
# a month's abbreviation: a spelling that begins another of the same month ("feb" february, « févr » février)
MONTH_ABBREVIATIONS = frozenset(fold(a).lower() for a in MONTHS
                                if any(b != a and b.startswith(a) and MONTHS[b] == MONTHS[a] for b in MONTHS))
_MONTH = rf"(?:{'|'.join(_MONTH_SPELLINGS)})(?:\.|(?![\w'-]))"
_DATE = (rf"(?:(?:le|ce|on)\s+)?(?:\w+\s+)?(?:\d{{1,2}}(?:er)?\s+{_MONTH}"
         rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d\d)?"
         r"(?:\s+(?:au\s+soir|au\s+matin|dans\s+la\s+soiree|dans\s+la\s+matinee))?")
ADVERBIALS = re.compile(rf"(?<![\w'-])(?:{alternation(constructions.ADVERBIALS, False)}|{_DATE})(?![\w'-])",
                        re.IGNORECASE)
# a clause of time in commas between a verb and the subject put after it (the French incise:
# « ... », a indiqué, aussitôt après la parution du décret, le porte-parole X; "said, after
# the talks, the minister"): opened by a preposition or conjunction of time, no mark inside
TIME_CLAUSE = re.compile(
    r"\s*,\s*(?:(?:aussit[oô]t|peu|juste|sit[oô]t|imm[ée]diatement|shortly|just|soon|immediately)\s+)?"
    r"(?:apr[eè]s|avant|lors\s+d|pendant|durant|d[eè]s|au\s+cours\s+d|à\s+l'issue\s+d|au\s+terme\s+d"
    r"|after|before|during|following|at\s+the\s+end\s+of)(?![\w-])[^,;:.!?«»\"“”()]{1,120},(?=\s)",
    re.IGNORECASE)
_DOCUMENTS = alternation(rules.DOCUMENT_NOUNS, False)
DOCUMENT_BEFORE = re.compile(
    rf"(?<![\w'-])(?:{_DOCUMENTS})\s+(?:in|on|dans|sur)\s+(?:(?:the|a|le|la|les|l'|son|sa|ses|its|his|her)\s*)?$",
    re.IGNORECASE)
# "according to a statement from the ministry", "selon un communiqué du Kremlin",
# "according to a Kremlin transcript" (the issuer before the noun stays in reach)
DOCUMENT = re.compile(
    rf"\s*(?:(?:a|an|the|its|his|her|their|un|une|le|la|l'|les|son|sa|ses)\s*)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_DOCUMENTS})\s+(?:(?:issued|released|published|carried|posted|cited)\s+)?"
    rf"(?:from|by|of|du|de\s+la|de\s+l'|des|de|d'|publie\w*\s+par|diffuse\w*\s+par)\s*", re.IGNORECASE)
# "dit dans un communiqué publié par le ministère", "said in a statement from the ministry"
IN_DOCUMENT = re.compile(r"\s*(?:,\s*)?(?:dans|in)(?=\s)" + DOCUMENT.pattern, re.IGNORECASE)
ISSUED = re.compile(rf"\s+(?:[\w-]+\s+){{0,1}}?(?:{_DOCUMENTS})(?![\w])", re.IGNORECASE)
# a body's unnamed official after its name (English order): "a NATO spokesperson"
_ROLE_AFTER = re.compile(rf"\s+(?:{alternation(rules.ROLE_NOUNS)})(?![\w])", re.IGNORECASE)


def issued(masked: str, m) -> bool:
    """Does the mention ``m`` issue what follows it: a document ("a Kremlin
    readout") or, for a body, the words of its unnamed official ("a NATO
    spokesperson")?"""
    return bool(ISSUED.match(masked, m.end) or (m.kind in ("org", "role") and _ROLE_AFTER.match(masked, m.end)))


# a possessive determiner and a document or judgement after a source cue: "according to his
# assessment", « selon ses dires », « d'après son communiqué »
OWN_DOCUMENT = re.compile(rf"\s*(?P<det>his|her|its|their|son|sa|ses|leur|leurs)\s+(?:[\w-]+\s+){{0,1}}?"
                          rf"(?:{_DOCUMENTS})(?![\w])", re.IGNORECASE)
DOCUMENT_AFTER = re.compile(rf"'s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS})(?![\w])", re.IGNORECASE)


def titled_phrase(words: list[str]) -> bool:
    """Do ``words`` (between a verb and a name) open on a determiner and a title
    noun ("le secrétaire du Conseil de sécurité ukrainien", "the head of the
    country's security council")? Whatever follows then describes the office."""
    return len(words) > 1 and words[0] in rules.DETERMINERS and is_title_word(words[1]) \
        and _RELATIVES.isdisjoint(words)


# "La veuve de l'opposant russe Alexeï Navalny, Ioulia Navalnaïa, a accusé": a
# relative of a named person is someone else, named after or not at all
_KIN = "|".join(re.escape(w) for w in rules.KIN_NOUNS)
RELATIVE_OF = re.compile(rf"(?<![\w'-])(?:{_KIN})\s+(?:de|d'|du|of)(?![\w-])[^,;:.]*$", re.IGNORECASE)
_RELATIVES = rules.RELATIVE_PRONOUNS


def opening_goes_on(text: str, masked: str, start: int, comma: int, hi: int) -> bool:
    """Whether text[start:comma] still belongs to a sentence's opening phrase
    (up to ``hi``): a part joined by a conjunction ("Dans un entretien publié
    lundi, et repris par Xinhua, Poutine a dit"), or names of a list that a
    conjunction closes ("À Washington, Paris ou Kiev, des responsables ...")."""
    part = text[start:comma].split()
    if not part:
        return False
    lead = [w.lower() for w in part[:2]]
    if lead[0] in rules.COORDINATORS or lead[0] in _RELATIVES or (
            lead[0] in ("with", "avec") and lead[1:] and lead[1] in _RELATIVES):
        return True  # (or a relative clause: ", with whom he held talks,")
    while all(w[:1].isupper() or w.lower() in rules.COORDINATORS for w in part):
        if any(w.lower() in rules.COORDINATORS for w in part):
            return True
        start, comma = comma + 1, masked.find(",", comma + 1, hi)  # "Paris, Berlin ou Kiev,"
        part = text[start:comma].split() if comma != -1 else []
        if not part:
            return False
    return False


def opening_end(text: str, masked: str, mentions, comma: int, hi: int) -> int:
    """Where the subject may start after a sentence's opening phrase, whose first
    comma is at ``comma``: past the parts that still belong to it (see
    ``opening_goes_on``) and past a name in apposition to a title that ends it
    ("Flanked by the French president, Emmanuel Macron, with whom he held
    talks, Xi said")."""
    while True:
        start = comma + 1
        prev_word = re.findall(r"[\w'-]+", text[max(0, start - 30):start])
        comma = masked.find(",", start, hi)
        if comma == -1:
            return start
        named = mentions.within(start, comma)
        titled = bool(prev_word) and is_title_word(prev_word[-1]) and len(named) == 1 \
            and not text[start:named[0].start].strip() and not text[named[0].end:comma].strip()
        if not titled and not opening_goes_on(text, masked, start, comma, hi):
            return start


# someone named by their relation to a person ("la porte-parole de Navalny", "a
# spokeswoman for Doe", "his lawyer"... "l'équipe de X"): that person does not speak
_AGENTS = "|".join(re.escape(w) for w in sorted(rules.KIN_NOUNS + rules.AGENT_NOUNS, key=len, reverse=True))
OWNED = re.compile(rf"(?:(?<![\w'-])|(?<=\b[lLdD]'))(?:{_AGENTS})(?:\s+(?:adjoint|adjointe|deputy|principal|principale|"
                   rf"chief|personal|personnel|personnelle))?\s+(?:de|du|des|d'|of|for|to)\s*(?:(?:la|le|l'|the)\s*)?$",
                   re.IGNORECASE)


# the words of a noun phrase up to the comma of an apposition ("le dirigeant
# autoritaire du pays, X", "the long-serving head of the island republic, X")
_APPOSED = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\s+){0,9}[^\W\d_][\w'’-]*\s*,\s*")


def apposed(gap: str, opens: bool) -> bool:
    """Is ``gap``, the text between a reporting verb's subject phrase and a name,
    a description of the name up to the comma that sets the name in apposition:
    lower-case words, none of them a preposition of place or time, a conjunction
    or a relative pronoun? ``opens``: the gap must start on a determiner (it opens
    the subject); else it continues a description already begun."""
    if not _APPOSED.fullmatch(gap):
        return False
    words = [re.split(r"['’]", w)[0] for w in re.findall(r"[\w'’-]+", gap)]  # "l'ancien" -> "l"
    return (all(w.islower() for w in words) and not (BLOCKERS | rules.RELATIVE_PRONOUNS | rules.COORDINATORS)
            & set(words) and (not opens or words[0] in rules.DETERMINERS))


# a French participle of naming right after a name, with no auxiliary: a reduced passive whose
# subject is the one named, not who names it (« Poutine qualifié de « boucher » », « X, traité de »);
# read on the text with its accents: « qualifie de », the present tense, is active
_NAMED_AFTER_NAME = re.compile(r"(?<=[^\W\d_])[^\S\n]*,?[^\S\n]+"
                               r"(?=(?:qualifi|trait|tax|surnomm)é(?:e|s|es)?\s+(?:de|d['’])(?![\w'’-]))")


def reduced_passive_at(text: str, lo: int, pos: int) -> bool:
    """Is the French participle of naming at ``pos`` of the unfolded ``text`` a reduced passive
    after a capitalised name (« Poutine qualifié de « … » », « X, traité de « … » »; not « X a
    qualifié Y de », nor the present « X qualifie de »)?"""
    base = max(lo, pos - 40)
    before = re.search(r"([^\W\d_][\w'’-]*)[^\S\n]*,?[^\S\n]+$", text[base:pos])
    return before is not None and before[1][0].isupper() and named_after(text, base + before.end(1))


def named_after(text: str, end: int) -> bool:
    """Does a French participle of naming in a reduced passive follow the name ending at ``end``
    in the unfolded ``text`` (« Poutine qualifié de », « X, traité de »)? Then the name is the
    one named, not who names."""
    return _NAMED_AFTER_NAME.match(text, end) is not None


# a negation right before a verb: "did not say", "has never said", « n'avait pas appelé »,
# « ne veut pas dire » (folded text)
NEGATED = re.compile(r"(?:not|n't|never|pas|jamais)\s+$", re.IGNORECASE)
