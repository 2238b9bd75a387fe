"""Subjects that name the speaker indirectly (demonstratives of the last one
named, the French press's names of an office by its residence, unnamed
sources of a state, a name inside a phrase a preposition governs past its
titles, a pronoun after a sentence whose main clause and a complement
quote two people), and a clause joined after a quote that is no incise of it.

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # « ce dernier », « cette dernière », "the latter": the last person named, not the subject
    ("Ivan Petrov a rencontré Olga Novak lundi. Cette dernière a jugé les discussions « utiles ».",
     "fr", ["Olga Novak"]),
    ("Olga Novak a reçu Ivan Petrov lundi. Ce dernier a jugé les discussions « utiles ».",
     "fr", ["Ivan Petrov"]),
    ('Ivan Petrov met Olga Novak on Monday. The latter said the talks were "useful".', "en", ["Olga Novak"]),
    # « celle-ci » goes to the last person the text shows to be a woman
    ("Mme Olga Novak a rencontré Ivan Petrov lundi. Celle-ci a jugé les discussions « utiles ».",
     "fr", ["Olga Novak"]),
    # a role description last named stands for the one it names
    ("Dmitri Peskov a parlé mardi. « Nous devrons parler de la guerre », a prévenu le porte-parole du "
     "Kremlin. Celui-ci a néanmoins noté qu'« un certain nombre de pays restent calmes ».",
     "fr", ["Dmitry Peskov", "Dmitry Peskov"]),
    # nobody named before: no speaker
    ("Celui-ci a noté qu'« un certain nombre de pays restent calmes ».", "fr", [None]),
])
def test_demonstratives_of_the_last_one_named(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "le locataire de Matignon" is the prime minister named before, "de l'Élysée" the president
    ("Le Premier ministre, Paul Durand, a affirmé qu'« on ne peut rien exclure ». Et le locataire de "
     "Matignon d'ajouter : « On ne peut pas accepter cela ».", "fr", ["Paul Durand", "Paul Durand"]),
    ("Le président Ivan Petrov a dit qu'« on ne peut rien exclure ». Et le locataire de l'Élysée "
     "d'ajouter : « On ne peut pas accepter cela ».", "fr", ["Ivan Petrov", "Ivan Petrov"]),
])
def test_office_named_by_its_residence(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # unnamed sources of a state speak for it
    ('British defence sources said the move would trigger a "major escalation".', "en", ["United Kingdom"]),
    ('A US source said the move was "a mistake".', "en", ["United States"]),
    ("Des sources françaises ont jugé la décision « dangereuse ».", "fr", ["France"]),
    # "sources" of something else are no speaker
    ('Russian energy sources are "vital", Ivan Petrov said.', "en", ["Ivan Petrov"]),
])
def test_sources_of_a_state(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the preposition governs the name past its titles: someone else speaks for him
    ('A spokesperson for British Prime Minister Paul Smith said there was "no plan".', "en", [None]),
    ('A spokesman for the British Prime Minister Paul Smith said there was "no plan".', "en", [None]),
    # a title's own complement is no preposition of the name
    ('Chair of the Foreign Affairs Committee Paul Smith said Moscow sent "a loud message".', "en", ["Paul Smith"]),
    ('Prime Minister Paul Smith said there was "no plan".', "en", ["Paul Smith"]),
])
def test_name_governed_past_its_titles(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the person of the main clause's incise, not the one a complement quotes
    ("L'alliance n'enverra pas de troupes, a dit mardi Paul Durand, au lendemain des "
     "déclarations du président Ivan Petrov selon lequel « rien n'est exclu ».\n\n« Il n'y aura pas de "
     "soldats », a-t-il dit devant des journalistes.", "fr", ["Ivan Petrov", "Paul Durand"]),
    # the same person in both: unchanged
    ("La Russie ne menace personne, a affirmé Ivan Petrov, qui a qualifié l'accord d'« historique ». "
     "« Nous sommes prêts », a-t-il dit.", "fr", ["Ivan Petrov", "Ivan Petrov"]),
])
def test_pronoun_after_an_incise_and_a_quoted_complement(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a clause joined after the rest of the sentence and a comma has its own subject
    ('The ministry has no plan for a "large-scale deployment" in the region, and Olga Novak said Madrid '
     'also disagrees.', "en", [None]),
    ("Le ministère n'a aucun projet de « déploiement massif » dans la région, et Olga Novak a dit que "
     "Madrid n'était pas d'accord.", "fr", [None]),
    # an incise after the quote still reports it
    ('"We are ready," Ivan Petrov said, and Olga Novak agreed.', "en", ["Ivan Petrov"]),
])
def test_a_coordinated_clause_after_a_comma_is_no_incise(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a demonstrative description whose genitive complement names another person refers back:
    # the complement owns the role, it does not hold it
    ("Le chef de la délégation, Ivan Petrov, a parlé à la presse. « Nous en avons pris note », a déclaré "
     "ce conseiller du président russe.", "fr", ["Ivan Petrov"]),
    # ... and a pronoun after it goes to the same one, not to the president
    ("Le chef de la délégation, Ivan Petrov, a parlé à la presse. « Nous en avons pris note », a déclaré "
     "ce conseiller du président russe. « Un échange aura lieu », a-t-il annoncé.", "fr",
     ["Ivan Petrov", "Ivan Petrov"]),
    # a name after the title, with no genitive between them, still holds it
    ("« Nous en avons pris note », a déclaré le porte-parole du Kremlin, Dmitri Peskov.", "fr",
     ["Dmitry Peskov"]),
])
def test_a_genitive_complement_owns_the_role(text, lang, expected):
    check(text, lang, expected)



@pytest.mark.parametrize("text, lang, expected", [
    # a name, then a description of the same person: a pronoun after them is that person's
    ('Kaja Tamm spoke to reporters on Monday. The Estonian prime minister condemned Russia. "It is a rogue '
     'regime," she said.', "en", ["Kaja Tamm"]),
    ("Kaja Tamm a parlé lundi. La Première ministre estonienne a dénoncé la Russie. « C'est un régime voyou », "
     "a-t-elle dit.", "fr", ["Kaja Tamm"]),
])
def test_a_pronoun_after_a_name_and_its_description(text, lang, expected):
    check(text, lang, expected)
