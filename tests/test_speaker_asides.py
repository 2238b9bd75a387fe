"""Speakers past an aside between the verb of speech and the quote: a relative
clause set off by commas ('X said Putin, who has vowed revenge, "..."'), a
participle whose agent is a list ("X, joined by A, B and C, said"); a plural
subject right before the verb ("where the two leaders said"), which no one named
before it is; and the verbs of speech each language's list has in the other's
("denied" / « nié »).

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # a relative clause in commas describes the noun; the verb before it reports the words
    ('Anna Berg said President Paul Durand, who has vowed revenge, "stayed silent for a day."', "en",
     ["Anna Berg"]),
    ("La ministre Anna Berg a dit que le président Paul Durand, qui a promis de se venger, « est resté muet ».",
     "fr", ["Anna Berg"]),
    ('Anna Berg said Paul Durand, who spoke on Monday, was "deeply worried."', "en", ["Anna Berg"]),
    # a participle whose agent is a list stands between the subject and its verb
    ('Prime Minister Anna Berg, joined by President Paul Durand, Chancellor Marc Lenoir and Prime Minister '
     'Jan Kowal, said on Friday that "the offer is unacceptable."', "en", ["Anna Berg"]),
    ("La Première ministre Anna Berg, accompagnée du président Paul Durand, du chancelier Marc Lenoir et de "
     "Jan Kowal, a déclaré vendredi que « l'offre est inacceptable ».", "fr", ["Anna Berg"]),
    # verbs of speech the other language's list has (a state or a body: no person's clause to fall back on)
    ("Moscou a nié « catégoriquement » les accusations.", "fr", ["Russia"]),
    ("Le gouvernement polonais s'est plaint de « pressions ».", "fr", ["Poland"]),
    ('The Kremlin deplored the "senseless violence" of the attack.', "en", ["Kremlin"]),
    ('Russia considers the vote "illegitimate."\n\nMoscow reaffirmed that the talks were "over."', "en",
     ["Russia", "Russia"]),
    # a plural subject of two right before the verb: no one named before it speaks alone
    ('President Paul Durand thanked Chancellor Anna Berg on Thursday, where the two leaders reaffirmed a '
     '"no-limits" partnership.', "en", [None]),
    ("Le président Paul Durand a reçu Anna Berg jeudi, et les deux dirigeants ont salué une amitié « sans "
     "limites ».", "fr", [None]),
    ('President Paul Durand met the two leaders and said the talks were "useful".', "en", ["Paul Durand"]),
])
def test_speaker_past_an_aside(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a relative clause that gives the words itself, with nothing between its verb and the comma
    ('Spokesman Paul Durand, who told reporters, "we are ready."', "en", ["Paul Durand"]),
    # a relative clause that does not close before the quote is the clause of the words
    ('Anna Berg met Paul Durand, who told reporters that the talks had "failed."', "en", ["Paul Durand"]),
    # no list after the participle: the apposition stays as it was
    ('Asked whether Paul Durand, Marc Lenoir and Jan Kowal knew, Anna Berg replied: "No."', "en", ["Anna Berg"]),
    # « nie » only as a verb: a denial in the passive names nobody
    ("Les accusations ont été niées « catégoriquement ».", "fr", [None]),
])
def test_what_the_aside_rules_leave_alone(text, lang, expected):
    check(text, lang, expected)
