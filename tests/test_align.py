"""Cross-document quote alignment (pipeline/align/clusters.py).

Quotes are written by hand from the sample corpus's story (the Putin-Kim
summit at Vostochny, September 2023): English originals from the wires, French
relays with rough machine translations of the kind Apertium gives.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
import random
from dataclasses import replace

import pytest

from pipeline.config import AlignConfig, Config
from pipeline.data import Quote
from pipeline.align.clusters import align_quotes, diff_clusters, normalize, stem

DAY = "2023-09-13"

PESKOV_FR = (
    "Non, aucun accord n'a été signé, ni militaire ni autre. "
    "Nous n'envisageons pas de signer le moindre accord"
)
PESKOV_FR_MT = (
    "No, no agreement has been signed, neither military neither another. "
    "We do not envisage to sign the least agreement"
)
PESKOV_EN = (
    "No, no agreements were signed, neither military nor otherwise. "
    "We are not planning to sign any agreements"
)
MILLER_EN = "very troubling and could violate several UN Security Council resolutions"
MILLER_FR = "très troublante et susceptible de violer plusieurs résolutions du Conseil de sécurité de l'ONU"
MILLER_FR_MT = "very disturbing and likely to violate several resolutions of the Security Council of the UN"
PESKOV_TENSIONS_FR = (
    "Nous ne provoquons pas, n'aggravons pas les tensions et ne menaçons personne. "
    "Nous discutons toujours ouvertement et ne violerons jamais aucune réglementation"
)
PESKOV_TENSIONS_MT = (
    "We do not cause, do not aggravate the tensions and do not threaten anybody. "
    "We always discuss openly and will never violate any regulation"
)
PESKOV_TENSIONS_EN = "We are not provoking, not aggravating tensions and not threatening anyone"


def q(
    qid: str,
    doc: str,
    text: str,
    *,
    lang: str = "en",
    translation: str | None = None,
    speaker: str | None = None,
    via: tuple[str, ...] = (),
) -> Quote:
    return Quote(
        quote_id=qid,
        doc_id=doc,
        lang=lang,
        text=text,
        start=0,
        end=len(text),
        speaker=speaker,
        via=list(via),
        translation=translation if translation is not None else (text if lang == "en" else None),
    )


def same_day(quotes: list[Quote], day: str = DAY) -> dict[str, str]:
    return {x.doc_id: day for x in quotes}


def cluster_of(clusters, qid: str):
    found = [c for c in clusters if qid in c.members]
    assert len(found) == 1, f"{qid} is in {len(found)} clusters"
    return found[0]


def together(clusters, *qids: str) -> bool:
    return len({cluster_of(clusters, x).cluster_id for x in qids}) == 1


def chash(qid: str) -> str:
    return "c" + hashlib.sha256(qid.encode()).hexdigest()[:12]


CFG = AlignConfig()


# -- matching across outlets and languages -------------------------------------


def test_peskov_rough_machine_translation_joins_english_original():
    quotes = [
        q("fr1", "lefigaro", PESKOV_FR, lang="fr", translation=PESKOV_FR_MT, speaker="Dmitry Peskov", via=("Interfax",)),
        q("en1", "reuters", PESKOV_EN, speaker="Dmitry Peskov", via=("Reuters",)),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 1
    c = clusters[0]
    assert sorted(c.members) == ["en1", "fr1"]
    assert c.speaker == "Dmitry Peskov"
    assert c.languages == ["en", "fr"]
    assert c.outlets == ["Interfax", "Reuters"]
    assert len(c.variants) == 2
    (pair, score), = c.scores.items()
    assert pair == "en1|fr1" and CFG.threshold <= score <= 1.0
    # the two renderings differ in wording: one is the longest, the other a paraphrase of it
    rel = {x.quote_id: x.relation for x in quotes}
    assert sorted(rel.values()) == ["paraphrase", "verbatim"]
    assert rel[c.longest] == "verbatim"
    # both deny: no negation drift, no number drift
    assert all(x.drift == [] for x in quotes)


def test_putin_glad_vs_rough_happy_same_speaker():
    quotes = [
        q("en", "tass-en", "I am glad to see you", speaker="Vladimir Putin", via=("TASS",)),
        q("fr", "liberation", "Je suis heureux de vous voir", lang="fr", translation="I am happy to see you", speaker="Vladimir Putin"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 1
    assert {x.relation for x in quotes} == {"verbatim", "paraphrase"}
    assert clusters[0].variants == sorted(["I am glad to see you", "I am happy to see you"], key=lambda v: (-len(v), v))


def test_one_word_partial_joins_the_longer_miller_quote():
    word = q("word", "lemonde", "troublant", lang="fr", translation="troubling")
    # (read with its sentence: a bare word alone, with nobody named, links to nothing)
    word.context = ("Il a jugé \"troublant\" que la Russie parle de coopération avec la Corée du Nord sur des "
                    "programmes qui violeraient les résolutions du Conseil de sécurité.")
    quotes = [
        q("long", "ap", MILLER_EN, speaker="Matthew Miller", via=("AP",)),
        word,
        q("frlong", "ouest-france", MILLER_FR, lang="fr", translation=MILLER_FR_MT, speaker="Matthew Miller"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 1
    c = clusters[0]
    by = {x.quote_id: x for x in quotes}
    assert c.longest == "frlong"  # the French relay's rendering has the most words
    assert by["word"].relation == "partial"
    assert by["long"].relation == "paraphrase"
    assert c.speaker == "Matthew Miller"
    assert by["word"].drift == []


def test_one_word_translation_joins_through_the_thesaurus():
    word = q("word", "lemonde", "troublante", lang="fr", translation="disturbing")
    word.context = ("Il a jugé la chose \"troublante\" : la Russie parle de coopération avec la Corée du Nord "
                    "sur des programmes qui violeraient les résolutions du Conseil de sécurité.")
    quotes = [q("long", "ap", MILLER_EN, speaker="Matthew Miller"), word]
    align_quotes(quotes, same_day(quotes), CFG)
    assert quotes[0].cluster_id == quotes[1].cluster_id
    assert quotes[1].relation == "partial"  # its one word, translated, is in the longest


def test_a_one_word_quote_is_read_with_its_sentence():
    # "opportunités" of military cooperation is not the longer remark that happens
    # to hold the word, but the relay that says "chances" of military cooperation
    # (opportunity ~ chance in the English thesaurus)
    word = q("word", "lemonde", "opportunités", lang="fr", translation="opportunities", speaker="Vladimir Putin")
    word.context = ("M. Poutine a déclaré aux journalistes qu'il voyait des \"opportunités\" "
                    "de coopération militaire avec la Corée du Nord.")
    relay = q("relay", "wire", "chances", speaker="Vladimir Putin")
    relay.context = 'Putin later said there were "chances" for military cooperation with Pyongyang.'
    quotes = [
        q("long", "guardian", "Mais bien sûr, nous chercherons des opportunités pour développer les relations "
          "entre la Russie et la Corée du Nord.", lang="fr",
          translation="But of course, we will look for opportunities to develop the relations between Russia "
          "and North Korea.", speaker="Vladimir Putin"),
        word,
        relay,
    ]
    align_quotes(quotes, same_day(quotes), CFG)
    assert quotes[1].cluster_id != quotes[0].cluster_id
    assert quotes[1].cluster_id == quotes[2].cluster_id


def test_a_one_word_quote_whose_sentence_agrees_joins_the_longer_quote():
    word = q("word", "lemonde", "troublant", lang="fr", translation="troubling")
    word.context = ("Il a estimé qu'il était \"troublant\" que la Russie parle de coopération avec la Corée du "
                    "Nord sur des programmes susceptibles de violer les résolutions du Conseil de sécurité.")
    quotes = [q("long", "ap", MILLER_EN, speaker="Matthew Miller"), word]
    align_quotes(quotes, same_day(quotes), CFG)
    assert quotes[0].cluster_id == quotes[1].cluster_id


def test_a_bare_word_standing_alone_with_no_speaker_joins_nothing():
    # a subheading "Consequences": no sentence to read it with, nobody named for it
    quotes = [q("long", "ap", "The sanctions will have consequences for the whole region", speaker="Jane Roe"),
              q("word", "bbc", "Consequences")]
    assert len(align_quotes(quotes, same_day(quotes), CFG)) == 2
    # ... a short phrase of its words still may ("without delay")
    quotes = [q("long", "ap", "The allies will help with all means at their disposal without delay",
                speaker="Jane Roe"), q("phrase", "bbc", "without delay")]
    assert len(align_quotes(quotes, same_day(quotes), CFG)) == 1


def test_a_single_content_word_is_not_enough_for_a_longer_unattributed_quote():
    quotes = [
        q("long", "ap", MILLER_EN, speaker="Matthew Miller"),
        # one content word ("troubling") among stopwords: not a part of Miller's quote
        q("other", "bbc", "it was troubling for all of us"),
        q("blinken", "cnn", "deeply troubling", speaker="Antony Blinken"),
    ]
    assert len(align_quotes(quotes, same_day(quotes), CFG)) == 3


def test_different_known_speakers_never_merge_even_through_an_unattributed_relay():
    quotes = [
        q("putin", "tass", "I am glad to see you", speaker="Vladimir Putin"),
        q("kim", "kcna", "I am glad to see you", speaker="Kim Jong Un"),
        q("anon", "blog", "I am glad to see you"),
        q("anon2", "blog2", "I am glad to see you"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert not together(clusters, "putin", "kim")
    for c in clusters:
        assert len({x.speaker for x in quotes if x.quote_id in c.members} - {None}) <= 1
    # the unattributed relays join one of them (they cannot bridge the two)
    assert len(clusters) == 2


def test_unrelated_statements_of_one_speaker_stay_apart():
    quotes = [
        q("a", "d1", "North Korea is our neighbour and we must always try to build good neighbourly relations", speaker="Dmitry Peskov"),
        q("b", "d2", PESKOV_TENSIONS_EN, speaker="Dmitry Peskov"),
        q("c", "d3", "The talks will be followed by an official lunch and a visit to the launch site", speaker="Dmitry Peskov"),
        q("d", "d4", "Sensitive areas will be discussed, but there will be no public statements on them", speaker="Dmitry Peskov"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 4
    assert all(x.relation == "verbatim" and x.drift == [] for x in quotes)


# -- documents, dates ------------------------------------------------------------


def test_quotes_of_one_document_are_not_merged():
    quotes = [
        q("a", "same", "We are not planning to sign any agreements", speaker="Dmitry Peskov"),
        q("b", "same", "No agreements will be signed during the visit", speaker="Dmitry Peskov"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 2
    # the same pair from two documents does merge
    quotes2 = [
        q("a", "one", "We are not planning to sign any agreements", speaker="Dmitry Peskov"),
        q("b", "two", "We are not planning to sign agreements", speaker="Dmitry Peskov"),
    ]
    assert len(align_quotes(quotes2, same_day(quotes2), CFG)) == 1


def test_a_second_wording_of_one_document_joins_through_the_longest_version():
    # headline and body of one article: two parts (or renderings) of one statement
    quotes = [
        q("ru1", "rt", PESKOV_EN, speaker="Dmitry Peskov"),
        q("ru2", "rt", "No, no agreements were signed, neither military nor otherwise", speaker="Dmitry Peskov"),
        q("reuters", "reuters", PESKOV_EN, speaker="Dmitry Peskov"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert together(clusters, "ru1", "ru2", "reuters")
    # never linked directly: no score between two quotes of one document
    assert not any(set(k.split("|")) == {"ru1", "ru2"} for c in clusters for k in c.scores)


def test_two_parts_of_one_statement_in_one_document_both_join_it():
    long_ = PESKOV_EN + ", and the talks on grain deliveries and fertiliser exports went well"
    quotes = [
        q("long", "tass", long_, speaker="Dmitry Peskov"),
        q("head", "rt", PESKOV_EN, speaker="Dmitry Peskov"),
        q("tail", "rt", "the talks on grain deliveries and fertiliser exports went well", speaker="Dmitry Peskov"),
        q("other", "rt", "The grain corridor will not be reopened this year", speaker="Dmitry Peskov"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert together(clusters, "long", "head", "tail")
    assert not together(clusters, "long", "other")


def test_the_same_words_twice_in_one_document_follow_each_other():
    quotes = [
        q("headline", "rt", "We are not planning to sign any agreements", speaker="Dmitry Peskov"),
        q("body", "rt", "We are not planning to sign any agreements.", speaker="Dmitry Peskov"),
        q("relay", "afp", "we are not planning to sign any agreements", speaker="Dmitry Peskov"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 1
    assert all(x.relation == "verbatim" for x in quotes)
    # never linked directly: no score between the two quotes of one document
    assert "body|headline" not in clusters[0].scores


def test_publication_dates_far_apart_are_not_linked():
    quotes = [
        q("sept", "d1", PESKOV_EN, speaker="Dmitry Peskov"),
        q("oct", "d2", PESKOV_EN, speaker="Dmitry Peskov"),
        q("near", "d3", PESKOV_EN, speaker="Dmitry Peskov"),
        q("undated", "d4", PESKOV_EN, speaker="Dmitry Peskov"),
    ]
    dates = {"d1": "2023-09-13", "d2": "2023-10-20", "d3": "2023-09-15", "d4": None}
    clusters = align_quotes(quotes, dates, CFG)
    assert not together(clusters, "sept", "oct")
    assert together(clusters, "sept", "near", "undated")
    assert cluster_of(clusters, "sept").first_seen == "2023-09-13"
    assert cluster_of(clusters, "oct").first_seen == "2023-10-20"
    # max_days is the limit: 7 days apart link, 8 do not
    assert len(align_quotes(quotes[:2], dates, AlignConfig(max_days=40))) == 1
    assert len(align_quotes(quotes[:2], {"d1": "2023-09-13", "d2": "2023-09-20"}, CFG)) == 1
    assert len(align_quotes(quotes[:2], {"d1": "2023-09-13", "d2": "2023-09-21"}, CFG)) == 2
    # full ISO timestamps are read by their date
    assert len(align_quotes(quotes[:2], {"d1": "2023-09-13T23:00:00Z", "d2": "2023-09-14T01:00:00+02:00"}, CFG)) == 1


# -- no chaining -------------------------------------------------------------------

CHAIN = [
    "We discussed military cooperation, space technology, the launch site at Vostochny and the construction "
    "of a new railway bridge across the Tumen river",
    "the construction of a new railway bridge across the Tumen river, grain deliveries and fertiliser exports",
    "grain deliveries and fertiliser exports to the region will resume after the harvest",
]


def test_overlapping_quotes_do_not_chain():
    a, b, c = (q(f"q{i}", f"d{i}", t, speaker="Sergei Lavrov") for i, t in enumerate(CHAIN))
    # each neighbouring pair links on its own ...
    assert len(align_quotes([a, b], same_day([a, b]), CFG)) == 1
    assert len(align_quotes([b, c], same_day([b, c]), CFG)) == 1
    assert len(align_quotes([a, c], same_day([a, c]), CFG)) == 2
    # ... but the last shares nothing with the longest: single-link would chain all three
    clusters = align_quotes([a, b, c], same_day([a, b, c]), CFG)
    assert together(clusters, "q0", "q1")
    assert not together(clusters, "q0", "q2")
    assert len(clusters) == 2


def test_two_parts_of_one_long_quote_join_it_without_overlapping_each_other():
    quotes = [
        q("long", "ap", MILLER_EN, speaker="Matthew Miller"),
        q("head", "bbc", "very troubling"),
        q("tail", "cnn", "could violate several UN Security Council resolutions", speaker="Matthew Miller"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 1
    assert [x.relation for x in quotes] == ["verbatim", "partial", "partial"]


# -- relation and drift --------------------------------------------------------------


def test_number_drift_6400_vs_6000_km():
    quotes = [
        q("a", "tass", "The missile has a range of 6,400 km and can carry several warheads", speaker="Sergei Shoigu"),
        q("b", "yonhap", "The missile has a range of 6,000 km and can carry several warheads", speaker="Sergei Shoigu"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 1
    longest = clusters[0].longest
    other = next(x for x in quotes if x.quote_id != longest)
    assert other.relation == "paraphrase"
    assert other.drift == ["numbers"]
    assert next(x for x in quotes if x.quote_id == longest).drift == []


def test_thousands_separators_are_not_drift():
    quotes = [
        q("a", "tass", "The missile has a range of 6,400 km", speaker="Sergei Shoigu"),
        q("b", "lemonde", "Le missile a une portée de 6 400 km", lang="fr",
          translation="The missile has a range of 6 400 km", speaker="Sergei Shoigu"),
    ]
    align_quotes(quotes, same_day(quotes), CFG)
    assert quotes[0].cluster_id == quotes[1].cluster_id
    assert all(x.relation == "verbatim" and x.drift == [] for x in quotes)


def test_negation_drift():
    quotes = [
        q("neg", "tass", "We are not planning to sign any agreements with Pyongyang", speaker="Dmitry Peskov"),
        q("pos", "blog", "We are planning to sign agreements with Pyongyang", speaker="Dmitry Peskov"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 1
    assert clusters[0].longest == "neg"
    by = {x.quote_id: x for x in quotes}
    assert by["pos"].drift == ["negation"]
    assert by["neg"].drift == []


def test_negation_kept_in_french_original_when_translation_loses_it():
    quotes = [
        q("en", "reuters", PESKOV_TENSIONS_EN, speaker="Dmitry Peskov"),
        # a bad translation that dropped every negation; the French has "ne ... pas"
        q("fr", "lefigaro", "Nous ne provoquons pas, n'aggravons pas les tensions et ne menaçons personne",
          lang="fr", translation="We are provoking, aggravating tensions and threatening anyone", speaker="Dmitry Peskov"),
    ]
    align_quotes(quotes, same_day(quotes), CFG)
    assert quotes[0].cluster_id == quotes[1].cluster_id
    assert all("negation" not in x.drift for x in quotes)


def test_partial_quote_is_held_only_to_the_part_it_quotes():
    quotes = [
        q("long", "fr", PESKOV_TENSIONS_FR, lang="fr", translation=PESKOV_TENSIONS_MT, speaker="Dmitry Peskov"),
        q("part", "en", "We always discuss openly", speaker="Dmitry Peskov"),
        q("cut", "ru", "do not aggravate the tensions", speaker="Dmitry Peskov"),
        q("flip", "xx", "aggravate the tensions", speaker="Dmitry Peskov"),
    ]
    align_quotes(quotes, same_day(quotes), CFG)
    by = {x.quote_id: x for x in quotes}
    assert len({x.cluster_id for x in quotes}) == 1
    assert by["part"].relation == by["cut"].relation == by["flip"].relation == "partial"
    # the longest has negations elsewhere: a positive partial of a positive part is not drift
    assert by["part"].drift == []
    assert by["cut"].drift == []
    # "aggravate the tensions" drops the "do not" right before it in the longest version
    assert by["flip"].drift == ["negation"]


def test_name_drift():
    quotes = [
        q("a", "kcna", "We will always stand with Russia in its fight against imperialism and hegemony", speaker="Kim Jong Un"),
        q("b", "blog", "We will always stand with China in its fight against imperialism and hegemony", speaker="Kim Jong Un"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 1
    other = next(x for x in quotes if x.quote_id != clusters[0].longest)
    assert other.drift == ["names"]


# -- cluster record ---------------------------------------------------------------


def test_cluster_fields():
    quotes = [
        q("z-late", "d3", PESKOV_EN, speaker="Dmitry Peskov", via=("Reuters", "AFP")),
        q("b-early", "d1", "No, no agreements were signed", speaker=None, via=("TASS",)),
        q("a-early", "d2", PESKOV_FR, lang="fr", translation=PESKOV_FR_MT, speaker="Dmitry Peskov", via=("AFP",)),
    ]
    dates = {"d1": "2023-09-13", "d2": "2023-09-13", "d3": "2023-09-14"}
    clusters = align_quotes(quotes, dates, CFG)
    assert len(clusters) == 1
    c = clusters[0]
    assert c.members == ["a-early", "b-early", "z-late"]  # by date, then id
    assert c.first_seen == "2023-09-13"
    assert c.outlets == ["AFP", "Reuters", "TASS"]
    assert c.languages == ["en", "fr"]
    assert c.speaker == "Dmitry Peskov"
    assert c.longest == "a-early"
    assert [len(v) for v in c.variants] == sorted((len(v) for v in c.variants), reverse=True)
    assert c.variants[0] == PESKOV_FR_MT
    assert len(c.variants) == 3
    for key, score in c.scores.items():
        a, b = key.split("|")
        assert a < b and a in c.members and b in c.members
        assert score == round(score, 3) and CFG.threshold <= score <= 1
    assert {x.quote_id: x.relation for x in quotes}["b-early"] == "partial"
    assert all(x.cluster_id == c.cluster_id for x in quotes)
    assert c.cluster_id == chash("a-early")


def test_unmatched_quote_is_a_cluster_of_one():
    x = q("solo", "d1", "Our relations with Russia are the first priority of our foreign policy", speaker="Kim Jong Un", via=("KCNA",))
    (c,) = align_quotes([x], {"d1": DAY}, CFG)
    assert c.members == ["solo"] and c.longest == "solo" and c.scores == {}
    assert c.outlets == ["KCNA"] and c.speaker == "Kim Jong Un" and c.first_seen == DAY
    assert x.cluster_id == c.cluster_id == chash("solo")
    assert x.relation == "verbatim" and x.drift == []


def test_cluster_outlets_are_publishers_and_relays_and_first_seen_is_earliest():
    quotes = [
        q("late", "d1", PESKOV_EN, speaker="Dmitry Peskov", via=("Interfax",)),
        q("early", "d2", PESKOV_EN, speaker="Dmitry Peskov"),  # no relay cue: its publisher only
        q("mid", "d3", PESKOV_EN, speaker="Dmitry Peskov", via=("TASS",)),
    ]
    dates = {"d1": "2023-09-15", "d2": "2023-09-13", "d3": "2023-09-14"}
    publishers = {"d1": "Reuters", "d2": "Guardian", "d3": "TASS"}
    (c,) = align_quotes(quotes, dates, CFG, publishers=publishers)
    assert c.outlets == ["Guardian", "Interfax", "Reuters", "TASS"]  # TASS once
    assert c.first_seen == "2023-09-13"
    # without publishers, only the relays
    (c,) = align_quotes(quotes, dates, CFG)
    assert c.outlets == ["Interfax", "TASS"]


def test_singleton_outlets_include_its_publisher():
    x = q("solo", "d1", "Our relations with Russia are the first priority", via=("KCNA",))
    (c,) = align_quotes([x], {"d1": DAY}, CFG, publishers={"d1": "Yonhap"})
    assert c.outlets == ["KCNA", "Yonhap"]
    (c,) = align_quotes([x], {"d1": DAY}, CFG, publishers={"d1": None})
    assert c.outlets == ["KCNA"]


def test_result_does_not_depend_on_input_order():
    quotes = [
        q("p1", "d1", PESKOV_EN, speaker="Dmitry Peskov"),
        q("p2", "d2", PESKOV_FR, lang="fr", translation=PESKOV_FR_MT),
        q("p3", "d3", "no agreements were signed"),
        q("m1", "d4", MILLER_EN, speaker="Matthew Miller"),
        q("m2", "d5", "troubling"),
        q("k1", "d6", "I am glad to see you", speaker="Vladimir Putin"),
        q("k2", "d7", "I am happy to see you", speaker="Vladimir Putin"),
        q("x1", "d8", "We will always stand with Russia in its fight against imperialism", speaker="Kim Jong Un"),
    ]
    dates = {f"d{i}": DAY for i in range(1, 9)}
    given = [replace(x) for x in quotes]  # alignment may name a speaker: each run starts from the input
    ref = [(c.cluster_id, c.members, c.longest, c.scores) for c in align_quotes(quotes, dates, CFG)]
    rels = {x.quote_id: (x.relation, x.drift, x.speaker) for x in quotes}
    rng = random.Random(7)
    for _ in range(5):
        shuffled = [replace(x) for x in given]
        rng.shuffle(shuffled)
        got = [(c.cluster_id, c.members, c.longest, c.scores) for c in align_quotes(shuffled, dates, CFG)]
        assert got == ref
        assert {x.quote_id: (x.relation, x.drift, x.speaker) for x in shuffled} == rels


# -- stable ids across runs ------------------------------------------------------------


def test_stable_ids_and_a_new_relay_joining_a_known_cluster():
    run1 = [
        q("reuters", "d-reuters", PESKOV_EN, speaker="Dmitry Peskov"),
        q("figaro", "d-figaro", PESKOV_FR, lang="fr", translation=PESKOV_FR_MT, speaker="Dmitry Peskov"),
        q("kim", "d-kcna", "Our relations with Russia are the first priority of our foreign policy", speaker="Kim Jong Un"),
    ]
    dates = {"d-reuters": "2023-09-13", "d-figaro": "2023-09-13", "d-kcna": "2023-09-13"}
    first = align_quotes(run1, dates, CFG)
    previous = {x.quote_id: x.cluster_id for x in run1}
    peskov_id = previous["reuters"]
    assert previous["figaro"] == peskov_id == chash("figaro")  # earliest by date, then id

    # next run: an earlier-dated relay shows up (it would change the hash) and a new quote
    run2 = [replace(x) for x in run1] + [
        q("interfax", "d-interfax", PESKOV_EN, speaker="Dmitry Peskov", via=("Interfax",)),
        q("lavrov", "d-ria", "We can think about trilateral cooperation, there are no restrictions", speaker="Sergei Lavrov"),
    ]
    dates2 = {**dates, "d-interfax": "2023-09-12", "d-ria": "2023-09-14"}
    second = align_quotes(run2, dates2, CFG, previous=previous)
    by = {x.quote_id: x for x in run2}
    assert by["interfax"].cluster_id == peskov_id
    assert by["kim"].cluster_id == previous["kim"]
    assert by["lavrov"].cluster_id == chash("lavrov")
    diff = diff_clusters(second, previous)
    assert diff == {
        "new_clusters": [chash("lavrov")],
        "new_relays": [{"cluster_id": peskov_id, "quote_id": "interfax"}],
    }
    # without previous the earlier relay renames the cluster: that is what previous is for
    fresh = [replace(x) for x in run2]
    align_quotes(fresh, dates2, CFG)
    assert {x.quote_id: x for x in fresh}["reuters"].cluster_id == chash("interfax") != peskov_id
    # a second run on the same input gives the same ids
    assert [c.cluster_id for c in align_quotes([replace(x) for x in run1], dates, CFG)] == [
        c.cluster_id for c in first
    ]


def test_previous_id_most_common_then_smallest_and_never_shared():
    quotes = [
        q("a", "d1", PESKOV_EN, speaker="Dmitry Peskov"),
        q("b", "d2", PESKOV_EN, speaker="Dmitry Peskov"),
        q("c", "d3", PESKOV_EN, speaker="Dmitry Peskov"),
        q("d", "d4", PESKOV_EN, speaker="Dmitry Peskov"),
    ]
    dates = same_day(quotes)
    # two old clusters now merge: the id held by more members wins
    (c,) = align_quotes(quotes, dates, CFG, previous={"a": "c-old2", "b": "c-old1", "c": "c-old1"})
    assert c.cluster_id == "c-old1"
    # a tie goes to the lexicographically smallest
    (c,) = align_quotes(quotes, dates, CFG, previous={"a": "c-old2", "b": "c-old1"})
    assert c.cluster_id == "c-old1"
    # an old cluster now split in two: the id goes to one of them only
    other = [
        q("a", "d1", PESKOV_EN, speaker="Dmitry Peskov"),
        q("k", "d5", "Our relations with Russia are the first priority of our foreign policy", speaker="Kim Jong Un"),
    ]
    clusters = align_quotes(other, same_day(other), CFG, previous={"a": "c-old", "k": "c-old"})
    assert sorted(c.cluster_id for c in clusters) == sorted(["c-old", chash("k")])


def test_diff_clusters_without_previous_reports_everything_new():
    quotes = [q("a", "d1", PESKOV_EN), q("b", "d2", MILLER_EN)]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert diff_clusters(clusters, None) == {"new_clusters": [c.cluster_id for c in clusters], "new_relays": []}


# -- normalisation and config --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("We don't threaten anybody", ["we", "do", "not", "threaten", "anybody"]),
        ("a range of 6,400 km", ["a", "range", "of", "6400", "km"]),
        ("« très troublante »", ["tres", "troublante"]),
        ("We can’t and won’t", ["we", "can", "not", "and", "will", "not"]),
        # two transcripts of one sentence: contractions spelled out, a possessive kept apart
        ("There’s no deal until there’s a deal", ["there", "is", "no", "deal", "until", "there", "is", "a", "deal"]),
        ("We’ve said it and we’ll say it: that's Russia's line",
         ["we", "have", "said", "it", "and", "we", "will", "say", "it", "that", "is", "russia", "s", "line"]),
        ("Let's see what I'm told", ["let", "us", "see", "what", "i", "am", "told"]),
    ],
)
def test_normalize(text, words):
    assert normalize(text) == words


@pytest.mark.parametrize(
    "a, b", [("agreements", "agreement"), ("signed", "sign"), ("planning", "plan"), ("troubling", "trouble"), ("violated", "violate")]
)
def test_stem_conflates_inflections(a, b):
    assert stem(a) == stem(b)


def test_config_section_validates():
    cfg = Config.model_validate({"align": {"threshold": 0.6, "max_days": 3, "synonyms": {"cheerful": "happy"}}})
    assert cfg.align.threshold == 0.6 and cfg.align.max_days == 3
    with pytest.raises(Exception):
        Config.model_validate({"align": {"treshold": 0.6}})
    with pytest.raises(Exception):
        Config.model_validate({"align": {"threshold": 1.5}})


def test_config_synonyms_extend_the_builtin_table():
    quotes = [
        q("a", "d1", "I am cheerful to see you", speaker="Vladimir Putin"),
        q("b", "d2", "I am happy to see you", speaker="Vladimir Putin"),
    ]
    assert len(align_quotes(quotes, same_day(quotes), CFG)) == 2
    assert len(align_quotes(quotes, same_day(quotes), AlignConfig(synonyms={"cheerful": "happy"}))) == 1


def test_threshold_controls_linking():
    # one sentence each: a sentence of a longer quote is scored on its own too (align/parts.py),
    # and "No, no agreements were signed" alone matches the other version near word for word
    fr, mt, en = (s.replace(". ", "; ") for s in (PESKOV_FR, PESKOV_FR_MT, PESKOV_EN))
    quotes = [
        q("fr1", "d1", fr, lang="fr", translation=mt, speaker="Dmitry Peskov"),
        q("en1", "d2", en, speaker="Dmitry Peskov"),
    ]
    (c,) = align_quotes(quotes, same_day(quotes), CFG)
    score = c.scores["en1|fr1"]
    assert score < 1.0
    assert len(align_quotes(quotes, same_day(quotes), AlignConfig(threshold=min(1.0, score + 0.01)))) == 2


# -- scale -----------------------------------------------------------------------------------


def test_many_unrelated_quotes_with_relays_scale_and_cluster():
    rng = random.Random(3)
    vocab = [f"{a}{b}{c}" for a in "bdfgklmnprstvz" for b in "aeiou" for c in ("ran", "mel", "tos", "dik", "vun")]
    quotes, truth, dates = [], [], {}
    doc = 0
    for u in range(300):
        words = [rng.choice(vocab) for _ in range(rng.randint(8, 16))]
        for _ in range(rng.randint(1, 6)):
            cut = words[rng.randint(0, 2):] if rng.random() < 0.5 else words
            dates[f"d{doc}"] = "2023-09-%02d" % (1 + u % 20)
            quotes.append(q(f"q{len(quotes):05d}", f"d{doc}", " ".join(cut)))
            truth.append(u)
            doc += 1
    align_quotes(quotes, dates, CFG)
    for i in range(len(quotes)):
        for j in range(i + 1, min(len(quotes), i + 8)):
            assert (quotes[i].cluster_id == quotes[j].cluster_id) == (truth[i] == truth[j])


def test_a_two_word_quote_needs_its_words_in_a_row():
    long_ = "We discussed the weapons programme and civil nuclear energy with our Korean friends"
    quotes = [
        q("long", "tass", long_, speaker="Vladimir Putin"),
        q("short", "blog", "nuclear weapons", speaker="Vladimir Putin"),
        q("inrow", "ria", "civil nuclear energy", speaker="Vladimir Putin"),
    ]
    align_quotes(quotes, same_day(quotes), CFG)
    by = {x.quote_id: x for x in quotes}
    assert by["short"].cluster_id != by["long"].cluster_id
    assert by["inrow"].cluster_id == by["long"].cluster_id


# -- merging clusters that split one utterance -------------------------------------------

TENSIONS_EN = "Russia is not provoking anyone, not aggravating tensions and not threatening its neighbours"
TENSIONS_MT1 = (
    "Russia does not provoke anybody, does not aggravate the tensions and does not threaten its neighbours "
    "or anyone else in the region in any way at all"
)
TENSIONS_MT2 = (
    "Moscow is not provoking anybody, it is not heightening tension and it is not intimidating its neighbours "
    "or the wider world whatsoever"
)


def test_two_translations_too_far_apart_merge_through_the_relays_matching_both():
    mt1 = q("mt1", "d1", "(fr)", lang="fr", translation=TENSIONS_MT1, speaker="Dmitry Peskov")
    mt2 = q("mt2", "d2", "(fr)", lang="fr", translation=TENSIONS_MT2)
    relays = [q(f"en{i}", f"e{i}", TENSIONS_EN, speaker="Dmitry Peskov") for i in range(3)]
    # the two translations alone do not link
    assert len(align_quotes([mt1, mt2], same_day([mt1, mt2]), CFG)) == 2
    quotes = [mt1, mt2, *relays]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 1
    c = clusters[0]
    assert c.longest == "mt1"
    # every member is linked to the cluster by at least one recorded pair
    linked = {x for key in c.scores for x in key.split("|")}
    assert linked == set(c.members)


def test_clusters_sharing_only_a_common_phrase_do_not_merge():
    a = (
        "North Korea is our neighbour and we must always try to build good neighbourly relations, "
        "whatever the pressure from Washington and its allies"
    )
    b = "Russia will continue to develop good neighbourly relations with Pyongyang in trade, energy, transport and science"
    quotes = [q(f"a{i}", f"da{i}", a, speaker="Dmitry Peskov") for i in range(3)]
    quotes += [q(f"b{i}", f"db{i}", b, speaker="Dmitry Peskov") for i in range(3)]
    quotes += [q(f"s{i}", f"ds{i}", "good neighbourly relations", speaker="Dmitry Peskov") for i in range(2)]
    # the two statements do not link on their own
    assert len(align_quotes([quotes[0], quotes[3]], same_day(quotes), CFG)) == 2
    # the phrase matches both; two such quotes make the merge stage look, and it declines
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert together(clusters, "a0", "a1", "a2")
    assert together(clusters, "b0", "b1", "b2")
    assert not together(clusters, "a0", "b0")


def test_the_same_words_by_two_speakers_in_one_document_stay_apart():
    quotes = [
        q("kim", "kcna", "We will always stand with Russia", speaker="Kim Jong Un"),
        q("kyj", "kcna", "We will always stand with Russia", speaker="Kim Yo Jong"),
    ]
    assert len(align_quotes(quotes, same_day(quotes), CFG)) == 2


# -- the original words of translated quotes (cognates), alternations, shares ----------------

MILLER_FR_APERTIUM = "very inquietante and susceptible to rape several resolutions of the Council of security of the deep"


def test_a_rough_translation_joins_through_its_original_words():
    quotes = [
        q("fr", "lefigaro", MILLER_FR, lang="fr", translation=MILLER_FR_APERTIUM, speaker="Matthew Miller"),
        q("head", "guardian", "very troubling", speaker="Matthew Miller"),
        # a one-word quote whose translation went wrong ("that enturbian")
        q("word", "lemonde", "troublant", lang="fr", translation="that enturbian", speaker="Matthew Miller"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 1
    assert {x.quote_id: x.relation for x in quotes} == {"fr": "verbatim", "head": "partial", "word": "partial"}
    # on the translations alone, nothing links
    assert len(align_quotes(quotes, same_day(quotes), AlignConfig(original_weight=0))) == 3


def test_french_originals_and_english_share_cognates():
    fr = "Nous ne provoquons pas, n'aggravons pas les tensions et ne menaçons personne"
    quotes = [
        q("fr", "d1", fr, lang="fr", translation="do not cause, do not aggravate the tensions and do not loom person",
          speaker="Vladimir Putin"),
        q("en", "d2", "We are not provoking anyone, we are not escalating tensions and we are not threatening anyone",
          speaker="Vladimir Putin"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 1
    assert all(x.drift == [] for x in quotes)  # the negations are there on both sides


def test_cognate_stems():
    from pipeline.align.cognates import CognateMap, cognate, fold, fr_stem

    pairs = {"coopération": "cooperation", "trilatérale": "trilateral", "résolutions": "resolution",
             "stratégique": "strategic", "impérialistes": "imperialist", "troublant": "troubl", "développer": "develop"}
    for fr, en in pairs.items():
        assert fr_stem(fold(fr)) == en
    assert cognate("provoqu", stem("provoking")) and cognate("victoir", stem("victory"))
    assert not cognate("intern", "international") and not cognate("temp", "tempt")
    cmap = CognateMap({stem("threaten"), stem("violate"), "cooperat"}, {stem("menace"): stem("threaten")})
    assert cmap(fr_stem(fold("menaçons"))) == stem("threaten")  # through the alternation table
    assert cmap(fr_stem(fold("violerons"))) == stem("violate")
    assert cmap("voisinag") == "voisinag"  # no cognate: the French stem itself


def test_a_quote_sharing_under_half_its_words_does_not_link():
    long_ = "We discuss everything openly with our partners, and this time we will not violate anything either"
    # 3 of its 6 content words (discuss, openly, time): under min_share of their weight
    short = "We will discuss openly grain deliveries, there is no hurry, we have time"
    quotes = [q("long", "d1", long_, speaker="Vladimir Putin"), q("short", "d2", short, speaker="Vladimir Putin")]
    assert len(align_quotes(quotes, same_day(quotes), AlignConfig(min_share=0.5))) == 2
    assert len(align_quotes(quotes, same_day(quotes), AlignConfig(min_share=0))) == 1
    # a quote of four content words or more needs three of them in the other
    quotes[1] = q("short", "d2", "We will discuss grain, there is no hurry, we have time", speaker="Vladimir Putin")
    assert len(align_quotes(quotes, same_day(quotes), AlignConfig(min_share=0))) == 2


def test_a_one_word_quote_links_on_its_own_word_not_an_alternation():
    long_ = "Of course, both sides will look for opportunities to develop relations"
    quotes = [
        q("long", "d1", long_, speaker="Vladimir Putin"),
        q("same", "d2", "opportunities", speaker="Vladimir Putin"),
        q("alt", "d3", "possibilities", speaker="Vladimir Putin"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert together(clusters, "long", "same")
    assert not together(clusters, "long", "alt")
    # a longer quote does link through the alternation table
    quotes[2] = q("alt", "d3", "both sides will seek possibilities to develop relations", speaker="Vladimir Putin")
    assert together(align_quotes(quotes, same_day(quotes), CFG), "long", "alt")


def test_a_part_of_a_member_joins_though_the_longest_version_lacks_it():
    longest = (
        "Yes, there are certain peculiarities related to the Korean peninsula. We discuss this openly, we never "
        "violate anything and we will not violate anything this time either. Of course both sides will look for "
        "opportunities to develop relations between Russia and North Korea"
    )
    member = (
        "We are not provoking anyone, not escalating tensions and not threatening anyone. We discuss this openly "
        "and will never violate anything. Both sides will look for opportunities to develop relations"
    )
    part = "We are not provoking anyone, not escalating tensions and not threatening anyone"
    quotes = [
        q("longest", "d1", longest, speaker="Vladimir Putin"),
        q("member", "d2", member, speaker="Vladimir Putin"),
        q("part", "d3", part, speaker="Vladimir Putin"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert together(clusters, "longest", "member", "part")
    assert cluster_of(clusters, "part").longest == "longest"


def test_a_two_word_quote_may_have_its_words_in_either_order():
    # French puts the adjective after the noun: "une coopération trilatérale"
    quotes = [
        q("fr", "d1", "Nous pouvons réfléchir à une coopération trilatérale", lang="fr",
          translation="We can reflexionar to a cooperation trilatérale", speaker="Alexander Lukashenko"),
        q("head", "d2", "trilateral cooperation", speaker="Alexander Lukashenko"),
    ]
    assert len(align_quotes(quotes, same_day(quotes), CFG)) == 1


def test_an_organisation_speaker_does_not_conflict_with_a_person():
    # (fewer than wordings.FREE_CONTENT content words: two persons keep them apart)
    words = "no military agreements were signed"
    kremlin = q("org", "d1", words, speaker="Kremlin")
    peskov = q("person", "d2", words, speaker="Dmitry Peskov")
    quotes = [kremlin, peskov]
    assert len(align_quotes(quotes, same_day(quotes), CFG)) == 2  # not told which names are organisations
    assert len(align_quotes(quotes, same_day(quotes), CFG, organisations=["Kremlin"])) == 1
    # two organisations are two speakers; a short phrase needs compatible speakers
    other = q("org2", "d3", PESKOV_EN, speaker="White House")
    kremlin = q("org", "d1", PESKOV_EN, speaker="Kremlin")
    clusters = align_quotes([kremlin, other], same_day([kremlin, other]), CFG, organisations=["Kremlin", "White House"])
    assert len(clusters) == 2
    short = [q("a", "d1", "trilateral cooperation", speaker="Kremlin"),
             q("b", "d2", "trilateral cooperation", speaker="Alexander Lukashenko")]
    assert len(align_quotes(short, same_day(short), CFG, organisations=["Kremlin"])) == 2


def test_states_and_their_institutions_are_organisation_speakers():
    from pipeline.config import Config
    from pipeline.stages.align import Align

    orgs = Align(Config(corpus=Path(__file__).parent.parent / "corpus")).organisations()
    assert {"White House", "Poland", "Japanese government", "United States"} <= orgs
    # the White House speaks for the United States: one side, so the same words link
    words = "an extraordinary victory"
    quotes = [q("a", "d1", words, speaker="United States"), q("b", "d2", words, speaker="White House")]
    assert len(align_quotes(quotes, same_day(quotes), CFG, organisations=orgs)) == 1
    quotes = [q("a", "d1", words, speaker="United States"), q("b", "d2", words, speaker="Poland")]
    assert len(align_quotes(quotes, same_day(quotes), CFG, organisations=orgs)) == 2


def test_an_english_quote_is_also_compared_in_french_through_its_back_translation(monkeypatch):
    # the French quote's machine translation shares too little with the English
    # original (when thesaurus synonyms are not matched pair by pair: meddling /
    # interference, inner / internal); its French words and the English quote's
    # back-translation agree
    from pipeline.align import words
    monkeypatch.setattr(words, "NEAR_ZIPF", 0.0)
    fr = q("fr", "d1", "Nous ne tolérerons jamais aucune ingérence dans nos affaires intérieures", lang="fr",
           translation="we will not put up with any meddling in our inner business", speaker="Wang Wenbin")
    en = q("en", "d2", "We will never tolerate any interference in our internal affairs", speaker="Wang Wenbin")
    assert len(align_quotes([fr, en], same_day([fr, en]), CFG)) == 2
    en.back_translation = "Nous ne tolérerons jamais aucune ingérence dans nos affaires internes"
    assert len(align_quotes([fr, en], same_day([fr, en]), CFG)) == 1


def test_two_back_translations_are_not_compared_with_each_other():
    a = q("a", "d1", "Spring is early this year", speaker="X")
    b = q("b", "d2", "The harvest was poor in the north", speaker="X")
    a.back_translation = b.back_translation = "Les tolérances des ingérences intérieures"
    assert len(align_quotes([a, b], same_day([a, b]), CFG)) == 2


def test_a_quote_without_speaker_needs_the_higher_threshold():
    long_ = "Any cooperation that helps increase military power violates the resolutions of the council"
    short = "cooperation that boosts its military might breaches resolutions of the council"  # scores 0.58
    quotes = [q("a", "d1", long_, speaker="South Korea"), q("b", "d2", short)]
    assert len(align_quotes(quotes, same_day(quotes), AlignConfig(unattributed_threshold=0.6))) == 2
    assert len(align_quotes(quotes, same_day(quotes), AlignConfig(unattributed_threshold=0.5))) == 1
    quotes[1].speaker = "South Korea"  # attributed: the plain threshold
    assert len(align_quotes(quotes, same_day(quotes), AlignConfig(unattributed_threshold=0.6))) == 1


def test_a_one_word_quote_of_another_speaker_needs_two_words_of_its_sentence_in_the_other():
    long_ = q("long", "ap", MILLER_EN, speaker="Matthew Miller")
    one = q("word", "bbc", "troubling")
    one.context = 'The weather was "troubling" and several farms flooded, a resident told us.'  # "several"
    assert len(align_quotes([long_, one], same_day([long_, one]), CFG)) == 2
    two = q("word", "bbc", "troubling")
    two.context = 'Washington said the talks were "troubling" and might violate several resolutions.'
    assert len(align_quotes([long_, two], same_day([long_, two]), CFG)) == 1


def test_an_outlets_narration_is_matched_as_unattributed_not_as_a_second_speaker():
    text = "the other side provides military and other assistance without delay by all means"
    quotes = [q("a", "d1", text, speaker="KCNA"), q("b", "d2", text, speaker="North Korea")]
    # two organisations are two speakers ...
    assert len(align_quotes(quotes, same_day(quotes), CFG, organisations=["KCNA", "North Korea"])) == 2
    # ... unless one of them is an outlet narrating the words
    assert len(align_quotes(quotes, same_day(quotes), CFG, organisations=["KCNA", "North Korea"],
                            outlets=["KCNA"])) == 1


def test_words_in_brackets_inside_a_quote_are_not_the_speakers():
    # the journalist's "(Ana Kovacs)" and "(Ruritania)" must not tie Dan Miller's
    # words to a longer quote about Ana Kovacs arriving in Ruritania
    quotes = [
        q("long", "d1", "The delegation headed by the minister, General Ana Kovacs, arrived in Ruritania today"),
        q("inserted", "d2", "I strongly doubt she's (Ana Kovacs) there (Ruritania) on holiday", speaker="Dan Miller"),
        q("plain", "d3", "I strongly doubt she's there on holiday", speaker="Dan Miller"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert together(clusters, "inserted", "plain")
    assert not together(clusters, "long", "inserted")


def test_a_fragment_follows_the_longer_quote_of_its_document():
    # an article quotes a remark at length and picks a phrase of it again
    long_ = "The treaty provides for mutual assistance in the event of aggression against either party"
    quotes = [
        q("full", "paper", long_, speaker="Vladimir Putin"),
        q("phrase", "paper", "mutual assistance", speaker="Vladimir Putin"),
        q("word", "paper", "aggression"),
        q("relay", "wire", long_, speaker="Vladimir Putin"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert together(clusters, "full", "phrase", "word", "relay")
    by_id = {x.quote_id: x for x in quotes}
    assert by_id["phrase"].relation == by_id["word"].relation == "partial"


def test_a_phrase_picked_again_out_of_a_quote_stands_beside_it_in_its_cluster():
    # the paper quotes the remark at length and repeats two words of it (a
    # headline); other outlets quote only those words: all one utterance, though
    # the longest version words it otherwise ("absolute" for "total")
    quotes = [
        q("wire", "wire", "Abroad the rumours about the dam are always told from one angle, and all of it is "
                          "an absolute sham", speaker="Jane Doe"),
        q("body", "paper", "Abroad the rumours about the dam are told from a single angle. It is all a total sham",
          speaker="Jane Doe"),
        q("headline", "paper", "total sham", speaker="Jane Doe"),
        q("site", "site", "total sham", speaker="Jane Doe"),
        q("radio", "radio", "a total sham", speaker="Jane Doe"),
        # another remark of the same article is no part of that quote: kept apart
        q("other", "paper", "The dam will be repaired before the spring floods", speaker="Jane Doe"),
        q("other2", "radio", "the dam will be repaired before the floods", speaker="Jane Doe"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert together(clusters, "wire", "body", "headline", "site", "radio")
    assert together(clusters, "other", "other2") and not together(clusters, "wire", "other")


def test_a_phrase_of_another_speaker_does_not_follow():
    quotes = [
        q("full", "paper", "The treaty provides for mutual assistance in the event of aggression", speaker="Vladimir Putin"),
        q("phrase", "paper", "mutual assistance", speaker="Antony Blinken"),
        q("other", "paper", "assistance in the event", speaker="Kremlin"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert len(clusters) == 3


def test_quotes_sharing_a_run_of_words_are_parts_of_one_statement():
    # two remarks of one statement, quoted in overlapping pieces by different outlets
    first = "I cannot say for a fact what happened on that plane, but I am not surprised"
    second = "There is little that happens in that country without the leader behind it"
    quotes = [
        q("a", "wire", first, speaker="Jane Doe"),
        q("b", "paper", first, speaker="Jane Doe"),
        q("c", "site", second, speaker="Jane Doe"),
        q("d", "radio", second, speaker="Jane Doe"),
        q("e", "blog", "I cannot say for a fact what happened on that plane ... there is little that happens in "
                       "that country", speaker="Jane Doe"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert together(clusters, "a", "b", "c", "d", "e")


def test_a_common_phrase_is_no_shared_run():
    quotes = [
        # six words in a row, but only two content words among them
        q("a", "wire", "Our partners called us in the middle of the night to discuss grain", speaker="Jane Doe"),
        q("b", "paper", "The missiles were fired in the middle of the night from the coast", speaker="Jane Doe"),
    ]
    assert len(align_quotes(quotes, same_day(quotes), CFG)) == 2


def test_a_short_part_of_two_statements_joins_the_one_its_speaker_made():
    # the phrase is word for word in both longer quotes: both score 1 once capped;
    # the uncapped score (the same speaker named) tells which statement it is part of
    quotes = [
        q("other", "d1", "The bridge closure means the ferry schedule changes next week for commuters, "
          "the mayor's office told residents on Monday evening"),
        q("own", "d2", "We warned the council that the ferry schedule changes would hurt the islanders",
          speaker="Mary Quinn"),
        q("part", "d3", "ferry schedule changes", speaker="Mary Quinn"),
    ]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert not together(clusters, "other", "own")
    assert together(clusters, "part", "own")


def test_a_part_too_short_to_link_follows_its_sentence_neighbour_into_the_statement():
    # one sentence quotes a statement in two parts; another outlet quotes it whole.
    # The first part alone is one content word, not word for word in the whole
    # ("all the means" / "all means"): it joins because its neighbour did
    sentence = ('The pact asks each side to use "all the means" it has "to send help without '
                'any delay to a partner under attack", the agency said.')
    part = replace(q("part", "d1", "all the means"), context=sentence)
    rest = replace(q("rest", "d1", "to send help without any delay to a partner under attack"), context=sentence)
    whole = q("whole", "d2", "Each side shall use all means at its disposal to send help without any delay "
              "to a partner under attack")
    quotes = [part, rest, whole]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert together(clusters, "rest", "whole")
    assert together(clusters, "part", "whole")


def test_a_part_of_another_sentence_does_not_follow():
    # the same, but the short quote is in another sentence of the article
    part = replace(q("part", "d1", "all the means"), context='Officials promised "all the means" needed.')
    rest = replace(q("rest", "d1", "to send help without any delay to a partner under attack"),
                   context='The pact asks each side "to send help without any delay to a partner under attack".')
    whole = q("whole", "d2", "Each side shall use all means at its disposal to send help without any delay "
              "to a partner under attack")
    quotes = [part, rest, whole]
    clusters = align_quotes(quotes, same_day(quotes), CFG)
    assert together(clusters, "rest", "whole")
    assert not together(clusters, "part", "whole")
