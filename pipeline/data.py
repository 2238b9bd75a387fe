"""The records the pipeline carries from stage to stage.

Every offset (``start``/``end``) is a character offset into ``Document.text``,
the file's text exactly as decoded, so ``doc.text[seg.start:seg.end]`` is always
the segment's original wording.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

# Line kinds assigned by the clean stage. Only ``content`` (and the first
# ``headline``, kept as the title) reaches the later stages.
LINE_KINDS = ("content", "headline", "byline", "dateline", "credit", "boilerplate", "blank")


@dataclass
class Line:
    """A classified span of the document (usually a whole line)."""

    start: int
    end: int
    kind: str
    reason: str | None = None  # why a non-content span was set apart, e.g. "repeated_headline"


@dataclass
class Paragraph:
    """A run of content text; the unit of paragraph-level language detection."""

    start: int
    end: int
    lang: str | None = None
    lang_prob: float | None = None  # langdetect's probability, or the cheap in-language test's (pipeline/langid.py); None when inherited


@dataclass
class Segment:
    """A sentence: the unit of translation and of the parallel files."""

    seg_id: int
    start: int
    end: int
    text: str  # document.text[start:end], untouched
    norm: str  # punctuation-normalised text, the MT input
    lang: str | None = None
    para: int = 0  # index into Document.paragraphs
    translation: str | None = None
    engine: str | None = None  # "<engine>-<model>@<version>", or "identity"
    score: float | None = None  # the engine's score, when it has one
    flags: list[str] = field(default_factory=list)  # e.g. "repetition", "quotes_rebuilt"


@dataclass(slots=True)
class Quote:
    """A direct quotation: the words between the marks, never the marks."""

    quote_id: str  # from the document's content hash and the offsets: stable across runs
    doc_id: str
    lang: str | None
    text: str  # document.text[start:end]
    start: int
    end: int
    speaker: str | None = None  # canonical name ("Vladimir Putin"), an organisation, or None
    speaker_note: str | None = None  # how the speaker was found, or why it is None
    via: list[str] = field(default_factory=list)  # relaying outlets, canonical names
    translation: str | None = None  # into the target language (the text itself if already in it)
    engine: str | None = None
    cluster_id: str | None = None
    relation: str | None = None  # to the cluster's longest version: verbatim, partial, paraphrase
    drift: list[str] = field(default_factory=list)  # what differs from it: numbers, negation, names
    context: str | None = None  # the sentence around the quote (original language), for short quotes' meaning
    back_translation: str | None = None  # a target-language quote in the first source language (quotes.back_translate)


@dataclass(slots=True)
class QuoteResult:
    """What a light shell keeps of a quote during a run (``pool.Pool.shell``): the
    fields alignment reads of every quote at once (id, document, language,
    speaker, relays) and the fields it decides (cluster, relation, drift, and
    the speaker as spelled run-wide). The rest of the quote (its words,
    translation, sentence) stays in the state store, and is read back a
    document at a time (``pipeline.runner``)."""

    quote_id: str
    doc_id: str
    lang: str | None
    speaker: str | None = None
    via: list[str] = field(default_factory=list)
    cluster_id: str | None = None
    relation: str | None = None
    drift: list[str] = field(default_factory=list)
    speaker_note: str | None = None  # set only when alignment gives the speaker (``align.records``)

    def apply(self, q: Quote) -> None:
        """Give the full quote ``q`` (the same quote) what alignment decided."""
        q.speaker, q.cluster_id, q.relation, q.drift = self.speaker, self.cluster_id, self.relation, self.drift
        if self.speaker_note is not None:
            q.speaker_note = self.speaker_note


@dataclass(slots=True)
class Cluster:
    """Quotes from different documents reporting the same utterance."""

    cluster_id: str
    members: list[str]  # quote ids
    speaker: str | None
    outlets: list[str]
    languages: list[str]
    first_seen: str | None  # earliest publication date among members' documents
    variants: list[str]  # distinct wordings (target language)
    longest: str | None = None  # quote id of the longest version
    scores: dict[str, float] = field(default_factory=dict)  # "qid|qid" -> similarity


@dataclass
class Document:
    """One input file and everything the stages learned about it."""

    doc_id: str
    path: str  # relative to the corpus folder, POSIX separators
    sha256: str
    status: str = "ok"  # "ok" or "rejected"
    reason: str | None = None  # rejection reason, e.g. "empty", "binary"
    encoding: str | None = None
    size: int = 0
    text: str = ""
    lang: str | None = None
    lang_prob: float | None = None
    title: str | None = None
    date: str | None = None  # ISO 8601 date
    publisher: str | None = None
    relayed_outlets: list[str] = field(default_factory=list)
    # outlets credited for the article as a whole (byline, wire dateline, source
    # credit): the fallback relaying outlet of a quote with no cue of its own
    source_outlets: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # per stage: {"dropped": {reason: n}, other counters}; summed into run.json
    stats: dict[str, dict[str, Any]] = field(default_factory=dict)
    # a shell's facts (``shell()``); a plain attribute, not a field, set on
    # shells only (an attribute, not a key put in ``__dict__`` by hand, so a
    # shell keeps the compact attribute storage of its class)
    _facts = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def reject(self, reason: str) -> None:
        self.status = "rejected"
        self.reason = reason
        self.text = ""

    def count_drop(self, stage: str, reason: str, n: int = 1) -> None:
        dropped = self.stats.setdefault(stage, {}).setdefault("dropped", {})
        dropped[reason] = dropped.get(reason, 0) + n

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str | bytes) -> Document:
        return cls.from_dict(json.loads(raw))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        data["lines"] = [Line(**x) for x in data.get("lines", [])]
        data["paragraphs"] = [Paragraph(**x) for x in data.get("paragraphs", [])]
        data["segments"] = [Segment(**x) for x in data.get("segments", [])]
        data["quotes"] = [Quote(**x) for x in data.get("quotes", [])]
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def summary(self) -> dict[str, Any]:
        """The ``documents.jsonl`` record (SPEC's fields, no text)."""
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "sha256": self.sha256,
            "status": self.status,
            "reason": self.reason,
            "lang": self.lang,
            "title": self.title,
            "date": self.date,
            "publisher": self.publisher,
            "relayed_outlets": list(self.relayed_outlets),
            "source_outlets": list(self.source_outlets),
            "encoding": self.encoding,
            "segments": self.facts()["segments"],
            "quotes": len(self.quotes),
        }

    def facts(self) -> dict[str, Any]:
        """What the run report, the export and the review site need to know of
        the segments: counts, engines, flags and the untranslated ones. A shell
        (``shell()``) keeps these without the segments."""
        kept = self._facts
        if kept is not None:
            return kept
        flags: dict[str, int] = {}
        by_engine: dict[str, int] = {}
        for s in self.segments:
            for f in s.flags:
                flags[f] = flags.get(f, 0) + 1
            if s.engine and s.engine != "identity":
                by_engine[s.engine] = by_engine.get(s.engine, 0) + 1
        return {
            "segments": len(self.segments),
            "engines": sorted({s.engine for s in self.segments if s.engine}),
            "machine": sum(by_engine.values()),
            "by_engine": by_engine,
            "identity": sum(1 for s in self.segments if s.engine == "identity"),
            "flags": flags,
            "untranslated": [{"seg_id": s.seg_id, "lang": s.lang,
                              **({"reason": "too_long"} if "too_long" in s.flags else {})}
                             for s in self.segments if s.translation is None],
        }

    def shell(self) -> Document:
        """A light copy for corpus-wide steps (alignment, reports, page
        indexes): metadata, quotes and stats, without the text, lines,
        paragraphs and segments, whose facts it keeps (``facts()``). The
        runner holds shells of every document and full documents only a
        window at a time."""
        facts = self.facts()
        light = Document(**{f.name: getattr(self, f.name) for f in fields(self)
                            if f.name not in ("text", "lines", "paragraphs", "segments")})
        light._facts = facts
        return light

    @property
    def is_light(self) -> bool:
        """Whether the quotes are ``QuoteResult``s (a light shell: ``pool.Pool.shell``)."""
        return bool(self.quotes) and isinstance(self.quotes[0], QuoteResult)

    @property
    def is_shell(self) -> bool:
        return self._facts is not None

    def shell_json(self) -> str:
        """A shell (its facts included) as JSON, for the state store."""
        return json.dumps({"doc": asdict(self), "facts": self.facts()}, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_shell_json(cls, raw: str | bytes) -> Document:
        data = json.loads(raw)
        doc = cls.from_dict(data["doc"])
        doc._facts = data["facts"]
        return doc


def stage_totals(docs: Iterable[Document], stage: str) -> tuple[Counter, Counter]:
    """(counters, dropped by reason) that ``stage`` recorded in the documents'
    stats, summed: what run.json and the review site's run page report."""
    counters: Counter = Counter()
    dropped: Counter = Counter()
    for d in docs:
        for key, value in d.stats.get(stage, {}).items():
            if key == "dropped":
                dropped.update(value)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                counters[key] += value
    return counters, dropped
