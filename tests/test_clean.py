"""Clean stage: line classification, paragraphs, metadata and relayed outlets.

The tables use real lines from the sample corpus (French) and their English
equivalents.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.data import LINE_KINDS, Document
from pipeline.metadata.dates import parse_date
from pipeline.stages.clean import Clean

CORPUS = Path(__file__).parent.parent / "corpus"

BODY = "Le président russe a reçu le dirigeant nord-coréen au cosmodrome de Vostochny."


@pytest.fixture(scope="module")
def stage() -> Clean:
    return Clean(Config())


def make(text: str) -> Document:
    return Document(doc_id="x", path="x.txt", sha256="0", text=text)


def run(stage: Clean, text: str) -> Document:
    return stage.process(make(text))


def spans(doc: Document) -> list[tuple[str, str | None, str]]:
    """(kind, reason, text) of every non-blank line span."""
    return [(ln.kind, ln.reason, doc.text[ln.start:ln.end]) for ln in doc.lines if ln.kind != "blank"]


def paragraphs(doc: Document) -> list[str]:
    return [doc.text[p.start:p.end] for p in doc.paragraphs]


def corpus_doc(stage: Clean, prefix: str) -> Document:
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    return run(stage, path.read_text(encoding="utf-8"))


# -- whole-line rules ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "[annonce_2]",
        "Lien source",
        "Comment (0)",
        "Loading...",
        "L'info de A à Z Voir Plus",
        "ttn-fr-31",
        "Source",
        "Read more",
        "Read more: Putin and Kim meet at Vostochny",
        "Advertisement",
        # a site's call to follow it
        "For the latest headlines, follow our Google News channel online or via the app.",
        "Follow us on Telegram",
        "Suivez-nous sur Facebook et X",
    ],
)
def test_boilerplate_line_is_dropped(stage, line):
    doc = run(stage, f"{BODY}\n{line}\n")
    assert spans(doc) == [("content", None, BODY), ("boilerplate", "boilerplate", line)]
    assert paragraphs(doc) == [BODY]
    assert doc.stats["clean"]["dropped"] == {"boilerplate": 1}


@pytest.mark.parametrize(
    "line, outlets",
    [
        ("Vu Hoang (selon Guardian )", ["Guardian"]),
        ("Vu Anh (selon Interfax, Reuters )", ["Interfax", "Reuters"]),
        ("By John Smith", []),
        ("Par Jean Dupont, avec AFP", ["AFP"]),
        ("Reporting by Jane Doe; Editing by John Roe", []),
        ("Avec AFP", ["AFP"]),
    ],
)
def test_byline(stage, line, outlets):
    doc = run(stage, f"{BODY}\n{line}")
    assert spans(doc)[-1] == ("byline", "byline", line)
    assert doc.relayed_outlets == outlets
    assert paragraphs(doc) == [BODY]


@pytest.mark.parametrize(
    "line, outlets",
    [
        ("via REUTERS", ["Reuters"]),
        ("Photo: Reuters", ["Reuters"]),
        ("Photo : KCNA", ["KCNA"]),
        ("(Source : Reuters)", ["Reuters"]),
        ("Crédit photo : AFP", ["AFP"]),
    ],
)
def test_credit_line(stage, line, outlets):
    doc = run(stage, f"{BODY}\n\n{line}\n")
    assert spans(doc)[-1] == ("credit", "credit", line)
    assert doc.relayed_outlets == outlets


@pytest.mark.parametrize(
    "line, date",
    [
        ("14 Septembre 2023 22:35 (UTC+01:00)", "2023-09-14"),
        ("September 14, 2023", "2023-09-14"),
        ("Thursday, September 14, 2023 at 3:45 PM EDT", "2023-09-14"),
        ("Mon 11 Sep 2023 10.30 BST", "2023-09-11"),
        ("Published: Thursday 14 September 2023 08.00 BST", "2023-09-14"),
        ("Publié le 1er février 2024 à 10h00", "2024-02-01"),
        ("Mis à jour le 14/09/2023", "2023-09-14"),
        ("3 août 2023", "2023-08-03"),
        ("Mercredi 13 septembre 2023", "2023-09-13"),
        ("2023-09-13T08:00:00Z", "2023-09-13"),
        ("Paris / La Gazette", None),
    ],
)
def test_dateline(stage, line, date):
    doc = run(stage, f"{line}\n{BODY}")
    assert spans(doc)[0] == ("dateline", "dateline", line)
    assert doc.date == date
    assert paragraphs(doc) == [BODY]


def test_place_publisher_dateline_sets_publisher(stage):
    doc = run(stage, f"Paris / La Gazette\n\n{BODY}")
    assert doc.publisher == "La Gazette"


@pytest.mark.parametrize("tail, publisher", [
    ("AFP\nRussia\nDiplomacy\n", "AFP"),  # the agency's name alone below the body, then tags
    ("— Reuters\n", "Reuters"),
    ("Russia\nDiplomacy\n", None),  # tags only
    ("The talks, Reuters said, will go on.\n", None),  # a sentence, not a credit line
])
def test_agency_name_alone_below_the_body_is_its_credit(stage, tail, publisher):
    doc = run(stage, f"Talks in Geneva\n{BODY}\n{tail}")
    assert doc.publisher == publisher


@pytest.mark.parametrize(
    "text, iso",
    [
        ("14 Septembre 2023", "2023-09-14"),
        ("12 décembre 2023", "2023-12-12"),
        ("5 févr. 2024", "2024-02-05"),
        ("Sept 13, 2023", "2023-09-13"),
        ("Mar.10 - 2024 10:27 PM CET", "2024-03-10"),  # a dash between the day and the year
        ("10 mars – 2024", "2024-03-10"),
        ("09/14/2023", "2023-09-14"),  # day-first is impossible, so month-first
        ("Sept 13", None),  # no year: not a date we can use
        ("14 septembre", None),
        ("31 février 2023", None),
        ("12 soldats 2023", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "line",
    [
        "Par exemple, la Russie pourrait fournir des satellites.",
        "Posted troops along the border, the ministry said.",
        "Subscribers to the newsletter were told that the summit had gone well and that details would follow.",
        "Copyright lawsuits against the agency were filed in Moscow last year, a court official said on Monday.",
        "Il est arrivé via Moscou",
        "Follow-up talks are planned for next week, the ministry said.",
        "KCNA",
    ],
)
def test_ordinary_line_stays_content(stage, line):
    doc = run(stage, f"{BODY}\n{line}")
    assert spans(doc) == [("content", None, BODY), ("content", None, line)]
    assert "clean" not in doc.stats


# -- cutting inside content lines ----------------------------------------------


def test_trailing_photo_credit_is_cut_from_caption(stage):
    caption = ("Le président Poutine serre la main du dirigeant nord-coréen Kim Jong-un "
               "lors d'une réunion en Extrême-Orient le 13 septembre.")
    doc = run(stage, f"{caption} Photo : KCNA\n")
    assert spans(doc) == [("content", None, caption), ("credit", "credit", "Photo : KCNA")]
    assert doc.relayed_outlets == ["KCNA"]


def test_caption_label_splits_line_and_source_credit_is_cut(stage):
    lead = ("Les dirigeants de la Russie et de la Corée du Nord ont exprimé leur confiance dans "
            "les perspectives des relations entre les deux pays et se sont engagés à promouvoir "
            "la sécurité et la paix régionales.")
    caption = ("Le président russe Vladimir Poutine (à droite) salue la présence du président "
               "nord-coréen Kim Jong Un en Extrême-Orient russe le 13 septembre.")
    doc = run(stage, f"{lead} Photo : {caption} (Source : Reuters) |\n")
    assert spans(doc) == [
        ("content", None, lead),
        ("credit", "credit", "Photo :"),
        ("content", None, caption),
        ("credit", "credit", "(Source : Reuters) |"),
    ]
    assert paragraphs(doc) == [lead, caption]
    assert doc.relayed_outlets == ["Reuters"]


@pytest.mark.parametrize("lead", ["", "Le sommet a eu lieu à Vostochny."])
def test_long_caption_after_photo_label_is_content_not_credit(stage, lead):
    # a credit names a known outlet or is at most three words; this is a caption
    caption = "Le président russe salue Kim Jong Un."
    doc = run(stage, f"{lead} Photo : {caption}")
    expected = [("credit", "credit", "Photo :"), ("content", None, caption)]
    assert spans(doc) == ([("content", None, lead)] if lead else []) + expected
    assert doc.relayed_outlets == []


def test_bracket_without_outlet_is_not_a_wire_prefix(stage):
    line = "VLADIVOSTOK (Russie) - Kim est arrivé mardi en train blindé."
    assert spans(run(stage, line)) == [("content", None, line)]


def test_photo_label_mid_sentence_is_not_a_cut(stage):
    line = "Sur des photos publiées par les médias russes, Kim inspecte le cockpit du Su-57."
    assert spans(run(stage, line)) == [("content", None, line)]


@pytest.mark.parametrize(
    "prefix",
    ["WASHINGTON, Sept 13 (Reuters) -", "(Reuters) -", "MOSCOU, 13 septembre (AFP) —"],
)
def test_wire_prefix_is_cut_and_relayed(stage, prefix):
    body = "The United States warned North Korea against selling weapons to Russia."
    doc = run(stage, f"{prefix} {body}")
    assert spans(doc) == [("dateline", "dateline", prefix), ("content", None, body)]
    assert paragraphs(doc) == [body]
    assert doc.relayed_outlets == [re.search(r"\((\w+)\)", prefix)[1]]


# -- relayed outlets from content -----------------------------------------------


@pytest.mark.parametrize(
    "sentence, outlets",
    [
        ('"M. Poutine a accepté l\'invitation avec plaisir", a rapporté jeudi '
         "l'agence de presse officielle nord-coréenne KCNA.", ["KCNA"]),
        ("Dans son rapport, KCNA indique que les deux dirigeants ont convenu de renforcer "
         "la coopération.", ["KCNA"]),
        ("Les deux hommes se sont rencontrés mercredi. C’est ce qu’a rapporté l’agence de "
         "presse russe TASS.", ["TASS"]),
        ("« Nous parlerons de tous les sujets », a rapporté l’agence de presse russe Ria.", ["RIA"]),
        ("Sa visite était une démonstration claire, a rapporté l’agence de presse "
         "nord-coréenne KCNA.", ["KCNA"]),
        ("Aucun accord n'a été signé, d’après Interfax.", ["Interfax"]),
        ("Aucun accord n'a été signé, d'après Interfax.", ["Interfax"]),
        ("Putin saw possibilities for military cooperation, according to Interfax.", ["Interfax"]),
        ('"We will talk about everything," Putin said, KCNA said on Thursday.', ["KCNA"]),
        ("A Kremlin official told Reuters the talks would last two days.", ["Reuters"]),
        ("Interfax reported that Kim had left Vladivostok.", ["Interfax"]),
        ("Le ministre devrait être présent, selon TASS et RIA Novosti.", ["TASS", "RIA"]),
        # merely named, no cue: not a source of this article
        ("Reuters a licencié deux cents journalistes l'an dernier.", []),
        ("The Guardian published an editorial criticising the summit.", []),
        ("Selon les observateurs, la Russie veut des munitions. Reuters n'a pas commenté.", []),
        ("Selon les observateurs, la Russie pourrait souhaiter que la Corée du Nord fournisse "
         "des munitions, ce que Reuters n'a pas pu vérifier.", []),
        ("Selon lui, elle date de 30 ap. J.-C.", []),  # short aliases match as written only
        ("Reuters and Interfax reported that Kim had left.", ["Reuters", "Interfax"]),
        ("KCNA jeudi a indiqué que Kim était rentré.", ["KCNA"]),
        ("Reuters a publié un rapport qui indique que Kim est reparti.", []),  # cue too far
        ("Reuters, qui a annoncé des licenciements, ne commente pas.", []),  # not across a comma
        ("Selon M. Peskov interrogé par TASS, aucun accord n'a été signé.", ["TASS"]),
    ],
)
def test_relayed_outlets_from_content(stage, sentence, outlets):
    doc = run(stage, sentence)
    assert spans(doc) == [("content", None, sentence)]
    assert doc.relayed_outlets == outlets


def test_relayed_outlets_are_deduplicated_in_order(stage):
    doc = run(stage, "Selon Interfax, Kim est arrivé. KCNA indique qu'il repart.\nVu Anh (selon Interfax, Reuters )")
    assert doc.relayed_outlets == ["Interfax", "KCNA", "Reuters"]


def test_outlet_table_comes_from_config():
    cfg = Config.model_validate({"clean": {"outlets": {"Le Monde": ["Le Monde"]}}})
    doc = Clean(cfg).process(make("Selon Le Monde et selon Reuters, Kim est reparti."))
    assert doc.relayed_outlets == ["Le Monde"]


def test_longest_alias_wins():
    table = {"Le Monde": ["Le Monde"], "Monde diplomatique": ["Le Monde diplomatique"]}
    cfg = Config.model_validate({"clean": {"outlets": table}})
    doc = Clean(cfg).process(make("Selon Le Monde diplomatique, Kim est reparti."))
    assert doc.relayed_outlets == ["Monde diplomatique"]


# -- headlines, mastheads, titles -----------------------------------------------


def test_sample_001_headline_masthead_and_metadata(stage):
    doc = corpus_doc(stage, "001")
    headline = "VLADIMIR POUTINE ACCEPTE L'INVITATION DE KIM JONG UN À SE RENDRE EN CORÉE DU NORD"
    assert doc.title == headline
    assert doc.date == "2023-09-14"
    assert doc.publisher == "La Gazette"
    assert doc.relayed_outlets == ["KCNA"]
    dropped = [s for s in spans(doc) if s[0] != "content" and s[1] is not None]
    assert dropped[:5] == [
        ("boilerplate", "masthead", "Lagazette"),
        ("dateline", "dateline", "14 Septembre 2023 22:35 (UTC+01:00)"),
        ("headline", "repeated_headline", headline),
        ("headline", "repeated_headline", headline),
        ("dateline", "dateline", "Paris / La Gazette"),
    ]
    assert paragraphs(doc)[0] == headline
    assert paragraphs(doc).count(headline) == 1
    assert paragraphs(doc)[1].startswith("Le président russe Vladimir Poutine a accepté")


def test_masthead_is_publisher_without_dateline(stage):
    doc = run(stage, f"Lagazette\n\nPOUTINE ACCEPTE L'INVITATION DE KIM\n\n{BODY}")
    assert doc.publisher == "Lagazette"
    assert doc.title == "POUTINE ACCEPTE L'INVITATION DE KIM"


def test_upper_case_line_after_body_is_content(stage):
    doc = run(stage, f"{BODY}\nLA RUSSIE ET LA CORÉE DU NORD\n{BODY}")
    assert [s[0] for s in spans(doc)] == ["content", "content", "content"]
    assert doc.title == BODY


def test_repeated_headline_matches_case_and_spacing(stage):
    doc = run(stage, f"KIM JONG UN EN RUSSIE\n{BODY}\nKim  Jong Un en   RUSSIE")
    assert spans(doc)[-1] == ("headline", "repeated_headline", "Kim  Jong Un en   RUSSIE")
    assert doc.stats["clean"]["dropped"] == {"repeated_headline": 1}


def test_title_falls_back_to_first_sentence_cut_on_a_word(stage):
    doc = run(stage, f"{BODY} Il s'agit de son premier voyage.")
    assert doc.title == BODY
    assert run(stage, "M. Kim est arrivé mardi. Il repart jeudi.").title == "M. Kim est arrivé mardi."
    long = "Le président " + "très " * 60 + "russe est arrivé. Deuxième phrase."
    title = run(stage, long).title
    assert 100 < len(title) <= 150 and long.startswith(title) and not title.endswith(" ")
    assert long[len(title)] == " "


# -- the sample corpus ---------------------------------------------------------


@pytest.mark.parametrize(
    "prefix, outlets, dropped",
    [
        ("000", ["Guardian"], {"byline": 1, "boilerplate": 3}),
        ("001", ["KCNA"], {"masthead": 1, "dateline": 2, "repeated_headline": 2, "boilerplate": 2}),
        ("002", ["KCNA", "Interfax", "Reuters"], {"credit": 1, "byline": 1, "boilerplate": 2}),
        ("003", ["TASS", "KCNA", "Reuters", "RIA"], {"credit": 2, "boilerplate": 1}),
        ("004", ["Reuters"], {"credit": 2, "boilerplate": 2}),
    ],
)
def test_sample_articles(stage, prefix, outlets, dropped):
    doc = corpus_doc(stage, prefix)
    assert doc.relayed_outlets == outlets
    assert doc.stats["clean"]["dropped"] == dropped
    assert doc.title


def test_sample_002_caption_credit(stage):
    doc = corpus_doc(stage, "002")
    assert ("credit", "credit", "Photo : KCNA") in spans(doc)
    assert any(p.endswith("le 13 septembre.") for p in paragraphs(doc))


def test_sample_004_source_credit(stage):
    doc = corpus_doc(stage, "004")
    assert ("credit", "credit", "(Source : Reuters) |") in spans(doc)
    assert not any("Source" in p or p.endswith("|") for p in paragraphs(doc))


ENGLISH = """WORLD
PUTIN ACCEPTS KIM'S INVITATION TO VISIT NORTH KOREA
By John Smith
Mon 11 Sep 2023 10.30 BST

WASHINGTON, Sept 13 (Reuters) - The United States warned North Korea on Wednesday.
"We will talk about everything," Putin said, KCNA said. Photo: Reuters
Photo: Kim Jong Un and Vladimir Putin shake hands at the Vostochny cosmodrome in Amur.
Read more
Advertisement
Reporting by Jane Doe; Editing by John Roe
"""


def test_english_article(stage):
    doc = run(stage, ENGLISH)
    assert doc.title == "PUTIN ACCEPTS KIM'S INVITATION TO VISIT NORTH KOREA"
    assert doc.date == "2023-09-11"
    assert doc.relayed_outlets == ["Reuters", "KCNA"]
    assert paragraphs(doc) == [
        "PUTIN ACCEPTS KIM'S INVITATION TO VISIT NORTH KOREA",
        "The United States warned North Korea on Wednesday.",
        '"We will talk about everything," Putin said, KCNA said.',
        "Kim Jong Un and Vladimir Putin shake hands at the Vostochny cosmodrome in Amur.",
    ]
    assert doc.stats["clean"]["dropped"] == {
        "masthead": 1, "byline": 2, "dateline": 2, "credit": 2, "boilerplate": 2,
    }


# -- invariants ----------------------------------------------------------------


def _all_docs(stage) -> list[Document]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return [run(stage, t) for t in [*texts, ENGLISH, ENGLISH.replace("\n", "\r\n")]]


def test_corpus_is_present():
    assert len(list(CORPUS.glob("*.txt"))) == 5


def test_invariants(stage):
    boilerplate = [re.compile(p, re.IGNORECASE) for p in Config().clean.boilerplate]
    for doc in _all_docs(stage):
        assert doc.paragraphs, doc.text[:40]
        for p in doc.paragraphs:
            text = doc.text[p.start:p.end]
            assert text and text == text.strip()
            assert p.lang is None
            assert not any(rx.fullmatch(text) for rx in boilerplate), text
        covered = [False] * len(doc.text)
        previous_end = 0
        for ln in doc.lines:
            assert ln.kind in LINE_KINDS
            assert previous_end <= ln.start <= ln.end  # in order, no overlap
            previous_end = ln.end
            assert "\r" not in doc.text[ln.start:ln.end] and "\n" not in doc.text[ln.start:ln.end]
            if ln.kind != "blank":
                covered[ln.start:ln.end] = [True] * (ln.end - ln.start)
        uncovered = "".join(c for c, seen in zip(doc.text, covered) if not seen)
        assert uncovered.strip() == "", uncovered.strip()[:80]
        kept = [(ln.start, ln.end) for ln in doc.lines
                if ln.kind == "content" or (ln.kind == "headline" and ln.reason is None)]
        assert kept == [(p.start, p.end) for p in doc.paragraphs]
        dropped = sum(1 for ln in doc.lines if ln.kind not in ("content", "blank") and ln.reason)
        assert dropped == sum(doc.stats["clean"]["dropped"].values())


def test_crlf_gives_the_same_spans_as_lf(stage):
    lf, crlf = run(stage, ENGLISH), run(stage, ENGLISH.replace("\n", "\r\n"))
    assert spans(lf) == spans(crlf)
    assert paragraphs(lf) == paragraphs(crlf)
    assert lf.relayed_outlets == crlf.relayed_outlets


def test_rerun_does_not_double_counts(stage):
    doc = corpus_doc(stage, "000")
    before = dict(doc.stats["clean"]["dropped"])
    assert stage.process(doc).stats["clean"]["dropped"] == before


@pytest.mark.parametrize("status, text", [("rejected", ""), ("ok", "")])
def test_rejected_or_empty_document_passes_through(stage, status, text):
    doc = Document(doc_id="x", path="x.txt", sha256="0", status=status, text=text)
    out = stage.process(doc)
    assert out.lines == [] and out.paragraphs == [] and out.title is None and out.stats == {}


def test_stage_identity():
    assert Clean.name == "clean" and Clean.config_keys == ("clean",)


@pytest.mark.parametrize(
    "prefix, sources",
    [
        ("000", ["Guardian"]),  # byline "Vu Hoang (selon Guardian )"
        ("001", []),  # KCNA is cited for single sentences only
        ("002", ["Interfax", "Reuters"]),  # byline; the "Photo : KCNA" credit is about the picture
        ("003", ["Reuters"]),  # "via REUTERS"; TASS, KCNA, RIA are sentence-level cues
        ("004", ["Reuters"]),  # "(Source : Reuters)"
    ],
)
def test_source_outlets_credit_the_whole_article(stage, prefix, sources):
    assert corpus_doc(stage, prefix).source_outlets == sources


@pytest.mark.parametrize(
    "text, sources",
    [
        ("Guardian staff and agencies\n\nThe talks lasted four hours.", ["Guardian"]),
        ("MOSCOW (AP) — The talks lasted four hours.", ["AP"]),
        ("A caption of the summit. Photo: KCNA\nThe talks lasted four hours, TASS reported.", ["KCNA"]),
    ],
)
def test_source_outlets_english(stage, text, sources):
    assert run(stage, text).source_outlets == sources


# -- publication date -----------------------------------------------------------
# Short constructed lines in the style of news headers (French and English).

LEAD = "The two leaders signed a new partnership treaty at the palace, officials said."
HEAD = "Leaders sign partnership treaty"


@pytest.mark.parametrize(
    "text, date",
    [
        # wire datelines opening the first paragraph (the year from a header date)
        (f" date 2024-06 {HEAD}\nSOCHI, September 15. /TASS/. {LEAD}", "2024-09-15"),
        (f" date 2024-06 {HEAD}\nMOSCOW, June 19. /TASS/. {LEAD}", "2024-06-19"),
        (f" date 2023-09 {HEAD}\nSEOUL, Sept. 14 (Yonhap) -- {LEAD}", "2023-09-14"),
        (f" date 2024-06 {HEAD}\nSEOUL, June 19 (Reuters) - {LEAD}", "2024-06-19"),
        (f" date 2024-06 {HEAD}\nPYONGYANG, June 19 (AP) — {LEAD}", "2024-06-19"),
        (f"Seoul, 19 June 2024 (dpa/MIA) - {LEAD}", "2024-06-19"),
        (f"PARIS, 19 juin 2024 - {LEAD}", "2024-06-19"),
        # the wire dateline on a line of its own
        (f" date 2024-06 {HEAD}\nMOSCOW, June 19. /TASS/.\n{LEAD}", "2024-06-19"),
        # header lines
        (f"{HEAD}\nSep 13, 2023\n{LEAD}", "2023-09-13"),
        (f"{HEAD}\nSeptember 12, 2023\n{LEAD}", "2023-09-12"),
        (f"{HEAD}\nSept. 12, 2023 10:42 AM\n{LEAD}", "2023-09-12"),
        (f"{HEAD}\nWed 13 Sep 2023 08.10 BST\n{LEAD}", "2023-09-13"),
        (f"{HEAD}\n19.06.2024\n{LEAD}", "2024-06-19"),
        (f"{HEAD}\n19/06/2024\n{LEAD}", "2024-06-19"),
        (f"{HEAD}\n2024-06-19\n{LEAD}", "2024-06-19"),
        (f"{HEAD}\nPublié le 19 juin 2024 à 10h32\n{LEAD}", "2024-06-19"),
        (f"{HEAD}\nMis à jour le 20/06/2024\n{LEAD}", "2024-06-20"),
        (f"{HEAD}\nmercredi 19 juin 2024\n{LEAD}", "2024-06-19"),
        (f"{HEAD}\n19 juin 2024\n{LEAD}", "2024-06-19"),
        (f" date 2024-06 {HEAD}\nle 19 juin\n{LEAD}", "2024-06-19"),
        # a date glued to the time, as scraped
        (f"{HEAD}\nJune 19, 202410:42 AM GMT+9Updated 2 hours ago\n{LEAD}", "2024-06-19"),
        # a store's date prefix before the headline
        (f" date 2024-06-19 {HEAD}\n{LEAD}", "2024-06-19"),
        # bylines with a date
        (f"{HEAD}\nBy Jane Doe, Reuters  June 19, 2024\n{LEAD}", "2024-06-19"),
        (f"{HEAD}\nPar Jean Dupont - 19 juin 2024 à 08:00\n{LEAD}", "2024-06-19"),
        (f"{HEAD}\nGuardian staff and agencies Wed 13 Sep 2023 08.10 BST\n{LEAD}", "2023-09-13"),
    ],
)
def test_publication_date(stage, text, date):
    assert run(stage, text).date == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a date in a body sentence is an event, not the publication date
        (f"{HEAD}\nJune 20, 2024\n{LEAD} The last meeting was on September 13, 2023.", "2024-06-20"),
        (f"{HEAD}\n{LEAD} The last meeting was on September 13, 2023.", None),
        (f"{LEAD}\nLe dernier sommet a eu lieu le 13 septembre 2023 à Vostochny.", None),
        # a headline's date without its year is not a dateline
        (f"Kim to visit Russia on June 19\n{LEAD} They last met on September 13, 2023.", None),
        # the publication date wins over the update date, wherever they stand
        (f"{HEAD}\nMis à jour le 20/06/2024\nPublié le 19 juin 2024 à 10h32\n{LEAD}", "2024-06-19"),
        # a month alone is no date
        (f" date 2024-06 {HEAD}\n{LEAD}", None),
        # no year anywhere: left out rather than guessed
        (f"MOSCOW, June 19. /TASS/. {LEAD}", None),
        (f"{HEAD}\nle 19 juin\n{LEAD}", None),
        # the year from a full header date: the nearest one (across New Year)
        (f"{HEAD}\nPublié le 31 décembre\nMis à jour le 02/01/2025\n{LEAD}", "2024-12-31"),
        # the year from a body date: stories mostly report past events
        (f"MOSCOW, June 19. /TASS/. {LEAD} They last met on September 13, 2023.", "2024-06-19"),
        (f"MOSCOW, June 19. /TASS/. {LEAD} The vote is set for June 25, 2024.", "2024-06-19"),
        # an invalid day is no date
        (f" date 2024-06 {HEAD}\nle 31 juin\n{LEAD}", None),
        # a photo caption dates the photo; the credit that closes it dates the page, below the title too
        (f"{HEAD}\n\nFILE - In this Feb. 14, 2019, file photo, staff set up flags.\n{LEAD}", None),
        (f"{HEAD}\n\nFILE - In this Feb. 14, 2019, file photo, staff set up flags - Harbour Daily, 1920, "
         f"13.12.2023\n{LEAD}", "2023-12-13"),
        (f"{HEAD}\n\nFILE PHOTO: Staff set up flags on June 28, 2019 - Harbour Daily, 13 December 2023\n{LEAD}",
         "2023-12-13"),
    ],
)
def test_publication_date_rules(stage, text, date):
    assert run(stage, text).date == date


def test_store_date_prefix_is_cut_from_the_headline(stage):
    doc = run(stage, f" date 2024-06-19 {HEAD.upper()}\n{LEAD}")
    assert spans(doc)[:2] == [("dateline", "dateline", "date 2024-06-19"), ("headline", None, HEAD.upper())]
    assert doc.title == HEAD.upper()
    assert paragraphs(doc) == [HEAD.upper(), LEAD]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("By Jane Doe, Reuters  June 19, 2024", "byline"),
        ("Par Jean Dupont - 19 juin 2024 à 08:00", "byline"),
        ("Paris / La Gazette, 19 juin 2024", "dateline"),
    ],
)
def test_byline_or_dateline_with_a_date_is_one_line(stage, line, kind):
    doc = run(stage, f"{line}\n{LEAD}")
    assert spans(doc) == [(kind, kind, line), ("content", None, LEAD)]


def test_parse_date_takes_the_first_date_in_the_text():
    assert parse_date("Published 19 June 2024, updated June 20, 2024") == "2024-06-19"
    assert parse_date("June 19, 202410:42 AM") == "2024-06-19"


# -- publisher --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, publisher",
    [
        (f"{HEAD}\nGuardian staff and agencies\n{LEAD}", "Guardian"),
        (f"{HEAD}\nBy Jane Doe, Reuters  June 19, 2024\n{LEAD}", "Reuters"),
        (f"{HEAD}\nBy The Associated Press\n{LEAD}", "AP"),
        (f"MOSCOW, June 19. /TASS/. {LEAD}", "TASS"),
        (f"SEOUL, June 19 (Reuters) - {LEAD}", "Reuters"),
        (f"SEOUL, Sept. 14 (Yonhap) -- {LEAD}", "Yonhap"),
        (f"PYONGYANG, June 19 (AP) — {LEAD}", "AP"),
        (f"PARIS, 19 juin (AFP) - {LEAD}", "AFP"),
        (f"Seoul, 19 June 2024 (dpa/MIA) - {LEAD}", "dpa"),
        (f"{LEAD}\nSource: BBC", "BBC"),
        (f"BBC News\n{HEAD}\n{LEAD}", "BBC"),
        (f"KBS WORLD\n{HEAD}\n{LEAD}", "KBS"),
        (f"Le Monde avec AFP\n{HEAD}\n{LEAD}", "Le Monde"),
        (f"{HEAD} | Al Jazeera\n{LEAD}", "Al Jazeera"),
        (f" date 2024-06-19 {HEAD} - NK News\n{LEAD}", "NK News"),
        # the site's own name wins over the agency it runs
        (f"France 24\n{HEAD}\nPARIS, 19 juin (AFP) - {LEAD}", "France 24"),
        (f"{HEAD}\nGuardian staff and agencies\nSEOUL, June 19 (Reuters) - {LEAD}", "Guardian"),
        # not shown: a source, a co-author, a contributor or a photo is not the publisher
        (f"{HEAD}\n{LEAD}", None),
        (f"{HEAD}\nVu Anh (selon Interfax, Reuters )\n{LEAD}", None),
        (f"{HEAD}\nPar Jean Dupont, avec AFP\n{LEAD}", None),
        (f"{LEAD}\nAdditional reporting by Reuters", None),
        (f"{LEAD}\nPhoto : KCNA", None),
        (f"{LEAD} Photo : Kim Jong Un à Vostochny. (Source : Reuters) |", None),
        (f"{HEAD}\n{LEAD} The report was first published by Le Figaro.", None),
        # the outlet speaking of itself, or the site's furniture naming it
        (f"{HEAD}\n{LEAD} Newsweek reached out to the ministry for comment.", "Newsweek"),
        (f"Support The Moscow Times!\n{HEAD}\n{LEAD}", "The Moscow Times"),
        (f"{HEAD}\n{LEAD}\nConnectez-vous à votre compte franceinfo pour commenter.", "franceinfo"),
        (f"{HEAD}\n{LEAD}\nToute l'actualité en temps réel, est sur Le Courrier du Soir", "Le Courrier du Soir"),
        (f"{HEAD}\n{LEAD}\nSuivez toute l'actualité internationale sur Radio Nord", "Radio Nord"),
        (f"{HEAD}\n{LEAD}\nSuivez toute l'actualité sur Telegram", None),
        (f"{HEAD}\n{LEAD} Reuters could not independently verify the account.", "Reuters"),
        (f"{HEAD}\n{LEAD}\n\nReuters could not immediately verify battlefield reports.", "Reuters"),
        (f"{HEAD}\n{LEAD} La BBC n’est pas en mesure de confirmer ce bilan.", "BBC"),
        (f"{HEAD}\nLe forum, auquel l'AFP n'a pas pu assister, a duré deux jours.", "AFP"),
        # an aggregator's credit in the present tense closing the lead
        (f"{HEAD}\nThe two leaders signed a treaty at the palace, AFP reports.", "AFP"),
        (f'{HEAD}\nThe treaty "opens a new era," Anadolu reports citing Le Monde.', "Anadolu"),
        # ... not a source it relays (past tense), nor a credit further down
        (f"{HEAD}\nThe two leaders signed a treaty at the palace, TASS reported.", None),
        (f"{HEAD}\n{LEAD}\nThe talks lasted four hours, AFP reports.", None),
        # ... not an interview it gave, which another outlet may relay
        (f"{HEAD}\n{LEAD} The minister told Newsweek the talks were useful.", None),
        # credits in brackets opening the body: the last known outlet is the source
        (f"{HEAD}\nBEIJING (Daily Digest / Sputnik - 19th June, 2023) {LEAD}", "Sputnik"),
        (f"{HEAD}\n(Aggregator- UkrInform) {LEAD}", "Ukrinform"),
        (f"{HEAD}\n{LEAD}\nSource: Russian state-owned news agency RIA Novosti", "RIA"),
        # a byline run into the header line: the outlet whose staff wrote it
        (f"World / {HEAD} By John Johnson, Newser Staff Posted Jun 19, 2023 7:00 AM CDT {LEAD}", "Newser"),
    ],
)
def test_publisher(stage, text, publisher):
    assert run(stage, text).publisher == publisher


def test_site_name_line_is_not_the_title(stage):
    doc = run(stage, f"BBC News\n{HEAD}\n{LEAD}")
    assert spans(doc)[0] == ("boilerplate", "masthead", "BBC News")
    assert doc.title == HEAD


@pytest.mark.parametrize("prefix", ["MOSCOW, June 19. /TASS/.", "SOCHI, September 15. /TASS/ -"])
def test_tass_dateline_is_cut_and_relayed(stage, prefix):
    doc = run(stage, f"{prefix} {LEAD}")
    assert spans(doc) == [("dateline", "dateline", prefix), ("content", None, LEAD)]
    assert doc.relayed_outlets == doc.source_outlets == ["TASS"]


@pytest.mark.parametrize(
    "sentence, outlets",
    [
        ("Selon lui, le monde a changé depuis la guerre.", []),  # the phrase, not the paper
        ("Selon Le Monde, le sommet a duré quatre heures.", ["Le Monde"]),
        ("The talks lasted four hours, according to Al Jazeera.", ["Al Jazeera"]),
        ("Les discussions ont duré quatre heures, selon la dpa.", ["dpa"]),
    ],
)
def test_multi_word_outlet_names_keep_their_capitals(stage, sentence, outlets):
    assert run(stage, sentence).relayed_outlets == outlets


# -- outlets as authors, unknown wire agencies, web addresses ----------------------


@pytest.mark.parametrize(
    "line, publisher, date",
    [
        ("June 20, 2024 - 11:01 By Yonhap", "Yonhap", "2024-06-20"),
        ("By Yonhap News Agency", "Yonhap", None),
        ("Par l'AFP", "AFP", None),
        ("Par l’AFP", "AFP", None),
        ("By AFP", "AFP", None),
        ("By Jane Doe, Reuters  June 19, 2024", "Reuters", "2024-06-19"),
        ("Article rédigé par franceinfo avec AFP", "franceinfo", None),
        ("Rédigé par franceinfo", "franceinfo", None),
        ("Written by Euronews", "Euronews", None),
        # the outlet the author writes for, in brackets or after a bar
        ("Par Jean Dupont (Reuters)", "Reuters", None),
        ("By Jane Doe | AFP", "AFP", None),
        # a brand in lower case, a source after "avec", then the publication date
        ("Par franceinfo avec AFP - Publié le 21/06/2023 10:51", "franceinfo", "2023-06-21"),
        ("By Jane Doe Jun20,2024", None, "2024-06-20"),
        ("By Jane Doe Jun 20,2024", None, "2024-06-20"),
        # a person is no publisher; an outlet after "avec"/"with" is a source
        ("June 20, 2024 - 11:01 By Jane Doe", None, "2024-06-20"),
        ("Written by Jane Doe", None, None),
        ("Rédigé par Jean Dupont avec AFP", None, None),
        ("Article rédigé par Jean Dupont avec AFP", None, None),
    ],
)
def test_byline_naming_an_outlet(stage, line, publisher, date):
    doc = run(stage, f"{HEAD}\n{line}\n{LEAD}")
    assert spans(doc)[1] == ("byline", "byline", line)
    assert doc.publisher == publisher
    assert doc.date == date


def test_outlet_after_avec_is_a_source(stage):
    doc = run(stage, f"{HEAD}\nArticle rédigé par franceinfo avec AFP\n{LEAD}")
    assert doc.source_outlets == doc.relayed_outlets == ["AFP"]


@pytest.mark.parametrize("tail", ["(Avec AFP)", "Avec AFP", "(with Reuters)"])
def test_a_closing_avec_agency_line_is_a_source_not_the_publisher(stage, tail):
    doc = run(stage, f"{HEAD}\n{LEAD}\n{tail}\n")
    assert doc.source_outlets == doc.relayed_outlets == [tail.strip("()").split()[-1]]
    assert doc.publisher is None


@pytest.mark.parametrize("tail, publisher", [
    ("© AFP", "AFP"),
    ("© 2023 Agence France-Presse", "AFP"),
    ("Copyright 2023 The Associated Press. All rights reserved.", "AP"),
    ("© Getty Images", None),  # a holder that is no outlet
])
def test_a_copyright_notice_below_the_body_names_the_publisher(stage, tail, publisher):
    doc = run(stage, f"{HEAD}\n{LEAD}\n{tail}\n")
    assert doc.publisher == publisher


def test_a_copyright_notice_above_the_body_is_a_photo_credit(stage):
    doc = run(stage, f"{HEAD}\n© AFP\n{LEAD}\nThe talks will go on next week.\n")
    assert doc.publisher is None


@pytest.mark.parametrize("tail, publisher", [
    ("Read the full report at TheHill.com.", "The Hill"),
    ("Read the full story on www.reuters.com", "Reuters"),
    ("Read the full story at example.org", None),  # a site that is no known outlet
])
def test_read_the_full_report_at_a_site_names_it(stage, tail, publisher):
    doc = run(stage, f"{HEAD}\n{LEAD}\n{tail}\n")
    assert doc.publisher == publisher


@pytest.mark.parametrize(
    "line",
    [
        "Par l'armée russe",
        "Written by hand, the letter was delivered to the embassy on Monday.",
        "Par la suite",
    ],
)
def test_not_a_byline(stage, line):
    doc = run(stage, f"{HEAD}\n{line}\n{LEAD}")
    assert spans(doc)[1] == ("content", None, line)
    assert doc.publisher is None


@pytest.mark.parametrize(
    "text, dateline, publisher",
    [
        ("Tokyo, June 20 (Jiji Press)--Japanese officials said the talks lasted four hours.",
         "Tokyo, June 20 (Jiji Press)--", "Jiji Press"),
        (f"BEIJING, March 21 (Xinhua) -- {LEAD}", "BEIJING, March 21 (Xinhua) --", "Xinhua"),
        # not in the outlet table: as written
        (f"HANOI, June 20 (VNA) -- {LEAD}", "HANOI, June 20 (VNA) --", "VNA"),
        (f"Manila, 20 June 2024 (Philippine News) - {LEAD}", "Manila, 20 June 2024 (Philippine News) -",
         "Philippine News"),
        # in the outlet table: its canonical name
        (f"Jakarta, 20 June 2024 (Antara News) - {LEAD}", "Jakarta, 20 June 2024 (Antara News) -", "Antara"),
        (f"MOSCOW, June 20 (Sputnik) - {LEAD}", "MOSCOW, June 20 (Sputnik) -", "Sputnik"),
        # an agency's initials with no dash after them, before the sentence
        (f"Moscow, Aug 2 (IANS) {LEAD}", "Moscow, Aug 2 (IANS)", "IANS"),
    ],
)
def test_wire_dateline_with_any_agency(stage, text, dateline, publisher):
    doc = run(stage, text)
    assert spans(doc)[0] == ("dateline", "dateline", dateline)
    assert doc.publisher == publisher


@pytest.mark.parametrize(
    "line",
    [
        f"SEOUL, June 20 (AP Photo) -- {LEAD}",
        f"SEOUL, June 20 (file photo) -- {LEAD}",
        f"SEOUL, June 20 (UTC) -- {LEAD}",
        f"Seoul, June 20 (UTC) {LEAD}",
        f"Seoul, June 20 (local time) {LEAD}",
        f"Seoul, June 20 (IANS) said the report",  # (no sentence opens after the brackets)
        f"SEOUL, June 20 (LEAD) -- {LEAD}",
        f"SEOUL, June 20 (Five Words In The Brackets) -- {LEAD}",
        f"SEOUL (Kukmin) -- {LEAD}",  # no date: "VLADIVOSTOK (Russie) - " is a place
        "Kim said (Bernama)-based reporters had left, officials said.",
    ],
)
def test_brackets_that_are_no_wire_agency(stage, line):
    doc = run(stage, line)
    assert spans(doc) == [("content", None, line)]
    assert doc.publisher is None


@pytest.mark.parametrize(
    "url, publisher",
    [
        ("https://sputnikglobe.com/20240619/some-slug.html", "Sputnik"),
        ("https://www.reuters.com/world/asia-pacific/some-slug-2024-06-19/", "Reuters"),
        ("www.aljazeera.com/news/2024/6/19/some-slug", "Al Jazeera"),
        ("https://english.kyodonews.net/news/2024/06/some-slug.html", "Kyodo"),
        ("https://www.francetvinfo.fr/monde/some-slug.html", "franceinfo"),
        ("https://www.dw.com/en/some-slug/a-69413811", "DW"),
        ("http://edition.cnn.com/2024/06/19/asia/some-slug", "CNN"),
        ("reuters.com/world/some-slug", "Reuters"),  # no scheme: the path makes it an address
        # no alias names a label of the host
        ("https://fr.yna.co.kr/view/AFR20240619000100884", None),
        ("www.example-news.com/2024/06/19/some-slug", None),
        ("https://www.reutersagency.com/en/", None),
    ],
)
def test_web_address_at_the_top_names_the_publisher(stage, url, publisher):
    doc = run(stage, f"{HEAD}\n{url}\n{LEAD}")
    assert spans(doc)[1] == ("boilerplate", "url", url)
    assert doc.publisher == publisher
    assert doc.relayed_outlets == [] and paragraphs(doc) == [HEAD, LEAD]


def test_web_address_in_the_body_is_no_publisher(stage):
    body = "\n".join([LEAD] * 3)
    doc = run(stage, f"{HEAD}\n{body}\nhttps://www.reuters.com/world/some-slug/")
    assert spans(doc)[-1][1] == "url"
    assert doc.publisher is None


@pytest.mark.parametrize(
    "line",
    ["See www.reuters.com for more", "reuters.com", "U.S./Russia talks", "https://"],
)
def test_not_a_web_address_line(stage, line):
    assert spans(run(stage, f"{HEAD}\n{line}\n{LEAD}"))[1] == ("content", None, line)


# -- dates as scraped ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, date",
    [
        (f"{HEAD}\nPublished Date: 04:40 | 20 June 2024\nModified Date: 04:46 | 21 June 2024\n{LEAD}",
         "2024-06-20"),
        (f"{HEAD}\nModified Date: 04:46 | 21 June 2024\nPublished Date: 04:40 | 20 June 2024\n{LEAD}",
         "2024-06-20"),
        (f"{HEAD}\nLast modified: 21 June 2024\n{LEAD}", "2024-06-21"),  # nothing better
        # a bare date bar above the title loses to a byline or dateline below
        (f"Thu. Jul 18th, 2024\n{HEAD}\nBy Jane Doe June 20, 2024\n{LEAD}", "2024-06-20"),
        (f"Thu. Jul 18th, 2024\n{HEAD}\nBy Jane Doe Jun20,2024\n{LEAD}", "2024-06-20"),
        (f"Thu. Jul 18th, 2024\n{HEAD}\nSEOUL, June 20 (Yonhap) -- {LEAD}", "2024-06-20"),
        (f"Thu. Jul 18th, 2024\n{HEAD}\nPublished: 20 June 2024\n{LEAD}", "2024-06-20"),
        (f"Thu. Jul 18th, 2024\n{HEAD}\nModified Date: 04:46 | 21 June 2024\n{LEAD}", "2024-06-21"),
        # ... and is used when there is nothing else
        (f"Thu. Jul 18th, 2024\n{HEAD}\n{LEAD}", "2024-07-18"),
        (f"Mon, Jul 1st, 2024\n{HEAD}\n{LEAD}", "2024-07-01"),
        # below the title a bare date is the publication date
        (f"{HEAD}\nJul 2nd, 2024\n{LEAD}", "2024-07-02"),
        (f"{HEAD}\n3rd July 2024\n{LEAD}", "2024-07-03"),
        # metadata listed as bullets, after the lead paragraph
        (f"{HEAD}\n{LEAD}\n- World\n- Published Date: 04:40 | 20 June 2024\n{LEAD}", "2024-06-20"),
        (f"{HEAD}\n{LEAD}\n• Mis à jour le 21/06/2024\n{LEAD}", "2024-06-21"),
        # an author's name (a photo's alt text) before the byline
        (f"Thu. Jul 18th, 2024\n{HEAD}\nJane Doe By Jane Doe Jun20,2024\n{LEAD}", "2024-06-20"),
        # a whole-article source credit with its date
        (f"{HEAD}\nSource: Reuters June 19, 2024 10:10 UTC\n{LEAD}", "2024-06-19"),
    ],
)
def test_scraped_dates(stage, text, date):
    assert run(stage, text).date == date


def test_date_bar_above_the_title_is_dropped(stage):
    doc = run(stage, f"Thu. Jul 18th, 2024\n{HEAD}\n{LEAD}")
    assert spans(doc)[0] == ("dateline", "dateline", "Thu. Jul 18th, 2024")
    assert doc.title == HEAD


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Jun20,2024", "2024-06-20"),
        ("Jun 20,2024", "2024-06-20"),
        ("Thu. Jul 18th, 2024", "2024-07-18"),
        ("Jul 1st, 2024", "2024-07-01"),
        ("Aug 2nd 2024", "2024-08-02"),
        ("3rd March 2024", "2024-03-03"),
        ("20 June,2024", "2024-06-20"),
        ("Junior20, 2024", None),  # a month name must end where the word ends
        ("mars2024", None),
    ],
)
def test_parse_scraped_dates(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "outlet, alias",
    [
        ("Jiji Press", "Jiji Press"), ("Kyodo", "Kyodo News"), ("Sputnik", "Sputnik"),
        ("franceinfo", "franceinfo"), ("franceinfo", "France Info"), ("Anadolu", "Anadolu Agency"),
        ("Euronews", "Euronews"), ("Bloomberg", "Bloomberg"), ("DW", "Deutsche Welle"),
        ("DW", "DW"), ("Politico", "Politico"), ("NBC News", "NBC News"), ("CNN", "CNN"),
        ("Al Mayadeen", "Al Mayadeen"),
    ],
)
def test_more_outlets_in_the_default_table(stage, outlet, alias):
    assert run(stage, f"The talks lasted four hours, according to {alias}.").relayed_outlets == [outlet]


def test_france_televisions_is_not_franceinfo(stage):
    assert run(stage, "The talks lasted four hours, according to France Télévisions.").relayed_outlets == []


def test_a_bullet_is_not_a_dateline_by_itself(stage):
    doc = run(stage, f"{HEAD}\n- The talks lasted two hours on June 19, 2024, officials said.\n{LEAD}")
    assert doc.date is None


@pytest.mark.parametrize(
    "line, date",
    [
        ("Publié le mar. 18 juin 2024 à 08h00", "2024-06-18"),  # "mar." is mardi here, not March
        ("Published June 19, 2024 Updated June 20, 2024", "2024-06-19"),
        ("Publié le 19/06/2024 à 10h00, mis à jour le 20/06/2024", "2024-06-19"),
    ],
)
def test_publication_date_on_a_line_with_a_weekday_or_an_update(stage, line, date):
    assert run(stage, f"{HEAD}\n{line}\n{LEAD}").date == date


@pytest.mark.parametrize("text, date", [
    # a wire dateline inside a paragraph that the page ran together with its byline
    ("Talks in Seoul\nby Jane Doe and Li Wei SEOUL, July 27 (Reuters) - The minister met his "
     "counterpart on Thursday, 70 years after the armistice of July 27, 1953. The 2023 parade "
     "followed.\n", "2023-07-27"),
    # a header paragraph that recalls an old date is not dated by it
    ("Talks in Seoul\nThe armistice signed on July 27, 1953 ended the fighting, the minister told "
     "the crowd gathered for the anniversary parade in the capital.\n", None),
])
def test_old_dates_in_a_paragraph_are_not_the_publication_date(stage, text, date):
    assert run(stage, text).date == date


@pytest.mark.parametrize("text, publisher, date", [
    ("Talks in Seoul\nBy AP Published Date - 07:04 PM, Thu - 27 July 2023\n\n" + BODY, "AP", "2023-07-27"),
    ("Talks in Seoul\npar Jane Doe et Li Wei SEOUL, 27 juillet 2023 (Reuters) - " + BODY, "Reuters", "2023-07-27"),
    ("Talks in Seoul\nSEOUL, 27 juillet 2023 (Five Words In The Brackets) - " + BODY, None, "2023-07-27"),
])
def test_byline_with_its_date_and_wire_lead_in_a_paragraph(stage, text, publisher, date):
    doc = run(stage, text)
    assert (doc.publisher, doc.date) == (publisher, date)


@pytest.mark.parametrize("tail, publisher", [
    ("The talks will go on next week. (Belga)\n", "Belga"),  # a sign-off in parentheses
    ("The talks will go on next week.\n\n/ATS\n", "ATS"),  # after a slash on its own line
    ("The talks will go on next week.                AP\n", "AP"),  # after a wide gap
    ("The talks will go on next week, said Mr Belga.\n", None),  # a name in a sentence is no sign-off
])
def test_an_agency_sign_off_ending_the_article_is_its_publisher(stage, tail, publisher):
    doc = run(stage, f"Talks in Geneva\n{BODY}\n{tail}")
    assert doc.publisher == publisher


def test_an_em_dash_source_after_a_headline_is_not_the_site(stage):
    doc = run(stage, f"Xi says ready to keep close contact — Xinhua\n\nBEIJING, May 16. /TASS/. {BODY}")
    assert doc.publisher == "TASS"


@pytest.mark.parametrize("text, date", [
    # a byline the page ran into its first line
    (f"World News Xi meets Blinken By John Doe, Newser Staff Posted Jun 19, 2023 7:00 AM CDT Copied {BODY}",
     "2023-06-19"),
    # a two-digit year after a publication cue
    (f"Kim meets Shoigu\n\nBy AP Published Date - 07:04 PM, Thu - 27 July 23\n\n{BODY}", "2023-07-27"),
])
def test_a_publication_cue_gives_the_date(stage, text, date):
    assert run(stage, text).date == date


# -- publisher and date conventions of news pages (metadata stop 19) ----------

@pytest.mark.parametrize("text, publisher", [
    # a header line of fields, the outlet's name first
    (f"Talks go on in Geneva\n\nReuters | Geneva | Updated: 02-03-2024 10:15 IST\n{BODY}", "Reuters"),
    # two fields only are a title and its site, not a byline: the first is no outlet
    (f"Reuters says nothing | Geneva\n\n{BODY}", None),
    # a source line naming a news organisation the table does not know, as written
    (f"Talks go on in Geneva\n\n{BODY}\n\nSource: Example Valley News Agency\n", "Example Valley News Agency"),
    # ... also as a field of a credit line in brackets
    (f"Talks go on in Geneva\n\n{BODY}\n\n(AB – Source : Le Courrier du Lac – Illustration : Unsplash)\n",
     "Le Courrier du Lac"),
    # ... but not a source that is no news organisation
    (f"Talks go on in Geneva\n\n{BODY}\n\nSource: Ministry of Foreign Affairs\n", None),
    # the page saying where the article comes from
    (f"L'article provient de Le Courrier du Lac\nDiplomatie\n\n{BODY}", "Le Courrier du Lac"),
    (f"Talks go on in Geneva\n\n{BODY}\n\nThis article was originally published in The Hilltown Ledger.\n",
     "The Hilltown Ledger"),
    # an excerpt sending the reader to the rest of the article on its site
    (f"Talks go on in Geneva\n\n{BODY}\n\nLire la suite sur Le Courrier du Lac\nLire aussi :\n", "Le Courrier du Lac"),
    (f"Talks go on in Geneva\n\n{BODY}\n\nContinue reading on The Hilltown Ledger\n", "The Hilltown Ledger"),
    (f"Talks go on in Geneva\n\n{BODY}\n\nLire la suite sur France 24\n", "France 24"),
    # a byline of an outlet and the agencies
    (f"Talks go on in Geneva\n\n- Agencies and Hilltown Daily\n\n{BODY}", "Hilltown Daily"),
    (f"Talks go on in Geneva\n\nRiverside Herald with agencies\n\n{BODY}", "Riverside Herald"),
    # an aggregator's present-tense credit to a site named in quotation marks
    ('Talks go on in Geneva\n\nThe two ministers will meet again next week in the same hall, '
     'reports the national portal "Hilltown Today".\n', "Hilltown Today"),
    # a copyright notice below the body naming a news organisation the table does not know
    (f"Talks go on in Geneva\n\n{BODY}\n\n© 2024 Riverside Broadcasting News Ltd. All rights reserved.\n",
     "Riverside Broadcasting News"),
    (f"Talks go on in Geneva\n\n{BODY}\n\n© 2024 Example Widgets Ltd. All rights reserved.\n", None),
])
def test_publisher_conventions_of_news_pages(stage, text, publisher):
    assert run(stage, text).publisher == publisher


@pytest.mark.parametrize("text, publisher", [
    # a byline or a title suffix naming a news organisation the table does not know
    (f"Talks go on in Geneva\n\nBy Jane Doe, Hilltown Daily News\n\n{BODY}", "Hilltown Daily News"),
    (f"Talks go on in Geneva | Riverside Herald\n\n{BODY}", "Riverside Herald"),
    # a name with no news word is no outlet ("| Geneva"), nor a source after "with"
    (f"Talks go on | Geneva\n\n{BODY}", None),
    (f"Talks go on in Geneva\n\nBy Jane Doe with Hilltown Daily News\n\n{BODY}", None),
])
def test_unknown_news_organisation_in_a_byline_or_title(stage, text, publisher):
    assert run(stage, text).publisher == publisher


@pytest.mark.parametrize("text, date", [
    # a "Created:" cue, and a day-first date with dashes
    (f"Talks go on\nReuters | Geneva | Updated: 04-03-2024 10:15 IST | Created: 02-03-2024 09:00 IST\n{BODY}",
     "2024-03-02"),
    (f"Talks go on\n\nPublished: 15-11-2023\n\n{BODY}", "2023-11-15"),
])
def test_created_cue_and_dashed_day_first_dates(stage, text, date):
    assert run(stage, text).date == date


@pytest.mark.parametrize("text, expected", [
    # a quotation on a line of its own inside a sentence: the lines of the sentence are one paragraph
    ("Anna Weber a estimé que\n\"près de cent villages seront inondés\"\n.",
     ["Anna Weber a estimé que\n\"près de cent villages seront inondés\"\n."]),
    ("\"Nous avons prévenu nos voisins\"\n, a déclaré Anna Weber lors d'un point de presse.",
     ["\"Nous avons prévenu nos voisins\"\n, a déclaré Anna Weber lors d'un point de presse."]),
    ("Anna Weber a estimé que Berlin\n\"avait visé le barrage\"\ncontre les forces du pays.",
     ["Anna Weber a estimé que Berlin\n\"avait visé le barrage\"\ncontre les forces du pays."]),
    ("Anna Weber refused to comment, citing the\n\"sensitive nature of those talks\".",
     ["Anna Weber refused to comment, citing the\n\"sensitive nature of those talks\"."]),
])
def test_a_sentence_broken_around_its_quotation_is_one_paragraph(stage, text, expected):
    assert paragraphs(run(stage, BODY + "\n\n" + text))[1:] == expected


@pytest.mark.parametrize("text", [
    # a headline, then a quotation that is a paragraph of its own
    "Anna Weber warns of floods\n\"Nearly a hundred villages will be flooded.\"",
    # a sentence ended before the quotation; a blank line between
    "Anna Weber spoke on Monday.\n\"We warned our neighbours\"\n, she said.",
    "Anna Weber said that\n\n\"We warned our neighbours\"",
])
def test_lines_that_end_their_sentence_stay_apart(stage, text):
    got = paragraphs(run(stage, BODY + "\n\n" + text))[1:]
    assert got[0] == text.split("\n")[0]


@pytest.mark.parametrize("text, expected", [
    # a page wrapped at a fixed width: a line left open goes on with the lines that open on a lowercase
    # word or on a quotation of one; a line that opens on a capital starts a paragraph
    ("Anna Weber a tenu à rappeler lundi que la Russie\n« dispose également de divers moyens de défense,\ndont "
     "certains sont plus avancés » et que son pays\nse défendra.\nIl a conclu en soulignant que « ce n'est pas "
     "du bluff ».",
     ["Anna Weber a tenu à rappeler lundi que la Russie\n« dispose également de divers moyens de défense,\ndont "
      "certains sont plus avancés » et que son pays\nse défendra.",
      "Il a conclu en soulignant que « ce n'est pas du bluff »."]),
    ("Anna Weber announced on Monday in the capital\nthe start of the talks, which the two sides\nwill "
     "hold for two days.",
     ["Anna Weber announced on Monday in the capital\nthe start of the talks, which the two sides\nwill "
      "hold for two days."]),
    # a line that ends its sentence stays apart, and so does a subhead before a lowercase name
    ("Anna Weber spoke on Monday.\nthe talks will last two days.",
     ["Anna Weber spoke on Monday.", "the talks will last two days."]),
    ("Reaction in Brussels\nvon der Leyen said the union would respond.",
     ["Reaction in Brussels", "von der Leyen said the union would respond."]),
])
def test_a_page_wrapped_at_a_fixed_width_is_unwrapped(stage, text, expected):
    assert paragraphs(run(stage, BODY + "\n\n" + text))[1:] == expected


def test_a_headline_left_open_takes_no_lowercase_line():
    doc = run(Clean(Config()), "Talks go on in the capital\nupdated two hours ago\n\n" + BODY)
    assert paragraphs(doc)[0] == "Talks go on in the capital"


def test_a_site_name_alone_below_an_open_line_stays_its_credit(stage):
    doc = run(stage, f"{HEAD}\n{LEAD}\nRead also: Talks go on in the capital\nrfi")
    assert doc.publisher == "RFI"
