"""Lone capitalised words that are names: what the text shows of them.

A single capitalised word is no name on its own ("Analysts", "Moscow" at a
sentence's start), unless the text shows it is someone's:

- an apposition describes it and an attribution holds it (``Ushakov, a
  Kremlin aide, said``, ``said Ushakov, Putin's foreign policy adviser``, ``a
  déclaré Ouchakov, conseiller du Kremlin``);
- it is the subject of a reporting verb right after it (``Blinken said``,
  ``Xi a annoncé``, ``Miller also said``) or of an incise right before it
  (``," said Blinken``, ``», a déclaré Zelenski``);
- a source cue governs it and its clause ends on it (``According to
  Norvatom,``, ``Selon Norvatom,``).

Words that are no names (stopwords, generic subjects, connectives, verbs,
pronouns, words the document also writes in lower case) never are.
``LoneNames`` is the part of names.MentionFinder that decides this.
"""

from __future__ import annotations

import re

from pipeline.quotes import rules
from pipeline.quotes.folding import fold
from pipeline.quotes.mentions import Mention
from pipeline.quotes.titles import Titles, is_title_word
from pipeline.quotes.verbs import QUOTED_AFTER

# after a lone name: an apposition ("Ushakov, a Kremlin aide, said"; "... Ouchakov, conseiller du Kremlin.")
_APPOSED = re.compile(r"\s*,\s*(?P<desc>[^,.;:!?\"«»“”()]{2,100}?)\s*(?:,\s*|(?=[.;:!?)]|$))")
# "quoted Ushakov as saying", "cité par Ouchakov": verbs whose object speaks
_QUOTING = re.compile(r"(?:quoted|quotes|cited|cites|cite|cit[ée]e?s?\s+par)\s+$", re.IGNORECASE)
# words that may stand between a verb and its inverted subject ("a indiqué jeudi Ouchakov")
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi
    jeudi vendredi samedi dimanche yesterday today tonight hier aujourd'hui soir matin encore aussi also
    later earlier then ensuite enfin""".split())
# between a surname and its reporting verb: an adverb or an auxiliary ("Blinken also said", "Xi a annoncé"),
# a connective set off by commas ("Blinken, however, said")
# ("the Zorba group said", "the Zorba private military company said": an organisation's name before
# the noun of its kind, up to two lower-case words between that are no grammatical words, as "le
# groupe Zorba a dit"; not "Zorba and the group said")
_GRAMMATICAL = rules.NAME_STOPWORDS | rules.PREPOSITIONS | rules.DETERMINERS | rules.COORDINATORS
_KIND_WORD = r"(?!(?:%s)\s)[a-z][a-z-]*\s+" % "|".join(sorted(map(re.escape, _GRAMMATICAL), key=len, reverse=True))
# the abbreviations of a role, not of a body: '," said the CEO' is someone unnamed
_ROLE_ACRONYMS = frozenset("CEO CFO COO CTO PM MP MEP VP PDG DG DRH".split())
_ARTICLE_END = re.compile(r"(?<![\w'-])(?:the|le|la|l')\s*$", re.IGNORECASE)
_SPEAKS_AFTER = re.compile(
    r"(?:\s*,\s*(?:however|though|meanwhile|instead|too|toutefois|cependant|pourtant|for\s+his\s+part)\s*,)?"
    rf"\s+(?:(?:{_KIND_WORD}){{0,2}}(?:group|company|movement|militia|organi[sz]ation)\s+)?"
    r"(?:(?:also|then|later|again|aussi|encore|a|avait|aurait|has|had|would|will|[a-z]{3,}ly)\s+){0,2}")
# a first name before a surname: one capitalised word, not all capitals ("Vitaliy", "Jean-Pierre")
_FIRST_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ-]+")
# the end of a clause right after a word: a comma, a stop or a colon
_CLAUSE_END = re.compile(r"\s*[,.;:](?!\w)")
# words that make the phrase before a name a complement's, not a description of it ("the mayor of X")
_NOT_DESCRIBING = frozenset(rules.PREPOSITIONS | rules.DETERMINERS | rules.COORDINATORS)
# an article and up to three lower-case words (or a state's adjective) before a name: what it is
_STATE_ADJECTIVES = frozenset(fold(a).lower() for _, adjs in rules.STATE_BODIES.values() for a in adjs)
_DESCRIBED = re.compile(
    r"(?<![\w'’-])(?:the|le|la|les|l['’])\s*(?:(?:[a-zà-ÿ][\w-]*|%s)\s+){1,3}$"
    % "|".join(sorted((re.escape(a[:1].upper() + a[1:]) for a in _STATE_ADJECTIVES if a.isalpha()),
                      key=len, reverse=True)))
# an incise after a quotation, up to the name: '," said ', '», a déclaré ', '», a-t-il ... '
_INCISE_BEFORE = re.compile(r"[,»\"”’]\s*(?:[\w'-]+\s+){1,3}$")


class LoneNames:
    """Lone-name evidence for a mention finder (see the module docstring)."""

    masked: str
    verb_rx: re.Pattern
    cue_rx: re.Pattern | None
    pronoun_rx: re.Pattern
    titles: Titles
    _lower: set[str] | None

    def _may_be_name(self, pos: int, end: int) -> bool:
        """Could the capitalised word at [pos, end) be a name at all? Not a
        stopword, a generic subject ("Analysts"), a preposition, a connective,
        a leading word, a verb, a pronoun, nor a word the document also writes
        in lower case."""
        key = self.masked[pos:end].lower().strip("'")
        return not (key in rules.NAME_STOPWORDS or key in rules.GENERIC_SUBJECTS or key in rules.PREPOSITIONS
                    or key in rules.CONNECTIVES or key in rules.LEADING_WORDS or self.verb_rx.fullmatch(key)
                    or self.pronoun_rx.fullmatch(key) or key in self._lower_words())

    def _attributed(self, pos: int, end: int, lo: int) -> bool:
        """Is the lone capitalised word at [pos, end) a person's name because an
        apposition describes it and an attribution holds it: "Ushakov, a
        Kremlin aide, said", "said Ushakov, Putin's foreign policy adviser", "a
        déclaré Ouchakov, conseiller du Kremlin"? Group nouns ("Analysts, who
        ..., said") and words the document also writes in lower case are not."""
        text = self.masked
        if end - pos < 3 or text[end - 2:end] == "'s" or not self._may_be_name(pos, end):
            return False
        app = _APPOSED.match(text, end)
        if app is None or not self._describes(app["desc"]):
            return False
        # a reporting verb after the apposition, or before the name: "a indiqué jeudi Ouchakov, ..."
        if app[0].rstrip().endswith(",") and self.verb_rx.match(text, app.end()):
            return True
        before = text[max(lo, pos - 60):pos].rstrip()
        while (last := re.search(r"[\w'-]+$", before)) is not None and last[0].lower() in _TIME_WORDS:
            before = before[:last.start()].rstrip()
        return any(rx is not None and any(m.end() == len(before) for m in rx.finditer(before))
                   for rx in (self.verb_rx, self.cue_rx)) or _QUOTING.search(before + " ") is not None

    def _speaks(self, pos: int, end: int, lo: int) -> bool:
        """Is the lone capitalised word at [pos, end) a surname because it is the
        subject of a reporting verb right after it ("Blinken said", "Xi told
        Blinken", "Miller also said") or of an incise right before it ('," said
        Blinken', '», a déclaré Zelenski')? Words that are no names (pronouns,
        connectives, words the document also writes in lower case) are not."""
        text = self.masked
        if end - pos < 2 or not text[pos:end].isalpha() or not self._may_be_name(pos, end):
            return False
        after = _SPEAKS_AFTER.match(text, end)
        if after and self.verb_rx.match(text, after.end()):
            return True
        # the passive of quoting: "Shirshikov was quoted (by the paper) as saying"
        quoted = QUOTED_AFTER.match(text, end + 1) if text[end:end + 1].isspace() else None
        if quoted is not None and quoted["passive"]:
            return True
        before = text[max(lo, pos - 40):pos]
        if self.cue_rx is not None and _CLAUSE_END.match(text, end):
            # the source a cue names, its clause closing on it: "According to Norvatom, ...", « Selon
            # Norvatom, ... », after a noun that says what it is: "according to the state operator
            # Norvatom," « selon l'opérateur ukrainien Norvatom » (the cue's complement is whose words follow)
            described = _DESCRIBED.search(before.rstrip() + " ")
            # ("the mayor of Kupiansk", « le document consulté par X »: a complement, no name described)
            complement = described is not None and bool(
                _NOT_DESCRIBING & {w.lower() for w in re.findall(r"[\w'’-]+", described[0])[1:]}
                or re.search(r"(?:é|ée|és|ées|ed)\s", described[0]))
            head = before.rstrip() if described is None else before.rstrip()[:described.start()]
            if not complement and any(m.end() == len(head.rstrip()) for m in self.cue_rx.finditer(head.rstrip())):
                return True
        if text[pos:end].isupper() and text[pos:end] not in _ROLE_ACRONYMS \
                and not re.match(r"\s+(?-i:[A-Z])", text[end:end + 2]):
            # an acronym is a body's, which takes its article: '," said the SBU', '», a ironisé le SBU'
            # (not one that modifies a title after it: '," added the NSDC Secretary')
            before = _ARTICLE_END.sub("", before)
        return bool(_INCISE_BEFORE.search(before)) and any(
            m.end() == len(before.rstrip()) for m in self.verb_rx.finditer(before.rstrip()))

    def _describes(self, desc: str) -> bool:
        """Is ``desc`` an apposition that describes a person: a title ("Putin's
        foreign policy adviser", "conseiller du Kremlin") or a noun phrase ("a
        Kremlin aide", "l'un des conseillers de Poutine")?"""
        words = re.findall(r"[\w'-]+", desc)
        if not words or len(words) > 12 or self.verb_rx.search(desc):
            return False
        first = words[0].lower()
        return (first in rules.DETERMINERS or first.startswith("l'") or words[0].endswith("'s")
                or self.titles.is_phrase(desc)
                or any(is_title_word(w) for w in words[:4]))

    def _lower_words(self) -> set[str]:
        if self._lower is None:
            self._lower = lower_words(self.masked)
        return self._lower

    def _runs_on(self, m: re.Match, words: list[tuple[int, str]], taken: list) -> Mention | None:
        """'Kim Yo Jong', 'Unification Minister Kim Yung-ho': a one-word person
        alias at the start of a longer name (after its title); 'governor Vitaliy
        Kim': one at its end, after one or two first names (another Kim)."""
        words = list(words)
        while words and (words[0][1].lower().strip("'") in rules.NAME_STOPWORDS or self._title_count(words)):
            del words[:max(1, self._title_count(words))]
        if not words or len(taken) != 1 or taken[0].kind != "person" or len(self.masked[taken[0].start:taken[0].end].split()) != 1:
            return None
        t = taken[0]
        if t.start != words[0][0]:
            # (only an alias that opens its canonical name, a family name written first: "Kim" of Kim
            # Jong Un; "Vladimir Zelenski" is Volodymyr Zelensky, "Jorge Bergoglio" Pope Francis)
            if fold(t.name.split()[0]).lower() != fold(self.masked[t.start:t.end]).lower():
                return None
            first = [w for pos, w in words if pos < t.start]
            if len(first) > 2 or len(first) + 1 != len(words) or words[-1][0] != t.start or not all(
                    _FIRST_NAME.fullmatch(w) and w.lower() not in rules.NAME_STOPWORDS | _TIME_WORDS
                    and not is_title_word(w) and w.lower() not in self._lower_words()
                    and not self.verb_rx.fullmatch(w.lower()) for w in first):
                return None
            written = " ".join(self.doc.text[words[0][0]:t.end].split())
            return Mention(words[0][0], t.end, written, "name", t.possessive)
        rest = [w for pos, w in words if pos > t.end]
        if (not rest or len(rest) > 2
                or any(self.verb_rx.fullmatch(w.lower()) for w in rest)
                or self.masked[t.end:t.end + 1] not in (" ", "-")
                or not all(w[0].isupper() and not w.isupper()
                           and (len(w) <= 2 or w.lower() not in rules.NAME_STOPWORDS) for w in rest)):
            return None
        end = m.end() - 2 if self.masked[m.end() - 2:m.end()] == "'s" else m.end()
        written = " ".join(self.doc.text[t.start:end].split())
        self._remember_title(m.start(), t.start, written)
        return Mention(t.start, end, written, "name", end < m.end())


def lower_words(text: str) -> set[str]:
    """The words ``text`` writes in lower case."""
    return set(re.findall(r"(?<![\w'-])[a-z][\w'-]*", text))
