"""Engine-independent translation handling: glossary, quotes, repetition, and
the service's fallback chain, with small fake engines so each rule is visible."""

import pytest

from pipeline.config import Config
from pipeline.engines.base import Engine, Translation
from pipeline.engines.postedit import (
    Glossary, count_quotes, english_quotes, join_parts, quote_parts, repeated_ngram,
)
from pipeline.engines.service import TranslationService
from pipeline.errors import EngineError

NAMES = Config().translate.glossary["fr-en"]


@pytest.mark.parametrize(
    "source, expected",
    [
        ("Le président Poutine a déclaré", "Le président Putin a déclaré"),
        ("le dirigeant Kim Jong-un est arrivé", "le dirigeant Kim Jong Un est arrivé"),
        ("à Sotchi avec Alexandre Loukachenko", "à Sochi avec Alexander Lukashenko"),
        ("Sergueï Choïgou devrait", "Sergei Shoigu devrait"),
        ("VLADIMIR POUTINE ACCEPTE", "VLADIMIR PUTIN ACCEPTE"),
        ("Poutineville", "Poutineville"),  # whole names only
    ],
)
def test_glossary_substitution(source, expected):
    assert Glossary(NAMES).protect(source)[0] == expected


def test_glossary_placeholders_round_trip_with_titles():
    g = Glossary(NAMES)
    hidden, names = g.protect("M. Poutine a rencontré Kim Jong-un à Sotchi.", placeholders=True)
    assert "Poutine" not in hidden and "Kim" not in hidden and "M." not in hidden
    assert names == ["M. Putin", "Kim Jong Un", "Sochi"]
    engine_output = hidden.replace("a rencontré", "met").replace("à", "in")
    assert g.restore(engine_output, names) == "M. Putin met Kim Jong Un in Sochi."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("« Je suis heureux de vous voir », said Putin", "“Je suis heureux de vous voir”, said Putin"),
        ("« l’importance stratégique »", "“l’importance stratégique”"),
        ("a stray » mark", "a stray ” mark"),
        ("‹ inner ›", "‘inner’"),
    ],
)
def test_english_quotes(text, expected):
    assert english_quotes(text) == expected


def test_quote_parts_and_join():
    parts = quote_parts("« Nous parlerons de tous les sujets », a-t-il déclaré.")
    assert parts == [("Nous parlerons de tous les sujets", True), (", a-t-il déclaré.", False)]
    assert join_parts([("We will talk about everything", True), (", he said.", False)]) == \
        "“We will talk about everything”, he said."
    assert count_quotes('"a" « b »') == 4


@pytest.mark.parametrize(
    "text, hit",
    [
        ("the the the the cat", "the"),
        ("we will we will we will we will go", "we will"),
        ("the cat saw the dog and the bird and the fish", None),  # "the" four times, apart
        ("a normal sentence", None),
    ],
)
def test_repeated_ngram(text, hit):
    assert repeated_ngram(text, 3) == hit


class FakeEngine(Engine):
    """Upper-cases its input; optionally loses quotes or repeats itself."""

    name = "fake"

    def __init__(self, drop_quotes=False, repeat=False, fail=False, serves=True):
        self.drop_quotes, self.repeat, self.fail, self.serves = drop_quotes, repeat, fail, serves
        self.calls: list[list[str]] = []

    def supports(self, src, tgt):
        return self.serves

    def model_id(self, src, tgt):
        return "fake_model", "0.1"

    def translate(self, texts, src, tgt):
        if self.fail:
            raise EngineError("fake engine broke")
        self.calls.append(list(texts))
        out = []
        for t in texts:
            t = t.upper()
            if self.drop_quotes and len(texts) == self.first_batch_size():
                t = t.replace("«", "").replace("»", "")
            if self.repeat:
                t += " LA LA LA LA"
            out.append(Translation(t, self.name, "fake_model", "0.1", -1.0))
        return out

    def first_batch_size(self):
        return len(self.calls[0])

    def redecode(self, texts, src, tgt):
        return [Translation(t.upper(), self.name, "fake_model", "0.1", -2.0) for t in texts]

    @staticmethod
    def install_hint(src, tgt):
        return "install the fake engine"


def service_with(*engines):
    svc = TranslationService(Config(translate={"engines": ["apertium"]}))
    svc.engines = {f"e{i}": e for i, e in enumerate(engines)}
    return svc


def test_lost_quotes_are_rebuilt_from_separately_translated_parts():
    engine = FakeEngine(drop_quotes=True)
    svc = service_with(engine)
    [result] = svc.translate(["« Je suis heureux », a déclaré Poutine."], "fr")
    assert result.translation.text == "“JE SUIS HEUREUX”, A DÉCLARÉ PUTIN."
    assert result.flags == ["quotes_rebuilt"]
    assert engine.calls[1] == ["Je suis heureux", ", a déclaré Putin."]


def test_repetitions_are_redecoded():
    svc = service_with(FakeEngine(repeat=True))
    [result] = svc.translate(["bonjour"], "fr")
    assert result.translation.text == "BONJOUR" and result.flags == ["redecoded"]


def test_fallback_to_the_next_engine():
    svc = service_with(FakeEngine(fail=True), FakeEngine())
    assert [r.translation.text for r in svc.translate(["a", "b"], "fr")] == ["A", "B"]


def test_duplicates_are_translated_once_and_aligned():
    engine = FakeEngine()
    svc = service_with(engine)
    results = svc.translate(["un", "deux", "un"], "fr")
    assert [r.translation.text for r in results] == ["UN", "DEUX", "UN"]
    assert engine.calls == [["un", "deux"]]


def test_unserved_pair_names_every_install_command():
    svc = service_with(FakeEngine(serves=False))
    with pytest.raises(EngineError) as info:
        svc.check(["fr"])
    assert "install the fake engine" in str(info.value)
