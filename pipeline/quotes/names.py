"""Who can speak, and where a document mentions them.

Speakers are people and organisations of the alias tables (and the outlets of
``clean.outlets``); state bodies and unnamed officials (bodies.py), over an
organisation alias that names the body itself; unknown capitalised names, kept
as written without their title (``Prime Minister Fumio Kishida`` -> Fumio
Kishida; unknown_names.py, name_titles.py), and a lone capitalised word that the text shows to be someone's name
(lone_names.py: ``Ushakov, a Kremlin aide, said``, ``Blinken said``); and pronouns, resolved later (pronouns.py). Names are matched
case-insensitively, with accents, apostrophes and hyphens folded.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.quotes import rules
from pipeline.quotes.bodies import body_mention, compile_bodies
from pipeline.quotes.folding import alias_key, compile_aliases, fold
from pipeline.quotes.holders import titles_another
from pipeline.quotes.labels import unlabel
from pipeline.quotes.mentions import Mention, flag_possessive
from pipeline.function_words import PREPOSITIONS
from pipeline.organisations import international_bodies, with_world
from pipeline.quotes.lone_names import LoneNames
from pipeline.quotes.name_titles import NameTitles
from pipeline.quotes.titles import Titles
from pipeline.quotes.unknown_names import HONORIFIC, UnknownNames
from pipeline.states import state_words

if TYPE_CHECKING:
    from pipeline.config import QuotesConfig
    from pipeline.data import Document, Paragraph

# words that open a clause: a pronoun-like noun before them is a subject, not the
# title of a name after it ("the agency said that KCNA ...")
_CLAUSE_WORDS = frozenset("""que qu qui a ont est sont etait avait that which who whom is was were are has
    have had and or but et ou mais selon as cite citant cites quotes quoting
    depuis dans en lors pendant sur vers since from in at during on to""".split())  # (a place or a time: no title)
# a person in the genitive complement of a description owns the role, does not hold it: « ce
# conseiller du président russe » is an adviser (named before), not the president
_GENITIVE = frozenset(("de", "du", "des", "d'", "of"))
# ... and the object of any other preposition holds none either (« a déclaré le vice-président envers X »)
_NO_HOLDER_AFTER = _GENITIVE | PREPOSITIONS


@dataclass(frozen=True)
class Lexicon:
    """The tables of who can speak, compiled for matching on folded text."""

    alias_rx: re.Pattern  # people, organisations and outlets
    person_rx: re.Pattern  # people only
    lookup: dict[str, tuple[str, str]]  # alias key -> (canonical name, kind)
    body_rx: re.Pattern  # state bodies and unnamed officials
    owners: dict[str, str]  # owner key -> canonical speaker
    titles: Titles

    @classmethod
    def build(cls, cfg: QuotesConfig, outlets: dict[str, list[str]]) -> Lexicon:
        alias_rx, lookup = compile_aliases(
            [("person", cfg.speaker_aliases), ("org", with_world(cfg.organisation_aliases)), ("outlet", outlets)])
        person_rx, _ = compile_aliases([("person", cfg.speaker_aliases)])
        body_rx, owners = compile_bodies(lookup)
        return cls(alias_rx, person_rx, lookup, body_rx, owners, Titles(owners))

    def body_names(self) -> dict[str, frozenset[str]]:
        """Organisation -> its names and acronyms as title words spell them (folded,
        lower case, no elided article; three letters or more: "un" is a French word)."""
        out: dict[str, set[str]] = {}
        for key, (name, kind) in self.lookup.items():
            word = key.removeprefix("l'")
            if kind == "org" and len(word) >= 3:
                out.setdefault(name, set()).add(word)
        return {name: frozenset(words) for name, words in out.items()}


class _Spans:
    """Mentions that do not overlap one another, sorted by start, for overlap
    queries by bisection (their ends are sorted too)."""

    def __init__(self, items: list[Mention] = ()):
        self.items = sorted(items, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def insert(self, m: Mention) -> None:
        i = bisect.bisect_right(self.starts, m.start)
        self.starts.insert(i, m.start)
        self.items.insert(i, m)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions overlapping [start, end), in text order."""
        i = j = bisect.bisect_left(self.starts, end)  # items[:j] start before end
        while i > 0 and self.items[i - 1].end > start:
            i -= 1
        return self.items[i:j]


_INDEFINITE = re.compile(r"(?:^|\W)(?i:an?|une?)\s+(?:(?:[A-Z][\w.'-]*|(?i:%s))\s+){0,2}$"
                         % "|".join(map(re.escape, rules.BODY_MODIFIERS)))
# the role nouns of unnamed officials (rules), and aides and advisers
_ROLE_IN_ALIAS = re.compile(r"(?<![\w'-])(?i:%s)(?![\w'-])" % "|".join(map(re.escape, sorted(
    {v for w in (*rules.ROLE_NOUNS, *rules.ROLE_NOUNS_FR, *rules.ROLE_HEADS["adviser"], "aide", "aides") for v in (w, fold(w))},
    key=len, reverse=True))))
# a state's official name goes on after "République"/"Republic" (« le président de la
# République tchèque », "the President of the Republic of Korea"): the office of that
# state, not the one a bare « le président de la République » names
_REPUBLIC_OF = re.compile(r"\s+(?:(?i:islamique|populaire|democratique|federale|arabe|socialiste|islamic|people's|"
                          r"democratic|federal|arab|socialist)(?![\w'-])|(?:de|du|des|of)\s+(?:la\s+|l'|the\s+)?[A-Z]"
                          r"|d'[A-Z]|(?P<adj>[a-z][\w-]*))")


def _republic_of(text: str, m: re.Match, owners: dict) -> bool:
    """Does the alias ``m``, ending in "République" or "Republic", run on into another state's name?"""
    if not re.search(r"(?i)republi(?:que|c)$", m[0]):
        return False
    nxt = _REPUBLIC_OF.match(text, m.end())
    return nxt is not None and (nxt["adj"] is None or nxt["adj"].lower() in owners)


def _national(text: str, m: re.Match) -> bool:
    """Does a state's adjective qualify the international body's name ``m``
    ("the Ukrainian Red Cross", « la Croix-Rouge ukrainienne »)? Then it is that
    state's body of the same name, not the international one."""
    before = re.search(r"([\w'’-]+)\s+$", text[max(0, m.start() - 30):m.start()])
    after = re.match(r"\s+([\w'’-]+)", text[m.end():m.end() + 30])
    return bool((before and before[1][:1].isupper() and before[1] in state_words())
                or (after and after[1].islower() and after[1] in state_words()))


def _holds(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Does a span of ``spans`` (sorted) lie strictly inside [lo, hi)?"""
    i = bisect.bisect_left(spans, (lo, lo))
    while i < len(spans) and spans[i][0] < hi:
        a, b = spans[i]
        if b <= hi and (a, b) != (lo, hi):
            return True
        i += 1
    return False


# a social media channel named by its name: "Telegram channel Grey Zone", "the Grey Zone
# channel", « la chaîne Telegram Grey Zone »
_CHANNEL_NAME = r"(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,3}"
_CHANNEL = re.compile(
    rf"(?:Telegram\s+channel|cha[iî]ne\s+Telegram|compte\s+Telegram)\s*,?\s+(?P<n>{_CHANNEL_NAME})"
    rf"|(?<=\bthe\s)(?P<m>{_CHANNEL_NAME})\s+(?:Telegram\s+)?(?:channel|blog)\b", re.IGNORECASE)


_HONORIFIC_BEFORE = re.compile(rf"(?<![\w'])(?:{HONORIFIC})(?:\s+|(?<=\.))$")


def _honoured(text: str, lo: int, start: int) -> int:
    """``start``, or the start of an honorific right before it."""
    hon = _HONORIFIC_BEFORE.search(text, max(lo, start - 6), start)
    return hon.start() if hon else start


class MentionFinder(UnknownNames, LoneNames, NameTitles):
    """Every mention of a possible speaker in one document. ``titled`` collects
    (position, title, name) for the names that came with a title ("Prime
    Minister Fumio Kishida"), for references.py."""

    def __init__(self, doc: Document, masked: str, lexicon: Lexicon, verb_rx: re.Pattern,
                 pronoun_rx: re.Pattern, cue_rx: re.Pattern | None = None):
        self.doc, self.masked, self.lexicon = doc, masked, lexicon
        self.titles = lexicon.titles
        self.verb_rx, self.pronoun_rx, self.cue_rx = verb_rx, pronoun_rx, cue_rx
        self.titled: list[tuple[int, str, str]] = []
        self._lower: set[str] | None = None  # the document's words written in lower case
        self._text_lower: set[str] | None = None  # the same, quotations included
        self.labelled: set[int] = set()  # paragraphs a section label opens (labels.py)

    def find(self) -> list[Mention]:
        """The mentions in text order. Overlaps go to people (aliases), then
        state bodies and unnamed officials, then the other aliases, then
        unknown names, then pronouns."""
        out = []
        for p in self.doc.paragraphs:
            out.extend(unlabel(self, p, [flag_possessive(self.masked, m) for m in self._paragraph(p)]))
        return sorted(out)

    def _paragraph(self, p: Paragraph) -> list[Mention]:
        text, lex = self.masked, self.lexicon
        found: list[Mention] = []

        taken = _Spans()  # found, sorted: overlap tests in O(log n) (one paragraph may hold 10,000 names)

        def add(cands: list[Mention]) -> None:
            for c in cands:  # each against found and the candidates kept before it
                if not taken.overlapping(c.start, c.end):
                    found.append(c)
                    taken.insert(c)

        # a person alias takes the honorific before it ("M. Zakharova", whatever its gender);
        # a role alias after an indefinite article names nobody ("a State Department
        # spokesman said" is some spokesman, not the one the alias stands for)
        add([Mention(_honoured(text, p.start, m.start()), m.end(), *lex.lookup[alias_key(m[0])])
             for m in lex.person_rx.finditer(text, p.start, p.end)
             if not (_INDEFINITE.search(text, max(p.start, m.start() - 24), m.start())
                     and _ROLE_IN_ALIAS.search(m[0])) and not _republic_of(text, m, lex.owners)
             and not titles_another(text, m, p.end, lex.titles, lex.lookup)])
        bodies = [body_mention(m, lex.owners) for m in lex.body_rx.finditer(text, p.start, p.end)]
        aliases = [Mention(m.start(), m.end(), *lex.lookup[alias_key(m[0])])
                   for m in lex.alias_rx.finditer(text, p.start, p.end) if not _republic_of(text, m, lex.owners)
                   and not (lex.lookup[alias_key(m[0])][1] == "person"
                            and titles_another(text, m, p.end, lex.titles, lex.lookup))
                   and not (lex.lookup[alias_key(m[0])][0] in international_bodies() and _national(text, m))]
        # "the US president", "le président russe": a role description holding a
        # state's name is someone of that state, not the state
        inner = sorted((a.start, a.end) for a in (*aliases, *bodies) if a.kind != "role")
        pronouns = [Mention(m.start(), m.end(), self.doc.text[m.start():m.end()], "pronoun")
                    for m in self.pronoun_rx.finditer(text, p.start, p.end)]
        add([x for x in pronouns if " " in x.name.strip() and _holds(inner, x.start, x.end)])
        add(bodies)
        add(aliases)
        # "the Telegram channel Grey Zone", "a post in the Grey Zone channel": a channel speaks
        add([Mention(m.start(g), m.end(g), " ".join(m[g].split()), "org")
             for m in _CHANNEL.finditer(text, p.start, p.end) for g in ("n", "m") if m[g]])
        names = self._names(p.start, p.end, taken)
        # "Kim Yo Jong" replaces the alias "Kim" it starts with
        longest, ends = {}, {n.end: n.start for n in names}
        for n in names:
            longest[n.start] = max(n.end, longest.get(n.start, n.end))
        # ... and "Vitaliy Kim" the one-word alias "Kim" it ends with
        found = [f for f in found if not longest.get(f.start, f.end) > f.end
                 and not (f.kind == "person" and " " not in text[f.start:f.end] and ends.get(f.end, f.start) < f.start)]
        taken = _Spans(found)
        add(names)  # before pronouns: "Kim Jong Il" is no "il"
        add(pronouns)
        return self._drop_titles(sorted(found))

    def _drop_titles(self, found: list[Mention]) -> list[Mention]:
        """``found`` (in text order) without the pronoun-like nouns that are the
        title of the name after them: "the agency KCNA", "l'agence KCNA", and
        with adjectives between them, "l'agence officielle nord-coréenne KCNA",
        "the state news agency KCNA"."""
        out, nxt = [], None
        for f in reversed(found):
            if f.kind != "pronoun":
                nxt = f
            elif nxt is not None and self._is_title_of(f, nxt):
                continue
            out.append(f)
        return out[::-1]

    def _is_title_of(self, f: Mention, g: Mention) -> bool:
        gap = self.masked[f.end:g.start]
        if not gap.strip():
            return True
        if not re.search(r"[\s']", f.name.strip()) or g.kind not in ("outlet", "org", "person", "name"):
            return False  # "il", "he": a pronoun, not a noun with a title's place
        words = gap.split()
        if g.kind in ("person", "name") and words[0].lower() in _NO_HOLDER_AFTER:
            return False
        return (len(words) <= 4 and re.fullmatch(r"[\s\w'-]+", gap) is not None
                and not any(w.lower() in _CLAUSE_WORDS or self.verb_rx.fullmatch(w)
                            or w.lower().endswith("ed") for w in words))

