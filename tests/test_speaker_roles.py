"""Role descriptions that stand for a person: the phrases of a head of state,
and a description whose holder the next sentence names as a speaker.

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # "chef de l'État", "head of state": the president named before
    ("Le président chinois Xi Jinping est arrivé lundi. « Nous avons parlé », a déclaré le chef de l'État chinois.",
     "fr", ["Xi Jinping"]),
    ("Le président chinois Xi Jinping est arrivé lundi. « Nous avons parlé », a déclaré le chef de l'État.",
     "fr", ["Xi Jinping"]),
    ('Chinese President Xi Jinping arrived on Monday. "We talked," the head of state said.', "en", ["Xi Jinping"]),
    # a state named by its long form after "de la République": the person, not the state
    ("Le président chinois Xi Jinping est arrivé lundi. « Nous avons parlé », a déclaré le chef de la "
     "République populaire de Chine.", "fr", ["Xi Jinping"]),
    ("Le président Emmanuel Macron reçoit lundi. « Nous avons parlé », a déclaré le président de la "
     "République française.", "fr", ["Emmanuel Macron"]),
    # the state itself still speaks as a state
    ("La Chine a réagi. « Nous avons parlé », a déclaré la République populaire de Chine.", "fr", ["China"]),
])
def test_head_of_state_descriptions(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # nobody of that role before it, and the next sentence's speaker holds it
    ("Le maire Paul Durand était là. Les relations sont « au plus bas », selon le chef de la diplomatie chinoise. "
     "« Il faut choisir », a déclaré le ministre chinois Wang Yi.", "fr", ["Wang Yi", "Wang Yi"]),
    ('Mayor Paul Smith was there. Ties are "at their lowest", the Chinese foreign minister said. '
     '"We must choose," Chinese Foreign Minister Wang Yi told reporters.', "en", ["Wang Yi", "Wang Yi"]),
])
def test_role_named_by_the_next_speaker(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang", [
    # a holder of the role named later, but not as a speaker: not the one
    ("Le maire Paul Durand était là. Les relations sont « au plus bas », selon le chef de la diplomatie chinoise. "
     "Le pays est représenté par le ministre chinois Wang Yi.", "fr"),
])
def test_role_not_named_by_a_later_non_speaker(text, lang):
    check(text, lang, [None])


@pytest.mark.parametrize("text, lang, expected", [
    # the outlet after its verb relays the one it quotes
    ('"The elite is not united," reported Reuters quoting John Smith, an expert at the institute.', "en",
     ["John Smith"]),
    ('"The elite is not united," said the Guardian, citing John Smith, an expert.', "en", ["John Smith"]),
    ('"The elite is not united," reported Reuters.', "en", ["Reuters"]),
])
def test_outlet_after_its_verb_quoting_someone(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the name closing an apposition after a title's object is the subject, not that object
    ("Jean Dupont a parlé. Un haut conseiller du président Paul Martin, Marc Durand, a déclaré que le plan "
     "déstabiliserait le pays, qui, selon lui, avait été pris « en otage ».", "fr", ["Marc Durand"]),
    ('A senior adviser to President Paul Martin, Mark Durand, said the plan had taken the country "hostage".',
     "en", ["Mark Durand"]),
    ("Le porte-parole du président Poutine, Dmitri Peskov, a déclaré que c'était « absurde ».", "fr",
     ["Dmitry Peskov"]),
    ("Un conseiller du président Zelensky, Mykhaïlo Podoliak, a estimé que c'était « prévisible ».", "fr",
     ["Mykhaïlo Podoliak"]),
    # a wire dateline opening the paragraph is not the sentence's subject
    ("KYIV – L'OTAN a critiqué dimanche Moscou pour ce qu'elle a qualifié de rhétorique « dangereuse ».",
     "fr", ["NATO"]),
    ('PARIS (AFP) – NATO criticised Moscow on Sunday for what it called "dangerous" rhetoric.', "en", ["NATO"]),
])
def test_subject_past_an_object_of_a_title_and_a_dateline(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a pronoun after a quote of someone the text does not name refers to that one, not further back
    ("Jean Dupont est arrivé lundi. « Je suis content », affirme une femme. « Il en reste d'autres », "
     "assure-t-elle.", "fr", [None, None]),
    ('Mayor John Smith spoke. A woman said she was "very angry". "It is a scandal," she added.', "en",
     [None, None]),
    # with nobody unnamed between, the pronoun still reaches the one named before
    ('Mayor John Smith spoke on Monday. "It is a scandal," he added.', "en", ["John Smith"]),
    ("Jean Dupont est arrivé lundi. « Il en reste d'autres », assure-t-il.", "fr", ["Jean Dupont"]),
    # a document is no unnamed speaker: the pronoun after it still reaches the one named before
    ('Putin signed the treaty on Monday. "Both sides will help each other," the treaty says. '
     '"It is a historic day," he said.', "en", [None, "Vladimir Putin"]),
    ("Poutine a signé le traité lundi. « Les deux parties s'aideront », indique le texte. "
     "« C'est un jour historique », a-t-il dit.", "fr", [None, "Vladimir Putin"]),
])
def test_pronoun_after_an_unnamed_speaker(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # English "For X, ..." gives X's view in X's words, as French "Pour X, ..." does
    ('Jane Doe spoke on Monday. For Mark Durand, the plan "maximizes the level of rejection" in the country.',
     "en", ["Mark Durand"]),
    ('But for Jane Doe, the deal remains "a mistake".', "en", ["Jane Doe"]),
    # not an opening phrase that names nobody
    ('For the first time, the plan "maximizes the level of rejection" in the country.', "en", [None]),
])
def test_for_someone_their_view(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a long office before the name set in apposition after the verb
    ("Le maire a parlé. « Nous avons vu ces informations », a déclaré la porte-parole du Conseil de sécurité "
     "nationale, Jeanne Durand.", "fr", ["Jeanne Durand"]),
    ('The mayor spoke. "We have seen the reports," said the spokeswoman of the national security council of '
     'the country, Jane Doe.', "en", ["Jane Doe"]),
    # a line broken before the incise: the next line's ", a déclaré X" still attributes it
    ("Le maire a parlé.\n« Nous avons vu ces informations »\n, a déclaré Jeanne Durand.", "fr", ["Jeanne Durand"]),
    ('The mayor spoke.\n"We have seen the reports"\n, Jane Doe told reporters.', "en", ["Jane Doe"]),
])
def test_incise_after_a_long_office_or_a_broken_line(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a title given to someone before, then the same title with its complement and another name
    ("Le conseiller Karl Blum est arrivé.\n« Nous sommes prêts », a déclaré le conseiller à la sécurité "
     "nationale Anton Weber lors d'un point de presse.", "fr", ["Anton Weber"]),
    ("Le conseiller à la sécurité nationale Anton Weber. Photo : Karl Blum\n« Nous sommes prêts », a déclaré "
     "le conseiller à la sécurité nationale Anton Weber lors d'un point de presse.", "fr", ["Anton Weber"]),
])
def test_a_title_before_a_name_gives_the_name(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an ambassador's title names the state he is posted to after a preposition: the
    # description of his own state's ambassador later is his
    ("Russian Ambassador to Germany Anton Weberov condemned the move.\nThe Russian ambassador said it was "
     "\"dangerous\".", "en", ["Anton Weberov"]),
    ("L'ambassadeur de Russie en Allemagne Anton Weberov a condamné la décision.\nL'ambassadeur russe a "
     "également accusé Berlin de « revenir sur sa responsabilité ».", "fr", ["Anton Weberov"]),
    ("L'ambassadeur de Russie Anton Weberov a condamné la décision.\nL'ambassadeur russe a également accusé "
     "Berlin de « revenir sur sa responsabilité ».", "fr", ["Anton Weberov"]),
])
def test_an_ambassador_named_with_his_post(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the head of a body is the person the article titles so, named before or after
    ("Anna Berg, secrétaire générale de l'Otan, était à Kiev. Le chef de l'OTAN a affirmé que « la reddition "
     "n'est pas la paix ».", "fr", ["Anna Berg"]),
    ('The Kremlin called the idea "understandable", but NATO\'s boss said it was no time for "surrender". '
     "NATO Secretary General Anna Berg later told reporters she would travel to Kyiv.", "en",
     ["Kremlin", "Anna Berg"]),
    # ... also as the modifier of "chief" in a headline written in title case ("Says" is no name)
    ('UN Chief Says "Deeply Regrets" Decision\nUN Secretary-General Anna Berg said on Monday that she '
     '"deeply regrets" the decision.', "en", ["Anna Berg", "Anna Berg"]),
    # nobody titled so: the body itself; a spokesperson is not the body's head
    ('NATO\'s boss said the threat was "dangerous".', "en", ["NATO"]),
    ('The UN chief said the threat was "grave".', "en", [None]),
    # ... and a body's name before another post, or one of many, is not its head
    ('The UN chief of staff said the plan was "bold". UN Secretary-General Anna Berg spoke later.', "en",
     ["United Nations"]),
    ('A NATO leader said the plan was "bold". NATO Secretary General Anna Berg spoke later.', "en", ["NATO"]),
    # a surname that is also a verb stays a name outside a title-case headline
    ('Defence Minister Said told reporters the talks had been "useful and frank".', "en", ["Said"]),
    ('NATO spokesperson Karl Blum spoke first. NATO\'s boss said the threat was "dangerous".', "en", ["NATO"]),
    # the voice of a body is the person the article titles its spokesperson
    ("Le porte-parole de l'Otan, Karl Blum, a parlé mardi. « Nous sommes prêts », a souligné le représentant de "
     "l'Otan.", "fr", ["Karl Blum"]),
])
def test_the_head_of_a_body_is_its_titled_holder(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a description naming a state, far below the one official the article titles so: that official
    ("L'ambassadeur de Russie en Allemagne Karl Blum a réagi mardi. La décision a été prise lundi. Berlin a "
     "livré des chars. Les chars arrivent en mars. Kiev a salué la décision. Paris n'a rien dit. L'ambassadeur "
     "russe a également accusé Berlin de « revenir sur sa parole ».", "fr", ["Karl Blum"]),
    # two officials titled so: nobody, the state
    ("L'ambassadeur de Russie en Allemagne Karl Blum a réagi mardi. L'ambassadeur de Russie en France Anna "
     "Berg a réagi lundi. Berlin a livré des chars. Les chars arrivent en mars. Kiev a salué la décision. Paris n'a "
     "rien dit. L'ambassadeur russe a également accusé Berlin de « revenir sur sa parole ».", "fr", ["Russia"]),
])
def test_a_state_role_far_below_its_sole_holder(text, lang, expected):
    check(text, lang, expected)


def test_the_head_of_an_international_body_by_any_of_its_names():
    check("Le secrétaire général de l'ONU, Anna Berg, a parlé. Les inondations continuent. Et le Secrétaire général "
          "des Nations unies de poursuivre : « La tragédie d'aujourd'hui est un nouvel exemple ».", "fr", ["Anna Berg"])


@pytest.mark.parametrize("text, lang, expected", [
    # a counterpart of a state, with a possessive: the person of that state named before
    ("Le président ukrainien Karl Blum a reçu la présidente américaine Anna Berg à Kiev. « Nous sommes là », a "
     "déclaré Anna Berg. Son homologue ukrainien a de son côté estimé que la Russie n'avait « aucune chance de gagner ».",
     "fr", ["Anna Berg", "Karl Blum"]),
    ('Chinese President Karl Blum met US President Anna Berg. His American counterpart said the talks were "frank".',
     "en",
     ["Anna Berg"]),
    # right before a name, the counterpart is that name's title
    ("Anna Berg a rencontré son homologue chinois Karl Blum, qui a jugé la rencontre « franche ».", "fr",
     ["Karl Blum"]),
])
def test_a_state_counterpart_is_the_person_of_that_state(text, lang, expected):
    check(text, lang, expected)
