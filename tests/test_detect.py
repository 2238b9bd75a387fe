"""Language detection on the corpus and on made-up mixed documents."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.data import Document, Paragraph
from pipeline.stages import detect as detect_module
from pipeline.stages.detect import Detect, capitalised_share, upper_share

from .conftest import line_document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))

HEADLINE = "VLADIMIR POUTINE ACCEPTE L'INVITATION DE KIM JONG UN À SE RENDRE EN CORÉE DU NORD"
FRENCH = [
    "Le président russe Vladimir Poutine a accepté l'invitation de Kim Jong Un à se rendre en Corée "
    "du Nord, après que les deux dirigeants ont tenu leur premier sommet en tête-à-tête depuis quatre ans.",
    "Le dirigeant nord-coréen devrait également visiter une usine aéronautique et se rendre à "
    "Vladivostok, où il verra la flotte russe du Pacifique.",
    "Les experts estiment que les négociations sont une opportunité pour la Corée du Nord d’accepter "
    "de fournir des armes à la Russie.",
]
ENGLISH = [
    "Russian President Vladimir Putin has accepted an invitation from Kim Jong Un to visit North "
    "Korea, after the two leaders held their first face-to-face summit in four years.",
    "The North Korean leader is also expected to visit an aircraft factory and travel to "
    "Vladivostok, where he will see Russia's Pacific fleet.",
    "State Department spokesman Matthew Miller said it was troubling that Russia was talking about "
    "cooperation with North Korea on programmes that could violate Security Council resolutions.",
]


def make_doc(text: str) -> Document:
    return line_document(text)


def para_langs(doc: Document) -> list[tuple[str, str | None]]:
    return [(doc.text[p.start : p.end], p.lang) for p in doc.paragraphs]


@pytest.fixture(scope="module")
def detect() -> Detect:
    return Detect(Config())


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_corpus_is_french_throughout(detect, path):
    doc = detect.process(make_doc(path.read_text(encoding="utf-8")))
    assert doc.lang == "fr"
    assert doc.lang_prob is not None and doc.lang_prob > 0.99
    not_french = [(t, lang) for t, lang in para_langs(doc) if lang != "fr"]
    assert not_french == []
    stats = doc.stats["detect"]
    assert stats["paragraphs"] == len(doc.paragraphs)
    assert stats["switched"] == 0 and stats["foreign"] == 0
    assert stats["inherited"] == sum(p.lang_prob is None for p in doc.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        HEADLINE,  # langdetect alone says "en" 0.71
        "Vu Hoang (selon Guardian )",  # langdetect alone says "id" 0.99999
        "Vu Anh (selon Interfax, Reuters )",  # "de"
        "Paris / La Gazette",  # "it"
        "via REUTERS",
        "Loading...",  # "tl"
        "Vladimir Poutine, Kim Jong-un, Alexandre Loukachenko, Dmitri Peskov, Sergueï Choïgou, Matthew Miller",
        "Par Jean-Baptiste Dupont et Marie-Claire Lefèvre, Vu Hoang, Vu Anh, avec Reuters et Interfax",
    ],
)
def test_thin_lines_inherit_document_language(detect, line):
    doc = detect.process(make_doc("\n".join([FRENCH[0], line, FRENCH[1]])))
    assert doc.lang == "fr"
    para = doc.paragraphs[1]
    assert (para.lang, para.lang_prob) == ("fr", None)
    assert doc.stats["detect"]["inherited"] == 1


def test_content_paragraphs_carry_their_probability(detect):
    doc = detect.process(make_doc("\n".join(FRENCH)))
    assert all(p.lang == "fr" and p.lang_prob > 0.99 for p in doc.paragraphs)
    assert doc.stats["detect"] == {"paragraphs": 3, "inherited": 0, "switched": 0, "foreign": 0}


def test_english_document(detect):
    doc = detect.process(make_doc("\n".join(["PUTIN ACCEPTS KIM'S INVITATION TO VISIT NORTH KOREA", *ENGLISH])))
    assert doc.lang == "en"
    assert [lang for _, lang in para_langs(doc)] == ["en"] * 4
    assert doc.paragraphs[0].lang_prob is None  # the headline inherits
    assert all(p.lang_prob > 0.99 for p in doc.paragraphs[1:])


def test_english_paragraph_in_french_document_switches(detect):
    doc = detect.process(make_doc("\n".join([FRENCH[0], ENGLISH[2], FRENCH[1], FRENCH[2]])))
    assert doc.lang == "fr"
    assert [lang for _, lang in para_langs(doc)] == ["fr", "en", "fr", "fr"]
    assert doc.paragraphs[1].lang_prob >= 0.95
    assert doc.stats["detect"]["switched"] == 1


def test_other_language_counts_as_foreign(detect):
    german = (
        "Der russische Präsident Wladimir Putin hat die Einladung von Kim Jong Un angenommen, "
        "Nordkorea zu besuchen, nachdem die beiden Staatschefs ihr erstes Gipfeltreffen abgehalten hatten."
    )
    doc = detect.process(make_doc("\n".join([*FRENCH, german])))
    assert doc.paragraphs[3].lang == "de"
    assert doc.stats["detect"]["foreign"] == 1


def test_thresholds_come_from_config():
    cfg = Config()
    cfg.detect.min_chars = 10_000
    doc = Detect(cfg).process(make_doc("\n".join([FRENCH[0], ENGLISH[0], FRENCH[1]])))
    assert [p.lang for p in doc.paragraphs] == ["fr", "fr", "fr"]
    assert doc.stats["detect"]["inherited"] == 3


def test_upper_case_headline_inherits_without_names_rule(monkeypatch):
    monkeypatch.setattr(detect_module, "capitalised_share", lambda text: 0.0)  # names rule off
    doc = Detect(Config()).process(make_doc("\n".join([HEADLINE, *FRENCH])))
    assert (doc.paragraphs[0].lang, doc.paragraphs[0].lang_prob) == ("fr", None)


class FakeLang:
    def __init__(self, lang: str, prob: float):
        self.lang, self.prob = lang, prob


@pytest.mark.parametrize(
    "paragraph_result, expected",
    [
        ([("en", 0.94), ("fr", 0.06)], ("fr", None, 1, 0)),  # weak evidence: inherit
        ([("en", 0.96), ("fr", 0.04)], ("en", 0.96, 0, 1)),  # strong: switch
        ([("fr", 0.55), ("it", 0.45)], ("fr", 0.55, 0, 0)),  # agrees with the document
        ([], ("fr", None, 1, 0)),  # no features
    ],
)
def test_switching_rule(paragraph_result, expected):
    stage = Detect(Config())
    answers = iter([[("fr", 0.999)], paragraph_result])
    stage._detect_langs = lambda text: [FakeLang(*x) for x in next(answers)]
    doc = stage.process(make_doc(FRENCH[0]))
    para = doc.paragraphs[0]
    stats = doc.stats["detect"]
    assert (para.lang, para.lang_prob, stats["inherited"], stats["switched"]) == expected


def test_upper_case_only_document_is_lowercased_for_detection(detect):
    doc = detect.process(make_doc(HEADLINE))
    assert doc.lang == "fr"  # langdetect on the raw capitals says "en"


@pytest.mark.parametrize("text", ["", "\n\n", "12 345\n(0) --"])
def test_documents_without_letters_have_no_language(detect, text):
    doc = detect.process(make_doc(text))
    assert doc.lang is None and doc.lang_prob is None
    assert all(p.lang is None for p in doc.paragraphs)
    assert doc.stats["detect"]["paragraphs"] == len(doc.paragraphs)


def test_rejected_document_passes_through(detect):
    doc = make_doc(FRENCH[0])
    doc.reject("empty")
    doc.paragraphs = [Paragraph(0, 0)]
    out = detect.process(doc)
    assert out.lang is None and out.paragraphs[0].lang is None and out.stats == {}


def test_deterministic(detect):
    text = "\n".join([FRENCH[0], ENGLISH[2], "Paris / La Gazette", HEADLINE, FRENCH[1]])
    first = detect.process(make_doc(text))
    second = Detect(Config()).process(make_doc(text))
    assert (first.lang, first.lang_prob) == (second.lang, second.lang_prob)
    assert first.paragraphs == second.paragraphs
    assert first.stats == second.stats


def test_seed_set_in_init():
    from langdetect import DetectorFactory

    cfg = Config()
    cfg.detect.seed = 7
    Detect(cfg)
    assert DetectorFactory.seed == 7
    Detect(Config())
    assert DetectorFactory.seed == 0


def test_importing_the_module_does_not_load_langdetect():
    code = "import sys, pipeline.stages.detect; print('langdetect' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_helpers():
    assert upper_share(HEADLINE) == 1.0
    assert upper_share("Vu Hoang (selon Guardian )") < 0.3
    assert upper_share("123") == 0.0
    assert capitalised_share("Vladimir Poutine et Kim Jong-un") == 0.8
    assert capitalised_share(FRENCH[0]) < 0.3
