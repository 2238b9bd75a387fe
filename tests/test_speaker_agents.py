"""Subjects a reporting verb finds past what stands between: a clause of time in
commas between an incise's verb and its subject put after it, and the agent of
a verb in the passive, who speaks rather than the one described.

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    ("Le ministre a été remplacé.\n\n« Il continuera à travailler dans ce domaine », a indiqué, aussitôt après "
     "la parution du décret signé par le président Paul Durand, le porte-parole du gouvernement, Marc Lenoir.",
     "fr", ["Marc Lenoir"]),
    ("« Nous verrons », a déclaré, après la réunion avec Paul Durand, le ministre Marc Lenoir.", "fr", ["Marc Lenoir"]),
    ('"We will see," said, after the talks with Paul Durand, Foreign Minister Anna Berg.', "en", ["Anna Berg"]),
    # a clause that is no clause of time is no gap to skip ("a dit, selon Le Monde, ..." is a source)
    ("« Nous verrons », a dit, dans la soirée du vote qui a duré deux heures.", "fr", [None]),
])
def test_a_clause_of_time_between_the_verb_and_its_subject(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    ("Le nouveau ministre Marc Lenoir est décrit par l'Élysée comme un homme « d'innovation ».", "fr", ["Elysée"]),
    ("Marc Lenoir a été qualifié par Paul Durand de « faucon ».", "fr", ["Paul Durand"]),
    ('The plan was described by Anna Berg as "dangerous".', "en", ["Anna Berg"]),
    # an active describing verb keeps its subject
    ('Anna Berg described the plan as "dangerous".', "en", ["Anna Berg"]),
])
def test_the_agent_of_a_passive_speaks(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a quoted participle after its auxiliary, and a predicate quotation after its subject's article
    ("Le Canada a ainsi « regretté » le choix du président.", "fr", ["Canada"]),
    ("La réunion est finie.\n\nLa France « regrette » le choix du président.", "fr", ["France"]),
    ('The talks ended. NATO has "regretted" the choice.', "en", ["NATO"]),
    # ... but not a noun phrase after "a" ("has a clear position" is no participle)
    ("Le Canada a « une position claire ».", "fr", [None]),
    # « comme le souligne X », « comme l'a rappelé X »
    ("La prison « sert à garder les détenus », comme le souligne Anna Berg.", "fr", ["Anna Berg"]),
    ("Le traité « est mort », comme l'a rappelé Marc Lenoir.", "fr", ["Marc Lenoir"]),
    # « Avant d'ajouter : » with no clause of its own goes on with the speaker before
    ("Marc Lenoir a parlé du drapeau. Avant d'ajouter, en référence à la guerre : « nous ne partirons pas ».",
     "fr", ["Marc Lenoir"]),
    ("Marc Lenoir a parlé. Avant de partir, Anna Berg a dit : « nous verrons ».", "fr", ["Anna Berg"]),
    # paying tribute is speaking; reacting is, in the sentence before a quotation alone
    ("Paul Durand paid tribute to the soldiers who \"fight heroically\".", "en", ["Paul Durand"]),
    ("Paul Durand reacted on Telegram.\n\n\"We will respond.\"", "en", ["Paul Durand"]),
])
def test_predicates_and_constructions_of_speech(text, lang, expected):
    check(text, lang, expected)
