"""Verbs of speech beyond "said": present forms of French verbs of other
conjugations (« conclut », « admet »), the news writer's verbs of delivery
(« rassure », « glisse »), English verbs of disclosure ("disclosed", "pointed
out"), present participles of French verbs not in -er (« décrivant »,
« disant »), and whose words a gerund reports.

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    ("« Nous avons beaucoup avancé », rassure le ministre Anton Weber.", "fr", ["Anton Weber"]),
    ("« Nous sommes prêts », conclut Anton Weber.", "fr", ["Anton Weber"]),
    ("« Rien n’est joué », glisse Anton Weber à la sortie de la réunion.", "fr", ["Anton Weber"]),
    ("« Nous avons pris du retard », admet Anton Weber.", "fr", ["Anton Weber"]),
    ("Le ministre Anton Weber espère que son homologue « trouvera le temps de venir ».", "fr", ["Anton Weber"]),
    ("Le porte-parole Anton Weber, décrivant comme « une profonde erreur » la décision du conseil.", "fr",
     ["Anton Weber"]),
    ('The visit was an "important step for both countries", Anton Weber disclosed.', "en", ["Anton Weber"]),
    ('The talks were "productive," Anton Weber pointed out.', "en", ["Anton Weber"]),
    # « mettre en avant » (to put forward) reports, as "highlighted" does; "touted" praises aloud
    ("« Le tir viole les résolutions », a mis en avant le Premier ministre Anton Weber.", "fr", ["Anton Weber"]),
    ('Anton Weber touted that he is ready to "take the fastest possible steps".', "en", ["Anton Weber"]),
    # an absolute clause after a comma, its subject named right before its participle, is nearer the
    # quotation than the main clause's verb; with no one named there, the main clause keeps it
    ("Berlin et Paris ont affirmé que la Ruritanie expédiait des armes, le ministre Anton Weber avertissant "
     "que ces liens étaient « de plus en plus dangereux ».", "fr", ["Anton Weber"]),
    ('Berlin and Paris said Ruritania was shipping arms, Foreign Minister Anton Weber warning that the ties were '
     '"increasingly dangerous".', "en", ["Anton Weber"]),
    ("Karl Blum a affirmé que la Ruritanie expédiait des armes, un texte affirmant que ces liens sont « dangereux ».",
     "fr", ["Karl Blum"]),
    # ... nor when a verb opens the clause after the comma: the name is its object
    ('Anton Weber, in turn, thanked his host Karl Blum saying Ruritania valued his "unwavering support".', "en",
     ["Anton Weber"]),
    # « les dires de X » is a noun (an infinitive takes no -s): X is whom the words confirm, not their author
    ("Le ministre Anton Weber estime que le navire a été touché « par deux missiles », confirmant les dires "
     "de Karl Blum.", "fr", ["Anton Weber"]),
    # « critiqué » after its auxiliary
    # (a body as its subject: a person's clause gives her the words anyway)
    ("L’OTAN a critiqué dimanche Moscou pour sa rhétorique nucléaire « dangereuse et irresponsable ».", "fr",
     ["NATO"]),
    # « a considéré que », a judgement given as the speaker's
    ("La diplomatie suédoise a considéré que la partie adverse « est seule responsable ».", "fr", ["Sweden"]),
])
def test_more_verbs_of_speech(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the gerund's subject is the clause's, not a noun's complement right before it
    ("Anton Weber a pris la parole. Il a répondu aux demandes de la Pologne, en disant : « Jamais ».", "fr",
     ["Anton Weber"]),
    ("Anton Weber a pris la parole. Il a répondu à la Pologne en disant : « Jamais ».", "fr", ["Anton Weber"]),
])
def test_a_gerund_reports_the_clause_subject(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "hopes" and "continues" are no verbs of speech: a noun, a verb of going on
    ('Western hopes for a "strategic defeat" of Moscow were vain.', "en", [None]),
    ('Moscow concluded a deal with Minsk on "tactical" weapons.', "en", [None]),
    # the noun « critique » (folded like the participle)
    ("La critique « très sévère » du rapport a circulé.", "fr", [None]),
    # the participle « considéré » alone describes
    ("Le pays, considéré comme « neutre », a voté.", "fr", [None]),
])
def test_words_that_are_no_verbs_of_speech(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the French narrative infinitive: « Et X de poursuivre : »
    ("Anton Weber est arrivé lundi. Et le ministre Karl Blum de poursuivre : « La crise est grave ».", "fr",
     ["Karl Blum"]),
    ("Et Karl Blum d'ajouter : « La crise est grave ».", "fr", ["Karl Blum"]),
    # an owner's participle before a noun is an adjective, not the reporting verb
    ('Anton Weber has condemned the council’s announced willingness to send tanks as an "extremely dangerous '
     'decision".', "en", ["Anton Weber"]),
])
def test_verbs_in_other_constructions(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an incise verb the lists lack, the comma after the closing mark (as British and European
    # English put it)
    ("Anton Weber did not comment on the question. “I have nothing to add on this topic”, he concluded.", "en",
     ["Anton Weber"]),
    ("Anton Weber did not comment. “I have nothing to add,” he concluded.", "en", ["Anton Weber"]),
])
def test_an_incise_after_the_closing_mark(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "as reported by <outlet>" relays the words of the one the sentence names before them
    ('Karl Blum spoke on Sunday. Blum notably mentioned: "The stronger is the one who negotiates," as reported '
     'by PAP.', "en", ["Karl Blum"]),
    ("Anton Weber a déclaré : « Nous sommes prêts », comme l'a rapporté l'AFP.", "fr", ["Anton Weber"]),
    # nobody else named: the outlet's own report
    ('"We are ready," as reported by AFP.', "en", ["AFP"]),
])
def test_as_reported_by_an_outlet(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "has spoken of", as "spoke of" and « a parlé de »: the speaker's own words
    ('Karl Blum met Anton Weber, who has spoken in the past of "red lines" in the talks.', "en", ["Anton Weber"]),
    ("Karl Blum a reçu Anton Weber, qui a parlé de « lignes rouges ».", "fr", ["Anton Weber"]),
])
def test_verbs_of_speaking_of(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an outlet after "according to" relays the words when a verb of speech before them has a subject of
    # its own that the text leaves unnamed: nobody named speaks, not the outlet
    ("The speaker of the lower house warned that such weapons could cause a “global tragedy,” according to "
     "the Associated Press.", "en", [None]),
    ("Le président de la chambre basse a averti que ces armes causeraient une « tragédie mondiale », selon l'AFP.",
     "fr", [None]),
    # a named subject speaks; with no verb of speech, the outlet's own report
    ("Anton Weber warned that such weapons could cause a “global tragedy,” according to the Associated Press.",
     "en", ["Anton Weber"]),
    ("Such weapons could cause a “global tragedy,” according to the Associated Press.", "en", ["AP"]),
])
def test_an_outlet_relays_one_it_leaves_unnamed(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a verb of judging with a pronoun object takes the quotation as its predicate: its subject's words
    ('Karl Blum considered it "highly probable" that the missile was a stray one.', "en", ["Karl Blum"]),
    ("Anton Weber found it “interesting” that the talks waited until after the vote.", "en", ["Anton Weber"]),
    ('Anton Weber thought it was "unlikely" that the missile came from the east.', "en", ["Anton Weber"]),
    # ... also when a relative pronoun is the verb's subject
    ('Karl Blum disagreed with Anton Weber, who deemed it "unlikely" that the missile came from the east.', "en",
     ["Anton Weber"]),
    ("Anton Weber trouve cela « absurde » et le dit.", "fr", ["Anton Weber"]),
    # "that" after such a verb is a conjunction, no object: the sentence's speaker is who stresses it
    ('Anna Schulz spoke on Monday. She stressed that Karl Blum believes that "the path to peace" runs through '
     'talks.', "en", ["Anna Schulz"]),
    # a personal pronoun is such an object too, and a state judges as a person does
    ("The leader refused to call a new election. Russia considers him “illegitimate,” insisting that power lies "
     "with parliament.", "en", ["Russia"]),
    ('Anna Berg found him "arrogant" and said so.', "en", ["Anna Berg"]),
    # French puts the object pronoun before the verb (a past participle agrees with it)
    ("Le dirigeant a refusé de convoquer une élection. La Russie le considère « illégitime ».", "fr", ["Russia"]),
    ("Karl Blum a rencontré Anna Berg, qui l'a trouvé « arrogant ».", "fr", ["Anna Berg"]),
    ("Anna Berg a reçu les délégués. Karl Blum les a jugés « inutiles ».", "fr", ["Karl Blum"]),
    # ... but an article before a noun is no object pronoun: « le juge » here is a judge
    ("Le juge « indépendant » a tranché, a déclaré Karl Blum.", "fr", ["Karl Blum"]),
])
def test_verbs_of_judging_with_a_pronoun_object(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "X was quoted (by an outlet) as saying": a lone surname before the passive of quoting speaks
    ("The reporter was last seen on Tuesday. “He was online yesterday for the last time,” Petrenko was quoted by "
     "a local paper as saying.", "en", ["Petrenko"]),
    ("The reporter was last seen on Tuesday. “He was online yesterday for the last time,” Petrenko was quoted as "
     "saying.", "en", ["Petrenko"]),
])
def test_a_surname_quoted_as_saying(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a verb that likens its object to what the quotation says: its subject's words
    ('In June, Karl Blum likened his rival to "dictators".', "en", ["Karl Blum"]),
    ('Karl Blum compared the plan to "a surrender".', "en", ["Karl Blum"]),
    ("En juin, Karl Blum avait déjà assimilé son rival à des « dictateurs ».", "fr", ["Karl Blum"]),
    # not in the passive, nor "compared to" with no object before it
    ('Karl Blum was compared to "a dictator" by the press.', "en", [None]),
    ('Prices compared to "normal" levels rose, Anna Schulz noted.', "en", ["Anna Schulz"]),
])
def test_verbs_of_likening(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # (review) a relative pronoun whose head is no name is such a verb's subject: nobody named, not
    # the main clause's subject
    ('Karl Blum responded to critics who likened him to "a dictator".', "en", [None]),
    ('Karl Blum ignored voters who found it "insulting".', "en", [None]),
    ("Karl Blum a répondu aux critiques qui comparent son plan à une « capitulation ».", "fr", [None]),
])
def test_a_relative_subject_that_names_nobody(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a source cue names whose words follow: a lone capitalised word that closes the cue's clause
    # is a name, even one the text names nowhere else
    ("According to Norvatom, the fire “broke out because of the shelling.”", "en", ["Norvatom"]),
    ("Selon Norvatom, le feu « s'est déclaré à cause des bombardements ».", "fr", ["Norvatom"]),
    # ... after a noun that says what it is
    ("According to the state operator Norvatom, the fire “broke out because of the shelling.”", "en",
     ["Norvatom"]),
    ("Selon l'opérateur ukrainien Norvatom, le feu « s'est déclaré à cause des bombardements ».", "fr",
     ["Norvatom"]),
    # ... not a word that runs on into more ("Article 5"), nor a lower-case complement
    ("Per Article 5, the allies “must respond.”", "en", [None]),
    ("According to the report of Monday, the fire “broke out because of the shelling.”", "en", [None]),
])
def test_a_lone_name_a_source_cue_governs(text, lang, expected):
    check(text, lang, expected)
