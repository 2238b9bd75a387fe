"""Sentences of a long quote bridge the clusters of outlets that quote them
apart (``pipeline.align.parts``)."""

from pipeline.align.clusters import align_quotes
from pipeline.align.parts import sentence_parts, sentences
from pipeline.config import AlignConfig
from pipeline.data import Quote

DATES = {f"d{k}": "2024-05-02" for k in range(1, 9)}
FIRST = "The harbour road will reopen next month once the engineers finish their checks"
SECOND = "Every family that lost a house will receive compensation before the winter"


def _q(qid, doc, text, speaker="Ann Lee", lang="en", translation=None):
    return Quote(quote_id=qid, doc_id=doc, lang=lang, text=text, start=0, end=len(text), speaker=speaker,
                 translation=translation if translation is not None else text)


def test_sentences_end_at_a_stop_before_a_capital_not_at_an_initial():
    assert sentences("Kyiv stands. And Ukraine stands! Is it? Yes.") == ["Kyiv stands.", "And Ukraine stands!", "Is it?", "Yes."]
    assert sentences("Mr. Smith met Donald J. Trump today. Then he left.") == [
        "Mr. Smith met Donald J. Trump today.", "Then he left."]
    assert sentences("He said “we stay.” Then he left.") == ["He said “we stay.”", "Then he left."]
    assert sentences("one sentence only") == ["one sentence only"]


def test_parts_are_each_sentence_and_the_runs_from_the_start_and_to_the_end():
    q = _q("a", "d1", "One. Two. Three.")
    assert [p.text for p in sentence_parts(q)] == ["One.", "One. Two.", "Two.", "Two. Three.", "Three."]
    assert sentence_parts(_q("b", "d1", "Only one sentence here")) == []


def test_a_translated_quote_keeps_its_original_sentences_when_they_pair():
    q = _q("a", "d1", "Kiev est debout. L'Ukraine est debout.", lang="fr",
           translation="Kiev stands. Ukraine stands.")
    parts = sentence_parts(q)
    assert [(p.text, p.translation) for p in parts] == [("Kiev est debout.", "Kiev stands."),
                                                       ("L'Ukraine est debout.", "Ukraine stands.")]
    # sentences that do not pair: the translation's parts, read as written
    odd = _q("b", "d1", "Kiev est debout, l'Ukraine aussi.", lang="fr", translation="Kiev stands. Ukraine too.")
    assert [(p.text, p.translation, p.lang) for p in sentence_parts(odd)] == [
        ("Kiev stands.", None, None), ("Ukraine too.", None, None)]


# a statement of three sentences: one outlet quotes the first two, others the
# first alone or the last two; at a strict threshold the long quotes match
# neither version whole, but each sentence matches
FIRST = "One year after the invasion began, the harbour city of Odesa still stands against every missile"
SECOND = "The valley stands. Schools stand"
THIRD = "Farmers stand with you, and Europe stands with you"
STRICT = AlignConfig(threshold=0.7)


def _statement():
    return [_q("long", "d1", f"{FIRST}. {SECOND},"),
            _q("f1", "d2", f"{FIRST},"), _q("f2", "d3", f"{FIRST}."),
            _q("s1", "d4", f"{SECOND}. {THIRD}."), _q("s2", "d5", f"{SECOND}. {THIRD}!")]


def _clusters(quotes):
    return [q.cluster_id for q in quotes]


def test_a_quote_that_spans_two_sentences_joins_the_clusters_of_each():
    quotes = _statement()
    align_quotes(quotes, DATES, STRICT)
    assert len(set(_clusters(quotes))) == 1


def test_a_longer_version_needs_a_near_certain_score():
    # the others quote the sentences with more after them: twice the part's words, all of it there
    more = f"{SECOND}. Farmers, teachers and nurses stand with you, and Europe stands with you"
    quotes = _statement()[:3] + [_q("m1", "d4", more), _q("m2", "d5", more)]
    align_quotes(quotes, DATES, STRICT)
    assert len(set(_clusters(quotes))) == 1


def test_without_the_spanning_quote_the_two_versions_stay_apart():
    quotes = _statement()[1:]
    align_quotes(quotes, DATES, STRICT)
    assert quotes[0].cluster_id == quotes[1].cluster_id != quotes[2].cluster_id == quotes[3].cluster_id


def test_a_part_does_not_bridge_to_another_speaker_nor_without_a_speaker():
    quotes = _statement()
    quotes[3].speaker = quotes[4].speaker = "Bo Chen"
    align_quotes(quotes, DATES, STRICT)
    assert quotes[0].cluster_id != quotes[3].cluster_id
    quotes = _statement()
    quotes[0].speaker = None
    align_quotes(quotes, DATES, STRICT)
    assert quotes[1].cluster_id != quotes[3].cluster_id


def test_a_sentence_found_inside_a_much_longer_passage_does_not_bridge():
    # the others quote a passage that holds the sentences among many more words
    passage = (f"{SECOND}. {THIRD}, and the ministry has promised that the rebuilding of every road, "
               "bridge and school in the valley will be paid for by the national reconstruction fund")
    quotes = _statement()[:3] + [_q("p1", "d4", passage), _q("p2", "d5", passage)]
    align_quotes(quotes, DATES, STRICT)
    assert quotes[0].cluster_id != quotes[3].cluster_id
