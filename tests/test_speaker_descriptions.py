"""Descriptions, appositions and repeated words that tell who spoke: an
apposition must close before it names its name's role; a long relative clause
in commas; a title-case headline's closing verb; a state's "side" and armed
services; a title read again with its owner in another form; a politician by
profession; a guess given up for the one speaker the same words are quoted from.

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check, quotes_of


@pytest.mark.parametrize("text, lang, expected", [
    # a description that goes on to its verb is the subject after a clause, not an apposition
    ("Joe Biden a parlé mercredi.\n\nInterrogé sur l'annonce concernant New Start, le président américain "
     "a répondu : « grave erreur ».", "fr", ["Joe Biden"]),
    ("Joe Biden spoke on Wednesday.\n\nAsked about the announcement regarding New Start, the US president "
     "replied: \"a big mistake\".", "en", ["Joe Biden"]),
    # ... while one closed by a comma or the sentence's end still ties the name to the role
    ("Le sommet a eu lieu.\n\nDonald Trump, le président américain, a répondu : « grave erreur ».", "fr",
     ["Donald Trump"]),
    ("Le sommet a eu lieu. « Grave erreur », a dit Donald Trump, le président américain.\n\n"
     "« Bien », a ajouté le président américain.", "fr", ["Donald Trump", "Donald Trump"]),
])
def test_apposition_must_close(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a relative clause in commas, longer than an apposition, with names of its own
    ('"More weapons make the world more dangerous," Jens Stoltenberg, who was standing alongside Ukrainian '
     "Foreign Minister Dmytro Kuleba and European Union foreign policy chief Josep Borrell, told reporters.",
     "en", ["Jens Stoltenberg"]),
    ("« Plus d'armes rendent le monde plus dangereux », a dit Jens Stoltenberg, qui se tenait aux côtés du "
     "ministre ukrainien des Affaires étrangères Dmytro Kouleba et du chef de la diplomatie européenne "
     "Josep Borrell.", "fr", ["Jens Stoltenberg"]),
    # an adverbial between the incise verb and its subject
    ("« Nous restons prêts », a assuré Antony Blinken. « C'est une nouvelle preuve », a ajouté en écho "
     "Josep Borrell, chef de la diplomatie européenne.", "fr", ["Antony Blinken", "Josep Borrell"]),
])
def test_subject_past_long_phrases(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, expected", [
    ("Strike on Drone Reflects a ‘More Aggressive’ Intercept Pattern, Milley Says\n\n"
     "General Mark Milley told reporters the pattern was new.", ["Mark Milley"]),
    ("Drone Strike Was ‘Reckless,’ Austin Warns\n\nLloyd Austin spoke in Washington.", ["Lloyd Austin"]),
])
def test_title_case_headline_closing_verb(text, expected):
    check(text, "en", expected)


def test_title_case_verb_inside_a_headline_is_kept_out_of_names():
    # "Says" followed by more of the headline is still no name's word
    assert [q.speaker for q in quotes_of("Kremlin Says Talks Were ‘Useful’\n\nThe talks ended.", "en")] == ["Kremlin"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Les ministres se sont parlé.\n\nLa partie russe promet d'apporter « une réponse appropriée ».", "fr",
     ["Russia"]),
    ('The ministers spoke.\n\nThe Chinese side said it was "deeply concerned".', "en", ["China"]),
    ('The drone fell.\n\nThe US Air Force referred to the actions as "reckless and unprofessional."', "en",
     ["United States"]),
    ("Le drone est tombé.\n\nL'armée américaine a dénoncé une interception « peu professionnelle ».", "fr",
     ["United States"]),
    # a side with no state is nobody
    ('The talks ended.\n\nBoth sides said they were "satisfied".', "en", [None]),
])
def test_state_sides_and_armed_services(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, expected", [
    ('Lloyd Austin, the United States Secretary of Defence, spoke with his counterpart.\n\n'
     '"Great powers must be models of transparency," the US Secretary of Defence said.', ["Lloyd Austin"]),
    ('Lloyd Austin, the US Secretary of Defense, spoke with his counterpart.\n\n'
     '"Great powers must be models of transparency," the American Secretary of Defense said.', ["Lloyd Austin"]),
    # the owner tells two secretaries apart
    ('Ben Wallace, the British Secretary of Defence, met Lloyd Austin, the US Secretary of Defense.\n\n'
     '"We saw no threat," the UK Secretary of Defence said.', ["Ben Wallace"]),
])
def test_title_with_owner_in_another_form(text, expected):
    check(text, "en", expected)


@pytest.mark.parametrize("text, lang, expected", [
    ("Dmitry Medvedev wrote on Telegram.\n\n"
     'Medvedev recalled the decision. "This decision was long overdue," the politician said.', "en",
     ["Dmitry Medvedev"]),
    ("Jean Dupont a parlé.\n\n« Nous refusons », a ajouté l'homme politique.", "fr", ["Jean Dupont"]),
])
def test_politician_by_profession(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a headline's unnamed official: the body names who said the same words
    ("Top US diplomat says the decision is “deeply unfortunate and irresponsible”\n\n"
     "US Secretary of State Antony Blinken said the decision is “deeply unfortunate and irresponsible.”", "en",
     ["Antony Blinken", "Antony Blinken"]),
    ("Russian ambassador to US calls drone flights a “provocation”\n\n"
     "Russian ambassador to Washington, Anatoly Antonov, called the flights a “provocation”.", "en",
     ["Anatoly Antonov", "Anatoly Antonov"]),
    # a subheading after a paragraph on someone else: the one who says the words below
    ("En introduction, M. Biden a souligné que ces États restaient la « ligne de front ».\n\n"
     "- « Nos terres historiques » - Le même jour, Vladimir Poutine est apparu au stade. « Des combats sont "
     "en cours sur nos terres historiques », a-t-il lancé.", "fr",
     ["Joe Biden", "Vladimir Putin", "Vladimir Putin"]),
    # a speaker the text names at the quote keeps it, whoever says the words elsewhere
    ("Le ministre a parlé.\n\nJean Dupont a dénoncé une « grave erreur ». Paul Martin a lui aussi parlé "
     "d'une « grave erreur ».", "fr", ["Jean Dupont", "Paul Martin"]),
])
def test_guess_gives_way_to_repeated_words(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an apposition that runs on past the role still ties the name to it
    ("Boris Johnson, the British prime minister since 2019, spoke in Kyiv.\n\n"
     '"We stand with you," the British prime minister said.', "en", ["Boris Johnson"]),
    ("Talks were held with Boris Johnson, the British prime minister, in Kyiv.\n\n"
     '"We stand with you," the British prime minister said.', "en", ["Boris Johnson"]),
    # an official the text leaves unnamed keeps his words when someone of another side says them too
    ('A senior US official told reporters the talks had been "constructive".\n\n'
     'Sergei Lavrov, the Russian foreign minister, also called the talks "constructive".', "en",
     ["United States", "Sergei Lavrov"]),
    ("Russian ambassador calls US drone flights a “provocation”\n\n"
     "Kremlin spokesman Dmitry Peskov called the flights a “provocation”.", "en", ["Russia", "Dmitry Peskov"]),
    # a politician or an expert the text introduced without a name is not someone named before
    ("Olaf Scholz faced criticism on Monday from a senior politician of his own party.\n\n"
     '"He has lost control," the politician said.', "en", [None]),
    ("Selon un analyste, la crise va durer.\n\n« Nous refusons », a ajouté l'analyste.", "fr", [None]),
    # a state's side or service only with the state named: « la partie civile » is nobody's state,
    # "the Free Syrian Army" a group
    ("Le procès s'est ouvert lundi à Paris.\n\n« Ce jugement est une victoire », a déclaré la partie civile.",
     "fr", [None]),
    ('The rebels advanced.\n\nThe Free Syrian Army said it had "liberated" three villages.', "en",
     ["Free Syrian Army"]),
])
def test_review_negatives(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, expected", [
    ("Drone Strike Reflects a ‘More Aggressive’ Pattern, Milley Says - The Hilltown Herald\n\n"
     "General Mark Milley told reporters the pattern was new.", ["Mark Milley"]),
    ("Drone Strike Reflects a ‘More Aggressive’ Pattern, Milley Says.\n\n"
     "General Mark Milley told reporters the pattern was new.", ["Mark Milley"]),
])
def test_headline_verb_before_the_site_name(text, expected):
    check(text, "en", expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an outlet quoting someone in its sentence relays that person's words
    ("Hilltown Wire carried the speech.\n\nQuoting Putin further, the news agency reported, "
     "“They began to destroy the infrastructure”.", "en", ["Vladimir Putin"]),
    ("L'agence a publié le discours.\n\nCitant Vladimir Poutine, l'agence a rapporté : « Ils ont commencé ».",
     "fr", ["Vladimir Putin"]),
    # the document a quotation is read in
    ("Une enquête est ouverte.\n\n« Une poursuite pénale est engagée », peut-on également lire dans le "
     "communiqué du FSB.", "fr", ["Russia"]),
    # a body named by its noun between a role and the name in apposition
    ("« Le fait est inacceptable », a ajouté la porte-parole de l'exécutif, Karine Jean-Pierre.", "fr",
     ["Karine Jean-Pierre"]),
    # pointing to something is no verb of speech where a thing points ("polls pointing to")
    ("Rishi Sunak campaigned in Kent on Monday, with polls pointing to a “hung parliament”.", "en", [None]),
    # « reconnu pour » a quality reports nothing
    ("Le reporter, âgé de 31 ans et reconnu pour sa rigueur, a été arrêté pour « espionnage ».", "fr", [None]),
])
def test_relays_documents_and_non_speech(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a quotation as the predicate of its subject, with a verb coordinated after it
    ("Lavrov spoke to him.\n\nBlinken “conveyed the grave concern of the United States over the detention” "
     "and called for his release.", "en", ["Antony Blinken"]),
    # ... while an incise after it names who spoke
    ("The Kremlin “rejects the claims”, Peskov said.", "en", ["Dmitry Peskov"]),
    # a title before a possessive name is the owner's, no subject: the reporter of the sentence is
    ("White House Press Secretary Karine Jean-Pierre’s attempts to explain the remarks were pathetic, Russian "
     "Foreign Ministry Spokeswoman Maria Zakharova told a TV channel on Thursday.\n\n"
     "\"Last night, I heard the explanations, they are pathetic,\" she said.", "en", ["Maria Zakharova"]),
])
def test_predicates_and_owners(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "he" after a sentence whose reporter comes last, with his title: the reporter
    ("Reporter Evan Gershkovich, detained in Yekaterinburg, was caught red-handed, Kremlin Spokesman Dmitry "
     "Peskov told reporters on Thursday.\n\n\"This is the prerogative of the FSB,\" he said.", "en",
     ["Dmitry Peskov"]),
    ("Evan Gershkovich was caught red-handed, Peskov said.\n\n\"This is the prerogative of the FSB,\" he said.",
     "en", ["Dmitry Peskov"]),
    # a verb of scorn names who spoke, in a relative clause too
    ("Blinken urges ‘immediate release’ of US journalist in call with Russia’s Lavrov who scorns ‘hype’\n\n"
     "The call took place on Sunday.", "en", ["Antony Blinken", "Sergei Lavrov"]),
])
def test_reporters_and_scorn(text, lang, expected):
    check(text, lang, expected)


def test_subject_of_a_clause_after_a_conjunction_with_a_modifier():
    # "after X for the ministry said": the clause's subject past its prepositional modifier
    check("The court acted.\n\nThis comes after the Russian spokeswoman Maria Zakharova for the ministry of "
          "foreign affairs said the warrant has “no meaning” for the country.", "en", ["Maria Zakharova"])


@pytest.mark.parametrize("text, lang, expected", [
    # a closing incise after a coordinated quotation names the speaker of both
    ("The Kremlin “rejects the claims” and “will respond in kind”, Peskov said.", "en",
     ["Dmitry Peskov", "Dmitry Peskov"]),
    # an expert introduced with a name keeps it
    ("Markets fell.\n\nJane Doe, an analyst at Hilltown Capital, expects more.\n\n\"Inflation is sticky,\" the "
     "analyst said.", "en", ["Jane Doe"]),
    # a paper's words after its noun and a state's adjective are a quote
    ("Le ministre a parlé. Le quotidien britannique « fait fausse route », a estimé le ministre Jean Martin.",
     "fr", ["Jean Martin"]),
    # the document a quotation is read in must be someone's, not addressed to someone
    ("Le sommet a eu lieu. « Nous refusons », peut-on lire dans une lettre adressée à Joe Biden.", "fr", [None]),
    # a description after a gerund's object is the main clause's subject
    ("Joe Biden spoke.\n\nAfter meeting Volodymyr Zelensky, the US president told reporters the aid would "
     "continue.\n\n\"We will stand with Ukraine,\" the US president said.", "en", ["Joe Biden"]),
    # « reconnu pour la première fois », « reconnu comme » report words
    ("Le ministre Jean Martin a parlé.\n\nLe ministre a reconnu pour la première fois que la réforme était "
     "« un échec ».", "fr", ["Jean Martin"]),
    # a subordinate clause's subject is no reporter of the main clause
    ("Prime Minister Mark Rutte signed the decree on Monday, hours after Finance Minister Wopke Hoekstra warned "
     "of the cost.\n\n\"It is a necessary step,\" he said.", "en", ["Mark Rutte"]),
    # an anonymous official keeps the words a named one says too
    ("A senior US official, speaking on condition of anonymity, told reporters the talks had been "
     "\"constructive\".\n\nUS Secretary of State Antony Blinken also called the talks \"constructive\".", "en",
     ["United States", "Antony Blinken"]),
    # an outlet quoting someone the alias tables do not know
    ("Yuri Ushakov spoke on Monday.\n\nQuoting Ushakov further, the news agency reported, “We are ready”.", "en",
     ["Yuri Ushakov"]),
])
def test_second_review_negatives(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a title's portfolio after its body, with no comma, before the name: the name holds the title
    ("Le Haut représentant de l'ONU pour les réfugiés Marc Dupuis était à Kyiv mardi. "
     "« Nous sommes prêts à aider », a-t-il déclaré.", "fr", ["Marc Dupuis"]),
    # ... but a clause's verb after it makes the name its object
    ("Le Haut représentant de l'ONU pour les réfugiés a rencontré Marc Dupuis mardi. "
     "« Nous sommes prêts à aider », a-t-il déclaré.", "fr", ["United Nations"]),
    # an acronym modifying the body a role is of governs no name: the apposition names the holder
    ('The commander of US Air Forces Europe, General James Hecker, said the jets were "unsafe and unprofessional".',
     "en", ["James Hecker"]),
    ('The head of EU Naval Force Atalanta, Admiral Ana Ruiz, said the ships were "ready".', "en", ["Ana Ruiz"]),
])
def test_portfolios_and_acronyms(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a role description after the verb, then a preposition and a name: the name is the preposition's
    # object; the description is the subject, and refers back to whom it titled before
    ("Karl Blum, vice-président du pays, a défendu son patron. « La paix passe par la diplomatie », a déclaré "
     "le vice-président envers Anton Weber.", "fr", ["Karl Blum"]),
    ("Karl Blum, vice-président du pays, a défendu son patron. « La paix passe par la diplomatie », a déclaré "
     "le vice-président devant Anton Weber.", "fr", ["Karl Blum"]),
    # an addressee after « à » stays one
    ("Karl Blum, vice-président du pays, a défendu son patron. « La paix passe par la diplomatie », a déclaré le "
     "vice-président à Anton Weber.", "fr", ["Karl Blum"]),
])
def test_a_description_before_a_prepositional_object(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # « le vice-président des États-Unis »: a plural state's name after « des » is the description's
    # owner, as after « du » or « de la »; the description refers back to whom it titled
    ("Le vice-président américain Karl Blum a accusé son hôte. « Est-ce respectueux ? », a poursuivi le "
     "vice-président des États-Unis.", "fr", ["Karl Blum"]),
    # « le numéro un » is the French press's leader
    ("Le président américain Karl Blum est arrivé à Kiev. « Nous sommes là », a affirmé le numéro un américain "
     "devant Anton Weber.", "fr", ["Karl Blum"]),
    # an editor is a role
    ('Anna Schulz runs the paper. "We will keep fighting," the editor said.', "en", ["Anna Schulz"]),
    ("Anna Schulz dirige le journal. « Nous continuerons », a déclaré la rédactrice en chef.", "fr",
     ["Anna Schulz"]),
])
def test_more_descriptions_that_refer_back(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a description that spoke before is no unnamed holder that hides the one the text names next
    ("Ukraine war: Strike was an ‘unfortunate accident’, Poland’s president says\nThe blast appears to be an “unfortunate "
     "accident” and not an “intentional attack”, Poland’s president has said.\nKarl Blum tweeted that officials "
     "had “no proof” so far.", "en", ["Karl Blum"] * 4),
    # a description whose complement and a comma lead to a name titles it: no unnamed holder either
    ("Washington avait prévenu Moscou, a confié aux médias le Conseiller à la sécurité nationale de la Maison "
     "Blanche, Karl Blum.\n« Nous avons prévenu les Russes », a indiqué Blum.\n« En raison de la nature sensible "
     "de ces échanges », ce Conseiller du dirigeant démocrate n’a pas souhaité en dire plus.", "fr",
     ["Karl Blum", "Karl Blum"]),
    # an unnamed holder in object position still stops the search
    ('Kim met the minister on Monday. "We are ready," the minister said.', "en", [None]),
])
def test_descriptions_that_spoke_or_title_a_name_before(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # (review) a name governed by « devant » is passed over: the subject may follow it
    ("« La guerre est perdue », a lancé devant Anna Schulz son rival Karl Blum.", "fr", ["Karl Blum"]),
])
def test_a_subject_after_a_prepositional_object(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a name after « avec » and an apposition after a comma is no subject: the speaker comes before
    ("Le président chinois, Xi Jinping, a salué lundi les « progrès » observés dans les relations, lors d'une "
     "rencontre avec le secrétaire d'État américain, Antony Blinken, en visite.", "fr", ["Xi Jinping"]),
])
def test_an_apposition_after_a_prepositional_object(text, lang, expected):
    check(text, lang, expected)
