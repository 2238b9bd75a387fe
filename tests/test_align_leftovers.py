"""Words a machine translation left in French ("the inévitabilité of a war")
are matched to English words by spelling, as the original's words are, not
read as English words of their own.

Every quote here is a short sentence written for these tests.
"""

from __future__ import annotations

from pipeline.align.clusters import align_quotes
from pipeline.align.similarity import _leftovers

from .test_align import CFG, q, same_day, together


def test_leftovers_are_the_original_words_english_does_not_use():
    content = ["inevitabilite", "direct", "clash", "advient", "war"]
    original = ["si", "cela", "advient", "inevitabilite", "affrontement", "direct", "guerre"]
    got = _leftovers(content, original)
    # "direct" is in both languages, "clash" and "war" are the engine's English
    assert [i for i, _ in got] == [0, 3]
    assert _leftovers(["war", "clash"], original) is None


def test_an_untranslated_word_matches_its_english_cognate():
    en = q("en", "reuters", "the inevitability of a war")
    fr = q("fr", "lemonde", "l'inévitabilité d'une guerre", lang="fr", translation="the inévitabilité of a war")
    clusters = align_quotes([en, fr], same_day([en, fr]), CFG)
    assert together(clusters, "en", "fr")


def test_untranslated_words_of_a_long_quote_count_as_shared():
    en = q("en", "reuters", "They should cherish and nurture these hard-won relations", speaker="Ivan Petrov")
    fr = q("fr", "lemonde", "Ils devraient chérir et cultiver ces relations durement gagnées", lang="fr",
           translation="They would have to chérir and cultivate these relations duramente won", speaker="Ivan Petrov")
    clusters = align_quotes([en, fr], same_day([en, fr]), CFG)
    assert together(clusters, "en", "fr")


def test_an_untranslated_word_with_no_cognate_links_nothing():
    en = q("en", "reuters", "the advice of a friend")
    fr = q("fr", "lemonde", "si cela advient d'un ami", lang="fr", translation="if this advient of a friend")
    clusters = align_quotes([en, fr], same_day([en, fr]), CFG)
    assert not together(clusters, "en", "fr")


def test_a_participle_and_an_adverb_read_through_the_dictionary_link_a_short_quote():
    # « gravement endommagé »: the adverb as its adjective (grave: serious), the participle as its
    # infinitive (endommager: damage), whatever the engine made of them
    en = q("en", "reuters", "seriously damaged", speaker="Ivan Petrov")
    fr = q("fr", "lemonde", "gravement endommagé", lang="fr", translation="Gravely decayed", speaker="Ivan Petrov")
    clusters = align_quotes([en, fr], same_day([en, fr]), CFG)
    assert together(clusters, "en", "fr")
