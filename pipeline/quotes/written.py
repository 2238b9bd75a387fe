"""Speakers read off where the words are written down: the document a
quotation is read in (« », peut-on lire dans le communiqué du FSB »: its
owner) and an outlet quoting someone in its own sentence ("Quoting Putin, the
agency reported", « citant M. Poutine »). A mixin of ``speakers.Attributor``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.quotes.spans import QuoteSpan

# the document a quotation is read in: « », peut-on (également) lire dans le communiqué du X », "..., reads X's statement"
_READ_IN = re.compile(r"\s*,\s*(?:(?:peut|pouvait|pourra)-on|lit-on|(?:pouvons|pourrons)-nous)\s+(?:[\w']+\s+){0,2}?"
                      r"(?:lire\s+)?(?:dans|sur)\s+", re.IGNORECASE)
# a document and its owner: « le communiqué du », « une lettre de », « la déclaration commune des »
_DOCUMENT_OF = re.compile(r"(?:(?:le|la|l'|les|un|une|son|sa|ses|leur)\s*)?[\w'-]+(?:\s+[\w'-]+)?\s+"
                          r"(?:du|de\s+la|de\s+l'|des|de|d')\s*", re.IGNORECASE)
# an outlet quoting someone in its own sentence: "Quoting Putin, the agency reported", « citant M. Poutine »
_QUOTING = re.compile(r"(?<![\w'-])(?:quoting|citant)\s+(?:(?:the|le|la|l')\s*)?", re.IGNORECASE)


class WrittenSources:
    """Who the written source of a quotation names."""

    def _read_in(self, sp: QuoteSpan, hi: int) -> tuple[str, str] | None:
        """'« ... », peut-on lire dans le communiqué du FSB': the document's owner
        (« du X »), or the paper named right after « dans » (not « une lettre
        adressée à X »); None when the quotation is read in nothing named."""
        read = _READ_IN.match(self.masked, sp.close + 1, hi) if sp.close is not None else None
        if read is None:
            return None
        owner = _DOCUMENT_OF.match(self.masked, read.end(), hi)
        at = owner.end() if owner else read.end()
        found = self.mentions.within(at, min(hi, at + 80))
        if found and found[0].start == at and found[0].kind in ("org", "outlet", "person", "name", "role") \
                and (owner or found[0].kind == "outlet"):
            speaker, how = self.resolver.resolve(found[0]._replace(possessive=False))
            if speaker is not None:
                return speaker, f"the text it is read in: {how}"
        return None

    def _quoting(self, lo: int, hi: int) -> tuple[str, str] | None:
        """The person an outlet quotes in the sentence [lo, hi): "quoting X", « citant X »."""
        for q in _QUOTING.finditer(self.masked, lo, hi):
            found = self.mentions.within(q.end(), min(hi, q.end() + 60))
            if found and found[0].start == q.end() and found[0].kind in ("person", "name", "pronoun") \
                    and not found[0].possessive:
                speaker, how = self.resolver.resolve(found[0])
                if speaker is not None:
                    return speaker, f"the outlet quotes {how}"
        return None
