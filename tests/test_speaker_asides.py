"""Speakers past an aside between the verb of speech and the quote: a relative
clause set off by commas ('X said Putin, who has vowed revenge, "..."'), a
participle whose agent is a list ("X, joined by A, B and C, said"); a plural
subject right before the verb ("where the two leaders said"), which no one named
before it is; and the verbs of speech each language's list has in the other's
("denied" / « nié »).

Every case is a short paragraph written for these tests (see test_speakers).
"""

from __future__ import annotations

import pytest

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # a relative clause in commas describes the noun; the verb before it reports the words
    ('Anna Berg said President Paul Durand, who has vowed revenge, "stayed silent for a day."', "en",
     ["Anna Berg"]),
    ("La ministre Anna Berg a dit que le président Paul Durand, qui a promis de se venger, « est resté muet ».",
     "fr", ["Anna Berg"]),
    ('Anna Berg said Paul Durand, who spoke on Monday, was "deeply worried."', "en", ["Anna Berg"]),
    # a participle whose agent is a list stands between the subject and its verb
    ('Prime Minister Anna Berg, joined by President Paul Durand, Chancellor Marc Lenoir and Prime Minister '
     'Jan Kowal, said on Friday that "the offer is unacceptable."', "en", ["Anna Berg"]),
    ("La Première ministre Anna Berg, accompagnée du président Paul Durand, du chancelier Marc Lenoir et de "
     "Jan Kowal, a déclaré vendredi que « l'offre est inacceptable ».", "fr", ["Anna Berg"]),
    # verbs of speech the other language's list has (a state or a body: no person's clause to fall back on)
    ("Moscou a nié « catégoriquement » les accusations.", "fr", ["Russia"]),
    ("Le gouvernement polonais s'est plaint de « pressions ».", "fr", ["Poland"]),
    ('The Kremlin deplored the "senseless violence" of the attack.', "en", ["Kremlin"]),
    ('The Kremlin believes the vote was "illegitimate."\n\nMoscow reaffirmed that the talks were "over."', "en",
     ["Kremlin", "Russia"]),
    # a plural subject of two right before the verb: no one named before it speaks alone
    ('President Paul Durand thanked Chancellor Anna Berg on Thursday, where the two leaders reaffirmed a '
     '"no-limits" partnership.', "en", [None]),
    ("Le président Paul Durand a reçu Anna Berg jeudi, et les deux dirigeants ont salué une amitié « sans "
     "limites ».", "fr", [None]),
    ('President Paul Durand met the two leaders and said the talks were "useful".', "en", ["Paul Durand"]),
    # "the General Staff" is a state's body, no General named Staff
    ('"It was a provocation," the Ukrainian General Staff said.', "en", ["Ukraine"]),
    ('The General Staff said the attack was "a provocation".', "en", [None]),
    # a verb of opinion in the clause a verb of speech governs: the words are the teller's
    ('Spokesperson Anna Berg affirmed that Paul Durand believes the "path to victory" is for Congress to act.',
     "en", ["Anna Berg"]),
    ("La ministre Anna Berg a affirmé que Paul Durand estime la décision « absurde ».", "fr", ["Anna Berg"]),
    # a first name before a one-word alias is another person of that surname
    ('Governor Vitaliy Kim said the region was freed. "Now it is official," Kim wrote on Telegram.', "en",
     ["Vitaliy Kim"]),
    # a blog by its name; the agent of an apposed participle past a time word
    ('"We will leave the city," said the War Gonzo blog, which has many readers.', "en", ["War Gonzo"]),
    ("L'armée a repris la ville vendredi, un succès salué samedi matin par Paul Durand comme une « victoire ».",
     "fr", ["Paul Durand"]),
    # an organisation speaks as itself: the Red Cross, Russia's Investigative Committee
    ('The Red Cross said it had asked for access. "Our priority is the wounded," it said.', "en",
     ["International Committee of the Red Cross"]),
    ("Le Comité d'enquête russe a accusé Kiev d'avoir « tiré sur la prison ».", "fr", ["Investigative Committee"]),
    ('Minister Paul Durand believes the strike was "a provocation".', "en", ["Paul Durand"]),
    # an adverb between the apposition's second comma and the verb
    ("Paul Durand, le principal conseiller militaire de la présidente Anna Berg, a également déclaré que "
     "la « reconnaissance mutuelle » était essentielle.", "fr", ["Paul Durand"]),
    ('Paul Durand, the chief adviser to President Anna Berg, firmly said "mutual recognition" was essential.',
     "en", ["Paul Durand"]),
    # a participle after a noun phrase, its agent after it: a reduced passive, the agent speaks
    ("La ville a été reprise, « un jour historique » selon Anna Berg et un fait d'armes salué samedi matin "
     "par Paul Durand comme une « victoire extraordinaire ».", "fr", ["Anna Berg", "Paul Durand"]),
    ('Anna Berg signed the decree, a move hailed on Friday by Paul Durand as "historic".', "en", ["Paul Durand"]),
    # a colon after the owner of the words ("his message:"), then paragraphs that go on quoting
    ('"Our people," Paul Durand wrote.\n\nHere is a translation of his message:\n\n"Today is a historic day.\n\n'
     '"The residents never gave up."', "en", ["Paul Durand", "Paul Durand", "Paul Durand"]),
    # ... also when the last paragraph is cut off by the end of the text
    ('"Our people," Paul Durand wrote.\n\nHere is a translation of his message:\n\n"Today is a historic day. '
     'We are taking back the city.\n\n"The residents have been waiting for us. They never gave up on their country, '
     'and hope always returns', "en", ["Paul Durand", "Paul Durand", "Paul Durand"]),
    # "it" after a sentence that opens on a document and its issuer: the document, so its issuer
    ('A statement released by the Zorba Institute raised doubts.\n\n'
     '"What is known raises serious questions," it said.', "en", ["Zorba Institute"]),
])
def test_speaker_past_an_aside(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a relative clause that gives the words itself, with nothing between its verb and the comma
    ('Spokesman Paul Durand, who told reporters, "we are ready."', "en", ["Paul Durand"]),
    # a relative clause that does not close before the quote is the clause of the words
    ('Anna Berg met Paul Durand, who told reporters that the talks had "failed."', "en", ["Paul Durand"]),
    # no list after the participle: the apposition stays as it was
    ('Asked whether Paul Durand, Marc Lenoir and Jan Kowal knew, Anna Berg replied: "No."', "en", ["Anna Berg"]),
    # « nie » only as a verb: a denial in the passive names nobody
    ("Les accusations ont été niées « catégoriquement ».", "fr", [None]),
    # a verb of speech in the clause, not of opinion: the one who said it
    ('Anna Berg said that Paul Durand told reporters "we are friends".', "en", ["Paul Durand"]),
    # a title, a time word before the alias: the known Kim
    ('Comrade Kim said the visit was "historic".', "en", ["Kim Jong Un"]),
    ('Yesterday Kim said the visit was "historic". It was yesterday.', "en", ["Kim Jong Un"]),
    # a war is no one, even when the one speaking cites it
    ('"Victory is not achievable," Paul Durand said, citing the end of World War I as an example.', "en",
     ["Paul Durand"]),
    # cases a review found: a relative clause whose own verb gives the words, after another verb
    ('Anna Berg said she met Paul Durand, who told reporters on Monday, "We are ready."', "en", ["Paul Durand"]),
    ("Anna Berg a raconté avoir vu Paul Durand, qui a déclaré lundi devant la presse, « nous sommes prêts ».",
     "fr", ["Paul Durand"]),
    ('Anna Berg said Paul Durand, whose aides denied the report, "remained silent" for days.', "en",
     ["Anna Berg"]),
    # a plural phrase that is no subject ("after visiting both cities"); "both" alone is one
    ('Paul Durand after visiting both cities said the talks were "useful".', "en", ["Paul Durand"]),
    ('Paul Durand met Anna Berg on Friday, and both said the talks were "constructive".', "en", [None]),
    # a verb of opinion after a verb of speech without "that"; "considers" also means "examines"
    ('Anna Berg said Paul Durand believes the "path to victory" is for Congress to act.', "en", ["Anna Berg"]),
    ('The Duma considers a bill on "foreign agents" this week.', "en", [None]),
    # another spelling of the canonical name's surname, or its holder's other name, is no other person
    ("Vladimir Zelenski a déclaré que la contre-offensive était « en cours ».", "fr", ["Volodymyr Zelensky"]),
    ("Jorge Bergoglio a appelé à « la paix ».", "fr", ["Pope Francis"]),
    ('Dear Respected Kim said the launch was "a success".', "en", ["Kim Jong Un"]),
    # a state's own Red Cross is no ICRC; what "citing" names as an example is no source
    ('The Ukrainian Red Cross said its volunteers were "exhausted".', "en", ["Red Cross"]),
    ('"Victory is not achievable," Paul Durand said, citing the Vietnam War as an example.', "en", ["Paul Durand"]),
    # the one who denies the words, in a noun set in apposition to them, is no speaker of theirs
    ('The Investigative Committee accused Kyiv of "firing on the prison," an accusation denied by Kyiv.', "en",
     ["Investigative Committee"]),
    ('"We never fired," Kyiv denied.', "en", ["Ukraine"]),
    # outlets that are also words or names
    ('Croatian deputy minister Ivan Kuna said the plan was "fair".', "en", ["Ivan Kuna"]),
    ('A business insider said the sanctions were "biting".', "en", [None]),
    # a passive subjunctive: the state to be recognised as something says nothing
    ("Le président Paul Durand a demandé que la Russie soit reconnue « Etat parrain du terrorisme ».", "fr",
     ["Paul Durand"]),
    ("Le président Paul Durand a demandé que la Russie soit enfin reconnue « Etat parrain du terrorisme ».", "fr",
     ["Paul Durand"]),
    # « condamné à huit ans », « condamné pour terrorisme »: a court's sentence, no words reported
    ("Paul Durand, un Allemand condamné au Bélarus pour « terrorisme », a été libéré.", "fr", [None]),
    ("Paris a condamné pour sa part une « attaque odieuse ».", "fr", ["France"]),
    # ... but a relay's participle names no speaker in its agent
    ('Anna Berg called the decree "historic", the words quoted by TASS.', "en", ["Anna Berg"]),
])
def test_what_the_aside_rules_leave_alone(text, lang, expected):
    check(text, lang, expected)
