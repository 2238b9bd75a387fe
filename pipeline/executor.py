"""Where the per-document work runs: in this process (``local``, the default)
or on Dask workers (``dask``), for corpora that outgrow one machine.

The runner stays the only writer of state and outputs whichever executor it
uses. What leaves the process is pure work on values:

- the per-document part of a stage (``DocumentStage.remote``: cleaning,
  detection, segmentation, quote extraction), sent as batches of documents
  (their text, never paths to read);
- chunks of unique, not yet cached segment texts for an engine
  (``TranslationService`` keeps the cache lookups and writes in the runner).

Each worker process builds its stage objects and engines once (a per-process
cache keyed by the config hash), so a CTranslate2 model is loaded once per
worker, not once per task. Results come back in submission order, so outputs
are identical to the local executor's.
"""

from __future__ import annotations

import logging
import math
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.errors import ConfigError, PipelineError

if TYPE_CHECKING:
    from pipeline.config import Config
    from pipeline.data import Document

log = logging.getLogger(__name__)


@dataclass
class Failure:
    """A document whose per-document stage work raised: the runner rejects it."""

    doc_id: str
    error: str
    detail: str = ""


# --- the work itself (runs in whichever process the executor picks) ---------------
_STAGES: dict[tuple[str, str], Any] = {}
_SERVICES: dict[tuple[str, str], Any] = {}


def _stage(name: str, cfg: Config):
    key = (name, cfg.hash)
    if key not in _STAGES:
        from pipeline import stages

        _STAGES[key] = stages.load(name)(cfg)
    return _STAGES[key]


def run_documents(name: str, cfg: Config, docs: list[Document]) -> list[Document | Failure]:
    """The per-document part of stage ``name`` on each document; an exception
    becomes a Failure for that document only. Engine and config problems are
    not a document's fault: they propagate."""
    stage = _stage(name, cfg)
    out: list[Document | Failure] = []
    for doc in docs:
        try:
            out.append(stage.remote(doc))
        except PipelineError:
            raise
        except Exception as exc:  # noqa: BLE001 - recorded as the document's rejection
            out.append(Failure(doc.doc_id, f"{type(exc).__name__}: {exc}", traceback.format_exc(limit=3)))
    return out


def translate_chunk(cfg: Config, target: str, engine: str, src: str, texts: list[str]) -> list:
    """Fresh translations (post-edited, uncached) of ``texts`` by one engine."""
    key = (cfg.hash, target)
    if key not in _SERVICES:
        from pipeline.engines.service import TranslationService

        _SERVICES[key] = TranslationService(cfg, None, target=target)
    service = _SERVICES[key]
    return service.fresh(service.engines[engine], texts, src)


# --- executors ------------------------------------------------------------------
class LocalExecutor:
    """Everything in this process, one piece after the other."""

    kind = "local"

    def map_documents(self, name: str, cfg: Config, docs: list[Document]) -> list[Document | Failure]:
        return run_documents(name, cfg, docs)

    def translate(self, cfg: Config, target: str, engine: str, src: str,
                  chunks: list[list[str]]) -> Iterator[list]:
        for chunk in chunks:
            yield translate_chunk(cfg, target, engine, src, chunk)

    def close(self) -> None:
        pass

    def describe(self) -> dict[str, Any]:
        return {"kind": self.kind}


class DaskExecutor:
    """Pieces go to Dask workers: a LocalCluster started here when no address
    is given, else the scheduler at ``address``. A worker lost mid-run has its
    tasks retried by Dask; an interrupt cancels what is still pending."""

    kind = "dask"

    def __init__(self, address: str | None, workers: int, chunks_per_worker: int = 4):
        try:
            from distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - dask[distributed] is a dependency
            raise ConfigError("executor.kind: dask needs dask[distributed]: pip install 'dask[distributed]'") from None
        self.cluster = None
        self.chunks_per_worker = chunks_per_worker
        try:
            if address:
                self.client = Client(address, timeout="20s")
            else:
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=logging.WARNING)
                self.client = Client(self.cluster)
        except OSError as exc:
            self.close()
            where = address or "a local cluster"
            raise ConfigError(f"executor: cannot reach the Dask scheduler at {where}: {exc}",
                              hint="start one with `dask scheduler` and `dask worker ADDRESS`, "
                                   "or set executor.address: null for a local cluster") from None
        self.address = address

    def _workers(self) -> int:
        return max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))

    def _gather(self, futures: list) -> Iterator[Any]:
        """Results in submission order; Ctrl-C or any error cancels the rest."""
        try:
            for fut in futures:
                yield fut.result()
        except BaseException:
            self.client.cancel(futures)
            raise

    def map_documents(self, name: str, cfg: Config, docs: list[Document]) -> list[Document | Failure]:
        if not docs:
            return []
        size = max(1, math.ceil(len(docs) / (self._workers() * self.chunks_per_worker)))
        pieces = [docs[i : i + size] for i in range(0, len(docs), size)]
        futures = [self.client.submit(run_documents, name, cfg, piece, pure=False) for piece in pieces]
        out: list[Document | Failure] = []
        for result in self._gather(futures):
            out.extend(result)
        return out

    def translate(self, cfg: Config, target: str, engine: str, src: str,
                  chunks: list[list[str]]) -> Iterator[list]:
        futures = [self.client.submit(translate_chunk, cfg, target, engine, src, c, pure=False) for c in chunks]
        yield from self._gather(futures)

    def close(self) -> None:
        for thing in (getattr(self, "client", None), self.cluster):
            if thing is not None:
                try:
                    thing.close()
                except Exception:  # noqa: BLE001 - closing is best effort
                    log.debug("closing %s failed", thing, exc_info=True)

    def describe(self) -> dict[str, Any]:
        return {"kind": self.kind, "address": self.address or "local-cluster", "workers": self._workers()}


def make_executor(cfg: Config) -> LocalExecutor | DaskExecutor:
    e = cfg.executor
    if e.kind == "dask":
        return DaskExecutor(e.address, e.workers)
    return LocalExecutor()


