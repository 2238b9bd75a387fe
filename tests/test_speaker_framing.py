"""How a quotation is framed tells who speaks: a sentence ending on a colon
introduces the quotation after it (and not the one before it), a verb of
naming makes the quotation its subject's judgement of someone's words, the
agent after a naming quotation ("par X", "by X") wrote it, a name and a colon
label it, a name alone after it signs it. Short sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # a colon introduces the quote after it: the sentence after ("X replied:") does not claim the one before
    ('A reporter asked Ivan Petrovsky\n\n"Would you still call the plan a failure?"\n\nIvan Petrovsky replied:\n\n'
     '"Yes, it is. It failed."', "en", [None, "Ivan Petrovsky"]),
    ('Olga Novak said the talks went well.\n\n"We made progress."\n\nIvan Petrovsky said on Friday.', "en",
     ["Ivan Petrovsky"]),
    # ... whatever its verb, its subject speaks
    ("Olga Novak a aussi fait le choix de l'apaisement :\n\n« La planète est assez grande pour nos deux pays. »",
     "fr", ["Olga Novak"]),
    ("Olga Novak a fait le choix de l'apaisement.\n\n« La planète est assez grande pour nos deux pays. »",
     "fr", [None]),
])
def test_colon_introduces_the_quote_after_it(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, expected", [
    # the owned words' noun is the object of a verb of naming: the subject judges them
    ("Olga Novak called Ivan Petrovsky's remarks \"absolutely wrong\" on Monday.", ["Olga Novak"]),
    ("Ruritania denounced Ivan Petrovsky's remarks as an \"irresponsible ploy\".", ["Ruritania"]),
    # not an object: the owner's words
    ("Ruritania rejected Ivan Petrovsky's \"reckless\" remarks on Monday.", ["Ivan Petrovsky"]),
    ("Olga Novak criticised Ivan Petrovsky's claim that \"we are winning\".", ["Ivan Petrovsky"]),
    # a headline in title case: the owner of the words' noun after the quotation
    ("Ruritania Disapproves of Ivan Petrovsky’s “Tyrant” Label for Its Leader\n\nThe government said it was upset.",
     ["Ivan Petrovsky"]),
])
def test_naming_the_owned_words(text: str, expected: list) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the agent after what the words call something wrote them
    ("La rencontre a été qualifiée de « vrais progrès » par Ivan Petrovski, selon la presse.", "fr",
     ["Ivan Petrovski"]),
    ("La Ruritanie a jugé la description de son président Ivan Petrovski comme un « tyran » par son homologue "
     "Olga Novak « erronée ».", "fr", ["Olga Novak", "Ruritanie"]),
    ("La Ruritanie critique la qualification de « tyran » donnée à Olga Novak par Ivan Petrovski\n\n"
     "La Ruritanie a vivement critiqué les propos.", "fr", ["Ivan Petrovski"]),
    ('The talks were described as "a real step" by Ivan Petrovsky on Friday.', "en", ["Ivan Petrovsky"]),
    # "par" not an agent's: the sentence's own speaker
    ("Olga Novak a qualifié l'accord de « percée » par téléphone.", "fr", ["Olga Novak"]),
    ('Ivan Petrovsky said the "plan" by Olga Novak would fail.', "en", ["Ivan Petrovsky"]),
    # the addressee "pour l'AFP" between the verb and its inverted subject
    ("« La Ruritanie reste ouverte aux affaires », observe pour l'AFP Olga Novak, chercheuse.", "fr",
     ["Olga Novak"]),
])
def test_agent_and_addressee(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a name and a colon label the quotation, whatever pronoun follows
    ('Olga Novak and Ivan Petrovsky met on Monday.\n\n• Olga Novak: "The earth is big enough," she told him.\n'
     '• Ivan Petrovsky: "We must avoid conflict," he said, per the BBC.', "en", ["Olga Novak", "Ivan Petrovsky"]),
    # a name alone after the quotation signs its paragraph
    ('Talks went well.\n\n"We must avoid conflict." Ivan Petrovsky\n\nThe two men then had lunch.', "en",
     ["Ivan Petrovsky"]),
    ("Les discussions ont été bonnes.\n\n« Nous devons éviter le conflit. » Ivan Petrovski\n\n"
     "Les deux hommes ont déjeuné.", "fr", ["Ivan Petrovski"]),
    # a name followed by more words is no signature
    ('Talks went well.\n\n"We must avoid conflict." Ivan Petrovsky then left the room.\n\nThe two men had lunch.',
     "en", [None]),
])
def test_label_and_signature(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a headline's name before its addressee and a colon speaks
    ("Ivan Petrovski à des patrons : la Ruritanie prête à être « un partenaire »\n\n"
     "La Ruritanie est prête, a dit son président.", "fr", ["Ivan Petrovski"]),
    # a French object pronoun before a participle of saying: the clause's subject speaks
    ("Ivan Petrovski a condamné ces propos, les qualifiant de « provocation ouverte ».", "fr", ["Ivan Petrovski"]),
    ("Moscou avait alors condamné ces propos, les qualifiant de « provocation ouverte ».", "fr", ["Russia"]),
])
def test_headline_addressee_and_clitic(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)
