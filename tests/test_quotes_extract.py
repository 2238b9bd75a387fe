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
from pipeline.quotes.extract import extract_quotes, quote_id, relaying_outlets
from pipeline.quotes.finding import find_quote_spans
from pipeline.quotes.marks import pair_marks
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

GUARDIAN, KCNA, NO_CUE = ["Guardian"], ["KCNA"], []  # 001 credits no outlet for the article
SELON_002 = ["Interfax", "Reuters"]  # doc.source_outlets (byline); the KCNA photo credit is not a source
DOC_003 = ["Reuters"]  # "via REUTERS"; TASS, KCNA and RIA are cues for other sentences

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
        ("à un moment opportun", None, NO_CUE),
        ("M. Poutine a accepté l'invitation avec plaisir et a réaffirmé sa volonté de perpétuer "
         "l'histoire et la tradition de l'amitié entre la Russie et la RPDC", "KCNA", KCNA),
        ("menaces militaires, aux provocations et à la tyrannie des impérialistes", "KCNA", KCNA),
        ("renforcement de la coopération et de l'amitié entre nos pays", "Vladimir Putin", NO_CUE),
        ("opportunités", "Vladimir Putin", NO_CUE),
        ("troublant", "Matthew Miller", NO_CUE),
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
            assert q.quote_id == "q" + hashlib.sha256(f"{doc.doc_id}:{doc.sha256}:{q.start}:{q.end}".encode()).hexdigest()[:16]
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
                 [("deep concern", "South Korea", [])], id="ministry-speaks-for-its-state"),
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


# -- speaker attribution: bodies, appositions, constructions, references ------------------

def speakers(text: str, lang: str = "en") -> list[str | None]:
    return [q.speaker for q in quotes_of(text, lang)]


@pytest.mark.parametrize("text, expected", [
    # a ministry, a government or an unnamed official speaks for its state or body
    ('Seoul\'s foreign ministry called the drills "a grave provocation".', ["South Korea"]),
    ('"We regret the decision," the South Korean foreign ministry said in a statement.', ["South Korea"]),
    ('Tokyo said the launch was "unacceptable".', ["Japanese government"]),
    ('The Japanese government lodged a protest, calling the move "deeply regrettable".', ["Japanese government"]),
    ('"We are monitoring the situation," Japan\'s chief cabinet secretary told a news conference.',
     ["Japanese government"]),
    ('"The door remains open," a White House national security spokesperson told reporters.', ["White House"]),
    ('The White House said the sanctions would stay "in place".', ["White House"]),
    ('A spokesperson for the White House described the talks as "constructive".', ["White House"]),
    ('"We urge restraint," a senior Chinese official said.', ["China"]),
    ('South Korean officials said the launch was "a clear breach".', ["South Korea"]),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_bodies_and_unnamed_officials(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Le ministère japonais de la Défense a dénoncé un « acte irresponsable ».", "fr", ["Japanese government"]),
    ("La diplomatie sud-coréenne a exprimé ses « vifs regrets ».", "fr", ["South Korea"]),
    ("Une porte-parole de la Maison Blanche a dénoncé une « grave erreur ».", "fr", ["White House"]),
], ids=["ministere-japonais", "diplomatie-sud-coreenne", "porte-parole-maison-blanche"])
def test_bodies_in_french(text, lang, expected):
    assert speakers(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a title, an organisation or an owner before a named person in apposition: the person speaks
    ('The Kremlin spokesman, Dmitry Peskov, called the report "pure fiction".', ["Dmitry Peskov"]),
    ('The US state department spokesperson, Matthew Miller, said the claims were "baseless".',
     ["Matthew Miller"]),
    ('Lukashenko\'s press secretary, Natalya Eismont, said the meeting was "warm".', ["Natalya Eismont"]),
    ('"The talks went well," said Putin\'s spokesman, Dmitry Peskov.', ["Dmitry Peskov"]),
    ('"We will not be intimidated," said White House spokesperson Karine Jean-Pierre.', ["Karine Jean-Pierre"]),
    ('"Nothing has changed," Japan\'s Chief Cabinet Secretary Hirokazu Matsuno told reporters.',
     ["Hirokazu Matsuno"]),
    ('UN Secretary-General Antonio Guterres said he was "gravely concerned".', ["Antonio Guterres"]),
    ('"It is a red line," South Korean President Yoon Suk Yeol said.', ["Yoon Suk Yeol"]),
    # the head of "NAME, apposition," keeps speaking
    ('Dmitry Peskov, speaking to reporters in Moscow, said the visit was "productive".', ["Dmitry Peskov"]),
    ('Kim, 39, told Putin the alliance was "invincible".', ["Kim Jong Un"]),
    # an owner alone, a name in a prepositional phrase or before "correspondent" is not the speaker
    ('Putin\'s spokesman said the summit was "productive".', [None]),
    ('A spokesman for Lukashenko called the idea "premature".', [None]),
    ("The Guardian's Moscow correspondent said the mood was \"tense\".", [None]),
    # (the surname that speaks is the subject, not the body after "at")
    ('Speaking at the United Nations, Yoon said the deal was "illegal".', ["Yoon"]),
    # a one-word alias that runs on is someone else
    ('Kim Yo Jong said the drills were "a reckless provocation".', ["Kim Yo Jong"]),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_appositions_titles_and_owners(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Lukashenko tells Putin "we are ready" as talks open in Sochi', ["Alexander Lukashenko"]),
    ('President Vladimir Putin welcomed Kim Jong Un with "we have been waiting for you" on Tuesday.',
     ["Vladimir Putin"]),
    ('Kim answered the question with a short "yes".', ["Kim Jong Un"]),
    ('Lukashenko thanked Putin for the invitation, saying "Belarus will always be at your side".',
     ["Alexander Lukashenko"]),
    ('Peskov declined to give details, adding that "the work continues".', ["Dmitry Peskov"]),
    ('The state broadcaster quoted Lukashenko as saying the talks were "substantive".',
     ["Alexander Lukashenko"]),
    ('Kim was quoted by KCNA as saying the launch was "a great success".', ["Kim Jong Un"]),
    ('Putin replied: "We will see."', ["Vladimir Putin"]),
    ('Lukashenko warned that the West was "playing with fire".', ["Alexander Lukashenko"]),
    ('"The visit was historic," Kim was quoted as saying by KCNA.', ["Kim Jong Un"]),
    ('"Relations will grow," the state broadcaster quoted Lukashenko as saying.', ["Alexander Lukashenko"]),
    ('Lukashenko: "We are ready to join"', ["Alexander Lukashenko"]),
    ('Lukashenko rejected the plan as a "provocation," warning Minsk would "respond".',
     ["Alexander Lukashenko", "Alexander Lukashenko"]),
    ('Lukashenko studied the plan, a "provocation," warning Minsk would "respond".',
     [None, "Alexander Lukashenko"]),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_constructions(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Poutine a accueilli Loukachenko avec un « Bienvenue à Sotchi ».", "fr", ["Vladimir Putin"]),
    ("Loukachenko a remercié Poutine, ajoutant que « la Biélorussie est prête ».", "fr",
     ["Alexander Lukashenko"]),
], ids=["accueilli-avec", "ajoutant-que"])
def test_constructions_in_french(text, lang, expected):
    assert speakers(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the subject of the sentence before, not a name in object position
    ("Lukashenko, who flew in on Monday, hugged Putin at the airport. He said he was \"happy to be back\".",
     "en", ["Alexander Lukashenko"]),
    ("Putin congratulated Kim on the launch. He said Russia was \"ready to help\".", "en", ["Vladimir Putin"]),
    # an opening phrase is not the subject; the role phrase after it is
    ('Lukashenko spoke first. In Tokyo, Japan\'s chief cabinet secretary said the talks were worrying. '
     '"We are following this closely," he told reporters.', "en",
     ["Japanese government"]),
    ("In Seoul, South Korean officials reacted calmly. \"We expected this,\" they said.", "en", ["South Korea"]),
    # "it" and "the agency" refer to an organisation or an outlet
    ('"The visit was a success," KCNA said. It said the two sides would "deepen cooperation".', "en",
     ["KCNA", "KCNA"]),
    ("Yonhap reported the launch on Friday. The agency said the missile flew \"about 600 km\".", "en",
     ["Yonhap"]),
    ('The Kremlin said the talks were "useful". It added that no date had been set for "the next round".', "en",
     ["Kremlin", "Kremlin"]),
    # chains of pronouns
    ('Peskov spoke on Friday. He said the talks were "frank". He also said they were "long".', "en",
     ["Dmitry Peskov", "Dmitry Peskov"]),
    # French il/elle: the subject before, a person or an organisation
    ("Loukachenko a serré la main de Poutine. Il a déclaré : « Je suis heureux ».", "fr",
     ["Alexander Lukashenko"]),
    ("L'agence KCNA a publié un communiqué. Elle a qualifié la visite d'« historique ».", "fr", ["KCNA"]),
    ("Lorsqu'on lui a demandé si la Russie livrerait des armes, il a répondu « non ».", "fr", [None]),
    ("Le chef du Kremlin a reçu Kim. « Nous avons le temps », a-t-il déclaré.", "fr", ["Vladimir Putin"]),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_pronouns_resolve_to_the_subject(text, lang, expected):
    assert speakers(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a family or given name alone, and the title a name came with, refer back to it
    ('Japanese Prime Minister Fumio Kishida met reporters. "We are concerned," Kishida said. '
     'The prime minister added that Tokyo would "respond calmly".', "en",
     ["Fumio Kishida", "Fumio Kishida"]),
    ('South Korean President Yoon Suk Yeol spoke on Monday. Yoon said the summit was "dangerous".', "en",
     ["Yoon Suk Yeol"]),
    ("Hirokazu Matsuno, Japan's chief cabinet secretary, spoke on Thursday. "
     '"We will respond firmly," Japan\'s chief cabinet secretary said.', "en", ["Hirokazu Matsuno"]),
    ("Le président sud-coréen Yoon Suk Yeol était à Séoul. Le président sud-coréen a jugé le sommet "
     "« dangereux ».", "fr", ["Yoon Suk Yeol"]),
    # a one-word alias refers to the latest full name holding it that spoke ...
    ('Unification Minister Kim Yung-ho told lawmakers the threat was "real". Kim said Seoul would '
     '"stay calm".', "en", ["Kim Yung-ho", "Kim Yung-ho"]),
    # ... not to one in a phrase or an apposition
    ('Kim Jong Un visited a statue of Kim Il Sung. Kim said the party would "never forget".', "en",
     ["Kim Jong Un"]),
    ("Kim Jong Un's father, Kim Jong Il, died in 2011. Kim called him \"a great leader\".", "en", ["Kim Jong Un"]),
    # a role noun refers back like a pronoun
    ('A senior US official briefed reporters. "We are watching," the official said.', "en", ["United States"]),
], ids=["surname-and-title", "korean-family-name", "apposition-title", "titre-francais", "kim-yung-ho",
        "not-kim-il-sung", "not-kim-jong-il", "the-official"])
def test_later_references_to_unknown_names(text, lang, expected):
    assert speakers(text, lang) == expected


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


@pytest.mark.parametrize("text, expected", [
    ("Kim vows ‘full support’ for Russia’s fight", ["full support"]),
    ("Lukashenko floats ‘a place for Belarus’", ["a place for Belarus"]),
    ("It’s the Kims’ train, and Putin’s too.", []),
    ("He recalled the ‘90s and the Kims’ visits.", []),
    ("“We value the ‘friendship’ with Minsk,” Putin said.", ["We value the ‘friendship’ with Minsk,"]),
])
def test_single_curly_quotes(text, expected):
    assert [q.text for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a headline quotes its subject, whatever its verb
    ("Lukashenko floats ‘closer ties’ with Pyongyang\n\nThe Belarusian leader spoke in Sochi.",
     [("closer ties", "Alexander Lukashenko")]),
    ("North Korea’s Kim vows ‘full support’ for Moscow\n\nKim arrived by train.",
     [("full support", "Kim Jong Un")]),
    # ... but a sentence of the body does not
    ("Lukashenko spoke in Sochi.\n\nLukashenko floats ‘closer ties’ with Pyongyang, diplomats believe.",
     [("closer ties", None)]),
])
def test_headline_quotes_its_subject(text, expected):
    assert summary(quotes_of(text)) == expected


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


@pytest.mark.parametrize("text", [
    "“The two sides agreed on the first point.\nThey also agreed on the second point,” Peskov said.",
    "« Les deux parties sont d'accord sur le premier point\net aussi sur le second », a dit Peskov.",
])
def test_quote_run_over_a_paragraph_break_without_a_continuation_mark(text):
    # two pieces of one quotation, and one quote from the first paragraph's mark to the close
    doc = build(text)
    spans = find_quote_spans(doc)
    assert len(spans) == 2 and len({sp.group for sp in spans}) == 1
    got = extract_quotes(doc, CFG.quotes, CFG.clean.outlets)
    assert [q.speaker for q in got] == ["Dmitry Peskov"]
    assert "\n" in got[0].text and got[0].text.startswith(("The two sides", "Les deux parties"))
    assert got[0].text == doc.text[got[0].start:got[0].end]


def test_a_quote_over_a_paragraph_break_keeps_its_closing_sentence_and_no_foreign_line():
    text = ("Intro line about the talks.\n\n“We will not retreat an inch from here.\n\nOur forces are ready for "
            "anything,” the defence minister Ivan Petrov told reporters.\n")
    (q,) = quotes_of(text)
    assert q.speaker == "Ivan Petrov" and q.context.endswith("Ivan Petrov told reporters.")
    # a line the content paragraphs leave out between the two: two quotes, as before
    text = ("Intro line about the talks.\n\n“We will not retreat an inch from here.\n\nAdvertisement\n\nOur forces "
            "are ready for anything,” Ivan Petrov said.\n")
    assert summary(quotes_of(text)) == [("We will not retreat an inch from here.", "Ivan Petrov"),
                                        ("Our forces are ready for anything,", "Ivan Petrov")]


def test_a_paragraph_that_opens_its_quotation_again_is_a_quote_of_its_own():
    text = "“The two sides agreed on the first point.\n“They also agreed on the second point,” Peskov said."
    assert summary(quotes_of(text)) == [("The two sides agreed on the first point.", "Dmitry Peskov"),
                                        ("They also agreed on the second point,", "Dmitry Peskov")]


def test_quote_opened_as_a_new_sentence_and_never_closed_runs_to_the_paragraph_end():
    text = ("« Le choix est clair », a déclaré M. Peskov. « Nous devons arrêter cette spirale des relations.\n"
            "La réunion a duré trois heures.")
    assert summary(quotes_of(text, "fr")) == [("Le choix est clair", "Dmitry Peskov"),
                                             ("Nous devons arrêter cette spirale des relations.", "Dmitry Peskov")]
    # ... not a mark left open in a sentence of the narration
    assert summary(quotes_of("Il a parlé de « paix durable et de commerce.\nLa réunion a duré.", "fr")) == []


def test_a_right_double_quote_closes_a_guillemet_when_nothing_else_is_open():
    text = "«There is no information. It is unacceptable,” Peskov said. “Nothing else to add,” he said."
    assert summary(quotes_of(text)) == [("There is no information. It is unacceptable,", "Dmitry Peskov"),
                                        ("Nothing else to add,", "Dmitry Peskov")]
    # ... while a “ inside guillemets is still closed by its own mark
    assert [q.text for q in quotes_of("Il a dit « c'est un “grand” jour » hier.", "fr")] == ["c'est un “grand” jour"]


def test_a_reversed_guillemet_opening_a_paragraph_opens_a_quote():
    text = "Jane Roe spoke on Monday.\n»Hello! I would like to reach out to you.”\nShe posted a video."
    assert [q.text for q in quotes_of(text)] == ["Hello! I would like to reach out to you."]
    # ... one after a space closes, as usual
    assert [q.text for q in quotes_of("Il a dit « oui » hier.", "fr")] == ["oui"]


def test_a_capitalised_phrase_after_an_article_ending_a_sentence_is_speech():
    assert [q.text for q in quotes_of("He said the plan avoids the “Cold War mentality.” Talks ended.")] == [
        "Cold War mentality."]
    assert quotes_of("They marched in the “Victory Day” parade.") == []


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
    # no cue in the paragraph: the outlets credited for the whole article
    assert relaying_outlets(doc, by_text["Je suis heureux de vous voir"], outlets) == doc.source_outlets == ["Reuters"]


@pytest.mark.parametrize("text, via", [
    ('(Reuters) - Peskov said "nothing was signed".', ["Reuters"]),
    ('Peskov said "nothing was signed", Interfax reported.', ["Interfax"]),
    ('Selon Interfax et Reuters, Peskov a dit « rien ».', ["Interfax", "Reuters"]),
    ('Peskov said "nothing" in a speech quoted by nobody.', []),
])
def test_via(text, via):
    [q] = quotes_of(text)
    assert q.via == via


@pytest.mark.parametrize("text", [
    'M. Japan\'s chief cabinet secretary said "we are watching closely".',
    '"Nous suivons la situation," M. Les États-Unis ont ajouté.',
])
def test_title_before_a_state_body_does_not_crash(text):
    [q] = quotes_of(text)
    assert q.text.startswith(("we are", "Nous suivons"))


# -- single quotes, glued marks, paragraph continuations, cut-off pages ---------------

@pytest.mark.parametrize("text, expected", [
    # a phrase in straight or curly single quotes, in a headline or the body
    ("Lukashenko says talks show 'real progress' with Minsk", ["real progress"]),
    ("Peskov toasts 'lasting friendship'", ["lasting friendship"]),
    ("Minsk Says Talks Show 'Real Progress' on Trade", ["Real Progress"]),  # title-case headline
    ("‘We will win,’ Lukashenko said.", ["We will win,"]),
    ("Lukashenko said the talks were ‘very useful’ for both sides.", ["very useful"]),
    # a plural possessive inside the quote does not close it
    ("'The ministers' meeting went well,' Peskov said.", ["The ministers' meeting went well,"]),
    ("‘The ministers’ meeting went well,’ Peskov said.", ["The ministers’ meeting went well,"]),
    ("Peskov praised 'real progress' in talks with the ministers' aides.", ["real progress"]),
    # one word with a reporting verb or a colon is speech
    ("Peskov called the meeting 'useful'.", ["useful"]),
    ("Lukashenko: 'Ready'", ["Ready"]),
    ("Peskov said the talks were 'long' and 'useful'.", ["long", "useful"]),
    ("Peskov said it was 're-election as usual'.", ["re-election as usual"]),  # not 're of we're
    # nesting, primes inside a quote
    ("Peskov said: \"We heard 'maybe' from them.\"", ["We heard 'maybe' from them."]),
    ("Peskov said: 'We heard \"maybe\" from them.'", ["We heard \"maybe\" from them."]),
    ("'He is 6' 2\" tall,' the coach said.", ["He is 6' 2\" tall,"]),
    ("The coach said \"he is 6' 2\" and fast\" today.", ["he is 6' 2\" and fast"]),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_single_quotes(text, expected):
    assert [q.text for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, lang", [
    # apostrophes
    ("Minsk's envoy said l'accord was signed aujourd'hui.", "en"),
    ("We don't know, the envoy's aide said.", "en"),
    ("The '90s were hard for Belarus.", "en"),
    ("They played rock 'n' roll at the ministers' dinner.", "en"),
    ("He wrote 'em off and waited 'til dawn.", "en"),
    ("It's the ministers' train, and Minsk's too.", "en"),
    ("Le ministre a dit qu'il signerait l'accord aujourd'hui.", "fr"),
    # feet and inches, minutes and seconds
    ("A 6' 2\" guard stood by a 12\" screen.", "en"),
    ("The ship was at 41° 20' 15\" N and 12°10'05\"E on Monday.", "en"),
    # one word or a nickname in single quotes with no attribution: the journalist's
    ("Lukashenko's 'historic' trip ended on Friday.", "en"),
    ("A ‘historic’ day in Minsk began on Friday.", "en"),
    ("They call him 'Big Brother' in Minsk.", "en"),
    # ... and a nickname in a headline; a question or a caption below the headline is no headline
    ("Minsk's 'Batka' visits Moscow\nThe visit began.", "en"),
    ("Why is the 'ceasefire' not holding?", "en"),
    ("Talks go on\nThe visit began.\nResidents of the 'liberated' town of Izium return home on Sunday", "en"),
    # titles of works
    ("The film 'Cold Spring' was shown in Minsk.", "en"),
    ("The newspaper ‘Minsk Daily’ praised the visit.", "en"),
], ids=lambda v: v[:40] if len(v) > 2 else None)
def test_single_quote_lookalikes_are_not_quotes(text, lang):
    assert quotes_of(text, lang) == []


@pytest.mark.parametrize("text, expected", [
    # headline style quotes in single marks: one word in them is a quotation, with no verb of
    # speech near it, in a headline (one line, no full stop at its end)
    ("White House ‘confident’ in ties despite the remarks\nThe White House spoke on Monday.", ["confident"]),
    ("Minsk arrests a reporter on 'espionage' charges\nThe agency said on Thursday it had detained him.",
     ["espionage"]),
])
def test_one_word_in_single_marks_in_a_headline_is_a_quotation(text, expected):
    assert [q.text for q in quotes_of(text)] == expected


def test_pair_marks_possessive_inside_a_single_quote():
    text = "'The ministers' meeting went well,' he said."
    assert pair_marks(text, 0, len(text)) == ([(0, text.index("' he"))], [])
    text = "Minsk hails 'good progress' with the ministers' aides"
    assert pair_marks(text, 0, len(text)) == ([(text.index("'good"), text.index("' with"))], [])


@pytest.mark.parametrize("text, lang, expected", [
    ('The envoy described the plan as "worrying."The ministry said nothing.', "en", ["worrying."]),
    ("The envoy called it “worrying.”The ministry said nothing.", "en", ["worrying."]),
    ('The envoy called it "worrying."The minister said "nothing" more.', "en", ["worrying.", "nothing"]),
    ('The envoy called it "worrying"and left.', "en", ["worrying"]),
    ("Peskov called the talks 'very long.'The meeting ended.", "en", ["very long."]),
    ('Peskov said:"We are ready," and left.', "en", ["We are ready,"]),
    ('"We are ready,"Peskov said.', "en", ["We are ready,"]),
    ("Il a qualifié le plan de «inquiétant»la veille.", "fr", ["inquiétant"]),
    ("Il a qualifié le plan de « inquiétant »puis est parti.", "fr", ["inquiétant"]),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 2 else None)
def test_closing_mark_glued_to_the_next_word(text, lang, expected):
    assert [q.text for q in quotes_of(text, lang)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an opening single mark glued to the word before it, closed a few words on
    ("Kyiv: President Sees’real Challenges’ For the Army", "en", ["real Challenges"]),
    ("Kyiv: President Sees'real Challenges' For the Army", "en", ["real Challenges"]),
    # apostrophes: contractions, possessives, transliterations, French elisions
    ("He didn't say it. We're told they'd left.", "en", []),
    ("Mar'yana met Dar'ya Dugina's friend at the Qur'an school.", "en", []),
    ("Kyiv's mayor said the city's 'heart' was strong.", "en", ["heart"]),
    ("Aujourd’hui, quelqu’un a dit qu’il viendrait jusqu’à Paris’ demain.", "fr", []),
    # a transliteration's apostrophe before a plural's possessive
    ("Shelling hit Mar’yinka and the villagers’ homes on Monday.", "en", []),
    ("The Shi'ite clerics' council met on Monday.", "en", []),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 2 else None)
def test_opening_mark_glued_to_the_word_before(text, lang, expected):
    assert [q.text for q in quotes_of(text, lang)] == expected


@pytest.mark.parametrize("opening, closing", [("‘", "’"), ("“", "”"), ('"', '"'), ("« ", " »")],
                         ids=["curly-single", "curly-double", "straight", "guillemets"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["newline", "blank-line"])
def test_quote_continued_in_the_next_paragraph(opening, closing, sep):
    text = (f"Lukashenko told reporters:{sep}{opening}We have a plan for the region.  {sep}"
            f"{opening}It has three parts.{sep}{opening}We will discuss it in Minsk,{closing} he added.")
    doc = build(text)
    quotes = extract_quotes(doc, CFG.quotes, CFG.clean.outlets)
    assert summary(quotes) == [("We have a plan for the region.", "Alexander Lukashenko"),
                               ("It has three parts.", "Alexander Lukashenko"),
                               ("We will discuss it in Minsk,", "Alexander Lukashenko")]
    spans = find_quote_spans(doc)
    assert len({sp.group for sp in spans}) == 1
    assert [sp.close is None for sp in spans] == [True, True, False]
    assert all(doc.text[q.start:q.end] == q.text for q in quotes)


@pytest.mark.parametrize("text, lang, expected", [
    ('Peskov told reporters: "We are not planning to sign any', "en",
     [("We are not planning to sign any", "Dmitry Peskov")]),
    ("Peskov told reporters: “We are not planning to sign any", "en",
     [("We are not planning to sign any", "Dmitry Peskov")]),
    ("Peskov a déclaré : « Nous ne prévoyons pas de signer…", "fr",
     [("Nous ne prévoyons pas de signer…", "Dmitry Peskov")]),
    ('Lukashenko said the talks would "continue in Minsk, and  \n', "en",
     [("continue in Minsk, and", "Alexander Lukashenko")]),
    ("Lukashenko said: ‘We will meet again in the spring and", "en",
     [("We will meet again in the spring and", "Alexander Lukashenko")]),
    # a paragraph continuing the quote, cut off after it: the speaker introduced with a colon,
    # or the one of the paragraph before, goes on speaking
    ('Lukashenko told reporters:\n"We talked for hours.\n"We will meet again in', "en",
     [("We talked for hours.", "Alexander Lukashenko"), ("We will meet again in", "Alexander Lukashenko")]),
    ('"We talked for hours," Peskov said.\n"We will meet again.', "en",
     [("We talked for hours,", "Dmitry Peskov"), ("We will meet again.", "Dmitry Peskov")]),
    # one sentence after a mark that opens mid-sentence, the text cut right before its close
    ("Peskov said the decision was the ministry's, and he had “nothing to add.", "en",
     [("nothing to add.", "Dmitry Peskov")]),
    ('Asked about it, Lukashenko stated, "Winter is coming... and we must stay the course.', "en",
     [("Winter is coming... and we must stay the course.", "Alexander Lukashenko")]),
    ("Lukashenko said he had \"nothing to add to Mr. Berg's remarks.", "en",
     [("nothing to add to Mr. Berg's remarks.", "Alexander Lukashenko")]),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 2 else None)
def test_quote_cut_off_at_the_end_of_the_text(text, lang, expected):
    doc = build(text, lang)
    quotes = extract_quotes(doc, CFG.quotes, CFG.clean.outlets)
    assert summary(quotes) == expected
    assert quotes[-1].end == len(text.rstrip())
    assert all(doc.text[q.start:q.end] == q.text for q in quotes)


@pytest.mark.parametrize("text, lang", [
    ("Kim a dit « oui. Il est parti.", "fr"),  # a stray mark in a finished sentence
    ("He wrote about the 'em dash, waiting 'til", "en"),
    ("The 6' 2\" guard from the '90s", "en"),
    ("Peskov thanked the ministers' ", "en"),
    ('"The first part never closes.\nLukashenko said nothing at all.', "en"),
    ('Lukashenko said he had "nothing to add. 2024 will be better.', "en"),
], ids=lambda v: v[:40] if len(v) > 2 else None)
def test_unclosed_marks_that_are_not_cut_off_quotes(text, lang):
    assert quotes_of(text, lang) == []


@pytest.mark.parametrize("text, expected", [
    # a word in single quotes alone on its line is a kicker quoting someone
    ("Kim and Putin sign a pact\n‘STRONGEST-EVER’\nNorth Korea has announced a new agreement.", ["STRONGEST-EVER"]),
    ("Talks in Pyongyang\n'Historic'.\nThe leaders met on Wednesday.", ["Historic"]),
    # inside a sentence it still needs an attribution
    ("Kim's 'strategic' trip to Russia ended on Sunday.", []),
])
def test_single_quoted_word_alone_on_its_line(text, expected):
    assert [x.text for x in quotes_of(text)] == expected


def test_relaying_outlets_of_a_paragraph_are_found_once_for_all_its_quotes(monkeypatch):
    from pipeline.quotes import relays

    calls = []
    original = relays.Relay._paragraph_cands

    def counted(self, doc, para, sentences):
        calls.append(para.start)
        return original(self, doc, para, sentences)

    monkeypatch.setattr(relays.Relay, "_paragraph_cands", counted)
    text = " ".join(f'According to TASS, the minister said "we will act {i}".' for i in range(50))
    quotes = quotes_of(text)
    assert len(quotes) == 50 and all(q.via == ["TASS"] for q in quotes)
    assert len(calls) == len(set(calls)) == 1  # one paragraph, looked at once


@pytest.mark.parametrize("text, expected", [
    ("''We will never accept this,'' Anna Kovac told reporters.", "We will never accept this,"),
    ("Anna Kovac said the talks were ''very productive'' on Monday.", "very productive"),
    ("Anna Kovac called it ‘‘a historic step,’’ on Monday.", "a historic step,"),
])
def test_doubled_apostrophes_are_one_quotation_mark(text, expected):
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == [expected]
    q = quotes[0]
    assert text[q.start:q.end] == expected  # offsets into the text as written
    assert q.speaker == "Anna Kovac"


def test_doubled_apostrophes_leave_plural_possessives_alone():
    assert quotes_of("The leaders'' summit and the ministers' talks went on, Anna Kovac said.") == []


@pytest.mark.parametrize("text", [
    'Officials gathered for the "Victory Day" parade, Anna Kovac said.',
    "Ils ont visité l'« Exposition d'armes 2023 », a indiqué Anna Kovac.",
    "Les délégations assisteront aux célébrations du « Jour de la victoire ».",
    'The navy showed a new drone named "Haeil" on Friday, Anna Kovac said.',
    "Le drone, surnommé « Haeil », a été présenté vendredi.",
])
def test_a_quoted_name_is_not_a_quote(text):
    assert quotes_of(text, "fr" if "Les " in text or "Ils " in text or "Le " in text else "en") == []


@pytest.mark.parametrize("text, expected", [
    ('Putin greeted Kim with "I am glad to see you" on Wednesday.', "I am glad to see you"),
    ("Poutine a accueilli Loukachenko avec un « Bienvenue à Sotchi ».", "Bienvenue à Sotchi"),
    ('Anna Kovac hailed the "new level" of ties.', "new level"),  # lower case after an article: partial quote
])
def test_speech_after_a_preposition_or_in_lower_case_stays_a_quote(text, expected):
    assert [q.text for q in quotes_of(text, "fr" if "Poutine" in text else "en")] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    # one capitalised word in double quotes after a common noun: a name, not speech
    ('The news was reported by the national portal "Adyrna" on Friday.', "en", []),
    ("Il l'a annoncé sur le réseau social « Telegram » jeudi.", "fr", []),
    # after a speech word it is speech
    ('Asked whether he would go, Putin said "Yes" and left the room.', "en", ["Yes"]),
    ('The ministry called the visit "Historic" in a statement.', "en", ["Historic"]),
])
def test_a_capitalised_word_after_a_noun_is_a_name(text, lang, expected):
    assert [q.text for q in quotes_of(text, lang)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the close of the first quote was lost: a quotation in the same marks after it shows the
    # first one never ran on, and it ends with its sentence
    ("Lenoir said he would brief the board “and then we are setting up a presence there so they can "
     "report. Meanwhile, Kyiv asked for more. Durand said the aim was “full control of the site.” The "
     "talks go on and", "en",
     [("and then we are setting up a presence there so they can report", "Lenoir"),
      ("full control of the site.", "Durand")]),
    # with no quotation after it, a quote open at the end of a cut text still runs to the end
    ("Lenoir said he would brief the board “and then we are setting up a presence there so they can",
     "en", [("and then we are setting up a presence there so they can", "Lenoir")]),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 2 else None)
def test_a_lost_close_ends_the_quote_with_its_sentence(text, lang, expected):
    doc = build(text, lang)
    quotes = extract_quotes(doc, CFG.quotes, CFG.clean.outlets)
    assert summary(quotes) == expected
    assert all(doc.text[q.start:q.end] == q.text for q in quotes)


@pytest.mark.parametrize("text, lang, expected", [
    # a reporting clause set inside the marks that ends its sentence: the quotation is two
    ("Paul Durand accuse l'armée. « Le massacre était délibéré, a-t-il lancé sur Twitter. Ils veulent "
     "éliminer autant de gens qu'ils le peuvent. »", "fr",
     [("Le massacre était délibéré", "Paul Durand"),
      ("Ils veulent éliminer autant de gens qu'ils le peuvent.", "Paul Durand")]),
    ("« Les images sont insoutenables, a tweeté Jean Martin. Les auteurs devront répondre de ces crimes. »",
     "fr", [("Les images sont insoutenables", "Jean Martin"),
            ("Les auteurs devront répondre de ces crimes.", "Jean Martin")]),
    # ... a clause between two commas leaves one quotation
    ("« Nous devons continuer, ajoute Jean Martin, à aider le pays ».", "fr",
     [("Nous devons continuer, ajoute Jean Martin, à aider le pays", "Jean Martin")]),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 2 else None)
def test_a_reporting_clause_inside_the_marks(text, lang, expected):
    doc = build(text, lang)
    quotes = extract_quotes(doc, CFG.quotes, CFG.clean.outlets)
    assert summary(quotes) == expected
    assert all(doc.text[q.start:q.end] == q.text for q in quotes)
    assert len({q.quote_id for q in quotes}) == len(quotes)


@pytest.mark.parametrize("text, expected", [
    # an opening guillemet glued to the last word before a comma or a full stop, with one open, closes it
    # (a site that set its close the wrong way round)
    ("« Nous devons nous adapter au rythme américain« , a déclaré Anton Weber.",
     ["Nous devons nous adapter au rythme américain"]),
    ("Anton Weber a dit : « Des unités ont été déployées« . Il a ensuite quitté la salle.",
     ["Des unités ont été déployées"]),
])
def test_a_guillemet_set_the_wrong_way_round_closes(text, expected):
    assert [q.text for q in quotes_of(text, "fr")] == expected
