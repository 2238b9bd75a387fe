"""Who said it: speaker attribution for extracted quotes.

Every quote gets ``(speaker, note)``: a canonical name (a person, an
organisation or an outlet) and how it was found, or ``None`` and why not. A
speaker is only given when a reporting verb sits in the quote's sentence
within ``max_gap_chars`` of its marks; nothing is guessed from mere proximity.

The verb's subject is found the way French and English news writing places it:

- an incise after the quote, with the subject after the verb
  (``», a déclaré le porte-parole du Kremlin, Dmitri Peskov``, ``," said Putin``)
  or before it (``," Putin told reporters``, ``," he said``);
- an inverted pronoun (``a-t-il déclaré``, ``ajoute-t-elle``);
- a subject before a verb that introduces the quote (``Le dirigeant
  nord-coréen a souligné : « »``, ``X a qualifié ... de « »``), skipping an
  apposition (``Dmitri Peskov, porte-parole du président Poutine, a déclaré``);
- ``selon X`` / ``according to X``; ``Interfax reported Peskov as saying``.

Order: an incise right after the closing mark wins, then a verb before an
embedded quote, then a verb further on in the sentence. An outlet in that
incise (``Kim a salué le « succès », a rapporté KCNA``) yields to a speaker
before the quote: the outlet relays, it does not speak.

Pronouns resolve to the last named subject of a reporting verb before them in
the document (people only for il/elle/he/she), else to the last person named
before them. A quote that opens its own
sentence with no verb at all continues the previous quote of its paragraph
(``"A", a déclaré X. "B"``) and takes its speaker. Names are matched through
the alias tables (case-insensitive, accents, apostrophes and hyphens folded);
an unknown capitalised name (``Sergueï Lavrov``, ``Mr Smith``) is kept as written.

Quotes and their contents are blanked out before searching, so names and verbs
inside quotations never count.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from pipeline.quotes import rules

if TYPE_CHECKING:
    from pipeline.config import QuotesConfig
    from pipeline.data import Document

_SPECIAL = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
            "\u2007": " ", "‐": "-", "‑": "-"}


class _FoldTable(dict):
    """str.translate table filled on demand: one character for one."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        out = _SPECIAL.get(c)
        if out is None:
            d = unicodedata.normalize("NFD", c)
            out = d[0] if len(d) > 1 and all(unicodedata.combining(x) for x in d[1:]) else c
        self[code] = out
        return out


_FOLD = _FoldTable()

# a comma or closing quote, then at most two words, right before a verb: an incise
# ("», a déclaré X", '," Putin said'), unless a conjunction joins the verb to an
# earlier subject ('X a salué le "..." et a déclaré')
_INCISE = re.compile(r"[,»\"”›]\s*(?:[\w'.-]+\s+){0,2}$")
_CONJUNCTIONS = frozenset("et puis mais ou and but or then".split())
# "X, apposition, a déclaré": the head before the apposition holds the subject
_APPOSITION = re.compile(r",[^,]{1,100},\s*(?:[a-z]{1,6}\s+)?$")
# "a-t-il déclaré" (auxiliary before the verb), "ajoute-t-elle", "dit-il" (right after it)
_INVERTED_BEFORE = re.compile(
    r"(?<![\w-])(?:a|ont|avait|avaient|aurait|auraient|va|vont)-(?:t-)?(il|elle|ils|elles)\s+(?:[\w']+\s+)?$",
    re.IGNORECASE)
_INVERTED_AFTER = re.compile(r"-(?:t-)?(il|elle|ils|elles)(?![\w])", re.IGNORECASE)
# words between a verb and a following name that make the name an object, not the subject
_BLOCKERS = frozenset("""que qu à a au aux avec pour sur dans en chez contre entre vers
    that to with for on in at about into when as than""".split())
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|having\s+said)\b", re.IGNORECASE)  # "quoted Kim as saying"
# between a closing mark and a verb that attributes the quote: a comma and a few words
_TIGHT = re.compile(r"\s*[,;:]?\s*(?:[\w'.-]+\s+){0,4}")
_STOP_AFTER = set(':;.!?«»"“”‹›(')
_MARK_CHARS = set('«»"“”‹›„')
_HONORIFIC = r"(?:M|MM|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr)\.?"
_NAME = re.compile(rf"(?<![\w'])(?:(?P<hon>{_HONORIFIC})\s+)?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")


def fold(text: str) -> str:
    """``text`` with accents dropped and apostrophes, odd spaces and hyphens
    unified, one character for one, so offsets stay valid."""
    return text.translate(_FOLD)


def alias_key(name: str) -> str:
    return " ".join(re.split(r"[\s-]+", fold(name).lower().strip()))


def compile_aliases(tables: list[tuple[str, dict[str, list[str]]]]) -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """One regex over every alias of every (kind, table), longest first, run on
    folded text; and alias key -> (canonical name, kind). Earlier tables win."""
    return _compile_aliases(tuple((kind, tuple((k, tuple(v)) for k, v in t.items())) for kind, t in tables))


@functools.lru_cache(maxsize=8)  # the same config serves every document of a run
def _compile_aliases(tables: tuple) -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    lookup: dict[str, tuple[str, str]] = {}
    parts: list[tuple[int, str]] = []
    for kind, table in tables:
        for canon, aliases in table:
            for alias in (canon, *aliases):
                key = alias_key(alias)
                if not key or key in lookup:
                    continue
                lookup[key] = (canon, kind)
                body = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", fold(alias).strip()))
                parts.append((len(alias), f"(?i:{body})" if len(alias) >= 4 else body))
    parts.sort(key=lambda p: -p[0])
    alternation = "|".join(p for _, p in parts) or r"(?!)"
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])"), lookup


def words_rx(words: list[str]) -> re.Pattern:
    """Whole-word, case-insensitive alternation over folded words, longest first."""
    forms = sorted({fold(w).lower() for w in words if w.strip()}, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in forms) or r"(?!)"
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w])", re.IGNORECASE)


def _alt(forms, case_short: bool = True) -> str:
    """Alternation over folded forms, longest first; spaces and hyphens
    interchangeable; forms under four characters only as written."""
    out = []
    for f in sorted({fold(f).strip() for f in forms if f.strip()}, key=len, reverse=True):
        body = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", f))
        out.append(f"(?-i:{body})" if case_short and len(f) < 4 else body)
    return "|".join(out) or r"(?!)"


def _owner_key(text: str) -> str:
    return alias_key(re.sub(r"'s?$", "", fold(text).strip()))


@functools.lru_cache(maxsize=8)
def _compile_bodies(lookup_items: frozenset) -> tuple[re.Pattern, dict[str, str]]:
    """The regex of state bodies and unnamed officials (rules.STATE_BODIES and
    the noun lists), and owner key -> canonical speaker. ``lookup_items`` are the
    configured aliases: a configured name keeps its canonical form, and names
    configured on their own are left to the alias tables."""
    lookup = {k: (canon, kind) for k, canon, kind in lookup_items}
    owners: dict[str, str] = {}
    names, adjectives, bare = [], [], []
    for canon, (ns, adjs) in rules.STATE_BODIES.items():
        configured = next((lookup[k][0] for n in ns for k in (alias_key(n), *(alias_key(f"{d} {n}") for d in
                           ("the", "le", "la", "les", "l'"))) if k in lookup and lookup[k][1] == "org"), None)
        for form in (*ns, *adjs):
            owners.setdefault(alias_key(form), configured or canon)
        names += ns
        adjectives += adjs
        bare += [n for n in ns if alias_key(n) not in lookup]
    det = r"(?:(?:the|a|an|one|two|three|several|some|many|other)\s+)"
    mod = rf"(?:(?:{_alt(rules.BODY_MODIFIERS)})[\s-]+)"
    # "official" is also an adjective: "North Korea's official news agency", "... official KCNA"
    official = r"officials?(?!\s+(?:news|media|state|statement|visit|agency|newspaper|television|tv|channel|website|residence|(?-i:[A-Z])))"
    role = "|".join([_alt([r for r in rules.ROLE_NOUNS if r not in ("official", "officials")]), official])
    body = _alt(rules.BODY_NOUNS)
    owner = _alt([*names, *adjectives])
    owner_name = _alt(names)
    fr_det = r"(?:(?:le|la|les|un|une|des)\s+|l')"
    fr_of = r"(?:du|de\s+la|de\s+l'|des|de|d')\s*"
    fr_role, fr_body = _alt(rules.ROLE_NOUNS_FR), _alt(rules.BODY_NOUNS_FR)
    fr_compl = rf"(?:\s+(?:{_alt(rules.BODY_COMPLEMENTS_FR)}))"
    fr_adj = _alt([a for _, adjs in rules.STATE_BODIES.values() for a in adjs])
    parts = [
        # "the Japanese government", "Japan's chief cabinet secretary", "a senior US official"
        rf"{det}?{mod}{{0,2}}(?P<o1>{owner})(?:'s?)?\s+{mod}{{0,3}}(?:(?P<r1>{role})|(?P<b1>{body}))",
        # "a spokesperson for the White House", "officials from Japan's foreign ministry"
        rf"{det}?{mod}{{0,2}}(?:(?P<r2>{role})|(?P<b2>{body}))\s+(?:for|of|at|from|in)\s+(?:the\s+)?"
        rf"(?P<o2>{owner_name})(?:'s?\s+{mod}{{0,2}}(?:{body}))?",
        # "le porte-parole du gouvernement japonais", "le ministère sud-coréen des Affaires étrangères"
        rf"{fr_det}?(?:(?P<r3>{fr_role})\s+{fr_of})?(?:(?P<b3>{fr_body})|(?P<r3b>{fr_role})){fr_compl}?\s+"
        rf"(?P<o3>{fr_adj}){fr_compl}?",
        # "un porte-parole de la Maison Blanche", "le gouvernement du Japon"
        rf"{fr_det}?(?:(?P<r4>{fr_role})|(?P<b4>{fr_body})){fr_compl}?\s+{fr_of}(?P<o4>{owner_name})",
        # "Tokyo", "the White House" on their own (names the alias tables do not have)
        rf"(?P<o5>{_alt(bare)})",
    ]
    rx = re.compile(r"(?<![\w'-])(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?![\w-])", re.IGNORECASE)
    return rx, owners


def body_mention(m: re.Match, owners: dict[str, str]) -> Mention:
    """The Mention of a match of the body regex: the owner's canonical name, as
    a "role" (an unnamed official) or an "org" (the body itself)."""
    groups = m.groupdict()
    owner = next(groups[g] for g in ("o1", "o2", "o3", "o4", "o5") if groups[g])
    role = any(groups[g] for g in ("r1", "r2", "r3", "r3b", "r4"))
    return Mention(m.start(), m.end(), owners[_owner_key(owner)], "role" if role else "org")


@dataclass(frozen=True)
class QuoteSpan:
    """Where one quote sits: its marks and its text (offsets into doc.text)."""

    open: int  # index of the opening mark
    close: int | None  # index of the closing mark; None when the quote runs on into the next paragraph
    start: int
    end: int
    para: int  # index into doc.paragraphs
    group: int  # the pieces of one quotation spread over paragraphs share a group


class Mention(NamedTuple):
    start: int
    end: int
    name: str  # canonical name, or the pronoun as written
    # "person", "org", "outlet", "name" (unknown capitalised name), "role" (an unnamed
    # official, named after the body it speaks for) or "pronoun"
    kind: str
    possessive: bool = False  # "Putin's spokesman": Putin owns the subject, he is not it


class _Hit(NamedTuple):
    """A verb-like span found by a construction, with the methods of a match."""

    s: int
    e: int

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


class Sentences:
    """Sentence lookup by position: the segment stage's sentences when it ran, else computed here."""

    def __init__(self, doc: Document):
        self.doc = doc
        if doc.segments:
            self.spans = sorted((s.start, s.end) for s in doc.segments)
        else:
            from pipeline.defaults import ABBREVIATIONS
            from pipeline.stages.segment import split_sentences

            self.spans = []
            for p in doc.paragraphs:
                found = split_sentences(doc.text[p.start:p.end], p.lang or doc.lang, ABBREVIATIONS)
                self.spans.extend((p.start + s, p.start + e) for s, e in found)
        self._starts = [s for s, _ in self.spans]

    def at(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos``; its paragraph when no sentence does."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.spans[i][1]:
            return self.spans[i]
        para = next((p for p in self.doc.paragraphs if p.start <= pos < p.end), None)
        return (para.start, para.end) if para else (pos, pos)


class Attributor:
    """Finds the speaker of each quote of one document."""

    def __init__(self, doc: Document, spans: list[QuoteSpan], cfg: QuotesConfig,
                 outlets: dict[str, list[str]], sentences: Sentences | None = None):
        self.doc, self.spans, self.cfg = doc, spans, cfg
        self.max_after = cfg.subject_after_words
        self.alias_rx, self.lookup = compile_aliases(
            [("person", cfg.speaker_aliases), ("org", cfg.organisation_aliases), ("outlet", outlets)])
        self.person_rx, _ = compile_aliases([("person", cfg.speaker_aliases)])
        self.body_rx, self.owners = _compile_bodies(
            frozenset((k, canon, kind) for k, (canon, kind) in self.lookup.items()))
        self.verb_rx = words_rx([v for vs in cfg.reporting_verbs.values() for v in vs])
        self.cue_rx = words_rx([c for cs in cfg.source_cues.values() for c in cs])
        # pronoun (folded, lower case) -> "person", "org" or "any": what it may refer to
        self.pronoun_class = {fold(p).lower(): "any" for ps in cfg.pronouns.values() for p in ps}
        self.pronoun_class.update({fold(p).lower(): "person" for p in cfg.pronouns.get("person", [])})
        for p in rules.ORG_PRONOUNS:
            self.pronoun_class.setdefault(fold(p).lower(), "org")
        self.pronoun_rx = words_rx(list(self.pronoun_class))
        self.noun_pronouns = {fold(p).lower() for p in rules.NOUN_PRONOUNS}
        # "Moscow correspondent": a name before one of these heads only modifies it
        self.head_rx = re.compile(rf"\s+(?:{_alt(rules.NOT_SPEAKER_HEADS, False)})(?![\w-])", re.IGNORECASE)
        self.greet_rx = re.compile(
            rf"(?<![\w'-])(?P<v>{_alt(rules.GREETING_VERBS, False)})(?![\w])(?:\s+[^\s.;:!?]+){{0,8}}?\s+"
            rf"(?:{_alt(rules.GREETING_LINKS, False)})(?:\s+[^\s.;:!?]+){{0,2}}?\s*[:,]?\s*$", re.IGNORECASE)
        # "KCNA quoted Kim as saying", "Kim was quoted by KCNA as saying"
        self.quoted_rx = re.compile(
            r"(?<![\w'-])(?:(?P<passive>(?:was|were|is|are|has\s+been|have\s+been|being)\s+)?(?P<v>quoted|quotes|cited|cites))"
            r"(?P<obj>\s+[^.;:!?]{1,80}?)?\s+as\s+(?:saying|having\s+said|telling|writing)(?![\w])"
            r"(?:\s+[^\s.;:!?]+){0,8}?\s*[:,]?\s*$", re.IGNORECASE)
        self.saying_rx = re.compile(
            rf",\s*(?P<v>{_alt(rules.SAYING_PARTICIPLES, False)})(?![\w])(?:\s+[^\s.;:!?]+){{0,8}}?\s*[:,]?\s*$",
            re.IGNORECASE)
        self.masked = self._mask()
        self._titles: list[tuple[int, str, str]] = []  # (position, title, name) from "Prime Minister Fumio Kishida"
        self._closes = {sp.close for sp in spans}
        self._sentences = sentences or Sentences(doc)
        self._sentence = self._sentences.at
        self.mentions = self._mentions()
        self._mention_starts = [m.start for m in self.mentions]
        self.events = self._events()

    # -- preparation ---------------------------------------------------------

    def _mask(self) -> str:
        """Folded text with every quote's words blanked (the marks stay, they show incises)."""
        chars = list(fold(self.doc.text))
        for sp in self.spans:
            hi = sp.close if sp.close is not None else self.doc.paragraphs[sp.para].end
            chars[sp.open + 1:hi] = " " * (hi - sp.open - 1)
        return "".join(chars)

    def _mentions(self) -> list[Mention]:
        """Every mention of a possible speaker, in text order. Overlaps go to
        people (aliases), then state bodies and unnamed officials, then the other
        aliases, then pronouns and unknown names."""
        text, out = self.masked, []
        for p in self.doc.paragraphs:
            found: list[Mention] = []

            def add(cands: list[Mention]) -> None:
                found.extend(c for c in cands if not any(f.start < c.end and c.start < f.end for f in found))

            add([Mention(m.start(), m.end(), *self.lookup[alias_key(m[0])])
                 for m in self.person_rx.finditer(text, p.start, p.end)])
            add([body_mention(m, self.owners) for m in self.body_rx.finditer(text, p.start, p.end)])
            add([Mention(m.start(), m.end(), *self.lookup[alias_key(m[0])])
                 for m in self.alias_rx.finditer(text, p.start, p.end)])
            names = self._names(p.start, p.end, found)
            # "Kim Yo Jong" replaces the alias "Kim" it starts with
            found = [f for f in found if not any(n.start == f.start and n.end > f.end for n in names)]
            add([Mention(m.start(), m.end(), self.doc.text[m.start():m.end()], "pronoun")
                 for m in self.pronoun_rx.finditer(text, p.start, p.end)])
            add(names)
            out.extend(self._possessive(m) for m in found)
        return self._learned(sorted(out))

    def _possessive(self, m: Mention) -> Mention:
        """The mention, flagged when a possessive 's follows it ("Putin's spokesman")."""
        after = self.masked[m.end:m.end + 3]
        if m.kind != "pronoun" and (re.match(r"'s(?![\w])", after)
                                    or (self.masked[m.end - 1] == "s" and re.match(r"'(?=\s)", after))
                                    or self.head_rx.match(self.masked, m.end)):
            return m._replace(possessive=True)
        return m

    def _names(self, lo: int, hi: int, taken: list[Mention]) -> list[Mention]:
        """Unknown capitalised names: two or more capitalised words, or one after
        M./Mr. or a title ("Prime Minister Fumio Kishida", "Japan's Chief Cabinet
        Secretary Hirokazu Matsuno": the name after the title, and the title is
        remembered for "the prime minister" later on). A known single name that
        runs on ("Kim Yo Jong") is someone else: it replaces the alias."""
        out = []
        for m in _NAME.finditer(self.masked, lo, hi):
            base = m.start("name")
            words = [(base + w.start(), w[0]) for w in re.finditer(r"\S+", m["name"])]
            titled = bool(m["hon"])
            # the part after a state body or an unnamed official's title ("White House Spokesperson John Kirby")
            before = [t for t in taken if t.start < m.end() and m.start() < t.end]
            if before:
                last = max(before, key=lambda t: t.end)
                if last.kind not in ("role", "org") or any(t.kind not in ("role", "org") for t in before):
                    replaced = self._runs_on(m, words, before)
                    if replaced is not None:
                        out.append(replaced)
                    continue
                if self.masked[last.end:last.end + 1] not in (" ", "\t", "\n"):
                    continue
                words = [w for w in words if w[0] >= last.end]
                titled = last.kind == "role"
            if not m["hon"]:
                while words and words[0][1].lower().strip("'") in rules.NAME_STOPWORDS:
                    words.pop(0)
                while len(words) > 1:
                    n = self._title_words([w for _, w in words[:3]])
                    if not n or n >= len(words):
                        break
                    del words[:n]
                    titled = True
                if (len(words) < (1 if titled else 2)
                        or self._title_words([w for _, w in words[:3]]) >= len(words)):
                    continue  # "South Korean", "Foreign Minister": a title without a name
            end, possessive = m.end(), False
            if self.masked[end - 2:end] == "'s":
                end, possessive = end - 2, True
            written = " ".join(self.doc.text[words[0][0]:end].split())
            if not written:
                continue
            title_start = self._title_before(lo, words[0][0])
            if title_start is not None:
                self._titles.append((title_start, self.doc.text[title_start:words[0][0]], written))
            out.append(Mention(m.start() if m["hon"] else words[0][0], end, written, "name", possessive))
        return out

    def _learned(self, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with later references to unknown names added: the family
        or given name alone ("Hirokazu Matsuno ... Matsuno said", "Yoon Suk Yeol
        ... Yoon said") and the title the name came with ("Japanese Prime
        Minister Fumio Kishida ... the Japanese prime minister said"), which also
        wins over the state body its title names. Each refers to the latest name
        introduced before it."""
        refs: dict[str, list[tuple[int, str]]] = {}  # folded word or title key -> (position, name)
        for m in mentions:
            if m.kind == "name" and not self.masked[m.start:m.start + 1].islower():
                words = [w for w in re.split(r"\s+", fold(m.name)) if w]
                if len(words) >= 2:
                    for w in {words[0], words[-1]}:
                        if len(w) >= 3 and w.lower() not in rules.NAME_STOPWORDS and not self._is_title(w):
                            refs.setdefault(w, []).append((m.end, m.name))
        # "Hirokazu Matsuno, Japan's chief cabinet secretary, said", "Japan's chief
        # cabinet secretary, Hirokazu Matsuno, said": the title in apposition
        for m in mentions:
            if m.kind != "name":
                continue
            after = re.match(r"\s*,\s*([^,.;:!?\"«»“”]{3,80}?)\s*(?:,|\.|$)", self.masked[m.end:m.end + 90])
            if after and self._title_phrase(after[1]):
                self._titles.append((m.end + after.start(1), self.doc.text[m.end + after.start(1):m.end + after.end(1)], m.name))
            before = re.search(r"(?:^|[,.;:!?])\s*([^,.;:!?\"«»“”]{3,80}?)\s*,\s*$", self.masked[max(0, m.start - 90):m.start])
            if before and self.masked[m.end:m.end + 1] == "," and self._title_phrase(before[1]):
                b = max(0, m.start - 90)
                self._titles.append((b + before.start(1), self.doc.text[b + before.start(1):b + before.end(1)], m.name))
        titles: dict[str, list[tuple[int, str]]] = {}
        for pos, phrase, name in self._titles:
            words = re.split(r"[\s-]+", alias_key(re.sub(r"^(?i:the|a|an|le|la|l')\s+", "", fold(phrase).strip())))
            words = [w for w in words if w]
            keys = {" ".join(words)}
            # "Prime Minister" of "Japanese Prime Minister": two words or more without the owner
            n = self._title_words(words[:3])
            if n and alias_key(" ".join(words[:n])) in self.owners and len(words) - n >= 2:
                keys.add(" ".join(words[n:]))
            for k in keys:
                titles.setdefault(k, []).append((pos, name))

        def latest(table: dict[str, list[tuple[int, str]]], key: str, pos: int) -> str | None:
            found = [name for p, name in table.get(key, []) if p <= pos]
            return found[-1] if found else None

        out = []
        for m in mentions:  # a state body's official named earlier: "Japan's chief cabinet secretary"
            if m.kind == "role":
                key = alias_key(re.sub(r"^(?i:the|a|an|le|la|l')\s+", "", self.masked[m.start:m.end]))
                name = latest(titles, key, m.start)
                if name is not None:
                    m = m._replace(name=name, kind="name")
            out.append(m)
        taken = [(m.start, m.end) for m in out]
        extra = []
        if refs:
            rx = re.compile(rf"(?<![\w'-])(?:{_alt(refs, False)})(?![\w-])")
            for p in self.doc.paragraphs:
                for r in rx.finditer(self.masked, p.start, p.end):
                    name = latest(refs, r[0], r.start())
                    if name is not None and not self._capitalised_around(r.start(), r.end()):
                        extra.append(Mention(r.start(), r.end(), name, "name"))
        if titles:
            rx = re.compile(rf"(?<![\w'-])(?i:the|le|la)\s+(?:{_alt(titles)})(?![\w-])", re.IGNORECASE)
            for p in self.doc.paragraphs:
                for r in rx.finditer(self.masked, p.start, p.end):
                    key = alias_key(re.sub(r"^\w+\s+", "", r[0]))
                    name = latest(titles, key, r.start())
                    if name is not None:
                        extra.append(Mention(r.start(), r.end(), name, "name"))
        for e in sorted(extra):
            if not any(s < e.end and e.start < t for s, t in taken):
                out.append(self._possessive(e))
                taken.append((e.start, e.end))
        return sorted(out)

    def _capitalised_around(self, s: int, e: int) -> bool:
        """Is the word at [s, e) part of a longer capitalised name?"""
        before = re.search(r"([\w'-]+)\s+$", self.masked[max(0, s - 40):s])
        after = re.match(r"\s+([\w'-]+)", self.masked[e:e + 40])
        return bool((before and before[1][0].isupper() and before[1].lower() not in rules.NAME_STOPWORDS
                     and not self._sentence_start(s - len(before[0])))
                    or (after and after[1][0].isupper()))

    def _sentence_start(self, pos: int) -> bool:
        lo, _ = self._sentence(pos)
        return not self.masked[lo:pos].strip()

    def _title_before(self, lo: int, pos: int) -> int | None:
        """Where a title right before ``pos`` starts ("Japanese Prime Minister",
        "le président sud-coréen", "a White House national security
        spokesperson"), or None. Owners alone ("Japanese") are no title."""
        toks = [(t.start(), t[0]) for t in re.finditer(r"\S+", self.masked[max(lo, pos - 120):pos])]
        base = max(lo, pos - 120)
        i, start, titled = len(toks) - 1, None, False
        while i >= 0:
            w = toks[i][1]
            if not re.fullmatch(r"[\w'.-]+", w) or w.endswith(("'", ".")) and len(w) > 4:
                break
            if i >= 1 and alias_key(re.sub(r"'s$", "", f"{toks[i - 1][1]} {w}")) in self.owners:
                start, i = toks[i - 1][0], i - 2
                continue
            if not self._is_title(w):
                break
            titled = titled or all(p in rules.TITLE_WORDS for p in w.lower().strip("'.,").split("-"))
            start, i = toks[i][0], i - 1
        return base + start if titled and start is not None else None

    def _title_phrase(self, text: str) -> bool:
        """Is ``text`` a title only ("Japan's chief cabinet secretary", "a
        spokesperson for China's foreign ministry")?"""
        words = re.findall(r"[\w'-]+", fold(text).lower())
        while words and words[0] in rules.DETERMINERS:
            words.pop(0)
        titled, i = False, 0
        while i < len(words):
            if i + 1 < len(words) and alias_key(re.sub(r"'s$", "", f"{words[i]} {words[i + 1]}")) in self.owners:
                i += 2
                continue
            w = words[i]
            if all(p in rules.TITLE_WORDS for p in w.split("-")):
                titled = True
            elif not (self._is_title(w) or w.strip("'") in rules.TITLE_LINKS):
                return False
            i += 1
        return titled

    def _is_title(self, word: str) -> bool:
        w = word.lower().strip("'.,")
        return (all(part in rules.TITLE_WORDS for part in w.split("-"))
                or alias_key(re.sub(r"'s$", "", w)) in self.owners)

    def _title_words(self, words: list[str]) -> int:
        """How many of the first words are a title or a state's name
        ("President", "South Korean", "Japan's"): 0 when none."""
        for n in (3, 2):
            if len(words) >= n and alias_key(re.sub(r"'s$", "", " ".join(words[:n]))) in self.owners:
                return n
        return 1 if words and self._is_title(words[0]) else 0

    def _runs_on(self, m: re.Match, words: list[tuple[int, str]], taken: list[Mention]) -> Mention | None:
        """'Kim Yo Jong': a one-word person alias at the start of a longer name."""
        if len(taken) != 1 or taken[0].kind != "person" or taken[0].start != words[0][0]:
            return None
        t = taken[0]
        rest = [w for pos, w in words if pos > t.end]
        if (not rest or len(rest) > 2 or len(self.masked[t.start:t.end].split()) != 1
                or any(self.verb_rx.fullmatch(w.lower()) for w in rest)
                or self.masked[t.end:t.end + 1] not in (" ", "-")
                or not all(w[0].isupper() and not w.isupper() and w.lower() not in rules.NAME_STOPWORDS
                           for w in rest)):
            return None
        return Mention(t.start, m.end(), " ".join(self.doc.text[t.start:m.end()].split()), "name")

    def _events(self) -> list[tuple[int, Mention]]:
        """(verb position, named subject) for every reporting verb of the document:
        what pronouns refer back to."""
        out = []
        for p in self.doc.paragraphs:
            for v in self.verb_rx.finditer(self.masked, p.start, p.end):
                lo, hi = self._sentence(v.start())
                m = self._subject(v.start(), v.end(), lo, hi)
                if m is not None and m.kind != "pronoun":
                    out.append((v.start(), m))
        return out

    # -- search helpers ------------------------------------------------------

    def _within(self, lo: int, hi: int) -> list[Mention]:
        i = bisect.bisect_left(self._mention_starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < hi:
            if self.mentions[i].end <= hi:
                out.append(self.mentions[i])
            i += 1
        return out

    def _after(self, pos: int, hi: int) -> Mention | None:
        """The first mention after a verb, if nothing but a few words lies between.
        A title before a name gives the name ("said White House spokesperson John
        Kirby", "said Putin's spokesman, Dmitry Peskov"); an owner alone
        ("said Putin's spokesman") gives nothing."""
        found = self._within(pos, hi)
        for i, m in enumerate(found):
            gap = self.masked[pos:m.start]
            words = re.findall(r"[\w]+", gap.lower())
            if (len(words) > self.max_after or _STOP_AFTER & set(gap)
                    or any(w in _BLOCKERS for w in words)):
                return None
            nxt = found[i + 1] if i + 1 < len(found) else None
            if nxt is not None and nxt.kind in ("person", "name") and not nxt.possessive:
                between = self.masked[m.end:nxt.start]
                if (m.kind in ("org", "role", "outlet") and re.fullmatch(r"\s*,?\s*", between)) or \
                        (m.possessive and re.fullmatch(r"'s?(?:\s+[\w-]+){1,4}\s*,?\s*", between)):
                    return nxt
            return None if m.possessive else m
        return None

    def _before(self, lo: int, pos: int) -> Mention | None:
        """The nearest mention before a verb; in "X, apposition, verb" the head X,
        unless the apposition is a bare name after a title or an owner ("The
        State Department spokesperson, Matthew Miller, said", "Putin's
        spokesman, Dmitry Peskov, said"). An owner is never the subject itself."""
        app = _APPOSITION.search(self.masked, lo, pos)
        if app:
            head = self._within(lo, app.start())
            h = head[-1] if head else None
            second = self.masked.rfind(",", app.start() + 1, app.end())
            inner = self._within(app.start() + 1, second)
            if (len(inner) == 1 and inner[0].kind in ("person", "name") and not inner[0].possessive
                    and not re.search(r"\w", self.masked[app.start() + 1:inner[0].start] + self.masked[inner[0].end:second])
                    and not (h is not None and h.kind in ("person", "name") and not h.possessive
                             and not self.masked[h.end:app.start()].strip())):
                return inner[0]
            if h is not None:
                return None if h.possessive or self._governed(lo, h) else h
        # the nearest, past names in a phrase ("Speaking at the United Nations,
        # Yoon said", "A letter from Kim to Putin said" -> Kim)
        for m in reversed(self._within(lo, pos)):
            if m.possessive:
                return None
            prep = self._governed(lo, m)
            if prep is None:
                return m
            if prep in ("by", "from", "de", "du", "des", "d", "par"):
                # "a statement from the Kremlin said", but "le porte-parole de Poutine"
                head = re.findall(r"[\w'-]+", self.masked[max(lo, m.start - 80):m.start].lower())
                head = [w for w in head if w not in rules.DETERMINERS]
                if len(head) >= 2 and (head[-2] in rules.RELATION_WORDS or self._is_title(head[-2])):
                    return None
                return m
        return None

    def _governed(self, lo: int, m: Mention) -> str | None:
        """The preposition right before a mention (past determiners), if any."""
        prev = re.findall(r"[\w']+", self.masked[max(lo, m.start - 60):m.start].lower())
        while prev and prev[-1] in rules.DETERMINERS:
            prev.pop()
        if prev:
            word = prev[-1].rstrip("'")
            if word in rules.PREPOSITIONS:
                return word
        return None

    def _sentence_subject(self, lo: int, hi: int) -> Mention | None:
        """The subject of the sentence [lo, hi), as news writing places it: the
        first mention, after an opening phrase ("In Tokyo, ...", "Asked about
        it, ...") and not after a preposition or as an owner ("Kim, who arrived
        in Russia's Far East, thanked Putin" -> Kim)."""
        text, start = self.masked, lo
        word = re.compile(r"[^\W\d_][\w'-]*")
        first = word.search(text, lo, hi)
        while first and first[0].lower() in rules.CONNECTIVES:  # "But Putin, who ..., said"
            start = first.end()
            first = word.search(text, start, hi)
        if first and (first[0].lower().split("'")[0] in rules.LEADING_WORDS
                      or (first[0][0].isupper() and first[0].lower().endswith("ing")
                          and not any(m.start == first.start() for m in self._within(first.start(), hi)))):
            comma = text.find(",", first.end(), hi)
            if comma != -1:
                start = comma + 1
        for m in self._within(start, hi):
            if not m.possessive and self._governed(start, m) is None:
                return m
        return None

    def _antecedent(self, m: Mention, depth: int = 0) -> Mention | None:
        """What a pronoun refers to: the subject of its own sentence before it,
        else of the sentences before (up to three), else the named subject of a
        reporting verb in them; a pronoun subject is followed further back."""
        cls = self.pronoun_class.get(fold(m.name).lower(), "any")
        kinds = {"person": ("person", "name", "role"), "org": ("org", "outlet", "role")}.get(cls)
        if fold(m.name).lower() in self.noun_pronouns:
            kinds = None

        def fits(x: Mention) -> bool:
            return x.kind != "pronoun" and not x.possessive and (kinds is None or x.kind in kinds)

        spans = self._sentences.spans
        i = bisect.bisect_right(self._sentences._starts, m.start) - 1
        end = m.start
        for _ in range(4):
            if i < 0:
                break
            lo = min(spans[i][0], end)
            subj = self._sentence_subject(lo, end)
            if subj is not None:
                if subj.kind == "pronoun":
                    if depth < 4 and self.pronoun_class.get(fold(subj.name).lower(), "any") == cls:
                        found = self._antecedent(subj, depth + 1)
                        if found is not None:
                            return found
                elif fits(subj):
                    return subj
            named = [ev for pos, ev in self.events if lo <= pos < end and fits(ev)]
            if named:
                return named[-1]
            i -= 1
            end = spans[i][1] if i >= 0 else 0
        return None

    def _subject(self, vs: int, ve: int, lo: int, hi: int, cue: bool = False) -> Mention | None:
        """The subject of the verb at [vs, ve) in the sentence [lo, hi)."""
        inv = _INVERTED_BEFORE.search(self.masked, lo, vs) or _INVERTED_AFTER.match(self.masked, ve, hi)
        if inv and not cue:
            return Mention(inv.start(1), inv.end(1), self.doc.text[inv.start(1):inv.end(1)], "pronoun")
        if cue:
            return self._after(ve, hi)
        quoted_as = self._after(ve, hi)
        if quoted_as is not None and _AS_SAYING.match(self.masked, quoted_as.end, hi):
            return quoted_as
        incise = _INCISE.search(self.masked, lo, vs)
        if incise and self.masked[incise.start()] != "," and incise.start() not in self._closes:
            incise = None  # the end of a title, not of a quotation
        if incise and self.masked[incise.start()] == ",":
            # "Kim, 39, told Putin": the comma closes an apposition, not a quotation
            app = _APPOSITION.search(self.masked, lo, vs)
            if app and not _MARK_CHARS & set(self.masked[app.start():app.end()]):
                head = self._before(lo, vs)
                if head is not None:
                    return head
        if incise and _CONJUNCTIONS.isdisjoint(self.masked[incise.start():vs].lower().split()):
            return (self._before(incise.start(), vs)
                    or self._after(ve, hi)
                    or (None if self.masked[incise.start()] != "," else self._before(lo, vs)))
        return self._before(lo, vs)

    def _resolve(self, m: Mention) -> tuple[str | None, str]:
        if m.kind != "pronoun":
            return m.name, f"'{self.doc.text[m.start:m.end]}'"
        found = self._antecedent(m)
        if found is not None:
            return found.name, f"pronoun '{m.name}' -> '{self.doc.text[found.start:found.end]}', subject before it"
        cls = self.pronoun_class.get(fold(m.name).lower(), "any")
        kinds = {"person": ("person", "name", "role"), "org": ("org", "outlet", "role")}.get(cls)
        for pos, ev in reversed(self.events):
            if pos < m.start and (kinds is None or ev.kind in kinds):
                return ev.name, f"pronoun '{m.name}' -> last named speaker"
        # no reporting verb had a named subject before: the last one named at all
        # ("Matthew Miller spoke on Wednesday. 'This is troubling,' he said.")
        i = bisect.bisect_left(self._mention_starts, m.start)
        for prior in reversed(self.mentions[:i]):
            if prior.kind != "pronoun" and not prior.possessive and (kinds is None or prior.kind in kinds):
                return prior.name, f"pronoun '{m.name}' -> last person named before it"
        return None, f"pronoun '{m.name}' with no named speaker before it"

    # -- attribution ---------------------------------------------------------

    def _construction(self, lo: int, pos: int) -> tuple[_Hit, str] | None:
        """A quotation introduced by a construction rather than a reporting verb,
        right before ``pos``: 'X greeted Y with "' ("greet": the verb's subject),
        'X thanked Y, saying "' ("saying": the subject of the clause)."""
        lo = max(lo, pos - self.cfg.max_gap_chars)
        m = self.quoted_rx.search(self.masked, lo, pos)
        if m:
            return _Hit(m.start("v"), m.end("v")), "passive" if m["passive"] else "quoted"
        for rx, how in ((self.greet_rx, "greet"), (self.saying_rx, "saying")):
            m = rx.search(self.masked, lo, pos)
            if m:
                return _Hit(m.start("v"), m.end("v")), how
        return None

    def _verbs(self, lo: int, hi: int) -> list[tuple[re.Match, bool]]:
        found = [(m, False) for m in self.verb_rx.finditer(self.masked, lo, hi)]
        found += [(m, True) for m in self.cue_rx.finditer(self.masked, lo, hi)]
        return sorted(found, key=lambda x: x[0].start())

    def find(self, sp: QuoteSpan, previous: tuple[QuoteSpan, str | None] | None) -> tuple[str | None, str]:
        """(speaker, note) for one quote; ``previous`` is the quote before it in
        its paragraph with the speaker found for it."""
        para = self.doc.paragraphs[sp.para]
        lo, _ = self._sentence(sp.open)
        close = sp.close if sp.close is not None else para.end
        _, hi = self._sentence(close) if sp.close is not None else (None, para.end)
        gap = self.cfg.max_gap_chars
        embedded = any(c.isalnum() for c in self.masked[lo:sp.open])
        before = self._verbs(max(lo, sp.open - gap), sp.open) if embedded else []
        after = self._verbs(close + 1, min(hi, close + 1 + gap))
        # an incise right after the quote ('"...", Lukashenko added') attributes
        # it even when a verb comes before; a verb further on only when none does
        tight = bool(after) and _TIGHT.fullmatch(self.masked, close + 1, after[0][0].start()) is not None
        tries = [("after the quote", after[0], close, hi)] if tight else []
        construct = self._construction(lo, sp.open) if embedded else None
        if construct and (not before or construct[0].start() > before[-1][0].start()):
            tries.append(("before the quote", construct, lo, sp.open))
        elif before:
            tries.append(("before the quote", before[-1], lo, sp.open))
        if after and not tight:
            tries.append(("after the quote", after[0], close, hi))
        note, deferred = "no reporting verb near the quote", None
        for i, (where, (v, cue), s_lo, s_hi) in enumerate(tries):
            verb = self.doc.text[v.start():v.end()]
            if cue in ("greet", "passive"):
                m = self._before(s_lo, v.start())
            elif cue == "quoted":
                obj = re.match(r"\s+(him|her|them|it)(?![\w])", self.masked[v.end():s_hi], re.IGNORECASE)
                if obj:  # "the agency quoted him as saying": the object pronoun as a subject one
                    subject_form = {"him": "he", "her": "she", "them": "they", "it": "it"}[obj[1].lower()]
                    m = Mention(v.end() + obj.start(1), v.end() + obj.end(1), subject_form, "pronoun")
                else:
                    m = self._after(v.end(), s_hi)
            elif cue == "saying":
                m = self._sentence_subject(s_lo, v.start())
            else:
                m = self._subject(v.start(), v.end(), s_lo, s_hi, cue)
            if m is None:
                note = f"reporting verb '{verb}' {where} without a recognisable subject"
                continue
            speaker, how = self._resolve(m)
            if speaker is not None and tight and i == 0 and before and m.kind == "outlet":
                # 'X a salué le « succès », a rapporté KCNA': X speaks, KCNA relays
                deferred = speaker, f"{where}: '{verb}' + {how}"
                continue
            if speaker is not None:
                return speaker, f"{where}: '{verb}' + {how}"
            note = how
        if deferred:
            return deferred
        if not tries and not embedded and previous and previous[1]:
            return previous[1], "continues the quote before it in the paragraph"
        return None, note

    def attribute(self) -> list[tuple[str | None, str]]:
        """(speaker, note) per span, in order; pieces of one quotation share a speaker."""
        out: list[tuple[str | None, str]] = []
        prev: tuple[QuoteSpan, str | None] | None = None
        for sp in self.spans:
            if prev is not None and prev[0].para != sp.para:
                prev = None
            result = self.find(sp, prev)
            out.append(result)
            prev = (sp, result[0])
        by_group: dict[int, tuple[str, str]] = {}
        for sp, (speaker, note) in zip(self.spans, out):
            if speaker is not None:
                by_group.setdefault(sp.group, (speaker, note))
        for i, sp in enumerate(self.spans):
            if out[i][0] is None and sp.group in by_group:
                speaker, note = by_group[sp.group]
                out[i] = (speaker, f"same quotation as another paragraph's piece ({note})")
        return out
