"""quotes: direct quotations with speaker, relaying outlet, offsets and an
English (target-language) rendering.

Extraction and attribution live in ``pipeline/quotes/``; this stage runs them
per document, then translates every quote of the run in one batch through the
translate stage's engines and cache (a quote is often a fragment of a
segment, so it gets its own translation). Target-language quotes are also
translated back into the source language where an engine serves that
direction (``quotes.back_translate``): alignment then compares a French
original with an English quote in French as well as in English.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import TYPE_CHECKING, ClassVar

from pipeline.stages.base import DocumentStage

if TYPE_CHECKING:
    from pipeline.config import Config
    from pipeline.data import Document, Quote


log = logging.getLogger(__name__)


class Quotes(DocumentStage):
    name = "quotes"
    # what each version changed: pipeline/quotes/CHANGES.md (raise it when outputs may change)
    version = "214"
    config_keys = ("quotes", "clean", "translate", "source_languages", "target_language")
    uses_translation_cache: ClassVar[bool] = True
    batch_docs: ClassVar[int] = 100_000  # translate the run's quotes together

    def __init__(self, cfg: Config, use_cache: bool = True, executor=None):
        super().__init__(cfg)
        self.use_cache = use_cache
        self.executor = executor
        self._service = None
        self._back: dict[str, object] = {}

    @classmethod
    def fingerprint(cls, cfg: Config) -> str:
        from pipeline.stages.translate import Translate

        parts = [Translate.fingerprint(cfg) if cfg.quotes.translate else ""]
        if cfg.quotes.back_translate:
            # the engine of the back direction too: installing one later re-runs the stage
            from pipeline.engines.service import TranslationService

            tgt = cfg.target_language
            for src in cfg.source_languages:
                if src != tgt:
                    parts.append(f"{tgt}>{src}:{TranslationService(cfg, target=src).labels(tgt)}")
        return ";".join(parts)

    def _back_service(self, lang: str):
        """A service translating into ``lang`` (same engines and cache), or None
        when no engine serves target -> lang."""
        if lang not in self._back:
            from pipeline.engines.cache import TranslationCache
            from pipeline.engines.service import TranslationService

            path = self.cfg.output / ".state" / "translations.sqlite"
            cache = TranslationCache(path) if self.use_cache else None
            service = TranslationService(self.cfg, cache, target=lang, executor=self.executor)
            if not service.chain(self.cfg.target_language):
                log.info("no engine translates %s->%s: quotes are compared in %s only",
                         self.cfg.target_language, lang, self.cfg.target_language)
                service = None
            self._back[lang] = service
        return self._back[lang]

    def _back_translate(self, quotes: list[Quote]) -> None:
        """Target-language quotes into the first source language, so that the
        align stage can compare them with originals in that language too."""
        from pipeline.align.cognates import STOPWORDS_BY_LANG

        tgt = self.cfg.target_language
        # only into a language whose originals alignment reads word by word (French)
        sources = [s for s in self.cfg.source_languages if s != tgt and s in STOPWORDS_BY_LANG]
        todo = [q for q in quotes if q.lang == tgt and len(q.text) <= self.cfg.translate.max_segment_chars]
        if not sources or not todo:
            return
        service = self._back_service(sources[0])
        if service is None:
            return
        results = service.translate([" ".join(q.text.split()) for q in todo], tgt)
        for q, result in zip(todo, results):
            if result is not None:
                q.back_translation = result.translation.text

    @property
    def service(self):
        if self._service is None:
            from pipeline.engines.cache import TranslationCache
            from pipeline.engines.service import TranslationService

            path = self.cfg.output / ".state" / "translations.sqlite"
            self._service = TranslationService(self.cfg, TranslationCache(path) if self.use_cache else None,
                                               executor=self.executor)
        return self._service

    def close(self) -> None:
        for service in [self._service, *self._back.values()]:
            if service is not None and service.cache is not None:
                service.cache.close()

    def process(self, doc: Document) -> Document:
        return self.process_batch([doc])[0]

    def remote(self, doc: Document) -> Document:
        """Find and attribute the document's quotations."""
        from pipeline.quotes.extract import extract_quotes

        if doc.ok:
            c = self.cfg.clean
            doc.quotes = extract_quotes(doc, self.cfg.quotes, c.outlets, c.relay_cues_before,
                                        c.relay_cues_after, c.relay_window)
            stats = doc.stats[self.name] = {"quotes": len(doc.quotes)}
            stats["with_speaker"] = sum(1 for q in doc.quotes if q.speaker)
        return doc

    def gather(self, docs: list[Document]) -> list[Document]:
        """Translate the batch's quotes together (and back-translate)."""
        if self.cfg.quotes.translate:
            self._translate([(d, q) for d in docs if d.ok for q in d.quotes])
        if self.cfg.quotes.back_translate:
            self._back_translate([q for d in docs if d.ok for q in d.quotes])
        return docs

    def _translate(self, items: list[tuple[Document, Quote]]) -> None:
        tgt = self.cfg.target_language
        sources = set(self.cfg.source_languages)
        todo: dict[str, list[Quote]] = defaultdict(list)
        for d, q in items:
            if q.lang == tgt:
                q.translation, q.engine = q.text, "identity"
            elif q.lang in sources and len(q.text) > self.cfg.translate.max_segment_chars:
                d.count_drop(self.name, "too_long_to_translate")  # see translate.max_segment_chars
            elif q.lang in sources:
                todo[q.lang].append(q)
        for src, quotes in todo.items():
            results = self.service.translate([" ".join(q.text.split()) for q in quotes], src)
            for q, result in zip(quotes, results):
                if result is not None:
                    q.translation, q.engine = result.translation.text, result.translation.label
