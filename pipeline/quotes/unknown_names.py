"""Unknown capitalised names: runs of capitalised words, or one after M./Mr.
or a title, read as a person's name as written, without the title before it
or a headline's verb after it (``Prime Minister Fumio Kishida`` -> Fumio
Kishida; "…, Milley Says" -> Milley); not a place, a war, a state's body or a
headline's words; a lone acronym in running text is a body ("the DPR
reported"). A mixin of ``names.MentionFinder``: it reads the finder's document,
masked text, verbs and titles, and the title and lone-name tests of
``name_titles.NameTitles`` and ``lone_names.LoneNames``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lexicon import lemma, parts_of_speech, zipf
from pipeline.quotes import rules
from pipeline.quotes.folding import fold
from pipeline.quotes.labels import headline_case
from pipeline.quotes.lone_names import lower_words
from pipeline.quotes.mentions import Mention
from pipeline.quotes.titles import is_title_word, owns_next_title

if TYPE_CHECKING:
    from pipeline.quotes.names import _Spans

HONORIFIC = r"(?:M|MM|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr)\.?"
# particles inside a name: "Ursula von der Leyen", "Mohammed bin Salman" (not "de":
# a French preposition, "Décès de Prigojine")
_PARTICLES = r"(?:von|van|der|den|bin|ibn|al|el|ter|ten|zu)"
# (after a French elision: "d'Emmanuel Macron", "qu'Antony Blinken"; "Donald J. Trump")
_NAME = re.compile(rf"(?:(?<![\w'])|(?<=\b[dlDL]')|(?<=\bqu'))(?:(?P<hon>{HONORIFIC})(?:\s+|(?<=\.))(?:{_PARTICLES}\s+){{0,2}})?"
                   # (a name does not run over a line's end: "..., selon Netchaïev\nIl a dit")
                   rf"(?P<name>[A-Z][\w'-]*(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?(?:{_PARTICLES}[^\S\n]+){{0,2}}[A-Z][\w'-]*)*)")
# a title-case headline's verb in the present ("Says", "Warns"): not a surname ("Defence
# Minister Said told", "Commander Lance")
_HEADLINE_VERB = re.compile(r"(?-i:[A-Z][a-z]+s)")

# a quotation mark right after a word
_QUOTE_NEXT = re.compile(r"\s?[\"“«‘’']")


def _verb_in_s(word: str) -> bool:
    """Is ``word`` an English verb's third person in -s ("Sees", "Wants"; not "Dubois")?"""
    low = word.lower()
    base = lemma(low, "en")
    return base != low and low in (base + "s", base + "es") and "(verb)" in parts_of_speech(base, "en")


# a state's body whose capitalised name reads as a title and a surname ("the General Staff")
_BODY_NAMES = frozenset(fold(b).lower() for b in rules.BODY_NOUNS if " " in b)
_WAR_NUMBERS = frozenset(("I", "II", "III", "One", "Two"))
# a glued name: the whole is no word (Zipf below this), the glued tail a common one ("who" 6.4,
# "was" 6.8, "after" 6.1; "ton" 4.3 and "son" 5.3 are no tails: "Washington", "Anderson"; a
# capitalised tail must stand alone in the text: "I", "Russia")
_GLUED_WORD_ZIPF = 2.0
_GLUED_TAIL_ZIPF = 5.5


class UnknownNames:
    """Finds the unknown names of a paragraph (module docstring)."""

    def _names(self, lo: int, hi: int, taken: _Spans) -> list[Mention]:
        """Unknown capitalised names: two or more capitalised words, or one after
        M./Mr. or a title ("Prime Minister Fumio Kishida", "Japan's Chief Cabinet
        Secretary Hirokazu Matsuno": the name after the title, and the title is
        remembered for "the prime minister" later on). A known single name that
        runs on ("Kim Yo Jong") is someone else: it replaces the alias."""
        out = []
        for m in _NAME.finditer(self.masked, lo, hi):
            found = self._name(m, lo, taken)
            if found is not None:
                out.append(found)
        return out

    def _name(self, m: re.Match, lo: int, taken: _Spans) -> Mention | None:
        base = m.start("name")
        words = [(base + w.start(), w[0]) for w in re.finditer(r"\S+", m["name"])]
        titled, verb_cut = bool(m["hon"]), False
        if len(words) > 2 and self._opening_participle(words[0]):
            words = words[1:]  # "Welcoming Karl Blum to the talks, ...", "Shortly Karl Blum said": no name's word
        last = words[-1][1].rstrip("'")  # (a mark glued to it: "Sees’real Challenges’")
        if len(words) > 1 and _HEADLINE_VERB.fullmatch(last) and _verb_in_s(last) and (
                last != words[-1][1] or _QUOTE_NEXT.match(self.masked, words[-1][0] + len(last))):
            # "Biden Sees ‘Real Challenges’ For Russia": a title-case headline's verb (any verb's -s
            # form) right before its quotation is no word of the name
            words, verb_cut = words[:-1], True
            if len(words) == 1 and taken.overlapping(m.start(), m.end()):
                return None  # (the known name it ran on stays as it is)
        # after a body, a title or an outlet ("White House Spokesperson John Kirby", "à l'AFP John Doe")
        before = taken.overlapping(m.start(), m.end())
        if before:
            last = max(before, key=lambda t: t.end)
            # (a role description ending on a state's name, « l'ambassadeur de Russie X », is a title too)
            if any(t.kind not in ("role", "org", "outlet") and not (t.kind == "pronoun" and " " in t.name.strip())
                   for t in before):
                return self._runs_on(m, words, before)
            if self.masked[last.end:last.end + 1] not in (" ", "\t", "\n") and not (
                    last.kind == "org" and re.match(r"['’]s?\s", self.masked[last.end:last.end + 3])):
                return None  # (not "Russia's Investigative Committee")
            words = [w for w in words if w[0] > last.end]
            titled = last.kind == "role"
            described = last.kind == "pronoun"
            before_end = last.end
        else:
            described, before_end = False, m.start()
        trimmed = verb_cut
        while words and self._says(words[0][1]):
            # "Russia Defense Chief Says North Korean Army …": a title-case headline's verb after its
            # subject opens no name ...
            words = words[1:]
            trimmed = True
        cut = next((i for i in range(len(words) - 1, 0, -1) if self._says(words[i][1])), None)
        if cut is not None:
            # ... nor runs on in one: "Jake Doe Says Talks 'Productive'", "…, Milley Says - The Daily
            # Example", "UN Chief Says …" (the last such word: "Tom Hails Says Deal 'Done'" is Tom Hails)
            words = words[:cut]
            trimmed = True
        owner = next((i for i, (_, w) in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
        if owner is not None:  # "the Journal's Editorial Board": an owner and what it owns, no one name
            words = words[:owner + 1]
            trimmed = True
        while len(words) > 1 and (
                fold(words[-1][1]).lower().strip("'.,") in rules.TITLE_HEADS | rules.LABEL_WORDS
                or (len(words[-1][1]) <= 4 and is_title_word(words[-1][1])
                    and self.masked[words[-1][0] + len(words[-1][1]):][:1] == ".")):
            # "Wagner Chief", "Biden Sec. of State", "Peskov Quote:": a title or label after the name
            words.pop()
            trimmed = True
        if not m["hon"]:
            words, titled = self._untitled(words, titled)
            if described and len(words) < 2 and not (
                    words and self._titles_next(before_end, words[0][0])):
                return None  # a description's last words: "the Director of the Holy See Press Office"
            if len(words) == 1 and not titled and not self._title_count(words) \
                    and not owns_next_title(self.masked, m.end()) and (self._attributed(words[0][0], words[0][0] + len(words[0][1]), lo)
                         or self._speaks(words[0][0], words[0][0] + len(words[0][1]), lo)):
                titled = True  # "Ushakov, a Kremlin aide, said", "a déclaré Ouchakov, conseiller ..."
            if len(words) < (1 if titled else 2) or self._title_count(words) >= len(words):
                return None  # "South Korean", "Foreign Minister": a title without a name
        if not words or re.sub(r"^(?:the|l[ae]|l')\s*", "", fold(m["name"]).lower()) in _BODY_NAMES:
            return None  # "M." directly before a state body: no name of its own; "the General Staff": a body
        if not m["hon"] and fold(words[-1][1]).lower().strip("'.,") in rules.GEOGRAPHIC_HEADS:
            return None  # "Black Sea", "Dnipro River": a place
        if len(words) > 1 and (words[-1][1] == "War" or (words[-2][1] == "War" and words[-1][1] in _WAR_NUMBERS)):
            return None  # "World War I", "the Cold War": a war, no one
        if not m["hon"] and self._title_case(words):
            return None  # "Western Statements Regarding Navalny's Death": a headline's words, not a name
        stem = self._glued_stem(words[-1][1])
        if stem is not None:
            # "Jens Stoltenbergwho warned", "Alexei NavalnyRussia warned": a scraped page ran the
            # name into the word after it; the name ends where the text elsewhere ends it
            words[-1] = (words[-1][0], stem)
            trimmed = True
        end, possessive = (words[-1][0] + len(words[-1][1]) if trimmed else m.end()), False
        if self.masked[end - 2:end] == "'s":
            end, possessive = end - 2, True
        written = " ".join(self.doc.text[words[0][0]:end].split())
        if not written:
            return None
        self._remember_title(lo, words[0][0], written)
        kind = "org" if not m["hon"] and len(words) == 1 and self._acronym(words[0]) else "name"
        return Mention(m.start() if m["hon"] else words[0][0], end, written, kind, possessive)

    def _glued_stem(self, word: str) -> str | None:
        """The name in ``word`` when a page glued the next word to it: the word is none of
        the language's (Zipf below ``_GLUED_WORD_ZIPF``), its first part stands alone
        elsewhere in the text, and the rest is a common word of the language of three
        letters or more ("who", "was", "after") or a capitalised word the text also has
        alone ("I", "Russia")."""
        lang = self.doc.lang or "en"
        if len(word) < 5 or not word.isalpha() or not word[0].isupper() \
                or zipf(word.lower(), lang) >= _GLUED_WORD_ZIPF:
            return None
        for k in range(len(word) - 1, 2, -1):
            stem, tail = word[:k], word[k:]
            if not stem[1:].islower():
                continue  # ("McDonald", "DeSantis": capitals inside the name are the name's)
            if tail[0].isupper():
                common = (len(tail) == 1 or tail[1:].islower()) and self._alone(tail)
            else:  # (three letters at least: "Hassani", "Danon", "Markin" end on "i", "on", "in")
                common = len(tail) >= 3 and tail.islower() and zipf(tail, lang) >= _GLUED_TAIL_ZIPF
            if common and self._alone(stem):
                return stem
        return None

    def _alone(self, word: str) -> bool:
        """Does the text have ``word`` as a word of its own?"""
        return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", self.masked) is not None

    def _opening_participle(self, word: tuple[int, str]) -> bool:
        """Is ``word`` an English verb's -ing form or an adverb in -ly that opens its sentence
        ("Welcoming", "Congratulating", "Shortly"), no word of the name after it?"""
        pos, w = word
        low = w.lower()
        if not low.endswith(("ing", "ly")) or not re.fullmatch(r"[^\W\d_]+", w):
            return False
        before = self.masked[max(0, pos - 3):pos].strip()
        if before and before[-1] not in ".!?\"“”'‘’":
            return False
        if low.endswith("ly"):
            return parts_of_speech(low, "en") == frozenset(("(adv)",))  # (not "Kelly", a noun too)
        base = lemma(low, "en")
        return base != low and "(verb)" in parts_of_speech(base, "en")

    def _titles_next(self, end: int, pos: int) -> bool:
        """Does the description ending at ``end`` end on a title's head with only a space before
        the word at ``pos`` ("India's Prime Minister Modi", "Russia's FM Lavrov"): the word is
        the holder's name, as after a title?"""
        head = re.search(r"([\w'-]+)$", self.masked[:end])
        return (self.masked[end:pos] == " " and head is not None
                and fold(head[1]).lower() in rules.TITLE_HEADS)

    def _says(self, word: str) -> bool:
        """Is ``word`` a listed verb of speech in -s written in title case ("Says", "Warns")?"""
        return _HEADLINE_VERB.fullmatch(word) is not None and self.verb_rx.fullmatch(word.lower()) is not None

    def _acronym(self, word: tuple[int, str]) -> bool:
        """Is the one word of a name an acronym ("the DPR reported"): 2 to 6
        capitals in a line written in lower case? A body's, not a person's: a
        person's name is not written in capitals in running text."""
        pos, w = word
        w = re.sub(r"['’]s$", "", w).rstrip(".,;:")  # ("the DPR's head")
        if not (2 <= len(w) <= 6 and w.isalpha() and w.isupper()):
            return False
        line = self.masked[max(0, pos - 80):pos + 80]
        letters = [c for c in line if c.isalpha()]
        return sum(c.islower() for c in letters) > 0.7 * len(letters)

    def _title_case(self, words: list[tuple[int, str]]) -> bool:
        return headline_case([w for _, w in words], self._folded_lower())

    def _folded_lower(self) -> set[str]:
        if self._text_lower is None:  # quotations included: a headline repeats their words
            self._text_lower = lower_words(fold(self.doc.text))
        return self._text_lower
