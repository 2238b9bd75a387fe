"""A body named again by its noun alone, a role whose body is an acronym, an
absolute "with" phrase holding an apposition, a verb joined by a comma to a
clause of its own, and the name a quotation runs on from.

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # the embassy named before speaks again as "the embassy", « l'ambassade »
    ('Sweden’s embassy in Oslo condemned the move. The embassy said the vote "breaks the accord".',
     "en", ["Sweden"]),
    ("L’ambassade de Suède à Oslo a critiqué le vote. L’ambassade a déclaré qu’il « rompt l’accord ».",
     "fr", ["Sweden"]),
    # ... as does a presidency or a government named with its state
    ("Le gouvernement suédois a réagi. La présidence a déclaré que c’était « inacceptable ».",
     "fr", ["Sweden"]),
    # "the authorities" may be anyone's: no body is assumed
    ('Sweden’s embassy in Oslo condemned the move. The authorities said it was "unfortunate".',
     "en", [None]),
])
def test_a_body_named_again_by_its_noun(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an acronym before the role names the body: "the NSDC secretary" is a role description
    ('NSDC Secretary Anna Weber spoke on Monday. "This is nonsense," added the NSDC Secretary.',
     "en", ["Anna Weber"]),
])
def test_a_role_in_a_body_named_by_its_acronym(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "with X, <apposition>, describing": X, not the body inside the apposition
    ('The bridge in Norway collapsed, with Anna Weber, the UN envoy, describing it as a "disaster."',
     "en", ["Anna Weber"]),
    ('The bridge collapsed, with Anna Weber, UN Secretary-General, calling it a "disaster."',
     "en", ["Anna Weber"]),
    ('The bridge collapsed, with Anna Weber calling it a "disaster."', "en", ["Anna Weber"]),
])
def test_an_absolute_phrase_with_an_apposition(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a headline's second verb after a comma shares the first one's subject, not its object
    ('Tom Baker visits Norway on anniversary, declares "Oslo stands"', "en", ["Tom Baker"]),
    ('Tom Baker visited Norway on Monday, declared "Oslo stands" and left.', "en", ["Tom Baker"]),
    # an apposition before the comma is no clause: its name is the subject
    ('Tom Baker, the Norwegian envoy, said "no".', "en", ["Tom Baker"]),
    # a fronted adverbial before the comma leaves the subject after it
    ('In Oslo on Monday, Tom Baker said "yes".', "en", ["Tom Baker"]),
])
def test_a_verb_joined_by_a_comma(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the name a quotation runs on from is what the words are about; the description
    # after the verb is the speaker named before, and "il" after it too
    ("Jean Morel a parlé mardi. « Nous refusons cela », a dit M. Morel. Paul Girard « veut la guerre », "
     "a ajouté le chef d'Etat. « Il a besoin d'une armée », a-t-il ajouté.",
     "fr", ["Jean Morel", "Jean Morel", "Jean Morel"]),
    ('Tom Baker spoke on Tuesday. "We refuse this," Mr. Baker said. Paul Green "wants war," the president '
     'added. "He needs an army," he added.', "en", ["Tom Baker", "Tom Baker", "Tom Baker"]),
])
def test_the_name_a_quotation_runs_on_from_is_not_its_speaker(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a former office holder is no official of that state now: the person named before
    ("Anna Weber, secrétaire générale de l'Otan, a parlé lundi. Le déploiement « est un signe de faiblesse », "
     "a observé l'ancienne Première ministre norvégienne.", "fr", ["Anna Weber"]),
    ('Anna Weber, NATO\'s chief, spoke on Monday. The move "is a sign of weakness," said the former Norwegian '
     'prime minister.', "en", ["Anna Weber"]),
])
def test_a_former_office_holder(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "UN" before a role is the body's acronym, though "un" is a French article
    ('The UN secretary general, Anna Weber, spoke first. Later the UN chief said: "We need peace."',
     "en", ["Anna Weber"]),
    # an unnamed representative of a state speaks for it, as an unnamed spokesperson does
    ('A Norwegian representative to the United Nations called the reports "groundless rumours".',
     "en", ["Norway"]),
    ("Un représentant norvégien a qualifié ces informations de « rumeurs sans fondement ».", "fr", ["Norway"]),
])
def test_an_acronym_body_and_an_unnamed_representative(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a plural pronoun standing for two coordinated parties: their joint words have no single speaker
    ("La Norvège et la Suède se sont rapprochées. Elles qualifient leur relation de « sans limite ».", "fr", [None]),
    ('Norway and Sweden have grown closer. They called their relationship "without limits".', "en", [None]),
    ("Jean Morel et Paul Girard se sont vus lundi. Ils ont défendu un nouvel « ordre international ».", "fr", [None]),
    # a plural pronoun for one group is no pair ("Ils" after a quote someone else reports)
    ("Les ministres suédois sont arrivés. Ils ont salué un « succès », a dit Jean Morel.", "fr", ["Jean Morel"]),
])
def test_a_plural_pronoun_for_two_parties(text, lang, expected):
    check(text, lang, expected)


def test_an_adverbial_in_commas_is_no_apposition():
    # « de son côté » set off by commas between the auxiliary and the participle
    check("Jean Morel a, de son côté, apprécié les « relations étroites entre les deux armées ».", "fr",
          ["Jean Morel"])
    # an apposition after the object still stops the clause's subject
    check('Tom Baker studied the plan, a "provocation".', "en", [None])


@pytest.mark.parametrize("text, lang, expected", [
    # a long clause after a comma goes on narrating: the clause's subject still speaks
    ("Jean Morel n’a rien changé, décrivant le conflit comme né de « menaces à notre sécurité » et "
     "affirmant qu’il fallait que le pays cède, se désarme et change de gouvernement.", "fr", ["Jean Morel"]),
    # a short tag clause after the comma may say whose view it is
    ('Tom Baker wants "mutual terms", diplomats believe.', "en", [None]),
    ("Jean Morel a « salué les troupes » durant le défilé, mais n'a pas parlé, selon l'agence officielle KCNA.",
     "fr", ["KCNA"]),
])
def test_what_follows_a_comma_after_the_quote(text, lang, expected):
    check(text, lang, expected)


def test_an_agency_that_relays_the_sentence_before_does_not_speak_the_next_paragraph():
    check("Tom Baker spoke on Saturday.\n\nNorway's foreign ministry said the call was a request to the allies, "
          "Italy's ANSA news agency reported.\n\n'The way I see it, the allies must admit they were wrong.'",
          "en", ["Norway"])


@pytest.mark.parametrize("text, lang, expected", [
    # a pronoun later in a sentence whose subject is a person's speech stands for that person
    ("« Nous restons calmes », a dit Jean Morel.\n\nL'allocution de Paul Girard marque une escalade contre les "
     "voisins, qu'il a accusés de vouloir « détruire » le pays.", "fr", ["Jean Morel", "Paul Girard"]),
    ('"We stay calm," Tom Baker said.\n\nThe speech by Paul Green, in which he accused the neighbours of '
     '"blackmail", was long.', "en", ["Tom Baker", "Paul Green"]),
])
def test_the_speaker_of_a_speech_that_opens_the_sentence(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an expert named once, then by profession
    ("Pour Anna Weber, experte de la Norvège, ce choix risque de « coûter cher ». Au micro de la BBC, la "
     "chercheuse estime que « le pays subit une forte pression ».", "fr", ["Anna Weber", "Anna Weber"]),
    ('Jane Roe, a researcher at a London institute, has studied Norway for years. "It is a gamble," the analyst '
     'said.', "en", ["Jane Roe"]),
])
def test_an_expert_named_again_by_profession(text, lang, expected):
    check(text, lang, expected)


def test_a_role_before_a_place_is_no_title_of_the_place():
    # « depuis Moscou » places the speaker: the description is no title of Moscow
    check("Pyongyang restera aux côtés de la Norvège jusqu'à sa « victoire », a assuré vendredi la cheffe de la "
          "diplomatie nord-coréenne depuis Moscou.", "fr", [None])


def test_a_source_cue_before_a_titled_name_gives_the_pronoun_after_it():
    check("Oslo a cherché à calmer le jeu. Selon le porte-parole du gouvernement Jean Morel, l'apport de ces armes "
          "est surévalué. « Il s'agit d'une erreur, a-t-il affirmé. Nous le répétons. »", "fr",
          ["Jean Morel", "Jean Morel"])  # (the clause ends its sentence: two quotations)


def test_a_name_alone_is_no_clause_for_a_pronoun():
    # a stray full stop leaves a name as a sentence of its own: it has no subject to stand for
    check("« Nous ne sommes pas des vassaux », a déclaré Jean Morel lors d'une conférence avec le Premier ministre "
          "norvégien. Anna Weber.\n\n>> En savoir plus : Les retombées de la visite\n\n« La France soutient le statu "
          "quo », a-t-il déclaré.", "fr", ["Jean Morel", "Jean Morel"])


def test_a_name_across_which_a_bridge_runs_is_a_place():
    # "across the Kerch Strait": a place, never the speaker a pronoun stands for
    check('Reports of a fire on the bridge across the Vardo Strait spread fast.\n\n"This is the beginning," he said.',
          "en", [None])


@pytest.mark.parametrize("text, lang, expected", [
    # the charge a warrant names, quoted: the words of the body that issues it
    ("La Cour pénale internationale (CPI) a émis un mandat d'arrêt contre Karl Blum pour le crime de guerre de "
     "« déportation illégale » d'enfants.", "fr", ["International Criminal Court"]),
    ("Karl Blum est visé par un mandat d'arrêt émis par la Cour pénale internationale pour « crimes de guerre ».",
     "fr", ["International Criminal Court"]),
    ('The International Criminal Court issued an arrest warrant for Karl Blum for the war crime of "unlawful '
     'deportation" of children.', "en", ["International Criminal Court"]),
    # a warrant with no charge in marks right after it: nothing to say
    ('Karl Blum called the arrest warrant issued by the court "null and void".', "en", ["Karl Blum"]),
])
def test_a_warrant_charge_is_the_issuer_s(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an official of what only a state keeps (security, intelligence) speaks for the state
    ("« Des milliers » de soldats y participent, a déclaré un haut responsable de la sécurité ukrainienne.",
     "fr", ["Ukraine"]),
    ("L'opération « continue », selon un responsable du renseignement militaire russe.", "fr", ["Russia"]),
    # not an official of the opposition, nor of a company
    ("L'opération « continue », selon un représentant de l'opposition russe.", "fr", [None]),
    # a field of policy of a union is no body of a state
    ("L'opération « continue », selon un responsable de la sécurité européenne.", "fr", [None]),
    # a state named after an elided article, and the Union named by its city
    ("L'Allemagne, de son côté, a appelé Moscou à « ne pas punir les plus pauvres ».", "fr", ["Germany"]),
    ("L'Iran a dénoncé « une décision regrettable ».", "fr", ["Iran"]),
    ("Bruxelles a, en effet, fermement condamné « une décision cynique ».", "fr", ["European Union"]),
    ('Brussels condemned "a cynical decision".', "en", ["European Union"]),
])
def test_states_and_their_officials(text, lang, expected):
    check(text, lang, expected)
