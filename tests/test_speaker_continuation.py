"""Speaker rules of the spk2 stop: general facts of French and English news
writing, each case a short sentence written for these tests."""

from __future__ import annotations

import pytest

from .test_speakers import check


# -- "le président de la République": in French news, the French president ---------------

@pytest.mark.parametrize("text, lang, expected", [
    # bare, it names the head of state of France
    ("« Il faut agir vite », a déclaré le président de la République à la presse.", "fr",
     ["Emmanuel Macron"]),
    ("Le président de la République a indiqué que la réunion avait été « utile ».", "fr",
     ["Emmanuel Macron"]),
    # the name of another republic runs on after it: that state's president
    ("« Il faut agir vite », a déclaré le président de la République tchèque, Petr Pavel.", "fr",
     ["Petr Pavel"]),
    ("« Il faut agir vite », a déclaré le président de la République de Corée, Yoon Suk Yeol.", "fr",
     ["Yoon Suk Yeol"]),
    ("« Il faut agir vite », a déclaré le président de la République islamique d'Iran, Ebrahim Raïssi.",
     "fr", ["Ebrahim Raïssi"]),
])
def test_president_of_the_republic(text, lang, expected):
    check(text, lang, expected)


# -- the incise that closes a sentence reports all of it -------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # a verb of a relative clause earlier in the sentence does not take the quotes from it
    ("« La Chine est responsable » de la crise, qui souligne « la faiblesse » du régime, "
     "a réagi lundi le ministre Jean Dupont.", "fr", ["Jean Dupont", "Jean Dupont"]),
    ("« La Chine est responsable » de la crise qui a frappé l'opposant Jean Martin, qui souligne "
     "« la faiblesse » du régime, a réagi lundi le ministre Paul Durand.", "fr", ["Paul Durand", "Paul Durand"]),
    # nor does a clause whose subject is two parties: the source that closes it speaks
    ('Russia and Belarus vowed to give each other "full support" if either is attacked, TASS reported on Friday.',
     "en", ["TASS"]),
])
def test_closing_incise_reports_the_whole_sentence(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # no incise closes the sentence: the relative clause's subject speaks
    ("Il a rencontré le ministre Jean Dupont, qui a salué « un accord historique ».", "fr", ["Jean Dupont"]),
    # two parties and no source closing the sentence: nobody alone
    ('Russia and Belarus vowed "full support" to each other.', "en", [None]),
    # a verb that reports a clause of its own ("said that") closes nothing
    ('Russia and Belarus vowed "full support" to each other, TASS said that the talks went on.', "en", [None]),
])
def test_closing_incise_needs_an_incise(text, lang, expected):
    check(text, lang, expected)


# -- a clause of place with its own subject holds the quotation ------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ('Putin thanked Xi Jinping for his efforts at a summit on Thursday, where the two leaders '
     'reaffirmed a "no-limits" partnership.', "en", [None]),
    ("Poutine a remercié Xi Jinping lors d'un sommet à Pékin, où les deux dirigeants ont signé "
     "un partenariat « sans limites ».", "fr", [None]),
    # the clause of place inside the clause the verb reports: the verb's subject speaks
    ("Wang Yi a déclaré que la rencontre avait lieu à un moment où les deux pays étaient "
     "à un « tournant décisif ».", "fr", ["Wang Yi"]),
    # a clause of place closed by a comma before the reported clause
    ('Putin said at the summit, where he met Xi, that the partnership was "unlimited".', "en",
     ["Vladimir Putin"]),
])
def test_clause_of_place_holds_the_quote(text, lang, expected):
    check(text, lang, expected)


# -- an infinitive reports for the subject of the verb it depends on -------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Ioulia Navalnaïa a promis à Vladimir Poutine de poursuivre son « œuvre ».", "fr", ["Ioulia Navalnaïa"]),
    ("Ioulia Navalnaïa a accusé Vladimir Poutine d'avoir « tué » son mari et promis de poursuivre "
     "son « œuvre ».", "fr", ["Ioulia Navalnaïa", "Ioulia Navalnaïa"]),
    # a finite verb after a name is that name's
    ("Ioulia Navalnaïa a accusé le Kremlin. Vladimir Poutine poursuit son « œuvre ».", "fr", ["Vladimir Putin"]),
])
def test_infinitive_reports_for_its_governing_subject(text, lang, expected):
    check(text, lang, expected)


# -- a French incise whose comma was left out -----------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("La Russie « doit répondre à des questions » concernant la mort de l'opposant a déclaré "
     "le ministre Jean Dupont.", "fr", ["Jean Dupont"]),
    # a verb before the quotation, and a second verb coordinated with it: an object follows
    ("Le ministre a qualifié le plan de « dangereux » et a félicité ensuite le président Jean Dupont.",
     "fr", [None]),
    # English "tells X": X is told
    ('China and the US must choose between "cooperation or conflict", a top diplomat tells John Smith.',
     "en", [None]),
])
def test_incise_without_its_comma(text, lang, expected):
    check(text, lang, expected)


# -- a long quotation cut off by the end of the text continues the speaker before it -------

@pytest.mark.parametrize("text, lang, expected", [
    ('"The agreement will be signed tomorrow," Jean Dupont told reporters.\n'
     '"This agreement, once signed, will of course change the situation in the whole region and the',
     "en", ["Jean Dupont", "Jean Dupont"]),
    # a short fragment cut off goes on with the same speaker too: a new speaker would be
    # named before it, as a paragraph of quotation continues the one above it
    ('"The agreement will be signed tomorrow," Jean Dupont told reporters.\n"We have no', "en",
     ["Jean Dupont", "Jean Dupont"]),
    ('« L\'accord sera signé demain », a déclaré Jean Dupont.\n« Nous ne', "fr", ["Jean Dupont", "Jean Dupont"]),
    # (not after a paragraph that reports no speech)
    ('Jean Dupont arrived in the capital on Monday.\n"We have no', "en", [None]),
    # the sentence before reports that someone spoke: his words go on
    ('Jean Dupont spoke to reporters on Monday.\n'
     '"This agreement, once signed, will of course change the situation in the whole region and the',
     "en", ["Jean Dupont"]),
    # the sentence before reports no speech: nobody is continued
    ('Jean Dupont arrived in the capital on Monday.\n'
     '"This agreement, once signed, will of course change the situation in the whole region and the',
     "en", [None]),
])
def test_long_cut_quote_continues_the_speaker_before(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a passive clause with no agent gives the second quotation to nobody named, not to the first one's speaker
    ('Anna Berg\'s suggestion that Europe not "follow" the plan is being hailed as a "brilliant decision" this '
     "week.", "en", ["Anna Berg", None]),
    ('Anna Berg\'s call to "resist" was widely described as "reckless".', "en", ["Anna Berg", None]),
    ('Anna Berg called the plan "reckless" and "dangerous".', "en", ["Anna Berg", "Anna Berg"]),
])
def test_a_passive_clause_does_not_continue_the_quote_before_it(text, lang, expected):
    check(text, lang, expected)


def test_it_after_an_outlet_that_relays_is_the_speaker_it_relays():
    # "According to AFP": the agency relays; "it" is the newspaper the sentence quotes
    check('According to AFP, an opinion piece in the state-owned Chinese newspaper Global Times said the remarks '
          'were "clearly the result of long reflection." "Some people want to build a false Europe," it added.',
          "en", ["Global Times", "Global Times"])
    check('According to AFP, the talks were long. "Some people want to build a false Europe," it added.',
          "en", ["AFP"])


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence that is a coordinating conjunction and the quotation goes on with the speaker before
    ('Ivan Petrov spoke in Paris.\n"Europe had not built this autonomy for a long time," he said. '
     'But "now the ideological battle has been won."', "en", ["Ivan Petrov", "Ivan Petrov"]),
    ("Ivan Petrov a parlé à Paris. « L'Europe n'avait pas construit cette autonomie », a-t-il dit. "
     "Mais « la bataille idéologique est gagnée ».", "fr", ["Ivan Petrov", "Ivan Petrov"]),
    # ... not a sentence that goes on after the quotation: its own clause decides
    ('Ivan Petrov spoke in Paris.\n"Europe had not built this autonomy for a long time," he said. '
     'But "now" the battle is over, critics replied.', "en", ["Ivan Petrov", None]),
])
def test_a_conjunction_and_a_quotation_make_a_sentence_of_the_speaker_before(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence of narration with no verb of speech and no subject of its own, right after a sentence
    # of its paragraph that quotes a named speaker, goes on in that speaker's words
    ("« Rien n'indique une attaque », a affirmé Ivan Petrov. L'explosion, « pas très forte », serait due "
     "à une « chute » de missile.", "fr", ["Ivan Petrov", "Ivan Petrov", "Ivan Petrov"]),
    ('"We saw no sign of an attack," Ivan Petrov said. The blast, "not very strong", was due to a "fall" '
     "of debris.", "en", ["Ivan Petrov", "Ivan Petrov", "Ivan Petrov"]),
    # ... not when people or a body may be its subject, nor across paragraphs
    ("« Rien n'indique une attaque », a affirmé Ivan Petrov. Les autorités locales ont, de leur côté, mis en "
     "cause de « multiples frappes ».", "fr", ["Ivan Petrov", None]),
    ('"We will stay friends," Ivan Petrov said. After their meeting, the two leaders signed a declaration to '
     '"deepen" their ties.', "en", ["Ivan Petrov", None]),
    ("« Rien n'indique une attaque », a affirmé Ivan Petrov.\n\nL'explosion, « pas très forte », serait due "
     "à une « chute » de missile.", "fr", ["Ivan Petrov", None, None]),
    # ... nor a sentence that introduces its quotation with a colon: someone else's words
    ("« Nous tiendrons », a déclaré Ivan Petrov. Puis, pour finir, les mots d'un soldat : « J'ai peur. »", "fr",
     ["Ivan Petrov", None]),
])
def test_narration_right_after_a_quoted_speaker_goes_on_in_his_words(text, lang, expected):
    check(text, lang, expected)
