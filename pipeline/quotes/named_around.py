"""Who a pronoun stands for when its sentence's subject does not tell: the
last person named before a demonstrative (« ce dernier », « celle-ci », "the
latter"), a news agency named before "the agency", the person speaking in an
incise after a sentence's opening words, and a person named just after a
pronoun with nobody before it. A part of ``pronouns.Resolver``, which holds
the text, its sentences, mentions and reporting-verb events."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from pipeline.quotes import pronoun_words, rules
from pipeline.quotes.agreement import PRONOUN_GENDER
from pipeline.quotes.clauses import QUE_APART, SUBORDINATORS
from pipeline.quotes.folding import fold
from pipeline.quotes.pronoun_table import _KINDS
from pipeline.quotes.roles import RoleDescriptions

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention

# demonstratives of the last one named (pronoun_words.DEMONSTRATIVE_PRONOUNS), folded
LATTER = frozenset(fold(p).lower() for p in pronoun_words.DEMONSTRATIVE_PRONOUNS)
# words after a comma that open a clause of its own, not an incise ("..., who said", "..., qui a dit")
CLAUSE_OPENERS = frozenset("who which whom whose that while whereas qui que qu dont tandis lorsque".split())


# words that open a subordinate clause: its subject reports nothing of the main one's
# ("..., hours after Finance Minister X warned"; ``clauses``' conjunctions, and « depuis », « pendant »)
_SUBORDINATORS = frozenset((*SUBORDINATORS, "until", "as", *QUE_APART, "lorsque", "quand", "depuis", "pendant"))


class NamedAround(RoleDescriptions):
    """Antecedents found by position rather than by subject (see the module)."""

    def _named_after(self, m: Mention) -> tuple[str, str] | None:
        """A pronoun with nobody before it, as in a lead that quotes first and
        names later ('"...," he told reporters. / US President Joe Biden said
        ...'): the first person named as the subject of a reporting verb in the
        next two sentences."""
        spans = self.sentences.spans
        i = self.sentences.index(m.start)
        if i < 0:
            return None
        hi = spans[min(i + 2, len(spans) - 1)][1]
        for _, ev in self._events_in(m.end, hi):
            if ev.kind in ("person", "name") and not ev.possessive and self._agrees(m, ev):
                # ("« ... », a-t-elle insisté" is no man named after it)
                self.kinds[ev.name] = ev.kind
                return ev.name, f"pronoun '{m.name}' -> '{self.text[ev.start:ev.end]}', named just after it"
        return None

    def _agency_before(self, m: Mention) -> tuple[str, str] | None:
        """For "the agency" / « l'agence »: the last outlet before it that the
        text itself calls an agency ("l'agence officielle KCNA", "Yonhap news
        agency"), so a newspaper named in between is not taken for it."""
        items = self.mentions.items
        for j in range(self.mentions.count_before(m.start) - 1, -1, -1):
            prior = items[j]
            if prior.kind != "outlet" or prior.possessive:
                continue
            left = re.split(r"[,.;:!?()]", self.text[max(0, prior.start - 40):prior.start])[-1]
            right = re.split(r"[,.;:!?()]", self.text[prior.end:prior.end + 25])[0]
            if "agenc" in fold(f"{left}{self.text[prior.start:prior.end]}{right}").lower():
                self.kinds[prior.name] = prior.kind
                return prior.name, (f"pronoun '{m.name}' -> '{self.text[prior.start:prior.end]}', "
                                    "the agency named before it")
        return None

    def _latter(self, m: Mention) -> tuple[str, str] | None:
        """A demonstrative (« ce dernier », « celle-ci », "the latter") stands for
        the last person named before it in its sentence or the one before, not
        for the subject: "Macron met Scholz. The latter said" is Scholz. A
        role description there ("a prévenu le porte-parole du Kremlin. Celui-ci
        a noté") is resolved in turn."""
        i = self.sentences.index(m.start)
        if i < 0:
            return None
        lo = self.sentences.spans[max(0, i - 1)][0]
        floor = max((b for b in self.barriers if b < m.start), default=-1)
        items = self.mentions.items
        fitting: list[Mention] = []
        for j in range(self.mentions.count_before(m.start) - 1, -1, -1):
            prior = items[j]
            if prior.start < max(lo, floor):
                break
            if prior.possessive:
                continue
            if prior.kind == "pronoun" and self.pronouns.role(prior.name) is not None:
                found, _, _ = self.role_antecedent(prior, self.pronouns.role(prior.name))
                if found is not None and self._agrees(m, found):
                    fitting.append(found)
                break  # the description is the last one named: who it names, or nobody
            if prior.kind in ("person", "name") and self._agrees(m, prior):
                fitting.append(prior)
        if not fitting:
            return None
        # a gendered one ("celle-ci") goes to the last person the text shows of its gender, if any
        gender = PRONOUN_GENDER.get(m.name.lower())
        shown = [x for x in fitting if gender and self._genders and self._genders.get(x.name) == gender]
        got = (shown or fitting)[0]
        self.kinds[got.name] = got.kind
        return got.name, f"pronoun '{m.name}' -> '{got.name}', the last person named before it"

    def _reporter(self, subj: Mention | None, lo: int, end: int, fits) -> Mention | None:
        """The person who speaks in an incise after ``subj``, the sentence's first
        mention (or after its start, None), when ``subj`` only opens the words
        reported ("La Russie ne menace personne, a affirmé Poutine": Poutine is
        the sentence's subject)."""
        start, stop = (subj.start, subj.end) if subj is not None else (lo, lo)
        for pos, ev in self._events_in(lo, end):
            if ev.start > start and ev.kind in _KINDS["person"] and fits(ev) and (subj is None or ev.name != subj.name):
                masked = self.subjects.masked
                comma = masked.rfind(",", stop, min(pos, ev.start))
                # (the words between the comma and the verb, past the reporter's name and titles:
                # "..., Kremlin Spokesman Dmitry Peskov told reporters")
                between = [w for w in (masked[comma + 1:min(pos, ev.start)] + " " + masked[ev.end:pos]).lower().split()
                           if not self.subjects.titles.is_title(w)] if comma != -1 else None
                if between is not None and len(between) <= 3 and not any(
                        w in rules.CONNECTIVES or w in CLAUSE_OPENERS or w in _SUBORDINATORS for w in between):
                    return ev
        return None

    def _events_in(self, lo: int, hi: int) -> list[tuple[int, Mention]]:
        """The events whose verb lies in [lo, hi)."""
        return self.events[bisect.bisect_left(self._event_pos, lo):bisect.bisect_left(self._event_pos, hi)]
