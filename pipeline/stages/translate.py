"""translate: every segment in a source language goes through the engine chain,
all documents of the run together so the engines see large batches.

Segments already in the target language are never sent to an engine (they are
their own translation, engine ``identity``); segments in a language that is
neither a source nor the target stay untranslated and are counted.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import TYPE_CHECKING, ClassVar

from pipeline.stages.base import DocumentStage

if TYPE_CHECKING:
    from pipeline.config import Config
    from pipeline.data import Document, Segment
    from pipeline.engines.service import TranslationService

log = logging.getLogger(__name__)


class Translate(DocumentStage):
    name = "translate"
    version = "1"
    config_keys = ("translate", "source_languages", "target_language")
    uses_translation_cache: ClassVar[bool] = True
    batch_docs: ClassVar[int] = 100_000  # all documents at once: batching is across the run
    remote_work: ClassVar[bool] = False  # only fresh engine chunks leave the process

    def __init__(self, cfg: Config, use_cache: bool = True, executor=None):
        super().__init__(cfg)
        from pipeline.engines.cache import TranslationCache
        from pipeline.engines.service import TranslationService

        cache = TranslationCache(cfg.output / ".state" / "translations.sqlite") if use_cache else None
        self.executor = executor
        self.service: TranslationService = TranslationService(cfg, cache, executor=executor)  # pairs checked in preflight

    @classmethod
    def preflight(cls, cfg: Config) -> None:
        from pipeline.engines.service import TranslationService

        TranslationService(cfg).check(cfg.source_languages)

    @classmethod
    def fingerprint(cls, cfg: Config) -> str:
        """Installed engines and models: a new model version re-runs this stage."""
        from pipeline.engines.service import TranslationService

        service = TranslationService(cfg)
        return ";".join(f"{src}:{service.labels(src)}" for src in cfg.source_languages)

    def process(self, doc: Document) -> Document:
        return self.process_batch([doc])[0]

    def remote(self, doc: Document) -> Document:
        return doc

    def gather(self, docs: list[Document]) -> list[Document]:
        tgt = self.cfg.target_language
        sources = set(self.cfg.source_languages)
        todo: dict[str, list[tuple[Document, Segment]]] = defaultdict(list)
        for doc in docs:
            if not doc.ok:
                continue
            doc.stats[self.name] = {"segments_translated": 0, "segments_from_cache": 0, "identity": 0}
            for seg in doc.segments:
                lang = seg.lang or doc.lang
                if lang == tgt:
                    seg.translation, seg.engine, seg.score = seg.text, "identity", None
                    doc.stats[self.name]["identity"] += 1
                elif lang in sources and len(seg.norm) > self.cfg.translate.max_segment_chars:
                    seg.translation = seg.engine = None  # refused: see translate.max_segment_chars
                    seg.flags = [*seg.flags, "too_long"]
                    doc.count_drop(self.name, "too_long")
                elif lang in sources:
                    todo[lang].append((doc, seg))
                else:
                    seg.translation = seg.engine = None
                    doc.count_drop(self.name, f"untranslated_{lang or 'unknown'}")
        for src, items in todo.items():
            results = self.service.translate([seg.norm for _, seg in items], src)
            for (doc, seg), result in zip(items, results):
                if result is None:
                    seg.translation = seg.engine = None
                    doc.count_drop(self.name, f"no_engine_{src}")
                    continue
                t = result.translation
                seg.translation, seg.score, seg.flags = t.text, t.score, list(result.flags)
                seg.engine = t.label
                doc.stats[self.name]["segments_from_cache" if result.cached else "segments_translated"] += 1
                for flag in result.flags:
                    doc.stats[self.name][f"flag_{flag}"] = doc.stats[self.name].get(f"flag_{flag}", 0) + 1
        return docs

    def close(self) -> None:
        if self.service.cache is not None:
            self.service.cache.close()

    def run_counters(self) -> dict[str, int]:
        return {"translated_segments": self.service.translated, "cached_segments": self.service.reused}
