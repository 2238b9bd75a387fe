"""One spelling per person across languages.

A French article writes "Evgueni Prigojine" and "Iouri Ouchakov" where an
English one writes "Yevgeny Prigozhin" and "Yuri Ushakov": French and English
romanise Russian names differently. People in ``quotes.speaker_aliases`` get
their canonical name in the quote stage; for the others, a speaker named in a
source-language article takes the spelling that target-language articles of
the same run use for that surname, so that alignment does not see two people
(different known speakers never link) and reviewers see one name.

Surnames are compared folded (case, accents, doubled letters, y/i, and a
Russian "е" after a vowel written "ye", "ïe" or "e"), and with "ks" read as
"x" or not (Aleksandr / Alexander), first as written, then with the French
spelling of Russian sounds turned into the English one: ``ch`` -> ``sh``, ``tch`` -> ``ch``, ``ou`` -> ``u``, ``j`` -> ``zh``,
``gue``/``gui`` -> ``ge``/``gi``, ``ia``/``iou`` -> ``ya``/``yu``, a final
``-ine`` -> ``-in``. First names, where both names give one, must agree the
same way (Evgueni / Yevgeny, not Jake / Dan). A surname that matches more than
one English spelling is left alone.

Articles of one language disagree among themselves too ("Anthony Blinken" /
"Antony Blinken", "Sergey Shoigu" / "Sergei Shoigu", « Anatoli Fedorouk » /
« Anatoly Fedorouk »): spellings with the same folded surname and agreeing
first names become the most frequent one (in the target language first, then
among the source-language names no target-language article spells). A
surname one letter from a more frequent one with the same first name is a
typing slip of it ("Wang Wembin" / "Wang Wenbin").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import Indel

from pipeline.data import Quote
from pipeline.quotes.spelling import one_letter_apart

_SLIP_LETTERS = 5  # a surname shorter than this is too short to call one letter a slip

# French transcription of Russian -> English, in this order (tch before ch, iou before ou)
_FR_TO_EN = (
    (re.compile(r"tch"), "\0"),
    (re.compile(r"ch"), "sh"),
    (re.compile(r"\0"), "ch"),
    (re.compile(r"iou"), "yu"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"j"), "zh"),
    (re.compile(r"gu(?=[eiy])"), "g"),
    (re.compile(r"(?<=[bcdfgklmnprstvz])ia"), "ya"),
    (re.compile(r"ine$"), "in"),
)


# letters that carry their accent in their shape, which Unicode does not decompose
# ("Jørgensen" = "Jorgensen", "Łukasz" = "Lukasz")
LETTERS_WITH_STROKES = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
                                      "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss"})


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.translate(LETTERS_WITH_STROKES).lower())
    word = "".join(c for c in word if not unicodedata.combining(c) and c.isalpha())
    # Russian "е" after a vowel is written "ye", "ïe" or "e" (Nechayev / Netchaïev / Nechaev, Aliyev / Aliev)
    word = re.sub(r"(?<=[aeiouy])[yi]e", "e", word)
    # "ph" and "f" spell one sound (Raphael / Rafael, Stephan / Stefan); "y" is "i" before doubled
    # letters are read as one ("Tykhyi" / "Tykhii", "Heorhiy" / "Heorhii")
    return re.sub(r"(.)\1+", r"\1", word.replace("ph", "f").replace("y", "i"))


def _x(word: str) -> str:
    """Cyrillic "кс" is written "ks" or "x" (Aleksandr / Alexander, Maksim / Maxim)."""
    return word.replace("ks", "x")


def _similarity(a: str, b: str) -> float:
    """Indel similarity of two folded spellings, "ks" read as "x" or not, whichever is closer."""
    return max(Indel.normalized_similarity(a, b), Indel.normalized_similarity(_x(a), _x(b)))


def _romanised(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.translate(LETTERS_WITH_STROKES).lower())
    word = "".join(c for c in word if not unicodedata.combining(c) and c.isalpha())
    for rx, rep in _FR_TO_EN:
        word = rx.sub(rep, word)
    return _fold(word)


def _ie(word: str) -> str:
    """Russian "е" after a consonant, "ie" in some French spellings (Oumierov / Umerov)."""
    return re.sub(r"(?<=[bcdfgklmnprstvz])ie(?=[a-z])", "e", word)


def _g(word: str) -> str:
    """Ukrainian "г" is romanised "h", the Russian way "g" (Humeniuk / Goumeniouk):
    an "h" that is no digraph's second letter read as "g"."""
    return re.sub(r"(?<![csktzp])h", "g", word)


# the French romanisation of a Slavic name shows itself ("ou" for "u", "ï", "tch", "iou"): only then
# may its "g" stand for an English "h" (not "Gill" for "Hill")
_FRENCH_ROMANISED = re.compile(r"ou|ï|tch")


def same_word(a: str, b: str) -> bool:
    """Are two words of a name one word romanised two ways ("Iarmich" /
    "Yarmysh", "Choïgou" / "Shoigu", "Goumeniouk" / "Humeniuk")?"""
    fa, fb, ra, rb = _fold(a), _fold(b), _romanised(a), _romanised(b)
    return fa == fb or ra == rb or ra == fb or fa == rb or _x(ra) == _x(rb) or (
        any(_FRENCH_ROMANISED.search(w.lower()) for w in (a, b)) and (_g(ra) == _g(rb) or _ie(ra) == _ie(rb)))


def same_first_name(a: str, b: str) -> bool:
    """Are two first names one name romanised two ways, allowing a letter's
    difference ("Evgueni" / "Yevgeny"), or Ukrainian "h" for Russian "g" past the first letter
    ("Ihor" / "Igor"; not "Harry" / "Garry")?"""
    return same_word(a, b) or _similarity(_romanised(a), _romanised(b)) >= 0.8 \
        or (a[:1].lower() == b[:1].lower() and _g(_romanised(a)[1:]) == _g(_romanised(b)[1:]))  # (Ihor / Igor)


def _surname(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts else ""


def _same_first_name(a: str, b: str) -> bool:
    """Do two full names agree on the first name, where both give one
    ("Evgueni" and "Yevgeny" do, "Jake" and "Dan" do not)?"""
    fa, fb = a.split()[:-1], b.split()[:-1]
    if not fa or not fb:
        return True
    x, y = _romanised(fa[0]), _fold(fb[0])
    return x == y or _similarity(x, y) >= 0.7 or _short_form(a, b)  # ("Matt" / "Matthew")


def unify_speakers(quotes: Iterable[Quote], target: str, skip: Iterable[str] = ()) -> dict[str, str]:
    """Speaker renames {source-language spelling: target-language spelling}
    for person speakers; applied to ``quotes`` in place. ``skip``: names that
    are canonical already (aliases, organisations, outlets)."""
    quotes = list(quotes)
    fixed = {s.casefold() for s in skip}
    renames = _one_spelling(quotes, target, fixed)
    english: dict[str, Counter] = defaultdict(Counter)  # folded surname -> spellings in target-language quotes
    english_rom: dict[str, Counter] = defaultdict(Counter)
    for q in quotes:
        if q.speaker and q.lang == target and " " in q.speaker.strip():
            sur = _surname(q.speaker)
            english[_fold(sur)][q.speaker] += 1
            english_rom[_romanised(sur)][q.speaker] += 1
    for q in quotes:
        name = q.speaker
        if not name or q.lang == target or name.casefold() in fixed or name in renames:
            continue
        sur = _surname(name)
        hits = english.get(_fold(sur)) or english_rom.get(_romanised(sur)) or english.get(_romanised(sur))
        if hits:
            hits = [h for h in hits if _same_first_name(name, h)]
        if hits and len(hits) == 1:
            (spelling,) = hits
            if spelling != name:
                renames[name] = spelling
    for q in quotes:
        if q.speaker in renames:
            q.speaker = renames[q.speaker]
    # articles of a source language that no target-language article spells for them
    # disagree among themselves too ("Anatoli Fedorouk" / "Anatoly Fedorouk")
    for lang in sorted({q.lang for q in quotes if q.lang and q.lang != target}):
        renames.update(_one_spelling(quotes, lang, fixed))
    renames.update(_slips(quotes, fixed))
    renames.update(_full_names(quotes, fixed))
    return renames


def _slips(quotes: list[Quote], fixed: set[str]) -> dict[str, str]:
    """A full name whose surname is one letter from that of a name the run gives
    more often, with the same first name, is a typing slip of it ("Wang Wembin"
    beside "Wang Wenbin", "Roberta Matsola" beside "Roberta Metsola"); surnames of
    five letters or more; applied in place."""
    count: Counter = Counter(q.speaker.strip() for q in quotes
                             if q.speaker and " " in q.speaker.strip() and q.speaker.casefold() not in fixed)
    by_first: dict[str, list[str]] = defaultdict(list)
    for name in sorted(count, key=lambda n: (-count[n], n)):  # most frequent first
        by_first[_fold(" ".join(name.split()[:-1]))].append(name)
    renames: dict[str, str] = {}
    for names in by_first.values():
        for i, name in enumerate(names):
            sur = _fold(_surname(name))
            if len(sur) < _SLIP_LETTERS:
                continue
            other = next((c for c in names[:i] if count[c] > count[name] and c not in renames
                          and one_letter_apart(sur, _fold(_surname(c)))), None)
            if other is not None:
                renames[name] = other
    for q in quotes:
        if q.speaker and q.speaker.strip() in renames:
            q.speaker = renames[q.speaker.strip()]
    return renames


def _full_names(quotes: list[Quote], fixed: set[str]) -> dict[str, str]:
    """A speaker known by one word only ("Blinken", "Xi": an article that
    never gives the full name) takes the one full name of the run whose
    surname or first-written family name it is ("Antony Blinken", "Xi
    Jinping"); applied in place."""
    full: dict[str, Counter] = defaultdict(Counter)
    for q in quotes:
        name = (q.speaker or "").strip()
        if " " in name:  # canonical names (``fixed``) are targets too
            parts = name.split()
            for key in {_fold(parts[0]), _fold(parts[-1]), _romanised(parts[0]), _romanised(parts[-1])}:
                full[key][name] += 1
    renames: dict[str, str] = {}
    for q in quotes:
        name = (q.speaker or "").strip()
        if not name or " " in name or name.casefold() in fixed or name in renames:
            continue
        hits = full.get(_fold(name)) or full.get(_romanised(name))
        if not hits:
            continue
        # one full name, or one that holds at least two thirds of the run's uses
        # ("Matthew Miller" beside one "Matt Miller"; never "Jake Miller" / "Dan Miller")
        (best, n), *rest = sorted(hits.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
        if not rest or n >= 2 * sum(hits.values()) / 3 or all(_short_form(best, r) for r, _ in rest):
            renames[q.speaker] = best
    for q in quotes:
        if q.speaker in renames:
            q.speaker = renames[q.speaker]
    return renames


def _short_form(a: str, b: str) -> bool:
    """Are two full names one person's, a first name shortened ("Matthew Miller",
    "Matt Miller"): the same surname, one first name a prefix of the other?"""
    pa, pb = a.split(), b.split()
    if len(pa) < 2 or len(pb) < 2 or _fold(pa[-1]) != _fold(pb[-1]):
        return False
    fa, fb = _fold(pa[0]), _fold(pb[0])
    short, long_ = sorted((fa, fb), key=len)
    return len(short) >= 3 and long_.startswith(short)


def _one_spelling(quotes: list[Quote], target: str, fixed: set[str]) -> dict[str, str]:
    """Renames that give target-language spellings of one person's name the
    most frequent of them; applied in place."""
    count: Counter = Counter(q.speaker for q in quotes
                             if q.speaker and q.lang == target and " " in q.speaker.strip()
                             and q.speaker.casefold() not in fixed)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in sorted(count, key=lambda n: (-count[n], n)):  # most frequent first
        by_surname[_fold(_surname(name))].append(name)
    renames: dict[str, str] = {}
    for names in by_surname.values():
        for i, name in enumerate(names):
            first = next((c for c in names[:i] if c not in renames and _same_first_name_folded(name, c)), None)
            if first is not None:
                renames[name] = first
    for q in quotes:
        if q.speaker in renames:
            q.speaker = renames[q.speaker]
    return renames


def _same_first_name_folded(a: str, b: str) -> bool:
    """Two spellings of one first name in the same language: equal once folded,
    or one letter apart ("Anthony" / "Antony", "Sergey" / "Sergei")."""
    fa, fb = a.split()[:-1], b.split()[:-1]
    if not fa or not fb or len(fa) != len(fb):
        return False
    x, y = _fold(" ".join(fa)), _fold(" ".join(fb))
    return x == y or Indel.distance(x, y) <= 2 and min(len(x), len(y)) >= 4
