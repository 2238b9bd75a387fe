"""Titles and owners: "Prime Minister", "Japan's", "le président sud-coréen".

A title is made of ``rules.TITLE_WORDS`` and of owners: the names and
adjectives of the states and bodies that speak (bodies.py's owner table).
"""

from __future__ import annotations

import re

from pipeline.quotes import rules
from pipeline.quotes.folding import alias_key, fold
from pipeline.quotes.pronoun_table import role_words


def _title_word(w: str) -> bool:
    """A title word, or its plural ("Presidents Xi Jinping and Vladimir Putin")."""
    return w in rules.TITLE_WORDS or (len(w) > 4 and w.endswith("s") and w[:-1] in rules.TITLE_WORDS)


# prepositions that link title words to a state's name inside a title
_TITLE_LINKS = frozenset("de du des en au aux of to in for".split())


def is_title_word(word: str) -> bool:
    """Is ``word`` made of title words only ("Minister", "Vice-President", "Presidents",
    French "L'ambassadeur" with its elided article)?"""
    w = fold(word).lower().strip("'.,")
    return all(_title_word(p) for p in re.sub(r"^[ld]'(?=\w)", "", w).split("-"))


# the (up to four) words after a word, and the one after them
_NEXT_WORDS = re.compile(r"(?:[ \t]+[\w'.-]+){2,5}")


def owns_next_title(text: str, end: int) -> bool:
    """Do title words ending on a head noun, a lower-case one among them, and
    then a name follow the word that ends at ``end``? Then that word names the
    title's owner, not a person: "tweeted Bundestag foreign committee Lawmaker
    Norbert Roettgen"."""
    m = _NEXT_WORDS.match(text, end)
    words = m[0].split() if m else []
    for k in range(1, len(words)):
        title, name = words[:k], words[k]
        if not all(is_title_word(w) for w in title):
            return False
        if (fold(title[-1]).lower() in rules.TITLE_HEADS and any(w[0].islower() for w in title)
                and name[0].isupper() and not is_title_word(name)):
            return True
    return False


class Titles:
    """Title recognition over one owner table (owner key -> canonical speaker)."""

    def __init__(self, owners: dict[str, str]):
        self.owners = owners

    def is_owner(self, text: str) -> bool:
        """Is ``text``, a final 's dropped, the name or adjective of a state or body?"""
        return alias_key(re.sub(r"'s$", "", text)) in self.owners

    def is_title(self, word: str) -> bool:
        w = word.lower().strip("'.,")
        return is_title_word(word) or self.is_owner(w)

    def count(self, words: list[str]) -> int:
        """How many of the first words are a title or a state's name
        ("President", "South Korean", "Japan's"): 0 when none."""
        for n in (3, 2):
            if len(words) >= n and self.is_owner(" ".join(words[:n])):
                return n
        return 1 if words and self.is_title(words[0]) else 0

    def is_phrase(self, text: str) -> bool:
        """Is ``text`` a title only ("Japan's chief cabinet secretary", "a
        spokesperson for China's foreign ministry")?"""
        words = [re.sub(r"^[ld]'(?=\w)", "", w) for w in re.findall(r"[\w'-]+", fold(text).lower())]
        while words and words[0] in rules.DETERMINERS:
            words.pop(0)
        titled, i = False, 0
        while i < len(words):
            if i + 1 < len(words) and self.is_owner(f"{words[i]} {words[i + 1]}"):
                i += 2
                continue
            w = words[i]
            if all(p in rules.TITLE_WORDS for p in w.split("-")):
                titled = True
            elif not (self.is_title(w) or w.strip("'") in rules.TITLE_LINKS):
                return False
            i += 1
        return titled

    def _institution_link(self, toks: list[tuple[int, str]], i: int) -> int | None:
        """Where the link before the institution noun ``toks[i]`` starts ("of the", « de la »,
        « du », « de l' »), when a title word is right before it; else None."""
        w = re.sub(r"^[ld]['’](?=\w)", "", toks[i][1])
        if fold(w).lower().strip("'.,") not in rules.INSTITUTION_NOUNS:
            return None
        j = i - 1
        # (an article before it, unless glued to it: « de l'Assemblée »)
        if w == toks[i][1] and j >= 0 and toks[j][1].lower() in ("la", "the", "le"):
            j -= 1
        if j >= 1 and toks[j][1].lower() in ("de", "du", "of") and self.is_title(toks[j - 1][1]):
            return j
        return None

    def start_before(self, masked: str, lo: int, pos: int) -> int | None:
        """Where a title right before ``pos`` starts ("Japanese Prime Minister",
        "le président sud-coréen", "a White House national security
        spokesperson"), or None. Owners alone ("Japanese") are no title."""
        base = max(lo, pos - 120)
        toks = [(t.start(), t[0]) for t in re.finditer(r"\S+", masked[base:pos])]
        i, start, titled = len(toks) - 1, None, False
        while i >= 0:
            w = toks[i][1]
            if not re.fullmatch(r"[\w'.-]+", w) or w.endswith(("'", ".")) and len(w) > 4:
                break
            if i >= 1 and self.is_owner(f"{toks[i - 1][1]} {w}"):
                start, i = toks[i - 1][0], i - 2
                continue
            if start is not None and i >= 1 and w.lower() in _TITLE_LINKS and self.is_title(toks[i - 1][1]):
                # « l'ambassadeur de Russie en Allemagne X », "ambassador to Germany X": a
                # preposition between title words and a state's name
                start, i = toks[i][0], i - 1
                continue
            if not self.is_title(w):
                link = self._institution_link(toks, i)
                if link is None:
                    break
                # « la présidente de la Confédération X », "the Chair of the Federation X": an
                # institution after a title word and its link is the title's
                start, i = toks[link][0], link - 1
                continue
            titled = titled or all(p in rules.TITLE_WORDS
                                   for p in re.sub(r"^[ld]'(?=\w)", "", w.lower().strip("'.,")).split("-"))
            start, i = toks[i][0], i - 1
        return base + start if titled and start is not None else None


def titles_of(titled: list[tuple[int, str, str]], aliases: dict[str, list[str]]) -> dict[str, set[str]]:
    """Name -> the words of the titles the document gave it ("Japan's Chief
    Cabinet Secretary Taro Yamada") and of the role descriptions of the alias
    table ("le président russe" for Vladimir Putin)."""
    out: dict[str, set[str]] = {}
    for _, title, name in titled:
        out.setdefault(name, set()).update(role_words(title))
    for name, forms in aliases.items():
        words = out.setdefault(name, set())
        for f in forms:
            words.update(role_words(f))
    return out
