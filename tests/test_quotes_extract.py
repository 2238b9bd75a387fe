"""Quote extraction, speakers and relaying outlets.

The corpus tables use the five sample articles run through the real stages
(ingest, clean, detect, segment); the English cases are written for these
tests. Quote texts are the words between the marks, without the marks.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pipeline.config import Config, QuotesConfig
from pipeline.data import Document, Quote
from pipeline.quotes.extract import (
    extract_quotes,
    find_quote_spans,
    pair_marks,
    quote_id,
    relaying_outlets,
)
from pipeline.stages.clean import Clean
from pipeline.stages.detect import Detect
from pipeline.stages.ingest import Ingest
from pipeline.stages.segment import Segment

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CFG = Config(corpus=CORPUS)
MARKS = "«»‹›„“”\""


@pytest.fixture(scope="module")
def corpus_docs() -> dict[str, Document]:
    ingest, stages = Ingest(CFG), [Clean(CFG), Detect(CFG), Segment(CFG)]
    docs = {}
    for path in ingest.find_files():
        doc = ingest.read(path)
        for stage in stages:
            doc = stage.process(doc)
        docs[doc.path[:3]] = doc  # "000", "001", ...
    return docs


@pytest.fixture(scope="module")
def corpus_quotes(corpus_docs) -> dict[str, list[Quote]]:
    return {k: extract_quotes(d, CFG.quotes, CFG.clean.outlets) for k, d in corpus_docs.items()}


def build(text: str, lang: str = "en") -> Document:
    """A document as the pipeline hands it over: clean and segment run, the
    language given (langdetect is unreliable on one-line snippets)."""
    sha = hashlib.sha256(text.encode()).hexdigest()
    doc = Clean(CFG).process(Document(doc_id="t-1", path="t.txt", sha256=sha, text=text))
    doc.lang = lang
    for p in doc.paragraphs:
        p.lang = lang
    return Segment(CFG).process(doc)


def quotes_of(text: str, lang: str = "en", **cfg) -> list[Quote]:
    return extract_quotes(build(text, lang), QuotesConfig(**cfg), CFG.clean.outlets)


def summary(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes]


# -- the sample corpus ------------------------------------------------------------

GUARDIAN, KCNA = ["Guardian"], ["KCNA"]
SELON_002 = ["KCNA", "Interfax", "Reuters"]  # doc.relayed_outlets: no cue near these quotes
DOC_003 = ["TASS", "KCNA", "Reuters", "RIA"]

CORPUS_QUOTES = {
    "000": [
        ("Nous pouvons réfléchir à une coopération trilatérale", "Alexander Lukashenko", GUARDIAN),
        ("La Corée du Nord, la Russie. Je sais que les Nord-Coréens sont très intéressés par la Russie. "
         "Je crois qu'il y a aussi une place pour la Biélorussie, avec les problèmes existants.",
         "Alexander Lukashenko", GUARDIAN),
        ("La Corée du Nord est notre voisin et nous devons toujours essayer de construire de bonnes "
         "relations de voisinage", "Vladimir Putin", GUARDIAN),
        ("Oui, il y a certaines particularités liées à la péninsule coréenne. Nous discutons ouvertement "
         "de cette question, nous ne violons jamais quoi que ce soit et dans ce cas, nous ne violerons pas "
         "non plus. Mais bien sûr, nous chercherons des opportunités pour développer les relations entre "
         "la Russie et la Corée du Nord.", "Vladimir Putin", GUARDIAN),
    ],
    "001": [
        ("à un moment opportun", None, KCNA),
        ("M. Poutine a accepté l'invitation avec plaisir et a réaffirmé sa volonté de perpétuer "
         "l'histoire et la tradition de l'amitié entre la Russie et la RPDC", "KCNA", KCNA),
        ("menaces militaires, aux provocations et à la tyrannie des impérialistes", "KCNA", KCNA),
        ("renforcement de la coopération et de l'amitié entre nos pays", "Vladimir Putin", KCNA),
        ("opportunités", "Vladimir Putin", KCNA),
        ("troublant", "Matthew Miller", KCNA),
    ],
    "002": [
        ("Non, aucun accord n'a été signé, ni militaire ni autre. Nous n'envisageons pas de signer le "
         "moindre accord", "Dmitry Peskov", SELON_002),
        ("Nous ne provoquons pas, n'aggravons pas les tensions et ne menaçons personne. Nous discutons "
         "toujours ouvertement et ne violerons jamais aucune réglementation. Bien entendu, les deux "
         "parties chercheront des occasions de développer les relations entre la Russie et la Corée du "
         "Nord", "Vladimir Putin", SELON_002),
        ("dans les prochains jours", None, SELON_002),
        ("très troublante et susceptible de violer plusieurs résolutions du Conseil de sécurité de l'ONU",
         "Matthew Miller", SELON_002),
        ("profonde inquiétude et son regret que la Corée du Nord et la Russie discutent de questions de "
         "coopération militaire, malgré les avertissements de la communauté internationale",
         "South Korea", SELON_002),
    ],
    "003": [
        ("Je suis heureux de vous voir", "Vladimir Putin", DOC_003),
        ("l’importance stratégique", "Kim Jong Un", ["KCNA"]),
        ("parleront de toutes les questions", "Vladimir Putin", ["RIA"]),
        ("Nous parlerons de tous les sujets lentement. Nous avons le temps", "Vladimir Putin", ["RIA"]),
        ("C’est pourquoi nous attendons cela avec impatience", "Vladimir Putin", DOC_003),
        ("Le dirigeant nord-coréen montre un grand intérêt pour la technologie des missiles et tente de "
         "développer l’espace", "Vladimir Putin", DOC_003),
    ],
    "004": [
        ("J'espère que le peuple russe, qui a travaillé dur pour construire un pays puissant, remportera "
         "toujours la victoire et la gloire dans la lutte pour protéger la souveraineté , la dignité, la "
         "sécurité et la paix du pays.", "Kim Jong Un", ["Reuters"]),
    ],
}


@pytest.mark.parametrize("article", sorted(CORPUS_QUOTES))
def test_corpus_quotes_in_order(corpus_quotes, article):
    """Exactly these quotes, nothing else: the stray » in 003, bylines and
    boilerplate give none."""
    got = [(q.text, q.speaker, q.via) for q in corpus_quotes[article]]
    assert got == CORPUS_QUOTES[article]


@pytest.mark.parametrize("article, text, speaker, via", [
    pytest.param(a, t, s, v, id=f"{a}-{t[:30]}") for a, rows in CORPUS_QUOTES.items() for t, s, v in rows
])
def test_corpus_quote(corpus_quotes, article, text, speaker, via):
    found = [q for q in corpus_quotes[article] if q.text == text]
    assert len(found) == 1, [q.text for q in corpus_quotes[article]]
    assert (found[0].speaker, found[0].via) == (speaker, via), found[0].speaker_note


def test_broken_closing_mark_in_corpus(corpus_docs, corpus_quotes):
    doc = corpus_docs["003"]
    assert "impatience\u00a0». Vostotchni est venu.\u00a0»" in doc.text
    texts = [q.text for q in corpus_quotes["003"]]
    assert "C’est pourquoi nous attendons cela avec impatience" in texts
    assert not any("Vostotchni" in t for t in texts)


def test_offsets_and_records_on_every_article(corpus_docs, corpus_quotes):
    total = 0
    for key, doc in corpus_docs.items():
        for q in corpus_quotes[key]:
            total += 1
            assert doc.text[q.start:q.end] == q.text
            assert q.text == q.text.strip(" \u00a0\u202f") and q.text[0] not in MARKS and q.text[-1] not in MARKS
            assert q.quote_id == "q" + hashlib.sha256(f"{doc.sha256}:{q.start}:{q.end}".encode()).hexdigest()[:16]
            assert q.quote_id == quote_id(doc, q.start, q.end)
            assert (q.doc_id, q.lang) == (doc.doc_id, "fr")
            assert any(p.start <= q.start and q.end <= p.end for p in doc.paragraphs)
            assert q.speaker_note
    assert total == sum(len(v) for v in CORPUS_QUOTES.values())


def test_quote_ids_are_stable(corpus_docs):
    doc = corpus_docs["002"]
    first = [q.quote_id for q in extract_quotes(doc, CFG.quotes, CFG.clean.outlets)]
    again = [q.quote_id for q in extract_quotes(doc, CFG.quotes, CFG.clean.outlets)]
    assert first == again and len(set(first)) == len(first)


def test_bylines_and_boilerplate_are_not_searched():
    text = "Lire aussi : « Kim en Russie »\nLe Kremlin a réagi.\n"
    doc = build(text, "fr")
    assert [ln.kind for ln in doc.lines if ln.kind != "blank"][0] == "boilerplate"
    assert extract_quotes(doc, CFG.quotes, CFG.clean.outlets) == []


# -- English cases ---------------------------------------------------------------

ENGLISH = [
    pytest.param('"We are not provoking anyone," Putin told reporters.',
                 [("We are not provoking anyone,", "Vladimir Putin", [])], id="told-reporters"),
    pytest.param('Kremlin spokesman Dmitry Peskov said: "No agreements were signed."',
                 [("No agreements were signed.", "Dmitry Peskov", [])], id="said-colon"),
    pytest.param('Matthew Miller said the talks were worrying.\n"This is troubling," he said.',
                 [("This is troubling,", "Matthew Miller", [])], id="he-said"),
    pytest.param("(Reuters) - North Korea's KCNA said Putin \"accepted the invitation with pleasure\".",
                 [("accepted the invitation with pleasure", "KCNA", ["KCNA"])], id="reuters-kcna"),
    pytest.param('"We have time," said Putin, according to TASS.',
                 [("We have time,", "Vladimir Putin", ["TASS"])], id="said-X-according-to"),
    pytest.param('According to Kim Jong Un, the talks were "frank and comprehensive".',
                 [("frank and comprehensive", "Kim Jong Un", [])], id="according-to-speaker"),
    pytest.param('"Nothing was signed," the Kremlin spokesman said in a statement.',
                 [("Nothing was signed,", "Dmitry Peskov", [])], id="role-alias-statement"),
    pytest.param('The South Korean foreign ministry expressed "deep concern" on Thursday.',
                 [("deep concern", "South Korean Foreign Ministry", [])], id="ministry"),
    pytest.param('"It was a good meeting," Interfax reported Peskov as saying.',
                 [("It was a good meeting,", "Dmitry Peskov", ["Interfax"])], id="as-saying"),
    pytest.param('Putin said: “We value the ‘friendship’ with Pyongyang.”',
                 [("We value the ‘friendship’ with Pyongyang.", "Vladimir Putin", [])], id="curly-nested"),
    pytest.param('Mr Smith told reporters: "It will not happen."',
                 [("It will not happen.", "Smith", [])], id="unknown-name"),
    pytest.param('The talks were "productive", the Russian leader said, and "useful", Lukashenko added.',
                 [("productive", "Vladimir Putin", []), ("useful", "Alexander Lukashenko", [])],
                 id="two-partials"),
]


@pytest.mark.parametrize("text, expected", ENGLISH)
def test_english(text, expected):
    assert [(q.text, q.speaker, q.via) for q in quotes_of(text)] == expected


def test_strip_trailing_comma_option():
    text = '"We are not provoking anyone," Putin told reporters.'
    assert [q.text for q in quotes_of(text, strip_trailing_comma=True)] == ["We are not provoking anyone"]


# -- French cases beyond the corpus --------------------------------------------------

FRENCH = [
    pytest.param("« Nous avons le temps », a-t-il ajouté.", [("Nous avons le temps", None)], id="il-no-antecedent"),
    pytest.param("Poutine a parlé aux journalistes. « Nous avons le temps », a-t-il ajouté.",
                 [("Nous avons le temps", "Vladimir Putin")], id="a-t-il-antecedent"),
    pytest.param("Selon TASS, Kim a dit « merci ».", [("merci", "Kim Jong Un")], id="selon-then-verb"),
    pytest.param("« C'est fini », selon le Kremlin.", [("C'est fini", "Kremlin")], id="selon-after"),
    pytest.param("Le chef du Kremlin a qualifié la visite de « succès ».", [("succès", "Vladimir Putin")],
                 id="qualifie-de"),
    pytest.param("SERGUEI CHOIGOU a déclaré : « Tout est prêt ».", [("Tout est prêt", "Sergei Shoigu")],
                 id="caps-no-accents"),
    pytest.param("Dmitri Peskov, porte-parole du président Poutine, a affirmé : « Aucun accord ».",
                 [("Aucun accord", "Dmitry Peskov")], id="apposition"),
    pytest.param("Il a adressé son invitation « à un moment opportun ».", [("à un moment opportun", None)],
                 id="no-verb"),
    pytest.param("Kim a salué le « succès » de la visite, a rapporté KCNA.", [("succès", "Kim Jong Un")],
                 id="verb-before-embedded"),
    pytest.param("Kim a salué le « succès », a rapporté KCNA.", [("succès", "Kim Jong Un")],
                 id="outlet-incise-relays"),
    pytest.param("Poutine a salué le « succès », a déclaré Peskov.", [("succès", "Dmitry Peskov")],
                 id="incise-beats-verb-before"),
    pytest.param("« Merci », a rapporté KCNA.", [("Merci", "KCNA")], id="outlet-speaks-alone"),
]


@pytest.mark.parametrize("text, expected", FRENCH)
def test_french(text, expected):
    assert summary(quotes_of(text, "fr")) == expected


@pytest.mark.parametrize("alias", [
    "Kim Jong-un", "Kim Jong Un", "M. Kim", "Kim", "le dirigeant nord-coréen", "Le dirigeant nord-coreen",
])
def test_aliases_canonicalise(alias):
    assert summary(quotes_of(f"{alias} a déclaré : « Nous sommes prêts ».", "fr")) == [
        ("Nous sommes prêts", "Kim Jong Un")]


def test_alias_table_comes_from_config():
    text = "Le ministre a déclaré : « Non »."
    assert summary(quotes_of(text, "fr")) == [("Non", None)]
    custom = {"Sergei Lavrov": ["le ministre"]}
    assert summary(quotes_of(text, "fr", speaker_aliases=custom)) == [("Non", "Sergei Lavrov")]


@pytest.mark.parametrize("text", [
    "Il a adressé son invitation « à un moment opportun ».",
    '"This will pass."',
])
def test_no_speaker_says_why(text):
    [q] = quotes_of(text, "fr")
    assert q.speaker is None and q.speaker_note == "no reporting verb near the quote"


def test_unresolved_pronoun_says_why():
    [q] = quotes_of('"This is troubling," he said.')
    assert q.speaker is None and "pronoun 'he'" in q.speaker_note


# -- marks that are not quotes, titles, nesting, broken marks -------------------------

@pytest.mark.parametrize("text", [
    "C’est ce qu’a rapporté l’agence de presse russe TASS.",
    "It's the Kims' train, and Putin's too.",
    'He bought a 5" screen and a 12" tablet.',
    "L'écran mesure 12\" et pèse 300 g.",
    'Le mot a"b est collé.',
])
def test_not_quotes(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, lang, expected", [
    ('The newspaper "Rodong Sinmun" praised the "historic" visit, KCNA said.', "en", ["historic"]),
    ("Le journal « Rodong Sinmun » a salué une visite « historique », a rapporté KCNA.", "fr", ["historique"]),
    ('The film "The Interview" angered Pyongyang.', "en", []),
    ('A report entitled "Northern Lights" was published.', "en", []),
    ("Un rapport intitulé « La voie coréenne » a été publié.", "fr", []),
])
def test_titles_are_skipped(text, lang, expected):
    assert [q.text for q in quotes_of(text, lang)] == expected


def test_titles_kept_when_skip_titles_is_off():
    texts = [q.text for q in quotes_of('The film "The Interview" angered Pyongyang.', skip_titles=False)]
    assert texts == ["The Interview"]


@pytest.mark.parametrize("text, expected", [
    ("Il a dit : « Le mot “non” suffit », a rapporté TASS.", ["Le mot “non” suffit"]),
    ('Putin said "we heard ‹ maybe › and « perhaps »" today.', ["we heard ‹ maybe › and « perhaps »"]),
    ("« C’est pourquoi nous attendons cela avec impatience ». Vostotchni est venu. »",
     ["C’est pourquoi nous attendons cela avec impatience"]),
    ("Kim a dit « oui. Il est parti.", []),  # never closed: no quote invented
    ('" La Corée du Nord, la Russie. " a-t-il dit.', ["La Corée du Nord, la Russie."]),  # spaced straight quotes
    ("Une citation „allemande“ ici.", ["allemande"]),
    ("Une citation ”suédoise” ici.", ["suédoise"]),
    ('Mixed “marks" here.', ["marks"]),
])
def test_pairing(text, expected):
    assert [q.text for q in quotes_of(text, "fr")] == expected


def test_pair_marks_reports_unclosed_openers():
    text = "« A » et « B"
    pairs, unclosed = pair_marks(text, 0, len(text))
    assert pairs == [(0, 4)] and unclosed == [9]


def test_quote_across_paragraphs_shares_its_speaker():
    text = ('"The first part goes on,\n'
            '"and the second part ends here," Peskov told reporters.\n'
            'Lukashenko said nothing.')
    doc = build(text)
    spans = find_quote_spans(doc)
    assert len({sp.group for sp in spans}) == 1 and spans[0].close is None
    got = summary(extract_quotes(doc, CFG.quotes, CFG.clean.outlets))
    assert got == [("The first part goes on,", "Dmitry Peskov"),
                   ("and the second part ends here,", "Dmitry Peskov")]


def test_unclosed_quote_without_continuation_is_dropped():
    text = '"The first part never closes.\nLukashenko said "nothing" at all.'
    assert summary(quotes_of(text)) == [("nothing", "Alexander Lukashenko")]


def test_sentences_following_an_attributed_quote_keep_its_speaker():
    text = '"We talked," Peskov said. "We will meet again."'
    assert summary(quotes_of(text)) == [("We talked,", "Dmitry Peskov"), ("We will meet again.", "Dmitry Peskov")]


# -- relaying outlets -------------------------------------------------------------------

def test_relaying_outlets_closest_cue(corpus_docs, corpus_quotes):
    doc = corpus_docs["003"]
    by_text = {q.text: q for q in corpus_quotes["003"]}
    outlets = CFG.clean.outlets
    assert relaying_outlets(doc, by_text["l’importance stratégique"], outlets) == ["KCNA"]
    assert relaying_outlets(doc, by_text["parleront de toutes les questions"], outlets) == ["RIA"]
    # no cue in the paragraph: the article's relayed outlets
    assert relaying_outlets(doc, by_text["Je suis heureux de vous voir"], outlets) == doc.relayed_outlets


@pytest.mark.parametrize("text, via", [
    ('(Reuters) - Peskov said "nothing was signed".', ["Reuters"]),
    ('Peskov said "nothing was signed", Interfax reported.', ["Interfax"]),
    ('Selon Interfax et Reuters, Peskov a dit « rien ».', ["Interfax", "Reuters"]),
    ('Peskov said "nothing" in a speech quoted by nobody.', []),
])
def test_via(text, via):
    [q] = quotes_of(text)
    assert q.via == via
