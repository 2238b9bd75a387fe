"""Speakers the layout of an article gives: a long quotation cut off by the
end of the text that opens its paragraph after "X said ...", and a headline's
"'...': X on Y".

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # the paragraph before reports what someone said: the cut quotation goes on with his words
    ('Anton Weber said the new rules would apply from Monday.\n\n"We are talking about a limited change, '
     'that is only firms that already export will be', "en", ["Anton Weber"]),
    ("Anton Weber a déclaré que les règles s’appliqueraient lundi.\n\n« Il s’agit d’un changement limité, "
     "seules les entreprises qui exportent déjà seront", "fr", ["Anton Weber"]),
    # a speech noun is no report of words: nobody is assumed
    ('Anton Weber gave a long speech on Monday.\n\n"We are talking about a limited change, that is only '
     'firms that already export will be', "en", [None]),
])
def test_a_cut_quotation_after_reported_speech(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    ("'No deal until there is a deal': Anna Weber on talks with Jon Kroll\n\nThe talks ended on Friday.",
     "en", ["Anna Weber"]),
    ("« Pas de trêve » : Anna Weber sur ses discussions avec Jon Kroll\n\nLes discussions ont pris fin vendredi.",
     "fr", ["Anna Weber"]),
])
def test_a_headline_quote_then_its_speaker_on_a_topic(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a verb whose subject names nobody ("When asked"), then the colon of the speaker's clause
    ('When asked if talks would follow, Anna Weber was blunt: "They will not take place."', "en", ["Anna Weber"]),
    # ... but someone unnamed speaking is no one to look further for
    ('Anna Weber left early. "They will not take place," a woman said.', "en", [None]),
])
def test_a_verb_without_a_subject_leaves_the_text_around(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a source cue before a possessive and a judgement: its owner
    ('Ambassador Anna Weber spoke on Monday. According to Weber’s assessment, the choice was a "final refusal".',
     "en", ["Anna Weber"]),
    ('Anna Weber spoke on Monday. According to her assessment, the choice was a "final refusal".',
     "en", ["Anna Weber"]),
    ("La livraison n’est pas une « menace », a affirmé Anna Weber. Elle s’inscrit, selon ses dires, "
     "dans « un engagement de nombreux pays ».", "fr", ["Anna Weber", "Anna Weber"]),
    # a director named again by the title
    ("Le directeur de l’agence, Anna Weber, a parlé lundi. « La coopération se poursuit », a déclaré le directeur.",
     "fr", ["Anna Weber"]),
])
def test_a_source_cue_before_a_possessive_and_a_director(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a group named by a common noun, someone unnamed, a paper named as a title: the text around
    # the quote is not asked for a speaker
    ('Critics praised Anna Weber. Social media users in China too praised the minister for "daring" to talk.',
     "en", [None]),
    ("Anna Weber a parlé. « Rien à voir », a-t-elle déclaré. « Le pire est arrivé », estime un militaire.",
     "fr", ["Anna Weber", None]),
    ("Pour la Suède, ces propos sont « le fruit d’une réflexion », estime le « Daily Planet », un quotidien.",
     "fr", [None]),
])
def test_a_verb_whose_subject_is_someone_unnamed(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an incise after a comma closes the sentence past a subordinate word ("after") in between
    ('After the vote, "this absolute nobody Kroll" stayed silent instead of looking after his voters, '
     'Anna Weber said.', "en", ["Anna Weber"]),
    # ... not a verb of the subordinate clause itself
    ("« Nous ne céderons pas » après que Jan Kroll a annoncé la réforme.", "fr", [None]),
    # a named possessive, the quotation and a speech noun after it
    ('No new summit is planned, Anna Weber’s "next time in Oslo" quip aside.', "en", ["Anna Weber"]),
])
def test_closing_incises_and_quips(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "Pour X, ..." opening a headline gives X's view in X's words, whatever the clause's subject
    ("Pour Karl Blum, la Chine n'est pas un « partenaire fiable »\n\nLe sénateur s'est exprimé lundi.", "fr",
     ["Karl Blum"]),
    ("For Karl Blum, China is not a 'reliable partner'\n\nThe senator spoke on Monday.", "en", ["Karl Blum"]),
    # a headline with no such opening keeps its subject
    ("La Chine n'est pas un « partenaire fiable »\n\nLe sénateur Karl Blum s'est exprimé lundi.", "fr",
     ["China"]),
])
def test_a_headline_that_opens_with_whose_view_it_is(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a title-case headline's verb of speech in -s ends the name before it ...
    ("Karl Blum Says Talks 'Productive'\n\nThe talks ended on Friday.", "en", ["Karl Blum"]),
    ("Karl Blum Warns Of 'Grave Consequences'\n\nThe talks ended on Friday.", "en", ["Karl Blum"]),
    # ... and opens none after a role description, which the body then names
    ("Russia Defense Chief Says North Korean Army 'Strongest in the World'\n\nOn a visit to Pyongyang, Russian "
     "Defense Minister Karl Blum described the army as the strongest.", "en", ["Karl Blum"]),
])
def test_title_case_headline_verbs(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a chief by a portfolio is the one the article titles with a role of that portfolio
    ("Russian defense chief says North Korean army 'strongest in the world'\n\nOn a visit to Pyongyang, "
     "Russian Defense Minister Karl Blum described the army as the strongest.", "en", ["Karl Blum"]),
    # ... not one of another portfolio
    ("Russian defense chief says North Korean army 'strongest in the world'\n\nOn a visit to Pyongyang, "
     "Russian Foreign Minister Karl Blum described the army as the strongest.", "en", [None]),
])
def test_a_chief_by_portfolio(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # (review) "Pour X, Y : « … »": Y's words, addressed to X
    ("Pour Karl Blum, Anna Schulz a un message : « Reviens »\n\nLe texte suit.", "fr", ["Anna Schulz"]),
    ("For Karl Blum, Anna Schulz: 'You betrayed us'\n\nThe text follows.", "en", ["Anna Schulz"]),
    # a surname that is also a verb of speech stays in the name; the last such word is the verb
    ("Tom Hails Says Deal 'Done'\n\nTom Hails, a trade envoy, spoke on Monday.", "en", ["Tom Hails"]),
    # a body's chief is the one the body's titles call its head
    ("UN Chief Says Gaza 'Catastrophe' Worsening\n\nUN Secretary-General Karl Blum said on Monday the situation "
     "was dire.", "en", ["Karl Blum"]),
])
def test_headline_review_cases(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "For X, Y's …" / « Pour X, … de Y … »: a possessive or a complement is no clause subject; X's view
    ("Anna Schulz spoke on Monday. For Schulz, Blum’s announcement “maximizes the rejection” of the plan.", "en",
     ["Anna Schulz"]),
    ("Pour Anna Schulz, cette décision de Karl Blum risque de lui « coûter cher ».", "fr", ["Anna Schulz"]),
])
def test_a_view_whose_clause_names_another(text, lang, expected):
    check(text, lang, expected)
