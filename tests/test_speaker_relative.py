"""A relative clause right after a quote is about the quoted words: its verb
and subject are not the speaker, the incise that ends the sentence is.

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    ('Anna Weber met the press. "We have found the car" that local police have said carried the bomb, '
     'she said.', "en", ["Anna Weber"]),
    ("Anna Weber a rencontré la presse. « Nous avons trouvé la voiture » qui, selon la police locale, "
     "transportait la bombe, a-t-elle précisé.", "fr", ["Anna Weber"]),
    # no incise after the relative clause: its subject is no speaker of the quote either way
    ('"We have found the car," Anna Weber said, which the police confirmed.', "en", ["Anna Weber"]),
])
def test_a_relative_clause_after_the_quote(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the name after a verb with an "à"/"to" complement is who was told, never the speaker
    ("Samedi, sur une radio suisse, Weber appelait l’Ukraine à « avoir du courage ».", "fr", [None]),
    ("Samedi, Anna Weber appelait l’Ukraine à « avoir du courage ».", "fr", ["Anna Weber"]),
    # ... an inverted subject after the quote still speaks
    ("« Nous négocierons », a déclaré l’Ukraine à la presse.", "fr", ["Ukraine"]),
])
def test_the_object_of_a_verb_of_calling(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a subject pronoun after a second comma opens a clause: no apposition of the first name
    ("Jan Kroll a parlé mardi. Interrogé sur le point de savoir si la Suède, la Norvège et la Finlande "
     "étaient d’accord, il a répondu : « Je pense que oui. »", "fr", ["Jan Kroll"]),
    # "les États-Unis" is plural: never "il"
    ("Jan Kroll a parlé mardi. Quand on lui a demandé si les États-Unis étaient d’accord, il a répondu : "
     "« Je pense que oui. »", "fr", ["Jan Kroll"]),
])
def test_a_clause_after_a_list_of_states(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a verb after the quote inside a relative clause does not report it
    ("Assurant que la Suède est « prête à négocier » au conflit qu’elle a lancé en 2022.", "fr", [None]),
    # "the unnamed official" is never someone named: the body of the last unnamed official
    ('A senior Swedish official spoke after the Nordic Summit Meeting. Trade was "the biggest issue," '
     'the unnamed official said.', "en", ["Sweden"]),
    ('Anna Weber spoke after the summit. Trade was "the biggest issue," the anonymous official said.',
     "en", [None]),
])
def test_relative_verbs_and_unnamed_officials(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a pronoun opening a relative clause on a speech is the one whose speech it is, not
    # the speaker of the sentence before
    ("Le ministre Anton Weber a parlé lundi.\nLa Suède a répondu au pape Paul Girard, en réaction à une "
     "interview de Paul Girard dans laquelle il lui demandait d'avoir « le courage de négocier ».", "fr",
     ["Paul Girard"]),
    ('Anton Weber spoke on Monday.\nSweden reacted sharply to a speech by Paul Girard in which he urged '
     'it to have "the courage to negotiate".', "en", ["Paul Girard"]),
    # "an interview by X" names the interviewer: the pronoun is left to the sentences before
    ('Anton Weber spoke on Monday.\nSweden reacted to an interview by Paul Girard in which he said "never".',
     "en", ["Anton Weber"]),
])
def test_a_relative_clause_on_a_speech(text, lang, expected):
    check(text, lang, expected)
