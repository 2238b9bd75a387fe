"""Thesaurus synonyms matched pair by pair where a machine translation chose
the words (pipeline/align/words.py ``synonym_map(near=...)``, scoring.py).
Sentences are constructed for the test."""

from __future__ import annotations

import pytest

from pipeline import lexicon
from pipeline.align import words
from pipeline.align.clusters import align_quotes
from pipeline.align.words import stem, synonym_map
from pipeline.config import AlignConfig
from pipeline.data import Quote

needs_thesaurus = pytest.mark.skipif(lexicon.thesaurus("en") is None, reason="mythes-en-us not installed")


def q(qid: str, doc: str, text: str, lang: str = "en", translation: str | None = None) -> Quote:
    return Quote(quote_id=qid, doc_id=doc, lang=lang, text=text, start=0, end=len(text),
                 speaker="Vladimir Putin", via=[],
                 translation=translation if translation is not None else (text if lang == "en" else None))


def together(quotes: list[Quote], a: str, b: str) -> bool:
    clusters = align_quotes(quotes, {x.doc_id: "2024-01-10" for x in quotes}, AlignConfig())
    where = {m: c.cluster_id for c in clusters for m in c.members}
    return where[a] == where[b]


@needs_thesaurus
def test_a_one_way_thesaurus_pair_is_kept_as_a_near_pair_not_folded():
    surface = {stem(w): w for w in ("genuine", "sincere", "make", "work")}
    near: dict[str, set[str]] = {}
    syn = synonym_map(surface, near=near)
    assert syn.get(stem("genuine"), stem("genuine")) != syn.get(stem("sincere"), stem("sincere"))
    assert stem("sincere") in near.get(stem("genuine"), ())
    # the most common words have many senses: not matched pair by pair
    assert stem("work") not in near.get(stem("make"), ())


@needs_thesaurus
def test_a_translation_matches_an_english_quote_through_a_synonym():
    en = q("en", "d1", "genuine desire")
    fr = q("fr", "d2", "souhait sincère", lang="fr", translation="sincere wish")
    assert together([en, fr], "en", "fr")


@needs_thesaurus
def test_two_english_quotes_in_other_words_stay_apart():
    # relays of one English text keep its words: a synonym there is a paraphrase
    assert not together([q("en", "d1", "genuine desire"), q("en2", "d3", "sincere wish")], "en", "en2")


@needs_thesaurus
def test_without_near_pairs_the_translation_stays_apart(monkeypatch):
    monkeypatch.setattr(words, "NEAR_ZIPF", 0.0)
    en = q("en", "d1", "genuine desire")
    fr = q("fr", "d2", "souhait sincère", lang="fr", translation="sincere wish")
    assert not together([en, fr], "en", "fr")
