"""Config: YAML read with ``yaml.safe_load``, then validated once into typed
sections. Every problem (unknown key, wrong type, missing folder) is collected
and reported together, before any stage runs.

Relative paths (``corpus``, ``output``) resolve against the folder that holds
the config file, so cron jobs behave the same whatever their working directory.
"""

from __future__ import annotations

import datetime
import difflib
import hashlib
import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline import defaults
from pipeline.errors import ConfigError


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)


class IngestConfig(Section):
    include: list[str] = Field(default_factory=lambda: ["**/*.txt"])
    exclude: list[str] = Field(default_factory=list)
    max_bytes: int = Field(default=5_000_000, gt=0)
    min_chars: int = Field(default=1, ge=1)
    follow_symlinks: bool = False  # read symlinks (to files or folders) that lead outside the corpus folder

    @field_validator("include", "exclude")
    @classmethod
    def _inside_corpus(cls, patterns: list[str]) -> list[str]:
        for p in patterns:
            if p.startswith("/") or ".." in p.replace("\\", "/").split("/"):
                raise ValueError(f"{p!r}: patterns are relative to the corpus folder and stay inside it")
        return patterns


class CleanConfig(Section):
    outlets: dict[str, list[str]] = Field(default_factory=lambda: dict(defaults.OUTLETS))
    relay_cues_before: list[str] = Field(default_factory=lambda: list(defaults.RELAY_CUES_BEFORE))
    relay_cues_after: list[str] = Field(default_factory=lambda: list(defaults.RELAY_CUES_AFTER))
    relay_window: int = Field(default=6, ge=1)
    boilerplate: list[str] = Field(default_factory=lambda: list(defaults.BOILERPLATE))
    bylines: list[str] = Field(default_factory=lambda: list(defaults.BYLINES))
    datelines: list[str] = Field(default_factory=lambda: list(defaults.DATELINES))
    credits: list[str] = Field(default_factory=lambda: list(defaults.CREDITS))
    headline_min_words: int = Field(default=3, ge=1)
    headline_upper_ratio: float = Field(default=0.8, gt=0, le=1)

    @field_validator("boilerplate", "bylines", "datelines", "credits")
    @classmethod
    def _regexes_compile(cls, patterns: list[str]) -> list[str]:
        import re

        for p in patterns:
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"bad regular expression {p!r}: {exc}") from None
        return patterns


class DetectConfig(Section):
    seed: int = 0
    min_chars: int = Field(default=40, ge=1)
    min_prob: float = Field(default=0.95, ge=0, le=1)
    upper_ratio: float = Field(default=0.6, gt=0, le=1)
    names_ratio: float = Field(default=0.6, gt=0, le=1)
    # a paragraph switches to a language the run neither translates nor targets only
    # with this many letters: langdetect takes a French headline for Catalan
    foreign_min_chars: int = Field(default=120, ge=1)


class SegmentConfig(Section):
    normalize_punctuation: bool = True
    abbreviations: dict[str, list[str]] = Field(default_factory=lambda: dict(defaults.ABBREVIATIONS))
    keep_quotes_whole: bool = True
    max_quote_chars: int = Field(default=600, ge=1)


class ArgosConfig(Section):
    beam_size: int = Field(default=4, ge=1)
    max_batch_size: int = Field(default=32, ge=1)
    compute_type: str = "int8"
    device: Literal["cpu", "cuda", "auto"] = "cpu"
    inter_threads: int = Field(default=1, ge=1)
    intra_threads: int = Field(default=0, ge=0)
    max_decoding_length: int = Field(default=256, ge=1)
    repetition_penalty: float = Field(default=1.3, ge=1)


class ApertiumConfig(Section):
    command: str = "apertium"
    modes: dict[str, list[str]] = Field(default_factory=lambda: {"fr-en": ["fr-es", "spa-eng"],
                                                                 "en-fr": ["eng-spa", "es-fr"]})
    packages: list[str] = Field(default_factory=lambda: ["apertium-fr-es", "apertium-eng-spa"])
    strip_unknown_marks: bool = True
    timeout_s: int = Field(default=600, ge=1)


class TranslateConfig(Section):
    engines: list[Literal["argos", "apertium"]] = Field(default_factory=lambda: ["argos", "apertium"], min_length=1)
    on_missing: Literal["error", "skip"] = "error"
    glossary: dict[str, dict[str, str]] = Field(default_factory=lambda: dict(defaults.GLOSSARY))
    chunk_segments: int = Field(default=256, ge=1)
    max_repeats: int = Field(default=3, ge=1)
    # a segment (or quote) longer than this is not sent to an engine: Argos would
    # translate only its first 1024 tokens, Apertium take minutes; it stays
    # untranslated, counted as too_long (a real sentence is far shorter)
    max_segment_chars: int = Field(default=5000, ge=1)
    argos: ArgosConfig = Field(default_factory=ArgosConfig)
    apertium: ApertiumConfig = Field(default_factory=ApertiumConfig)


class QuotesConfig(Section):
    """Quote extraction and speakers (pipeline/quotes/extract.py, finding.py, speakers.py)."""

    translate: bool = True  # translate each quote through the translate stage's engines and cache
    back_translate: bool = True  # also translate target-language quotes into the source languages (where an engine serves that direction), so that alignment compares them with originals in both directions

    # people: canonical name -> spellings and role descriptions ("le chef du Kremlin")
    speaker_aliases: dict[str, list[str]] = Field(default_factory=lambda: dict(defaults.SPEAKER_ALIASES))
    # people: canonical name -> terms of office [from, to] (ISO dates, to null while open) in which the
    # role descriptions among their aliases name them; decides between people who share a description
    # ("the US president") by the article's date. A person not listed holds his descriptions at all times.
    office_terms: dict[str, list[tuple[str, str | None]]] = Field(
        default_factory=lambda: dict(defaults.OFFICE_TERMS))
    # organisations and countries that can be speakers (outlets in clean.outlets are too)
    organisation_aliases: dict[str, list[str]] = Field(
        default_factory=lambda: dict(defaults.ORGANISATION_ALIASES))
    # per language, verbs that attribute a quote ("a déclaré", "said"); all lists apply everywhere
    reporting_verbs: dict[str, list[str]] = Field(default_factory=lambda: dict(defaults.REPORTING_VERBS))
    # per language, phrases followed by the speaker ("selon", "according to")
    source_cues: dict[str, list[str]] = Field(default_factory=lambda: dict(defaults.SOURCE_CUES))
    # subject pronouns: "person" -> last named person, "any" -> last named speaker
    pronouns: dict[str, list[str]] = Field(default_factory=lambda: dict(defaults.PRONOUNS))
    skip_titles: bool = True  # a quoted span right after a title cue (le journal, the film) is not a quote
    title_cues: list[str] = Field(default_factory=lambda: list(defaults.TITLE_CUES))
    max_gap_chars: int = Field(default=200, ge=1)  # farthest a reporting verb may be from the quote's marks
    subject_after_words: int = Field(default=6, ge=0)  # words allowed between a verb and a speaker after it
    strip_trailing_comma: bool = False  # drop the comma of English '"...," he said' from the quote text

    @field_validator("office_terms", mode="before")
    @classmethod
    def _iso_terms(cls, terms: Any) -> Any:
        """Terms as ISO date strings (YAML reads 2021-01-20 as a date), each from <= to."""
        if not isinstance(terms, dict):
            return terms
        out, problems = {}, []
        for person, spans in terms.items():
            out[person] = []
            for span in spans if isinstance(spans, list) else [spans]:
                shown = (f"[{', '.join('null' if d is None else str(d) for d in span)}]"
                         if isinstance(span, (list, tuple)) else str(span))
                if not isinstance(span, (list, tuple)) or len(span) != 2:
                    problems.append(f"{person}: a term is [from, to] (to null while open), got {shown}")
                    continue
                try:
                    a, b = (None if d is None else datetime.date.fromisoformat(str(d)).isoformat() for d in span)
                except ValueError as exc:
                    problems.append(f"{person}: {shown} is no pair of ISO dates ({exc})")
                    continue
                if a is None or (b is not None and b < a):
                    problems.append(f"{person}: a term needs a start on or before its end, got {shown}")
                    continue
                out[person].append((a, b))
        if problems:
            raise ValueError("; ".join(problems))
        return out


class AlignConfig(Section):
    """Clustering of quotes across documents (pipeline/align/clusters.py, similarity.py)."""

    threshold: float = Field(default=0.5, ge=0, le=1)  # least similarity for a quote to join a cluster (scored against its longest version)
    unattributed_threshold: float = Field(default=0.6, ge=0, le=1)  # the same for a quote without a speaker, which joins on its words alone
    max_days: int = Field(default=7, ge=0)  # quotes published more than this many days apart are never linked
    min_containment: float = Field(default=0.8, gt=0, le=1)  # share of a shorter quote's content words (and char n-grams) found in the longest version for relation "partial" (and in a member, for a quote to join through that member as a part of it)
    part_containment: float = Field(default=0.8, gt=0, le=1)  # share of a quote's weighted content words found in another member for it to join through that member as a part of it, when the longest version is too far
    min_tokens: int = Field(default=3, ge=1)  # a quote with fewer content words links only if they appear in a row (any order) in the other (one content word among 3+ words: word for word, unless same speaker)
    ngram: int = Field(default=3, ge=2, le=8)  # character n-gram size of the character similarity
    token_weight: float = Field(default=0.6, ge=0, le=1)  # weight of IDF-weighted token containment; the rest goes to character n-gram containment
    min_share: float = Field(default=0.4, ge=0, le=1)  # least IDF-weighted share of the shorter quote's content words found in the other (below: no link)
    speaker_bonus: float = Field(default=0.1, ge=0, le=1)  # added when both quotes have the same known speaker
    entity_bonus: float = Field(default=0.05, ge=0, le=1)  # added when both share a capitalised name or a number
    leader_slack: float = Field(default=0.15, ge=0, le=1)  # a quote may join through another member if its score to the longest version is at most this below threshold
    merge_support: float = Field(default=0.5, ge=0, le=1)  # clusters that 2+ quotes matched both of merge when this share of sampled cross scores reach threshold
    max_posting: int = Field(default=500, ge=2)  # a lookup key's posting list (per 2*max_days time bucket) longer than this is not read
    max_keys: int = Field(default=6, ge=1)  # rarest content words per quote used for lookup
    max_pair_keys: int = Field(default=4, ge=0)  # rarest adjacent word pairs per quote used for lookup
    min_shared_keys: int = Field(default=2, ge=1)  # lookup keys a candidate must share (fewer when the quote has fewer keys)
    max_candidates: int = Field(default=8, ge=1)  # candidate clusters scored per quote
    original_weight: float = Field(default=1.0, ge=0, le=1)  # factor on the similarity measured on a translated quote's original words (cognates of English words); 0: translations only
    idf_floor: int = Field(default=1000, ge=1)  # IDF computed as if there were at least this many quotes (keeps small runs near-uniform)
    synonyms: dict[str, str] = Field(default_factory=dict)  # extra word -> canonical word pairs, added to the synonyms the English thesaurus gives (mythes-en-us)


class ExportConfig(Section):
    documents: bool = True


class ExecutorConfig(Section):
    """Where per-document work runs: ``local`` (this process) or ``dask``."""

    kind: Literal["local", "dask"] = "local"
    address: str | None = None  # a Dask scheduler, e.g. tcp://host:8786; null starts a LocalCluster
    workers: int = Field(default=2, ge=1)  # LocalCluster worker processes (address: null only)


class Config(Section):
    corpus: Path = Path("../corpus")
    output: Path = Path("../outputs/en")
    source_languages: list[str] = Field(default_factory=lambda: ["fr"])
    target_language: str = "en"
    ingest: IngestConfig = Field(default_factory=IngestConfig)
    clean: CleanConfig = Field(default_factory=CleanConfig)
    detect: DetectConfig = Field(default_factory=DetectConfig)
    segment: SegmentConfig = Field(default_factory=SegmentConfig)
    translate: TranslateConfig = Field(default_factory=TranslateConfig)
    quotes: QuotesConfig = Field(default_factory=QuotesConfig)
    align: AlignConfig = Field(default_factory=AlignConfig)
    export: ExportConfig = Field(default_factory=ExportConfig)
    executor: ExecutorConfig = Field(default_factory=ExecutorConfig)

    # set by load_config, not by the YAML file
    source: Path | None = Field(default=None, exclude=True)

    def section_hash(self, *names: str) -> str:
        """Hash of the named sections/keys, so a stage re-runs when they change."""
        dumped = self.model_dump(mode="json", exclude={"source"})
        blob = json.dumps({n: dumped.get(n) for n in names}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    @property
    def hash(self) -> str:
        # where the work runs changes no result: the executor is not part of the hash
        dumped = self.model_dump(mode="json", exclude={"source", "corpus", "output", "executor"})
        return hashlib.sha256(json.dumps(dumped, sort_keys=True).encode()).hexdigest()


def load_config(path: str | Path, check_paths: bool = True) -> Config:
    """Read, validate and resolve a config file. Raises ConfigError listing every problem."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    except ValueError as exc:  # a value YAML reads as a date that is none ("2025-13-01")
        raise ConfigError(f"{path}: not valid YAML: a date that does not exist ({exc})") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of keys, not {type(raw).__name__}")
    try:
        cfg = Config.model_validate(raw)
    except ValidationError as exc:
        errors = [_describe(err) for err in exc.errors()]
        raise ConfigError(f"{path}: {len(errors)} config error(s)", errors=errors) from None

    base = path.resolve().parent
    cfg.corpus = (base / cfg.corpus).resolve()
    cfg.output = (base / cfg.output).resolve()
    cfg.source = path.resolve()
    if check_paths:
        problems = []
        if not cfg.corpus.is_dir():
            problems.append(f"corpus: folder {cfg.corpus} does not exist")
        if cfg.output.exists() and not cfg.output.is_dir():
            problems.append(f"output: {cfg.output} exists and is not a folder")
        if cfg.target_language in cfg.source_languages:
            problems.append("target_language: also listed in source_languages")
        if problems:
            raise ConfigError(f"{path}: {len(problems)} config error(s)", errors=problems)
    return cfg


def _describe(err: dict[str, Any]) -> str:
    loc = [str(p) for p in err["loc"]]
    dotted = ".".join(loc)
    if err["type"] == "extra_forbidden":
        hint = _closest_key(err["loc"])
        return f"{dotted}: unknown key" + (f" (did you mean {hint}?)" if hint else "")
    if err["type"] == "missing":
        return f"{dotted}: required key is missing"
    got = err.get("input")
    shown = f" (got {got!r})" if not isinstance(got, (dict, list)) else ""
    return f"{dotted}: {err['msg']}{shown}"


def _closest_key(loc: tuple) -> str | None:
    """Suggest the valid key nearest to the unknown one at the same level."""
    model: Any = Config
    for part in loc[:-1]:
        info = getattr(model, "model_fields", {}).get(part)
        if info is None:
            return None
        model = info.annotation
    valid = [k for k in getattr(model, "model_fields", {}) if k != "source"]
    match = difflib.get_close_matches(str(loc[-1]), valid, n=1, cutoff=0.6)
    if not match:
        return None
    return ".".join([*map(str, loc[:-1]), match[0]])
