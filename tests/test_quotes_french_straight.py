"""Straight double quotes set the French way, with a space inside each mark
(" laisser partir "), and titles of papers after a state's adjective. Short
sentences written for these tests."""

from __future__ import annotations

from .test_speakers import quotes_of


def texts(text: str, lang: str = "fr") -> list[str]:
    return [q.text for q in quotes_of(text, lang)]


def test_spaced_straight_quotes_before_punctuation_close():
    text = ('Interrogé sur l\'arrestation pour " espionnage " du journaliste, le président a demandé de le '
            '" laisser partir ". Le journal réclame l\'expulsion de l\'ambassadeur.')
    assert texts(text) == ["espionnage", "laisser partir"]


def test_spaced_straight_quote_before_a_comma_closes_the_quotation():
    text = ('" Expulser l\'ambassadeur serait la moindre des choses ", affirme le quotidien dans un éditorial. '
            '" Le moment choisi ressemble à une provocation ", a-t-il ajouté.')
    assert texts(text) == ["Expulser l'ambassadeur serait la moindre des choses",
                           "Le moment choisi ressemble à une provocation"]


def test_title_of_a_paper_after_a_state_adjective_is_no_quote():
    text = "Le FSB a annoncé l'arrestation du correspondant du journal américain «Wall Street Journal», Evan Gershkovich."
    assert texts(text) == []


def test_straight_quotes_before_an_ellipsis_or_a_word_still_open():
    assert texts('The minister said ". . . we will not retreat," before leaving.', "en") == [
        ". . . we will not retreat,"]
    assert texts('"Back in the ".com" days we lost everything," said Jane Smith.', "en") == [
        'Back in the ".com" days we lost everything,']
