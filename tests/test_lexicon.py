"""The language resources behind alignment, read for real from the Debian
packages that bootstrap.sh installs (mythes-en-us, mythes-fr,
dict-freedict-fra-eng) and from simplemma and wordfreq."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pipeline import lexicon
from pipeline.align.words import stem, synonym_map

needs_debian = pytest.mark.skipif(
    not (Path("/usr/share/mythes/th_en_US_v2.idx").is_file()
         and Path("/usr/share/dictd/freedict-fra-eng.index").is_file()),
    reason="Debian packages mythes-en-us and dict-freedict-fra-eng not installed (run bootstrap.sh as root)",
)


@pytest.mark.parametrize("word,lang,expected", [
    ("went", "en", "go"), ("discussions", "en", "discussion"), ("violated", "en", "violate"),
    ("violerons", "fr", "violer"), ("opportunités", "fr", "opportunité"),
])
def test_lemmas(word, lang, expected):
    assert lexicon.lemma(word, lang) == expected


def test_rare_words_weigh_more_than_everyday_ones():
    assert lexicon.information("trilateral") > lexicon.information("cooperation") > lexicon.information("country")
    assert lexicon.information("Xq7zz") == 2.0  # unknown: a name or a number, rare


@needs_debian
def test_english_thesaurus_gives_single_word_synonyms_of_the_common_senses():
    assert {"disturbing", "worrying"} <= lexicon.synonyms("troubling")
    assert "happy" in lexicon.synonyms("glad")
    assert "menace" in lexicon.synonyms("threaten")
    assert not any(" " in w for w in lexicon.synonyms("talk"))


@needs_debian
def test_french_thesaurus():
    assert "occasion" in lexicon.synonyms("opportunité", "fr")


@needs_debian
def test_french_english_dictionary_reads_inflected_words_through_their_lemma():
    assert "threaten" in lexicon.translations("menaçons")
    assert "violate" in lexicon.translations("violer")
    assert lexicon.translations("menaçons", "de") == ()
    # a first-group past participle the lemmatiser leaves alone is read as its infinitive
    assert "damage" in lexicon.translations("endommagé")
    assert lexicon.translations("tranchées") == ()  # a noun's plural the lemmatiser knows, no participle


@needs_debian
def test_synonyms_of_a_run_form_stars_not_chains():
    words = ["troubling", "disturbing", "worrying", "happy", "glad", "cooperation"]
    surface = {stem(w): w for w in words}
    syn = synonym_map(surface)
    canon = {w: syn.get(stem(w), stem(w)) for w in words}
    assert canon["troubling"] == canon["disturbing"] == canon["worrying"]
    assert canon["glad"] == canon["happy"] != canon["troubling"]
    assert canon["cooperation"] == stem("cooperation")
    # every mapped stem points at a canonical stem that is not itself mapped
    assert all(v not in syn for v in syn.values())


def test_a_missing_resource_is_reported_once_and_matching_goes_on(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("NEWSQUOTE_MYTHES_DIR", str(tmp_path))
    monkeypatch.setenv("NEWSQUOTE_DICTD_DIR", str(tmp_path))
    lexicon.thesaurus.cache_clear()
    lexicon.fr_en_dictionary.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="pipeline.lexicon"):
            assert lexicon.synonyms("troubling") == frozenset()
            assert lexicon.synonyms("glad") == frozenset()
            assert lexicon.translations("menaçons") == ()
        assert sum("mythes-en-us" in r.message for r in caplog.records) == 1
        assert sum("dict-freedict-fra-eng" in r.message for r in caplog.records) == 1
        assert lexicon.available() == {"thesaurus_en": False, "thesaurus_fr": False, "dictionary_fr_en": False}
    finally:
        lexicon.thesaurus.cache_clear()
        lexicon.fr_en_dictionary.cache_clear()


@needs_debian
def test_french_thesaurus_first_sense():
    assert "intervention" in lexicon.first_sense_synonyms("immixtion", "fr")


@needs_debian
def test_a_french_word_without_cognate_or_dictionary_entry_maps_through_a_french_synonym():
    from pipeline.align.cognates import SURFACE, CognateMap, original_words

    SURFACE.clear()  # as at the start of an alignment run: earlier runs' words are not this one's
    _, stems = original_words("immixtion", "fr")  # no English cognate, not in FreeDict
    cmap = CognateMap({stem("intervention"), stem("cooperation")}, {}, stem)
    assert cmap(stems[0]) == stem("intervention")
    _, stems = original_words("menaçons", "fr")
    assert CognateMap({stem("threaten")}, {}, stem)(stems[0]) == stem("threaten")  # through FreeDict


def test_a_french_negative_in_prefix_is_read_as_english_un():
    from pipeline.align.cognates import SURFACE, CognateMap, original_words

    SURFACE.clear()
    _, stems = original_words("inacceptables", "fr")
    assert CognateMap({stem("unacceptable"), stem("accept")}, {}, stem)(stems[0]) == stem("unacceptable")


@needs_debian
def test_a_french_adverb_missing_from_the_dictionary_is_read_as_its_adjective():
    from pipeline.align.cognates import SURFACE, CognateMap, original_words

    SURFACE.clear()
    _, stems = original_words("fermement", "fr")  # FreeDict lists "ferme" (firm), not the adverb
    assert CognateMap({stem("firmly"), stem("oppose")}, {}, stem)(stems[0]) == stem("firmly")


@needs_debian
def test_a_lowercase_headword_is_not_read_as_its_capitalised_namesake():
    # mythes-fr has "Monde" (the universe) and "monde" (people) as two entries
    assert "foule" in lexicon.synonyms("monde", "fr") or "gens" in lexicon.synonyms("monde", "fr")


def test_the_resources_read_are_part_of_the_align_fingerprint(tmp_path, monkeypatch):
    before = lexicon.fingerprint()
    monkeypatch.setenv("NEWSQUOTE_MYTHES_DIR", str(tmp_path))
    lexicon.fingerprint.cache_clear()
    try:
        assert lexicon.fingerprint() != before or not Path("/usr/share/mythes").is_dir()
        assert "simplemma=" in lexicon.fingerprint()
    finally:
        lexicon.fingerprint.cache_clear()


@needs_debian
def test_an_adjective_sense_similar_to_one_adjective_gives_a_synonym():
    # WordNet satellites: "friendly" has a sense that is only "similar to" amicable;
    # a sense listing many similar terms gives none of them
    assert "amicable" in lexicon.synonyms("friendly", "en")
    assert "chummy" not in lexicon.synonyms("friendly", "en")


@needs_debian
def test_a_synonym_without_an_entry_of_its_own_joins_one_way():
    # the thesaurus lists "amicable" under "friendly" but has no entry for "amicable"
    from pipeline import lexicon

    assert "amicable" in lexicon.synonyms("friendly") and not lexicon.synonyms("amicable")
    surface = {stem(w): w for w in ("friendly", "amicable", "talk")}
    syn = synonym_map(surface)
    assert syn.get(stem("friendly"), stem("friendly")) == syn.get(stem("amicable"), stem("amicable"))
