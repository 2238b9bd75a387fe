"""Reporting verbs, source cues and the constructions that introduce a quote without one.

``Putin greeted Kim with "..."``, ``Kim thanked Putin, saying "..."`` (the
clause's subject), ``Putin presented the treaty as "..."``, ``Poutine a
décrit l'accord comme « ... »`` (the verb's subject, unless it is in the
passive), ``KCNA quoted Kim as saying``, ``Kim was quoted by KCNA as saying``
and a headline's ``Putin: "..."``. French inversion makes any verb a
reporting one (``», juge-t-il``, ``», a-t-elle tranché``). The sentence after a
quotation that names its speaker is read in ``remarks.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lexicon import lemma
from pipeline.quotes import constructions, rules
from pipeline.quotes.folding import alternation, fold, words_rx
from pipeline.quotes.gaps import NEGATED, reduced_passive_at
from pipeline.quotes.incises import Hit, as_verb
from pipeline.quotes.saying import participle
from pipeline.quotes.titles import is_title_word

if TYPE_CHECKING:
    from pipeline.config import QuotesConfig
    from pipeline.quotes.mentions import Mentions


_GREET = re.compile(
    rf"(?<![\w'-])(?P<v>{alternation(constructions.GREETING_VERBS, False)})(?![\w])(?:\s+[^\s.;:!?]+){{0,8}}?\s+"
    rf"(?:{alternation(constructions.GREETING_LINKS, False)})(?:\s+[^\s.;:!?]+){{0,2}}?\s*[:,]?\s*$", re.IGNORECASE)
# 'Putin presented the treaty as "..."', "Poutine a décrit l'accord comme « ... »"
_DESCRIBE = re.compile(
    rf"(?<![\w'-])(?P<v>{alternation(constructions.DESCRIBING_VERBS, False)})(?![\w])(?:\s+[^\s.;:!?]+){{0,8}}?\s+"
    rf"(?:{alternation(constructions.DESCRIBING_LINKS, False)})(?:\s+[^\s.;:!?]+){{0,3}}?\s*[:,]?\s*$", re.IGNORECASE)
# 'Biden likened Xi to "dictators"', « Biden a assimilé Xi à des « dictateurs » »
_COMPARE = re.compile(
    rf"(?<![\w'-])(?P<v>{alternation(constructions.COMPARING_VERBS, False)})(?![\w])(?:\s+[^\s.;:!?]+){{1,8}}?\s+"
    rf"(?:{alternation(constructions.COMPARING_LINKS, False)})(?:\s+[^\s.;:!?]+){{0,2}}?\s*$", re.IGNORECASE)
# 'Warsaw considered it "highly probable"', « il trouve cela « absurde » »: a pronoun object
# and the quotation as its predicate, right before it
_JUDGE = re.compile(
    rf"(?<![\w'-])(?P<v>{alternation(constructions.JUDGING_VERBS, False)})\s+"
    rf"(?:{alternation(constructions.JUDGING_OBJECTS, False)})"
    rf"(?:\s+(?:{alternation(constructions.JUDGING_LINKS, False)}))?\s*$", re.IGNORECASE)
# « la Russie le juge « illégitime » », « X l'a trouvée « arrogante » »: the French object pronoun
# before the verb (a past participle agrees with it), the quotation right after
_JUDGE_CLITIC = re.compile(
    rf"(?<![\w'’-])(?:{alternation(constructions.JUDGING_CLITICS, False)})\s*"
    rf"(?:(?:a|ont|avait|avaient|aura|aurait)\s+)?(?P<v>{alternation(constructions.JUDGING_VERBS_FR, False)})"
    rf"(?:(?<=é)(?:e|s|es))?\s*$", re.IGNORECASE)
# "KCNA quoted Kim as saying", "Kim was quoted by KCNA as saying"
_QUOTED = (r"(?<![\w'-])(?:(?P<passive>(?:was|were|is|are|has\s+been|have\s+been|being)\s+)?"
           r"(?P<v>quoted|quotes|cited|cites))(?P<obj>\s+[^.;:!?]{1,80}?)?\s+as\s+"
           r"(?:saying|having\s+said|telling|writing)(?![\w])")
_QUOTED_BEFORE = re.compile(_QUOTED + r"(?:\s+[^\s.;:!?]+){0,8}?\s*[:,]?\s*$", re.IGNORECASE)
QUOTED_AFTER = re.compile(_QUOTED, re.IGNORECASE)
# '"...," Reuters reported, quoting Biden' and, the outlet after its verb, '"...," reported Reuters,
# citing Biden': the outlet relays, the one it quotes speaks
QUOTING_AFTER = re.compile(
    r"(?<![\w'-])(?:reported|reports|said|says|wrote|writes|added|adds)"
    r"(?:\s+(?:the\s+)?(?-i:[A-Z])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*){0,3})?\s*,?\s+(?P<v>quoting|citing)(?![\w])",
    re.IGNORECASE)
# "if confirmed", "si nécessaire": a participle that opens a clause of its own
_CONDITIONAL = re.compile(r"(?<![\w'-])(?:if|unless|once|si)\s+$", re.IGNORECASE)
# a determiner before a verb's form makes it a noun: "face à la demande du ministre", "une
# réponse", "the answer", "his call". Not "a" (the French auxiliary, folded "à" too) nor
# le/la/les/l' on their own (object pronouns: "il la demande"): those only after a preposition
_DETS = sorted((rules.DETERMINERS - {"a", "le", "la", "les", "l"}) | {"cette", "leurs"})
_PREPS = sorted(rules.PREPOSITIONS)
_NOUN_BEFORE = re.compile(
    rf"(?:(?<![\w'-])(?:{'|'.join(_DETS)})"  # lower case: "Kim Jong Un described" has no article
    rf"|(?:(?<=[.!?»\"”]\s)|(?<=\n)|(?<![\s\S]))(?:{'|'.join(d.title() for d in _DETS)})"
    rf"|(?<![\w'-])(?:{'|'.join(_PREPS)}|{'|'.join(p.title() for p in _PREPS)})\s+(?:la|le|les))\s+$")
# an owner's participle before a noun is an adjective: "the government's announced willingness"
# (not "Putin's said that ...", "has said")
_OWNERS_BEFORE = re.compile(r"\w['’]s\s+$")
_NOUN_AFTER = re.compile(r"\s+(?P<w>[a-z][a-z-]+)")
_NOT_NOUNS = rules.DETERMINERS | rules.PREPOSITIONS | {"that", "it", "him", "her", "them", "this", "these", "those",
                                                       "so", "not", "never", "again", "also", "already"}
# French « vouloir dire » means "to mean": « être allié ne veut pas (pour autant) dire être « vassal » »
_MEANS = re.compile(r"(?<![\w'-])(?:veu[xt]|voul\w*|veulent)\s+(?:(?:pas|plus|jamais|pour|autant|donc|bien|"
                    r"forcement|necessairement|toujours|rien)\s+){0,3}$", re.IGNORECASE)


# French finite and participle endings (imperfect, future, conditional, simple past,
# present plural, past participle): only such words are looked up by lemma
_FR_FINITE = re.compile(
    r"(?<![\w'-])[^\W\d_]{3,}(?:ait|aient|ais|era|eront|erait|eraient|èrent|irent|ent|ée|és|ées|e|ee|es|ees)"
    r"(?![\w'-])", re.IGNORECASE)
# French infinitives of verbs that report speech only by going on or ending it (« a poursuivi X »)
_GOING_ON = frozenset(("poursuivre", "conclure"))
# the « de » of the French narrative infinitive right before a verb (« Et X de poursuivre »)
_NARRATIVE_DE = re.compile(r"(?<![\w'-])(?:de\s+|d['’])$", re.IGNORECASE)
# an English infinitive: "to" and a verb's base form ("to assert", "to warn")
_EN_INFINITIVE = re.compile(r"(?<![\w'-])to\s+(?P<v>[a-z]{3,})(?![\w'-])")
# a French infinitive after a verb of will or care that governs it (« a tenu à rappeler que »,
# « a voulu souligner », « s'est empressé de préciser »): the speaker's own words, as the
# English "to" infinitive ("was keen to stress"); the masked text is folded (no accents)
_FR_INFINITIVE = re.compile(
    # (not negated: « n'a pas voulu commenter » says nothing)
    # (a lookahead, so that an infinitive is also the next pair's governing word: « veut tenir à dire »)
    r"(?<![\w'-])(?<!pas\s)(?<!plus\s)(?<!jamais\s)(?<!guere\s)(?=(?P<gov>[a-z]{3,})"
    r"\s+(?:(?:a|de|d')\s*)?(?:(?:lui|leur|le|la|les|y|en|se|s'|l')\s*)?(?P<v>[a-z]{3,}(?:er|ir|re))(?![\w'-]))",
    re.IGNORECASE)
# ... the governing verbs by their lemma, any tense (simplemma), and « prendre soin de »
_WILL_LEMMAS = frozenset(("tenir", "vouloir", "souhaiter", "préférer", "empresser"))
_APPOSED = re.compile(r"[^\W\d_]\s*,\s*$")
# a reflexive "être" right before a participle, which agrees with the subject (folded: « s'est »; the
# subject of a passive, « a été menacée par », is no speaker)
_ETRE_BEFORE = re.compile(r"(?<![\w'-])(?:s'est|se\s+sont|s'etait|s'etaient)\s+(?:[\w'-]+\s+)?$", re.IGNORECASE)
_AUX_BEFORE = re.compile(r"(?<![\w'-])(?:a|ont|avait|avaient|aurait|auraient|est|sont|ete)(?:-t-\w+)?\s*,", re.IGNORECASE)
_AGENT_AFTER = re.compile(r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|on\s+\w+day|"
                          r"matin|soir)\s+){0,2}(?:par|de|d'|by)(?![\w'-])", re.IGNORECASE)
# a past participle as the folded text spells it ("appele" for "appelé")
FOLDED_PARTICIPLE = re.compile(r"e(?=e?s?$)")

# French inversion: "juge-t-il", "poursuit-elle" (the verb before the pronoun), "a-t-il
# tranché" (the participle after it); auxiliaries and modals are not reporting verbs
_NOT_REPORTING = r"(?:a|ont|avait|avaient|aurait|auraient|va|vont|est|sont|etait|peut|doit|faut|veut|sera|fut)"
_INVERTED = re.compile(
    rf"(?<![\w'-])(?:(?!{_NOT_REPORTING}-)(?P<v>[^\W\d_]{{3,}})-(?:t-)?(?:il|elle|ils|elles)(?![\w-])"
    rf"|(?:a|ont|avait|avaient|aurait|auraient)-(?:t-)?(?:il|elle|ils|elles)\s+(?:(?:encore|aussi|ensuite|alors|ainsi|[ée]galement|notamment|toutefois|cependant|pourtant|n[ée]anmoins|donc|d[ée]j[àa]|m[êe]me|"
    rf"enfin|plus\s+tard)\s+)?(?P<p>[^\W\d_]{{3,}}))", re.IGNORECASE)


def inverted(masked: str, lo: int, hi: int) -> list[Hit]:
    """The verbs of French inversions in [lo, hi) ("juge-t-il", "a-t-elle tranché")."""
    out = []
    for m in _INVERTED.finditer(masked, lo, hi):
        g = "v" if m["v"] else "p"
        out.append(Hit(m.start(g), m.end(g)))
    return out


def quoted_hit(m: re.Match) -> tuple[Hit, str]:
    """The verb of a "quoted ... as saying" match and its construction."""
    return Hit(m.start("v"), m.end("v")), "passive" if m["passive"] else "quoted"


# a participle of recognition for a quality: « reconnu pour sa rigueur », "recognised for his work"
# (not « a reconnu pour la première fois », « reconnu pour sa part », « reconnu comme « génocide » »)
_KNOWN_FOR = re.compile(r"(?:reconnue?s?|recogni[sz]ed)\s+(?:pour|for)\s+(?:sa|son|ses|leur|leurs|his|her|its|their)\s+"
                        r"(?!part\b)|condamnee?s?\s+(?:[\w']+\s+){0,3}?(?:a|aux?)\s+(?:\d|mort|la\s|une?\s|[\w-]+\s+ans)"
                        r"|condamnee?s?\s+(?:(?:au|en|a)\s+[\w'-]+\s+)?pour\s(?!sa\s+part|leur\s+part)", re.IGNORECASE)


class Verbs:
    """The reporting verbs and source cues of the config."""

    def __init__(self, cfg: QuotesConfig, text: str | None = None):
        self.verb_rx = words_rx([v for vs in cfg.reporting_verbs.values() for v in vs])
        self.cue_rx = words_rx([c for cs in cfg.source_cues.values() for c in cs])
        self.max_gap = cfg.max_gap_chars
        self.text = text  # the document's unfolded text, where its accents tell (read by ``find`` if given)
        # the listed French past participles that no present tense spells alike once
        # folded ("conclu", "promis"; not "déclaré" ~ "declare", "dit", "écrit")
        self.fr_participles = frozenset(fold(v).lower() for v in cfg.reporting_verbs.get("fr", [])
                                        if " " not in v and re.search(r"(?:u|i|is)$", v))
        # the French verbs' lemmas: any tense of a listed verb reports ("soulignait",
        # "martelaient", "assurera"), read through simplemma (pipeline/lexicon.py)
        self.fr_lemmas = frozenset(lemma(v.lower(), "fr") for v in cfg.reporting_verbs.get("fr", []) if " " not in v)
        # the feminine and plural of a listed participle in "é", folded, after a reflexive "être" (« s'est
        # déclarée »), which the lemmatiser does not know without their accents (not an
        # apposed one: « les « lignes rouges » évoquées », « la version avancée par Moscou »)
        self.fr_agreed = frozenset(fold(v).lower() + end for v in cfg.reporting_verbs.get("fr", [])
                                   if " " not in v and v.endswith("é") for end in ("e", "s", "es"))
        # ... and the English ones, for an infinitive after "to" ("took to social media to assert")
        self.en_lemmas = frozenset(lemma(v.lower(), "en") for v in cfg.reporting_verbs.get("en", []) if " " not in v)

    def find(self, masked: str, lo: int, hi: int, after: bool = False) -> list[tuple[re.Match, bool]]:
        """The verbs (False) and source cues (True) in [lo, hi), in text order.
        ``after`` a quote, an English infinitive has no subject of its own to
        give ("his use of the term "..." to describe Xi": Xi is its object)."""
        found: list = [(m, False) for m in self.verb_rx.finditer(masked, lo, hi)]
        starts = {m.start() for m, _ in found}
        found += [(h, False) for h in self.inflected(masked, lo, hi, not after) if h.start() not in starts]
        starts = {m.start() for m, _ in found}
        found += [(h, False) for h in inverted(masked, lo, hi) if h.start() not in starts]
        # "Sullivan called the death, if confirmed, a "tragedy"": a participle after "if" is a
        # clause of its own, not a reporting verb
        found = [(m, c) for m, c in found if c or not _CONDITIONAL.search(masked, max(lo - 12, 0), m.start())]
        # "Cet accord, conclu durant la visite, ...": a participle in apposition describes a
        # noun, it reports nothing (unless its agent or its "de" follows: "qualifiée de", "par X")
        found = [(m, c) for m, c in found if c or not (
            masked[m.start():m.end()].lower() in self.fr_participles and _APPOSED.search(masked, max(lo - 3, 0), m.start())
            and not _AGENT_AFTER.match(masked, m.end()) and not _AUX_BEFORE.search(masked, max(lo, m.start() - 40), m.start()))]
        found = [(m, c) for m, c in found if not (
            _OWNERS_BEFORE.search(masked, max(lo - 30, 0), m.start()) and (n := _NOUN_AFTER.match(masked, m.end()))
            and n["w"] not in _NOT_NOUNS)]
        # (« comme le souligne X »: "le" is the object pronoun of "as", no article)
        found = [(m, c) for m, c in found if not (_NOUN_BEFORE.search(masked, max(lo - 30, 0), m.start())
                                                  and not as_verb(masked, m.start(), m.end()))
                 and not (masked[m.start():m.end()].lower() == "dire" and _MEANS.search(masked, max(lo - 40, 0), m.start()))]
        # « reconnu pour sa rigueur », "recognised as an expert": a quality, no words reported
        found = [(m, c) for m, c in found if c or not _KNOWN_FOR.match(masked, m.start())]  # (« condamné à huit ans »: a sentence)
        # « Poutine qualifié de « … » »: the participle's subject is the one named, no speaker
        if self.text is not None:
            found = [(m, c) for m, c in found if c or not reduced_passive_at(self.text, lo, m.start())]
        # « n'avait pas appelé à un « … » », "did not call for a "…"": a negated verb of speech says
        # its subject did not say the words; someone else's verb may
        found = [(m, c) for m, c in found if c or not NEGATED.search(masked, max(lo, m.start() - 12), m.start())]
        # "the issue was mentioned", « il a été évoqué »: a verb in the passive with no agent after it
        # reports words nobody is named for, and its subject is what was said, not who said it
        found = [(m, c) for m, c in found if not (passive(masked, lo, m.start()) and not _AGENT_AFTER.match(masked, m.end()))]
        found += [(m, True) for m in self.cue_rx.finditer(masked, lo, hi)]
        return sorted(found, key=lambda x: x[0].start())

    def inflected(self, masked: str, lo: int, hi: int, infinitives: bool = True) -> list[Hit]:
        """Finite French forms of the listed verbs that the list does not spell
        out (a word with a verb ending whose lemma is a listed verb's), and
        English infinitives of the listed verbs."""
        out = []
        for m in _FR_FINITE.finditer(masked, lo, hi):
            word = m.group().lower()
            if word.endswith("res") and lemma(word, "fr") == word[:-1]:
                # « les dires de Kiev »: an infinitive in -re takes no -s as a verb, its plural is a noun
                # (« tu montres » is a finite form: its lemma is « montrer »)
                continue
            if word in _GOING_ON and not _NARRATIVE_DE.search(masked, max(lo, m.start() - 4), m.start()):
                # « doivent se poursuivre », « conclure un accord »: a verb that reports by going on or
                # ending what was said does so as an incise (« a poursuivi X ») or the narrative
                # infinitive (« Et X de poursuivre : »), not as another infinitive
                continue
            if (word in self.fr_agreed and _ETRE_BEFORE.search(masked, max(lo, m.start() - 24), m.start())) \
                    or lemma(word, "fr") in self.fr_lemmas or (
                    word.endswith(("e", "es")) and lemma(FOLDED_PARTICIPLE.sub("é", word, 1), "fr") in self.fr_lemmas):
                out.append(Hit(m.start(), m.end()))
        for m in _EN_INFINITIVE.finditer(masked, lo, hi) if infinitives else ():
            if lemma(m["v"].lower(), "en") in self.en_lemmas:
                out.append(Hit(m.start("v"), m.end("v")))
        for m in _FR_INFINITIVE.finditer(masked, lo, hi):
            gov = m["gov"].lower()
            if lemma(m["v"].lower(), "fr") in self.fr_lemmas and (gov == "soin" or lemma(gov, "fr") in _WILL_LEMMAS or lemma(
                    FOLDED_PARTICIPLE.sub("é", gov, 1), "fr") in _WILL_LEMMAS):
                out.append(Hit(m.start("v"), m.end("v")))
        return out

    def construction(self, masked: str, mentions: Mentions, lo: int, pos: int) -> tuple[Hit, str] | None:
        """A quotation introduced by a construction rather than a reporting verb,
        right before ``pos``: 'X greeted Y with "' ("greet": the verb's subject),
        'X thanked Y, saying "' ("saying": the subject of the clause)."""
        lo = max(lo, pos - self.max_gap)
        m = _QUOTED_BEFORE.search(masked, lo, pos)
        if m:
            return quoted_hit(m)
        colon = re.search(r":\s*$", masked[lo:pos])
        if colon:  # a headline's 'Putin: "We have time"'
            hit = _colon(masked, mentions, lo, lo + colon.start())
            if hit is not None:
                return hit, "colon"
        for rx in (_GREET, _DESCRIBE, _JUDGE, _COMPARE):
            m = rx.search(masked, lo, pos)
            if m and not (rx is not _GREET and passive(masked, lo, m.start("v"))):
                return Hit(m.start("v"), m.end("v")), "greet"
        m = _JUDGE_CLITIC.search(masked, lo, pos)
        if m and _after_subject(masked, lo, m.start()):
            return Hit(m.start("v"), m.end("v")), "greet"
        return participle(masked, mentions, lo, pos)


def _after_subject(masked: str, lo: int, pos: int) -> bool:
    """Does a word that may end a subject stand right before ``pos`` (a French object
    pronoun's place), not a preposition, a determiner or the start of a sentence?
    (« Le juge « X » »: « le » is then an article, « juge » a noun.)"""
    prev = re.search(r"([\w'’-]+)\s+$", masked[max(lo, pos - 40):pos])
    return prev is not None and prev[1].lower() not in rules.PREPOSITIONS | rules.DETERMINERS


def passive(masked: str, lo: int, pos: int) -> bool:
    """Is the verb at ``pos`` in the passive ("was presented", "a été présenté")?"""
    prev = re.findall(r"[\w']+", masked[max(lo, pos - 30):pos].lower())
    while prev and (prev[-1] in ("also", "aussi", "often", "souvent", "not", "pas", "enfin", "deja", "already")
                    or prev[-1].endswith(("ly", "ment"))):
        prev.pop()
    # (a reflexive « se sont déclarées », « se sont dites » is no passive: its subject speaks)
    return bool(prev) and prev[-1] in constructions.PASSIVE_AUXILIARIES and not (len(prev) > 1 and prev[-2] == "se")


def _colon(masked: str, mentions: Mentions, lo: int, colon: int) -> Hit | None:
    """The one name before a colon when nothing but determiners stands beside it."""
    named = mentions.within(lo, colon)
    rest = re.findall(r"[\w']+", re.sub(r"\s+", " ", "".join(
        " " if any(n.start <= i < n.end for n in named) else c
        for i, c in enumerate(masked[lo:colon], lo))).lower())
    if len(named) == 1 and named[0].kind != "pronoun" and not named[0].possessive \
            and all(w in rules.DETERMINERS for w in rest) \
            and not (named[0].kind == "name" and _ends_on_title(masked[named[0].start:named[0].end])):
        return Hit(named[0].start, named[0].end)
    return None


def _ends_on_title(name: str) -> bool:
    """A title-case run that ends on a title word ("Wagner Chief") is no one's name."""
    words = name.split()
    return bool(words) and is_title_word(words[-1])