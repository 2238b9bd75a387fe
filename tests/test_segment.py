"""Sentence splitting: real sentences from corpus/*.txt, English cases, quote
protection, offsets, normalisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.data import Document
from pipeline.defaults import ABBREVIATIONS
from pipeline.stages.segment import Segment, quote_pairs, split_sentences

from .conftest import line_document

CORPUS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))
NBSP = "\u00a0"


def make_doc(text: str, lang: str | None = "fr", para_lang: str | None = None) -> Document:
    return line_document(text, lang, para_lang)


def split(text: str, lang: str = "fr", **kw) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang, ABBREVIATIONS, **kw)]


FRENCH = [
    pytest.param(
        "Il s'agit du premier voyage à l'étranger de M. Kim en 4 ans.",
        ["Il s'agit du premier voyage à l'étranger de M. Kim en 4 ans."],
        id="M-abbreviation",
    ),
    pytest.param(
        "Le 15 septembre, M. Kim a visité une usine russe d'avions de combat dans la ville de "
        "Komsomolsk-sur-l'Amour, à plus de 6 400 km à l'est de Moscou. Sur des photos publiées "
        "par les médias russes et nord-coréens, M. Kim a inspecté le cockpit du chasseur russe Su-57.",
        [
            "Le 15 septembre, M. Kim a visité une usine russe d'avions de combat dans la ville de "
            "Komsomolsk-sur-l'Amour, à plus de 6 400 km à l'est de Moscou.",
            "Sur des photos publiées par les médias russes et nord-coréens, M. Kim a inspecté le "
            "cockpit du chasseur russe Su-57.",
        ],
        id="6-400-km",
    ),
    pytest.param(
        "Il s'agit de son premier voyage à l'étranger depuis 2019. Lors d'un sommet en "
        "Extrême-Orient le 13 septembre, le président Poutine a évoqué la possibilité.",
        [
            "Il s'agit de son premier voyage à l'étranger depuis 2019.",
            "Lors d'un sommet en Extrême-Orient le 13 septembre, le président Poutine a évoqué la possibilité.",
        ],
        id="year-before-full-stop",
    ),
    pytest.param(
        "« Non, aucun accord n'a été signé, ni militaire ni autre. Nous n'envisageons pas de signer "
        "le moindre accord », a déclaré aujourd'hui le porte-parole du Kremlin, Dmitri Peskov.",
        [
            "« Non, aucun accord n'a été signé, ni militaire ni autre. Nous n'envisageons pas de signer "
            "le moindre accord », a déclaré aujourd'hui le porte-parole du Kremlin, Dmitri Peskov."
        ],
        id="guillemets-kept-whole",
    ),
    pytest.param(
        f"«{NBSP}Nous parlerons de tous les sujets lentement. Nous avons le temps{NBSP}», a-t-il déclaré.",
        [f"«{NBSP}Nous parlerons de tous les sujets lentement. Nous avons le temps{NBSP}», a-t-il déclaré."],
        id="guillemets-nbsp",
    ),
    pytest.param(
        "Lorsqu’on lui a demandé si la Russie aiderait Pyongyang à construire des satellites, il a "
        f"répondu : «{NBSP}C’est pourquoi nous attendons cela avec impatience{NBSP}». Vostotchni est venu.{NBSP}»",
        [
            "Lorsqu’on lui a demandé si la Russie aiderait Pyongyang à construire des satellites, il a "
            f"répondu : «{NBSP}C’est pourquoi nous attendons cela avec impatience{NBSP}».",
            f"Vostotchni est venu.{NBSP}»",
        ],
        id="unbalanced-stray-closer",
    ),
    pytest.param(
        '"Nous pouvons réfléchir à une coopération trilatérale", a déclaré le président biélorusse '
        'Alexandre Loukachenko à Sotchi. "La Corée du Nord, la Russie. Je sais que les Nord-Coréens '
        'sont très intéressés par la Russie. Je crois qu\'il y a aussi une place pour la Biélorussie."',
        [
            '"Nous pouvons réfléchir à une coopération trilatérale", a déclaré le président biélorusse '
            "Alexandre Loukachenko à Sotchi.",
            '"La Corée du Nord, la Russie. Je sais que les Nord-Coréens sont très intéressés par la '
            'Russie. Je crois qu\'il y a aussi une place pour la Biélorussie."',
        ],
        id="straight-quotes-by-position",
    ),
    pytest.param(
        "\"La Corée du Nord est notre voisin\", a déclaré M. Poutine à l'issue de son entretien avec "
        'M. Loukachenko. "Oui, il y a certaines particularités. Mais bien sûr, nous chercherons des '
        'opportunités. "',
        [
            "\"La Corée du Nord est notre voisin\", a déclaré M. Poutine à l'issue de son entretien avec "
            "M. Loukachenko.",
            '"Oui, il y a certaines particularités. Mais bien sûr, nous chercherons des opportunités. "',
        ],
        id="spaced-closing-straight-quote",
    ),
    pytest.param(
        "Le dirigeant nord-coréen a souligné : « J'espère que le peuple russe remportera toujours la "
        "victoire et la gloire. » Les experts estiment que les négociations sont une opportunité.",
        [
            "Le dirigeant nord-coréen a souligné : « J'espère que le peuple russe remportera toujours la "
            "victoire et la gloire. »",
            "Les experts estiment que les négociations sont une opportunité.",
        ],
        id="split-after-closing-guillemet",
    ),
    pytest.param(
        "Kim est arrivé mardi en Russie par train privé. Le dirigeant nord-coréen a déclaré que sa "
        "visite était une démonstration claire de « l’importance stratégique » des relations.",
        [
            "Kim est arrivé mardi en Russie par train privé.",
            "Le dirigeant nord-coréen a déclaré que sa visite était une démonstration claire de "
            "« l’importance stratégique » des relations.",
        ],
        id="plain-split",
    ),
    pytest.param(
        "La rencontre a eu lieu le 13 sept. 2023 à Vostochny. Mme Dupont et Dr. Martin étaient là.",
        ["La rencontre a eu lieu le 13 sept. 2023 à Vostochny.", "Mme Dupont et Dr. Martin étaient là."],
        id="sept-and-Dr",
    ),
    pytest.param(
        "Il est né en 63 av. J.-C. à Rome. La température était de 4.5 degrés.",
        ["Il est né en 63 av. J.-C. à Rome.", "La température était de 4.5 degrés."],
        id="J.-C-and-decimal",
    ),
    pytest.param(
        "Vraiment ? Oui ! Et après… Rien. Pourquoi ? a-t-il demandé.",
        ["Vraiment ?", "Oui !", "Et après…", "Rien.", "Pourquoi ? a-t-il demandé."],
        id="question-exclamation-ellipsis",
    ),
    pytest.param(
        "Le président Poutine serre la main de Kim Jong-un le 13 septembre. (Source : Reuters) |",
        ["Le président Poutine serre la main de Kim Jong-un le 13 septembre.", "(Source : Reuters) |"],
        id="opening-bracket",
    ),
    pytest.param(
        "Le Kremlin a démenti. (Aucun accord n'a été signé.) Les discussions continuent.",
        ["Le Kremlin a démenti.", "(Aucun accord n'a été signé.)", "Les discussions continuent."],
        id="closing-bracket-after-full-stop",
    ),
    pytest.param("Vu Hoang (selon Guardian )", ["Vu Hoang (selon Guardian )"], id="byline"),
    pytest.param("  \n ", [], id="blank"),
]

ENGLISH = [
    pytest.param(
        "Mr. Putin said the talks went well. U.S. officials were not convinced.",
        ["Mr. Putin said the talks went well.", "U.S. officials were not convinced."],
        id="Mr-and-U.S.",
    ),
    pytest.param(
        'Dr. Smith, of the U.N., disagreed! "It is late. We know," he said.',
        ["Dr. Smith, of the U.N., disagreed!", '"It is late. We know," he said.'],
        id="Dr-U.N-quote",
    ),
    pytest.param(
        "John F. Kennedy arrived at 4 p.m. on Jan. 5. It was 4.5 degrees (cold). Then he left.",
        ["John F. Kennedy arrived at 4 p.m. on Jan. 5.", "It was 4.5 degrees (cold).", "Then he left."],
        id="initial-pm-Jan",
    ),
    pytest.param(
        "He said “we will see. Maybe.” Mrs. Park nodded.",
        ["He said “we will see. Maybe.”", "Mrs. Park nodded."],
        id="curly-quotes",
    ),
]


@pytest.mark.parametrize("text, expected", FRENCH)
def test_french_splits(text, expected):
    assert split(text, "fr") == expected


@pytest.mark.parametrize("text, expected", ENGLISH)
def test_english_splits(text, expected):
    assert split(text, "en") == expected


def test_abbreviation_list_follows_language():
    text = "Mr. Putin said the talks went well."
    assert split(text, "en") == [text]
    assert split(text, "fr") == ["Mr.", "Putin said the talks went well."]  # "Mr" is not French
    # an unknown language gets every list
    assert split(text, "xx") == [text]
    # a plain list works too
    assert split_sentences(text, "en", ["Mr"]) == [(0, len(text))]


QUOTED = "Il a dit : « Nous sommes prêts. Nous partirons demain. » Puis il est parti."


def test_keep_quotes_whole_off_splits_inside_quotes():
    assert split(QUOTED) == ["Il a dit : « Nous sommes prêts. Nous partirons demain. »", "Puis il est parti."]
    assert split(QUOTED, keep_quotes_whole=False) == [
        "Il a dit : « Nous sommes prêts.",
        "Nous partirons demain. »",
        "Puis il est parti.",
    ]


def test_quotes_longer_than_max_are_split():
    quote_len = QUOTED.index("»") - QUOTED.index("«") + 1
    assert len(split(QUOTED, max_quote_chars=quote_len)) == 2
    assert len(split(QUOTED, max_quote_chars=quote_len - 1)) == 3


def test_unclosed_opener_does_not_protect_rest_of_paragraph():
    text = "Il a dit : « Nous sommes prêts. Nous partirons demain. Puis il est parti."
    assert split(text) == ["Il a dit : « Nous sommes prêts.", "Nous partirons demain.", "Puis il est parti."]


def test_stray_closer_then_real_quote():
    text = "Il est venu. » Il a dit : « Oui. Non. » Fin de la visite. Retour à Moscou."
    assert split(text) == [
        "Il est venu. »",
        "Il a dit : « Oui. Non. »",
        "Fin de la visite.",
        "Retour à Moscou.",
    ]


def test_quote_pairs_roles():
    text = '« a » » "b" "c'
    pairs, roles = quote_pairs(text)
    assert pairs == [(0, 4), (8, 10)]
    assert roles == {0: "open", 4: "close", 6: "stray", 8: "open", 10: "close", 12: "open"}


def test_unclosed_opener_inside_a_pair_is_dropped():
    text = "« a “ b » c ”"
    pairs, roles = quote_pairs(text)
    assert pairs == [(0, 8)]
    assert roles[12] == "stray"


def test_dotted_initialisms_without_a_list():
    text = "U.S. officials met J.F. Dupont. They left."
    assert split_sentences(text, "xx", []) == [(0, 31), (32, 42)]


def test_nested_quotes():
    text = "Il a lu : « Le texte dit ‹ Fin. Retour. › et voilà. » Puis rien."
    assert split(text) == ["Il a lu : « Le texte dit ‹ Fin. Retour. › et voilà. »", "Puis rien."]


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_offsets_on_corpus(path):
    text = path.read_text(encoding="utf-8")
    doc = Segment(Config()).process(make_doc(text))
    assert doc.segments, "no segments"
    assert doc.stats["segment"] == {"segments": len(doc.segments)}
    assert [s.seg_id for s in doc.segments] == list(range(len(doc.segments)))
    for prev, seg in zip(doc.segments, doc.segments[1:]):
        assert prev.end <= seg.start
    for seg in doc.segments:
        para = doc.paragraphs[seg.para]
        assert para.start <= seg.start < seg.end <= para.end
        assert seg.text == doc.text[seg.start : seg.end]
        assert seg.text == seg.text.strip()
        assert seg.lang == "fr"
        # guillemets survive normalisation; no-break spaces and ’ do not
        assert seg.norm.count("«") == seg.text.count("«")
        assert seg.norm.count("»") == seg.text.count("»")
        assert NBSP not in seg.norm and "’" not in seg.norm
    # the segments of a paragraph cover all its non-space characters
    for index, para in enumerate(doc.paragraphs):
        joined = "".join(s.text for s in doc.segments if s.para == index)
        assert "".join(joined.split()) == "".join(doc.text[para.start : para.end].split())


def test_corpus_sentence_counts():
    text = next(p for p in CORPUS if p.name.startswith("003")).read_text(encoding="utf-8")
    doc = Segment(Config()).process(make_doc(text))
    texts = [s.text for s in doc.segments]
    assert f"Vostotchni est venu.{NBSP}»" in texts
    assert len([s for s in doc.segments if s.para == 7]) == 7  # "Actuellement, ..." paragraph


def test_norm_examples():
    stage = Segment(Config())
    raw = f"«{NBSP}Je suis heureux de vous voir{NBSP}», a déclaré l’agence… “Oui”."
    assert stage.normalize(raw, "fr") == "« Je suis heureux de vous voir », a déclaré l'agence... \"Oui\"."
    assert stage.normalize(f"à plus de 6{NBSP}400 km", "fr") == "à plus de 6 400 km"
    assert stage.normalize("Vu Hoang (selon Guardian )", "fr") == "Vu Hoang (selon Guardian)"
    stage.normalize("x", "fr")
    assert set(stage._normalizers) == {"fr"}  # one normaliser per language, reused


def test_normalize_punctuation_off():
    cfg = Config()
    cfg.segment.normalize_punctuation = False
    text = f"«{NBSP}Je suis heureux de vous voir{NBSP}», a déclaré l’agence. Il est parti."
    doc = Segment(cfg).process(make_doc(text))
    assert [s.norm for s in doc.segments] == [s.text for s in doc.segments]
    assert len(doc.segments) == 2


def test_paragraph_language_overrides_document_language():
    text = "Le président est arrivé. M. Kim aussi.\nMr. Putin said the talks went well. U.S. officials agreed.\n"
    doc = make_doc(text)
    doc.paragraphs[1].lang = "en"
    doc = Segment(Config()).process(doc)
    assert [(s.text, s.lang, s.para) for s in doc.segments] == [
        ("Le président est arrivé.", "fr", 0),
        ("M. Kim aussi.", "fr", 0),
        ("Mr. Putin said the talks went well.", "en", 1),
        ("U.S. officials agreed.", "en", 1),
    ]


def test_rejected_and_empty_documents():
    doc = make_doc("Une phrase. Une autre.")
    doc.reject("binary")
    assert Segment(Config()).process(doc).segments == []
    assert "segment" not in doc.stats
    empty = Segment(Config()).process(make_doc(""))
    assert empty.segments == [] and empty.stats["segment"] == {"segments": 0}


def test_resegmenting_is_idempotent_and_deterministic():
    text = CORPUS[0].read_text(encoding="utf-8")
    stage = Segment(Config())
    first = stage.process(make_doc(text))
    again = stage.process(first)
    other = Segment(Config()).process(make_doc(text))
    assert first.segments == again.segments == other.segments
