"""The Dask executor gives the same outputs as the local one, also when a
worker dies in the middle of the run."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from pipeline.config import Config, load_config
from pipeline.data import Document
from pipeline import executor
from pipeline.executor import Failure, LocalExecutor, run_documents
from pipeline.runner import RunOptions, Runner

needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium is not installed")

# fields that differ between any two runs
_VOLATILE = re.compile(r"\d{8}T\d{6}-[0-9a-f]{6}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+Z0-9:.]*")


def outputs(root: Path) -> dict[str, str]:
    found = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and not rel.startswith(".state/") and rel != "run.json":
            found[rel] = _VOLATILE.sub("<volatile>", path.read_text(encoding="utf-8"))
    return found


class Fussy:
    """A stage whose per-document part fails on one document."""

    def remote(self, doc: Document) -> Document:
        if doc.doc_id == "b":
            raise ValueError("cannot read this one")
        doc.title = "done"
        return doc


def test_local_executor_turns_a_crash_into_a_failure_for_that_document(monkeypatch):
    cfg = Config()
    monkeypatch.setitem(executor._STAGES, ("fussy", cfg.hash), Fussy())
    docs = [Document(doc_id=i, path=f"{i}.txt", sha256=i, text="Bonjour.\n") for i in "abc"]
    results = LocalExecutor().map_documents("fussy", cfg, docs)
    assert [r.doc_id for r in results] == ["a", "b", "c"]
    assert isinstance(results[1], Failure) and "ValueError: cannot read this one" in results[1].error
    assert results[0].title == results[2].title == "done"
    assert run_documents("fussy", cfg, []) == []


def kill_once_plugin(marker: str):
    """A worker plugin: the first worker to start a document task dies
    (``os._exit``) unless the marker file exists; Dask must retry the task.
    Made inside a function so that cloudpickle sends the class by value."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class KillOnce(WorkerPlugin):
        name = "kill-once"

        def transition(self, key, start, finish, **kwargs):
            if finish == "executing" and "run_documents" in str(key) and not os.path.exists(marker):
                Path(marker).write_text("killed", encoding="utf-8")
                os._exit(1)

    return KillOnce()


@needs_apertium
def test_dask_executor_matches_local_even_when_a_worker_dies(corpus, make_config, tmp_path):
    distributed = pytest.importorskip("distributed")
    base = {"translate": {"engines": ["apertium"], "on_missing": "skip"}}
    local = load_config(make_config(output="local", **base))
    Runner(local, RunOptions()).run()

    # a LocalCluster started by the runner itself (executor.address: null)
    own = load_config(make_config(output="own", executor={"kind": "dask", "workers": 2}, **base))
    report = Runner(own, RunOptions()).run()
    assert report["executor"]["kind"] == "dask" and report["executor"]["workers"] == 2
    assert outputs(own.output) == outputs(local.output)

    # an existing scheduler (executor.address), one of whose workers dies mid-run
    marker = tmp_path / "killed"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        client.register_plugin(kill_once_plugin(str(marker)))
        remote = load_config(make_config(
            output="remote", executor={"kind": "dask", "address": cluster.scheduler_address}, **base))
        Runner(remote, RunOptions()).run()
    assert marker.exists(), "the plugin never killed a worker"
    assert outputs(remote.output) == outputs(local.output)
    assert len(outputs(local.output)) > 5


def test_an_interrupt_cancels_the_pending_dask_tasks():
    from pipeline.executor import DaskExecutor

    class Future:
        def __init__(self, value):
            self.value = value

        def result(self):
            if self.value is KeyboardInterrupt:
                raise KeyboardInterrupt
            return self.value

    class Client:
        cancelled: list = []

        def cancel(self, futures):
            self.cancelled.extend(futures)

    executor = object.__new__(DaskExecutor)  # no cluster: only the gathering is under test
    executor.client = Client()
    futures = [Future(1), Future(KeyboardInterrupt), Future(3)]
    got = []
    with pytest.raises(KeyboardInterrupt):
        for value in executor._gather(futures):
            got.append(value)
    assert got == [1] and executor.client.cancelled == futures
