"""International organisations as speakers: their English and French names and
acronyms name one speaker under its English name (pipeline/organisations.py),
and "the court", « la cour » refer back to the court named before.

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from pipeline.organisations import with_world, world_organisations

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # French capitalises only the first word of an institution's name
    ("L’Organisation mondiale de la santé a déclaré : « Le risque reste faible. »",
     "fr", ["World Health Organization"]),
    ("« Le risque reste faible », a indiqué l’OMS mardi.", "fr", ["World Health Organization"]),
    ('"The risk remains low," the WHO said on Tuesday.', "en", ["World Health Organization"]),
    # a descriptor before the name is not part of it
    ("L’ONG Human Rights Watch a demandé une enquête « sans délai ».", "fr", ["Human Rights Watch"]),
    ('"We saw no evidence," the Geneva-based IAEA said.', "en", ["International Atomic Energy Agency"]),
    # a court named again by its noun
    ('The ICJ ruled on Friday. "The order is binding," the court added.', "en", ["International Court of Justice"]),
    ("La CIJ a statué vendredi. L’ordonnance est « contraignante », a ajouté la cour.",
     "fr", ["International Court of Justice"]),
])
def test_an_organisation_by_its_name_or_acronym(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "who" and « au » are words, not acronyms: short acronyms match only as written
    ('Nobody knew who said "no deal" first.', "en", [None]),
    # a state's own security council is not the UN's
    ('Sweden’s National Security Council said the plan was "premature".', "en", ["Sweden"]),
])
def test_words_that_look_like_an_organisation(text, lang, expected):
    check(text, lang, expected)


def test_the_configured_names_come_first():
    merged = with_world({"International Criminal Court": ["the Hague court"], "Europe": ["EU"]})
    icc = merged["International Criminal Court"]
    assert icc[0] == "the Hague court" and "CPI" in icc  # configured aliases first, the table's after
    assert "European Union" not in merged  # "EU" is configured under another name
    assert {"CPI", "Cour pénale internationale"} <= set(world_organisations()["International Criminal Court"])


def test_quote_words_fold_organisation_names_but_not_short_words():
    from pipeline.align.words import NameFolder

    fold = NameFolder(with_world({}))
    assert fold("the WHO said who knows") == "the World Health Organization said who knows"
    assert fold("l'Organisation mondiale de la santé et l'OMS") == \
        "l'World Health Organization et l'World Health Organization"


@pytest.mark.parametrize("text, lang, expected", [
    # a national agency by its French name (it speaks as itself); its acronym in brackets before its
    # director's name
    ("Les « analyses génétiques » établissent l'identité des victimes, a indiqué le Comité d'enquête russe.",
     "fr", ["Investigative Committee"]),
    ("« Nous avons été informés », a déclaré le directeur du Service fédéral de sécurité (FSB) Anton Weber.",
     "fr", ["Anton Weber"]),
    ("« Nous avons été informés », a déclaré le directeur du Service fédéral de sécurité (FSS) Anton Weber.",
     "fr", ["Anton Weber"]),
    # a body's role in the possessive: the role's holder in the alias table
    ('NATO’s secretary general said the threat was "dangerous".', "en", ["Jens Stoltenberg"]),
])
def test_national_agencies_and_their_officials(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an unknown acronym after an incise verb, with its article, is the body that speaks (a body's
    # acronym takes an article, a person's name does not)
    ("Le poète Ivan Petrov est connu. « C'est l'occasion de lire Ivan Petrov », a ironisé le SBU.", "fr", ["SBU"]),
    ('"Today is a good day," said the SBU in a statement.', "en", ["SBU"]),
    # a capitalised word that is no acronym still needs no article before it, nor does a role's abbreviation
    ('"Today is a good day," said the Chairman.', "en", [None]),
    ('"Today is a good day," said the CEO.', "en", [None]),
    ("« C'est une bonne journée », a déclaré le PDG.", "fr", [None]),
    # an acronym that modifies the title after it is no subject: the title's holder speaks
    ('Ukraine’s NSDC Secretary Ivan Petrov spoke on TV. "It is nonsense," added the NSDC Secretary.', "en",
     ["Ivan Petrov"]),
])
def test_an_acronym_after_the_verb_with_its_article(text, lang, expected):
    check(text, lang, expected)
