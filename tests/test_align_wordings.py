"""Quotes of the very same words join one cluster even when their articles name
different speakers or none (pipeline/align/wordings.py). Sentences are
constructed for the tests."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.align.clusters import align_quotes
from pipeline.align.records import link_key
from pipeline.align.wordings import join_wordings
from pipeline.config import AlignConfig
from pipeline.data import Quote

CFG = AlignConfig()
WORDS = "the courage to lower the harbour flag and to talk"


def q(qid: str, doc: str, text: str, speaker: str | None = None, lang: str = "en",
      translation: str | None = None, day: str = "2024-03-10") -> tuple[Quote, str]:
    return Quote(quote_id=qid, doc_id=doc, lang=lang, text=text, start=0, end=len(text), speaker=speaker,
                 translation=translation or text), day


def aligned(rows: list[tuple[Quote, str]]) -> dict[str, Quote]:
    quotes = [x for x, _ in rows]
    align_quotes(quotes, {x.doc_id: day for x, day in rows}, CFG)
    return {x.quote_id: x for x in quotes}


def test_the_same_words_join_where_no_speaker_or_the_speakers_body_is_named():
    got = aligned([q("a", "d1", WORDS, "Anna Berg"), q("b", "d2", WORDS, "Anna Berg"),
                   q("c", "d3", WORDS), q("d", "d4", WORDS)])
    assert got["a"].cluster_id == got["b"].cluster_id == got["c"].cluster_id == got["d"].cluster_id


def test_two_persons_keep_even_a_long_wording_apart():
    # two speakers named for the same words: the aligner's reading of speakers stands
    got = aligned([q("a", "d1", WORDS, "Anna Berg"), q("b", "d2", WORDS, "Anna Berg"),
                   q("c", "d3", WORDS, "Piet Mol")])
    assert got["c"].cluster_id != got["a"].cluster_id
    assert got["c"].speaker == "Piet Mol"


def test_a_translation_that_reads_word_for_word_joins_the_original():
    got = aligned([q("a", "d1", WORDS, "Anna Berg"), q("b", "d2", WORDS, "Anna Berg"),
                   q("c", "d3", "le courage de baisser le drapeau du port et de parler",
                     lang="fr", translation=WORDS)])
    assert got["c"].cluster_id == got["a"].cluster_id


def test_two_persons_keep_a_two_word_phrase_apart():
    # two leaders may both call for a "harbour truce"
    got = aligned([q("a", "d1", "harbour truce", "Anna Berg"), q("b", "d2", "harbour truce", "Anna Berg"),
                   q("c", "d3", "harbour truce", "Piet Mol")])
    assert got["a"].cluster_id == got["b"].cluster_id
    assert got["c"].cluster_id != got["a"].cluster_id


def test_one_content_word_is_no_wording_of_its_own():
    # the sentences disagree, so the aligner keeps the third apart; one content word joins nothing more
    said = "Anna Berg said the harbour works were only the beginning"
    rows = [q("a", "d1", "the beginning", "Anna Berg"), q("b", "d2", "the beginning", "Anna Berg"),
            q("c", "d3", "the beginning")]
    rows[0][0].context = rows[1][0].context = said
    rows[2][0].context = "The festival opens on Friday, the beginning of the season"
    got = aligned(rows)
    assert got["a"].cluster_id == got["b"].cluster_id
    assert got["c"].cluster_id != got["a"].cluster_id


def test_words_said_months_later_stay_apart():
    got = aligned([q("a", "d1", WORDS, "Anna Berg"), q("b", "d2", WORDS, "Anna Berg"),
                   q("c", "d3", WORDS, day="2024-07-01")])
    assert got["c"].cluster_id != got["a"].cluster_id


def test_two_bodies_keep_even_long_stock_wording_apart():
    words = "the launch is a clear violation of several security council resolutions"
    quotes = [q("a", "d1", words, "Harbour Ministry"), q("b", "d2", words, "Harbour Ministry"),
              q("c", "d3", words, "River Council")]
    align_quotes([x for x, _ in quotes], {x.doc_id: day for x, day in quotes}, CFG,
                 organisations=["Harbour Ministry", "River Council"])
    got = {x.quote_id: x for x, _ in quotes}
    assert got["c"].cluster_id != got["a"].cluster_id


def feature(doc: str, words: str, spk: str | None = None, content: int = 5, day: int = 100) -> SimpleNamespace:
    """What join_wordings reads of an aligned quote's features."""
    return SimpleNamespace(doc=doc, norm=words, onorm="", back=False, tset=frozenset(range(content)),
                           spk=spk, org=None, side=frozenset(), aff=frozenset(), date=day,
                           nwords=len(words.split()), qid=f"{doc}-{words}")


def test_the_quotes_cluster_follows_it_when_all_of_it_fits():
    feats = [feature("d1", WORDS, "anna berg"), feature("d2", WORDS, "anna berg"), feature("d5", WORDS),
             feature("d3", WORDS), feature("d4", WORDS + " at last")]
    links = {link_key(4, 3): 0.8}
    groups = join_wordings(feats, [[0, 1, 2], [4, 3]], max_days=7, links=links)
    assert len(groups) == 1 and groups[0][0] == 4  # one cluster, its longest version first
    assert sorted(groups[0]) == [0, 1, 2, 3, 4]
    assert links == {link_key(4, 3): 0.8, link_key(3, 0): 1.0}  # the old link stays, the twin's is added


def test_a_quote_moves_alone_when_its_cluster_does_not_fit():
    feats = [feature("d1", WORDS, "anna berg"), feature("d2", WORDS, "anna berg"), feature("d5", WORDS),
             feature("d3", WORDS), feature("d4", WORDS + " at last", day=140)]
    links = {link_key(4, 3): 0.8}
    groups = join_wordings(feats, [[0, 1, 2], [4, 3]], max_days=7, links=links)
    assert [sorted(g) for g in groups] == [[0, 1, 2, 3], [4]]  # the later quote stays
    assert links == {link_key(3, 0): 1.0}
