"""The shapes a reporting clause takes around its verb, for ``pipeline.quotes.subjects``.

An incise after a quotation (``», a déclaré X``, ``," Putin said``), a verb
coordinated with an earlier one, a relative clause's subject (``X, qui s'est
dit``), an apposition between a subject and its verb, the inverted pronouns of
French (``a-t-il déclaré``, ``ajoute-t-elle``) and ``quoted X as saying``; and the
incise whose verb the lists lack (``», s'est réjoui X``, ``," Putin mused``, ``,"
Russian diplomatic spokeswoman X launched on Telegram``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.quotes import constructions
from pipeline.quotes.folding import alternation
from pipeline.quotes.clauses import QUE_APART, QUE_JOINED, SUBORDINATORS, either, que

# a comma or closing quote, then at most four words ("», a pour sa part fustigé"), right before a verb: an incise
# ("», a déclaré X", '," Putin said'), unless a conjunction joins the verb to an
# earlier subject ('X a salué le "..." et a déclaré')
# (the comma of a date, "on March 26, 2023 said", is none)
INCISE = re.compile(r"(?:,(?!\s*\d{4}(?!\d))|[»\"”›])\s*(?:[\w'.-]+\s+){0,4}$")
CONJUNCTIONS = frozenset("et puis mais ou and but or then".split())
# verbs whose object, right after them, is the one spoken to
ADDRESS_VERBS = frozenset("told tells tell telling informed informs assured assures warned warns urged urges "
                          "reminded reminds".split())
# a verb coordinated with the one before it, with no subject of its own (French object
# pronouns may stand before its auxiliary: « et l'a accusé », « et lui a reproché »)
COORDINATED = re.compile(
    r"(?<![\w'-])(?:and|et|mais|but)\s+(?:(?:[lsnm]'|(?:lui|leur|les|le|la|se|ne|y|en|nous|vous)\s+)\s*)*"
    r"(?:(?:a|ont|avait|est|sont|etait|also|then|later|aussi|ensuite|[a-z]+ly)\s+){0,2}$",
    re.IGNORECASE)
# a verb in a comma-joined series, with no subject of its own and a "that"-clause after it:
# 'X accused Y of "...", said that ...', "X a accusé Y de « ... », a déclaré que ...": the
# series' subject is the first verb's, never the object before the comma
SERIES_BEFORE = re.compile(r"[,»\"”]\s*(?:(?i:a|ont|avait|avaient|also|then|later|aussi|ensuite)\s+|[a-z]+ly\s+){0,2}$")
SERIES_AFTER = re.compile(r"\s+(?:(?:that|que)(?![\w-])|qu')", re.IGNORECASE)
# a subordinate clause's conjunction: a verb coordinated inside that clause shares its subject
# ("X frowned when Y went off script and called Z a "..."": Y's)
SUBORDINATOR = re.compile(
    rf"(?<![\w'-])(?:{either(SUBORDINATORS)}|until|once|quand|{que((*QUE_APART, 'bien'), QUE_JOINED)})\s*",
    re.IGNORECASE)
# what may stand between the conjunction and its clause's subject: a determiner, capitalised titles
CLAUSE_HEAD = re.compile(r"(?:(?i:the|le|la|les)\s+|(?i:l')\s*)?(?:[A-Z][\w.'-]*\s+){0,3}")
# a relative clause whose head is no one named: "ceux qui lui reprochent", "those who accuse him"
GENERIC_RELATIVE = re.compile(
    r"(?<![\w'-])(?:ceux|celles|those|anyone|others)\s+(?:qui|who)\s+(?:(?:lui|leur|le|la|les|l'|se|s'|ne|n'|have|had)\s*)*$",
    re.IGNORECASE)
# a relative clause's subject pronoun right before the verb: "X, qui s'est dit", "X, who also said"
RELATIVE = re.compile(
    r"\s*,\s*(?:qui|who)\s+(?:(?:s'|se\s|a\s|ont\s|avait\s|est\s|sont\s|était\s|etait\s|has\s|had\s|have\s|"
    r"is\s|was\s|also\s|then\s|later\s)\s*)*$",
    re.IGNORECASE)
# "X, apposition, a déclaré": the head before the apposition holds the subject (French
# clitics and adverbs may come first: "X, apposition, lui a répondu", "l'a dit", "ne l'a pas",
# "a également déclaré", "also firmly said")
# (a subject pronoun after the second comma opens a clause of its own: "Asked whether X, Y and Z
# were behind it, he replied")
# (a relative clause or a present participle's may run longer: "X, who was standing alongside A and
# B, told", "X, speaking to Y in New York on the margins of ..., said"; a participle's
# agent may be a list: "X, joined by A, B and C, said", « X, accompagné de A, B et C, a dit »)
APPOSITION = re.compile(r",(?:[^,]{1,100}|\s*(?:who|qui|which|lequel|laquelle|[a-z]+ing|(?:s')?[a-z]+ant)\s[^,]{1,200}"
                        r"|\s*[a-z]+(?:ed|e|es)\s+(?:by|with|par|de|d'|du|des)\s*[^,]{1,80}(?:,[^,]{1,80}){0,5}"
                        r"\s(?:and|et)\s[^,]{1,80}),\s*(?!(?:il|elle|ils|elles|he|she|it|they|we|nous|on)\s)(?:(?:[a-z]{1,6}\s+|[a-z]{3,}(?:ment|ly)\s+|[a-z]'){0,3}"
                        # ... or the main verb's phrase before an English infinitive: "X, the
                        # foreign minister, took to social media to assert"
                        r"|(?:[a-z][\w'-]*\s+){1,6}?to\s+)$")
# "a-t-il déclaré" (auxiliary before the verb), "ajoute-t-elle", "dit-il" (right after it)
INVERTED_BEFORE = re.compile(
    r"(?<![\w-])(?:a|ont|avait|avaient|aurait|auraient|va|vont)-(?:t-)?(il|elle|ils|elles)\s+(?:[\w']+\s+)?$",
    re.IGNORECASE)
INVERTED_AFTER = re.compile(r"-(?:t-)?(il|elle|ils|elles)(?![\w])", re.IGNORECASE)
# "comme le souligne X", « comme l'a rappelé X »: the subject after the verb ("as X stresses")
_AS_VERB = re.compile(r"(?<![\w'-])comme\s+(?:(?:le|la|les)\s+|l['’]\s*)?(?:(?:a|avait|ont|avaient)\s+)?$",
                      re.IGNORECASE)


def as_verb(masked: str, pos: int, end: int | None = None) -> bool:
    """Does « comme le », « comme l'a » stand right before the verb at
    [``pos``, ``end``), opening its clause (after a comma or at a sentence's
    start, not « présenté comme le démenti »; and no « de » after the word:
    « comme le démenti de X » holds a noun)?"""
    m = _AS_VERB.search(masked, max(0, pos - 20), pos)
    if m is None or (end is not None and re.match(r"\s+(?:de|du|des|d')(?![\w-])", masked[end:end + 5], re.IGNORECASE)):
        return False
    before = masked[:m.start()].rstrip()
    return not before or before[-1] in ",;(.!?:\n\"”»"
AS_SAYING = re.compile(r"\s+as\s+(?:saying|having\s+said)\b", re.IGNORECASE)


# a present participle right after a comma, going on with the incise's subject (", adding that ...",
# ", ajoutant que ..."), not a preposition or an adverb in -ing / -ant ("during", « pendant »)
PARTICIPLE_TAIL = (r",\s*(?!(?:during|according|including|regarding|concerning|following|pending|pendant|cependant"
                   r"|maintenant|avant|durant|suivant|devant)(?![\w'-]))[a-zà-ÿ]+(?:ing|ant)(?![\w'-])[^«»\"“”]*")
# what may follow the verb of an incise that ends its sentence: its subject ("a précisé
# le ministre.", "he said.") and the sentence's end, no other clause but a participle of that subject
_TO_SENTENCE_END = re.compile(rf"(?:\s*[^\s,;:«»\"“”]++){{0,5}}\s*(?:{PARTICIPLE_TAIL})?[.!?]?\s*$")


# a relative pronoun right after a quote's closing mark: the clause is about the quoted words
RELATIVE_AFTER = re.compile(r"[\s,]*(?:that|which|qui|que|qu')(?![\w-])", re.IGNORECASE)


def closing_incise(masked: str, after: list, hi: int) -> tuple | None:
    """The last of the reporting verbs ``after`` a quote (hits and cues) when
    it is the incise that ends the sentence and another comes before it: a
    relative clause after the quote holds the first ('« ... » qui, selon les
    autorités, a provoqué l'incendie, a-t-il précisé'; '"..." that officials
    have said caused it, he said'), and the sentence's incise names the speaker."""
    if len(after) < 2:
        return None
    hit, cue = after[-1]
    if cue is not False or INCISE.search(masked, after[-2][0].end(), hit.start()) is None:
        return None
    return after[-1] if _TO_SENTENCE_END.match(masked, hit.end(), hi) else None


class Hit(NamedTuple):
    """A verb-like span found by a construction, with the methods of a match."""

    s: int
    e: int

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


# an incise right after a quotation whose verb is not in the lists: French "», s'est
# réjoui X", "», a tonné X"; English '," he quipped', '," Putin mused', '," scoffed Putin'
# (adverbials of time and manner may follow the auxiliary: "», a de son côté condamné X"; a
# title of up to four words may come before an English name: "," Russian diplomatic spokeswoman
# Maria Zakharova launched on Telegram")
_INCISE_FR = re.compile(
    r"\s*,\s*(?:a|ont|avait|avaient|aurait|s'est|se\s+sont|s'etait|s'etaient)\s+"
    rf"(?:(?:{alternation(constructions.ADVERBIALS, False)})\s+){{0,2}}(?P<v>[^\W\d_]{{3,}})(?![\w'-])",
    re.IGNORECASE)
_PREPOSITION_A = re.compile(r"\s*,\s*[àÀ](?![\w'-])")
_INCISE_EN = re.compile(
    # (no conjunction or participle among the subject's words: '," but the judge X remained unmoved')
    r"\s*(?:(?:(?!(?:but|and|or|as|then|while|when|where|who|which|that|so|yet)\s)(?![a-z]+ed\s)[\w'.-]+\s+){1,6}?"
    r"(?P<v>[a-z]{3,}ed)(?=\s*[.,;!?]|\s*$|\s+(?:on|in|at|during|after|before|as|with"
    r"|to|from|when|while|later|earlier|afterwards|yesterday|today)(?![\w]))|(?P<v2>[a-z]{3,}ed)\s+(?=[A-Z]|the\s))")


def incise(masked: str, text: str, close: int, hi: int) -> Hit | None:
    """The verb of an incise right after the closing mark at ``close`` that the
    verb lists do not hold, when the quotation ends as one that an incise
    follows (English '...,"', '...?"', '...",'; French '» ,')."""
    inner = text[max(0, close - 8):close].rstrip()
    m = _INCISE_FR.match(masked, close + 1, hi)
    if m and not _PREPOSITION_A.match(text, m.start()):  # (", à laquelle": "à" folds to the auxiliary's "a")
        return Hit(m.start("v"), m.end("v"))
    comma = re.match(r"\s*,", masked[close + 1:hi])  # ('"...", he concluded': the comma after the mark)
    if inner.endswith((",", "?", "!")) or comma:
        m = _INCISE_EN.match(masked, close + 1 + (comma.end() if comma else 0), hi)
        if m:
            g = "v" if m["v"] else "v2"
            return Hit(m.start(g), m.end(g))
    return None
