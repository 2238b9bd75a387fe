"""The runner: one run under the output folder's lock, from ingest to export,
and its ``run.json``. The document stages (what each document reuses, the
windows it is computed in) are in ``pipeline.document_stages``; the shortcut
for a corpus where nothing changed is in ``pipeline.unchanged``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline import stages, unchanged
from pipeline.config import Config
from pipeline.data import Document
from pipeline.document_stages import DocumentStages, pack_text, stage_keys, stage_salts
from pipeline.errors import ConfigError, FaultError, LockedError, PipelineError, StageError
from pipeline.faults import as_fault, os_fault
from pipeline.outputs import atomic_write, remove_stale_temporaries, write_batch
from pipeline.progress import NullProgress, Progress
from pipeline.state import StateStore

log = logging.getLogger(__name__)



@dataclass
class RunOptions:
    force: bool = False
    only: str | None = None
    until: str | None = None
    dry_run: bool = False
    no_cache: bool = False  # bypass the translation cache (it is still filled)


def state_dir(cfg: Config) -> Path:
    return cfg.output / ".state"


def selected_stages(opts: RunOptions) -> list[str]:
    names = list(stages.STAGE_NAMES)
    for opt, value in (("--only", opts.only), ("--until", opts.until)):
        if value is not None and value not in names:
            raise ConfigError(f"{opt}: unknown stage {value!r}; stages are: {', '.join(names)}")
    if opts.only and opts.until:
        raise ConfigError("--only and --until cannot be used together")
    if opts.only:
        return [opts.only]
    if opts.until:
        return names[: names.index(opts.until) + 1]
    return names


class Runner(DocumentStages):
    def __init__(self, cfg: Config, opts: RunOptions, progress: Progress | None = None):
        self.cfg = cfg
        self.opts = opts
        self.progress = progress or NullProgress()
        self.selected = selected_stages(opts)
        self.classes = {n: stages.load(n) for n in stages.DOCUMENT_STAGES}
        self.report: dict[str, Any] = {}
        self.executor = None  # pipeline.executor: made when a document stage has work
        self._made: dict[str, Any] = {}  # the document stages made in this run (closed at its end)
        # each document's key after the last document stage run, and that stage:
        # what the export loads a full document by
        self._last_keys: dict[str, str] | None = None
        self._last_stage: str | None = None
        # each accepted file's text, packed (``pack_text``), from ingest until
        # its window of the document stages takes it
        self._packed: dict[str, bytes] = {}

    # --- entry point ------------------------------------------------------
    def run(self) -> dict[str, Any]:
        if self.opts.dry_run:
            return self.plan()
        from filelock import FileLock, Timeout

        sdir = state_dir(self.cfg)
        try:
            sdir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_fault(exc, sdir, "creating") from exc
        lock = FileLock(sdir / "run.lock")
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise LockedError(
                f"another run is using {self.cfg.output} (lock {sdir / 'run.lock'})",
                hint="wait for it to finish; the lock is released when that process exits",
            ) from None
        except OSError as exc:
            raise os_fault(exc, sdir / "run.lock", "creating") from exc
        try:
            for tmp in remove_stale_temporaries(self.cfg.output):  # left by a killed run
                log.info("removed %s, left by a run that was killed while writing", tmp)
            store = StateStore(sdir / "state.sqlite")
            try:
                return self._run(store)
            finally:
                store.close()
                self._close_stages()
                if self.executor is not None:
                    self.executor.close()
                    self.executor = None
        finally:
            lock.release()

    def _run(self, store: StateStore) -> dict[str, Any]:
        started = _now()
        run_id = f"{started[:19].replace(':', '').replace('-', '')}-{uuid.uuid4().hex[:6]}"
        self.report = {
            "run_id": run_id, "started": started, "finished": None, "status": "running",
            "config": str(self.cfg.source) if self.cfg.source else None,
            "config_hash": self.cfg.hash, "options": self._options(),
            "versions": _versions(), "stages": {}, "documents": 0,
            "translated_segments": 0, "cached_segments": 0, "rejected": [],
            "new_clusters": [], "new_relays": [], "untranslated": [],
        }
        store.start_run(run_id, started)
        try:
            for name in self._doc_chain():
                self.classes[name].preflight(self.cfg)
            snapshot = unchanged.snapshot(self.cfg, self.opts, self.classes)
            if snapshot is not None and unchanged.reuse(self.cfg, store, snapshot, self.report):
                self.report["status"] = "ok"
                return self.report
            docs = self._ingest()
            docs = self._document_stages(store, docs)
            self.report["rejected"] = [{"path": d.path, "reason": d.reason} for d in docs if not d.ok]
            clusters = None
            if "align" in self.selected or "export" in self.selected:
                clusters = self._align(store, docs)
            if "export" in self.selected:
                self._export(store, docs, clusters)
            self.report["status"] = "ok"
            if snapshot is not None:
                unchanged.remember(store, snapshot, self.report)
        except PipelineError as exc:
            self.report["status"] = "failed"
            self.report["error"] = f"{type(exc).__name__}: {exc}"
            raise
        except Exception as exc:
            self.report["status"] = "failed"
            self.report["error"] = f"{type(exc).__name__}: {exc}"
            fault = as_fault(exc, self.cfg.output)  # disk full, read-only... met outside our wrappers
            if fault is not None:
                raise fault from exc
            raise StageError(f"run failed: {exc}") from exc
        except BaseException:  # Ctrl-C, SIGTERM (pipeline.errors.Interrupted): the next run resumes
            self.report["status"] = "interrupted"
            raise
        finally:
            self.report["finished"] = _now()
            self._finish_report(store)
        return self.report

    # --- stages -------------------------------------------------------------
    def _ingest(self) -> list[Document]:
        t0 = time.perf_counter()
        ingest = stages.load("ingest")(self.cfg)
        paths = ingest.find_files()
        self.progress.start("ingest", len(paths))
        docs = []
        for p in paths:
            d = ingest.read(p)
            if d.ok and d.text:
                # the whole corpus read as text would sit in memory until the
                # last window: kept packed instead, a third of its size or less
                self._packed[d.doc_id] = pack_text(d.text)
                d.text = ""
            docs.append(d)
            self.progress.advance()
        self.progress.finish()
        reasons = Counter(d.reason.split(":")[0] for d in docs if not d.ok)
        removed: Counter = Counter()  # characters taken out of accepted files (control characters)
        for d in docs:
            removed.update(d.stats.get("ingest", {}).get("dropped", {}))
        self.report["documents"] = len(docs)
        self.report["rejected"] = [{"path": d.path, "reason": d.reason} for d in docs if not d.ok]
        self.report["stages"]["ingest"] = {
            "seconds": round(time.perf_counter() - t0, 3), "in": len(docs),
            "out": len(docs) - sum(reasons.values()), "computed": len(docs), "cached": 0,
            "dropped": {**dict(reasons), **dict(removed)},
        }
        if not docs:
            log.warning("no input files under %s matching %s", self.cfg.corpus, self.cfg.ingest.include)
        return docs

    def _align(self, store: StateStore, docs: list[Document]):
        """Cluster the corpus' quotes; reuse the stored result when no quote changed."""
        from pipeline.stages.align import apply_stored, assignment_pieces, store_pieces

        t0 = time.perf_counter()
        aligner = stages.load("align")(self.cfg)
        read = self._reader(store) if any(d.is_light for d in docs) else None
        fingerprint = aligner.fingerprint(docs, self._last_keys)
        forced = self.opts.force or self.opts.only == "align"
        # the stored result is read only when it is used (it is large)
        stored = (store.get_meta("align_result")
                  if not forced and store.get_meta("align_fingerprint") == fingerprint else None)
        if stored:
            clusters, diff, computed = apply_stored(docs, json.loads(stored)), None, 0
            del stored
        else:
            previous = json.loads(store.get_meta("align_assignment") or "{}")
            self.progress.start("align", sum(len(d.quotes) for d in docs))
            clusters, diff = aligner.run(docs, previous, read=read)
            self.progress.advance(sum(len(d.quotes) for d in docs))
            self.progress.finish()
            # written in pieces: neither record is held whole
            store.set_meta_pieces("align_result", lambda: store_pieces(docs, clusters))
            store.set_meta_pieces("align_assignment", lambda: assignment_pieces(docs))
            store.set_meta("align_fingerprint", fingerprint)
            store.commit()
            computed = 1
        if diff:
            self.report["new_clusters"] = diff["new_clusters"]
            self.report["new_relays"] = diff["new_relays"]
        quotes = sum(len(d.quotes) for d in docs)
        self.report["stages"]["align"] = {
            "seconds": round(time.perf_counter() - t0, 3), "in": quotes, "out": len(clusters),
            "computed": computed, "cached": 1 - computed, "dropped": {},
            "clusters": len(clusters),
            "multi_document_clusters": sum(1 for c in clusters if len(c.members) > 1),
        }
        return clusters

    def _export(self, store: StateStore, docs: list[Document], clusters) -> None:
        from pipeline.stages.export import mark_pieces

        t0 = time.perf_counter()
        exporter = stages.load("export")(self.cfg, clusters or [])
        keys = self._last_keys
        fingerprint = exporter.fingerprint(docs, keys if keys is not None else {})
        unchanged = (
            not self.opts.force and self.opts.only != "export"
            and store.get_meta("export_fingerprint") == fingerprint
            and exporter.outputs_exist(docs)
        )
        if not unchanged:
            self.progress.start("export", len(docs))
            previous = json.loads(store.get_meta("export_marks") or "{}") if not self.opts.force else {}

            def load(shell: Document) -> Document:
                return self._full(store, shell)

            with write_batch():  # one disk flush for every file, all replaced together at the end
                marks = exporter.write(docs, load, keys or {}, previous)
            store.set_meta_pieces("export_marks", lambda: mark_pieces(marks))
            self.progress.advance(len(docs))
            self.progress.finish()
            store.set_meta("export_fingerprint", fingerprint)
            store.commit()
        self.report["stages"]["export"] = {
            "seconds": round(time.perf_counter() - t0, 3), "in": len(docs), "out": len(docs),
            "computed": 0 if unchanged else 1, "cached": 1 if unchanged else 0, "dropped": {},
            "files": exporter.files_written(docs),
        }

    def _reader(self, store: StateStore):
        """Light shells -> their full quotes by document id, from the shells
        the document stages stored (``stages.align.Reader``)."""
        def read(shells: list[Document]) -> dict[str, list]:
            keys = self._last_keys or {}
            stored = store.load_shells(keys[d.doc_id] for d in shells if d.doc_id in keys)
            found = {}
            for d in shells:
                got = stored.get(keys.get(d.doc_id, ""))
                if got is None:
                    raise StageError(f"{d.path}: its stored result is gone; run again with --force")
                found[d.doc_id] = got.quotes
            return found
        return read

    def _full(self, store: StateStore, shell: Document) -> Document:
        """The full document a shell stands for, with what alignment decided of
        its quotes (clusters, relations, drift, speaker spellings): a light
        shell's ``QuoteResult``s applied to the stored quotes, or a whole
        shell's quotes themselves."""
        key = (self._last_keys or {}).get(shell.doc_id)
        full = store.load(self._last_stage, key) if key and self._last_stage else None
        if shell.is_light:
            source = full if full is not None else store.load_shells([key]).get(key) if key else None
            if source is None:
                raise StageError(f"{shell.path}: its stored result is gone; run again with --force")
            quotes = _with_results(source.quotes, shell.quotes)
            if full is None:
                full = replace(shell, quotes=quotes)
                full._facts = shell._facts
            full.path, full.quotes = shell.path, quotes
            return full
        if full is None:
            return shell
        full.path, full.quotes = shell.path, shell.quotes
        return full

    # --- reporting ----------------------------------------------------------
    def _finish_report(self, store: StateStore) -> None:
        """Write run.json and the run's row. When the run already failed (the
        disk is full, the folder gone) a failure here is only logged, so the
        first error is the one reported; after a good run it is the error."""
        try:
            self._write_report(store)
        except (PipelineError, OSError, sqlite3.Error) as exc:
            if self.report["status"] == "ok":
                raise
            log.warning("could not record the run's outcome either: %s", exc)

    def _write_report(self, store: StateStore) -> None:
        with atomic_write(self.cfg.output / "run.json") as fh:
            json.dump(self.report, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        summary = {k: self.report[k] for k in ("status", "documents", "config_hash")}
        summary["rejected"] = len(self.report["rejected"])
        store.finish_run(self.report["run_id"], self.report["finished"], self.report["status"], summary)

    def _options(self) -> dict[str, Any]:
        o = self.opts
        return {"force": o.force, "only": o.only, "until": o.until}

    def plan(self) -> dict[str, Any]:
        """--dry-run: what a run would compute and reuse. Writes nothing."""
        ingest = stages.load("ingest")(self.cfg)
        docs = ingest.scan()
        ok = [d for d in docs if d.ok]
        db = state_dir(self.cfg) / "state.sqlite"
        try:
            store = StateStore(db, readonly=True) if db.exists() else None
        except FaultError as exc:  # corrupt or locked: plan as if nothing were stored
            log.warning("%s; planning as if nothing were stored", exc)
            store = None
        plan: dict[str, Any] = {"files": len(docs), "rejected": len(docs) - len(ok), "stages": {}}
        try:
            chain = self._doc_chain()
            forced = self._forced(chain)
            reusable = [True] * len(ok)
            salts = stage_salts(self.cfg, self.classes)
            keys = [stage_keys(d, salts) for d in ok]
            for name in chain:
                present = store.present(name, (k[name] for k in keys)) if store else set()
                for i, k in enumerate(keys):
                    reusable[i] = reusable[i] and name not in forced and k[name] in present
                plan["stages"][name] = {"compute": reusable.count(False), "reuse": reusable.count(True)}
        finally:
            if store:
                store.close()
        return plan


def _with_results(stored: list, results: list) -> list:
    """The stored full quotes, each given what alignment decided of it
    (``results``: the shell's ``QuoteResult``s of the same quotes)."""
    if len(stored) == len(results) and all(q.quote_id == r.quote_id for q, r in zip(stored, results)):
        pairs = zip(stored, results)
    else:
        by_id = {r.quote_id: r for r in results}
        stored = [q for q in stored if q.quote_id in by_id]
        pairs = ((q, by_id[q.quote_id]) for q in stored)
    for q, r in pairs:
        r.apply(q)
    return stored


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _versions() -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    from pipeline import __version__

    found: dict[str, Any] = {"pipeline": __version__}
    for pkg in ("langdetect", "sacremoses", "argostranslate", "ctranslate2"):
        try:
            found[pkg] = version(pkg)
        except PackageNotFoundError:
            found[pkg] = None
    found["engines"] = {}
    return found
