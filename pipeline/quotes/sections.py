"""Quotations that head a section: after a section label ("2. The Budget Quarrel –
"..."") or as a subhead of quoted words ("'A way to peace through dialogue'",
« Une visite « dévastatrice » »), they quote whom the section's first sentence
reports. A mixin of ``around.AroundSpeakers``: it reads the attributor's
document, masked text, sentences, verbs and subject search."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lexicon import lemma, zipf
from pipeline.quotes.sentence_before import SPEECH

if TYPE_CHECKING:
    from pipeline.quotes.spans import QuoteSpan

# the most words a quoted subhead holds
_SUBHEAD_WORDS = 12
# a word used at least this often (wordfreq Zipf) is a function word's kin ("the", "way", « une »)
_COMMON_ZIPF = 6.0


class SectionSpeakers:
    """The section-heading readings of ``around.AroundSpeakers``."""

    def _rarer_lemmas(self, text: str) -> set[str]:
        """The lemmas of the lower-case words of ``text`` of four letters or more that the
        language uses less than its function words (wordfreq Zipf below ``_COMMON_ZIPF``;
        not names, which say whom a section is about, not what was said)."""
        lang = (self.doc.lang or "en")[:2]
        return {lemma(w, lang) for w in re.findall(r"(?<![\w'’-])[a-zà-ÿ][^\W\d_]{3,}", text)
                if zipf(w, lang) < _COMMON_ZIPF}

    def _quoted_subhead(self, sp: QuoteSpan, lo: int) -> bool:
        """Is the quotation a subhead inside the body: a paragraph of its own below the
        first, the quoted words at most ``_SUBHEAD_WORDS`` with no full stop, at most
        a short noun phrase before them and nothing but marks after ("'A way to peace
        through dialogue'", « Une visite « dévastatrice » »)?"""
        p = self.doc.paragraphs[sp.para]
        if sp.para == 0 or sp.close is None or sp.open < lo:
            return False
        words = re.findall(r"[\w'’-]+", self.doc.text[sp.open + 1:sp.close])
        lead = re.findall(r"[\w'’-]+", self.masked[p.start:sp.open])
        inner = self.doc.text[sp.open + 1:sp.close].rstrip()
        return (0 < len(words) <= _SUBHEAD_WORDS and len(lead) <= 2 and not inner.endswith((".", "!", "?", ","))
                and not self.masked[sp.close + 1:p.end].strip(" \"”’»")
                and not any(True for _ in self.verbs.find(self.masked, p.start, sp.open)))

    def _section_speaker(self, sp: QuoteSpan, echoed: bool = False) -> tuple[str, str] | None:
        """A quotation after a section label ("2. The Budget Quarrel – "..."") quotes
        the one the section is about: the subject of its first sentence, when
        that sentence reports speech; else nobody. ``echoed``: only when that sentence
        also holds one of the quotation's less common words, by lemma (a subhead may
        quote a phrase of another section)."""
        p, paras = self.doc.paragraphs[sp.para], self.doc.paragraphs
        if sp.close is None or self.masked[sp.close + 1:p.end].strip(" .!?\"”’»") or sp.para + 1 >= len(paras):
            return None
        slo, shi = self.sentences.at(paras[sp.para + 1].start)
        if not (any(not cue for _, cue in self.verbs.find(self.masked, slo, shi)) or SPEECH.search(self.masked, slo, shi)):
            return None
        if echoed and not self._rarer_lemmas(self.doc.text[sp.open + 1:sp.close]) & self._rarer_lemmas(
                self.doc.text[slo:shi]):
            return None
        m = self.subjects.of_sentence(slo, shi)
        if m is None or m.kind not in ("person", "name"):
            return None
        return self._resolved(m, "the subject of the first sentence of the section it heads")
