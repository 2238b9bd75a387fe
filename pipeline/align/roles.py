"""Who speaks for whom: a person the articles of a run describe, in a quote's
own sentence, by a role held for an organisation or a state ("Kremlin
spokesman Dmitry Peskov", "Peskov, the Kremlin's spokesman", "le porte-parole
du Kremlin, Dmitri Peskov", "South Korea's foreign minister Park Jin") is that
body's voice: the words one article credits to him, another credits to the
body ("the Kremlin said"). ``Scorer.score`` lets such a person and that body
report the same short phrase, which it otherwise keeps apart (a short phrase
is common).

A role is a noun of speaking for a body in news style (spokesperson,
minister, ambassador, envoy, secretary, president, head, leader, aide
and their French forms); the body must be named within ``_NEAR`` words of the role, and the role
is the person's when the name nearest to it (a capitalised word that is not
the body's; after it on a tie) is the person's, within ``_NEAR`` words
("Blinken told China's top diplomat Wang Yi" gives Blinken no role).
"""

from __future__ import annotations

import re

from pipeline.align.cognates import STOPWORDS_BY_LANG
from pipeline.align.speakers import same_word
from pipeline.align.words import STOPWORDS
from pipeline.function_words import DETERMINERS, PREPOSITIONS
from pipeline.quotes.folding import fold
from pipeline.quotes.pronoun_table import HEAD_OF_GOVERNMENT, ROLE_OF
from pipeline.quotes.roles import FORMER
from pipeline.quotes.rules import ROLE_HEADS, TITLE_WORDS
from pipeline.states import STATE_BODIES

# nouns of speaking for a body (English, French), lowercase and folded: the
# one-word heads of the descriptions of those roles (``rules.ROLE_HEADS``; no
# deputy, no "boss") and a few more
_SPEAKING_FOR = ("spokesperson", "minister", "secretary", "adviser", "diplomat", "envoy", "ambassador", "president",
                 "leader", "premier", "chief")
_NOT_ROLES = frozenset(("vice-ministre", "vice-president", "vice-président", "secretary-general", "émissaire", "boss"))
ROLES = frozenset(fold(w) for k in _SPEAKING_FOR for w in ROLE_HEADS[k] if " " not in w and w not in _NOT_ROLES) | {
    fold(w) for w in ("spokespeople", "ministry", "ministère", "chancelière", "representative", "représentant",
                      "représentante", "diplomacy", "diplomatie", "head", "aide")}
_NEAR = 4
_NONE: frozenset[str] = frozenset()
_GAP = re.compile(r"\s*(?:(?:\w+|[a-z]['\u2019]|'s|\u2019s)\s*){0,2}")
_WORD = re.compile(r"[^\W\d_][\w-]*")
# a word between the body and the role is lowercase, or a title's capitalised word ("Russian
# Foreign Minister", "Danish Prime Minister"); a word of rank makes another post (a deputy
# foreign minister speaks for the state, but is no foreign minister)
_RANKS = FORMER | frozenset(("deputy", "vice", "acting", "assistant", "first", "adjoint", "adjointe", "interim",
                             "vice-ministre", "vice-premier"))
_TITLE_CAPS = frozenset(fold(w) for w in TITLE_WORDS)
_FUNCTION = STOPWORDS | frozenset(w for ws in STOPWORDS_BY_LANG.values() for w in ws)
_TOKEN = re.compile(r"[^\W\d_](?:[\w-]|['\u2019](?=\w))*")


class Roles:
    """Collects, quote by quote, the bodies each person speaker is said to
    speak for (``add``); ``of(person)``: those bodies, as ``Features.org`` spells them."""

    def __init__(self, aliases: dict[str, list[str]] | None, canon: dict[str, str]):
        # spelling (folded words, a leading article dropped) -> the body's name as
        # matched (``canon``: an institution's state)
        self.spell: dict[tuple[str, ...], str] = {}
        self.adjectives: set[tuple[str, ...]] = set()
        for name, spellings in (aliases or {}).items():
            body = canon.get(name.casefold(), name.casefold())
            for sp in (name, *spellings):
                self._spelling(sp, body, override=True)
            # the adjective of a state names it as a body's owner ("the Chinese foreign
            # ministry"): a looser sign, kept apart (``of_any``)
            for adj in STATE_BODIES.get(name, ((), ()))[1]:
                self._spelling(adj, body, adjective=True)
        # every other state by its names and adjectives ("Danish Prime Minister", « la Première
        # ministre danoise »)
        for name, (names, adjectives) in STATE_BODIES.items():
            body = canon.get(name.casefold(), name.casefold())
            for sp in (name, *names):
                self._spelling(sp, body)
            for adj in adjectives:
                self._spelling(adj, body, adjective=True)
        self.longest = max((len(k) for k in self.spell), default=0)
        self.found: dict[str, set[str]] = {}
        self._frozen: dict[str, frozenset[str]] = {}  # ``of``'s answers
        self.loose: dict[str, set[str]] = {}  # bodies named by their adjective only
        # (role, body) -> the persons titled so, folded -> as spelled ("ambassador", "russia")
        self.titles: dict[tuple[str, str], dict[str, str]] = {}

    def _spelling(self, spelling: str, body: str, adjective: bool = False, override: bool = False) -> None:
        """Read ``spelling`` as naming ``body`` (a name loses a leading article); a
        spelling already read keeps its body unless ``override``."""
        words = [w for _, _, w in _tokens(spelling)]
        while not adjective and words and words[0] in _FUNCTION:
            words.pop(0)
        key = tuple(words)
        if key and (override or key not in self.spell):
            self.spell[key] = body
            if adjective:
                self.adjectives.add(key)

    def add(self, person: str | None, context: str | None) -> None:
        if not person or not context or not self.spell or " " not in person.strip():
            return
        toks = _tokens(context)
        words = [w for _, _, w in toks]
        roles = [i for i, w in enumerate(words) if _role(w)]
        if not roles:  # (most sentences name no role: the cheap test first)
            return
        surname = person.split()[-1]
        at = [i for i, w in enumerate(words) if same_word(w, surname)]
        if not at:
            return
        bodies = self._bodies(words)
        in_body = {i for lo, hi, _, _ in bodies for i in range(lo, hi + 1)}
        # the names in the sentence: capitalised words that are not a body, a role or a function word
        # (a word of the person's own name is one, whatever else it spells: Choe Son Hui's "son")
        own = {w for _, _, w in _tokens(person)}
        named = [i for i, (a, _, w) in enumerate(toks) if context[a].isupper() and i not in in_body
                 and not _role(w) and (w not in _FUNCTION or w in own)]
        for r in roles:
            if not named:
                break
            # the role is held by the name nearest to it (after it on a tie)
            h = min(named, key=lambda i: (abs(i - r), i < r))
            if abs(h - r) > _NEAR:
                continue
            # ... and that name is the person's (its words run on to the surname)
            a = min(at, key=lambda i: abs(i - h))
            if not all(j in named for j in range(min(a, h), max(a, h) + 1)):
                continue
            for lo, hi, body, adj in bodies:
                # the body beside the role: at most two words between, lowercase or a title's, no punctuation
                gap = context[toks[hi][1]:toks[r][0]] if hi < r else context[toks[r][1]:toks[lo][0]]
                ok, ranked = _gap(gap)
                if ok and not (h < r and _governed(words, min(lo, r))):
                    (self.loose if adj else self.found).setdefault(person.strip().casefold(), set()).add(body)
                    key = None if ranked or _other_office(words, min(lo, r)) else _office(words, r)
                    if key is not None:
                        self.titles.setdefault((key, body), {}).setdefault(person.strip().casefold(), person.strip())

    def _bodies(self, words: list[str]) -> list[tuple[int, int, str, bool]]:
        """The bodies named in ``words`` (longest spelling first): first and last
        word index, the body, whether named by its state's adjective only."""
        bodies = []
        i = 0
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                body = self.spell.get(tuple(words[i:i + n]))
                if body:
                    bodies.append((i, i + n - 1, body, tuple(words[i:i + n]) in self.adjectives))
                    i += n - 1
                    break
            i += 1
        return bodies

    def bodies_in(self, text: str) -> list[str]:
        """The bodies a description names ("Russia's ambassador", « l'ambassadeur russe »)."""
        return [body for _, _, body, _ in self._bodies([w for _, _, w in _tokens(text)])]

    def holders(self, key: str, body: str) -> list[str]:
        """The persons the run's articles title with role ``key`` (``rules.ROLE_HEADS``' keys) for ``body``."""
        return sorted((self.titles.get((key, body)) or {}).values())

    def of(self, person: str | None) -> frozenset[str]:
        """The bodies ``person`` speaks for: one frozenset per person, shared
        by all of the person's quotes (the empty one for everyone else)."""
        got = self.found.get(person or "")
        if not got:
            return _NONE
        frozen = self._frozen.get(person or "")
        if frozen is None:  # (read after the last ``add``)
            frozen = self._frozen[person or ""] = frozenset(got)
        return frozen

    def of_any(self, person: str | None) -> frozenset[str]:
        """``of``, and the bodies named only by their state's adjective
        ("a spokeswoman for the Chinese foreign ministry", "Russian President X"):
        too common a sign to link any short phrase by, enough for a fragment
        that only one statement of the person holds (``fragments.py``)."""
        loose = self.loose.get(person or "")
        return self.of(person) | loose if loose else self.of(person)


def _preposition_before(words: list[str], start: int) -> int:
    """The index of the preposition that governs the title beginning at
    ``words[start]`` (past determiners), or -1."""
    j = start - 1
    while j >= 0 and words[j] in DETERMINERS:
        j -= 1
    return j if j >= 0 and words[j] in PREPOSITIONS else -1


def _governed(words: list[str], start: int) -> bool:
    """Whether a preposition governs the title that begins at ``words[start]``: a
    title after the name it is nearest to is then someone else's ("X told the US
    defence chief", « X a déclaré au chef du Pentagone »), while one before its
    name is that name's ("according to Kremlin spokesman X")."""
    j = _preposition_before(words, start)
    return j >= 0 and words[j] not in ("as", "comme")


def _other_office(words: list[str], start: int) -> bool:
    """Whether the title that begins at ``words[start]`` names an office its holder
    does not hold: one of rank before it ("former Russian President X", « l'ancien
    président russe X »), or the complement of another role ("le porte-parole du
    président russe, X", "an adviser to the Ukrainian president, X")."""
    if start and words[start - 1] in _RANKS:
        return True
    j = _preposition_before(words, start)
    return j >= 1 and _role(words[j - 1])


def _office(words: list[str], r: int) -> str | None:
    """The office the role word ``words[r]`` names (``rules.ROLE_HEADS``' keys, as
    ``pronoun_table.office_of`` reads a description): its longest head (« chef de la
    diplomatie » is a minister, « chef » a chief), a prime minister apart."""
    key = next((ROLE_OF[k] for n in (4, 3, 2, 1) if (k := " ".join(words[r:r + n])) in ROLE_OF), None)
    if key == "minister" and r and f"{words[r - 1]} {words[r]}" in HEAD_OF_GOVERNMENT:
        return "prime minister"
    return key


def _gap(gap: str) -> tuple[bool, bool]:
    """Whether ``gap`` may stand between a body and its role (``_GAP``, ``_TITLE_CAPS``),
    and whether it holds a word of rank (``_RANKS``: the person speaks for the body, but
    holds another post than the role's)."""
    words = [(w, fold(w.casefold())) for w in _WORD.findall(gap)]
    ok = bool(_GAP.fullmatch(gap)) and all(w.islower() or f in _TITLE_CAPS or f in _RANKS for w, f in words)
    return ok, any(f in _RANKS for _, f in words)


def _role(word: str) -> bool:
    return word in ROLES or (word.endswith("s") and word[:-1] in ROLES)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Words with their offsets, lowercase and without accents; a possessive
    or elided article is cut off ("kremlin's", "l'ukraine")."""
    out = []
    for m in _TOKEN.finditer(text):
        a, w = m.start(), fold(m.group().casefold())
        if w.endswith("'s"):
            w = w[:-2]
        elif len(w) > 2 and w[1] == "'" and w[0] in "ldjnms":
            w, a = w[2:], a + 2
        out.append((a, m.end(), w))
    return out
