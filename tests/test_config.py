from pathlib import Path

import pytest
import yaml

from pipeline.config import Config, load_config
from pipeline.errors import ConfigError

from .conftest import PROJECT


def errors_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value.errors


def test_shipped_config_loads_and_shows_the_defaults():
    cfg = load_config(PROJECT / "configs" / "en.yaml")
    assert cfg.corpus == (PROJECT / "corpus").resolve()
    assert cfg.output == (PROJECT / "outputs" / "en").resolve()
    # en.yaml documents every option with its default value: they must not drift apart.
    shown = cfg.model_dump(exclude={"source", "corpus", "output"})
    assert shown == Config().model_dump(exclude={"source", "corpus", "output"})


def test_every_option_is_in_the_shipped_config():
    raw = yaml.safe_load((PROJECT / "configs" / "en.yaml").read_text(encoding="utf-8"))
    for name, field in Config.model_fields.items():
        if name == "source":
            continue
        assert name in raw, name
        sub = getattr(field.annotation, "model_fields", None)
        if sub:
            assert set(raw[name]) == set(sub), name


def test_relative_paths_resolve_against_the_config_file(tmp_path, corpus, make_config, monkeypatch):
    path = make_config()
    monkeypatch.chdir("/")
    cfg = load_config(path)
    assert cfg.corpus == corpus.resolve()
    assert cfg.output == (tmp_path / "out").resolve()


@pytest.mark.parametrize(
    "overrides, expected",
    [
        ({"target_langauge": "en"}, "target_langauge: unknown key (did you mean target_language?)"),
        ({"clean": {"relay_windw": 3}}, "clean.relay_windw: unknown key (did you mean clean.relay_window?)"),
        ({"segment": {"normalise_punctuation": True}},
         "did you mean segment.normalize_punctuation?"),
        ({"ingest": {"max_bytes": "lots"}}, "ingest.max_bytes: Input should be a valid integer"),
        ({"ingest": {"max_bytes": -1}}, "ingest.max_bytes: Input should be greater than 0"),
        ({"detect": {"min_prob": 2}}, "detect.min_prob: Input should be less than or equal to 1"),
        ({"clean": {"boilerplate": ["[unclosed"]}}, "clean.boilerplate: Value error, bad regular expression"),
        ({"frobnicate": 1}, "frobnicate: unknown key"),
        ({"ingest": {"include": ["../elsewhere/*.txt"]}}, "ingest.include: Value error, '../elsewhere/*.txt'"),
        ({"ingest": {"include": ["/etc/*.conf"]}}, "stay inside it"),
    ],
)
def test_config_errors_name_the_key(corpus, make_config, overrides, expected):
    errors = errors_of(make_config(**overrides))
    assert any(expected in e for e in errors), errors


def test_all_errors_are_reported_together(corpus, make_config):
    errors = errors_of(make_config(target_langauge="en", ingest={"max_bytes": "x"}, detect={"seed": "y"}))
    assert len(errors) == 3


def test_missing_corpus_folder_is_named(tmp_path, make_config):
    errors = errors_of(make_config(corpus="nowhere"))
    assert errors == [f"corpus: folder {(tmp_path / 'nowhere').resolve()} does not exist"]


def test_bad_yaml_and_wrong_top_level(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("corpus: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)
    bad.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="top level must be a mapping"):
        load_config(bad)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.yaml")


def test_section_hash_changes_only_with_its_section():
    a, b = Config(), Config(detect={"min_chars": 10})
    assert a.section_hash("clean") == b.section_hash("clean")
    assert a.section_hash("detect") != b.section_hash("detect")
