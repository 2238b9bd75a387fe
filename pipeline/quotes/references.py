"""Later references to names introduced earlier in a document.

A family or given name alone (``Hirokazu Matsuno ... Matsuno said``), the
title a name came with (``Japanese Prime Minister Fumio Kishida ... the
Japanese prime minister said``, also in apposition), which wins over the state
body its title names, and a one-word alias that an earlier full name holds
(``Unification Minister Kim Yung-ho told lawmakers ... Kim said``) refer back
to the latest such name before them.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from pipeline.quotes import rules
from pipeline.quotes.folding import alias_key, alternation, fold
from pipeline.quotes.mentions import Mention, flag_possessive, governed
from pipeline.quotes.unknown_names import HONORIFIC

if TYPE_CHECKING:
    from pipeline.data import Document
    from pipeline.quotes.sentences import Sentences
    from pipeline.quotes.titles import Titles

Table = dict[str, list[tuple[int, str]]]  # key -> (position, name), in the order found


def latest(table: Table, key: str, pos: int) -> str | None:
    """The name last entered under ``key`` at or before ``pos`` (entries are in text order)."""
    entries = table.get(key)
    if not entries:
        return None
    i = bisect.bisect_right(entries, pos, key=lambda e: e[0])
    return entries[i - 1][1] if i else None


def _drop_article(text: str) -> str:
    return re.sub(r"^(?i:the|a|an|le|la|l')\s+", "", text)


# spaces and hyphens between the words of a name, read alike
_SPACED = re.compile(r"[\s-]+")

class References:
    """Resolves the references of one document's mentions. ``titled`` holds
    (position, title, name) for names that came with a title; appositions
    found here are added to it."""

    def __init__(self, doc: Document, masked: str, titles: Titles, titled: list[tuple[int, str, str]],
                 sentences: Sentences, verb_rx: re.Pattern):
        self.doc, self.masked, self.titles, self.titled = doc, masked, titles, titled
        self.sentences, self.verb_rx = sentences, verb_rx
        self._forms: dict[str, list[str]] | None = None  # owner -> its keys, made when first needed

    def learn(self, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with references to earlier names resolved or added, in text order."""
        refs = self._word_refs(mentions)
        self._apposition_titles(mentions)
        titles = self._title_refs()
        out = self._renamed(mentions, self._intros(mentions), titles, refs)
        added = sorted(self._added(refs, titles))
        # a title the document gave a name ("the prime minister") wins over the role
        # description it also is, which would only guess among the names before it
        starts = [e.start for e in added]
        out = [m for m in out
               if not (m.kind == "pronoun" and " " in m.name.strip() and self._overlaps(starts, added, m))]
        # an owner inside a title the document gave a name is that title's ("the US
        # Secretary of Defense" after "Lloyd Austin, the United States Secretary of Defense")
        inside = sorted((e.start, e.end) for e in added if " " in self.masked[e.start:e.end].strip())
        if inside:
            out = [m for m in out if m.kind != "org" or not self._within(inside, m)]
        taken = sorted((m.start, m.end) for m in out)
        for e in added:
            # the spans taken never overlap, so their ends grow with their starts: only
            # the last one starting before e ends can reach into e
            i = bisect.bisect_left(taken, (e.end,))
            if i == 0 or taken[i - 1][1] <= e.start:
                out.append(flag_possessive(self.masked, e))
                bisect.insort(taken, (e.start, e.end))
        return sorted(out)

    @staticmethod
    def _within(spans: list[tuple[int, int]], m: Mention) -> bool:
        """Is ``m`` strictly inside one of ``spans`` (sorted, not nested)?"""
        i = bisect.bisect_right(spans, (m.start, float("inf"))) - 1
        return i >= 0 and spans[i][1] >= m.end and spans[i] != (m.start, m.end)

    @staticmethod
    def _overlaps(starts: list[int], added: list[Mention], m: Mention) -> bool:
        """Does a mention of ``added`` (sorted, ``starts`` their starts) overlap ``m``?"""
        i = bisect.bisect_left(starts, m.end)
        return any(added[j].end > m.start for j in range(max(0, i - 2), i))

    def _word_refs(self, mentions: list[Mention]) -> Table:
        """Folded first or last word of an unknown name -> (end, name)."""
        refs: Table = {}
        for m in mentions:
            if m.kind == "name" and not self.masked[m.start:m.start + 1].islower():
                words = [w for w in re.split(r"\s+", fold(m.name)) if w]
                if len(words) >= 2:
                    for w in {words[0], words[-1]}:
                        # a family name written first may have two letters (Xi Jinping, Li Qiang)
                        short_ok = w == words[0] and len(w) == 2 and w.isalpha()
                        if (len(w) >= 3 or short_ok) and w.lower() not in rules.NAME_STOPWORDS \
                                and not self.titles.is_title(w):
                            refs.setdefault(w, []).append((m.end, m.name))
        # a lone word the text shows to be a name ("Blinken said") is that name wherever
        # else the document writes it ("Blinken met ...")
        for m in mentions:
            w = fold(m.name)
            if m.kind == "name" and " " not in m.name and w not in refs and len(w) >= 3 \
                    and self.masked[m.start:m.end] == w and w.lower() not in rules.NAME_STOPWORDS:
                refs.setdefault(w, []).append((m.end, m.name))
        return refs

    def _apposition_titles(self, mentions: list[Mention]) -> None:
        """Add the titles in apposition to ``titled``: "Hirokazu Matsuno, Japan's
        chief cabinet secretary, said", "Japan's chief cabinet secretary,
        Hirokazu Matsuno, said"."""
        for m in mentions:
            if m.kind != "name":
                continue
            after = re.match(r"\s*,\s*([^,.;:!?\"«»“”]{3,80}?)\s*(?:,|\.|$)", self.masked[m.end:m.end + 90])
            if after and self.titles.is_phrase(after[1]):
                a, b = m.end + after.start(1), m.end + after.end(1)
                self.titled.append((a, self.doc.text[a:b], m.name))
            base = max(0, m.start - 90)
            before = re.search(r"(?:^|[,.;:!?\n])\s*([^,.;:!?\"«»“”\n]{3,80}?)\s*,\s*$", self.masked[base:m.start])
            if before and self.masked[m.end:m.end + 1] == "," and self.titles.is_phrase(before[1]):
                a, b = base + before.start(1), base + before.end(1)
                self.titled.append((a, self.doc.text[a:b], m.name))

    def _title_refs(self) -> Table:
        """Title key -> (position, name); "Prime Minister" of "Japanese Prime
        Minister" too: two words or more without the owner."""
        titles: Table = {}
        for pos, phrase, name in self.titled:
            words = [w for w in re.split(r"[\s-]+", alias_key(_drop_article(fold(phrase).strip()))) if w]
            keys = {" ".join(words)}
            n = self.titles.count(words[:3])
            if n and alias_key(" ".join(words[:n])) in self.titles.owners and len(words) - n >= 2:
                keys.add(" ".join(words[n:]))
                # the owner in another of its forms: "the US Secretary of Defense" after
                # "the United States Secretary of Defense"
                rest = " ".join(words[n:])
                keys.update(f"{form} {rest}" for form in self._owner_forms(self.titles.owners[alias_key(" ".join(words[:n]))]))
            for k in keys:
                titles.setdefault(k, []).append((pos, name))
        return titles

    def _owner_forms(self, canon: str) -> list[str]:
        """The keys of the owner table that name the state or body ``canon``."""
        if self._forms is None:
            self._forms = {}
            for key, c in self.titles.owners.items():
                if not key.endswith("'s") and "'" not in key:
                    self._forms.setdefault(c, []).append(key)
        return self._forms.get(canon, [])

    def _intros(self, mentions: list[Mention]) -> Table:
        """First and last word of a person or name introduced as the speaker of
        its sentence ("Kim Yung-ho told lawmakers") -> (end, name)."""
        intros: Table = {}
        people = [m for m in mentions if m.kind in ("person", "name")]
        starts = [m.start for m in people]
        for m in people:
            lo, hi = self.sentences.at(m.start)
            verb = self.verb_rx.search(self.masked, m.end, hi)
            j = bisect.bisect_left(starts, m.end)  # the first person after m
            if (verb and not m.possessive and governed(self.masked, lo, m, self.doc.text) is None
                    and not (j < len(people) and people[j].start < verb.start())):
                words = self.masked[m.start:m.end].split()
                if len(words) >= 2:
                    for w in {words[0], words[-1]}:
                        intros.setdefault(alias_key(w), []).append((m.end, m.name))
        return intros

    def _renamed(self, mentions: list[Mention], intros: Table, titles: Table, refs: Table) -> list[Mention]:
        """A one-word alias ("Kim") as the latest full name that holds it and
        spoke, in its paragraph or the one before (not "a statue of Kim Il
        Sung"); a lone unknown name as the latest full name it is part of
        ("Yuri Ushakov ... Ushakov said"); a state body's official as the name
        its title came with."""
        para_starts = [p.start for p in self.doc.paragraphs]

        def para_of(pos: int) -> int:
            return bisect.bisect_right(para_starts, pos) - 1

        out = []
        for m in mentions:
            if m.kind == "person" and len(self.masked[m.start:m.end].split()) == 1:
                near = [(p, n) for p, n in intros.get(alias_key(self.masked[m.start:m.end]), [])
                        if p <= m.start and para_of(m.start) - para_of(p) <= 1]
                if near and near[-1][1] != m.name:
                    m = m._replace(name=near[-1][1], kind="name")
            if m.kind == "name" and " " in m.name:
                # "Von der Leyen said" (a capital at the sentence's start): the full name it ends
                tail = fold(m.name).lower()
                longer = {n for n in (x[1] for x in refs.get(fold(m.name.split()[-1]), ()))
                          if n != m.name and fold(n).lower().endswith(" " + tail)}
                if len(longer) == 1:
                    m = m._replace(name=longer.pop())
            if m.kind == "name" and " " not in m.name:
                key = fold(m.name)
                full = latest(refs, key, m.start) or (refs[key][0][1] if refs.get(key) else None)
                if full is not None and full != m.name:
                    m = m._replace(name=full)
            if m.kind == "role":
                name = latest(titles, alias_key(_drop_article(self.masked[m.start:m.end])), m.start)
                if name is not None:
                    m = m._replace(name=name, kind="name")
            out.append(m)
        return out

    def _added(self, refs: Table, titles: Table) -> list[Mention]:
        """New mentions: the words of ``refs`` alone, "the" + a title of ``titles``."""
        extra = []
        if refs:
            rx = re.compile(rf"(?<![\w'-])(?:{alternation(refs, False)})(?![\w-])")
            # the regex takes a space for a hyphen ("Greek Catholic" for "Greek-Catholic"): back to the key
            keys = {_SPACED.sub(" ", k): k for k in refs}
            for p in self.doc.paragraphs:
                for r in rx.finditer(self.masked, p.start, p.end):
                    key = keys.get(_SPACED.sub(" ", r[0]), r[0])
                    if key not in refs:
                        continue
                    # the full name may come later (a lead or headline says "Mr. Xi" first)
                    name = latest(refs, key, r.start()) or refs[key][0][1]
                    if name is not None and not self._capitalised_around(r.start(), r.end()):
                        extra.append(Mention(r.start(), r.end(), name, "name"))
        if titles:
            rx = re.compile(rf"(?<![\w'-])(?i:the|le|la)\s+(?:{alternation(titles)})(?![\w-])", re.IGNORECASE)
            for p in self.doc.paragraphs:
                for r in rx.finditer(self.masked, p.start, p.end):
                    name = latest(titles, alias_key(re.sub(r"^\w+\s+", "", r[0])), r.start())
                    if name is not None:
                        extra.append(Mention(r.start(), r.end(), name, "name"))
        return extra

    def _capitalised_around(self, s: int, e: int) -> bool:
        """Is the word at [s, e) part of a longer capitalised name (on its line:
        "selon Netchaïev" ending a subheading is not "Netchaïev Il")?"""
        before = re.search(r"([\w'-]+)[^\S\n]+$", self.masked[max(0, s - 40):s])
        after = re.match(r"[^\S\n]+([\w'-]+)", self.masked[e:e + 40])
        return bool((before and before[1][0].isupper() and before[1].lower() not in rules.NAME_STOPWORDS
                     and not re.fullmatch(HONORIFIC, before[1]) and not self._sentence_start(s - len(before[0])))
                    or (after and after[1][0].isupper() and after[1].lower() not in rules.LABEL_WORDS))

    def _sentence_start(self, pos: int) -> bool:
        lo, _ = self.sentences.at(pos)
        return not self.masked[lo:pos].strip()
