"""Speaker rules about who holds a role and who is only spoken to: a role
description stands for the holder the article itself names; a lone name the
text shows to be a name is one wherever it recurs; the one addressed (``à X``)
and the subject of an earlier clause are not the speaker; a sentence adverb
before a name is no part of it. Short sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.quotes.holders import role_keys

from .test_speakers import check


@pytest.mark.parametrize("text, lang, expected", [
    # the article puts a name on the table's role description: that name, in this article
    ("Le président américain Ivan Petrovsky a reçu son homologue.\n"
     "Le président américain a ajouté : « Nous verrons bien ».", "fr", ["Ivan Petrovsky"]),
    ("Ivan Petrovsky, le président américain, a reçu son homologue.\n"
     "Le président américain a jugé la situation « très difficile ».", "fr", ["Ivan Petrovsky"]),
    ('US President Ivan Petrovsky met his counterpart on Friday.\n'
     'The US president later said: "We will see."', "en", ["Ivan Petrovsky"]),
    # a past or future holder ties nothing: the table's holder keeps the description
    ("L'ancien président américain Ivan Petrovsky a reçu son homologue.\n"
     "Le président américain a ajouté : « Nous verrons bien ».", "fr", ["Joe Biden"]),
    ('Former US President Ivan Petrovsky met his counterpart on Friday.\n'
     'The US president later said: "We will see."', "en", ["Joe Biden"]),
])
def test_role_description_takes_the_holder_the_article_names(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


def test_role_keys_are_descriptions_not_names() -> None:
    keys = role_keys({"Ivan Petrovsky": ["Ivan Petrovsky", "Petrovsky", "President Petrovsky",
                                         "le président moldave", "the Moldovan president"]})
    # (and the French one after its article, which "du" / "au" contract: "l'appel du président moldave";
    # and the English one's possessive form)
    assert keys == {"le president moldave": "Ivan Petrovsky", "president moldave": "Ivan Petrovsky",
                    "the moldovan president": "Ivan Petrovsky", "moldova's president": "Ivan Petrovsky"}


@pytest.mark.parametrize("text, lang, expected", [
    # a lone name shown by a reporting verb is the same name where no verb follows it
    ('Petrovsky told reporters it was "fine". Later, Petrovsky pressed Novak to negotiate with Russia, '
     'warning, "You are wrong."', "en", ["Petrovsky", "Petrovsky"]),
    # the subject before a colon: the last clause's, not an earlier one's; never the one spoken to
    ('Ivan Petrovsky tried to object, but Olga Novak quickly interjected: "You are wrong."', "en",
     ["Olga Novak"]),
    ("Olga Novak a coupé la parole, mais Ivan Petrovski a insisté : « Non. »", "fr", ["Ivan Petrovski"]),
    ("En disant à Ivan Petrovski : « Vous avez tort. »", "fr", [None]),
    # an infinitive coordinated after "Y to ...": Y's words; a finite verb keeps the sentence's subject
    ('Ivan Petrovsky tried to object, prompting Olga Novak to raise her voice and say: "You are wrong."', "en",
     ["Olga Novak"]),
    ('Olga Novak urged Ivan Petrovsky to sign the deal and said: "You are wrong."', "en", ["Olga Novak"]),
    # a sentence adverb before a name is no part of it
    ("« Vous avez tort », a lâché Olga Novak. Puis Ivan Petrovski a répondu : « Non. »", "fr",
     ["Olga Novak", "Ivan Petrovski"]),
    ("Ensuite Ivan Petrovski a répondu : « Non. »", "fr", ["Ivan Petrovski"]),
    ('Then Olga Novak said: "No."', "en", ["Olga Novak"]),
])
def test_addressee_and_adverb_are_no_speaker(text: str, lang: str, expected: list) -> None:
    check(text, lang, expected)


# -- terms of office: who of two holders a shared role description names -------------------

_TERMS_ALIASES = {
    "Ivan Petrovsky": ["Ivan Petrovsky", "Petrovsky", "le président moldave", "the Moldovan president"],
    "Olga Novak": ["Olga Novak", "Novak", "le président moldave", "the Moldovan president"],
}
_TERMS = {"Ivan Petrovsky": [["2019-01-01", "2024-01-01"]], "Olga Novak": [["2024-01-01", None]]}


def _speakers_on(text: str, lang: str, date: str | None, terms: dict | None = None) -> list:
    from pipeline.config import QuotesConfig
    from pipeline.quotes.extract import extract_quotes
    from pipeline.stages.segment import Segment

    from .conftest import line_document
    from .test_speakers import CFG

    cfg = QuotesConfig(**{**CFG.quotes.model_dump(), "speaker_aliases": _TERMS_ALIASES,
                          "office_terms": _TERMS if terms is None else terms})
    doc = line_document(text, lang, lang)
    doc.date = date
    return [q.speaker for q in extract_quotes(Segment(CFG).process(doc), cfg, CFG.clean.outlets)]


@pytest.mark.parametrize("text, lang, date, expected", [
    # the article's date picks the holder in office
    ('The Moldovan president said the talks were "useful".', "en", "2023-05-02", ["Ivan Petrovsky"]),
    ('The Moldovan president said the talks were "useful".', "en", "2025-05-02", ["Olga Novak"]),
    ("Le président moldave a jugé les discussions « utiles ».", "fr", "2025-05-02", ["Olga Novak"]),
    # the possessive form of the description ("Moldova's president") is the same role
    ('Moldova\'s president said the talks were "useful".', "en", "2023-05-02", ["Ivan Petrovsky"]),
    ('Moldova’s president said the talks were "useful".', "en", "2025-05-02", ["Olga Novak"]),
    # an undated article: the holder it names elsewhere
    ('Olga Novak met her counterpart on Friday.\nThe Moldovan president said the talks were "useful".', "en",
     None, ["Olga Novak"]),
    # undated, nobody named: the table's first holder keeps the description
    ('The Moldovan president said the talks were "useful".', "en", None, ["Ivan Petrovsky"]),
    # a name the article itself puts on the description wins over the date
    ('The Moldovan president Olga Novak met her counterpart.\nThe Moldovan president said it was "useful".', "en",
     "2023-05-02", ["Olga Novak"]),
    ('Olga Novak, the Moldovan president, met her counterpart.\nThe Moldovan president said it was "useful".',
     "en", "2023-05-02", ["Olga Novak"]),
])
def test_shared_role_description_follows_the_terms_of_office(text: str, lang: str, date, expected: list) -> None:
    assert _speakers_on(text, lang, date) == expected


def test_title_with_a_dotted_country_ties_the_holder() -> None:
    # "U.S. President X": the words before the kept title belong to it
    text = ('U.S. President Ivan Petrovsky met his counterpart on Friday.\n'
            'The U.S. president later said: "We will see."')
    check(text, "en", ["Ivan Petrovsky"])


def test_office_terms_are_checked_as_dates() -> None:
    from pipeline.config import QuotesConfig

    with pytest.raises(ValueError, match="Olga Novak"):
        QuotesConfig(office_terms={"Olga Novak": [["2025-01-01", "2024-01-01"]]})
    with pytest.raises(ValueError, match=r"Olga Novak: \[not a date, null\] is no pair of ISO dates"):
        QuotesConfig(office_terms={"Olga Novak": [["not a date", None]]})
    cfg = QuotesConfig(office_terms={"Olga Novak": [[__import__("datetime").date(2024, 1, 1), None]]})
    assert cfg.office_terms == {"Olga Novak": [("2024-01-01", None)]}


def test_a_date_that_does_not_exist_is_a_config_error(tmp_path) -> None:
    # YAML reads 2025-13-01 as a date and fails: the file is named, no traceback
    from pipeline.config import load_config
    from pipeline.errors import ConfigError

    path = tmp_path / "bad.yaml"
    path.write_text("quotes:\n  office_terms:\n    Olga Novak: [[2025-13-01, null]]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.yaml: not valid YAML: a date that does not exist"):
        load_config(path)
