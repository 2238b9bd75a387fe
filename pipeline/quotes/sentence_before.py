"""The speaker of the sentence before a quotation that stands alone (moved out
of nearby.py): that sentence's last attributed quote, else the subject of its
reporting or speech verb ("Putin spoke at the banquet.", "Putin said:"). A
mixin of ``speakers.Attributor``, through ``nearby.NearbySpeakers``: it reads
the attributor's document, sentences, mentions, subjects, verbs and resolver,
and the headline and label tests of ``NearbySpeakers``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lexicon import lemma
from pipeline.quotes import constructions
from pipeline.quotes.folding import words_rx
from pipeline.quotes.gaps import NEGATED
from pipeline.quotes.mentions import Mention, governed
from pipeline.quotes.subjects import OWNER_PRONOUNS
from pipeline.quotes.verbs import passive

if TYPE_CHECKING:
    from pipeline.quotes.spans import QuoteSpan

# nouns and verbs of speech ("Putin spoke at the banquet", "raised a toast to")
SPEECH = words_rx(constructions.SPEECH_VERBS)
# ... and reacting, in a sentence before a quotation only ("X reacted on Telegram.")
# ("The White House has not reacted." speaks no words)
_SPEECH_BEFORE = words_rx(constructions.SPEECH_VERBS + constructions.REACTION_VERBS)
# verbs that announce what a list enumerates ("named three results:", « a énuméré ses priorités : »)
# (the masked text is folded: no accents)
_LISTING = re.compile(r"(?<![\w'-])(?:named|listed|outlined|set\s+out|enumerated|enumere|detaille|cite|presente|fixe)"
                      r"(?![\w'-])", re.IGNORECASE)
# a possessive before a noun of what is said or written ("his message", « sa déclaration »)
_OWNED_WORDS = re.compile(r"(?<![\w'-])(his|her|their|son|sa|ses|leur|leurs)\s+(?:own\s+|propres?\s+)?(?:%s|messages?|posts?|"
                          r"letters?|speech|address|tweets?|lettres?|discours|publications?)(?![\w'-])"
                          % "|".join(re.escape(w) for w in constructions.REMARK_NOUNS), re.IGNORECASE)
# the lemmas of the verbs of speech, whatever their form (« les syndicats parlent de »)
_SPEECH_LEMMAS = frozenset(lemma(w, lang) for w in constructions.SPEECH_VERBS if " " not in w for lang in ("fr", "en"))
# a list item's opening mark
_ITEM = re.compile(r"[ \t]*(?:→|•|·|-|–|—|\*|▪|►)\s")
# a digest's announcement: the paragraphs after it give the main things someone said ("TASS has
# gathered the key takeaways from what the head of state said.", "Here are the main statements
# of X", « Voici les principales déclarations de X », « a rassemblé les principales annonces du X »)
_DIGEST = re.compile(
    r"(?:(?:has|have|had)\s+(?:collected|gathered|compiled|selected|put\s+together|rounded\s+up|summed\s+up"
    r"|summari[sz]ed)|here\s+are|below\s+are)\s+(?:the\s+|some\s+of\s+the\s+)?(?:key|main|principal|major|most"
    r"\s+important|top)\s+(?:statements|takeaways|points|theses|quotes|remarks|comments)\s+(?:of|from|by|made\s+by)\s+"
    r"(?P<who>[^.\n]+)"
    r"|(?:(?:a|ont|avons)\s+(?:rassemblé|recueilli|compilé|sélectionné|résumé|réuni)|voici)\s+(?:les|des)\s+"
    r"(?:principales|grandes|plus\s+importantes)\s+(?:déclarations|annonces|phrases|citations|thèses|idées)\s+"
    r"(?P<qui>(?:de|du|des|d['’])[^.\n]+)", re.IGNORECASE)
# how many paragraphs a digest's announcement reaches
_DIGEST_REACH = 40
# what follows the subject of a clause: an auxiliary, or a verb (checked by the caller)
_CLAUSE_VERB = re.compile(
    r"\s+(?:(?:also|then|later|aussi|ensuite|alors|pour\s+sa\s+part)\s+)?"
    r"(?:(?:a|ont|avait|avaient|aurait|va|vont|est|sont|etait|has|had|have|will|would|is|was|were|did|does)"
    r"(?![\w'-])|(?P<v>[a-z][\w'-]*))", re.IGNORECASE)
# what may stand between a reporting verb and the subject of a clause it reports: "that",
# and a title ("He said President Putin had said ...")
_REPORTED_SUBJECT = re.compile(r"\s+(?:(?:that|que|qu['’])\s*)?(?:(?-i:[A-Z])[\w'-]*\s+){0,3}")


class SentenceBefore:
    """The sentence before a quote, and who speaks in it."""

    def _spoken_before(self, sp: QuoteSpan) -> tuple[str, str] | None:
        """The speaker of the sentence right before a quote that stands alone:
        its last attributed quote (when nobody else is the subject of a clause
        after it), else the subject of its last reporting or
        speech verb ("Putin spoke at the banquet.", "Putin said:"), in this
        paragraph or at the end of the one before."""
        if self._subheading(sp):
            return None  # ("“Defend justice”"): it opens what follows, it continues nothing
        j = self._sentence_before(sp)
        if j < 0:
            return None
        plo, phi = self.sentences.spans[j]
        para = self._para_of(plo)
        label = self._label(sp.para - 1) if para == sp.para - 1 else None
        if label is None and para == sp.para - 1 and not self.masked[self.doc.paragraphs[sp.para].start:sp.open].strip():
            label = self._bare_label(para)
        if label is not None:
            return label
        if para < sp.para - 1 or self._is_headline(para):
            return None
        if j in self._spoken:
            speaker, note = self._spoken[j]
            last = self._quote_ends[j]
            end = last.close if last.close is not None else last.end
            if self._someone_else(max(plo, end + 1), phi, plo, speaker):
                return None  # '"A," Putin said, while Kim promised ...\n"B"': whose is B?
            return speaker, f"the speaker of the sentence before ({note})"
        if j in self._quote_ends:
            return None  # a quotation nobody was found for
        # (not a verb in the passive: "it was rejected by X" names what was said, not who said it)
        verbs = [v for v in self.verbs.verb_rx.finditer(self.masked, plo, phi) if not passive(self.masked, plo, v.start())] \
            + [v for v in _SPEECH_BEFORE.finditer(self.masked, plo, phi)
               if not NEGATED.search(self.masked, max(plo, v.start() - 12), v.start())]
        if not verbs:  # "Xi made a choice:": a colon introduces the quote, whatever the verb
            if not self.masked[plo:phi].rstrip().endswith(":"):
                return None
            cue = self.verbs.cue_rx.match(self.masked, re.search(r"\S", self.masked[plo:phi]).start() + plo)
            m = self.subjects.after(cue.end(), phi, cue=True) if cue else self.subjects.of_sentence(plo, phi)
            own = _OWNED_WORDS.search(self.masked, plo, phi) if m is None else None
            if own:  # "Here is a translation of his message:": the owner of the words, as a pronoun
                m = Mention(own.start(1), own.end(1), OWNER_PRONOUNS[own[1].lower()], "pronoun")
            return self._resolved(m, "introduces it with a colon")  # (and "According to X:")
        v = max(verbs, key=lambda x: x.start())
        m = self.subjects.of_verb(v.start(), v.end(), plo, phi)
        first = min(verbs, key=lambda x: x.start())
        if m is not None and first.start() != v.start() and m.start > first.end() \
                and _REPORTED_SUBJECT.fullmatch(self.masked, first.end(), m.start):
            # "He said President Putin had repeatedly said Russia was open to talks:": the
            # last verb reports inside what the first one does; the first one's subject speaks
            outer = self.subjects.of_verb(first.start(), first.end(), plo, phi)
            if outer is not None and outer.end <= first.start():
                v, m = first, outer
        if m is not None and m.kind == "outlet" and len(verbs) > 1:
            # "X said ..., Italy's ANSA news agency reported": the agency relays X, who speaks
            first = min(verbs, key=lambda x: x.start())
            relayed = self.subjects.of_verb(first.start(), first.end(), plo, phi)
            if relayed is not None and relayed.kind not in ("outlet", "pronoun") and not relayed.possessive:
                v, m = first, relayed
        return self._resolved(m, f"speaks in the sentence before: '{self.doc.text[v.start():v.end()]}'")

    def _list_intro(self, sp: QuoteSpan) -> tuple[str, str] | None:
        """The speaker of a sentence ending in a colon that a list of items opened by a
        mark (→, •, -, –, *) follows, for a quote in one of those items with no verb
        of its own ("X named three results:\n→ in the "coming days" ..."): the items
        are what the speaker said."""
        paras = self.doc.paragraphs
        k = sp.para
        while k >= 0 and _ITEM.match(self.doc.text, paras[k].start):
            k -= 1
        if k == sp.para or k < 0 or sp.para - k > 12:
            return None
        intro = paras[k]
        if not self.masked[intro.start:intro.end].rstrip().endswith(":"):
            return None
        lo = self.sentences.at(max(intro.start, intro.end - 1))[0]
        item = paras[sp.para]
        verbs = [*self.verbs.verb_rx.finditer(self.masked, lo, intro.end), *SPEECH.finditer(self.masked, lo, intro.end),
                 *_LISTING.finditer(self.masked, lo, intro.end)]
        speech = _SPEECH_LEMMAS | self.verbs.fr_lemmas | self.verbs.en_lemmas
        if not verbs or self.verbs.verb_rx.search(self.masked, item.start, sp.open) \
                or any(lemma(w, lang) in speech
                       for w in re.findall(r"[^\W\d_]{3,}", self.masked[item.start:sp.open].lower()) for lang in ("fr", "en")):
            return None  # (a visit's stops, « les syndicats parlent de « mépris » »: no words of the speaker)
        v = max(verbs, key=lambda x: x.start())
        m = self.subjects.of_verb(v.start(), v.end(), lo, intro.end)
        return self._resolved(m, "an item of a list its sentence introduces with a colon")

    def _digest(self, sp: QuoteSpan) -> tuple[str, str] | None:
        """The speaker of the digest a quotation with no verb of speech near it
        belongs to: a paragraph before it announces the main things someone said
        (``_DIGEST``: "TASS has collected the key statements of the Kremlin
        representative.") and the paragraphs after it, headed by topics or set
        as items, give them ("• Russia "gives the highest assessment" to ..."). The
        one it names is the speaker; no paragraph in between may name another
        speaker of its own (a digest ends where the article reports someone else)."""
        paras, text = self.doc.paragraphs, self.doc.text
        for k in range(sp.para - 1, max(-1, sp.para - 1 - _DIGEST_REACH), -1):
            m = _DIGEST.search(text, paras[k].start, paras[k].end)
            if m is None:
                continue
            lo, hi = (m.start("who"), m.end("who")) if m["who"] else (m.start("qui"), m.end("qui"))
            named = [x for x in self.mentions.within(lo, hi) if not x.possessive or x.kind == "pronoun"]
            found = self._resolved(named[0], "a digest of what someone said, announced before it") \
                if len(named) == 1 else None
            if found is None or any(self._voiced(j, found[0]) for j in range(k + 1, sp.para)):
                return None
            return found
        return None

    def _voiced(self, k: int, speaker: str) -> bool:
        """Does paragraph ``k`` report the words of someone other than ``speaker``
        (a verb of speech whose subject stands for someone else)?"""
        p = self.doc.paragraphs[k]
        for v, cue in self.verbs.find(self.masked, p.start, p.end):
            if cue:
                continue
            lo, hi = self.sentences.at(v.start())
            m = self.subjects.of_verb(v.start(), v.end(), lo, hi)
            if m is not None and self.resolver.resolve(m)[0] not in (None, speaker):
                return True
        return False

    def _sentence_before(self, sp: QuoteSpan) -> int:
        """The index of the sentence before the one ``sp`` opens; -1 when none."""
        j = self.sentences.index(sp.open) - 1
        if 0 <= j < len(self.sentences.spans) and self.sentences.spans[j][1] > sp.open:
            j -= 1  # the quote lies inside no sentence of its own
        return j

    def _someone_else(self, lo: int, hi: int, slo: int, speaker: str) -> bool:
        """Does [lo, hi) of the sentence starting at ``slo`` name someone other than
        ``speaker`` as the subject of a clause of its own ("while Kim promised",
        "tandis que Kim a promis")? Owners, objects ("told Kim", "with Kim"),
        appositions, outlets that relay and the subjects of a "that" clause do not count."""
        for m in self.mentions.within(lo, hi):
            if m.kind in ("pronoun", "outlet") or m.possessive or m.name == speaker \
                    or governed(self.masked, slo, m, self.doc.text) is not None:
                continue
            before = re.search(r"(?:([\w'-]+)\s+)?([\w'-]+)\s*$", self.masked[max(slo, m.start - 60):m.start])
            if before and (self.verbs.verb_rx.fullmatch(before[2]) or before[2].lower().endswith(("ed", "ing"))
                           or (before[2].lower() in ("that", "que", "qu'") and before[1] is not None and (
                               self.verbs.verb_rx.fullmatch(before[1]) or before[1].lower().endswith(("ing", "ant"))))):
                continue  # (the subject of what the speaker says: "..., suggesting that Kim lacked ...")
            verb = _CLAUSE_VERB.match(self.masked, m.end, hi)
            if verb and (verb["v"] is None or self.verbs.verb_rx.fullmatch(verb["v"]) or verb["v"].endswith("ed")):
                return True
        return False

    def _para_of(self, pos: int) -> int:
        paras = self.doc.paragraphs
        lo, hi = 0, len(paras) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if paras[mid].start <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo
