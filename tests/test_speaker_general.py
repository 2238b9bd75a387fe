"""Speaker rules that must hold for any state, any name and any event: the
world's states speak through their bodies; words two parties put their names to
keep no single speaker even when one of them says them again. Short sentences
written for these tests."""

from __future__ import annotations

import pytest

from pipeline.countries import french_forms, world_states

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # a state's bodies and unnamed officials, for states the older table did not list
    ('Mexican officials said the plan was "a mistake".', "en", ["Mexico"]),
    ('"This is a mistake," a Kenyan government spokesperson said.', "en", ["Kenya"]),
    ("« C'est une erreur », a déclaré un porte-parole du gouvernement mexicain.", "fr", ["Mexico"]),
    ('Le gouvernement kényan a qualifié la décision de « regrettable ».', "fr", ["Kenya"]),
    ("Le ministère marocain des Affaires étrangères a jugé la visite « utile ».", "fr", ["Morocco"]),
    ('Nairobi called the decision "regrettable".', "en", ["Kenya"]),
    ('The Thai foreign ministry said the talks were "useful".', "en", ["Thailand"]),
    # a presidency, and the French feminine plural of an adjective
    ('Nigeria\'s presidency said the visit was "historic".', "en", ["Nigeria"]),
    ("Les autorités chinoises ont qualifié la décision de « regrettable ».", "fr", ["China"]),
    ("Les autorités grecques ont qualifié la décision de « regrettable ».", "fr", ["Greece"]),
    # not a state: a person of that nationality named in the sentence keeps the words
    ('"We are ready," said Ivan Petrovsky, a Kenyan lawyer.', "en", ["Ivan Petrovsky"]),
])
def test_state_bodies_of_any_state(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # two parties hold the words: a later quotation of them by one does not make them his
    ('Ivan Petrovsky and Olga Novak agreed to seek "common ground".\n'
     'Petrovsky said he hoped for "common ground".', "en", [None, "Ivan Petrovsky"]),
    ("Ivan Petrovski et Olga Novak se sont entretenus lundi pour trouver des « terrains d'entente ».\n"
     "Petrovski a salué les « terrains d'entente » trouvés.", "fr", [None, "Ivan Petrovski"]),
    # one party: the words said again by it are its own
    ('Ivan Petrovsky hopes to find "common ground".\n'
     'Petrovsky said he hoped for "common ground".', "en", ["Ivan Petrovsky", "Ivan Petrovsky"]),
])
def test_words_of_two_parties(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


def test_french_forms() -> None:
    assert french_forms("mexicain") == ["mexicain", "mexicaine", "mexicains", "mexicaines"]
    assert french_forms("ivoirien") == ["ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes"]
    assert french_forms("suisse") == ["suisse", "suisses"]
    assert french_forms("grec/grecque") == ["grec", "grecque", "grecs", "grecques"]
    assert french_forms("portugais") == ["portugais", "portugaise", "portugaises"]


def test_world_table_leaves_out_ambiguous_names() -> None:
    names = {n for ns, _ in world_states().values() for n in ns}
    assert not names & {"Jordan", "Georgia", "Chad", "Brussels", "Bruxelles", "Vienne", "Sofia"}
    assert {"Mexico", "Mexique", "Nairobi", "Addis-Abeba"} <= names


@pytest.mark.parametrize("text, lang, expected", [
    # a label of titles and a name before a colon: the name right before the colon
    ('Kenya Sec. of State Ivan Petrovsky: "We have nothing to add."', "en", ["Ivan Petrovsky"]),
    ('Deputy Prime Minister Ivan Petrovsky: "We have nothing to add."', "en", ["Ivan Petrovsky"]),
    # "Quote" labels the words, it is no part of a name
    ('Ivan Petrovsky said the talks were over.\nPetrovsky Quote: "We have nothing to add."', "en",
     ["Ivan Petrovsky"]),
    # a clause with a verb keeps its subject; an addressee is not the speaker
    ('Ivan Petrovsky told Olga Novak: "We have nothing to add."', "en", ["Ivan Petrovsky"]),
    ('Ivan Petrovsky to Olga Novak: "We have nothing to add."', "en", ["Ivan Petrovsky"]),
])
def test_colon_labels(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the words of the question put to the speaker: nobody the text names used them
    ('Asked if he thought it was "an assassination", Ivan Petrovsky said he did not know.', "en", [None]),
    ('Asked by reporters whether it was "a mistake", Ivan Petrovsky said no.', "en", [None]),
    ("Interrogé sur une éventuelle « trêve », le ministre Ivan Petrovski a refusé de répondre.", "fr", [None]),
    ("À la question de savoir si c'était une « erreur », Ivan Petrovski a répondu non.", "fr", [None]),
    # the question closed by its comma: the answer's words are the speaker's
    ('Asked about the plan, Ivan Petrovsky said it was "a mistake".', "en", ["Ivan Petrovsky"]),
    ("Interrogé sur ce point, Ivan Petrovski a jugé la décision « regrettable ».", "fr", ["Ivan Petrovski"]),
    # someone's claim inside the question stays that person's
    ('Asked about Ivan Petrovsky\'s claim that little "happens without him", Olga Novak agreed.', "en",
     ["Ivan Petrovsky"]),
    # the speaker asks
    ('Ivan Petrovsky asked whether the talks were "useful".', "en", ["Ivan Petrovsky"]),
])
def test_words_of_a_question(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a person described by age refers back to the person named before, like he/she
    ('Ivan Petrovsky, the head of the Zorba group, said the march was "over".\n'
     'The 62-year-old said he would "never surrender".', "en", ["Ivan Petrovsky", "Ivan Petrovsky"]),
    ('Ivan Petrovsky said the march was "over".\n"We are turning back," the 62-year-old said.', "en",
     ["Ivan Petrovsky", "Ivan Petrovsky"]),
    ("« Nous faisons demi-tour », a déclaré Ivan Petrovski.\n« Nous ne voulions pas de sang », a ajouté le sexagénaire.",
     "fr", ["Ivan Petrovski", "Ivan Petrovski"]),
    ("« Nous faisons demi-tour », a déclaré Olga Novak.\n« Nous ne voulions pas de sang », a ajouté l'octogénaire.",
     "fr", ["Olga Novak", "Olga Novak"]),
    # an English "chief" as a role description
    ('Ivan Petrovsky, the head of the Zorba group, said the march was "over".\n'
     '"We are turning back," the mercenary chief said.', "en", ["Ivan Petrovsky", "Ivan Petrovsky"]),
    # nobody named before, or someone else of that age (indefinite): no speaker
    ('"We are turning back," the 62-year-old said.', "en", [None]),
    ('Ivan Petrovsky said the march was "over".\nA 30-year-old soldier said he was "tired".', "en",
     ["Ivan Petrovsky", None]),
])
def test_descriptions_by_age(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an institution's own name, with the state that owns it left out
    ('The National Guard said the situation was "under control".', "en", ["National Guard"]),
    ('Kenya\'s Investigative Committee said it had opened a case for "mutiny".', "en", ["Investigative Committee"]),
    ('The Kenyan Investigative Committee said it had opened a case for "mutiny".', "en",
     ["Investigative Committee"]),
    # a committee in a description of the speaker is not the speaker
    ('British lawmaker Olga Novak and chair of parliament\'s Foreign Affairs Committee said, "The speed is telling."',
     "en", ["Olga Novak"]),
    # a title before a person's name still goes
    ('National Security Adviser Ivan Petrovsky said the talks were "useful".', "en", ["Ivan Petrovsky"]),
])
def test_institution_names(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # French: the addressee between the verb and its inverted subject is not the speaker
    ("« C'est historique », a affirmé à l'AFP Ivan Petrovski.", "fr", ["Ivan Petrovski"]),
    ("« C'est historique », a assuré lundi à l'AFP Ivan Petrovski.", "fr", ["Ivan Petrovski"]),
    ("« C'est historique », a déclaré à Reuters Ivan Petrovski, ministre kényan.", "fr", ["Ivan Petrovski"]),
    ("« C'est faux », a répondu à Ivan Petrovski la ministre Olga Novak.", "fr", ["Olga Novak"]),
    # the outlet after the subject changes nothing
    ("« C'est historique », a déclaré Ivan Petrovski à l'AFP.", "fr", ["Ivan Petrovski"]),
    # an outlet that reports, with no one else named, stays the speaker
    ("« C'est historique », a rapporté l'AFP.", "fr", ["AFP"]),
])
def test_french_addressee_before_inverted_subject(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a national agency keeps its country in its name; a committee drops the owning state's adjective
    ('The Saudi Press Agency reported that the leaders held "fruitful talks".', "en", ["Saudi Press Agency"]),
    ('The Kenyan Investigative Committee said it had opened a case for "mutiny".', "en",
     ["Investigative Committee"]),
])
def test_agency_and_committee_names(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a clause opened by a conjunction after a quotation is no incise: its subject has its own words
    ('Ivan Petrovsky called the talks "candid", while Olga Novak described them as "constructive".', "en",
     ["Ivan Petrovsky", "Olga Novak"]),
    ('Ivan Petrovsky called the talks "candid", whereas Olga Novak described them as "constructive".', "en",
     ["Ivan Petrovsky", "Olga Novak"]),
    # an incise still attributes
    ('The talks were "candid", Olga Novak said.', "en", ["Olga Novak"]),
    # "with A calling it "X" and B describing it as "Y"": each participle has its own subject
    ('The talks were useful, with Ivan Petrovsky calling them "candid" and Olga Novak describing them as '
     '"constructive".', "en", ["Ivan Petrovsky", "Olga Novak"]),
    ('Both sides said the talks were useful, with a Kenyan spokesperson describing them as "candid" and Thai '
     'state media characterising them as "constructive".', "en", ["Kenya", "Thailand"]),
])
def test_clauses_after_a_quotation(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a quotation standing alone after a sentence in which someone else speaks is theirs
    ('"We are done," Ivan Petrovsky said. Olga Novak then spoke to reporters. "It is not over."', "en",
     ["Ivan Petrovsky", "Olga Novak"]),
    ("« Nous avons terminé », a déclaré Ivan Petrovski. Olga Novak a ensuite pris la parole. "
     "« Ce n'est pas fini. »", "fr", ["Ivan Petrovski", "Olga Novak"]),
    # the same speaker, or nobody new: it continues the quote before it
    ('"We are done," Ivan Petrovsky said. He then spoke to reporters. "It is not over."', "en",
     ["Ivan Petrovsky", "Ivan Petrovsky"]),
    ('"We are done," Ivan Petrovsky said. "It is not over."', "en", ["Ivan Petrovsky", "Ivan Petrovsky"]),
])
def test_continuation_yields_to_a_new_speaker(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # headlines drop the article of a role description: the holder named in the body
    ("Kenyan president vows 'no retreat' in border row\n"
     "Kenyan President Ivan Petrovsky said on Monday there would be no retreat.", "en", ["Ivan Petrovsky"]),
    # a capitalised title before a name at a paragraph's start is the name's title
    ('White House National Security Adviser Ivan Petrovsky called the death a "terrible tragedy".', "en",
     ["Ivan Petrovsky"]),
    ('Kenyan President Ivan Petrovsky called the death a "terrible tragedy".', "en", ["Ivan Petrovsky"]),
])
def test_headline_role_descriptions(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


def test_one_letter_apart() -> None:
    from pipeline.quotes.spelling import one_letter_apart

    assert one_letter_apart("lukashanko", "lukashenko")
    assert one_letter_apart("lukashenco", "lukashenko")
    assert one_letter_apart("lukashnko", "lukashenko")
    assert not one_letter_apart("lukashenko", "lukashenko")
    assert not one_letter_apart("zakharova", "zakharov")  # another person
    assert not one_letter_apart("lukashanka", "lukashenko")


@pytest.mark.parametrize("text, lang, expected", [
    # a known person's name misspelt by one letter
    ("« Il n'y aurait aucune hésitation », a déclaré Lukashanko.", "fr", ["Alexander Lukashenko"]),
    ('"There would be no hesitation," Alexander Lukashenco said.', "en", ["Alexander Lukashenko"]),
    # unknown names, short surnames and other first names stay as written
    ('"There would be no hesitation," Ivan Petrovsky said.', "en", ["Ivan Petrovsky"]),
    ('"We will see," said Sergei Lavrova.', "en", ["Sergei Lavrova"]),
    ('"We will see," said Ivan Lukashenco.', "en", ["Ivan Lukashenco"]),
])
def test_misspelt_known_names(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the platform X is no part of a name after it
    ("« C'est une erreur », a réagi sur X Ivan Petrovski, le ministre kényan des Affaires étrangères.", "fr",
     ["Ivan Petrovski"]),
    ('Malcolm X said it was "a mistake".', "en", ["Malcolm X"]),
])
def test_platform_x(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a wire dateline's outlet is the subject of nothing in its sentence
    ('MOSCOW, June 24 (Reuters) - The fighters said they had "no intention" of stopping.', "en", [None]),
    ('SOCHI, September 15. /TASS/. The fighters said they had "no intention" of stopping.', "en", [None]),
    ('MOSCOW, June 24 (Reuters) - The Zorba group said its fighters had "no intention" of stopping.', "en",
     ["Zorba"]),
    ('MOSCOW, June 24 (Reuters) - Ivan Petrovsky said the fighters had "no intention" of stopping.', "en",
     ["Ivan Petrovsky"]),
    # an agency's own narration stays the agency's
    ('The march is "over", Interfax reported.', "en", ["Interfax"]),
    # Xinhua by its French name
    ("Les deux dirigeants ont « discuté de la situation », selon l'agence Chine nouvelle.", "fr", ["Xinhua"]),
])
def test_datelines_and_agencies(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a parenthetical aside's subject does not hold its quotation as words
    ('Ivan Petrovsky said the activist had died on Friday. The Russian activist died on Friday '
     '(he was serving a sentence for "extremism").', "en", [None]),
    ("Ivan Petrovski a déclaré que l'opposant était mort. Olga Novak a été informée "
     "(elle attend des « explications »).", "fr", [None]),
    # the clause's own subject still holds it
    ("Ivan Petrovski espère que la paix sera « rétablie ».", "fr", ["Ivan Petrovski"]),
])
def test_parenthetical_asides(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a person's lawyer is not that person, with the article elided too ("l'avocat d'X")
    ("L'avocat d'Ivan Petrovski a jugé le verdict « absurde ».", "fr", [None]),
    ("« C'est absurde », a déclaré l'avocat d'Ivan Petrovski.", "fr", [None]),
    # the lawyer named in apposition speaks
    ("L'avocate d'Ivan Petrovski, Olga Novak, a jugé le verdict « absurde ».", "fr", ["Olga Novak"]),
    ("Ivan Petrovski a jugé le verdict « absurde ».", "fr", ["Ivan Petrovski"]),
])
def test_a_persons_lawyer(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "neither X nor Y", "X or Y", "ni X ni Y": no single speaker
    ('Neither Ivan Petrovsky nor Olga Novak called the deal "historic".', "en", [None]),
    ("Ni Ivan Petrovski ni Olga Novak n'ont qualifié l'accord d'« historique ».", "fr", [None]),
    ('Ivan Petrovsky called the deal "historic".', "en", ["Ivan Petrovsky"]),
])
def test_disjoined_subjects(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an unnamed ambassador speaks for the state; a named one for themself
    ('Mexico\'s ambassador to France denounced an "unacceptable" decision.', "en", ["Mexico"]),
    ("L'ambassadeur du Mexique en France a dénoncé une décision « inacceptable ».", "fr", ["Mexico"]),
    ("L'ambassadeur mexicain a dénoncé une décision « inacceptable ».", "fr", ["Mexico"]),
    ('Mexico\'s ambassador to France, Ivan Petrovsky, denounced an "unacceptable" decision.', "en",
     ["Ivan Petrovsky"]),
    ('Ivan Petrovsky, Mexico\'s ambassador, said the decision was "unacceptable". '
     'The ambassador added it was "regrettable".', "en", ["Ivan Petrovsky", "Ivan Petrovsky"]),
])
def test_ambassadors(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an organisation named before the noun of its kind, as French names it after
    ('The Zorba group said its fighters had "no intention" of stopping.', "en", ["Zorba"]),
    ('The Zorba mercenary group said its fighters had "no intention" of stopping.', "en", ["Zorba"]),
    # up to two lower-case words describe the kind, whatever they are
    ('The Zorba volunteer movement said its members had "no intention" of stopping.', "en", ["Zorba"]),
    ('The Zorba private security company said its guards had "no intention" of stopping.', "en", ["Zorba"]),
    ('The Zorba armed separatist militia said its fighters had "no intention" of stopping.', "en", ["Zorba"]),
    # not three, nor grammatical words: "X and the group" is no organisation's name
    ('The Zorba big armed separatist militia said its fighters had "no intention" of stopping.', "en", [None]),
    ('Petrovsky and the group said the march was "over".', "en", [None]),
    ("Le groupe Zorba a affirmé que ses combattants n'avaient « aucune intention » de s'arrêter.", "fr", ["Zorba"]),
    # its spokesperson is someone else
    ('A Zorba group spokesman said its fighters had "no intention" of stopping.', "en", [None]),
])
def test_organisations_by_kind(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a title and its name with no comma between them: the description after refers to the name
    ("« Nous sommes prêts », a déclaré mardi la porte-parole du ministère chinois des Affaires "
     "étrangères Olga Novak. Il y a toujours « des gens qui mentent », a poursuivi la porte-parole.",
     "fr", ["Olga Novak", "Olga Novak"]),
    # French speech acts of judgement and refusal report the words of their subject
    ("L'OTAN a rejeté dimanche la rhétorique « dangereuse et irresponsable » de Moscou.", "fr", ["NATO"]),
    ("La Chine rejette « fermement » ces accusations.", "fr", ["China"]),
    ("Le ministre Ivan Petrovski a condamné une attaque « lâche ».", "fr", ["Ivan Petrovski"]),
])
def test_apposed_titles_and_judgements(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a name after an article that only modifies the noun after it is no subject ...
    ('"I am not surprised," Biden told reporters.\n'
     '"But I do not know enough" about the fate of the powerful former Putin ally, he said.',
     "en", ["Joe Biden", "Joe Biden"]),
    # ... but a title between them makes the name the head of an apposition
    ('"We are ready," the former president Petrovsky said.', "en", ["Petrovsky"]),
    # French "a" is a verb, not an article
    ("« Le traité prévoit une assistance », a déclaré Poutine à la presse.", "fr", ["Vladimir Putin"]),
])
def test_name_modifying_a_noun(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


def test_description_of_a_person_is_no_event_name() -> None:
    # "the official" does not refer back to an organisation's or an event's name
    check('Leaders gathered in San Francisco for the Asia-Pacific Economic Cooperation summit.\n'
          'Taiwan was "the most dangerous issue," the official said.', "en", [None])
    # ... but to an official named before it
    check('Taiwan was "the most dangerous issue," a senior US official said.\n'
          '"We are ready," the official added.', "en", ["United States", "United States"])


@pytest.mark.parametrize("text, lang, expected", [
    # the name of a sea or a river is a place, never the subject that speaks
    ("Nordland chief ‘deeply’ regrets the decision to end Black Sea fishing deal, warns of price rise\n"
     "Nordland's president Anna Weber said Monday she “deeply” regrets the decision.", "en",
     ["Anna Weber", "Anna Weber"]),
    ('Talks on the Dnipro River dam were "hard", Anna Weber said.', "en", ["Anna Weber"]),
    # ... but surnames that are also nouns of places stay names
    ('The show was "a dream", George Strait said.', "en", ["George Strait"]),
    ('The song is "about home", said singer Frank Ocean.', "en", ["Frank Ocean"]),
])
def test_places_do_not_speak(text, lang, expected):
    check(text, lang, expected)
