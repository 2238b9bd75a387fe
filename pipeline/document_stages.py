"""The document stages of a run (clean, detect, segment, translate, quotes):
which stored results each document can reuse, and the rest computed a window
of documents at a time, through the executor, then kept as shells.

Re-running is decided by content hash, never by whether a file exists: each
document's result after each stage is stored under a key derived from the
file's sha256, its id, the stage's version and config, and the previous
stage's key. Keys can be computed before anything runs, so an unchanged
document loads one stored shell and does no work.
"""

from __future__ import annotations

import hashlib
import logging
import time
import zlib
from collections import Counter
from typing import TYPE_CHECKING, Any

from pipeline import stages
from pipeline.data import Document, stage_totals
from pipeline.errors import PipelineError, StageError
from pipeline.pool import Pool
from pipeline.state import StateStore

if TYPE_CHECKING:
    from pipeline.config import Config

log = logging.getLogger("pipeline.runner")
_stage_log = logging.getLogger("pipeline.progress")  # "<stage>: N item(s) to process" under cron


def stage_salts(cfg: Config, stage_classes: dict[str, type]) -> dict[str, str]:
    """Per stage: its version, its config sections and anything else that
    changes its output (installed models), computed once per run."""
    return {
        name: f"{name}@{cls.version}|{cfg.section_hash(*cls.config_keys)}|{cls.fingerprint(cfg)}"
        for name, cls in stage_classes.items()
    }


def stage_keys(doc: Document, salts: dict[str, str]) -> dict[str, str]:
    """The cache key of ``doc`` after each document stage, chained in run order."""
    # the ingest version: the same bytes may decode to another text (control characters)
    keys, prev = {}, f"{doc.doc_id}:{doc.sha256}|ingest@{stages.load('ingest').version}"
    for name in stages.DOCUMENT_STAGES:
        prev = keys[name] = hashlib.sha256(f"{prev}|{salts[name]}".encode()).hexdigest()
    return keys


def pack_text(text: str) -> bytes:
    """A document's text as deflated UTF-8 (lone surrogates kept), to hold
    until a window needs it; ``unpack_text`` gives it back."""
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def unpack_text(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8", "surrogatepass")


class DocumentStages:
    """The document-stage half of the Runner (``pipeline.runner``), which sets
    ``cfg``, ``opts``, ``classes``, ``report``, ``progress``, ``executor``,
    ``_made``, ``_last_keys``, ``_last_stage`` and ``_packed`` (the texts of
    documents read without keeping their text: ``pack_text``)."""

    def _doc_chain(self) -> list[str]:
        """The document stages this run needs, in order (upstream of the last selected)."""
        order = list(stages.DOCUMENT_STAGES)
        wanted = [s for s in order if s in self.selected]
        if not wanted:
            # --only export: every document stage, taken from the store when possible
            return [] if self.selected == ["ingest"] else order
        return order[: order.index(wanted[-1]) + 1]

    def _forced(self, chain: list[str]) -> set[str]:
        """Stages recomputed whatever is stored: all selected ones with --force,
        the one given to --only, and the translating stages with --no-cache."""
        forced = {s for s in chain if s in self.selected} if self.opts.force else set()
        if self.opts.only:
            forced.add(self.opts.only)
        if self.opts.no_cache:
            forced |= {s for s in chain if getattr(self.classes[s], "uses_translation_cache", False)}
        return forced

    # Documents held in full at once while the document stages run: a window is
    # taken through every stage, stored, and reduced to shells before the next
    # one, so memory does not grow with the corpus. It is also the translation
    # batch: enough segments for the engines to batch well.
    WINDOW_DOCS = 256
    # shells keep each quote's ``data.QuoteResult`` only; the rest is read back
    # from the shells stored under the last stage's keys when it is needed
    LIGHT_SHELLS = True

    def _document_stages(self, store: StateStore, docs: list[Document]) -> list[Document]:
        """Run the document stages; returns a shell (``Document.shell``) per
        input document, in input order: ``docs`` itself, each document
        replaced by its shell as soon as it has one (so what ingest read of a
        file is let go of window by window, not held beside every shell).
        Full documents are loaded or computed a window at a time; unchanged
        ones come back as stored shells."""
        chain = self._doc_chain()
        if not chain:
            self._packed.clear()  # no stage reads the texts
            return [d.shell() for d in docs]
        forced = self._forced(chain)
        salts = stage_salts(self.cfg, self.classes)
        keys = {d.doc_id: stage_keys(d, salts) for d in docs if d.ok}
        present = {s: store.present(s, (k[s] for k in keys.values())) for s in chain}
        last = chain[-1]
        self._last_keys = {i: k[last] for i, k in keys.items()}  # what export loads
        self._last_stage = last

        # For each document, the furthest stage whose stored result can be reused.
        start_at: dict[str, int] = {}
        for d in docs:
            if d.ok:
                k, begin = keys[d.doc_id], 0
                for i, s in enumerate(chain):
                    if s in forced or k[s] not in present[s]:
                        break
                    begin = i + 1
                start_at[d.doc_id] = begin

        place = {d.doc_id: i for i, d in enumerate(docs)}
        # every shell is stored with its full quotes under its last key: the shells
        # the run holds keep only what alignment decides of each (``QuoteResult``)
        light = self.LIGHT_SHELLS
        share = Pool()  # the shells keep one copy of each repeated string (relays), stats and facts
        work: list[Document] = []
        stored = store.load_shells(keys[d.doc_id][last] for d in docs
                                   if d.ok and start_at[d.doc_id] == len(chain))
        for i, d in enumerate(docs):
            if not d.ok:
                docs[i] = share.shell(d.shell(), light)
            elif start_at[d.doc_id] == len(chain):
                shell = stored.pop(keys[d.doc_id][last], None)
                if shell is None:  # a store from before shells were kept
                    full = store.load(last, keys[d.doc_id][last])
                    shell = full.shell() if full is not None else None
                    if shell is not None:
                        store.save_shell(keys[d.doc_id][last], shell)
                if shell is None:
                    start_at[d.doc_id] = 0
                    work.append(d)
                else:
                    shell.path = d.path  # the file may have moved; content is the same
                    docs[i] = share.shell(shell, light)
                    del keys[d.doc_id]  # (computed again for pruning)
                    self._packed.pop(d.doc_id, None)
            else:
                work.append(d)

        del stored
        seconds: Counter = Counter()
        computed: Counter = Counter()
        made: dict[str, Any] = self._made
        fresh = {d.doc_id for d in work}
        work.reverse()  # taken from the end, a window at a time: the list lets go of them as it goes
        self.progress.start("documents", len(work))  # a window at a time through every stage
        while work:
            window = [work.pop() for _ in range(min(self.WINDOW_DOCS, len(work)))]
            live: dict[str, Document] = {}
            for d in window:
                begin = start_at[d.doc_id]
                cached = store.load(chain[begin - 1], keys[d.doc_id][chain[begin - 1]]) if begin else None
                if begin and cached is None:
                    start_at[d.doc_id] = 0
                if cached is not None:
                    cached.path = d.path
                packed = self._packed.pop(d.doc_id, None)
                if cached is None and packed is not None:
                    d.text = unpack_text(packed)
                live[d.doc_id] = cached or d
            for i, name in enumerate(chain):
                todo = [live[d.doc_id] for d in window if start_at[d.doc_id] <= i]
                if not todo:
                    continue
                t0 = time.perf_counter()
                if name not in made:
                    made[name] = self._make(name)
                    _stage_log.info("%s: %d item(s) to process", name,
                                    sum(1 for x in (*window, *work) if start_at[x.doc_id] <= i))
                stage = made[name]
                step = min(self.classes[name].batch_docs, self.WINDOW_DOCS)
                for j in range(0, len(todo), step):
                    batch = todo[j : j + step]
                    done = self._process(stage, batch)
                    failed = [x for x in done if not x.ok and (x.reason or "").startswith(f"{name}_failed")]
                    if len(batch) > 1 and len(failed) == len(batch):
                        raise StageError(f"{name} failed on every document of a batch: {failed[0].reason}")
                    for doc in done:
                        live[doc.doc_id] = doc
                        if doc not in failed:  # a failure is retried by the next run, not remembered
                            store.save(name, keys[doc.doc_id][name], doc)
                            if name == last:
                                store.save_shell(keys[doc.doc_id][name], doc.shell())
                    store.commit()
                seconds[name] += time.perf_counter() - t0
                computed[name] += len(todo)
            for d in window:
                full = live.pop(d.doc_id)
                docs[place[d.doc_id]] = share.shell(full.shell(), light)
                del keys[d.doc_id]  # (computed again for pruning)
                for gone in (d, full):  # the window's full documents go; only their shells stay
                    gone.text, gone.lines, gone.paragraphs, gone.segments = "", [], [], []
            self.progress.advance(len(window))
        self.progress.finish()
        self._packed.clear()

        translator = made.get("translate")
        self._close_stages()
        del place, share
        out = docs
        kept = [x for x in out if x.doc_id in start_at]
        for name in chain:
            self.report["stages"][name] = self._stage_summary(
                name, kept, computed[name], time.perf_counter() - seconds[name])
        if "translate" in chain:
            self._count_translations(translator, kept, fresh)
        if not self.opts.only and not self.opts.until:
            # every document ingest accepted: its keys, computed again from its shell
            keys = {x.doc_id: stage_keys(x, salts) for x in kept}
            for name in chain:
                store.prune(name, {k[name] for k in keys.values()})
            store.prune(StateStore.SHELL, {k[last] for k in keys.values()})
            store.commit()
        return out

    def _make(self, name: str):
        from pipeline.executor import make_executor

        if self.executor is None:
            self.executor = make_executor(self.cfg)
            self.report["executor"] = self.executor.describe()
        cls = self.classes[name]
        if getattr(cls, "uses_translation_cache", False):
            return cls(self.cfg, use_cache=not self.opts.no_cache, executor=self.executor)
        stage = cls(self.cfg)
        stage.executor = self.executor
        return stage

    def _count_translations(self, stage, docs: list[Document], computed: set[str]) -> None:
        """translated_segments: sent to an engine in this run; cached_segments:
        answered from the translation cache or from stored stage results."""
        counters = stage.run_counters() if stage is not None else {}
        reused = sum(d.facts()["machine"] for d in docs if d.doc_id not in computed)
        self.report["translated_segments"] = counters.get("translated_segments", 0)
        self.report["cached_segments"] = counters.get("cached_segments", 0) + reused
        labels = sorted({e for d in docs for e in d.facts()["engines"] if e != "identity"})
        self.report["versions"]["engines"] = labels
        # segments no engine could translate (translate.on_missing: skip, or a foreign language)
        self.report["untranslated"] = [
            {"doc_id": d.doc_id, **u} for d in docs for u in d.facts()["untranslated"]
        ]

    def _process(self, stage, batch: list[Document]) -> list[Document]:
        """Run a batch; if it fails, run its documents one by one so a single bad
        document is rejected with the error and the others go on. Engine and
        config problems are not the document's fault: they stop the run.
        With a remote executor the per-document part runs on its workers."""
        if self.executor is not None and self.executor.kind != "local" and stage.remote_work:
            return self._process_remote(stage, batch)
        return self._guarded(stage, stage.process_batch, batch)

    def _guarded(self, stage, work, batch: list[Document]) -> list[Document]:
        try:
            return work(batch)
        except PipelineError:
            raise
        except Exception:
            log.debug("batch failed in %s; retrying one by one", stage.name, exc_info=True)
        out = []
        for doc in batch:
            try:
                out.extend(work([doc]))
            except PipelineError:
                raise
            except Exception as exc:  # noqa: BLE001 - recorded as the document's rejection
                self._reject(stage, doc, f"{type(exc).__name__}: {exc}")
                out.append(doc)
        return out

    @staticmethod
    def _reject(stage, doc: Document, error: str) -> None:
        log.error("%s failed on %s: %s", stage.name, doc.path, error)
        doc.reject(f"{stage.name}_failed: {error}")
        doc.count_drop(stage.name, f"{stage.name}_failed")

    def _process_remote(self, stage, batch: list[Document]) -> list[Document]:
        from pipeline.executor import Failure

        results = self.executor.map_documents(stage.name, self.cfg, batch)
        out: list[Document] = []
        for doc, result in zip(batch, results, strict=True):
            if isinstance(result, Failure):
                self._reject(stage, doc, result.error)
                out.append(doc)
            else:
                result.path = doc.path
                out.append(result)
        live = [i for i, d in enumerate(out) if d.ok]
        for i, doc in zip(live, self._guarded(stage, stage.gather, [out[i] for i in live])):
            out[i] = doc
        return out

    def _stage_summary(self, name: str, docs: list[Document], computed: int, t0: float) -> dict:
        counters, dropped = stage_totals(docs, name)
        return {
            **dict(counters),  # first, so a stage's own counter cannot hide these
            "seconds": round(time.perf_counter() - t0, 3),
            "in": len(docs),
            "out": sum(1 for d in docs if d.ok),
            "computed": computed,
            "cached": len(docs) - computed,
            "dropped": dict(dropped),
        }

    def _close_stages(self) -> None:
        for stage in self._made.values():
            try:
                stage.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                log.debug("closing %s failed", stage.name, exc_info=True)
        self._made.clear()
