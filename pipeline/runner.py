"""The runner: wires the stages together, decides what needs re-running, and
writes ``run.json``.

Re-running is decided by content hash, never by whether a file exists: each
document's result after each stage is stored under a key derived from the
file's sha256, its id, the stage's version and config, and the previous
stage's key. Keys can be computed before anything runs, so an unchanged corpus
loads one stored result per document and does no work.
"""

from __future__ import annotations

import hashlib
import json
import os
import logging
import sqlite3
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline import stages
from pipeline.config import Config
from pipeline.data import Document, stage_totals
from pipeline.errors import ConfigError, FaultError, LockedError, PipelineError, StageError
from pipeline.faults import as_fault, os_fault
from pipeline.outputs import atomic_write, remove_stale_temporaries, write_batch
from pipeline.progress import NullProgress, Progress
from pipeline.state import StateStore

log = logging.getLogger(__name__)
_stage_log = logging.getLogger("pipeline.progress")  # "<stage>: N item(s) to process" under cron



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


class Runner:
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
            snapshot = self._snapshot()
            if snapshot is not None and self._unchanged(store, snapshot):
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
                self._remember(store, snapshot)
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

    # --- an unchanged corpus ----------------------------------------------
    def _snapshot(self) -> str | None:
        """What a plain run's outputs depend on, read without opening a file:
        the config, every stage's version, engines and models, and each input
        path with its size, modification time and inode (as make and git do).
        None for runs that must not take the shortcut (--force, --only,
        --until, --no-cache)."""
        o = self.opts
        if o.force or o.only or o.until or o.no_cache:
            return None
        from pipeline import __version__

        h = hashlib.sha256(f"{__version__}|{self.cfg.hash}|{self.cfg.corpus}|{self.cfg.output}".encode())
        h.update(json.dumps(stage_salts(self.cfg, self.classes), sort_keys=True).encode())
        from pipeline import lexicon, review

        for cls in (stages.load("align"), stages.load("export")):
            h.update(f"|{cls.name}@{cls.version}".encode())
        # what alignment and the review site read besides the documents
        h.update(f"|lexicon:{lexicon.fingerprint()}|review@{review.VERSION}\n".encode())
        for path in stages.load("ingest")(self.cfg).find_files():
            try:
                st = os.lstat(path)
                h.update(f"{path}|{st.st_mode}|{st.st_size}|{st.st_mtime_ns}|{st.st_ino}\n".encode(
                    "utf-8", "surrogateescape"))
            except OSError:
                h.update(f"{path}|gone\n".encode("utf-8", "surrogateescape"))
        return h.hexdigest()

    def _unchanged(self, store: StateStore, snapshot: str) -> bool:
        """Nothing changed since the last complete run and its outputs are all
        there: take its report (every stage cached) and do no work."""
        if store.get_meta("run_snapshot") != snapshot:
            return False
        last = json.loads(store.get_meta("run_snapshot_report") or "null")
        if not last:
            return False
        files = last.get("stages", {}).get("export", {}).get("files", [])
        listed: dict[str, set[str]] = {}
        for rel in files:
            folder, _, name = str(self.cfg.output / rel).rpartition(os.sep)
            if folder not in listed:
                try:
                    with os.scandir(folder) as it:
                        listed[folder] = {e.name for e in it}
                except OSError:
                    listed[folder] = set()
            if name not in listed[folder]:
                return False
        for key in ("documents", "rejected", "untranslated", "versions", "executor"):
            if key in last:
                self.report[key] = last[key]
        self.report["stages"] = {
            name: {**summary, "seconds": 0.0, "computed": 0,
                   "cached": summary.get("in", 0) if name not in ("align", "export") else 1}
            for name, summary in last.get("stages", {}).items()
        }
        self.report["translated_segments"] = 0
        self.report["cached_segments"] = last.get("translated_segments", 0) + last.get("cached_segments", 0)
        self.report["unchanged"] = True  # no input, config, engine or output changed since the last run
        log.info("nothing changed since run %s: outputs are current", last.get("run_id"))
        return True

    def _remember(self, store: StateStore, snapshot: str) -> None:
        store.set_meta("run_snapshot", snapshot)
        store.set_meta("run_snapshot_report", json.dumps(self.report, ensure_ascii=False))
        store.commit()

    # --- stages -------------------------------------------------------------
    def _ingest(self) -> list[Document]:
        t0 = time.perf_counter()
        ingest = stages.load("ingest")(self.cfg)
        paths = ingest.find_files()
        self.progress.start("ingest", len(paths))
        docs = []
        for p in paths:
            docs.append(ingest.read(p))
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

    def _document_stages(self, store: StateStore, docs: list[Document]) -> list[Document]:
        """Run the document stages; returns a shell (``Document.shell``) per
        input document, in input order. Full documents are loaded or computed
        a window at a time; unchanged ones come back as stored shells."""
        chain = self._doc_chain()
        if not chain:
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

        shells: dict[str, Document] = {}
        work: list[Document] = []
        stored = store.load_shells(keys[d.doc_id][last] for d in docs
                                   if d.ok and start_at[d.doc_id] == len(chain))
        for d in docs:
            if not d.ok:
                shells[d.doc_id] = d.shell()
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
                    shells[d.doc_id] = shell
                    d.text = ""
            else:
                work.append(d)

        seconds: Counter = Counter()
        computed: Counter = Counter()
        made: dict[str, Any] = self._made
        self.progress.start("documents", len(work))  # a window at a time through every stage
        for w in range(0, len(work), self.WINDOW_DOCS):
            window = work[w : w + self.WINDOW_DOCS]
            live: dict[str, Document] = {}
            for d in window:
                begin = start_at[d.doc_id]
                cached = store.load(chain[begin - 1], keys[d.doc_id][chain[begin - 1]]) if begin else None
                if begin and cached is None:
                    start_at[d.doc_id] = 0
                if cached is not None:
                    cached.path = d.path
                live[d.doc_id] = cached or d
            for i, name in enumerate(chain):
                todo = [live[d.doc_id] for d in window if start_at[d.doc_id] <= i]
                if not todo:
                    continue
                t0 = time.perf_counter()
                if name not in made:
                    made[name] = self._make(name)
                    _stage_log.info("%s: %d item(s) to process", name,
                                    sum(1 for x in work if start_at[x.doc_id] <= i))
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
                shells[d.doc_id] = full.shell()
                for gone in (d, full):  # the window's full documents go; only their shells stay
                    gone.text, gone.lines, gone.paragraphs, gone.segments = "", [], [], []
            self.progress.advance(len(window))
        self.progress.finish()

        translator = made.get("translate")
        self._close_stages()
        out = [shells[d.doc_id] for d in docs]
        kept = [x for x in out if x.doc_id in start_at]
        for name in chain:
            self.report["stages"][name] = self._stage_summary(
                name, kept, computed[name], time.perf_counter() - seconds[name])
        if "translate" in chain:
            fresh = {d.doc_id for d in work}
            self._count_translations(translator, kept, fresh)
        if not self.opts.only and not self.opts.until:
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

    def _align(self, store: StateStore, docs: list[Document]):
        """Cluster the corpus' quotes; reuse the stored result when no quote changed."""
        from pipeline.stages.align import apply_stored, assignment, to_store

        t0 = time.perf_counter()
        aligner = stages.load("align")(self.cfg)
        fingerprint = aligner.fingerprint(docs)
        stored = store.get_meta("align_result")
        forced = self.opts.force or self.opts.only == "align"
        if stored and not forced and store.get_meta("align_fingerprint") == fingerprint:
            clusters, diff, computed = apply_stored(docs, json.loads(stored)), None, 0
        else:
            previous = json.loads(store.get_meta("align_assignment") or "{}")
            self.progress.start("align", sum(len(d.quotes) for d in docs))
            clusters, diff = aligner.run(docs, previous)
            self.progress.advance(sum(len(d.quotes) for d in docs))
            self.progress.finish()
            store.set_meta("align_result", to_store(docs, clusters))
            store.set_meta("align_assignment", json.dumps(assignment(docs)))
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
            with write_batch():  # one disk flush for every file, all replaced together at the end
                marks = exporter.write(docs, lambda shell: self._full(store, shell), keys or {}, previous)
            store.set_meta("export_marks", json.dumps(marks))
            self.progress.advance(len(docs))
            self.progress.finish()
            store.set_meta("export_fingerprint", fingerprint)
            store.commit()
        self.report["stages"]["export"] = {
            "seconds": round(time.perf_counter() - t0, 3), "in": len(docs), "out": len(docs),
            "computed": 0 if unchanged else 1, "cached": 1 if unchanged else 0, "dropped": {},
            "files": exporter.files_written(docs),
        }

    def _close_stages(self) -> None:
        for stage in self._made.values():
            try:
                stage.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                log.debug("closing %s failed", stage.name, exc_info=True)
        self._made.clear()

    def _full(self, store: StateStore, shell: Document) -> Document:
        """The full document a shell stands for, with the shell's quotes (which
        alignment has given their clusters and speaker spellings)."""
        key = (self._last_keys or {}).get(shell.doc_id)
        full = store.load(self._last_stage, key) if key and self._last_stage else None
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
