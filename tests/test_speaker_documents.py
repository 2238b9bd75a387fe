"""Speakers named through what they wrote or how they are referred to again:
a French infinitive a verb of will governs (« a tenu à rappeler »), a
demonstrative role description (« ce conseiller »), a body's document as
the subject (« le communiqué ajoute »), an English incise after a long
title ('," Russian diplomatic spokeswoman X launched'), and a channel's name
in marks, which is no quotation.

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # a verb of will or care governs the reporting infinitive: its subject speaks
    ("Néanmoins, Marc Lenoir, porte-parole du Conseil, a tenu à rappeler que « rien n'a changé » hier.",
     "fr", ["Marc Lenoir"]),
    ("Paul Durand, maire de la ville, a voulu souligner que « la France restera ferme ».", "fr", ["Paul Durand"]),
    # a demonstrative role description is the one named before, whatever complement follows it
    ("« Nous avons prévenu les Russes », a indiqué Paul Durand.\nCe conseiller du président a ensuite "
     "indiqué qu'il voulait « entrer dans les détails ».", "fr", ["Paul Durand", "Paul Durand"]),
    # a body's communiqué speaks for the body that issued it ...
    ("Le ministère russe de la Défense a publié un communiqué mardi.\n\nLe communiqué ajoute que l'armée « n'a "
     "frappé aucun objectif » près de la frontière.", "fr", ["Russia"]),
    # ... not a joint one, nor a state's one for the last speaker
    ("Le Kremlin et Pékin ont publié un communiqué commun.\n\nLe communiqué commun affirme que « la paix "
     "est possible ».", "fr", [None]),
    ("Paul Durand a rencontré Marc Lenoir. Le Japon a réagi.\nSur le fentanyl, le communiqué chinois "
     "mentionne un accord pour « un groupe de travail ».", "fr", [None]),
    # a group the words were for stands between the verb and its inverted subject
    ("« Nous verrons bien », a déclaré aux députés Paul Durand.", "fr", ["Paul Durand"]),
    ("« Nous estimons qu'ils l'ont touché », a indiqué à quelques journalistes le porte-parole Marc Lenoir.",
     "fr", ["Marc Lenoir"]),
    # a ministry named again by its noun is never the agency of the dateline
    ("(Belga) Le croiseur a coulé, a annoncé jeudi le ministère russe de la Défense.\n\n« Le navire a "
     "coulé », a déclaré le ministère, cité par les agences russes.", "fr", ["Russia"]),
    # « selon le communiqué » with no communiqué issued before: nobody's
    ("Le ministère russe de la Défense a parlé lundi.\n\nLe navire a coulé jeudi soir, selon des marins.\n"
     "« Le navire a perdu sa stabilité », selon le communiqué relayé par les agences.", "fr", [None]),
    # ... the owner named with the communiqué before it, not the sentence's subject; nobody's for two
    # parties; never an agency's
    ("Le Kremlin a rejeté le communiqué de l'Otan. « L'Alliance restera unie », affirme le communiqué.", "fr",
     ["NATO"]),
    ("La France et l'Allemagne ont signé un accord mardi. « Tout est prêt », précise le communiqué.", "fr", [None]),
    ("L'AFP a contacté la préfecture mardi. « Aucune faute », assure le communiqué.", "fr", [None]),
    # "il" after an official the text leaves unnamed is that official, not the speaker of a
    # clause about someone else's version in the sentence before
    ("« Nous estimons qu'ils l'ont touché », a indiqué ce haut responsable, démentant la version de Moscou "
     "qui affirme que le navire a été « gravement endommagé » par un incendie.\nLe haut responsable n'a pas "
     "confirmé les informations.\n« Nous pensons qu'il y a eu des victimes », a-t-il ajouté.", "fr",
     [None, "Russia", None]),
    # a state opening a sentence that a person's incise closes is what the words are about
    ("La Russie rejette « catégoriquement » les accusations, a déclaré lundi le porte-parole du Kremlin, "
     "Marc Lenoir.", "fr", ["Marc Lenoir"]),
    # someone's spokesman the incise leaves unnamed is nobody the sentence before names
    ("“Bucha was deliberate,” Foreign Minister Anna Berg said on Twitter.\n\n“It looks like war crimes,” "
     "President Paul Durand’s spokesman told BBC television.", "en", ["Anna Berg", None]),
    ("“We will see,” Paul Durand’s spokesman Marc Lenoir told reporters.", "en", ["Marc Lenoir"]),
    # an English incise whose verb the lists lack, after a title of several words
    ("“The president must answer the question,” Russian diplomatic spokeswoman Anna Berg launched on "
     "Telegram, referring to a statement by Paul Durand that said it would act.", "en", ["Anna Berg"]),
])
def test_documents_demonstratives_and_governed_verbs(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the items of a list a speaker's sentence introduces with a colon are what the speaker said
    ('The head of the delegation, Paul Durand, named three results of the meeting:\n\n→ in the "coming days" '
     'the two sides will exchange prisoners;\n\n→ both will "present their vision" of a ceasefire.', "en",
     ["Paul Durand", "Paul Durand"]),
    ("Paul Durand a énuméré ses priorités :\n\n- une « paix juste » ;\n\n- des « garanties ».", "fr",
     ["Paul Durand", "Paul Durand"]),
    # ... not under a heading with nobody's name, nor an item with a verb of its own
    ('Key points:\n\n- The budget is "balanced".', "en", [None]),
    ('Paul Durand listed the results:\n\n- Prices "will rise", Anna Berg said.', "en", ["Anna Berg"]),
])
def test_items_of_a_list_a_speaker_introduces(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a channel by its name is no quotation: the sentence's quote keeps its speaker, and the
    # channel's name no speaker of its own
    ("Le ministère russe de la Défense a déclaré que des responsables polonais mentent, « une provocation », "
     "rapporte la chaîne de télévision « Russia Today ».", "fr", ["Russia"]),
    ('Paul Durand told the TV channel "Rossiya 1" that the talks were "useful".', "en", ["Paul Durand"]),
    # the name of a paper or a channel after « à » is the addressee, no subject
    ("« Il faut négocier », a appelé à la télévision suisse RTS le pape François.", "fr", ["Pope Francis"]),
    # a photo credit's names are nobody "il" stands for: the person the caption shows is
    ("AFP via Getty Images Volodymyr Zelensky en visite à Boutcha, le 4 avril (Photo by Marc Lenoir/AFP "
     "via Getty Images)\n\n"
     "« Ce que vous voyez, c'est un crime », a-t-il insisté dans la rue.", "fr", ["Volodymyr Zelensky"]),
    # ... but a person opening it, or a body closing it, keeps the words
    ("Paul Durand rejette « catégoriquement » les accusations, a déclaré Marc Lenoir.", "fr", ["Paul Durand"]),
    ("La Russie rejette « catégoriquement » les accusations, a indiqué le Kremlin.", "fr", ["Russia"]),
    # a negated verb of will reports nothing: the words are the other's
    ("Anna Berg n'a pas voulu commenter les propos de Marc Lenoir, pour qui la réforme est « morte ».", "fr",
     [None]),
    # a group of someone's is no addressee before the subject
    ("« Nous verrons », a répondu aux critiques de Marc Lenoir le ministre Paul Durand.", "fr", ["Paul Durand"]),
    # a demonstrative agrees in gender, and never looks forward
    ("La ministre Anna Berg a reçu le ministre Paul Durand.\n« Il faut agir », a répété cette ministre.", "fr",
     ["Anna Berg"]),
    ("La ministre Anna Berg a reçu le ministre Paul Durand.\n« Il faut agir », a répété ce ministre.", "fr",
     ["Paul Durand"]),
    ('"Nothing is decided," this adviser to President Paul Durand said.', "en", [None]),
    # no conjunction or participle in an English incise's subject
    ('Paul Durand called the ruling "a disgrace," but the judge Anna Berg remained unmoved.', "en",
     ["Paul Durand"]),
    # after a channel, a radio or a site: a colon or words in lower case are speech
    ('Paul Durand told the broadcaster: "We are ready to talk."', "en", ["Paul Durand"]),
    ("Selon Paul Durand, la chaîne « n'a aucune crédibilité ».", "fr", ["Paul Durand"]),
    # a photo's subject in a sentence is no credit
    ('Photos of Paul Durand leaving the court went viral. "I am innocent," he said.', "en", ["Paul Durand"]),
    # cases a second review found: a body's words passed on by a correspondent stay the body's
    ("L'Ukraine a accusé Moscou de « crimes de guerre » lundi, a expliqué Marc Lenoir, correspondant de "
     "France 24.", "fr", ["Ukraine"]),
    # a spokesman named before is no one unnamed
    ('Paul Durand, the president\'s spokesman, said on Monday that talks would continue.\n\n"We will not '
     'yield to pressure," the president\'s spokesman told BBC.', "en", ["Paul Durand"]),
    # the subject of a passive is no speaker
    ("La sénatrice Anna Berg a été menacée de « représailles » par le chef de milice Marc Lenoir.", "fr",
     [None]),
    # "il" after an unnamed woman reaches the man named before
    ("Le président Paul Durand a reçu la presse.\n\n« Nous voulons la paix », a déclaré Paul Durand.\n\n« Les "
     "discussions se poursuivent », a précisé cette porte-parole.\n\n« Nous restons prudents », a-t-il ajouté.",
     "fr", ["Paul Durand", None, "Paul Durand"]),
    # a list of a visit's stops, or of others' words, is no list of the speaker's words
    ("La ministre Anna Berg s'est rendue dans deux communes :\n\n• Nîmes, où les habitants l'ont accueillie en "
     "« sauveuse ».", "fr", [None]),
    ("Le ministre Paul Durand a détaillé les critiques reçues :\n\n• les syndicats parlent de « mépris ».", "fr",
     [None]),
    # « ce diplomate » is no woman named before
    ("La ministre Anna Berg est arrivée.\n« Tout va bien », a indiqué ce diplomate.", "fr", [None]),
    # a verb of will before no reporting infinitive reports nothing
    ("Paul Durand a voulu partir tôt. Le projet « avance », selon Marc Lenoir.", "fr", ["Marc Lenoir"]),
])
def test_what_the_new_cues_leave_alone(text, lang, expected):
    check(text, lang, expected)
