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


@pytest.mark.parametrize("text, lang, expected", [
    # "elle" with nobody before it is no man named after it
    ("« Il faut agir », a estimé l'agence dans un rapport. « Les tirs doivent cesser », a-t-elle insisté. "
     "Le président ukrainien Paul Durand a réagi plus tard.", "fr", [None, None]),
    ("« Nous partirons », a-t-elle dit. La ministre Anna Berg a déclaré hier que tout allait bien.", "fr",
     ["Anna Berg"]),
    # a noun phrase after a comma right before the verb is the subject, not the name before the comma
    ("A mission is “on its way” to the plant in southern Ruritania, the head of the organization said.", "en",
     [None]),
    # ... while a name with a stray comma before its apposition keeps it
    ("“We will stay,” Paul Durand, the head of the agency said.", "en", ["Paul Durand"]),
    # a title closing a title-case headline before its verb is no name ("Agency Chief")
    ("Plant Will Get 'Continued Presence', Agency Chief Says\n\nThe team arrived on Thursday.", "en", [None]),
    ("Plant Will Get 'Continued Presence', Agency Chief Paul Durand Says\n\nHe spoke.", "en", ["Paul Durand"]),
])
def test_who_a_pronoun_or_a_noun_phrase_is(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # cases a review found, each now given no speaker or the right one
    ("Les propos de Paul Durand ont été rapportés par l'agence Tass : « Nous ne céderons pas. »", "fr",
     ["Paul Durand"]),  # an outlet relaying is no agent of speech
    ("Moscou a présenté le texte comme le démenti de Marc Lenoir, jugeant la rumeur « absurde ».", "fr",
     ["Russia"]),  # « comme le démenti de »: a noun, no verb
    ("Comme l'a rappelé Anna Berg, la France « ne cédera pas ».", "fr", ["Anna Berg"]),
    ('Paul Durand has "botched" the withdrawal, his critics charged.', "en", [None]),
    ("Le Kremlin a ainsi « instrumentalisé » le gaz, déplorent les Européens.", "fr", [None]),
    ("« Nous tiendrons », a déclaré Paul Durand. Avant de rapporter les mots d'un soldat : « J'ai peur. »",
     "fr", ["Paul Durand", None]),
    ('Anna Berg paid tribute to Paul Durand, whose last words were "do not give up".', "en", [None]),
    # a negated "reacted" speaks no words (not the ministry)
    ('Paul Durand spoke on Friday. The ministry has not reacted.\n"These are our lands."', "en", [None]),
])
def test_what_the_new_constructions_leave_alone(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a state's possessive for the article: "Ruritania's president" is "the Ruritanian president"
    ("The blast was not an “intentional attack”, Poland’s president said on Wednesday.\n\n"
     "President Jan Nowak said that the missile was not aimed at the village.", "en", ["Jan Nowak"]),
    ("The blast was “an accident”, Poland's prime minister said.", "en", [None]),
    # « le porte-parole adjoint de X, Y »: the spokesman, named after the comma, not X
    ("« Tout tir est contraire aux résolutions », a souligné le porte-parole adjoint de M. Paul Durand, "
     "Marc Lenoir, dans un communiqué.", "fr", ["Marc Lenoir"]),
    # a name and its verb after a comma are a clause, no apposition of the name before the comma
    ("In a visit to the Space Agency (NSA), Paul Durand commended the scientists, referring to the launch as an "
     "“eye-opening event.”", "en", ["Paul Durand"]),
    ('"We will see," Anna Berg, Paul Durand\'s spokeswoman, said.', "en", ["Anna Berg"]),
    # the words a reply answers are another's; a reply after a colon is the subject's
    ("Poland's Foreign Minister responds to the calls for \"white flag\": \"Our flag is blue\"\n\n"
     "Poland’s Foreign Minister Marc Lenoir has responded to the call.", "en", [None, "Marc Lenoir"]),
    ('Asked about the talks, Anna Berg replied to reporters: "We will see."', "en", ["Anna Berg"]),
])
def test_descriptions_and_clauses_around_names(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # cases a review found, each keeping the reader's speaker
    ("Kharkiv Mayor Ihor Petrenko said the city was hit.\n\nKyiv's mayor wrote on Telegram: "
     "\"Explosions in the centre.\"", "en", [None]),  # a capital's possessive is the city's
    ("Selon l'avocat de Jean Martin, Paul Durand « a menti aux enquêteurs » pendant des mois.", "fr", [None]),
    ('Russian President Paul Durand, Marc Lenoir added, told reporters that the West was "playing with fire."',
     "en", ["Paul Durand"]),  # an incise between a subject and its verb
    ('Asked about the missile, Paul Durand replied to reporters, "It is unlikely."', "en", ["Paul Durand"]),
    ('Paul Durand responded to the question by saying "no decision has been made."', "en", ["Paul Durand"]),
    ("Paul Durand a répondu aux journalistes que la France « ne tolérera aucune escalade ».", "fr",
     ["Paul Durand"]),
])
def test_what_the_descriptions_and_replies_leave_alone(text, lang, expected):
    check(text, lang, expected)
