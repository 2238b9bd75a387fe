"""Who said it: speaker attribution for extracted quotes.

Every quote gets ``(speaker, note)``: a canonical name (a person, an
organisation or an outlet) and how it was found, or ``None`` and why not.

An incise inside the marks (« A, précise X, B », inner.py) comes first, then
the quote's own sentence: a reporting verb (or one of the constructions of
verbs.py) within ``max_gap_chars`` of its marks. An incise after the mark wins, then a verb before an embedded quote, then a
verb further on in the sentence. An outlet that only relays yields to the
speaker it relays: in an incise (``Kim a salué le « succès », a rapporté
KCNA``) or after a source cue (``Putin said, according to TASS, that ...``);
an outlet is the speaker when nothing else attributes the words (``KCNA said
Kim "expressed satisfaction"``, ``selon l'agence KCNA, ...``).

With no attribution in its own sentence, news writing puts the speaker next
to it, and these are tried in order:

- a headline quotes the subject of its clause (``Lukashenko floats
  ‘trilateral cooperation’``, ``Corée du Nord : Kim promet un « soutien total »``);
- a colon introduces it (``Peskov was categorical: "..."``, ``Le porte-parole
  a été clair : « ... »``): the subject of the clause before;
- the sentence after it names the speaker (``The remarks were made by X``,
  ``Ces propos ont été tenus par X``, ``C'est ce qu'a déclaré X``);
- it continues the previous quote of its paragraph (``"A", a déclaré X. "B"``)
  or of its sentence;
- it stands alone right after a sentence in which someone speaks
  (``Putin spoke at the banquet.\n"..."``, ``Putin said:\n"..."``, the previous
  paragraph of a speech), and takes that speaker, unless that sentence goes on
  to someone else (``"...," Putin said, while Kim promised ...\n"..."``);
- it sits in a clause whose person subject it belongs to (``Xi « espère que la
  paix sera rétablie »``).
Words quoted twice in one article (a subheading repeating the body) take the
one speaker who says them.

A participle attaches its quote to the subject of the clause it hangs on
(``Calling Putin his "best friend", he hailed ...``, ``Putin said, calling it
"..."``); pronouns and role descriptions (``the top government spokesman``)
are resolved in pronouns.py.

The parts: tries.py (which verbs to try, best first), around.py, sections.py, nearby.py, remarks.py and sentence_before.py (the text around a quote), names.py (who can speak and where they are mentioned, with
bodies.py and titles.py), references.py (later references to those names),
verbs.py (reporting verbs and constructions), subjects.py (the subject of a
verb; verb_subject.py, which one each cue takes), pronouns.py and agreement.py
(what pronouns refer to), written.py (the document the words are read in, an outlet
quoting someone). Quotes are blanked out before searching (spans.py):
names and verbs inside them never count, but for an incise (inner.py). Each quote looks at its own sentence and the sentences right
before and after it, so the cost grows linearly with the text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.quotes.cues import REACTS_TO, words_owner
from pipeline.quotes.agreement import unnamed_person, unnamed_subject
from pipeline.quotes.joint import joint_speakers
from pipeline.quotes.mentions import Mention, Mentions
from pipeline.quotes.documents import described_gender, unnamed_description
from pipeline.quotes.names import Lexicon, MentionFinder
from pipeline.quotes.around import AroundSpeakers
from pipeline.quotes.echoes import shared_speakers
from pipeline.quotes.finding import leading_headlines
from pipeline.quotes.holders import reassign
from pipeline.quotes.pronouns import Pronouns, Resolver
from pipeline.quotes.questions import in_question
from pipeline.quotes.references import References
from pipeline.quotes.replies import reply_speakers
from pipeline.quotes.scope import InciseScope
from pipeline.quotes.sentences import Sentences
from pipeline.quotes.inner import InnerIncises, masked_with_incises
from pipeline.quotes.spans import QuoteSpan
from pipeline.quotes.subjects import Subjects
from pipeline.quotes.titles import titles_of
from pipeline.quotes.tries import VerbTries
from pipeline.quotes.verb_subject import VerbSubjects
from pipeline.quotes.verbs import Verbs
from pipeline.quotes.written import WrittenSources

# a coordinating conjunction alone before a quotation that makes the rest of its sentence
_CONJUNCTION_ONLY = re.compile(r"\s*(?:but|and|yet|mais|et|or)\s*,?\s*", re.IGNORECASE)

if TYPE_CHECKING:
    from pipeline.config import QuotesConfig
    from pipeline.data import Document

# notes of a quote whose reporting verb's subject is a role's holder the text does not name
_UNNAMED_SUBJECT = ("refers to someone not named", "with no official of")
# what the text around a quote may give when its reporting verbs name nobody
# (not the quote before it in its own sentence: a verb of another clause stands between them)
_AROUND_KEPT = ("the speaker of the sentence before", "speaks in the sentence before",
                "continues the quote before it in the paragraph", "the subject before the colon")
# an official kept unnamed on purpose: "speaking on condition of anonymity", « sous couvert d'anonymat »
_ANONYMOUS = re.compile(r"anonym|not\s+authori[sz]ed\s+to|sous\s+couvert", re.IGNORECASE)
# what only suggests a speaker: the words quoted elsewhere in the text may name another
_GUESSES = _AROUND_KEPT[:2]
# '"...," as reported by PAP', « ..., comme l'a rapporté l'AFP »: an outlet that relays the words
_AS_REPORTED = re.compile(r"(?<![\w'-])(?:as|comme)\s+(?:(?:l['’]|les?\s+)?(?:a|ont)\s+)?$", re.IGNORECASE)
# a subject pronoun coordinated with the name found as the subject ("he and Biden spoke")
_PRONOUN_AND = re.compile(r"(?<![\w'-])(he|she|il|elle)\s+(?:and|et)\s+$", re.IGNORECASE)


class Attributor(AroundSpeakers, InciseScope, VerbSubjects, InnerIncises, VerbTries, WrittenSources):
    """Finds the speaker of each quote of one document."""

    def __init__(self, doc: Document, spans: list[QuoteSpan], cfg: QuotesConfig,
                 outlets: dict[str, list[str]], sentences: Sentences | None = None):
        self.doc, self.spans, self.cfg = doc, spans, cfg
        lexicon = Lexicon.build(cfg, outlets)
        self.verbs = Verbs(cfg, doc.text)
        pronouns = Pronouns(cfg)
        self.masked, self.inner = masked_with_incises(doc, spans, self.verbs.verb_rx)
        self.sentences = sentences or Sentences(doc)
        finder = MentionFinder(doc, self.masked, lexicon, self.verbs.verb_rx, pronouns.rx, self.verbs.cue_rx)
        found = reassign(finder.find(), self.masked, cfg.speaker_aliases, finder.titled, cfg.office_terms, doc.date)
        self.labelled = finder.labelled
        references = References(doc, self.masked, lexicon.titles, finder.titled, self.sentences,
                                self.verbs.verb_rx)
        self.mentions = Mentions(references.learn(found))
        self.subjects = Subjects(doc.text, self.masked, self.mentions, lexicon.titles,
                                 {sp.close for sp in spans}, cfg.subject_after_words)
        self.events = self.subjects.events(doc.paragraphs, self.verbs.verb_rx, self.sentences)
        self.resolver = Resolver(doc.text, pronouns, self.subjects, self.sentences, self.mentions, self.events)
        self.resolver.owners = lexicon.titles.owners
        self.resolver.titles_of = titles_of(finder.titled, cfg.speaker_aliases)
        self.resolver.body_names = lexicon.body_names()
        self._headlines = leading_headlines(doc)
        self._closed_groups = {sp.group for sp in spans if sp.close is not None}
        self._spoken: dict[int, tuple[str, str]] = {}  # sentence -> its last quote's speaker and note
        self._quote_ends: dict[int, QuoteSpan] = {}  # sentence index -> the last quote in it
        self.unnamed_official = False  # whether the quote's speaker is the body of an official left unnamed

    def attribute(self) -> list[tuple[str | None, str]]:
        """(speaker, note) per span, in order; pieces of one quotation share a speaker."""
        out: list[tuple[str | None, str]] = []
        guessed: set[int] = set()  # quotes whose speaker the text only suggests
        unnamed: dict[int, str] = {}  # ... as the state or body of an official it leaves unnamed
        prev: tuple[QuoteSpan, str | None] | None = None
        for sp in self.spans:
            if prev is not None and prev[0].para != sp.para:
                prev = None
            self.unnamed_official = False
            result = self.find(sp, prev)
            if result[0] is not None and result[1].startswith(_GUESSES):
                guessed.add(len(out))
            elif result[0] is not None and (self.unnamed_official or self.resolver.kinds.get(result[0]) == "role"):
                guessed.add(len(out))
                unnamed[len(out)] = result[0]
            out.append(result)
            if result[0] is None and (self._unnamed or any(w in result[1] for w in _UNNAMED_SUBJECT)
                                      or unnamed_description(result[1], self.resolver.pronouns)):
                self.resolver.barriers.append(sp.open)
                self.resolver.barrier_gender[sp.open] = described_gender(result[1])
            prev = (sp, result[0])
            said = None
            if result[0] is not None:
                said = (Mention(sp.open, sp.open, result[0], self.resolver.kinds.get(result[0], "name")),
                        "pronoun '" in result[1])
            for pos in {sp.open, sp.close if sp.close is not None else sp.end - 1}:
                i = self.sentences.index(pos)
                self._quote_ends[i] = sp
                if said is not None:
                    self._spoken[i] = (result[0], result[1])
                    self.resolver.spoken[i] = said
        def fits(i: int, speaker: str) -> bool:
            # an unnamed official's words go to a person the text titles as that state's or body's,
            # unless the text keeps the official anonymous on purpose
            body = unnamed.get(i)
            if body is None:
                return True
            lo, hi = self.sentences.at(self.spans[i].open)
            return not _ANONYMOUS.search(self.masked, lo, hi) \
                and body in self.resolver._owners_in(self.resolver.titles_of.get(speaker, ()))
        return shared_speakers(self.doc.text, self.spans, out, guessed, fits)

    def find(self, sp: QuoteSpan, previous: tuple[QuoteSpan, str | None] | None) -> tuple[str | None, str]:
        """(speaker, note) for one quote; ``previous`` is the quote before it in
        its paragraph with its speaker."""
        self._unnamed = False  # whether a reporting verb's subject is someone unnamed
        lo, _ = self.sentences.at(sp.open)
        if found := self._inner_incise(sp) or self._opening(sp, lo):
            return found
        close = sp.close if sp.close is not None else self.doc.paragraphs[sp.para].end
        hi = self.sentences.at(close)[1] if sp.close is not None else close
        paras = self.doc.paragraphs
        if sp.close is not None and hi <= paras[sp.para].end and sp.para + 1 < len(paras) \
                and not self.masked[close + 1:paras[sp.para].end].strip() \
                and self.masked[paras[sp.para + 1].start:paras[sp.para + 1].end].lstrip()[:1] == ",":
            hi = self.sentences.at(paras[sp.para + 1].start)[1]  # a line broken before its incise ('"..."\n, a dit X')
        if found := self._read_in(sp, hi):
            return found  # '« ... », peut-on lire dans le communiqué du FSB'
        # (a sentence that is the quotation after a coordinating conjunction alone, 'But "…".',
        # « Mais « … ». », is as the quotation by itself)
        embedded = any(c.isalnum() for c in self.masked[lo:sp.open]) and not (
            _CONJUNCTION_ONLY.fullmatch(self.masked, lo, sp.open) and sp.close is not None
            and not any(c.isalnum() for c in self.masked[sp.close + 1:hi]))
        owner, own = words_owner(self.masked, self.mentions, lo, sp.open, sp.close) if embedded else (None, None)
        if owner is not None and owner.kind in ("person", "name", "org", "outlet"):
            # "Asked about Biden's claim that "...", Veran agreed": the owner's words
            speaker, how = self.resolver.resolve(owner._replace(possessive=False))
            if speaker is not None:
                return speaker, f"'{self.doc.text[own.start():own.end()].strip() if own else 'speech noun'}' before the quote: {how}"
        if embedded and in_question(self.masked, lo, sp.open):
            return None, "inside the question asked"
        first = previous[1] if previous and previous[0].open >= lo else None
        named, to = (embedded and reply_speakers(self.masked, self.mentions, lo, sp.open)) or (False, [])
        for m in to if named or first else []:
            speaker, how = self.resolver.resolve(m)  # 'A told B, "...", prompting a sharp reply: "..."': B's
            if speaker is not None and speaker != first:
                return speaker, f"the reply it stands for: {how}"
        if self._is_headline(sp.para) and self.masked[lo:sp.open].rstrip().endswith(":") \
                and (credit := self.dash_credit(sp, close)):
            return credit  # "Poland: '…' - President Duda on …": not the kicker
        tries, relayed = self._tries(sp, lo, hi, close, embedded, self._incise_end(sp, close, hi))
        note, deferred, silent = "no reporting verb near the quote", None, False
        unnamed_role = voiceless = None  # notes of a description, a verb, before the quote naming nobody
        for i, (where, (v, cue), s_lo, s_hi) in enumerate(tries):
            verb = self.doc.text[v.start():v.end()]
            if where == "before the quote" and REACTS_TO.match(self.masked, v.start(), sp.open):
                continue  # "X responds to Pope's calls for "white flag"": the words X answers are another's
            wide = self._closing_incise(v, cue, s_lo, s_hi, sp.close, hi)
            if wide is not None:  # '« A », qui souligne « B », a réagi X': X
                return wide
            m = self._subject(v, cue, s_lo, s_hi)
            if m is None and where == "after the quote" and cue is False:
                m = self._inverted(v, lo, sp.open, s_hi)
            if m is None:
                note = f"reporting verb '{verb}' {where} without a recognisable subject"
                # ("affirme une femme", "a woman said"): someone unnamed spoke
                self._unnamed |= unnamed_person(self.masked, v.start(), v.end(), where == "after the quote")
                # (a group or a title as the subject: nobody the text around may name either)
                silent |= unnamed_subject(self.masked, v.start(), v.end(), where == "after the quote")
                voiceless = voiceless or (note if where == "before the quote" and deferred else None)
                continue
            if m.kind == "pronoun" and m.name.lower() in ("it", "this", "that") and any(
                    t[0] == "after the quote" and t[1][1] is True for t in tries[i + 1:]):
                continue  # 'it was announced ..., a sign of the "..." nature of the visit, per the Post
            pron = _PRONOUN_AND.search(self.masked, max(s_lo, m.start - 12), m.start) if m.kind != "pronoun" else None
            if pron:
                # 'Zelensky said he and Biden spoke about "..."': the one who tells of the two is "he"
                m = Mention(pron.start(1), pron.end(1), pron[1], "pronoun")
            joint = joint_speakers(m, self.mentions, self.masked, self.subjects.titles, self.resolver.resolve,
                                   self.resolver.antecedent)
            if joint is not None:
                # "Pékin et Moscou jugent « nécessaire »", "Putin and Xi pledged a "new era"":
                # words two parties put their names to have no single speaker
                return None, f"{where}: '{verb}' + two speakers ({joint})"
            if where == "before the quote" and (reporter := self._speaker_of_body(m, s_lo)) is not None:
                return reporter  # "X said that the administration condemns it "...""
            speaker, how = self.resolver.resolve(m)
            if speaker is not None and m.kind == "outlet" and deferred is None and i + 1 < len(tries) \
                    and ((relayed and i == 0) or cue is True or _AS_REPORTED.search(self.masked, s_lo, v.start())
                         or (cue == "quoted" and any(t[0] == "before the quote" for t in tries[i + 1:]))):
                # 'X a salué le « succès », a rapporté KCNA', 'Putin said, according to TASS,
                # that ...', 'X said that "...," AFP reports citing TASS': X speaks, the outlet relays
                deferred = speaker, f"{where}: '{verb}' + {how}"
                continue
            if speaker is not None and m.kind == "outlet" and embedded and where == "after the quote" \
                    and i + 1 == len(tries) and deferred is None:
                # 'X noted: "...," as reported by PAP': the outlet relays who the sentence names
                found = self._around(sp, previous, lo, hi, close, embedded)
                if found is not None and found[0] is not None and found[0] != speaker:
                    return found
            if (m.kind == "outlet" or (speaker is not None and self.resolver.kinds.get(speaker) == "outlet")
                    or (m.kind == "pronoun" and self.resolver.pronouns.cls(m.name) == "agency")) \
                    and (quoted := self._quoting(s_lo, s_hi)) is not None:
                return quoted  # "Quoting Putin further, the news agency reported, "..."": Putin's
            if speaker is not None and unnamed_role and where == "before the quote" and (
                    m.kind == "outlet" or self.resolver.kinds.get(speaker) == "outlet"):
                # "KCNA reported that the defence minister had said "…"": the agency passes on the
                # words of an official it leaves unnamed (whom other articles may name)
                return None, unnamed_role
            if speaker is not None:
                return speaker, f"{where}: '{verb}' + {how}"
            note, silent = how, True  # a subject nobody it names stands for: no one to look further for
            if how.startswith("role description"):
                unnamed_role = how
        if deferred:  # ('An aide warned of a "…", according to AP': it relays one unnamed)
            return (None, voiceless) if voiceless else deferred
        if not tries:
            found = self._around(sp, previous, lo, hi, close, embedded)
            if found is not None:
                return found
            found = self._digest(sp)  # "TASS has collected the key statements of X." then items
            if found is not None:
                return found
        else:
            if sp.close is not None and not any(c.isalnum() for c in self.masked[close + 1:hi]):
                # '... who accused Russia are "unacceptable". This was stated by Peskov': verbs
                # with no subject in the quote's sentence, its speaker named in the next one
                found = self._named_after(sp, close)
                if found is not None:
                    return found
            if not (self._unnamed or silent):
                # 'When asked ..., Peskov was blunt: "..."': verbs whose subjects name nobody (a
                # subordinate clause's, a passive's), and no one unnamed spoke: the text around it
                # (only what the sentences before and a colon give: a speaker found for the words)
                found = self._around(sp, previous, lo, hi, close, embedded)
                if found is not None and found[0] is not None and found[1].startswith(_AROUND_KEPT):
                    return found
        return None, note
