"""align: cluster quotes from different documents that report the same
utterance. Corpus-wide: it sees every document's quotes at once.

Cluster ids are stable: the assignment of the last run is kept in the state
store, so a new relay of a known quote joins the existing cluster id, and
``run.json`` can list new clusters and new relays of known quotes.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any

from pipeline.config import Config
from pipeline.data import Cluster, Document, Quote
from pipeline.errors import StageError
from pipeline.organisations import with_world


log = logging.getLogger(__name__)


class Align:
    name = "align"
    version = "50"  # 50: "y" reads as "i" before doubled letters collapse in a folded name, so "Tykhyi" and "Tykhii", "Heorhiy" and "Heorhii" are one spelling (align/speakers._fold); 49: a title with a word of rank before it ("former Russian President X", « l'ancienne présidente russe X ») or that is the complement of another role (« le porte-parole du président russe, X ») is an office the name does not hold: it titles nobody, though the person still speaks for the state (align/roles._other_office); 48: a word of a person's own name is a name's word in a title, whatever else it spells ("North Korean Foreign Minister Choe Son Hui": « son » is also a French function word), so the title is read (align/roles.py); 47: every state of states.STATE_BODIES, by its names and adjectives, is a body a title names ("Danish Prime Minister X"; before, only the configured aliases' states), a title's capitalised words may stand between the state and the role ("Russian Foreign Minister X"; a word of rank may not: a deputy minister is no minister), a French role of several words is read whole (« la cheffe de la diplomatie nord-coréenne »: a minister, not a chief) and a prime minister is an office of its own, no other minister (align/roles.py, quotes/pronoun_table.office_of), so an unnamed « Première ministre danoise » takes the one person other articles title so; 46: source-language articles that no target-language article spells a name for agree on one spelling among themselves too (« Anatoli / Anatoly Fedorouk »: align/speakers.unify_speakers), so they are one speaker; 45: the states and institutions of states.STATE_BODIES ("White House", "Poland", "Japanese government") are organisation speakers, as the configured ones were: the White House and the United States are one side, two states two speakers (before, an unconfigured state was read as a person); 44: after a review: "ie" = "e" and "h" = "g" only where one spelling shows the French romanisation, or, for first names, past the first letter (Ihor / Igor, not Harry / Garry; Pieters is no Peters); a participle is read through its infinitive only in its masculine singular, unknown to the lemmatiser (not « tranchées »); 43: Russian "е" after a consonant, written "ie" in some French spellings, is "e" (Oumierov / Umerov: align/speakers._ie); 42: a French past participle of the first group the lemmatiser leaves alone is read through its infinitive in the dictionary (« endommagé »: damage; pipeline/lexicon.translations), so "seriously damaged" and « gravement endommagé » link; the "h" = "g" of 41 only where one spelling shows the French romanisation ("ou", "ï", "tch": not Hill / Gill); 41: Ukrainian "г" romanised "h" or, the Russian way, "g" spells one name (Humeniuk / Goumeniouk: align/speakers._g); 40: the echo of 39 compares the words as written, four letters or more, and leaves a quote the quotes stage found two parties holding (align/records.echo_key, read while the full quote is at hand); "ph" and "f" spell one sound in names (Raphael / Rafael: align/speakers._fold); 39: a quote for which no speaker was found takes the speaker of the very same words quoted elsewhere in its article, however short, when the article gives them to one speaker (align/records.name_echoes: a subheading « "Optimiser" les dépenses » over « il a déclaré vouloir « optimiser » », named once the run's titles are read); 38: a quote of four words or more with two content words ("is ready for peace") takes the one speaker the other quotes of its words name, as one of three content words did (align/records.RELAY_NAME_WORDS); 37: a quote the quotes stage credited to a role description its article leaves unnamed ("Russia's ambassador", « l'ambassadeur russe »; not "a diplomat") takes the one person the other articles of the run title with that role for that body (align/titled.py, titles read by align/roles.py); 36: quotes of the very same words (2 content words or more, on the rendering or the original) from other documents join the largest cluster that holds them, with their own cluster when all of it fits (named speakers agreeing as for a short phrase, dates within max_days: align/wordings.py); 35: a quote for which no speaker was found takes the one speaker that the other quotes of the same words name, in other articles or elsewhere in its own (3 content words or more: align/records._name_from_relays); 34: a French article's shortened first name ("Matt Miller") takes the English full name ("Matthew Miller"); 33: international organisations by their English and French names (pipeline/organisations.py) are organisation speakers and fold to one name in quote texts; names of three letters fold only as written ("WHO", not "who"); 32: a full name whose surname is one letter from that of a more frequent name of the run with the same first name is a typing slip of it (align/speakers._slips); 31: a person the articles place in a state or body ("Russian President X") and an organisation that is none of those (China) are two speakers, whatever words they share (similarity.other_sides); 30: ... or a version up to 3 times its length at a score of 0.9; 29: a sentence (or run of sentences from the first or to the last) of a long quote of a named speaker that matches another cluster's version of about its length (score >= 0.7) bridges that cluster and its quote's (align/parts.py): one quote spans both, so they are one statement; 28: one word rare in English (wordfreq Zipf < 4.5: "vassal", "followers") of one speaker joins the one statement of that speaker that two documents or more quote with it, inflected or not, never through a synonym or a translation (align/fragments.rare_word, one_word_in); 27: words a machine translation left untranslated (in the original as they are, rare in English) are matched to English words by spelling like the original's words, and are no targets for French words (similarity._leftovers); 26: English contractions spelled out (we're, there's, let's: align/words.pre), as n't already was; a run of 8 words in a row with 2 content words ("there is no deal until there is a deal") marks parts of one statement too (statements.LONG_RUN); 25: a run one quote shares with two quotes of one document in two clusters bridges neither pair, whichever quote came first; 24: a bridge (two quotes sharing a run of words) still merges its two clusters after one of them merged elsewhere (merge.py read it on the merged roots); a run shared with a phrase picked again out of a longer quote of its document is no twin; 23: a fragment that words of two speakers of its article hold follows neither (statements.follow_containers); 22: a run of words one quote shares with two quotes of one document in two clusters bridges neither (align/statements.bridges_of); 21: a French stem with no English cognate is tried with English un- for French in-/im- (inacceptable), and a French adverb missing from the dictionary is read as its adjective (fermement: ferme); 20: short fragments of one speaker (or of a body its voice speaks for) join the one cluster of that speaker whose statement two documents or more quote with their words (align/fragments.py); 19: a person the quote's sentence names as an organisation's spokesman, minister, ambassador ... may report the same short phrase as that organisation (align/roles.py); 18: a word of a machine-translated quote matches a thesaurus synonym in the other quote (half weight, pair by pair); 17: of candidate clusters scored 1 (capped), the higher uncapped score wins; a quote too short to link follows a quote of its sentence into a cluster holding its words

    def __init__(self, cfg: Config):
        self.cfg = cfg

    def organisations(self) -> set[str]:
        """Speaker names that are organisations or outlets, not persons: the
        configured and world organisations, the outlets, and the states and
        institutions that speak through their bodies (``states.STATE_BODIES``:
        "White House", "Poland", "Japanese government")."""
        from pipeline.states import STATE_BODIES

        return (set(with_world(self.cfg.quotes.organisation_aliases)) | set(self.cfg.clean.outlets)
                | set(STATE_BODIES))

    def fingerprint(self, docs: list[Document], keys: dict[str, str] | None = None) -> str:
        """Changes whenever the alignment could. ``keys``: each document's last
        stage key, which stands for its quotes as the document stages left
        them (as in the export's fingerprint), so a light shell's stored quotes
        need not be read; a document without one is hashed by its quotes."""
        from pipeline import lexicon

        h = hashlib.sha256(f"{self.version}|{self.cfg.section_hash('align')}|{sorted(self.organisations())}|"
                           f"{sorted(with_world(self.cfg.quotes.organisation_aliases).items())}|"
                           f"{sorted(self.cfg.quotes.speaker_aliases)}|{self.cfg.target_language}|"
                           f"{lexicon.fingerprint()}".encode())
        for d in docs:
            if not d.quotes:
                continue
            key = (keys or {}).get(d.doc_id)
            if key is not None:
                h.update(f"{d.doc_id}|{key}|{d.date}|{d.publisher}|{d.ok}\n".encode())
                continue
            if d.is_light:
                raise StageError(f"{d.path}: a light shell needs its stage key")
            for q in d.quotes:
                h.update(f"{q.quote_id}|{q.speaker}|{q.translation}|{q.back_translation}|{q.lang}|{q.via}|{q.context}|{d.date}|{d.publisher}|{d.ok}\n".encode())
        return h.hexdigest()

    def run(self, docs: list[Document], previous: dict[str, str],
            read: Reader | None = None) -> tuple[list[Cluster], dict[str, Any]]:
        """Cluster the documents' quotes; ``read``: the full quotes of light
        shells (``full_quotes``), whose ``QuoteResult``s take the results."""
        from pipeline.align.clusters import align_quotes, diff_clusters

        from pipeline.align.speakers import unify_speakers

        quotes = [q for d in docs if d.ok for q in d.quotes]
        known = set(self.cfg.quotes.speaker_aliases) | self.organisations()
        for original, spelling in unify_speakers(quotes, self.cfg.target_language, known).items():
            log.info("speaker %r is spelled %r, as in %s articles", original, spelling, self.cfg.target_language)
        dates = {d.doc_id: d.date for d in docs}
        publishers = {d.doc_id: d.publisher for d in docs}

        ok = [d for d in docs if d.ok]

        def full() -> Iterator[Quote]:
            """The full quotes in the order of ``quotes``, with their speakers as unified there."""
            stand_in = iter(quotes)
            for _, got in full_quotes(ok, read):
                for q in got:
                    r = next(stand_in)
                    if r is not q:
                        if r.quote_id != q.quote_id:
                            raise StageError(f"stored quotes of {r.doc_id} do not match the run's; run again with --force")
                        # the shell's strings, not the copies just read: the features keep them
                        q.quote_id, q.doc_id, q.lang, q.speaker = r.quote_id, r.doc_id, r.lang, r.speaker
                    yield q

        light = any(d.is_light for d in ok)
        clusters = align_quotes(quotes, dates, self.cfg.align, previous or None, self.organisations(),
                                with_world(self.cfg.quotes.organisation_aliases), publishers, self.cfg.clean.outlets,
                                read=full if light else None)
        return clusters, diff_clusters(clusters, previous)


# documents (light shells) -> their full quotes by document id (``Runner.read_quotes``)
Reader = Callable[[list[Document]], dict[str, list[Quote]]]


def full_quotes(docs: list[Document], read: Reader | None,
                chunk: int = 256) -> Iterator[tuple[Document, list[Quote]]]:
    """Each document of ``docs`` that has quotes, in order, with its full
    quotes: its own, or for a light shell (``Document.is_light``) those that
    ``read`` gives back, read ``chunk`` documents at a time."""
    todo = [d for d in docs if d.quotes]
    for i in range(0, len(todo), chunk):
        part = todo[i : i + chunk]
        light = [d for d in part if d.is_light]
        if light and read is None:
            raise StageError("light shells need a reader of their stored quotes")
        got = read(light) if light else {}
        for d in part:
            yield d, (got[d.doc_id] if d.is_light else d.quotes)


def quote_rows(docs: list[Document]) -> Iterator[str]:
    """Each quote's alignment result as one JSON array, in document order:
    [quote_id, cluster_id, relation, drift, speaker, note] (the speaker as
    spelled in target-language articles, as the other quotes of the same
    words name it, or as the run titles an official its article leaves
    unnamed; the note only in those last two cases, else null)."""
    from pipeline.align.records import FROM_RELAYS
    from pipeline.align.titled import TITLED

    for d in docs:
        for q in d.quotes:
            note = q.speaker_note if q.speaker_note and q.speaker_note.startswith((FROM_RELAYS, TITLED)) else None
            yield json.dumps([q.quote_id, q.cluster_id, q.relation, q.drift, q.speaker, note], ensure_ascii=False)


def store_pieces(docs: list[Document], clusters: list[Cluster]) -> Iterator[bytes]:
    """The stored result, UTF-8 JSON, in pieces: ``{"clusters": [...],
    "quotes": [row, ...]}`` (rows: ``quote_rows``). Made afresh on each call
    (``StateStore.set_meta_pieces`` reads it twice, to size the record and to
    fill it), so neither the whole record nor a dict or list per quote is
    ever held. The runner reads it back with ``json.loads``."""
    yield b'{"clusters":['
    for i, c in enumerate(clusters):
        yield (("," if i else "") + json.dumps(asdict(c), ensure_ascii=False)).encode()
    yield b'],"quotes":['
    for i, row in enumerate(quote_rows(docs)):
        yield (("," if i else "") + row).encode()
    yield b"]}"


def to_store(docs: list[Document], clusters: list[Cluster]) -> bytes:
    """``store_pieces`` joined: the whole stored result as one bytes value."""
    return b"".join(store_pieces(docs, clusters))


def assignment_pieces(docs: list[Document]) -> Iterator[bytes]:
    """quote_id -> cluster_id as a JSON object, as stored for the next run, in
    pieces (see ``store_pieces``)."""
    yield b"{"
    first = True
    for d in docs:
        for q in d.quotes:
            if q.cluster_id:
                yield (("" if first else ",") + json.dumps(q.quote_id) + ":" + json.dumps(q.cluster_id)).encode()
                first = False
    yield b"}"


def assignment(docs: list[Document]) -> str:
    """``assignment_pieces`` as one string."""
    return b"".join(assignment_pieces(docs)).decode()


def apply_stored(docs: list[Document], stored: dict[str, Any]) -> list[Cluster]:
    """Put a stored result (``to_store``) back on the documents' quotes (unchanged input)."""
    rows = {row[0]: row for row in stored["quotes"]}
    for d in docs:
        for q in d.quotes:
            row = rows.get(q.quote_id)
            if row is not None:
                q.cluster_id, q.relation, q.drift, q.speaker = row[1:5]
                if row[5] is not None:
                    q.speaker_note = row[5]
    return [Cluster(**c) for c in stored["clusters"]]
