"""``trie_alternation`` matches what ``alternation`` matches under re.IGNORECASE,
longest form first."""

from __future__ import annotations

import re

import pytest

from pipeline.quotes.folding import alternation, trie_alternation

FORMS = ["South Korea", "South Korean", "South Sudan", "Korea", "North Korea", "US", "USA", "United States",
         "United States of America", "Sud-Coréen", "sud coreen", "Côte d'Ivoire", "UK", "Ukraine", "Ukrainian"]


@pytest.mark.parametrize("text", [
    "the South Korean foreign ministry", "officials of the United States of America said", "US officials",
    "us officials", "the USA team", "le ministère sud-coréen", "le ministère sud  coreen", "Cote d'Ivoire",
    "south-korea's envoy", "UKRAINIAN forces", "the UK and Ukraine", "nothing here",
])
def test_trie_matches_like_the_plain_alternation(text):
    plain = re.compile(rf"(?<![\w'-])(?:{alternation(FORMS)})(?![\w-])", re.IGNORECASE)
    trie = re.compile(rf"(?<![\w'-])(?:{trie_alternation(FORMS)})(?![\w-])", re.IGNORECASE)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_trie_of_nothing_matches_nothing():
    assert re.search(trie_alternation([]), "anything") is None
