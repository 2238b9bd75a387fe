"""quotes: direct quotations with speaker, relaying outlet, offsets and an
English (target-language) rendering.

Extraction and attribution live in ``pipeline/quotes/``; this stage runs them
per document, then translates every quote of the run in one batch through the
translate stage's engines and cache (a quote is often a fragment of a
segment, so it gets its own translation). Target-language quotes are also
translated back into the source language where an engine serves that
direction (``quotes.back_translate``): alignment then compares a French
original with an English quote in French as well as in English.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import TYPE_CHECKING, ClassVar

from pipeline.stages.base import DocumentStage

if TYPE_CHECKING:
    from pipeline.config import Config
    from pipeline.data import Document, Quote


log = logging.getLogger(__name__)


class Quotes(DocumentStage):
    name = "quotes"
    # 134: an incise after a comma closing the sentence names the speaker past a subordinate word in
    # between ('"..." stayed silent instead of looking after his citizens, Zelensky said'); "X's "..." quip";
    # a verb after a relative pronoun after the quote is the relative clause's; "the unnamed official"
    # is never someone named
    # 133: a lead's description of an official ("l'ambassadeur russe a dénoncé ...") is the one the next
    # sentences have speak with no title of his own (« ... », a commenté X), and his title from then on
    # 132: a subject pronoun after a second comma opens a clause, no apposition ("Asked whether X, Y
    # and Z were behind it, he replied"); "il"/"elle" never stand for a plural ("les États-Unis")
    # 131: reporting verbs whose subjects name nobody (and no one unnamed, no group, no title in quotation
    # marks spoke) leave the quote to the text around it ('When asked ..., X was blunt: "..."'); a source cue before a possessive and a
    # judgement or document ("according to his assessment", « selon ses dires ») is its owner's; « le
    # directeur », "the director" refer back; a verb in the passive is no speech of its subject; the name
    # after a verb with an "à"/"to" complement is its object (« appelait l'Ukraine à « ... » »)
    # 130: a long quotation cut off by the end of the text, opening its paragraph after a sentence that
    # reports someone's words ("X said the call-up starts today."), goes on with that speaker's words; a
    # headline's "'...': X on Y" is X's
    # 129: international organisations, courts and groups by their English and French names and
    # acronyms (pipeline/organisations.py: « la Cour pénale internationale », "the ICC"); "the court",
    # « la cour », "the tribunal" refer back to the body named before, as "the embassy" does; "mentioned",
    # "posted", « décrit », « mentionné » report words; a role alias ("Russian President") after "former" or
    # before another full name is that person's title, not its holder; "the former president" refers back
    # to the one titled a former holder, "the president" to one who holds the office now; a relative
    # clause right after the quote ('"..." that X have said ..., he said') yields to the closing incise;
    # a verb in the passive with no agent ("the issue was mentioned") is no reporting verb
    # 128: an unknown name after "across", "through" or "over" is a place ("the bridge across the Kerch
    # Strait"), no speaker
    # 127: a name alone between full stops is no clause whose subject a pronoun after it stands for
    # 126: a source cue opening the sentence before a titled name ("Selon le porte-parole du Kremlin X,")
    # gives X to a pronoun in the next sentence
    # 125: a role before a place or a time ("le chef de la diplomatie ... depuis Moscou") is no title of it;
    # « la cheffe de la diplomatie »
    # 124: an expert named once and then by profession ("the analyst", « la chercheuse ») refers back like
    # he/she
    # 123: a pronoun later in a sentence whose subject is a person's speech ("L'allocution de X ...,
    # qu'il a accusées", "The speech by X, in which he") stands for that person; "X <verb> ... N, qu'il"
    # is no relative clause on X
    # 122: a source cue after a comma keeps the clause's subject from speaking the quote (« Kim a « … »
    # durant le défilé, mais …, selon l'agence KCNA »); 120 undone (a short quotation cut off by the end of
    # the text is most often left to nobody)
    # 121: a news agency that relays the sentence before ("X said ..., ANSA reported") does not speak
    # the quote paragraph after it: X does
    # 120: a quotation cut off by the end of the text that opens its paragraph continues the speaker of
    # the paragraph before, however short (undone in 122)
    # 119: a comma after the quotation stops a clause's subject from speaking it only when a reporting
    # verb or a short tag clause follows it (", diplomats believe"), not a long narrating clause
    # 118: an adverbial set off by commas (« X a, de son côté, salué les « ... » ») is no apposition
    # between a clause's subject and its quotation
    # 117: a plural pronoun standing for two coordinated parties ("La Russie et la Chine ... Elles
    # qualifient") gives no single speaker; an article before the second of them is no title
    # 116: a former office holder ("the former Dutch prime minister") is no official of that state now;
    # an acronym before a role names its body even where it spells a French word ("the UN chief"); an
    # unnamed representative of a state speaks for it
    # 115: the name a quotation runs on from ('X « veut ... », a ajouté le chef d'État') is what the
    # words are about: neither the description after the verb nor "il" in the next sentence stands for it
    # 114: a state body named again by its noun alone ("the embassy", « l'ambassade ») refers to the
    # body named before; an acronym may name a role's body ("the NSDC secretary"); "with X, <apposition>,
    # describing"; a verb joined by a comma to a clause of its own shares its subject ('X visits Y, declares')
    # 113: a name after French « à » is governed by it (« l'ambassade de Russie à Berlin a qualifié »: the
    # embassy speaks), told from the English article "a" by the unfolded text
    # 112: an incise inside the marks may end its sentence while the quotation goes on (« A, a-t-il affirmé.
    # B »); a title posted "to" a state right before a name gives the name; only a possessive description
    # takes its role from its head word; Russian "е" after a vowel may also be French "ïe" (Netchaïev)
    # 111: a possessive description ("Russia's ambassador") takes its role from its head word and, with
    # nobody of that role named before it, the official the next sentences name with that title ("Ambassador
    # X"; a title naming no state is no other state's); "to" links a title to its posting ("Ambassador to
    # Germany X"); Russian "е" after a vowel is "ye" or "e" in a name (Nechayev / Nechaev)
    # 110: an English infinitive of a listed reporting verb after "to" reports ("took to social media to
    # assert"), with the subject of the main clause before it, past an apposition (never after the quote:
    # "the term "..." to describe X")
    # 109: the present participle of any French -er reporting verb (« rapportant », « notant ») attaches a
    # quote like « ajoutant »; an incise ending the sentence names the speaker when a relative clause after the
    # quote holds a source cue first (« « ... » qui, selon les autorités, a ..., a-t-il précisé »); "ks" and "x"
    # are one romanisation (Aleksandr / Alexander); a source cue opening a sentence is no part of the name after
    # it (« D'après Jake Sullivan »); "the successor / counterpart of X" is not X; « à », « au », « aux » link a
    # French title to its portfolio (« le conseiller à la sécurité nationale X »), after a description too
    # 108: a French demonym noun (« le Français ») stands for the person of that state named with a title
    # 107: senators are their own role; a verb in an infinitive clause opening its sentence has the main
    # clause's subject (« Après avoir qualifié X de « ... », il ... »)
    # 106: a former title before a known name (the addressee rule read « à » inside « américain »); clitics
    # between an apposition and its verb; a stray comma after a title-and-name subject; "the article added"
    # 105: « L'Ukraine » is feminine; the content of an idea or a call the subject rejects is no one's words
    # 104: « vouloir dire » means "to mean", no reporting verb
    # 103: a speech noun after an elision (« l'appel du pape à »), « propos / paroles / remarques » + « sur »
    # 102: an incise inside the marks (inner.py); narrative infinitives; papers and lawmakers by description;
    # portfolios and party adjectives in titles; an owner before a title; middle initials; « M.Poutine »;
    # French country names in mute -e are feminine
    # 101: one list of platforms (outlets.PLATFORMS) for names and publishers; a verb's form is a noun after
    # any preposition + le/la/les (rules.PREPOSITIONS)
    # 100: church titles (pope, cardinal, archbishop, nonce ...) are titles; a title after French l'/d' too
    # 99: a name first written with a hyphen and later with a space is found again (was a KeyError)
    # 98: an outlet after the quote ('as reported by PAP') relays the person the sentence names before a colon
    # 97: a description after French "du" / "au" (the article contracted) is the description; suggestions,
    # calls, proposals, demands are speech nouns whose owner says the quoted words
    # 96: Pope Francis and Pope Leo XIV with their descriptions and terms; a state's name written in lower
    # case is an adjective, no mention; the addressee after a dative and a common noun is no subject; a
    # verb's form after a determiner is a noun; an apposition before an introducing comma; "Quote from X:"
    # 95: a clause joined after the quote's sentence goes on past a comma (', and Y said ...') is no incise
    # 94: demonstratives (« ce dernier », « celle-ci », "the latter") stand for the last person named;
    # "le locataire de Matignon / de l'Élysée" name the office; "British defence sources" speak for the
    # state; a preposition before a name's titles governs the name ("a spokesperson for Prime Minister X");
    # a pronoun after a sentence whose incise and a quoted complement name two people is the incise's
    # 93: a role description two people of the alias table share ("the US president") names the one in
    # office on the article's date (quotes.office_terms), else the one the article names; "U.S. President
    # X" ties the description to X; a coordinated clause after the quote ('X called it "A" and Y praised')
    # is no incise; a place after a preposition in any case ("On the
    # ... Square, the mayor said"), but a name after "called on", "looked at"; up to two lower-case words
    # between an organisation's name and its kind ("the Zorba armed group said")
    # 92: review fixes: "qu'" before a vowel opens a that-clause; folded "derniere", "l’" and "à" in labels;
    # accented lone names spread
    # 91: the two rule sets of 90 together
    # 90: a name after "the" that only modifies the noun after it is no subject ("the former X ally"); a person
    # description never refers back to an unknown name of common words; and (the other set)
    # a comma-joined verb series shares its first verb's subject; a subordinate clause opening the sentence keeps its quote;
    # "after"/"before" opens no incise; a sentence reporting its own "that"-clause is no incise of a question;
    # a quote after "prompting a reply" is the reply of the one spoken to (replies.py);
    # verbs of answering and rebuking; "with X at one point saying"; "when Y left and called": Y;
    # French verbs of reproach and demand; "ceux qui lui reprochent" names no one; "Réponse de X :" is X's;
    # ", à laquelle" is no incise
    # 89: the two rule sets below together (the colon's last clause is read once, then the dative check)
    # 88: role descriptions stand for the holder the article names; a lone name spreads over its document;
    # who is spoken to is no speaker; a sentence adverb before a name is no part of it
    # 88 (also): a section label of common words ("The Opening Clash –") and an unknown place after "in"/"sur" name nobody;
    # "X shot back, \"You ...\"" is X's; "X tried, but Y interjected:" is Y's; "Selon X :" then a quote is X's;
    # a quote after a section label is the subject's of the section's first sentence when it reports speech
    # 87: a title and its name with no comma between them are one person (the description's antecedent);
    # French speech acts of judgement and refusal (rejette, rejeté, condamné, exhorté) report their subject's words
    # 86: a colon introduces the quote after its sentence, whatever the verb ("Biden responded:" claims no
    # quote before it); "called X's remarks "..."" is the caller's judgement; the agent after a naming quote
    # ("qualifiée de « ... » par X", 'described as "..." by X'); title-case words' nouns in headlines;
    # "X : « ... »" labels, "« ... » X" signatures, "observe pour l'AFP X", headlines' "X à Y : ...",
    # ", les qualifiant de « ... »"
    # 85: the owner of a words' noun right after the quotation ("X's "..." label") or before it with a
    # longer complement ("X's characterization of Y as a "..."") speaks, not the sentence's subject
    # 84: every state of the world speaks through its bodies (countries.py); echoes of two parties' words;
    # colon labels, questions asked, ages, institutions' names, "à l'AFP X", conjunctions after a quote,
    # "with A saying ... and B saying", headline descriptions, misspelt known names, wire datelines, asides,
    # "l'avocat d'X", "neither X nor Y", unnamed ambassadors, "the Zorba group said"
    # 77: only a person left unnamed ("affirme une femme"), not a document ("indique le texte"), stops
    # a pronoun's search
    # 76: a line broken before its incise ('"..."\n, a déclaré X'); a long office before a name in
    # apposition after the verb ("a déclaré la porte-parole du Conseil de sécurité nationale, X")
    # 75: English "For X, ... \"...\"" is X's view, as French "Pour X, « ... »"
    # 74: a pronoun after a quote whose speaker the text does not name ("affirme une femme") does not
    # reach back past it to someone named earlier
    # 73: a subject named in apposition after a title's object ("un conseiller du président X, Y, a dit"),
    # not a paragraph's wire dateline ("KYIV – L'OTAN a critiqué"); "reported Reuters, quoting X"
    # 72: "chef de l'État", "head of state" and "le chef de la République populaire de Chine" are
    # descriptions of a head of state; a description nobody before it holds, the next speaker holding it
    # 71: a role description's name in apposition after its complement ("le dirigeant du pays, X"); a
    # quotation naming an event its clause's subject had or held is not the subject's words
    version = "134"
    config_keys = ("quotes", "clean", "translate", "source_languages", "target_language")
    uses_translation_cache: ClassVar[bool] = True
    batch_docs: ClassVar[int] = 100_000  # translate the run's quotes together

    def __init__(self, cfg: Config, use_cache: bool = True, executor=None):
        super().__init__(cfg)
        self.use_cache = use_cache
        self.executor = executor
        self._service = None
        self._back: dict[str, object] = {}

    @classmethod
    def fingerprint(cls, cfg: Config) -> str:
        from pipeline.stages.translate import Translate

        parts = [Translate.fingerprint(cfg) if cfg.quotes.translate else ""]
        if cfg.quotes.back_translate:
            # the engine of the back direction too: installing one later re-runs the stage
            from pipeline.engines.service import TranslationService

            tgt = cfg.target_language
            for src in cfg.source_languages:
                if src != tgt:
                    parts.append(f"{tgt}>{src}:{TranslationService(cfg, target=src).labels(tgt)}")
        return ";".join(parts)

    def _back_service(self, lang: str):
        """A service translating into ``lang`` (same engines and cache), or None
        when no engine serves target -> lang."""
        if lang not in self._back:
            from pipeline.engines.cache import TranslationCache
            from pipeline.engines.service import TranslationService

            path = self.cfg.output / ".state" / "translations.sqlite"
            cache = TranslationCache(path) if self.use_cache else None
            service = TranslationService(self.cfg, cache, target=lang, executor=self.executor)
            if not service.chain(self.cfg.target_language):
                log.info("no engine translates %s->%s: quotes are compared in %s only",
                         self.cfg.target_language, lang, self.cfg.target_language)
                service = None
            self._back[lang] = service
        return self._back[lang]

    def _back_translate(self, quotes: list[Quote]) -> None:
        """Target-language quotes into the first source language, so that the
        align stage can compare them with originals in that language too."""
        from pipeline.align.cognates import STOPWORDS_BY_LANG

        tgt = self.cfg.target_language
        # only into a language whose originals alignment reads word by word (French)
        sources = [s for s in self.cfg.source_languages if s != tgt and s in STOPWORDS_BY_LANG]
        todo = [q for q in quotes if q.lang == tgt and len(q.text) <= self.cfg.translate.max_segment_chars]
        if not sources or not todo:
            return
        service = self._back_service(sources[0])
        if service is None:
            return
        results = service.translate([" ".join(q.text.split()) for q in todo], tgt)
        for q, result in zip(todo, results):
            if result is not None:
                q.back_translation = result.translation.text

    @property
    def service(self):
        if self._service is None:
            from pipeline.engines.cache import TranslationCache
            from pipeline.engines.service import TranslationService

            path = self.cfg.output / ".state" / "translations.sqlite"
            self._service = TranslationService(self.cfg, TranslationCache(path) if self.use_cache else None,
                                               executor=self.executor)
        return self._service

    def close(self) -> None:
        for service in [self._service, *self._back.values()]:
            if service is not None and service.cache is not None:
                service.cache.close()

    def process(self, doc: Document) -> Document:
        return self.process_batch([doc])[0]

    def remote(self, doc: Document) -> Document:
        """Find and attribute the document's quotations."""
        from pipeline.quotes.extract import extract_quotes

        if doc.ok:
            c = self.cfg.clean
            doc.quotes = extract_quotes(doc, self.cfg.quotes, c.outlets, c.relay_cues_before,
                                        c.relay_cues_after, c.relay_window)
            stats = doc.stats[self.name] = {"quotes": len(doc.quotes)}
            stats["with_speaker"] = sum(1 for q in doc.quotes if q.speaker)
        return doc

    def gather(self, docs: list[Document]) -> list[Document]:
        """Translate the batch's quotes together (and back-translate)."""
        if self.cfg.quotes.translate:
            self._translate([(d, q) for d in docs if d.ok for q in d.quotes])
        if self.cfg.quotes.back_translate:
            self._back_translate([q for d in docs if d.ok for q in d.quotes])
        return docs

    def _translate(self, items: list[tuple[Document, Quote]]) -> None:
        tgt = self.cfg.target_language
        sources = set(self.cfg.source_languages)
        todo: dict[str, list[Quote]] = defaultdict(list)
        for d, q in items:
            if q.lang == tgt:
                q.translation, q.engine = q.text, "identity"
            elif q.lang in sources and len(q.text) > self.cfg.translate.max_segment_chars:
                d.count_drop(self.name, "too_long_to_translate")  # see translate.max_segment_chars
            elif q.lang in sources:
                todo[q.lang].append(q)
        for src, quotes in todo.items():
            results = self.service.translate([" ".join(q.text.split()) for q in quotes], src)
            for q, result in zip(quotes, results):
                if result is not None:
                    q.translation, q.engine = result.translation.text, result.translation.label
