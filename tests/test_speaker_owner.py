"""The owner of the words' noun a quotation belongs to is its speaker, not the
subject of the sentence that reports a reaction to them: "X's "..." label",
"X's characterization of Y as a "..."". Short sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, expected", [
    # the noun right after the quotation, the possessive right before it
    ('Ruritania rejects Ivan Petrovsky’s "tyrant" label for its leader.', ["Ivan Petrovsky"]),
    ("Ruritania rejected Ivan Petrovsky's \"reckless\" remarks on Monday.", ["Ivan Petrovsky"]),
    # the noun before the quotation, with a longer complement in between
    ('Ruritania criticised Ivan Petrovsky’s characterization of its elected leader Olga Novak as a "tyrant."',
     ["Ivan Petrovsky"]),
    # no noun of words after the quotation: the sentence's own speaker
    ('Ruritania said Ivan Petrovsky\'s "plan" would fail.', ["Ruritania"]),
])
def test_owner_of_the_words_noun(text: str, expected: list) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text, lang, expected", [
    # « l'annonce par X de ... « ... » »: the announcement's agent owns its words
    ("Malgré l'annonce par Stockholm de la fin « de facto » de l'accord, Paul Girard est resté calme.", "fr",
     ["Sweden"]),
    # "X said that Y's announcement « ... »": the announcement is what the words speak of
    ("Le ministère suédois a déclaré que l'annonce de Paul Girard « augmente les tensions ».", "fr", ["Sweden"]),
    # the participle « annoncé par » (folded like the noun) names the author of a plan, not of the words
    ("Anna Weber juge le plan annoncé par Paul Girard « irréaliste ».", "fr", ["Anna Weber"]),
    # a remark, singular as plural, owns the words it is about
    ("Paul Girard a parlé hier. La remarque de Girard sur une « présentation plus complète » a surpris.", "fr",
     ["Paul Girard"]),
    # an announcement of an event names no one
    ("Après l'annonce de la mort « tragique » du pilote, la salle s'est tue.", "fr", [None]),
])
def test_an_announcement_and_its_agent(text, lang, expected):
    check(text, lang, expected)
