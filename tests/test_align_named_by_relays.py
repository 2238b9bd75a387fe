"""A quote for which no speaker was found takes the speaker that the other
quotes of the same words name (pipeline/align/records._name_from_relays).
Sentences are constructed for the tests."""

from __future__ import annotations

import json
from dataclasses import replace

from pipeline.align.clusters import align_quotes
from pipeline.align.records import FROM_RELAYS
from pipeline.config import AlignConfig
from pipeline.data import Document, Quote, QuoteResult
from pipeline.stages.align import apply_stored, to_store

DAY = "2024-03-02"
CFG = AlignConfig()
LONG_EN = "The harbour bridge will reopen to lorries before the end of the winter season"
LONG_FR = "Le pont du port rouvrira aux camions avant la fin de la saison d'hiver"
LONG_MT = "The bridge of the port will reopen to the trucks before the end of the season of winter"


def q(qid: str, doc: str, text: str, speaker: str | None = None, lang: str = "en",
      translation: str | None = None) -> Quote:
    return Quote(quote_id=qid, doc_id=doc, lang=lang, text=text, start=0, end=len(text), speaker=speaker,
                 speaker_note="no reporting verb near the quote" if speaker is None else "after the quote",
                 translation=translation or text)


def documents(quotes: list[Quote]) -> list[Document]:
    """The documents of ``quotes``, each holding its own, in order of first quote."""
    docs: dict[str, Document] = {}
    for x in quotes:
        docs.setdefault(x.doc_id, Document(doc_id=x.doc_id, path=f"{x.doc_id}.txt", sha256="0")).quotes.append(x)
    return list(docs.values())


def aligned(quotes: list[Quote]) -> dict[str, Quote]:
    align_quotes(quotes, {x.doc_id: DAY for x in quotes}, CFG, organisations=["Port Authority"])
    return {x.quote_id: x for x in quotes}


def test_an_unattributed_relay_takes_the_speaker_the_other_articles_name():
    got = aligned([q("a", "d1", LONG_EN, "Anna Berg"), q("b", "d2", LONG_EN, "Anna Berg"),
                   q("c", "d3", LONG_FR, lang="fr", translation=LONG_MT)])
    assert got["c"].cluster_id == got["a"].cluster_id
    assert got["c"].speaker == "Anna Berg"
    assert got["c"].speaker_note == FROM_RELAYS + "2 other articles name Anna Berg for the same words"
    assert got["a"].speaker_note == "after the quote"  # a named quote keeps its own note


def test_a_short_phrase_keeps_no_speaker():
    # "harbour bridge": two content words, often the article's own words in marks
    got = aligned([q("a", "d1", LONG_EN, "Anna Berg"), q("b", "d2", "harbour bridge")])
    assert got["b"].speaker is None
    assert got["b"].speaker_note == "no reporting verb near the quote"


def test_two_names_in_the_cluster_give_none():
    # a person and the body she speaks for may share a cluster: which one spoke is not known
    got = aligned([q("a", "d1", LONG_EN, "Anna Berg"), q("b", "d2", LONG_EN, "Port Authority"),
                   q("c", "d3", LONG_EN)])
    assert got["a"].cluster_id == got["b"].cluster_id == got["c"].cluster_id
    assert got["c"].speaker is None


def test_the_article_itself_may_name_the_speaker_of_the_same_words_elsewhere():
    # the headline quotes the words bare, the body gives them to her with a few more
    got = aligned([q("a", "d1", LONG_EN, "Anna Berg"), q("b", "d2", LONG_EN + " this year", "Anna Berg"),
                   q("c", "d2", LONG_EN)])
    assert got["c"].cluster_id == got["a"].cluster_id
    assert got["c"].speaker == "Anna Berg"
    assert got["c"].speaker_note == FROM_RELAYS + "this article elsewhere and 1 other article name Anna Berg for the same words"
    got = aligned([q("b", "d2", LONG_EN + " this year", "Anna Berg"), q("c", "d2", LONG_EN)])
    assert got["c"].speaker_note == FROM_RELAYS + "this article elsewhere names Anna Berg for the same words"


def test_the_stored_result_keeps_the_note_of_a_named_quote():
    quotes = [q("a", "d1", LONG_EN, "Anna Berg"), q("b", "d2", LONG_FR, lang="fr", translation=LONG_MT)]
    fresh = [replace(x) for x in quotes]
    clusters = align_quotes(quotes, {"d1": DAY, "d2": DAY}, CFG)
    docs = documents(quotes)
    stored = json.loads(to_store(docs, clusters))
    assert [row[5] for row in stored["quotes"]] == [None, quotes[1].speaker_note]
    # read back onto the quotes of the next run (as the quotes stage gave them)
    for doc in docs:
        doc.quotes = [x for x in fresh if x.doc_id == doc.doc_id]
    apply_stored(docs, stored)
    assert fresh[1].speaker == "Anna Berg" and fresh[1].speaker_note.startswith(FROM_RELAYS)
    assert fresh[0].speaker_note == "after the quote"


def test_a_light_shell_carries_the_note_to_the_full_quote():
    shell = QuoteResult("b", "d2", "fr", speaker=None)
    full = q("b", "d2", LONG_FR, lang="fr", translation=LONG_MT)
    shell.apply(full)
    assert full.speaker_note == "no reporting verb near the quote"  # nothing decided: the note stays
    shell.speaker, shell.speaker_note = "Anna Berg", FROM_RELAYS + "1 other article names Anna Berg for the same words"
    shell.apply(full)
    assert full.speaker == "Anna Berg" and full.speaker_note == shell.speaker_note


def test_a_clause_of_two_content_words_takes_the_speaker():
    # four words or more with two content words ("is ready for peace") are a clause of
    # someone's, not a term in marks
    got = aligned([q("a", "d1", LONG_EN + " and it is ready for peace", "Anna Berg"),
                   q("b", "d2", "it is ready for peace")])
    assert got["b"].cluster_id == got["a"].cluster_id
    assert got["b"].speaker == "Anna Berg"
    # ... while three words with two of them content words stay a term
    got = aligned([q("a", "d1", LONG_EN + " and it is ready for peace", "Anna Berg"),
                   q("b", "d2", "ready for peace")])
    assert got["b"].cluster_id == got["a"].cluster_id
    assert got["b"].speaker is None


def test_the_same_words_again_in_the_article_take_its_speaker_however_short():
    # a subheading repeats one word that the body quotes from her: the same words in the same
    # article are hers, though one word from another article would not be
    got = aligned([q("a", "d1", LONG_EN, "Anna Berg"), q("b", "d2", "Reopen"), q("c", "d2", "reopen", "Anna Berg")])
    assert got["b"].cluster_id == got["c"].cluster_id
    assert got["b"].speaker == "Anna Berg"
    assert got["b"].speaker_note == FROM_RELAYS + "this article quotes the same words from Anna Berg elsewhere"
    got = aligned([q("a", "d1", LONG_EN, "Anna Berg"), q("b", "d2", "Reopen"), q("c", "d1", "reopen", "Anna Berg")])
    assert got["b"].speaker is None
    # ... and when the article gives them to two speakers, to neither
    got = aligned([q("b", "d2", "Reopen"), q("c", "d2", "reopen", "Anna Berg"), q("d", "d2", "reopen", "Port Authority")])
    assert got["b"].speaker is None


def test_an_echo_needs_four_letters_and_one_party():
    # « Non », a répondu X ... le « non » l'avait emporté: a word that short is anyone's
    got = aligned([q("b", "d2", "non", lang="fr"), q("c", "d2", "Non", "Anna Berg", lang="fr")])
    assert got["b"].speaker is None
    # a quote the quotes stage found two parties holding stays nobody's
    two = q("b", "d2", "provocation")
    two.speaker_note = "before the quote: 'accusent' + two speakers (A and B)"
    got = aligned([two, q("c", "d2", "provocation", "Anna Berg")])
    assert got["b"].speaker is None
