"""What a pronoun refers back to through the sentences before it: the subject
of its own sentence before it, else of the sentences before (up to three),
with the constructions that move it (an incise after the quotation, a source
opening the sentence, a subordinate clause, a chain of attributions, a clause
after a colon). A mixin of ``pronouns.Resolver``: it reads the resolver's
pronoun table, subjects, sentences, barriers, spoken sentences and the clause
tests of ``clause_heads.ClauseHeads`` (module docstring of pronouns.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from pipeline.quotes.cues import CUE_PRONOUNS, SOURCE_OPENING, STRESSED
from pipeline.quotes.mentions import Mention
from pipeline.quotes.pronoun_table import _KINDS
from pipeline.quotes.roles import QUOTED_NEXT

if TYPE_CHECKING:
    from pipeline.quotes.pronoun_table import Pronouns
    from pipeline.quotes.sentences import Sentences
    from pipeline.quotes.subjects import Subjects

# capitalised words (of a name)
_NAME_WORDS = re.compile(r"(?<![\w'-])[A-ZÀ-Ý][\w'-]*")


# a pronoun set off by commas with its verb: ", he said,", and French inversion glued to
# its verb: « , a-t-il dit, », « , ajoute-t-elle, », « , dit-il, » (what comes before it)
_PARENTHETICAL_BEFORE = re.compile(r",\s*(?:(?P<verb>[^\W\d_]+-(?:t-)?))?$")
_PARENTHETICAL_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*,")
# after an inverted pronoun: its participle, or nothing, then the comma
_INVERTED_AFTER = re.compile(r"(?:\s+[\w'’-]+)?\s*,")

class Antecedents:
    """The antecedent search of ``pronouns.Resolver`` (module docstring)."""

    pronouns: Pronouns
    subjects: Subjects
    sentences: Sentences

    def _source_of(self, lo: int, end: int, depth: int, fits: Callable[[Mention], bool],
                   relayed: bool = False) -> Mention | None:
        """The one whose view the sentence [lo, end) gives when it opens on a
        source: the name after "Pour", "Selon", "According to", or what a
        stressed pronoun there stands for ("Selon lui, Poutine est responsable.
        « ... », a-t-il déclaré": "lui" is the one before, not the sentence's
        subject); None when it does not, or when that one does not ``fit``.
        ``relayed``: the sentence quotes someone, so an outlet as its source only
        relays ("According to AFP, X said "…". "…," it added")."""
        masked = self.subjects.masked
        source = SOURCE_OPENING.match(masked, lo, end)
        if source is None:
            return None
        for named in self._source_named(source.end(), end):
            if named.kind == "outlet" and relayed:
                break
            if fits(named):
                return named
        stressed = STRESSED.match(masked, source.end(), end)
        if stressed and depth < 4:
            pron = Mention(stressed.start(1), stressed.end(1), CUE_PRONOUNS[stressed[1].lower()], "pronoun")
            found = self.antecedent(pron, depth + 1)
            if found is not None and fits(found):
                return found
        return None

    def antecedent(self, m: Mention, depth: int = 0, kinds: tuple[str, ...] | None = ()) -> Mention | None:
        """What a pronoun refers to: the subject of its own sentence before it,
        else of the sentences before (up to three), else the named subject of a
        reporting verb in them; a pronoun subject is followed further back.
        ``kinds``: the mention kinds it may refer to (default: its class's)."""
        cls = self.pronouns.cls(m.name)
        if kinds == ():
            kinds = None if self.pronouns.is_noun(m.name) else _KINDS.get(cls)

        head = self._relative_head(m)
        role = self.pronouns.role(m.name)

        def fits(x: Mention) -> bool:
            return x.kind != "pronoun" and not x.possessive and (kinds is None or x.kind in kinds) \
                and self._agrees(m, x) and (head is None or (x.start != head.start and x.name != head.name)) \
                and not self.other_role(x, role)

        spans = self.sentences.spans
        i = self.sentences.index(m.start)
        end = m.start
        # '« La relation Chine-Russie est "..." », a-t-il estimé': in an incise after
        # the quotation, what comes before is the words reported, not who said them
        # (a speaker named with a reporting verb before it still counts: "Putin stressed")
        masked = self.subjects.masked
        incise = bool(re.search(r"[»\"”’]\s*,?\s*(?:[\w'-]+\s*){0,2}$", masked[max(0, m.start - 20):m.start]))
        if incise and i >= 0:
            # ... unless a colon introduces the quotation: the clause before it narrates
            # ("Zelenski a plaisanté : « ... », a-t-il déclaré")
            opening = max(masked.rfind(c, spans[i][0], m.start) for c in '«"“‘')
            if opening > 0 and re.search(r":\s*$", masked[spans[i][0]:opening]):
                incise = False
        before = _PARENTHETICAL_BEFORE.search(masked, max(0, m.start - 16), m.start) if i >= 0 else None
        if before and (_INVERTED_AFTER if before.group("verb") else _PARENTHETICAL_AFTER).match(masked, m.end):
            # "Russian President X, he said, had “…”", « X, a-t-il ajouté, a « … » »: the name before a
            # parenthetical incise is the subject of the words it reports, never its pronoun (which
            # looks before it)
            named = [x for x in self.subjects.mentions.within(spans[i][0], before.start())
                     if x.kind != "pronoun" and not masked[x.end:before.start()].strip()]
            if named:
                end = named[-1].start
        for step in range(4):
            if i < 0:
                break
            lo = min(spans[i][0], end)
            if step and any(lo <= b < end and self._bars(b, m) for b in self.barriers):
                return None  # the sentence before quotes one the text does not name
            if step == 0 and incise:
                named = [ev for _, ev in self._events_in(lo, end) if fits(ev)]
                if named:
                    return named[-1]
                # « Selon lui, Moscou n'y a aucun intérêt : ces fuites sont « ... », a-t-il
                # regretté »: the clause after a source opening is that source's view, its
                # subject one of the words reported; the incise's pronoun is the source
                if (source := self._source_of(lo, end, depth, fits)) is not None:
                    return source
                # "En introduction, le président français a évoqué des « règles équitables »,
                # selon lui": a sentence that opens on narration, not on the quotation,
                # has its own subject
                subj = self.subjects.narrator(lo, end)
                if subj is not None and fits(subj):
                    return subj
                i -= 1
                end = spans[i][1] if i >= 0 else 0
                continue
            # "Pour Joe Biden, Poutine pourrait être derrière. « ... », confie-t-il": the one
            # whose view the sentence gives
            if step and (source := self._source_of(lo, end, depth, fits, self.spoken.get(i) is not None)) is not None:
                return source
            if step == 0 and (lead := self._subordinate(lo, m.start)) is not None and fits(lead):
                return lead  # "As Blinken meets Xi, he emphasizes ...": the clause's subject
            if step == 0 and (owner := self._speech_relative(lo, m.start)) is not None and fits(owner):
                return owner  # "... une interview du souverain pontife dans laquelle il lui demandait"
            if step == 0 and (owner := self._speech_owner(lo, m.start)) is not None and fits(owner):
                return owner  # "L'allocution de M. Poutine ..., qu'il a accusées de ...": the speaker's
            subj = self.subjects.of_sentence(lo, end)
            if subj is not None and step and not re.search(r"[^\W\d_]", _NAME_WORDS.sub(
                    "", masked[lo:subj.start] + masked[subj.end:end])):
                # "... avec le Premier ministre néerlandais. Mark Rutte.": a name alone (the
                # rest of it capitalised words the mention left out: "Marc") is no clause
                subj = None
            said = self.spoken.get(i) if step else None
            if said is not None and fits(said[0]) and not said[1] \
                    and (subj is None or subj.kind not in _KINDS["person"]) \
                    and (rep := self._reporter(subj, lo, end, fits)) is not None and rep.name != said[0].name:
                # "L'Otan n'enverra pas de troupes, a dit Scholz, après les propos de Macron
                # selon lequel « ... ». « ... », a-t-il dit": the person of the main clause's
                # incise, not the one a complement quotes
                return rep
            if said is not None and fits(said[0]) and (
                    said[1] or subj is None or subj.kind not in _KINDS["person"] or subj.name == said[0].name
                    or QUOTED_NEXT.match(masked, subj.end)):
                # '"A," a-t-il dit. Il a ajouté ...': a chain of attributions keeps its
                # speaker; so does one whose sentence opens on a place or a state, or on
                # the name its quotation runs on from ('X « veut ... », a ajouté Y')
                return said[0]
            if subj is not None and subj.kind != "pronoun":
                reporter = self._reporter(subj, lo, end, fits)
                if reporter is not None:
                    return reporter
            if subj is not None:
                if subj.kind == "pronoun":
                    # "il" after "Le secrétaire d'État américain doit quitter Washington": the
                    # description's holder (a person-class pronoun may stand for one)
                    if depth < 4 and (self.pronouns.cls(subj.name) == cls
                                      or (cls == "any" and self.pronouns.role(subj.name) is not None)):
                        role = self.pronouns.role(subj.name)
                        found, _, unnamed = self.role_antecedent(subj, role) if role else (None, "", False)
                        if found is None and not unnamed:
                            found = self.antecedent(subj, depth + 1)
                        if found is not None and (kinds is None or found.kind in kinds):
                            # (the chain keeps this pronoun's kinds: « le secrétaire général » after
                            # « Elle » for Sweden is no state)
                            return found
                elif fits(subj):
                    return subj
            # "Ils ont ri : Poutine s'est excusé. « ... », a-t-il dit": a clause after a
            # colon or semicolon has a subject of its own
            masked = self.subjects.masked
            for cut in sorted((masked.rfind(c, lo, end) for c in ":;"), reverse=True):
                if cut < 0:
                    break
                clause = self.subjects.of_sentence(cut + 1, end)
                if clause is not None and fits(clause):
                    return clause
            named = [ev for _, ev in self._events_in(lo, end) if fits(ev)]
            if named:
                return named[-1]
            i -= 1
            end = spans[i][1] if i >= 0 else 0
        return None
