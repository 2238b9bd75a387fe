"""Quotes of the very same words join one cluster even when their articles name
different speakers or none (pipeline/align/wordings.py). Sentences are
constructed for the tests."""

from __future__ import annotations

from pipeline.align.clusters import align_quotes
from pipeline.config import AlignConfig
from pipeline.data import Quote

CFG = AlignConfig()
WORDS = "the courage to lower the harbour flag and to talk"


def q(qid: str, doc: str, text: str, speaker: str | None = None, lang: str = "en",
      translation: str | None = None, day: str = "2024-03-10") -> tuple[Quote, str]:
    return Quote(quote_id=qid, doc_id=doc, lang=lang, text=text, start=0, end=len(text), speaker=speaker,
                 translation=translation or text), day


def aligned(rows: list[tuple[Quote, str]]) -> dict[str, Quote]:
    quotes = [x for x, _ in rows]
    align_quotes(quotes, {x.doc_id: day for x, day in rows}, CFG)
    return {x.quote_id: x for x in quotes}


def test_the_same_words_join_although_another_speaker_is_named():
    # a third article gives the words to the minister who repeated them
    got = aligned([q("a", "d1", WORDS, "Anna Berg"), q("b", "d2", WORDS, "Anna Berg"),
                   q("c", "d3", WORDS, "Piet Mol")])
    assert got["a"].cluster_id == got["b"].cluster_id == got["c"].cluster_id
    assert got["c"].speaker == "Piet Mol"  # the quote keeps what its article says


def test_a_translation_that_reads_word_for_word_joins_the_original():
    got = aligned([q("a", "d1", WORDS, "Anna Berg"), q("b", "d2", WORDS, "Anna Berg"),
                   q("c", "d3", "le courage de baisser le drapeau du port et de parler", "Piet Mol",
                     lang="fr", translation=WORDS)])
    assert got["c"].cluster_id == got["a"].cluster_id


def test_two_persons_keep_a_two_word_phrase_apart():
    # two leaders may both call for a "harbour truce"
    got = aligned([q("a", "d1", "harbour truce", "Anna Berg"), q("b", "d2", "harbour truce", "Anna Berg"),
                   q("c", "d3", "harbour truce", "Piet Mol")])
    assert got["a"].cluster_id == got["b"].cluster_id
    assert got["c"].cluster_id != got["a"].cluster_id


def test_one_content_word_is_no_wording_of_its_own():
    got = aligned([q("a", "d1", "the beginning", "Anna Berg"), q("b", "d2", "the beginning", "Anna Berg"),
                   q("c", "d3", "the beginning", "Piet Mol")])
    assert got["c"].cluster_id != got["a"].cluster_id


def test_words_said_months_later_stay_apart():
    got = aligned([q("a", "d1", WORDS, "Anna Berg"), q("b", "d2", WORDS, "Anna Berg"),
                   q("c", "d3", WORDS, "Piet Mol", day="2024-07-01")])
    assert got["c"].cluster_id != got["a"].cluster_id


def test_two_bodies_keep_even_long_stock_wording_apart():
    words = "the launch is a clear violation of several security council resolutions"
    quotes = [q("a", "d1", words, "Harbour Ministry"), q("b", "d2", words, "Harbour Ministry"),
              q("c", "d3", words, "River Council")]
    align_quotes([x for x, _ in quotes], {x.doc_id: day for x, day in quotes}, CFG,
                 organisations=["Harbour Ministry", "River Council"])
    got = {x.quote_id: x for x, _ in quotes}
    assert got["c"].cluster_id != got["a"].cluster_id
