"""Pronouns and what they refer back to.

Pronouns (he/she/il/elle, they/ils/elles, it, the agency, the official...)
resolve to the subject of their own sentence before them, else of the
sentences before (up to three): the first mention after an opening phrase
(``In Tokyo, ...``), not after a preposition and not an owner, so ``Kim, who
arrived ..., thanked Putin. He said`` gives Kim. He/she refer to people and
unnamed officials, it/the agency to organisations and outlets, il/elle to
either. Failing that, they resolve to the last named subject of a reporting
verb before them, else to the last fitting name before them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.quotes import rules
from pipeline.quotes.folding import fold, words_rx

if TYPE_CHECKING:
    from pipeline.config import QuotesConfig
    from pipeline.quotes.mentions import Mention, Mentions
    from pipeline.quotes.sentences import Sentences
    from pipeline.quotes.subjects import Subjects

# what a pronoun of each class may refer to ("any": everything)
_KINDS = {"person": ("person", "name", "role"), "org": ("org", "outlet", "role")}


class Pronouns:
    """The configured pronouns and those of ``rules``, with what each may refer to."""

    def __init__(self, cfg: QuotesConfig):
        # pronoun (folded, lower case) -> "person", "org" or "any"
        self.classes = {fold(p).lower(): "any" for ps in cfg.pronouns.values() for p in ps}
        self.classes.update({fold(p).lower(): "person" for p in cfg.pronouns.get("person", [])})
        for p in rules.ORG_PRONOUNS:
            self.classes.setdefault(fold(p).lower(), "org")
        for p in rules.ROLE_PRONOUNS:
            self.classes.setdefault(fold(p).lower(), "person")
        self.rx = words_rx(list(self.classes))
        self._nouns = {fold(p).lower() for p in rules.NOUN_PRONOUNS}

    def cls(self, pronoun: str) -> str:
        return self.classes.get(fold(pronoun).lower(), "any")

    def kinds(self, pronoun: str) -> tuple[str, ...] | None:
        """The mention kinds ``pronoun`` may refer to; None for any."""
        return _KINDS.get(self.cls(pronoun))

    def is_noun(self, pronoun: str) -> bool:
        """Can ``pronoun`` also stand for a noun of either kind (il/elle)?"""
        return fold(pronoun).lower() in self._nouns


class Resolver:
    """Turns a subject mention into (speaker, note), following pronouns back."""

    def __init__(self, text: str, pronouns: Pronouns, subjects: Subjects, sentences: Sentences,
                 mentions: Mentions, events: list[tuple[int, Mention]]):
        self.text, self.pronouns, self.subjects, self.sentences = text, pronouns, subjects, sentences
        self.mentions, self.events = mentions, events

    def resolve(self, m: Mention) -> tuple[str | None, str]:
        if m.kind != "pronoun":
            return m.name, f"'{self.text[m.start:m.end]}'"
        found = self.antecedent(m)
        if found is not None:
            return found.name, f"pronoun '{m.name}' -> '{self.text[found.start:found.end]}', subject before it"
        kinds = self.pronouns.kinds(m.name)
        for pos, ev in reversed(self.events):
            if pos < m.start and (kinds is None or ev.kind in kinds):
                return ev.name, f"pronoun '{m.name}' -> last named speaker"
        # no reporting verb had a named subject before: the last one named at all
        # ("Matthew Miller spoke on Wednesday. 'This is troubling,' he said.")
        for prior in reversed(self.mentions.before(m.start)):
            if prior.kind != "pronoun" and not prior.possessive and (kinds is None or prior.kind in kinds):
                return prior.name, f"pronoun '{m.name}' -> last person named before it"
        return None, f"pronoun '{m.name}' with no named speaker before it"

    def antecedent(self, m: Mention, depth: int = 0) -> Mention | None:
        """What a pronoun refers to: the subject of its own sentence before it,
        else of the sentences before (up to three), else the named subject of a
        reporting verb in them; a pronoun subject is followed further back."""
        cls = self.pronouns.cls(m.name)
        kinds = None if self.pronouns.is_noun(m.name) else _KINDS.get(cls)

        def fits(x: Mention) -> bool:
            return x.kind != "pronoun" and not x.possessive and (kinds is None or x.kind in kinds)

        spans = self.sentences.spans
        i = self.sentences.index(m.start)
        end = m.start
        for _ in range(4):
            if i < 0:
                break
            lo = min(spans[i][0], end)
            subj = self.subjects.of_sentence(lo, end)
            if subj is not None:
                if subj.kind == "pronoun":
                    if depth < 4 and self.pronouns.cls(subj.name) == cls:
                        found = self.antecedent(subj, depth + 1)
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
