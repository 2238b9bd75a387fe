"""Speakers found next to a quote rather than in its own sentence: a
headline's subject, the sentence after the quote that names its speaker, and
the speaker of the sentence before a quote that stands alone
(``sentence_before.py``; see the list in speakers.py). A mixin of ``speakers.Attributor``: it reads the attributor's
document, sentences, mentions, subjects, verbs and resolver."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lexicon import zipf
from pipeline.quotes import constructions, rules
from pipeline.quotes.events import names_event
from pipeline.quotes.gaps import ADVERBIALS, named_after
from pipeline.quotes.joint import joint_speakers
from pipeline.quotes.sentence_before import SPEECH, SentenceBefore
from pipeline.quotes.remarks import remark

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mention
    from pipeline.quotes.spans import QuoteSpan

# where a headline's clause starts: after "Topic: ", "Topic - ", "|"
# (and a subordinate clause's conjunction: "Blinken shakes his head as Biden calls Xi 'dictator'": Biden)
_CLAUSE_BREAK = re.compile(r"(?:\s[:|–—-]|:|\||;)\s+|(?P<sub>(?<![\w'-])(?:as|after|while|when|because|since|comme|"
                           r"alors\s+que|tandis\s+que|apres\s+que|parce\s+que|puisque|lorsque)\s+(?=(?-i:[A-Z])))")
# a passive clause: its subject undergoes, it does not speak ("he was sentenced for "..."")
_PASSIVE = re.compile(r"(?<![\w'-])(?:was|were|been|being|is|are|a\s+ete|ont\s+ete|est|sont|etait|fut)\s+"
                      r"(?:\w+\s+)?\w+(?:ed|en|e|es|ee|ees|is|it|u|us)(?![\w'-])", re.IGNORECASE)
# a relative clause between a subject and a quotation has a subject of its own
RELATIVE_WORD = re.compile(rf"(?<![\w'-])(?:{'|'.join(sorted(rules.RELATIVE_PRONOUNS))})(?![\w'-])", re.IGNORECASE)
# what may follow a verb that reports the quotation before it: a preposition or an
# adverbial ("a réagi vendredi lors de", "said on Friday"), not an object or a clause
_AFTER_VERB = frozenset(
    (rules.PREPOSITIONS - {"de", "du", "des", "d", "of", "that", "about"})
    | {w.split()[0].lower() for w in constructions.ADVERBIALS}
    | {"sans", "lors", "aussitot", "d'abord"})
_SPACES = re.compile(r"\s+")
# an unknown name all of whose words the language uses this often (wordfreq Zipf) is no name: "Up
# Next" (6.4, 5.7), "Read More"; names: "Karl" 4.0, "Mark Rutte" (5.05, 2.0)
_FURNITURE_ZIPF = 5.0
# the titles of a newsroom's staff, which credit an article or a picture, not a speaker
_NEWSROOM = re.compile(r"(?<![\w'-])(?:editor|correspondent|reporter|photographer|journalist|writer|"
                       r"redact\w*|journaliste|correspondant\w*|photographe|envoye\w* special\w*)(?![\w'-])",
                       re.IGNORECASE)
# what a bare speaker label may end on: the network it posted on, or the kind of text ("X, On X",
# "Polish Foreign Ministry Statement", « X, sur Telegram »)
_LABEL_TAIL = re.compile(r"(?:\s*,?\s*(?:on|sur|via)\s+(?:X|Twitter|Telegram|Facebook|Instagram|Truth\s+Social)"
                         r"|\s+(?:statement|communiqu[eé]|d[eé]claration))\s*$", re.IGNORECASE)
# a dash before the last words of a headline: "... « destin compliqué » – Poutine"
_TRAILING_DASH = re.compile(r"\s[–—-]\s*(?=[^–—-]*$)")
# a source closing a headline after a colon: "... 'without delay' if attacked: KCNA"
_TRAILING_COLON = re.compile(r"\s*:\s*(?=[^:]*$)")
# a headline's speaker after its quotation, then the topic of the words: "'...': Trump on talks with X"
_ON_TOPIC = re.compile(r"\s+(?:on|about|over|sur|au sujet de|à propos de|a propos de)(?![\w'-])", re.IGNORECASE)


class NearbySpeakers(SentenceBefore):
    """Headlines and the sentences around a quote."""

    def _resolved(self, m: Mention | None, note: str) -> tuple[str, str] | None:
        """(speaker, note + how ``m`` was resolved), or None."""
        if m is None:
            return None
        speaker, how = self.resolver.resolve(m)
        if speaker is None:
            return None
        return speaker, f"{note} + {how}"

    def _headline(self, sp: QuoteSpan, lo: int, close: int, embedded: bool) -> tuple[str, str] | None:
        """A headline quotes its subject, whatever the verb ("Lukashenko floats
        ‘trilateral cooperation’", "Corée du Nord : Kim promet un « soutien
        total »"), or the name after it ("‘We are ready’ – Lukashenko")."""
        p = self.doc.paragraphs[sp.para]
        if found := self.dash_credit(sp, close):
            return found
        colon = _TRAILING_COLON.search(self.masked, close + 1, p.end)
        tail = self.mentions.within(colon.end(), p.end) if colon else []
        if len(tail) == 1 and tail[0].kind != "pronoun" and not tail[0].possessive and not any(
                c.isalpha() for c in self.masked[colon.end():tail[0].start] + self.masked[tail[0].end:p.end]):
            return tail[0].name, f"the headline's source after the colon '{self.doc.text[tail[0].start:tail[0].end]}'"
        if embedded:
            first = self.mentions.within(lo, sp.open)[:1]
            if first and first[0].kind in ("person", "name") and not first[0].possessive \
                    and not self.subjects.titles.is_title(self.doc.text[first[0].start:first[0].end].split()[-1]) \
                    and not any(c.isalnum() for c in self.masked[lo:first[0].start]) \
                    and re.match(r"(?:\s+(?:a|au|aux|to)\s+[^:;.]{1,40}?)?\s*:", self.masked[first[0].end:sp.open]):
                # "Putin: Russia seeking to create 'buffer zone'": the name before the colon speaks (and
                # "Xi à des patrons : ...", "Biden to Xi: ...": the name before its addressee and the colon)
                # ... unless a person after it speaks ("Nord Stream : X parle de « sabotage »": a topic first)
                colon = self.masked.find(":", first[0].end, sp.open)
                then = self.mentions.within(colon + 1, sp.open)[:1]
                if then and then[0].kind in ("person", "name") and not then[0].possessive \
                        and not any(c.isalnum() for c in self.masked[colon + 1:then[0].start]) \
                        and (v := _SPACES.match(self.masked, then[0].end)) is not None \
                        and (SPEECH.match(self.masked, v.end()) or self.verbs.verb_rx.match(self.masked, v.end())):
                    return then[0].name, f"the headline's subject after the colon '{self.doc.text[then[0].start:then[0].end]}'"
                return first[0].name, f"the headline's speaker before the colon '{self.doc.text[first[0].start:first[0].end]}'"
            start = lo
            for b in _CLAUSE_BREAK.finditer(self.masked, lo, sp.open):
                # (a colon after the subordinate clause hands the quotation back to the main one:
                # "Biden speaks since X and Y were freed: ‘…’": Biden)
                if any(c.isalnum() for c in self.masked[b.end():sp.open]) \
                        and not (b["sub"] and ":" in self.masked[b.end():sp.open]):
                    start = b.end()
            m = self.subjects.of_sentence(start, sp.open)
        else:
            after = re.match(r"\s*[,:–—-]\s*", self.masked[close + 1:p.end])
            found = self.mentions.within(close + 1, p.end)
            # (an outlet there is the page title's site, "“…” – DW – 09/07/2024", no speaker)
            m = found[0] if after and len(found) == 1 and found[0].kind != "outlet" else None
            if after and len(found) > 1 and found[0].start == close + 1 + after.end() \
                    and _ON_TOPIC.match(self.masked, found[0].end, p.end):
                m = found[0]  # "'No deal until there's a deal': Trump on talks with Putin": the name before its topic
        if m is not None and not m.possessive and m.kind != "pronoun" and not named_after(self.doc.text, m.end):
            # (« Poutine qualifié de « boucher » »: the one named, not who names him)
            if joint_speakers(m, self.mentions, self.masked, self.subjects.titles, self.resolver.resolve):
                return None  # "La Chine et la Russie s'accordent sur une « solution »": two parties
            self.unnamed_official = m.kind == "role"  # an official the headline leaves unnamed
            return m.name, f"the headline's subject '{self.doc.text[m.start:m.end]}'"
        return None

    def dash_credit(self, sp: QuoteSpan, close: int) -> tuple[str, str] | None:
        """The name that closes a headline after a dash, with its titles before it and
        the topic of the words after it ("L'ancien chef de Wagner était un homme au
        « destin compliqué » – Poutine", "Poland: '…' - President Duda on missile
        strike"): it speaks, whoever the headline's subject or the kicker before its colon."""
        p = self.doc.paragraphs[sp.para]
        dash = _TRAILING_DASH.search(self.masked, close + 1, p.end)
        tail = self.mentions.within(dash.end(), p.end) if dash else []
        if not tail or tail[0].kind in ("pronoun", "outlet") or tail[0].possessive:
            return None
        m, titles = tail[0], self.subjects.titles
        lead = re.findall(r"[\w'.-]+", self.masked[dash.end():m.start])
        topic = _ON_TOPIC.match(self.masked, m.end, p.end)
        named = [w for w in lead if w.lower() not in rules.DETERMINERS]  # « le président X »; not "The Herald"
        if not all(titles.is_title(w.strip(".")) for w in named) or (len(named) < len(lead) and not named) or not (
                topic or (len(tail) == 1 and not any(c.isalpha() for c in self.masked[m.end:p.end]))):
            return None
        return m.name, f"the headline's speaker after the dash '{self.doc.text[m.start:m.end]}'"

    def _named_after(self, sp: QuoteSpan, close: int) -> tuple[str, str] | None:
        """The speaker named by the sentence after the quote's ('"..." The
        remarks were made by X', '« ... » Ces propos ont été tenus par X'),
        past sentences of its paragraph that are only quotations; or by the
        first sentence of the next paragraph when the quote ends its own."""
        spans = self.sentences.spans
        i = self.sentences.index(close)
        for j in range(i + 1, min(i + 4, len(spans))):
            nlo, nhi = spans[j]
            para = self._para_of(nlo)
            if para != sp.para and (para != sp.para + 1 or j != i + 1):
                return None
            if not any(c.isalnum() for c in self.masked[nlo:nhi]):
                if para != sp.para:
                    return None
                continue  # a sentence that is only a quotation: look past it
            cue = remark(self.masked, self.verbs.verb_rx, nlo, nhi)
            if cue is None:
                return self._subject_reacts(nlo, nhi) if j == i + 1 else None
            hit, how = cue
            if how == "agent":
                m = self.subjects.after(hit.end(), nhi)
            elif how == "back":
                m = self.subjects.after(hit.end(), nhi) or self.subjects.before(nlo, hit.start())
            else:
                m = self.subjects.before(nlo, hit.start())
            return self._resolved(m, f"named in the sentence after: '{self.doc.text[hit.start():hit.end()]}'")
        return None

    def _subject_reacts(self, lo: int, hi: int) -> tuple[str, str] | None:
        """'« ... » Joe Biden a d'abord réagi vendredi', '"..." Biden said on Friday.':
        a sentence right after the quotation whose named subject opens it and
        whose reporting verb follows (an auxiliary and two words at most between)
        with no words of its own reported (no quotation, no "que", "that", colon)."""
        if any(c in self.masked[lo:hi] for c in '«»"“”') or self.masked[lo:hi].rstrip().endswith(":"):
            return None  # ("Biden responded:" introduces the quotation after it)
        found = self.mentions.within(lo, hi)
        m = found[0] if found else None
        if m is None or m.kind not in ("person", "name") or m.possessive \
                or self.masked[lo:m.start].strip():
            return None
        v = self.verbs.verb_rx.search(self.masked, m.end, min(hi, m.end + 40))
        if v is None or len(self.masked[m.end:v.start()].split()) > 3 or "," in self.masked[m.end:v.start()]:
            return None
        nxt = re.match(r"\s*([\w'-]+)", self.masked[v.end():hi])
        # (an adverb of manner too: French "-ment", English "-ly")
        if nxt and nxt[1].lower() not in _AFTER_VERB and not nxt[1].lower().endswith(("ment", "ly")):
            return None  # an object: the verb reports something else ("Biden announced sanctions")
        return self._resolved(m, f"the subject of the sentence after: '{self.doc.text[v.start():v.end()]}'")

    def _clause_subject(self, sp: QuoteSpan, lo: int) -> tuple[str, str] | None:
        """A quotation inside a clause with no reporting verb ('Xi Jinping « espère
        que la paix sera rétablie »', 'Macron entend prôner la « réciprocité »',
        'Xi did not specify what "political settlement" means'): the words of the
        person the clause is about, when that person is its subject and nobody
        else, no relative clause, other quotation, aside or apposition ("studied
        the plan, a "provocation"") stands between them."""
        tail = self.masked[sp.close + 1:self.sentences.at(sp.close)[1]] if sp.close is not None else ""
        comma = tail.find(",")
        if self._is_headline(sp.para) or (comma >= 0 and (
                self.verbs.verb_rx.search(tail, comma) or self.verbs.cue_rx.search(tail, comma)
                or len(re.findall(r"[\w'-]+", tail[comma:])) <= 4)):
            # (", diplomats believe", ", a dit X", ", selon l'agence KCNA": a reporting verb, a source
            # cue or a short tag clause after a comma may say whose view it is; a long clause after
            # it goes on narrating)
            return None
        m = self.subjects.of_sentence(lo, sp.open)
        if m is not None and joint_speakers(m, self.mentions, self.masked, self.subjects.titles, self.resolver.resolve,
                                            self.resolver.antecedent):
            return None, "two speakers as the subject of the clause that holds the quote"
        if m is None or m.possessive or m.kind not in ("person", "name", "pronoun") \
                or self.masked[m.end:m.end + 2] == "'s" or named_after(self.doc.text, m.end):
            return None  # "Putin's announcement "..."": the owner; « Poutine qualifié de « … » »: the one named
        between, aside = self.masked[m.end:sp.open], self.masked[lo:m.start]
        # (an adverbial set off by commas is no apposition: « X a, de son côté, salué les « ... » »)
        plain = re.sub(r",\s*,", " ", ADVERBIALS.sub(" ", between))
        if any(c in between for c in '«»"“”‘’;:(') or aside.count("(") > aside.count(")") or RELATIVE_WORD.search(between) or _PASSIVE.search(between) \
                or re.search(r",\s*(?:[\w'-]+\s*){0,2}$", plain) or names_event(between) \
                or any(x.kind in ("person", "name", "pronoun") and x.name != m.name
                       for x in self.mentions.within(m.end, sp.open)):
            return None
        speaker, how = self.resolver.resolve(m)
        if speaker is None or self.resolver.kinds.get(speaker) not in ("person", "name", "role"):
            return None
        return speaker, f"the subject of the clause that holds the quote: {how}"

    def _label(self, para: int) -> tuple[str, str] | None:
        """A paragraph that only names a speaker before a colon ("Vladimir Putin,
        Russian President:", "Dmitri Peskov :"), as transcripts introduce the
        quotation in the paragraph after it: that speaker."""
        if para < 0:
            return None
        p = self.doc.paragraphs[para]
        text = self.masked[p.start:p.end].strip()
        if not text.endswith(":") or len(text.split()) > 12:
            return None
        found = self.mentions.within(p.start, p.end)
        if not found or found[0].kind not in ("person", "name") or found[0].possessive:
            return None
        head = self.masked[p.start:found[0].start]
        rest = self.masked[found[0].end:p.end].strip().rstrip(":")
        if any(c.isalnum() for c in head) or (rest and not (rest.startswith(",")
                                                          and self.subjects.titles.is_phrase(rest[1:]))):
            return None
        return found[0].name, f"named before the colon of the paragraph before: '{self.doc.text[found[0].start:found[0].end]}'"

    def _bare_label(self, para: int) -> tuple[str, str] | None:
        """A short paragraph that only names a speaker, with a title before a person's name or
        the network or the kind of text after the name, and no colon ("Ukrainian President X", "Germany's Foreign
        Ministry, On X", "Polish Foreign Ministry Statement"), before a paragraph that is a
        quotation: as a transcript's label, that speaker. A lone word ("Britain", a country's
        section) names a section, not a speaker."""
        if para <= 0:
            return None
        p = self.doc.paragraphs[para]
        text = self.masked[p.start:p.end].strip()
        if not text or len(text.split()) > 10 or text[-1] in ".!?:;,\"”’»" or any(c in text for c in '«"“'):
            return None
        tail = _LABEL_TAIL.search(self.masked, p.start, p.end)
        end = tail.start() if tail else p.end
        found = [x for x in self.mentions.within(p.start, end) if x.kind != "pronoun"]
        if not found or found[-1].possessive or self.masked[found[-1].end:end].strip() \
                or any(True for _ in self.verbs.find(self.masked, p.start, p.end)):
            return None
        m = found[-1]
        lang = (self.doc.lang or "en")[:2]
        if m.kind == "outlet" or (m.kind == "name" and all(zipf(w.lower(), lang) >= _FURNITURE_ZIPF
                                                            for w in m.name.split())):
            return None  # "Up Next", "Read More": the page's furniture; "Le Monde": a masthead or credit
        head = self.masked[p.start:m.start].strip()
        # a title before a person's name, or the network or kind of text after the name: a bare
        # name is a byline, a bare body a section ("European Union"), a newsroom title a credit
        if (head and not self.subjects.titles.is_phrase(head)) or (tail is None and not (
                head and m.kind in ("person", "name"))) or _NEWSROOM.search(head):
            return None
        return self._resolved(m, "named by the label of the paragraph before")

    def _subheading(self, sp: QuoteSpan) -> bool:
        """Is the quote a short paragraph of its own, without a sentence's end
        and not run on by the next paragraph (", a-t-il dit"): a subheading?"""
        p, paras = self.doc.paragraphs[sp.para], self.doc.paragraphs
        words = self.doc.text[sp.start:sp.end].split()
        nxt = self.masked[paras[sp.para + 1].start:paras[sp.para + 1].end].lstrip()[:1] if sp.para + 1 < len(paras) else ""
        return (sp.close is not None and len(words) <= 12 and not self.masked[p.start:sp.open].strip()
                and not self.masked[sp.close + 1:p.end].strip() and not (nxt in ",;:" or nxt.islower())
                and not self.doc.text[sp.start:sp.end].rstrip().endswith((".", "!", "?", "…", ",")))

    def _is_headline(self, para: int) -> bool:
        """Is paragraph ``para`` a headline: the document's title alone on the
        first content line, or one of the short lines without a full stop above
        the body (a kicker, a headline, a subhead)?"""
        return para in self._headlines
