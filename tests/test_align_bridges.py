"""Quotes sharing a run of words bridge two clusters (``statements.bridges_of``),
unless the run is a phrase one document reports in two of its quotes."""

from types import SimpleNamespace

from pipeline.align.merge import merge_clusters
from pipeline.align.statements import bridges_of
from pipeline.align.words import STOPWORDS
from pipeline.config import AlignConfig


def _f(doc, text, qid="q"):
    words = text.split()
    content = [w for w in words if w not in STOPWORDS]
    return SimpleNamespace(doc=doc, norm=text, nwords=len(words), tset=set(content), cstr=" ".join(content),
                           spk=None, org=None, o=None, date=None, qid=qid)


TURN1 = "i think it is wrong to come into the white house and shout at your hosts"
TURN2 = "you bring people on a tour and then come into the white house and shout at us"


def test_a_run_one_document_reports_twice_bridges_nothing():
    feats = [_f("d1", TURN1), _f("d1", TURN2), _f("d2", "is it right to come into the white house and shout like that")]
    assign = [0, 1, 1]
    assert bridges_of(feats, [2, 0, 2, 1], assign) == set()


def test_two_runs_of_two_parts_of_one_statement_bridge():
    first = "you are gambling with the lives of millions of good people"
    second = "what you are doing is very rude to this great country of ours"
    whole = f"{first} and {second}"
    feats = [_f("d1", first), _f("d1", second), _f("d2", whole)]
    assign = [0, 1, 1]
    assert bridges_of(feats, [2, 0, 2, 1], assign) == {(0, 1)}


def test_a_run_of_a_phrase_picked_again_out_of_a_longer_quote_bridges():
    whole = "you are gambling with the lives of millions of good people every day"
    feats = [_f("d1", whole), _f("d1", "gambling with the lives of millions"), _f("d2", f"he said {whole}")]
    assert bridges_of(feats, [2, 0, 2, 1], [0, 1, 1]) == {(0, 1)}


def test_bridges_hold_after_one_side_merged_elsewhere():
    feats = [_f(f"d{i}", f"words of quote number {i} here", f"q{i}") for i in range(3)]

    class Scorer:
        cfg, f = AlignConfig(), feats

        def score(self, *a):
            return 0.0

        def grams(self, i):
            return None
    state = ([None, None, None], [0, 1, 2], [None] * 3, [None] * 3, [None] * 3, [None] * 3, [None] * 3)
    groups = merge_clusters(Scorer(), {(0, 1): 1, (1, 2): 1}, state, {}, {(0, 1), (1, 2)})
    assert sorted(map(sorted, groups)) == [[0, 1, 2]]


def test_one_run_bridges_the_two_clusters():
    feats = [_f("d1", TURN1), _f("d2", "it was wrong to come into the white house and shout")]
    assert bridges_of(feats, [1, 0], [0, 1]) == {(0, 1)}


def test_a_word_two_speakers_of_the_article_said_follows_neither():
    from pipeline.align.clusters import align_quotes
    from pipeline.data import Quote

    def q(qid, doc, text, speaker):
        return Quote(quote_id=qid, doc_id=doc, lang="en", text=text, start=0, end=len(text), speaker=speaker,
                     translation=text, context=f"It was said: {text}.")
    first = "I think it is rude of you to come here and lecture us on camera"
    second = "What you are doing is rude to the country that has backed you for years"
    quotes = [q("a", "d1", first, "Ann Lee"), q("b", "d1", second, "Bob Ray"), q("c", "d1", "rude", None),
              q("d", "d2", first, "Ann Lee"), q("e", "d3", second, "Bob Ray")]
    align_quotes(quotes, {d: "2024-03-01" for d in ("d1", "d2", "d3")})
    assert quotes[0].cluster_id == quotes[3].cluster_id != quotes[1].cluster_id == quotes[4].cluster_id
    assert quotes[2].cluster_id not in {quotes[0].cluster_id, quotes[1].cluster_id}
