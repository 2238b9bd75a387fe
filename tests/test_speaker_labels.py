"""Capitalised words that name no speaker: the label of a section made of
common words, and a place or a medium after a preposition. Short sentences
written for these tests."""

from __future__ import annotations

import pytest

from pipeline.lexicon import adjective, common_word

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # a section label before a dash or a colon is no speaker
    # the quotation after a label: the subject of the section's first sentence, when it reports speech
    ('2. The Budget Quarrel – "Pay Your Share"\nIvan Petrovsky said the plan was fair.', "en", ["Ivan Petrovsky"]),
    ('2. The Budget Quarrel – "Pay Your Share"\nIvan Petrovsky pressed the council to pay more.', "en", [None]),
    ('Harvest Dispute: "We Will Not Pay"\nThe talks went on.', "en", [None]),
    ("Colère Paysanne : « Nous ne paierons pas »\nLes discussions ont continué.", "fr", [None]),
    # a known name in the label only modifies its head noun
    ('3. The Kim Factor – "No Deal Today"\nThe talks went on.', "en", [None]),
    # a name or a title before the colon is a speaker's label, kept
    ('Ivan Petrovsky: "We will not pay."', "en", ["Ivan Petrovsky"]),
    ('Kim Quote: "We are ready to talk."', "en", ["Kim Jong Un"]),
])
def test_section_labels(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a platform or a building after a preposition of place is not the subject
    ('Ivan Petrovsky posted a message on Mirror Square accusing the mayor of "lying".', "en",
     ["Ivan Petrovsky"]),
    ("Ivan Petrovski a publié un message sur Miroir Social accusant le maire de « mentir ».", "fr",
     ["Ivan Petrovski"]),
    # a direction from a place
    ('The two delegations met at a farm south of Green Harbor. "We agreed on the plan," the official said.',
     "en", [None]),
    ('The two delegations met at a farm near Green Harbor. "We agreed on the plan," the official said.',
     "en", [None]),
    # past an article and adjectives ("in an extraordinary ... session")
    ('The mayor was "rude" on Friday in an extraordinary Green Hall session, then called it off.', "en", [None]),
    # ... the preposition opening the sentence too
    ('On the historic Mirror Square, the mayor called the plan "rude".', "en", [None]),
    ('In an extraordinary Green Hall session, the mayor called the plan "rude".', "en", [None]),
    ("Dans une immense Salle Verte, le maire a jugé le plan « grossier ».", "fr", [None]),
])
def test_places_and_media(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "on" and "at" as a verb's particle govern its object, no place: the name stays
    # a name, and its surname later takes it
    ('Olga Novak called on Ivan Petrovsky to resign. Petrovsky said the plan was "not needed".', "en",
     ["Ivan Petrovsky"]),
    ('Olga Novak is relying on Ivan Petrovsky. Petrovsky said the plan was "not needed".', "en", ["Ivan Petrovsky"]),
    ('Olga Novak looked at Ivan Petrovsky and smiled. Petrovsky said the plan was "not needed".', "en",
     ["Ivan Petrovsky"]),
    ('Olga Novak lashed out at Ivan Petrovsky. Petrovsky said the plan was "not needed".', "en", ["Ivan Petrovsky"]),
    # after other verbs (and "call at": a visit) "on" and "at" still govern a place, which no
    # lone word later stands for
    ('Olga Novak spoke at Green Harbor. Harbor said the plan was "not needed".', "en", ["Harbor"]),
    ('Olga Novak called at Green Harbor. Harbor said the plan was "not needed".', "en", ["Harbor"]),
    ('Olga Novak relied on Green Harbor. Harbor said the plan was "not needed".', "en", ["Green Harbor"]),
])
def test_particles_govern_no_place(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


def test_adjectives() -> None:
    assert adjective("extraordinary", "en") and adjective("extraordinaire", "fr")
    assert not adjective("interview", "en") and not adjective("meeting", "en")


def test_common_words() -> None:
    assert common_word("Clash", "en") and common_word("talks", "en") and common_word("dispute", "fr")
    # a headword whose only sense is a person's name is no common word
    assert not common_word("Putin", "en") and not common_word("Zelensky", "en")


@pytest.mark.parametrize("text, lang, expected", [
    # a quote alone after a sentence whose quote is attributed: the subject of that
    # sentence's "that" clause is what the speaker says, not someone who speaks
    ('\u201cIt will be hard to work like this,\u201d Ivan Petrovsky told Olga Novak, suggesting that '
     'Novak lacked money.\n\n\u201cYou have to be more grateful, because you have no leverage now.\u201d\n\n'
     'The talks ended.', "en", ["Ivan Petrovsky", "Ivan Petrovsky"]),
    # a clause of someone else's still stops it
    ('\u201cIt will be hard to work like this,\u201d Ivan Petrovsky said, while Olga Novak promised to pay.'
     '\n\n\u201cYou have to be more grateful, because you have no leverage now.\u201d', "en",
     ["Ivan Petrovsky", None]),
])
def test_alone_after_an_attributed_sentence(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a short clause and a comma introduce a quotation that is a sentence of its own
    ('Ivan Petrovsky pressed the mayor. Olga Novak shot back, "No deals with a thief," '
     'making it clear she would not sign.', "en", ["Olga Novak"]),
    ('Ivan Petrovsky interrupted, "You are playing with fire."', "en", ["Ivan Petrovsky"]),
    # a noun phrase in apposition after the comma is no quotation of the subject's words
    ('Ivan Petrovsky studied the plan, a "provocation" in his view.', "en", [None]),
    # a quotation that goes on in its sentence is not introduced by the clause
    ('Ivan Petrovsky read the sign, "Keep Out", and the crowd left.', "en", [None]),
])
def test_introduced_with_a_comma(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a lone surname before a connective set off by commas and a reporting verb is a name
    ('Olga Novak asked for more. Petrovsky, however, said the plan was "not needed".', "en", ["Petrovsky"]),
    ("Olga Novak a insisté. Petrovski, toutefois, a jugé le plan « inutile ».", "fr", ["Petrovski"]),
])
def test_surname_before_a_connective(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # before a colon, the last of coordinated clauses introduces the quotation
    ('Olga Novak tried to answer, but Ivan Petrovsky quickly interjected: "You are not winning."', "en",
     ["Ivan Petrovsky"]),
    ("Olga Novak a voulu répondre, mais Ivan Petrovski l'a coupée : « Vous ne gagnez pas. »", "fr",
     ["Ivan Petrovski"]),
    # one clause: its subject
    ('Ivan Petrovsky met Olga Novak and was clear: "We will not pay."', "en", ["Ivan Petrovsky"]),
])
def test_last_clause_before_a_colon(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a source cue before a colon introduces the quotation of the next paragraph
    ("Le maire a parlé longtemps. Selon Olga Novak, de la radio locale :\n« Le maire voulait signer l'accord. »",
     "fr", ["Olga Novak"]),
    ('According to Olga Novak of City Radio:\n"The mayor wanted to sign the deal."', "en", ["Olga Novak"]),
])
def test_source_cue_before_a_colon(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)
