"""Speakers read from the structure of the clauses around a quotation: verbs
joined by commas into one series share its first verb's subject; a quotation
inside a subordinate clause opening the sentence belongs to that clause's
verb, not to the main clause after it. Short sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_speakers import check, quotes_of


@pytest.mark.parametrize("text, lang, expected", [
    # a comma-joined series of verbs: the later verbs' subject is the first verb's, not its object
    ('At the meeting, Peter Martin accused John Doe of "playing with fire", said that France did not have '
     '"the cards" and insisted that Russia had "suffered a lot".', "en",
     ["Peter Martin", "Peter Martin", "Peter Martin"]),
    ("Lors de la réunion, Pierre Martin a accusé Jean Dupont de « jouer avec le feu », a déclaré que la "
     "France n'avait pas « les cartes » et a insisté sur le fait que la Russie avait « beaucoup souffert ».",
     "fr", ["Pierre Martin", "Pierre Martin", "Pierre Martin"]),
    # an apposition between the subject and its verb is no series
    ("Un conseiller du président Jean Dupont, Pierre Martin, a déclaré que le pays avait été pris « en otage ».",
     "fr", ["Pierre Martin"]),
    # a verb coordinated inside a subordinate clause shares that clause's subject
    ('Peter Martin appeared to shake his head when John Doe went off script and called Mary Lee a "dictator".',
     "en", ["John Doe"]),
    ("Pierre Martin a souri lorsque Jean Dupont s'est levé et a qualifié le plan de « désastre ».", "fr",
     ["Jean Dupont"]),
    ('Peter Martin left after meeting John Doe and said the plan was "dead".', "en", ["Peter Martin"]),
])
def test_verb_series_shares_its_subject(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the quotation inside a subordinate clause opening the sentence: that clause's verb speaks
    ('As Peter Martin insisted that France was "alone but strong," John Doe dismissed the claim.', "en",
     ["Peter Martin"]),
    ('While John Doe said the talks were "useful", Peter Martin called them a failure.', "en", ["John Doe"]),
    ("Alors que Pierre Martin a affirmé que la France était « seule mais forte », Jean Dupont a rejeté l'idée.",
     "fr", ["Pierre Martin"]),
    # the subordinate clause ends before the quotation: the incise after it still speaks
    ('As Peter Martin put it, "we will win," John Doe said.', "en", ["John Doe"]),
    ('Mary Lee said the plan was "a failure," while John Doe said it was "a success."', "en",
     ["Mary Lee", "John Doe"]),
])
def test_quote_in_opening_subordinate_clause(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a clause opened by "after"/"before" after the quotation is no incise: the verb before speaks
    ('Back in May, Peter Martin had called John Doe "too radical" after John Doe suggested a truce.', "en",
     ["Peter Martin"]),
    ("Pierre Martin a qualifié Jean Dupont de « trop radical » après que Jean Dupont a suggéré une trêve.",
     "fr", ["Pierre Martin"]),
    # a question, then a sentence reporting a clause of its own: an answer, not the question's incise
    ('Peter Martin accused John Doe of being ungrateful, demanding, "Have you said thank you once?" '
     'John Doe responded that France was grateful.', "en", ["Peter Martin"]),
    ('Peter Martin turned to John Doe: "Why not?" John Doe asked.', "en", ["John Doe"]),
    # a coordinated clause after the quote has its own subject and its own words
    ("Pierre Martin a parlé d'une réunion « très utile » et Jean Dupont a salué un entretien « franc ».", "fr",
     ["Pierre Martin", "Jean Dupont"]),
    ('Peter Martin called it a "very useful" meeting and John Doe praised a "frank" talk.', "en",
     ["Peter Martin", "John Doe"]),
    # "and" joining a second verb of the same subject opens no clause: the incise at the end holds
    ('John Doe and Peter Martin discussed "matters of concern" and visited a plant, the agency KCNA '
     'reported.', "en", ["KCNA"]),
    # two quotes before one incise: the incise holds both
    ('"We will win" and "we will fight," John Doe said.', "en", ["John Doe", "John Doe"]),
])
def test_clause_after_the_quote_that_is_no_incise(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the quotation stands for the reply drawn from the one spoken to, or from the one named
    ('Tensions rose as Peter Martin told John Doe, "You have no cards," prompting a sharp reply: '
     '"I am not playing cards."', "en", ["Peter Martin", "John Doe"]),
    ('Peter Martin criticised the plan, drawing a retort from John Doe: "This is nonsense."', "en", ["John Doe"]),
    ("Pierre Martin a lancé à Jean Dupont : « Vous n'avez pas les cartes », provoquant une réplique "
     "cinglante : « Je ne joue pas aux cartes. »", "fr", ["Pierre Martin", "Jean Dupont"]),
])
def test_quote_standing_for_a_reply(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # verbs of answering and rebuking report words like those of saying
    ('Peter Martin berated John Doe for being "disrespectful" on Friday.', "en", ["Peter Martin"]),
    ('"Not at all," Peter Martin retorted.', "en", ["Peter Martin"]),
    ('Peter Martin repeated that the deal was "dead".', "en", ["Peter Martin"]),
    # an absolute phrase: the noun phrase after "with" is the participle's subject, past an adverbial
    ('The talks turned tense, with President Peter Martin at one point berating John Doe for '
     '"gambling with lives".', "en", ["Peter Martin"]),
])
def test_answering_and_rebuking_verbs(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # French verbs of reproach and demand report words
    ("Pierre Martin a reproché à Jean Dupont de « mentir ».", "fr", ["Pierre Martin"]),
    ("Pierre Martin a exigé que Jean Dupont se montre « reconnaissant ».", "fr", ["Pierre Martin"]),
    # a relative clause with no one named at its head: no speaker
    ("Pierre Martin est enjoué, quitte à alimenter les critiques de ceux qui lui reprochent d'accueillir "
     "un « dictateur ».", "fr", [None]),
])
def test_reproach_and_generic_relative(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a label naming the words and who gave them, before a colon
    ("Pierre Martin a parlé longtemps. Réponse de Jean Dupont : « De quoi parlez-vous ? » , à laquelle "
     "Pierre Martin a regardé ailleurs.", "fr", ["Jean Dupont"]),
    ('Peter Martin spoke at length. Reply from John Doe: "Come and see."', "en", ["John Doe"]),
    # "à" after a quotation is a preposition, never the auxiliary of an incise
    ("« Nous partons », a tonné Pierre Martin.", "fr", ["Pierre Martin"]),
])
def test_labelled_reply(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "he and Y spoke about ...": the one who tells what the two spoke about is "he"
    ('Anton Weber said he and Karl Blum spoke about "long-range weapons and other arms".', "en", ["Anton Weber"]),
    # two names, no pronoun: words two parties put their names to
    ('Anton Weber and Karl Blum spoke about "long-range weapons and other arms".', "en", [None]),
])
def test_a_pronoun_coordinated_with_a_name(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "they" for two coordinated parties, the second with a title of relation ("his counterpart")
    ('Anton Weber and his German counterpart Karl Blum met on Monday. They pledged a "new era".', "en", [None]),
    ("Anton Weber et son homologue allemand Karl Blum se sont rencontrés. Ils ont parlé d'une « ère nouvelle ».",
     "fr", [None]),
    ("Anton Weber et Karl Blum se sont rencontrés. Ils ont parlé d'une « ère nouvelle ».", "fr", [None]),
])
def test_a_plural_pronoun_for_two_parties(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "avec X, <apposition>, décrivant": the participle's subject, set off by a comma
    ("Berlin a réagi avec le porte-parole du gouvernement, Anton Weber, décrivant comme « une erreur » la "
     "décision.", "fr", ["Anton Weber"]),
    # a name alone between full stops (its first name spelled otherwise) is no subject "il" stands for
    ("« Nous restons alliés », a déclaré Anton Weber avec le Premier ministre néerlandais. Marc Rutte.\n"
     "« La paix d'abord », a-t-il déclaré.", "fr", ["Anton Weber", "Anton Weber"]),
])
def test_whose_clause_a_participle_or_a_pronoun_continues(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # « Moscou est prête »: the adjective shows a feminine subject, which "il" does not stand for
    ("Anton Weber a parlé lundi. Moscou est prête à utiliser « tous ses moyens », a-t-il affirmé.", "fr",
     ["Anton Weber"]),
    # an adverb between the inverted pronoun and the participle
    ("Anton Weber a parlé lundi. « Nous sommes prêts », a-t-il ainsi affirmé.", "fr", ["Anton Weber"]),
])
def test_whom_a_french_pronoun_stands_for(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the sentence before reports what someone else said inside what its subject says: the
    # quotation after its colon is the subject's
    ("“It is understandable,” spokesman Anton Weber told reporters.\nHe said President Karl Blum had repeatedly "
     "said the country was open to talks:\n“Unfortunately, all our offers were refused.”", "en",
     ["Anton Weber", "Anton Weber"]),
    # two clauses joined by "and": the last one's subject speaks
    ("Anton Weber spoke at the banquet and Karl Blum said:\n“We are friends.”", "en", ["Karl Blum"]),
])
def test_the_sentence_before_names_who_speaks(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a participle after the comma that closes a quotation: the clause's subject
    ('Anton Weber said the deal will open a "path towards peace," describing the talks as "friendly."', "en",
     ["Anton Weber", "Anton Weber"]),
    # a relative pronoun subject: its head
    ("La décision est nulle, selon la diplomatie allemande qui rappelle que « le tribunal n'a aucune "
     "compétence ».", "fr", ["Germany"]),
    ('Anton Weber met Karl Blum, who said it was "useful".', "en", ["Karl Blum"]),
])
def test_participles_and_relative_subjects(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # the object of a relative clause's verb is not the subject of the verb after it
    ("Ruritania’s reaction to the blast that damaged the Harbour Bridge speaks to the “criminal nature” of its "
     "leaders, the Foreign Ministry spokeswoman Anna Berg has said.", "en", ["Anna Berg"]),
    ('The report that named Anna Berg said the talks were "useful".', "en", [None]),
    ("L'explosion qui a endommagé le Pont du Nord montre la « nature criminelle » du régime, a déclaré la "
     "porte-parole Anna Berg.", "fr", ["Anna Berg"]),
    # the subject of a relative clause is still a subject: "that President X" has no verb before the name
    ('A letter that Anna Berg sent said the talks were "useful".', "en", ["Anna Berg"]),
])
def test_the_object_of_a_relative_clause_is_not_the_subject(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a verb coordinated with the one before it keeps its subject, object pronouns before its auxiliary
    ("Anna Berg a critiqué Karl Blum et l'a accusé de « mentir ».", "fr", ["Anna Berg"]),
    ("Anna Berg a continué à interroger le ministre Karl Blum et lui a reproché une « tournée de propagande ».",
     "fr", ["Anna Berg"]),
    ("Anna Berg a reçu Karl Blum et s'est dite « très satisfaite ».", "fr", ["Anna Berg"]),
])
def test_a_coordinated_verb_after_object_pronouns_keeps_its_subject(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a quotation that follows its subject at once as the predicate of a clause of its own
    ("La Ruritanie appelle au calme, l'OTAN dénonce, Kiev « n'y croit pas » et Washington « prend ça au sérieux ».",
     "fr", ["Ukraine", "United States"]),
    ('Moscow denounced the move, and Kyiv "does not believe it".', "en", ["Ukraine"]),
    # ... not after a source cue (the agency narrates), nor when an incise names the speaker
    ('According to KCNA, Putin "accepted the invitation with pleasure".', "en", ["KCNA"]),
    ("La Russie « doit répondre à des questions », a déclaré le ministre Jean Dupont.", "fr", ["Jean Dupont"]),
    ("Il a parlé avec Karl Blum « en toute franchise ».", "fr", [None]),
    # a quoted participle after its auxiliary, the name in apposition closed by a comma before
    # it, and an adverb before the participle
    ("Le secrétaire général de l'Alliance, Anton Weber, a « condamné fermement » le tir.", "fr", ["Anton Weber"]),
    ("The alliance's secretary-general, Anton Weber, has \"strongly condemned\" the launch.", "en", ["Anton Weber"]),
    ("Anton Weber a « fermement condamné » le tir.", "fr", ["Anton Weber"]),
])
def test_a_quotation_as_the_predicate_of_its_subject(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # an active naming verb: "by X" after the quotation names what the words are about, not their author
    ('Anna Berg decreed a mobilization to counter what she described as "nuclear blackmail" by NATO.', "en",
     ["Anna Berg"]),
    ('The plan was described as "a failure" by Anna Berg.', "en", ["Anna Berg"]),
    # a verb that calls the owner's words something: the words are the subject's
    ("Karl Blum dismisses Anna Berg's appeal for talks with Ruritania as 'virtual mediation'", "en", ["Karl Blum"]),
])
def test_naming_verbs_and_their_authors(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang", [
    # two coordinated names are one subject, not a clause break before the second
    ('He said he and Karl Blum "made some headway" in the talks.', "en"),
    ("Les entretiens entre Paris et Berlin « ne sont pas dirigés contre quiconque ».", "fr"),
])
def test_coordinated_names_are_no_clause_break(text, lang):
    (got,) = quotes_of(text, lang)
    assert "as its predicate" not in (got.speaker_note or ""), got.speaker_note
