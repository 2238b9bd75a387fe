"""When two speaker names name the same speaker, as the annotation convention
of the gold sets reads them (``pipeline eval``'s speaker accuracy and its pair
causes).

Names are folded (case, accents and stroked letters, punctuation); then a full
name equals itself with a middle name left out, a first name in a short form
the press uses, or words romanised another way; an organisation equals its
acronym; a state equals a body of it named with its name or adjective, or a
national agency of it.
"""

from __future__ import annotations

import functools
import unicodedata


def fold_name(name: str | None) -> str | None:
    """A speaker or outlet name for comparison: case, accents (stroked letters
    too), punctuation and spacing folded ("Kim Jong-un" = "kim jong un", "U.S."
    = "US", "Jørgensen" = "Jorgensen")."""
    if not name:
        return None
    from pipeline.align.speakers import LETTERS_WITH_STROKES

    s = unicodedata.normalize("NFKD", name.translate(LETTERS_WITH_STROKES))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = "".join(c if c.isalnum() else (" " if c in " -_/" else "") for c in s)
    return " ".join(s.split()) or None


# English first names and the short forms the press writes for them ("Doug" for
# "Douglas"): a fact of English naming, so that a prefix alone ("Dan" / "Danielle")
# never makes two people one
SHORT_FIRST_NAMES = {
    "douglas": ("doug",), "matthew": ("matt",), "daniel": ("dan", "danny"), "michael": ("mike",),
    "robert": ("rob", "bob", "bobby"), "thomas": ("tom",), "james": ("jim", "jimmy"), "william": ("bill", "will"),
    "alexander": ("alex",), "nicholas": ("nick",), "benjamin": ("ben",), "samuel": ("sam",),
    "christopher": ("chris",), "anthony": ("tony",), "joseph": ("joe",), "david": ("dave",),
    "steven": ("steve",), "stephen": ("steve",), "andrew": ("andy",), "timothy": ("tim",), "patrick": ("pat",),
    "edward": ("ed", "ted"), "gregory": ("greg",), "jeffrey": ("jeff",), "kenneth": ("ken",), "ronald": ("ron",),
    "donald": ("don",), "richard": ("rick", "dick"), "charles": ("charlie", "chuck"), "lawrence": ("larry",),
    "elizabeth": ("liz", "beth"), "katherine": ("kate", "kathy"), "catherine": ("kate", "cathy"),
    "jennifer": ("jen", "jenny"), "margaret": ("maggie", "peggy"), "rebecca": ("becky",), "susan": ("sue",),
}


def _short_first_name(a: str, b: str) -> bool:
    """Is one of the folded first names ``a``, ``b`` a short form of the other (``SHORT_FIRST_NAMES``)?"""
    return b in SHORT_FIRST_NAMES.get(a, ()) or a in SHORT_FIRST_NAMES.get(b, ())


# words an organisation's acronym leaves out ("North Atlantic Treaty Organization": NATO)
_ACRONYM_SKIPS = frozenset("of the for and on in de la le les du des d l et pour s".split())


def _acronym_of(short: str, name: str) -> bool:
    """Is the folded one-word ``short`` (3 to 6 letters) the acronym of the
    folded ``name``: the initials of its words ("iaea" for "international
    atomic energy agency")? An organisation is written both ways."""
    words = [w for w in name.split() if w not in _ACRONYM_SKIPS]
    return 3 <= len(short) <= 6 and short.isalpha() and len(words) == len(short) \
        and "".join(w[0] for w in words) == short


# the words of a state's own bodies: its ministries, government, armed forces, staff, offices and envoys
# (folded); the development set's convention makes them the state ("the Russian defence ministry
# said": Russia), and an annotator may name the body itself ("Russian Defence Ministry")
_STATE_BODY_WORDS = frozenset(
    "ministry ministere government gouvernement staff etat major armed forces armees army armee military "
    "militaire navy marine air force presidency presidence office delegation embassy ambassade "
    "intelligence renseignement defence defense".split())


@functools.lru_cache(maxsize=1)
def _states() -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """(canonical, folded names, folded names and adjectives) of each state of
    ``states.STATE_BODIES``: not the institutions it also holds (the Kremlin,
    the White House: align.similarity.INSTITUTION_STATES; the UN, the EU:
    organisations.international_bodies)."""
    from pipeline.align.similarity import INSTITUTION_STATES
    from pipeline.organisations import international_bodies
    from pipeline.states import STATE_BODIES

    out = []
    for canon, (names, adjectives) in STATE_BODIES.items():
        if canon.casefold() in INSTITUTION_STATES or canon in international_bodies():
            continue
        own = frozenset(fold_name(x) for x in (canon, *names))
        out.append((canon, own, own | frozenset(fold_name(x) for x in adjectives if fold_name(x))))
    return out


def _body_of_state(gold: str, predicted: str) -> bool:
    """Is one name a state and the other a body of that state named with its
    name or adjective ("Russia" / "Russian Defence Ministry", "Ukraine" /
    "Armed Forces of Ukraine", "Japan" / "Japanese government"), or a national
    agency the organisations table files under it ("Investigative Committee")?"""
    from pipeline.organisations import national_agencies

    for state, body in ((gold, predicted), (predicted, gold)):
        folded = fold_name(state)
        hit = next(((canon, marks) for canon, own, marks in _states() if folded in own), None)
        if hit is None:
            continue
        canon, marks = hit
        if national_agencies().get(body) == canon:
            return True  # "Russia" / "Investigative Committee"
        body_folded = f" {fold_name(body)} "
        if _STATE_BODY_WORDS.intersection(body_folded.split()) and any(f" {m} " in body_folded for m in marks):
            return True
    return False


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Is ``predicted`` the gold speaker's name? Equal once folded, or the same
    full name with a middle name left out ("Espen Eide" for "Espen Barth Eide"),
    a first name in a short form the press uses ("Doug" for "Douglas", ``SHORT_FIRST_NAMES``)
    or with words romanised another way ("Kira Iarmich" for "Kira Yarmysh": a
    French article spells Russian names the French way); an organisation by its
    acronym ("IAEA" for "International Atomic Energy Agency", ``_acronym_of``); a state
    for a body of it named with its name or adjective (``_body_of_state``)."""
    a, b = fold_name(gold), fold_name(predicted)
    if a == b:
        return True
    if a is None or b is None:
        return False
    if _acronym_of(a, fold_name(predicted.replace("'", " ").replace("’", " "))) \
            or _acronym_of(b, fold_name(gold.replace("'", " ").replace("’", " "))):
        return True
    if _body_of_state(gold, predicted):
        return True
    from pipeline.align.speakers import same_first_name, same_word

    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or not ((same_first_name(wa[0], wb[0]) or _short_first_name(wa[0], wb[0]))
                                          and same_word(wa[-1], wb[-1])):
        return False
    short, long_ = sorted((wa[1:-1], wb[1:-1]), key=len)
    return all(any(same_word(w, x) for x in long_) for w in short)
