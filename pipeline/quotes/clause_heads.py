"""Where a pronoun's own sentence points (a mixin of ``pronouns.Resolver``):
the subject of a subordinate clause it follows ("When Kim arrived, he
said"), the person whose speech opens the sentence ("L'allocution de M.
Poutine ..., qu'il a accusées"), the name a source cue opens the sentence
before with ("Pour Joe Biden, ...", "Selon le porte-parole du Kremlin X,
..."), and the mention a relative "qu'" stands for, which the pronoun after
it is not ("Prigojine, le chef de Wagner, qu'il avait qualifié")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pipeline.quotes.clauses import TIME, either, joined, que
from pipeline.quotes.pronoun_table import ROLE_OF, role_words

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention, Mentions
    from pipeline.quotes.sentences import Sentences
    from pipeline.quotes.subjects import Subjects

# conjunctions opening a subordinate clause before the main one
_QUE = que(("alors", "apres", "tandis"), ("lors",), r"(?:e|')")
_SUBORDINATE = re.compile(rf"\s*{joined()}(?:{either(('as', 'once', *TIME))}|quand|{_QUE})\s*(?:(?:the|le|la|l')\s*)?",
                          re.IGNORECASE)

# a speech as a sentence's subject, its speaker after it ("L'allocution de", "the speech by"),
# or after the speaker's possessive ("Putin's speech")
_SPEECH_NOUNS = (r"(?:allocution|discours|intervention|entretien|interview|speech|address|remarks|message"
                 r"|declaration|statement)s?")
_SPEECH_OF = re.compile(rf"[\s\W]*(?:(?:the|le|la|les)\s+|l')?{_SPEECH_NOUNS}\s+(?:de\s+la\s+|du\s+|de\s+|d'|by\s+|of\s+)",
                        re.IGNORECASE)
_SPEECH_NOUN = re.compile(rf"(?:'s|’s)?\s+(?:[\w-]+\s+)?{_SPEECH_NOUNS}(?![\w'-])", re.IGNORECASE)


# a relative clause on a speech, right before the pronoun: "..., in which he", « dans laquelle il »
# (read on the text itself: folded, « où » is "ou", "or")
_SPEECH_RELATIVE = re.compile(r"\s*,?\s*(?:dans\s+(?:lequel|laquelle)|lors\s+(?:duquel|de\s+laquelle)|où|"
                              r"in\s+which|during\s+which|where)\s+$", re.IGNORECASE)
# "an interview by X" names the interviewer more often than not
_INTERVIEW_BY = re.compile(r"interviews?\s+by\s+$", re.IGNORECASE)


class ClauseHeads:
    """Mentions a pronoun's sentence (or the one before) points at; needs
    ``subjects``, ``mentions`` and ``sentences``."""

    subjects: Subjects
    mentions: Mentions
    sentences: Sentences

    def _source_named(self, lo: int, end: int) -> Iterator[Mention]:
        """The name a source cue ending at ``lo`` opens its sentence with, right
        before the cue's comma ("Pour Joe Biden, ..."), or after its title
        ("Selon le porte-parole du Kremlin Dmitri Peskov, ..."): the one whose
        view the sentence gives."""
        masked = self.subjects.masked
        first = self.mentions.within(lo, end)[:1]
        if first and first[0].start == lo and masked[first[0].end:first[0].end + 2].lstrip().startswith(","):
            yield first[0]
        comma = masked.find(",", lo, end)
        titled = self.mentions.within(lo, comma)[-1:] if comma > 0 else []
        if titled and titled[0].kind in ("person", "name") and not masked[titled[0].end:comma].strip():
            title = masked[lo:titled[0].start]
            if self.subjects.titles.is_phrase(title) or any(w in ROLE_OF for w in role_words(title)):
                yield titled[0]

    def _subordinate(self, lo: int, pos: int) -> Mention | None:
        """The subject of a subordinate clause opening the sentence [lo, pos) when
        the pronoun at ``pos`` opens the main clause right after its comma ("When
        Kim arrived, he said")."""
        masked = self.subjects.masked
        head = _SUBORDINATE.match(masked, lo, pos)
        comma = masked.rfind(",", lo, pos)
        if head is None or comma < head.end() or masked[comma + 1:pos].strip():
            return None
        first = self.mentions.within(head.end(), comma)[:1]
        if first and first[0].start == head.end() and not first[0].possessive and first[0].kind != "pronoun":
            return first[0]
        return None

    def _speech_relative(self, lo: int, pos: int) -> Mention | None:
        """The person a speech is of, anywhere in the sentence [lo, pos), when
        the pronoun at ``pos`` opens a relative clause on that speech ("... in
        reaction to an interview by the pope in which he asked", « en réaction à
        une interview du souverain pontife dans laquelle il lui demandait »)."""
        masked = self.subjects.masked
        rel = _SPEECH_RELATIVE.search(self.subjects.text, lo, pos)
        if rel is None:
            return None
        found = [x for x in self.mentions.within(lo, rel.start()) if x.end <= rel.start()]
        if not found or found[-1].kind not in ("person", "name", "pronoun") or found[-1].possessive:
            return None
        x = found[-1]
        head = _SPEECH_OF.search(masked, max(lo, x.start - 40), x.start)
        if head is None or head.end() != x.start or masked[x.end:rel.start()].strip(" ,") \
                or _INTERVIEW_BY.search(masked, head.start(), head.end()):
            return None
        return x

    def _speech_owner(self, lo: int, pos: int) -> Mention | None:
        """The person whose speech opens the sentence [lo, pos) as its subject, for
        a pronoun later in it ("L'allocution de M. Poutine marque ..., qu'il a
        accusées", "The speech by Vladimir Putin, in which he accused ...",
        "Putin's address ... he said")."""
        masked = self.subjects.masked
        head = _SPEECH_OF.match(masked, lo, pos)
        found = self.mentions.within(head.end() if head else lo, pos)[:1]
        if not found or found[0].kind not in ("person", "name"):
            return None
        x = found[0]
        if head is not None and x.start == head.end() and not x.possessive:
            return x
        if head is None and x.possessive and re.match(r"[\s\W]*$", masked[lo:x.start]) \
                and _SPEECH_NOUN.match(masked, x.end):
            return x  # "Putin's speech ..."
        return None

    def _relative_head(self, m: Mention) -> Mention | None:
        """For "il" in "Prigojine, le chef de Wagner, qu'il avait qualifié de ...":
        the mention the relative "qu'" stands for, which is the object of the
        clause and so not what "il" refers to; else None."""
        masked = self.subjects.masked
        if not re.search(r"(?<![\w'-])qu'$", masked[max(0, m.start - 3):m.start], re.IGNORECASE):
            return None
        lo = self.sentences.at(m.start)[0]
        before = [x for x in self.mentions.within(lo, m.start) if x.kind != "pronoun"]
        if not before:
            return None
        # "X, qu'il ...", "X, ..., qu'il ... mais qu'il ...": a relative clause on X
        rel = re.search(r",\s*qu'", masked[before[-1].end:m.start], re.IGNORECASE)
        gap = masked[before[-1].end:before[-1].end + rel.start()] if rel is not None else ""
        if rel is None or gap.count(",") > 2:
            return None
        if gap.strip() and not gap.lstrip().startswith(","):
            return None  # "X marque ... contre les nations occidentales, qu'il a accusées": X is a subject
        return before[-1]
