"""The translation service the translate stage calls: the configured fallback
chain of engines, the cache, and the engine-independent post-editing
(glossary, quotation marks, repetition)."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field

from pipeline import engines
from pipeline.config import Config
from pipeline.engines.base import Engine, Translation
from pipeline.engines.cache import TranslationCache, cache_key
from pipeline.engines.postedit import (
    Glossary, count_quotes, english_quotes, join_parts, quote_parts, repeated_ngram,
)
from pipeline.errors import EngineError

log = logging.getLogger(__name__)

# bump when glossary, quote or repetition handling changes what a cached translation would be
POSTEDIT_VERSION = "1"


@dataclass
class Result:
    translation: Translation
    flags: list[str] = field(default_factory=list)
    cached: bool = False


class TranslationService:
    def __init__(self, cfg: Config, cache: TranslationCache | None = None, target: str | None = None,
                 executor=None):
        """``target``: the language to translate into (default: the config's
        target language; a source language for back-translation).
        ``executor``: where fresh chunks are translated (``pipeline.executor``;
        None: here). Cache lookups and writes always stay in this process."""
        self.cfg = cfg
        self.executor = executor
        self.tcfg = cfg.translate
        self.tgt = target or cfg.target_language
        self.cache = cache
        self.engines: dict[str, Engine] = {
            name: engines.load(name)(getattr(self.tcfg, name)) for name in self.tcfg.engines
        }
        self.translated = 0  # texts sent to an engine in this run
        self.reused = 0  # texts answered from the cache

    # --- which engine serves a pair ----------------------------------------
    def chain(self, src: str) -> list[Engine]:
        return [e for e in self.engines.values() if e.supports(src, self.tgt)]

    def missing_message(self, src: str) -> str:
        lines = [f"no translation engine can translate {src}->{self.tgt}; install one of:"]
        for name, engine in self.engines.items():
            lines.append(f"  {name}: {engine.install_hint(src, self.tgt)}")
        return "\n".join(lines)

    def check(self, sources: list[str]) -> None:
        """Raise EngineError naming the install commands for an unserved pair."""
        for src in sources:
            if not self.chain(src) and self.tcfg.on_missing == "error":
                raise EngineError(self.missing_message(src),
                                  hint="or set translate.on_missing: skip to leave such segments untranslated")

    def labels(self, src: str) -> str:
        chain = self.chain(src)
        if not chain:
            return "none"
        engine = chain[0]
        model, version = engine.model_id(src, self.tgt)
        return f"{engine.name}-{model}@{version}"

    # --- translation --------------------------------------------------------
    def translate(self, texts: list[str], src: str) -> list[Result | None]:
        """Results aligned with ``texts``; None where no engine serves the pair."""
        chain = self.chain(src)
        if not chain:
            return [None] * len(texts)
        results: dict[str, Result] = {}
        pending = list(dict.fromkeys(texts))
        for position, engine in enumerate(chain):
            try:
                self._with_engine(engine, pending, src, results)
                break
            except EngineError as exc:
                if position == len(chain) - 1:
                    raise
                log.warning("%s failed (%s); falling back to %s", engine.name, exc, chain[position + 1].name)
                pending = [t for t in pending if t not in results]
        return [results.get(t) for t in texts]

    def _key(self, engine: Engine, src: str, text: str) -> str:
        model, version = engine.model_id(src, self.tgt)
        names = self.tcfg.glossary.get(f"{src}-{self.tgt}", {})
        options = f"{engine.options_key()}|post={POSTEDIT_VERSION}|rep={self.tcfg.max_repeats}|gl=" + hashlib.sha1(
            json.dumps(names, sort_keys=True).encode()).hexdigest()[:12]
        return cache_key(engine.name, model, version, options, src, self.tgt, text)

    def _with_engine(self, engine: Engine, texts: list[str], src: str, results: dict[str, Result]) -> None:
        keys = {t: self._key(engine, src, t) for t in texts}
        if self.cache is not None:
            hits = self.cache.get_many(list(keys.values()))
            for t in texts:
                if keys[t] in hits:
                    translation, flags = hits[keys[t]]
                    results[t] = Result(translation, flags, cached=True)
                    self.reused += 1
        todo = [t for t in texts if t not in results]
        step = self.tcfg.chunk_segments
        chunks = [todo[i : i + step] for i in range(0, len(todo), step)]
        if self.executor is not None and self.executor.kind != "local":
            answers = self._remote(engine, chunks, src)
        else:
            answers = (self.fresh(engine, chunk, src) for chunk in chunks)
        for chunk, done in zip(chunks, answers):
            for text, result in zip(chunk, done):
                results[text] = result
            self.translated += len(chunk)
            if self.cache is not None:
                self.cache.put_many([(keys[t], src, self.tgt, t, r.translation, r.flags)
                                     for t, r in zip(chunk, done)])

    def _remote(self, engine: Engine, chunks: list[list[str]], src: str):
        try:
            yield from self.executor.translate(self.cfg, self.tgt, engine.name, src, chunks)
        except (EngineError, KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - a worker's engine crash is an engine failure
            raise EngineError(f"{engine.name} failed on a worker: {type(exc).__name__}: {exc}") from exc

    def fresh(self, engine: Engine, texts: list[str], src: str) -> list[Result]:
        """Translate ``texts`` with ``engine`` now (post-edited, no cache)."""
        try:
            return self._post_edited(engine, texts, src)
        except EngineError:
            raise
        except Exception as exc:  # noqa: BLE001 - a crashed engine is an engine failure, not bad input
            raise EngineError(f"{engine.name} failed: {type(exc).__name__}: {exc}") from exc

    def _post_edited(self, engine: Engine, texts: list[str], src: str) -> list[Result]:
        glossary = Glossary(self.tcfg.glossary.get(f"{src}-{self.tgt}", {}))
        protected = [glossary.protect(t, engine.placeholders) for t in texts]
        prepared = [p for p, _ in protected]
        outs = engine.translate(prepared, src, self.tgt)
        flags: list[list[str]] = [[] for _ in texts]
        self._fix_repetitions(engine, prepared, outs, flags, src)
        self._fix_quotes(engine, prepared, outs, flags, src)
        final = []
        for out, f, (_, names) in zip(outs, flags, protected):
            out.text = glossary.restore(english_quotes(out.text), names).strip()
            final.append(Result(out, f))
        return final

    def _fix_quotes(self, engine, sources, outs, flags, src) -> None:
        """Where a translation lost or gained quotation marks, translate the
        quoted spans and the text around them separately and join them back."""
        broken = [i for i, (s, o) in enumerate(zip(sources, outs))
                  if count_quotes(s) != count_quotes(english_quotes(o.text))]
        if not broken:
            return
        parts = {i: quote_parts(sources[i]) for i in broken}
        flat = [p.strip() for i in broken for p, _ in parts[i]]
        pieces = engine.translate(flat, src, self.tgt) if flat else []
        k = 0
        for i in broken:
            rebuilt = []
            for _, quoted in parts[i]:
                rebuilt.append((english_quotes(pieces[k].text), quoted))
                k += 1
            outs[i].text = join_parts(rebuilt)
            flags[i].append("quotes_rebuilt")

    def _fix_repetitions(self, engine, sources, outs, flags, src) -> None:
        """Re-decode hallucinated repetitions where the engine can; flag the rest."""
        limit = self.tcfg.max_repeats
        bad = [i for i, o in enumerate(outs) if repeated_ngram(o.text, limit)]
        if not bad:
            return
        redo = engine.redecode([sources[i] for i in bad], src, self.tgt)
        for j, i in enumerate(bad):
            if redo is not None and not repeated_ngram(redo[j].text, limit):
                outs[i] = redo[j]
                flags[i].append("redecoded")
            else:
                flags[i].append("repetition")
