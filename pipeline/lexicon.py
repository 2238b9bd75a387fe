"""Language resources shared by quote attribution and alignment, each loaded
once per process and only when first asked for.

- lemmas: ``simplemma`` (ships French and English data);
- word weights: ``wordfreq`` (Zipf frequency: 7 for "the", 4.3 for
  "cooperation", 2.4 for "trilateral"), turned into an information weight;
- synonyms: the MyThes thesauri of Debian's ``mythes-en-us`` and ``mythes-fr``
  (``/usr/share/mythes``), read through their index, one entry at a time;
- French -> English word translations: FreeDict fra-eng (Debian
  ``dict-freedict-fra-eng``, dictd format under ``/usr/share/dictd``).

A Debian resource that is not installed is reported once in the log and
matching goes on without it (``available()`` says which are there). Set
``NEWSQUOTE_MYTHES_DIR`` / ``NEWSQUOTE_DICTD_DIR`` to read them elsewhere.
"""

from __future__ import annotations

import functools
import gzip
import logging
import os
import re
import unicodedata
from pathlib import Path

log = logging.getLogger(__name__)

_MYTHES_FILES = {"en": ("th_en_US_v2", "th_en_GB_v2"), "fr": ("th_fr_FR_v2", "thes_fr")}
_FREEDICT = "freedict-fra-eng"


def _mythes_dir() -> Path:
    return Path(os.environ.get("NEWSQUOTE_MYTHES_DIR") or "/usr/share/mythes")


def _dictd_dir() -> Path:
    return Path(os.environ.get("NEWSQUOTE_DICTD_DIR") or "/usr/share/dictd")


def fold(text: str) -> str:
    """Lowercase, accents stripped, apostrophes unified."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# -- lemmas -----------------------------------------------------------------

@functools.lru_cache(maxsize=400_000)
def lemma(word: str, lang: str) -> str:
    """The dictionary form of ``word`` (lowercase in, lowercase out);
    the word itself for a language simplemma does not know."""
    import simplemma

    try:
        out = simplemma.lemmatize(word, lang=lang)
    except ValueError:
        return word
    return out.lower() if out else word


# -- word weights -------------------------------------------------------------

@functools.lru_cache(maxsize=400_000)
def zipf(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency (log10 of uses per billion words; 0 unknown)."""
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, lang)
    except LookupError:
        return 0.0


def information(word: str, lang: str = "en") -> float:
    """How much a shared word says that two quotes are the same words: about 1
    for an everyday content word (Zipf 5.5), less for the most common words,
    up to 2 for a rare one. Unknown words (names, numbers, misspellings) count
    as rare."""
    z = zipf(word, lang)
    return min(2.0, max(0.3, 1.0 + (5.5 - z) / 3.0))


# -- thesauri ---------------------------------------------------------------

SIMILAR = "(similar term)"


class Thesaurus:
    """A MyThes thesaurus: ``.idx`` maps a headword to its offset in ``.dat``,
    where ``word|n`` is followed by ``n`` sense lines ``(pos)|syn|syn|...``.
    Terms tagged ``(generic term)``, ``(related term)``, ``(similar term)`` or
    ``(antonym)`` are not synonyms and are left out, as are phrases, except
    the one similar term of an adjective sense that lists only it."""

    def __init__(self, idx: Path, dat: Path, max_senses: int = 3):
        self.dat_path = dat
        self.max_senses = max_senses  # senses come most common first; later ones drift in meaning
        with idx.open("rb") as fh:
            encoding = fh.readline().decode("ascii", "replace").strip() or "UTF-8"
            fh.readline()  # entry count
            self.encoding = encoding
            self.offsets: dict[str, int] = {}
            for raw in fh:
                word, _, off = raw.decode(encoding, "replace").rstrip("\n").rpartition("|")
                if word and off.isdigit():
                    # "monde" and "Monde" are two entries: the lowercase one is the word's
                    if word.islower():
                        self.offsets[word] = int(off)
                    else:
                        self.offsets.setdefault(word.lower(), int(off))
        self._fh = None
        self.synonyms = functools.lru_cache(maxsize=200_000)(self._synonyms)

    def first_sense(self, word: str) -> tuple[str, ...]:
        """The synonyms of the word's first (most common) sense, in the
        thesaurus' order."""
        got = self._senses(word, 1)
        return got[0] if got else ()

    def common(self, word: str) -> bool:
        """Is ``word`` (lowercase) a headword written in lower case with a sense
        that is no proper name's ("clash", "trump"; not "putin", whose one
        sense lists "Putin")?"""
        head, senses = self._entry(word)
        return head == word and any(not any(t.strip()[:1].isupper() and word in t.lower().split()
                                            for t in s.split("|")[1:]) for s in senses)

    def parts_of_speech(self, word: str) -> frozenset[str]:
        """The part-of-speech tags of ``word``'s senses, lowercase ("(noun)", "(adj)")."""
        return frozenset(s.split("|")[0].strip().lower() for s in self._entry(word)[1])

    def adjective(self, word: str) -> bool:
        """Is every sense of ``word`` (lowercase) an adjective's ("extraordinary")?"""
        tags = self.parts_of_speech(word)
        return bool(tags) and tags <= {"(adj)", "(adjectif)"}

    def _entry(self, word: str) -> tuple[str, list[str]]:
        """The headword as written and the raw sense lines of ``word``'s entry."""
        off = self.offsets.get(word)
        if off is None:
            return "", []
        if self._fh is None:
            self._fh = self.dat_path.open("rb")
        self._fh.seek(off)
        head, _, n = self._fh.readline().decode(self.encoding, "replace").rpartition("|")
        n = n.strip()
        return head, [self._fh.readline().decode(self.encoding, "replace") for _ in range(int(n) if n.isdigit() else 0)]

    def _synonyms(self, word: str) -> frozenset[str]:
        return frozenset(t for sense in self._senses(word, self.max_senses) for t in sense)

    def _senses(self, word: str, limit: int) -> list[tuple[str, ...]]:
        senses: list[tuple[str, ...]] = []
        for line in self._entry(word)[1][:limit]:
            parts = line.rstrip("\n").split("|")
            terms = []
            # an adjective sense that is only "similar to" one adjective (WordNet's
            # satellites: friendly ~ amicable) names a synonym
            similar = [t for t in parts[1:] if t.strip().endswith(SIMILAR)]
            lone = similar[0].strip()[: -len(SIMILAR)].strip().lower() if (
                parts[0].strip() == "(adj)" and len(similar) == 1) else None
            for term in [*parts[1:], *([lone] if lone else [])]:
                term = term.strip().lower()
                if term and "(" not in term and " " not in term and term != word and term not in terms:
                    terms.append(term)
            senses.append(tuple(terms))
        return senses


@functools.cache
def thesaurus(lang: str) -> Thesaurus | None:
    folder = _mythes_dir()
    for stem in _MYTHES_FILES.get(lang, ()):
        idx, dat = folder / f"{stem}.idx", folder / f"{stem}.dat"
        if idx.is_file() and dat.is_file():
            return Thesaurus(idx, dat)
    log.warning("no %s thesaurus in %s (Debian package mythes-%s); synonyms are not matched",
                lang, folder, "en-us" if lang == "en" else lang)
    return None


def synonyms(word: str, lang: str = "en") -> frozenset[str]:
    """Single-word synonyms of ``word`` (lowercase) and of its lemma."""
    th = thesaurus(lang)
    if th is None:
        return frozenset()
    out = th.synonyms(word)
    lem = lemma(word, lang)
    if lem != word:
        out = out | th.synonyms(lem)
    return out


def first_sense_synonyms(word: str, lang: str = "en") -> tuple[str, ...]:
    """Synonyms of the first sense of ``word`` (else of its lemma), in order."""
    th = thesaurus(lang)
    if th is None:
        return ()
    return th.first_sense(word) or th.first_sense(lemma(word, lang))


@functools.lru_cache(maxsize=100_000)
def common_word(word: str, lang: str) -> bool:
    """Is ``word`` (or its lemma) a common word of ``lang``: a lowercase headword
    of its thesaurus with a sense that is no proper name's, and in wordfreq's
    everyday range (Zipf 3 or more)?"""
    th, low = thesaurus(lang), word.lower().replace("\u2019", "'")
    return th is not None and zipf(low, lang) >= 3.0 and (th.common(low) or th.common(lemma(low, lang)))


@functools.lru_cache(maxsize=100_000)
def parts_of_speech(word: str, lang: str) -> frozenset[str]:
    """The part-of-speech tags of ``word``'s senses in ``lang``'s thesaurus."""
    th = thesaurus(lang)
    return th.parts_of_speech(word.lower()) if th is not None else frozenset()


@functools.lru_cache(maxsize=100_000)
def adjective(word: str, lang: str) -> bool:
    """Is ``word`` (or its lemma) only an adjective in ``lang``'s thesaurus?"""
    th, low = thesaurus(lang), word.lower()
    return th is not None and (th.adjective(low) or th.adjective(lemma(low, lang)))


# -- French -> English dictionary ---------------------------------------------

_B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}
_SENSE = re.compile(r"^\s*(?:\d+\.\s*)?(.*)$")


def _b64_number(s: str) -> int:
    n = 0
    for c in s:
        n = n * 64 + _B64[c]
    return n


class Dictionary:
    """A dictd dictionary (``.index`` of ``headword<TAB>offset<TAB>length`` in
    dictd's base 64, ``.dict.dz`` a gzip file), folded headword -> English
    single-word translations, in the dictionary's order."""

    def __init__(self, index: Path, data: Path):
        self.data = gzip.decompress(data.read_bytes())
        self.entries: dict[str, list[tuple[int, int]]] = {}
        for line in index.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and not parts[0].startswith("00database"):
                self.entries.setdefault(fold(parts[0]), []).append((_b64_number(parts[1]), _b64_number(parts[2])))
        self.translations = functools.lru_cache(maxsize=100_000)(self._translations)

    def _translations(self, word: str) -> tuple[str, ...]:
        out: list[str] = []
        for off, length in self.entries.get(fold(word), ()):
            body = self.data[off : off + length].decode("utf-8", "replace").splitlines()[1:]
            for line in body:
                for term in _SENSE.match(line).group(1).split(","):
                    term = term.strip().lower()
                    if term and " " not in term and term.isalpha() and term not in out:
                        out.append(term)
        return tuple(out)


@functools.cache
def fr_en_dictionary() -> Dictionary | None:
    folder = _dictd_dir()
    index, data = folder / f"{_FREEDICT}.index", folder / f"{_FREEDICT}.dict.dz"
    if index.is_file() and data.is_file():
        return Dictionary(index, data)
    log.warning("no French-English dictionary in %s (Debian package dict-freedict-fra-eng); "
                "French originals are matched by spelling only", folder)
    return None


def translations(word: str, lang: str = "fr") -> tuple[str, ...]:
    """English single-word translations of a French word (or of its lemma)."""
    if lang != "fr":
        return ()
    d = fr_en_dictionary()
    if d is None:
        return ()
    out = d.translations(word)
    if not out:
        lem = lemma(word, "fr")
        if lem != word:
            out = d.translations(lem)
    if not out and (m := re.fullmatch(r"(\w{3,})é", word)) and lemma(word, "fr") == word:
        # a past participle of the first group the lemmatiser leaves as it is (« endommagé »): its
        # infinitive's translations (to damage); not a form it knows as a noun's (« tranchées »)
        out = d.translations(m[1] + "er")
    return out


@functools.cache
def fingerprint() -> str:
    """Which resources and versions alignment reads: installing a thesaurus or
    upgrading simplemma or wordfreq re-runs the align stage."""
    from importlib.metadata import PackageNotFoundError, version

    files = []
    for folder in (_mythes_dir(), _dictd_dir()):
        if folder.is_dir():
            for f in sorted(folder.iterdir()):
                if f.name.startswith(("th_", "thes_", _FREEDICT)) and f.is_file():
                    files.append(f"{f.name}:{f.stat().st_size}")
    versions = []
    for pkg in ("simplemma", "wordfreq"):
        try:
            versions.append(f"{pkg}={version(pkg)}")
        except PackageNotFoundError:
            versions.append(f"{pkg}=none")
    return ",".join(versions + files)


def available() -> dict[str, bool]:
    """Which resources are installed."""
    return {
        "thesaurus_en": thesaurus("en") is not None,
        "thesaurus_fr": thesaurus("fr") is not None,
        "dictionary_fr_en": fr_en_dictionary() is not None,
    }
