"""Short fragments of one speaker's statement join the statement's cluster
(``pipeline.align.fragments``)."""

from pipeline.align.clusters import align_quotes
from pipeline.data import Quote

ALIASES = {"China": ["China", "la Chine"]}
DATES = {d: "2024-03-01" for d in ("d1", "d2", "d3", "d4", "d5")}
LONG = "This plan is utterly absurd and a reckless political stunt by people who never learn"


def _q(qid, doc, text, speaker, context):
    return Quote(quote_id=qid, doc_id=doc, lang="en", text=text, start=0, end=len(text), speaker=speaker,
                 translation=text, context=context)


def _long(qid, doc, text=LONG):
    return _q(qid, doc, text, "Li Wei", f"A spokeswoman for the Chinese foreign ministry, Li Wei, said: {text}.")


def test_a_body_fragment_joins_the_one_statement_of_its_voice():
    quotes = [_long("a", "d1"), _long("b", "d2"),
              _q("c", "d3", "political stunt", "China", "China called the plan a reckless political stunt."),
              _q("d", "d4", "political stunt", "China", "China dismissed it as a reckless political stunt.")]
    align_quotes(quotes, DATES, organisations=ALIASES, aliases=ALIASES)
    assert len({q.cluster_id for q in quotes}) == 1


def test_a_fragment_two_statements_hold_joins_neither():
    other = "We see a reckless political stunt and we will answer it in kind next week"
    quotes = [_long("a", "d1"), _long("b", "d2"), _long("e", "d3", other), _long("f", "d5", other),
              _q("c", "d4", "political stunt", "China", "China called the plan a reckless political stunt.")]
    align_quotes(quotes, DATES, organisations=ALIASES, aliases=ALIASES)
    assert quotes[4].cluster_id not in {quotes[0].cluster_id, quotes[2].cluster_id}


def test_a_fragment_of_a_person_nobody_calls_the_body_s_voice_stays_apart():
    quotes = [_q("a", "d1", LONG, "Li Wei", f"Li Wei said: {LONG}."), _q("b", "d2", LONG, "Li Wei", f"Li Wei said: {LONG}."),
              _q("c", "d3", "political stunt", "China", "China called the plan a reckless political stunt.")]
    align_quotes(quotes, DATES, organisations=ALIASES, aliases=ALIASES)
    assert quotes[2].cluster_id != quotes[0].cluster_id


def test_one_word_moves_to_the_statement_that_holds_it_as_written():
    said = "He is a tyrant in the sense that he runs the whole country alone"
    other = "Those tyrants never learn what their own people want from them"
    quotes = [_q("a", "d1", said, "Ann Lee", f"Ann Lee told reporters: {said}."),
              _q("b", "d2", said, "Ann Lee", f"Asked again, Ann Lee said: {said}."),
              _q("c", "d3", other, "Ann Lee", f"In June Ann Lee said: {other}."),
              _q("d", "d4", "tyrant", "Ann Lee", "Lee said the people want him gone, calling him a tyrant.")]
    align_quotes(quotes, DATES)
    assert quotes[3].cluster_id == quotes[0].cluster_id != quotes[2].cluster_id


FOLLOW = "The worst thing would be for Europeans to become mere followers on this matter and wait for others"


def _said(qid, doc, text, context):
    return _q(qid, doc, text, "Ann Lee", context)


def test_a_rare_word_alone_joins_the_one_statement_that_holds_it_inflected():
    quotes = [_said("a", "d1", FOLLOW, f"Ann Lee told a paper: {FOLLOW}."),
              _said("b", "d2", FOLLOW, f"Ann Lee said: {FOLLOW}."),
              _said("c", "d3", "follower", "Critics mocked Lee's wish not to be a follower."),
              _said("d", "d4", "follower", "Lee does not want Europe to be a follower, she told a paper.")]
    align_quotes(quotes, DATES)
    assert len({q.cluster_id for q in quotes}) == 1


def test_a_common_word_alone_stays_apart():
    said = "We have no information at all about the cause and we are waiting for the experts"
    quotes = [_said("a", "d1", said, f"Ann Lee said: {said}."), _said("b", "d2", said, f"Ann Lee said: {said}."),
              _said("c", "d3", "information", "Lee said her office had no information yet."),
              _said("d", "d4", "information", "Lee's office said it lacked information on Friday.")]
    align_quotes(quotes, DATES)
    assert quotes[2].cluster_id != quotes[0].cluster_id


def test_a_rare_word_only_a_synonym_holds_stays_apart():
    said = "He is the closest comrade and the most trusted friend our nation has ever known"
    quotes = [_said("a", "d1", said, f"Ann Lee said: {said}."), _said("b", "d2", said, f"Ann Lee said: {said}."),
              _said("c", "d3", "allied", "Lee said both nations were now allied."),
              _said("d", "d4", "allied", "Lee called the two states allied.")]
    align_quotes(quotes, DATES)
    assert quotes[2].cluster_id != quotes[0].cluster_id
