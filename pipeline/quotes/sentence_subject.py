"""The subject of a whole sentence, as news writing places it, and the narrator
of a sentence that opens on narration: the part of ``pipeline.quotes.subjects``
that reads a sentence from its start rather than from a verb."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.quotes import rules
from pipeline.quotes.gaps import RELATIVE_OF, opening_end
from pipeline.quotes.mentions import Mention, governed

if TYPE_CHECKING:
    from pipeline.quotes.mentions import Mentions

# a present participle opening a sentence: its phrase, up to the comma, holds
# no subject ("Calling Putin his friend, he said", "Qualifiant M. Poutine de ..., il a dit")
_PARTICIPLE = re.compile(r"(?i:\w{2,}ing|\w{3,}ant)$(?<!(?i:quant))")
# a past participle opening a sentence with its complement: "Flanked by", "Asked about", "Accompagné de"
_PAST_OPENING = re.compile(r"[A-Z]\w{2,}(?:ed|é|ée|és|ées)\s+(?:by|about|on|with|over|de|d'|du|des|par|sur)(?![\w'-])")


# a wire dateline opening a paragraph: "KYIV – ", "MOSCOW, June 19 (Reuters) - ", "PARIS (AFP) -- ",
# or the place and a colon before a sentence in running text ("MOSCOW: Indian Prime Minister ...":
# not an acronym's headline, "NATO: 'We will respond'", nor a line in capitals)
_DATELINE = re.compile(r"\s*(?-i:[A-Z][A-Z'.-]{2,}(?:\s+[A-Z][A-Z'.-]+)*)(?:,[^\n–—]{1,30}?)?(?:\s*\([^()\n]{1,30}\))?"
                       r"\s*(?:–|—|--?)\s+"
                       r"|\s*(?-i:[A-Z][A-Z'.-]{4,}(?:\s+[A-Z][A-Z'.-]+)*):\s+(?=(?-i:[A-Z][a-z]))")


# an adverb of degree or time before an opening phrase's first word: "Shortly after", "Soon after",
# "Just before", "Long before", « Peu après », « Juste avant » (the phrase's lead is the word after it)
_MODIFIED_LEAD = re.compile(
    r"(?:[^\W\d_]+ly|soon|just|only|even|long|right|peu|juste|bien|sitôt|aussitôt|[^\W\d_]+ment)\s+(?=(?:%s)(?![\w'-]))"
    % "|".join(sorted((re.escape(w) for w in rules.LEADING_WORDS if " " not in w), key=len, reverse=True)),
    re.IGNORECASE)


# prepositions that open a sentence's adverbial phrase, with or without its comma
_BARE_OPENERS = rules.LEADING_WORDS & rules.PREPOSITIONS
# words after a name that are no verb of its own
_NOT_VERBS = rules.COORDINATORS | rules.RELATIVE_PRONOUNS | {"that", "que"}

class SentenceSubjects:
    """Sentence-level subject search, mixed into ``subjects.Subjects``."""

    text: str
    masked: str
    mentions: Mentions

    def of_sentence(self, lo: int, hi: int) -> Mention | None:
        """The subject of the sentence [lo, hi), as news writing places it: the
        first mention, after an opening phrase ("In Tokyo, ...", "Asked about
        it, ...", "Calling Putin his friend, ...", "Qualifiant M. Poutine de
        ..., ...") and not after a preposition or as an owner ("Kim, who arrived
        in Russia's Far East, thanked Putin" -> Kim)."""
        text, start = self.masked, lo
        dateline = _DATELINE.match(self.text, lo, hi)
        if dateline:  # "KYIV – L'OTAN a critiqué": a dateline's place is no subject
            start = dateline.end()
        word = re.compile(r"[^\W\d_][\w'-]*")
        first = word.search(text, lo, hi)
        while first and first[0].lower() in rules.CONNECTIVES:  # "But Putin, who ..., said"
            start = first.end()
            first = word.search(text, start, hi)
        if first and _MODIFIED_LEAD.match(text, first.start(), hi):
            first = word.search(text, first.end(), hi)  # "Shortly after landing, ...", « Peu après … »: the lead
        if first and (first[0].lower().split("'")[0] in rules.LEADING_WORDS
                      or self.text[first.start():first.end()] == "\u00c0"  # "À Washington, ..."
                      or _PAST_OPENING.match(self.text, first.start())
                      or ((first[0][0].isupper() or start != lo) and _PARTICIPLE.search(first[0])
                          and not any(m.start == first.start() for m in self.mentions.within(first.start(), hi)))):
            comma = text.find(",", first.end(), hi)
            bare = self._bare_opening(first, comma if comma != -1 else hi)
            if bare is not None:
                start = bare  # "At the same summit X took aim at ..., saying": a short phrase and no comma
            elif comma != -1:
                start = opening_end(self.text, self.masked, self.mentions, comma, hi)
        found = self.mentions.within(start, hi)
        for i, m in enumerate(found):
            if not m.possessive and governed(self.masked, start, m, self.text) is None \
                    and not RELATIVE_OF.search(self.masked, start, m.start):
                nxt = found[i + 1] if i + 1 < len(found) else None
                if nxt is not None and nxt.possessive and nxt.kind in ("person", "name") \
                        and not self.masked[m.end:nxt.start].strip():
                    continue  # "White House Press Secretary Karine Jean-Pierre's attempts": an owner's title
                if nxt is not None and not nxt.possessive and (m.kind in ("org", "role") or (
                        m.kind == "pronoun" and " " in m.name.strip())) \
                        and nxt.kind in ("person", "name") and self.titles_next(m, nxt, []):
                    return nxt  # "US President Joe Biden said", « le secrétaire américain à la Défense X »
                return m
        return None

    def _bare_opening(self, first: re.Match, end: int) -> int | None:
        """Where the subject starts after an opening preposition and its short noun phrase
        with no comma ("At the same summit X took aim", "After the talks X said"): a name
        right after two to four lower-case words that open on a determiner, itself followed
        by a lower-case word (its verb); else None."""
        if first[0].lower() not in _BARE_OPENERS:
            return None
        for m in self.mentions.within(first.end(), end):
            gap = self.masked[first.end():m.start].split()
            # (a noun phrase that opens on its determiner: not a gerund's object, "After meeting X")
            if m.possessive or m.kind == "pronoun" or not 2 <= len(gap) <= 4 or gap[0] not in rules.DETERMINERS \
                    or not all(w.isalpha() and w.islower() for w in gap) or gap[-1] in rules.PREPOSITIONS \
                    or gap[-1] in rules.DETERMINERS:
                return None
            verb = re.match(r"\s+([a-z]+)", self.masked[m.end:end])
            return m.start if verb and verb[1] not in rules.PREPOSITIONS and verb[1] not in _NOT_VERBS else None
        return None

    def narrator(self, lo: int, end: int) -> Mention | None:
        """The subject of the sentence [lo, end) when it opens on at least three
        words of narration before its first quotation mark; None when it opens
        on the quotation, whose words are then those reported."""
        masked = self.masked
        opening = min((p for c in '«"“‘' if (p := masked.find(c, lo, end)) != -1), default=-1)
        if opening == -1 or len(re.findall(r"[^\W\d_]+", masked[lo:opening])) < 3:
            return None
        subj = self.of_sentence(lo, opening)
        # its verb is in the narration ("Le président russe Vladimir Poutine « a tout
        # expliqué »": the quotation is the predicate of another speaker's words)
        if subj is None:
            return None
        rest, pos = [], subj.end
        for x in self.mentions.within(subj.end, opening):  # "Le président russe V. Poutine"
            rest.append(masked[pos:x.start])
            pos = max(pos, x.end)
        if not re.search(r"[^\W\d_]", "".join(rest) + masked[pos:opening]):
            return None
        # the sentence's first words, or the first after an opening phrase ("En
        # introduction, le président ..."), not the object of one ("Calling Putin ...")
        start = subj.start
        for x in reversed(self.mentions.within(lo, subj.start)):
            if not masked[x.end:start].strip() and x.kind in ("org", "role", "pronoun") and not x.possessive:
                start = x.start  # "US President Karl Blum": the title before the name is the subject's own
        lead = masked[lo:start].strip()
        if lead and not lead.endswith(",") and all(self.titles.is_title(w) for w in lead.split()):
            lead = ""  # "Foreign Minister Karl Blum": title words alone
        return subj if not lead or lead.endswith(",") else None
