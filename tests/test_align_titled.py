"""A quote credited to a role description its article leaves unnamed takes the
one person the run's other articles title with that role for that body
(pipeline/align/titled.py). Sentences are constructed for the tests."""

from __future__ import annotations

import json

from pipeline.align.clusters import align_quotes
from pipeline.align.titled import TITLED, description
from pipeline.config import AlignConfig
from pipeline.data import Quote
from pipeline.stages.align import apply_stored, to_store

from .test_align_named_by_relays import documents

DAY = "2024-03-02"
CFG = AlignConfig()
ALIASES = {"Russia": ["Russian Federation", "Moscow"], "Germany": ["Berlin"]}
ORGS = ["Russia", "Germany"]
TITLE = "Russian ambassador to Germany Piotr Belov said the decision was dangerous."


def q(qid: str, doc: str, text: str, speaker: str | None, note: str, context: str) -> Quote:
    return Quote(quote_id=qid, doc_id=doc, lang="en", text=text, start=0, end=len(text), speaker=speaker,
                 speaker_note=note, translation=text, context=context)


def aligned(quotes: list[Quote]) -> dict[str, Quote]:
    align_quotes(quotes, {x.doc_id: DAY for x in quotes}, CFG, organisations=ORGS, aliases=ALIASES)
    return {x.quote_id: x for x in quotes}


def unnamed(qid: str = "b", doc: str = "d2", described: str = "Russia’s ambassador") -> Quote:
    return q(qid, doc, "a new level of confrontation between the two states", "Russia",
             f"before the quote: 'warned' + '{described}'", f"{described} warned of \"a new level\".")


def test_the_one_holder_the_other_articles_name_is_the_speaker():
    got = aligned([q("a", "d1", "dangerous", "Piotr Belov", "after the quote: 'said' + 'Piotr Belov'", TITLE),
                   unnamed()])
    assert got["b"].speaker == "Piotr Belov"
    assert got["b"].speaker_note == TITLED + "'Russia’s ambassador' -> Piotr Belov, whom other articles of the run title so"


def test_a_french_description_by_the_state_adjective():
    got = aligned([q("a", "d1", "dangerous", "Piotr Belov", "after the quote: 'said' + 'Piotr Belov'", TITLE),
                   unnamed(described="L'ambassadeur russe")])
    assert got["b"].speaker == "Piotr Belov"


def test_two_holders_of_the_post_leave_the_body():
    other = "Russian ambassador Ivan Sokol said the talks had failed."
    got = aligned([q("a", "d1", "dangerous", "Piotr Belov", "after the quote: 'said' + 'Piotr Belov'", TITLE),
                   q("c", "d3", "failed", "Ivan Sokol", "after the quote: 'said' + 'Ivan Sokol'", other),
                   unnamed()])
    assert got["b"].speaker == "Russia"


def test_someone_the_article_does_not_name_stays_unnamed():
    got = aligned([q("a", "d1", "dangerous", "Piotr Belov", "after the quote: 'said' + 'Piotr Belov'", TITLE),
                   unnamed(described="a Russian ambassador")])
    assert got["b"].speaker == "Russia"


def test_the_description_read_from_the_quotes_stage_note():
    assert description("before the quote: 'condemned' + 'Russia’s ambassador'") == "Russia’s ambassador"
    assert description("after the quote: 'accusé' + pronoun 'il' -> 'L'ambassadeur russe', subject before it") \
        == "L'ambassadeur russe"
    assert description("role description 'the Ukrainian foreign minister' with no official of Ukraine before it") \
        == "the Ukrainian foreign minister"
    assert description("after the quote: 'said' + pronoun 'she' -> Maria Vos, the speaker of a sentence before it") is None
    assert description("before the quote: 'said' + 'an unnamed official'") is None
    assert description(None) is None


def test_the_stored_result_keeps_the_note():
    quotes = [q("a", "d1", "dangerous", "Piotr Belov", "after the quote: 'said' + 'Piotr Belov'", TITLE), unnamed()]
    clusters = align_quotes(quotes, {"d1": DAY, "d2": DAY}, CFG, organisations=ORGS, aliases=ALIASES)
    assert quotes[1].speaker == "Piotr Belov"
    docs = documents(quotes)
    stored = json.loads(to_store(docs, clusters))
    assert [row[5] for row in stored["quotes"]] == [None, quotes[1].speaker_note]
    fresh = [q("a", "d1", "dangerous", "Piotr Belov", "after the quote: 'said' + 'Piotr Belov'", TITLE), unnamed()]
    for doc in docs:
        doc.quotes = [x for x in fresh if x.doc_id == doc.doc_id]
    apply_stored(docs, stored)
    assert fresh[1].speaker == "Piotr Belov" and fresh[1].speaker_note.startswith(TITLED)


def titled_by(title: str, described: str) -> str | None:
    """The speaker a quote credited to ``described`` takes, where another article
    titles Mette Lund with ``title`` (Denmark is in neither ``ALIASES`` nor ``ORGS``)."""
    got = aligned([q("a", "d1", "dangerous", "Mette Lund", "after the quote: 'said' + 'Mette Lund'", title),
                   q("b", "d2", "a new level of confrontation", None, f"before the quote: 'warned' + '{described}'",
                     f"{described} warned of \"a new level\".")])
    return got["b"].speaker


def test_any_state_and_a_title_in_capitals():
    # every state of states.STATE_BODIES is a body, and a title's capitalised words may stand
    # between the state's adjective and the role
    assert titled_by("Danish Prime Minister Mette Lund said the decision was dangerous.",
                     "La Première ministre danoise") == "Mette Lund"
    assert titled_by("Danish Prime Minister Mette Lund said the decision was dangerous.",
                     "the Danish prime minister") == "Mette Lund"


def test_a_french_role_of_several_words():
    # « chef de la diplomatie » is the foreign minister, not a chief
    assert titled_by("Danish Foreign Minister Mette Lund said the decision was dangerous.",
                     "le chef de la diplomatie danoise") == "Mette Lund"
    assert titled_by("North Korean Foreign Minister Mette Lund said the decision was dangerous.",
                     "la cheffe de la diplomatie nord-coréenne") == "Mette Lund"


def test_another_office_or_rank_titles_nobody():
    # the prime minister is no foreign minister; a deputy minister is no minister
    assert titled_by("Danish Foreign Minister Mette Lund said the decision was dangerous.",
                     "the Danish prime minister") is None
    assert titled_by("Danish Deputy Foreign Minister Mette Lund said the decision was dangerous.",
                     "the Danish foreign minister") is None
    assert titled_by("Danish deputy foreign minister Mette Lund said the decision was dangerous.",
                     "the Danish foreign minister") is None
