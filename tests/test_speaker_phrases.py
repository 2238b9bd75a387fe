"""Phrases around a quotation that name or hide its speaker: the pope and his
descriptions (by the article's date), a state's name written as an adjective,
the addressee after a verb, a noun that shares a verb's form, an apposition
before an introducing comma, and a label "Quote from X:".

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import CFG, check


def _speakers_on(text: str, lang: str, date: str | None) -> list:
    from pipeline.quotes.extract import extract_quotes
    from pipeline.stages.segment import Segment

    from .conftest import line_document

    doc = line_document(text, lang, lang)
    doc.date = date
    return [q.speaker for q in extract_quotes(Segment(CFG).process(doc), CFG.quotes, CFG.clean.outlets)]


@pytest.mark.parametrize("text, lang, date, expected", [
    # the pope's descriptions name the pope of the article's date
    ("Le souverain pontife a appelé à « négocier ».", "fr", "2024-03-10", ["Pope Francis"]),
    ("Le souverain pontife a appelé à « négocier ».", "fr", "2025-06-01", ["Pope Leo XIV"]),
    ('The pontiff said the parties should "negotiate".', "en", "2024-03-10", ["Pope Francis"]),
    ("Le pape François a jugé l'idée « courageuse ».", "fr", None, ["Pope Francis"]),
    ("L'alliance a réagi à un appel du souverain pontife à « négocier ».", "fr", "2025-06-01", ["Pope Leo XIV"]),
])
def test_the_pope_by_the_articles_date(text, lang, date, expected):
    assert _speakers_on(text, lang, date) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "la télévision suisse": an adjective, no mention of Switzerland for "il" to refer to
    ("Ivan Petrov était là. Il a parlé à la télévision suisse mardi. « Négocier est courageux », a-t-il "
     "ajouté.", "fr", ["Ivan Petrov"]),
    ("La Suisse a jugé l'idée « utile ».", "fr", ["Switzerland"]),
    # the name after a dative and a common noun is who was spoken to, not the subject
    ("En effet, l'évêque a appelé à la télévision suisse RTS à ne pas avoir « honte de négocier ».", "fr", [None]),
    ("« Rien n'est exclu », a confié au quotidien britannique The Times le ministre Ivan Petrov.", "fr",
     ["Ivan Petrov"]),
    # ... not a time phrase before a subject of its own
    ("« Lundi, je recevrai Olga Novak », a déclaré le 18 février au soir le ministre Ivan Petrov.", "fr",
     ["Ivan Petrov"]),
    # a description after "du" (de + le) is the description: the words its owner's
    ("L'alliance a réagi à un appel du souverain pontife à « négocier ».", "fr", ["Pope Francis"]),
    # the words a possessed speech noun stands for are its owner's, unless a verb names them
    ("Ivan Petrov responded to Olga Novak's suggestion that the country should show \"courage\".", "en",
     ["Olga Novak"]),
    ('Ivan Petrov rejected Olga Novak\'s call for a "truce".', "en", ["Olga Novak"]),
    ('Ivan Petrov called Olga Novak\'s proposal a "mistake".', "en", ["Ivan Petrov"]),
    # an outlet after the quote relays the person its sentence names before a colon
    ('Ivan Petrov notably mentioned: "The word negotiate embodies courage," as reported by PAP.', "en",
     ["Ivan Petrov"]),
    ('The talks went on. "The word negotiate embodies courage," PAP reported.', "en", ["PAP"]),
    # church titles are titles, French ones after an elided article too
    ('Major Archbishop Ivan Petrov told Italian media that "Ukraine is wounded".', "en", ["Ivan Petrov"]),
    ("L'archevêque Ivan Petrov a jugé la guerre « absurde ».", "fr", ["Ivan Petrov"]),
    ("L'ambassadeur Ivan Petrov a jugé la guerre « absurde ».", "fr", ["Ivan Petrov"]),
    # a verb's form after a determiner is a noun: "la demande du ministre" reports nothing
    ("Face à la demande du ministre de hisser le drapeau blanc, Ivan Petrov s'est montré intransigeant : "
     "« Notre drapeau est bleu ».", "fr", ["Ivan Petrov"]),
    # ... but a capitalised name's last word is no article ("Kim Jong Un described")
    ('Leader Ri Jong Un described the pact as their "strongest-ever treaty" that day.', "en", ["Ri Jong Un"]),
    # an apposition of the subject before a comma that introduces the quotation
    ('Ivan Petrov, the foreign minister, took to social media to assert, "Our flag is blue."', "en",
     ["Ivan Petrov"]),
    # a label of the quotation and whose words it holds
    ('Ivan Petrov spoke on Sunday.\n\nQuote from Petrov: "Our flag is blue."', "en", ["Ivan Petrov"]),
    ("Ivan Petrov a parlé.\n\nCitation d'Ivan Petrov : « Notre drapeau est bleu »", "fr", ["Ivan Petrov"]),
])
def test_phrases_around_the_quotation(text, lang, expected):
    check(text, lang, expected)


def test_a_name_written_with_a_space_where_it_had_a_hyphen_is_found_not_a_crash():
    # "Greek-Catholic" named first, "Greek Catholic" later: the same name, and no KeyError
    text = 'The Ukrainian Greek-Catholic Church met on Monday. The Greek Catholic leader said it was "useful".'
    from .test_speakers import quotes_of

    assert [q.text for q in quotes_of(text, "en")] == ["useful"]
