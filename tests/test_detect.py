"""Language detection on the corpus and on made-up mixed documents."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import langid
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
    stage = Detect(Config(), fast=False)  # the rule applies to langdetect's answer
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
    code = (
        "import sys, pipeline.stages.detect; "
        "print([m for m in ('langdetect', 'wordfreq', 'numpy') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_helpers():
    assert upper_share(HEADLINE) == 1.0
    assert upper_share("Vu Hoang (selon Guardian )") < 0.3
    assert upper_share("123") == 0.0
    assert capitalised_share("Vladimir Poutine et Kim Jong-un") == 0.8
    assert capitalised_share(FRENCH[0]) < 0.3



# --------------------------------------------------------------------------- #
# The fast path: exact langdetect, the cheap test, the cache
# --------------------------------------------------------------------------- #
LABELLED = ROOT / "tests" / "data" / "langid" / "segments.tsv"
ENGLISH_ARTICLES = sorted((ROOT / "tests" / "data" / "gold" / "articles").glob("en_*.txt"))

CLEAR_FRENCH = (
    "Les autorités ont annoncé mardi que la nouvelle ligne de tramway serait mise en service "
    "avant la fin de l'année, malgré les retards accumulés pendant les travaux."
)
CLEAR_ENGLISH = (
    "The authorities said on Tuesday that the new tram line would open before the end of the "
    "year, despite the delays that built up during the works."
)


def labelled_rows() -> list[tuple[str, str, str, str]]:
    lines = LABELLED.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["doc_lang", "label", "kind", "text"]
    return [tuple(line.split("\t")) for line in lines[1:]]


@pytest.fixture
def fresh():
    """Empty caches and counters before and after the test."""
    langid.clear_caches()
    yield langid.STATS
    langid.clear_caches()


def plain_langdetect(text: str, seed: int = 0):
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    saved, DetectorFactory.seed = DetectorFactory.seed, seed
    try:
        return [(x.lang, x.prob) for x in detect_langs(text)]
    except LangDetectException:
        return "no features"
    finally:
        DetectorFactory.seed = saved


def fast_langdetect(text: str, seed: int = 0):
    from langdetect.lang_detect_exception import LangDetectException

    try:
        return [(x.lang, x.prob) for x in langid.detect_langs(text, seed)]
    except LangDetectException:
        return "no features"


def test_fast_langdetect_is_langdetect_exactly(fresh):
    texts = [row[3] for row in labelled_rows()[::3]]
    for path in CORPUS + ENGLISH_ARTICLES:
        whole = path.read_text(encoding="utf-8")
        texts.append(whole)
        texts.extend(line for line in whole.splitlines()[:6] if line.strip())
    texts += [
        HEADLINE, HEADLINE.lower(), "", "   ", "12 345", "NATO", "NATOs Chef", "AbCd EFgh iJKL mnoP",
        "Путин встретился с Ким Чен Ыном во Владивостоке 13 сентября.",
        "Переговоры прошли в Сочи. Putin met Lukashenko in Sochi.",
        "習近平主席は北京で会談した。 Xi Jinping", "Tiếng Việt có dấu: Hà Nội, Việt Nam",
        "see https://example.com/a?b=c and write to desk@example.org  now", "Ș ț ș ț  România",
        "Le  double   espace\tet\ttabulations\n\nnouvelles lignes", "x" * 12_000,
    ]
    for seed in (0, 7):
        for text in texts:
            assert fast_langdetect(text, seed) == plain_langdetect(text, seed), text[:80]


def test_profiles_are_loaded_once_per_process(fresh, monkeypatch):
    import langdetect.detector_factory as df

    Detect(Config()).process(make_doc(FRENCH[0]))
    factory = df._factory

    def no_reload(*args, **kwargs):
        raise AssertionError("profiles loaded again")

    monkeypatch.setattr(df.DetectorFactory, "load_profile", no_reload)
    for _ in range(3):
        Detect(Config()).process(make_doc("\n".join([FRENCH[1], ENGLISH[1]])))
    assert df._factory is factory


def test_cheap_test_clear_french_and_english(fresh):
    assert langid.check(CLEAR_FRENCH, "fr", ("en",)) > 0.999
    assert langid.check(CLEAR_ENGLISH, "en", ("fr",)) > 0.999
    ev = langid.evidence(CLEAR_FRENCH, langid.profile("fr", ("en",)))
    assert ev.scripts_ok and ev.share >= langid.MIN_SHARE and ev.other_share == 0.0
    assert ev.margin >= langid.MIN_MARGIN and ev.runner_up not in (None, "fr")
    assert fresh["check_same"] == 2 and fresh["langdetect_calls"] == 0


@pytest.mark.parametrize(
    "text, lang",
    [
        (CLEAR_ENGLISH, "fr"),  # disagrees: English in a French document
        (CLEAR_FRENCH, "en"),
        # half and half: each language has its frequent words
        ("Le ministre a déclaré mardi que les discussions continueraient, and the talks will go on next week.", "fr"),
        # the right words, but a letter in another script
        (CLEAR_FRENCH + " Путин", "fr"),
        # too few words to judge
        ("Les autorités de la région", "fr"),
        # German in a French document
        ("Der Bundeskanzler hat am Mittwoch in Berlin neue Maßnahmen gegen die steigenden Preise angekündigt.", "fr"),
        # languages the test has no resources for (wordfreq needs jieba/MeCab for these)
        (CLEAR_FRENCH, "xx"),
        ("习近平主席在北京会见了来访的外国领导人并就双边关系交换了意见。", "zh-cn"),
        ("윤석열 대통령은 서울에서 외국 정상과 회담을 가졌다고 밝혔다.", "ko"),
    ],
)
def test_cheap_test_is_unsure(fresh, text, lang):
    assert langid.check(text, lang, tuple({"fr", "en"} - {lang})) is None


def test_unsure_paragraph_falls_through_to_langdetect(fresh):
    stage, v1 = Detect(Config()), Detect(Config(), fast=False)
    mixed = "Le ministre a déclaré mardi que les discussions continueraient, and the talks will go on next week."
    decision = stage.paragraph_lang(mixed, "fr")
    assert fresh["check_unsure"] == 1 and fresh["langdetect_calls"] == 1
    assert decision == v1.paragraph_lang(mixed, "fr")  # langdetect's answer, under version 1's rule
    assert decision[2] != "checked" and decision[1] == plain_langdetect(mixed)[0][1]

    lang, prob, how = stage.paragraph_lang(ENGLISH[2], "fr")
    assert (lang, how) == ("en", "switched") and prob == plain_langdetect(ENGLISH[2])[0][1]
    assert fresh["langdetect_calls"] == 2

    assert stage.paragraph_lang(CLEAR_FRENCH, "fr")[2] == "checked"
    assert fresh["langdetect_calls"] == 2  # the cheap test settled it


def test_fast_off_asks_langdetect_about_every_paragraph(fresh):
    doc = Detect(Config(), fast=False).process(make_doc("\n".join(FRENCH)))
    assert fresh["langdetect_calls"] == 4 and fresh["check_same"] == 0
    assert [p.lang_prob for p in doc.paragraphs] == [plain_langdetect(t)[0][1] for t in FRENCH]


def test_cache_hits(fresh):
    assert fast_langdetect(CLEAR_FRENCH) == fast_langdetect(CLEAR_FRENCH)
    assert (fresh["langdetect_calls"], fresh["cache_hits"]) == (1, 1)
    fast_langdetect(CLEAR_FRENCH, seed=7)  # the seed is part of the key
    assert (fresh["langdetect_calls"], fresh["cache_hits"]) == (2, 1)

    # the same English quote twice in one document, then the same document again
    stage = Detect(Config())
    text = "\n".join([FRENCH[0], ENGLISH[2], FRENCH[1], ENGLISH[2], FRENCH[2]])
    langid.clear_caches()
    first = stage.process(make_doc(text))
    assert (fresh["langdetect_calls"], fresh["cache_hits"]) == (2, 1)  # document + quote; the quote again
    assert fresh["check_same"] == 3 and fresh["check_unsure"] == 2
    second = stage.process(make_doc(text))
    assert (fresh["langdetect_calls"], fresh["cache_hits"]) == (2, 4)
    assert first.paragraphs == second.paragraphs
    assert [p.lang for p in first.paragraphs] == ["fr", "en", "fr", "en", "fr"]


def test_cache_is_bounded(fresh, monkeypatch):
    monkeypatch.setattr(langid, "CACHE_SIZE", 3)
    texts = [f"{CLEAR_FRENCH} {word}" for word in ("un", "deux", "trois", "quatre", "cinq")]
    for t in texts:
        fast_langdetect(t)
    assert len(langid._cache) == 3
    fast_langdetect(texts[-1])  # still there
    fast_langdetect(texts[0])  # evicted: computed again
    assert (fresh["langdetect_calls"], fresh["cache_hits"]) == (6, 1)
    long_text = CLEAR_FRENCH * 20  # long texts are keyed by a digest, not kept
    fast_langdetect(long_text)
    key = langid._cache_key(long_text, 0)
    assert key in langid._cache and long_text not in key


def test_labelled_set_fast_path_is_as_accurate_as_langdetect():
    rows = labelled_rows()
    assert 150 <= len(rows) <= 300
    assert {kind for _, _, kind, _ in rows} >= {"prose", "en_in_fr", "fr_in_en", "short", "numbers", "names", "mixed"}
    langid.clear_caches()
    stage, v1 = Detect(Config()), Detect(Config(), fast=False)

    def plain_best(text: str) -> str | None:
        answer = plain_langdetect(text)
        return answer[0][0] if answer != "no features" else None

    plain = sum(plain_best(t) == label for _, label, _, t in rows)
    fast = sum(stage.paragraph_lang(t, doc_lang)[0] == label for doc_lang, label, _, t in rows)
    checked = langid.STATS["check_same"]
    slow = sum(v1.paragraph_lang(t, doc_lang)[0] == label for doc_lang, label, _, t in rows)
    assert fast >= plain and fast >= slow, (fast, plain, slow)
    assert checked >= len(rows) // 3  # the cheap test did settle a good part of them
    # quotes in the other language: caught wherever version 1 caught them, and
    # nearly everywhere (one short English quote gets en 0.86 from langdetect,
    # under detect.min_prob, and keeps the document's language in both)
    quotes = [(doc_lang, label, t) for doc_lang, label, kind, t in rows if kind in ("en_in_fr", "fr_in_en")]
    missed = [t for doc_lang, label, t in quotes if stage.paragraph_lang(t, doc_lang)[0] != label]
    assert not [t for doc_lang, label, t in quotes if v1.paragraph_lang(t, doc_lang)[0] == label and t in missed]
    assert len(missed) <= len(quotes) // 20, missed


def pipeline_docs(folder: Path, pattern: str) -> list[Document]:
    from pipeline import stages

    cfg = Config(corpus=folder)
    cfg.ingest.include = [pattern]
    ingest = stages.load("ingest")(cfg)
    docs = [ingest.read(p) for p in ingest.find_files()]
    for name in ("clean", "detect", "segment"):
        docs = stages.load(name)(cfg).process_batch(docs)
    return docs


@pytest.mark.parametrize(
    "folder, pattern, lang",
    [(ROOT / "corpus", "*.txt", "fr"), (ROOT / "tests" / "data" / "gold" / "articles", "en_*.txt", "en")],
    ids=["sample-fr", "fixtures-en"],
)
def test_every_segment_of_the_sample_articles_is_in_its_language(folder, pattern, lang):
    docs = pipeline_docs(folder, pattern)
    assert docs and all(d.ok and d.lang == lang for d in docs)
    wrong = [(d.path, s.text) for d in docs for s in d.segments if s.lang != lang]
    assert wrong == []
    assert sum(len(d.segments) for d in docs) > 40


def test_quote_paragraphs_in_the_other_language_are_caught(fresh):
    french_article = [
        "LE MINISTRE DES AFFAIRES ÉTRANGÈRES EN VISITE À WASHINGTON",
        CLEAR_FRENCH,
        "Le ministre a rencontré son homologue américain pour évoquer la situation au Proche-Orient "
        "et les négociations sur le commerce entre les deux pays.",
        "\"We had a frank discussion and we agreed to keep working together on these issues,\" "
        "the Secretary of State told reporters after the meeting.",
        "Les deux hommes doivent se revoir le mois prochain à Paris, selon un communiqué de la présidence.",
    ]
    doc = Detect(Config()).process(make_doc("\n".join(french_article)))
    assert doc.lang == "fr"
    assert [p.lang for p in doc.paragraphs] == ["fr", "fr", "fr", "en", "fr"]
    assert doc.stats["detect"]["switched"] == 1 and doc.paragraphs[3].lang_prob >= 0.95

    english_article = [
        CLEAR_ENGLISH,
        "« Nous avons eu une discussion franche et nous avons convenu de continuer à travailler ensemble », "
        "a déclaré le ministre français à la presse.",
        "The two men are due to meet again next month in Paris, according to a statement from the presidency.",
    ]
    doc = Detect(Config()).process(make_doc("\n".join(english_article)))
    assert doc.lang == "en" and [p.lang for p in doc.paragraphs] == ["en", "fr", "en"]


@pytest.mark.parametrize("path", CORPUS + ENGLISH_ARTICLES, ids=lambda p: p.name)
def test_fast_path_keeps_the_decisions_on_the_sample_articles(path):
    text = path.read_text(encoding="utf-8")
    fast = Detect(Config()).process(make_doc(text))
    slow = Detect(Config(), fast=False).process(make_doc(text))
    assert (fast.lang, fast.lang_prob, fast.stats) == (slow.lang, slow.lang_prob, slow.stats)
    assert [p.lang for p in fast.paragraphs] == [p.lang for p in slow.paragraphs]
    assert [p.lang_prob is None for p in fast.paragraphs] == [p.lang_prob is None for p in slow.paragraphs]
    # paragraphs the cheap test settled carry its probability
    assert all(p.lang_prob is None or p.lang_prob > 0.99 for p in fast.paragraphs)


@pytest.mark.parametrize("answer, letters, expected", [
    ("ca", 60, "fr"),    # a short line read as a language the run does not handle: the document's
    ("ca", 150, "ca"),   # a long paragraph of it: switched
    ("en", 60, "en"),    # a language of the run switches as before
])
def test_a_short_paragraph_does_not_switch_to_a_language_outside_the_run(monkeypatch, answer, letters, expected):
    stage = Detect(Config())
    monkeypatch.setattr(stage, "_check", lambda text, lang: None)
    monkeypatch.setattr(stage, "_langs", lambda text: [(answer, 0.99999)])
    text = " ".join(["mot"] * (letters // 3))
    assert stage.paragraph_lang(text, "fr")[0] == expected
