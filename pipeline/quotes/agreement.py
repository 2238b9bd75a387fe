"""Natural gender of the people a document names, as the document itself
shows it, so that "il"/"he" and "elle"/"she" only stand for someone of their
gender ("Ioulia Navalnaïa ... Alexeï Navalny a été « malmené », a-t-elle dit":
not Navalny, whom the text calls "l'opposant").

Evidence, next to a mention of the person (folded, lower-case text):
- an honorific: Mr, Monsieur / Mme, Mrs, Ms, Madame, Mlle, Miss (not "M.",
  also written for an initial: "M. Zakharova" for Maria);
- a noun with a masculine and a feminine form among the three words before
  the name ("l'opposant russe Alexeï Navalny", "la chancelière X", "his widow
  X", "spokeswoman X");
- a feminine determiner of an epicene title right before it ("la porte-parole
  X"; "le porte-parole" is also written of a woman);
- the head of an apposition that the name closes ("La veuve de l'opposant, X,").
A person with evidence of both genders, or none, has no known gender.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from pipeline.quotes import pronoun_words, rules
from pipeline.lexicon import zipf
from pipeline.quotes.folding import fold

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention, Mentions

PRONOUN_GENDER = {"il": "m", "he": "m", "him": "m", "elle": "f", "she": "f", "her": "f",
                  **{p: g for p, g in pronoun_words.DEMONSTRATIVE_PRONOUNS.items() if g}}

_HONORIFIC = {"mr": "m", "mr.": "m", "monsieur": "m", "sir": "m",
              "mme": "f", "mme.": "f", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "madame": "f",
              "mlle": "f", "miss": "f", "lady": "f"}
# nouns of persons with a form for each gender (French folded, English)
_GENDERED = {
    **dict.fromkeys("""opposant president vice-president dirigeant militant avocat chancelier ambassadeur
        conseiller negociateur envoye directeur fondateur mari epoux fils frere pere veuf patron depute
        senateur candidat
        husband father son brother widower spokesman chairman congressman businessman king prince
        """.split(), "m"),
    **dict.fromkeys("""opposante presidente vice-presidente dirigeante militante avocate chanceliere
        ambassadrice conseillere negociatrice envoyee directrice fondatrice femme epouse fille soeur mere
        patronne deputee senatrice candidate
        veuve wife widow mother daughter sister spokeswoman chairwoman congresswoman businesswoman queen
        princess""".split(), "f"),
    "homme": "m", "man": "m", "woman": "f",
}
# titles with one form for both genders: a feminine determiner before them tells
_EPICENE = frozenset("porte-parole ministre secretaire chef cheffe diplomate juge responsable membre".split())
_FEMININE = frozenset(("la", "une", "cette"))
_OF = frozenset(("de", "d", "du", "of"))
_WORD = re.compile(r"[\w.'-]+")
_CLAUSE = re.compile(r"[.;:!?«»\"“”\n]")


def _near(masked: str, m: Mention, lo: int) -> str | None:
    """The gender the words next to the mention ``m`` give, if any; ``lo``: where
    the mention before it ends (its words are not this one's)."""
    found: set[str] = set()
    own = [w.split("'")[-1] for w in masked[m.start:m.end].lower().split()[:1]]
    before = [w.split("'")[-1] for w in _WORD.findall(masked[max(lo, m.start - 50):m.start].lower())][-4:]
    rev = before[::-1][:3]  # nearest first
    if own and (own[0] in _HONORIFIC or own[0] in _GENDERED):
        found.add(_HONORIFIC.get(own[0]) or _GENDERED[own[0]])
    else:
        for i, w in enumerate(rev):  # the nearest word that tells
            if w in _HONORIFIC or w in _GENDERED:
                if i and rev[i - 1] in _OF:
                    break  # "le mari de Jane Roe", "the widow of John Doe": someone else
                found.add(_HONORIFIC.get(w) or _GENDERED[w])
                break
    for det, title in zip(before, before[1:]):
        if title in _EPICENE and det in _FEMININE:
            found.add("f")  # ("le porte-parole" is also written of a woman: only "la" tells)
    # "La veuve de l'opposant russe Alexeï Navalny, Ioulia Navalnaïa, ...": the apposition's head
    if masked[max(0, m.start - 2):m.start].strip() == ",":
        lo = max((x.end() for x in _CLAUSE.finditer(masked, max(0, m.start - 120), m.start)), default=0)
        head = [w.split("'")[-1] for w in _WORD.findall(masked[lo:m.start].lower())][:2]
        for w in head:
            if w in _GENDERED:
                found.add(_GENDERED[w])
                break
    return found.pop() if len(found) == 1 else None


def genders(masked: str, mentions: Mentions) -> dict[str, str]:
    """Canonical person name -> "m" or "f", for the people of one document
    whose mentions give one gender only."""
    votes: dict[str, set[str]] = {}
    end = 0
    for m in mentions.items:
        if m.kind in ("person", "name") and not m.possessive:
            g = _near(masked, m, end)
            if g is not None:
                votes.setdefault(m.name, set()).add(g)
        end = max(end, m.end)
    return {name: next(iter(v)) for name, v in votes.items() if len(v) == 1}


# French pronouns and determiners by grammatical gender
_PERSONAL = frozenset("he she him her il lui".split())
_FR_PRONOUN_GENDER = {"il": "m", "ils": "m", "elle": "f", "elles": "f"}
DETERMINER_GENDER = {"le": "m", "un": "m", "ce": "m", "cet": "m", "du": "m", "au": "m",
                     "la": "f", "une": "f", "cette": "f"}
# the demonstratives' (« cette ministre » is a woman; « le porte-parole » may be one too)
DEMONSTRATIVE_GENDER = {d: DETERMINER_GENDER[d] for d in ("ce", "cet", "cette")}


def agrees(text: str, pronoun: Mention, x: Mention, known: dict[str, str]) -> bool:
    """Can ``pronoun`` stand for the mention ``x`` of ``text``? A news agency is
    never "he", "she" or "il"; French grammatical gender: "il" never stands for
    "la Corée du Nord", nor "elle" for "le Kremlin" (a bare name, whose gender
    is unknown, agrees); and a person whose gender the text shows (``known``,
    from ``genders``) is only "il"/"he" or "elle"/"she" of that gender."""
    low = pronoun.name.lower()
    if x.kind == "outlet" and low in _PERSONAL:
        return False  # "he" and "il" are people: an agency is "it", "elle" (l'agence)
    if x.kind in ("person", "name") and low in PRONOUN_GENDER and known.get(x.name, PRONOUN_GENDER[low]) != \
            PRONOUN_GENDER[low]:
        return False
    det = DEMONSTRATIVE_GENDER.get(low.split()[0]) if " " in low else None
    if det and x.kind in ("person", "name") and known.get(x.name, det) != det:
        return False  # « ce diplomate » is no woman the text names, « cette ministre » no man
    gender = _FR_PRONOUN_GENDER.get(low)
    if gender is None:
        return True
    words = text[x.start:x.end].lower().split(maxsplit=1)
    if low in ("il", "elle") and (words[:1] == ["les"] or (x.kind in ("org", "outlet") and re.search(
            r"(?<![\w'-])les\s+$", text[max(0, x.start - 6):x.start].lower()))):
        return False  # "les États-Unis" is "ils", never "il"
    other = DETERMINER_GENDER.get(words[0]) if words else None
    if other is None and x.kind in ("org", "outlet"):
        # the article may stand before the mention: "la Chine", "le Kremlin"
        before = re.search(r"(?<![\w'-])(\w+)\s+$", text[max(0, x.start - 12):x.start].lower())
        other = DETERMINER_GENDER.get(before[1]) if before else None
    if other is None and x.kind == "org" and _feminine_state(text[x.start:x.end]):
        other = "f"  # "l'Inde", bare "Inde": a French country name in mute -e is feminine
    if other is None and x.kind == "org":
        other = _attribute_gender(text, x.end)  # « Moscou est prête à ... »: the adjective agrees with it
    return other is None or other == gender


# a copula and the adjective after a subject: « Moscou est (toujours) prête »
_ATTRIBUTE = re.compile(r"\s+(?:est|était|sera|serait|semble|paraît|paraissait|reste|restait|demeure|s['’]est\s+dite?|"
                        r"se\s+dit|se\s+montre)\s+(?:(?:très|bien|plus|pas|toujours|aussi|déjà|donc|tout|fort)\s+){0,2}"
                        r"(?P<adj>[^\W\d_]{3,})(?![\w'-])", re.IGNORECASE)
_ADJECTIVE_ZIPF = 3.5  # how common in French the other gender's form must be


def _attribute_gender(text: str, end: int) -> str | None:
    """The grammatical gender the adjective after a copula shows of the subject
    ending at ``end``: "f" when it is an adjective's feminine form (« prête »,
    « déterminée »: the form without its -e is a common French word), "m" when
    its feminine form is (« prêt »); None for an adjective of both genders
    (« calme », « ferme ») or none at all."""
    m = _ATTRIBUTE.match(text, end)
    if m is None:
        return None
    adj = m["adj"].lower()
    if adj.endswith("e") and zipf(adj[:-1], "fr") >= _ADJECTIVE_ZIPF:
        return "f"
    if not adj.endswith(("e", "s")) and zipf(adj + "e", "fr") >= _ADJECTIVE_ZIPF:
        return "m"
    return None


# French country names in mute -e are feminine (la France, l'Inde), but for these
_MASCULINE_IN_E = frozenset("mexique cambodge mozambique zimbabwe belize zaire".split())


@functools.lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    return frozenset(n for names, _ in rules.STATE_BODIES.values() for n in names)


def _feminine_state(written: str) -> bool:
    bare = re.sub(r"^[lL]['’]\s*", "", written.strip())  # « L'Ukraine »
    w = fold(bare).lower()
    return " " not in w and w.endswith("e") and w not in _MASCULINE_IN_E and bare in _state_names()


_DETERMINED = frozenset("un une le la les a an the this that cette ce cet".split())


def unnamed_person(masked: str, start: int, end: int, after: bool) -> bool:
    """Is the subject of the reporting verb at [start, end) a person the text
    does not name: a determiner and a noun of persons right next to it on its
    subject's side ("affirme une femme", "a woman said", "a dit l'opposant")?"""
    near = masked[end:end + 40] if after else masked[max(0, start - 40):start]
    words = [fold(w).strip(".-") for w in _WORD.findall(near.lower())]
    words = words[:4] if after else words[-4:]
    return any(w.split("'")[-1] in _GENDERED and ("'" in w or (i and words[i - 1] in _DETERMINED))
               for i, w in enumerate(words))


# quantities and indefinite determiners before a subject nobody names ("both leaders", « un
# militaire », « plusieurs responsables »)
INDEFINITE = frozenset("""un une des a an another some several many both two three four other others
    certains certaines plusieurs deux trois quatre d'autres autres""".split())


# an owner's role right before an incise's verb, no name after it: "," the president's spokesman told"
_OWNED_ROLE = re.compile(r"[,\"”’]\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}[\w.-]+['’]s\s+(?:[\w-]+\s+)?(?P<head>[\w-]+)\s+$")
_ROLE_HEADS = frozenset(fold(f).lower() for forms in rules.ROLE_HEADS.values() for f in forms if " " not in f)


def unnamed_subject(masked: str, start: int, end: int, after: bool) -> bool:
    """Is the subject of the verb at [start, end) someone the text does not name
    by any name: an unnamed person (``unnamed_person``), a group named by a
    common noun ("both leaders described", "social media users praised",
    « estime un militaire »), or a title in quotation marks (« estime le
    « Global Times » »: the words of a paper the text names as a title)?"""
    if unnamed_person(masked, start, end, after):
        return True
    if after and (owned := _OWNED_ROLE.search(masked, max(0, start - 60), start)) \
            and fold(owned["head"]).lower() in _ROLE_HEADS \
            and not re.search(rf"(?<![\w'-]){re.escape(owned['head'])}(?![\w'-])", masked[:owned.start("head") - 1]):
        return True  # '," the president's spokesman told BBC': someone's spokesman, unnamed (not one named before)
    near = masked[end:end + 40] if after else masked[max(0, start - 40):start]
    if after and re.match(r"\s*(?:le|la|les|l'|the)?\s*[«“\"‘]", near):
        return True
    words = [fold(w).strip(".-") for w in _WORD.findall(near.lower())]
    words = words[:3] if after else words[-5:]
    if after:
        return bool(words) and words[0] in INDEFINITE
    return any(w in rules.GENERIC_SUBJECTS for w in words) or (len(words) >= 2 and words[-2] in INDEFINITE)
