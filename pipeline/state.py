"""The SQLite state store kept in the output folder.

It holds each document's result after each stage, keyed by a hash of the
document's content, the upstream keys and the stage's config, so a re-run only
computes what changed, and a killed run resumes from what it had committed.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.data import Document
from pipeline.errors import FaultError
from pipeline.faults import is_corrupt, os_fault, sqlite_fault

log = logging.getLogger(__name__)

# Seconds a statement waits for a lock another program holds before the run
# gives up with a clear message (pipeline runs never wait on each other: the
# output folder's run lock keeps them apart).
BUSY_TIMEOUT_S = 10.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS stage_cache (
    stage TEXT NOT NULL,
    key TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    payload BLOB NOT NULL,
    PRIMARY KEY (stage, key)
);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL,
    summary TEXT
);
"""


class StateStore:
    """The per-document stage results of one output folder.

    Every SQLite error is raised as a FaultError that names the database and
    says what to do (locked by another program, disk full, read-only...). A
    file that is not a database, or a damaged one, found when the store opens
    is moved aside as ``state.sqlite.corrupt-<UTC timestamp>`` and a new store
    is built: the run recomputes what it held (translations come back from
    their own cache).
    """

    def __init__(self, path: Path, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        self.db = open_database(path, SCHEMA, readonly=readonly, what="state database")
        self._identity = _identity(path)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    # --- per-document stage results -------------------------------------
    def present(self, stage: str, keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        found: set[str] = set()
        with self.guard():
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self.db.execute(
                    f"SELECT key FROM stage_cache WHERE stage=? AND key IN ({marks})", [stage, *chunk]
                )
                found.update(r[0] for r in rows)
        return found

    def load(self, stage: str, key: str) -> Document | None:
        with self.guard():
            row = self.db.execute(
                "SELECT payload FROM stage_cache WHERE stage=? AND key=?", (stage, key)
            ).fetchone()
        return Document.from_json(zlib.decompress(row[0])) if row else None

    def save(self, stage: str, key: str, doc: Document) -> None:
        blob = zlib.compress(doc.to_json().encode("utf-8"), 3)
        with self.guard():
            self.db.execute(
                "INSERT OR REPLACE INTO stage_cache (stage, key, doc_id, payload) VALUES (?,?,?,?)",
                (stage, key, doc.doc_id, blob),
            )

    # shells: the light copy of each document's last stage result (Document.shell),
    # under that result's key, so a run that changes little loads no full document
    SHELL = "shell"

    def load_shell(self, key: str) -> Document | None:
        with self.guard():
            row = self.db.execute(
                "SELECT payload FROM stage_cache WHERE stage=? AND key=?", (self.SHELL, key)
            ).fetchone()
        return Document.from_shell_json(zlib.decompress(row[0])) if row else None

    def load_shells(self, keys: Iterable[str]) -> dict[str, Document]:
        """The stored shells of ``keys`` (those there are), 500 to a query."""
        keys = list(keys)
        found: dict[str, Document] = {}
        with self.guard():
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                rows = self.db.execute(
                    f"SELECT key, payload FROM stage_cache WHERE stage=? AND key IN ({','.join('?' * len(chunk))})",
                    [self.SHELL, *chunk])
                for key, payload in rows:
                    found[key] = Document.from_shell_json(zlib.decompress(payload))
        return found

    def save_shell(self, key: str, shell: Document) -> None:
        blob = zlib.compress(shell.shell_json().encode("utf-8"), 3)
        with self.guard():
            self.db.execute(
                "INSERT OR REPLACE INTO stage_cache (stage, key, doc_id, payload) VALUES (?,?,?,?)",
                (self.SHELL, key, shell.doc_id, blob),
            )

    def prune(self, stage: str, keep: set[str]) -> int:
        """Forget results no current document refers to; returns how many."""
        with self.guard():
            stale = [
                k for (k,) in self.db.execute("SELECT key FROM stage_cache WHERE stage=?", (stage,))
                if k not in keep
            ]
            self.db.executemany("DELETE FROM stage_cache WHERE stage=? AND key=?", [(stage, k) for k in stale])
        return len(stale)

    def commit(self) -> None:
        with self.guard():
            self.db.commit()
        if not self.readonly and _identity(self.path) != self._identity:
            # The file was deleted (output folder removed mid-run) or replaced:
            # what was just committed went to an unlinked file.
            raise FaultError(
                f"the state database {self.path} was removed or replaced during the run "
                "(was the output folder deleted?)",
                hint="run again: it starts from what is on disk now; earlier outputs still there are intact",
            )

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """SQLite errors inside become FaultErrors naming this database."""
        try:
            yield
        except sqlite3.Error as exc:
            raise sqlite_fault(exc, self.path) from exc

    # --- small key/value facts and the run log ----------------------------
    def get_meta(self, name: str) -> str | bytes | None:
        with self.guard():
            row = self.db.execute("SELECT value FROM meta WHERE name=?", (name,)).fetchone()
        return row[0] if row else None

    def set_meta(self, name: str, value: str | bytes) -> None:
        """Bytes (the stored alignment result) are written into a zeroblob a
        chunk at a time, so sqlite never builds the whole record in memory."""
        with self.guard():
            if not isinstance(value, bytes) or len(value) <= self.BLOB_CHUNK or not hasattr(self.db, "blobopen"):
                # (``blobopen`` is Python 3.11+: on 3.10 the value goes in whole)
                self.db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?,?)", (name, value))
                return
            cur = self.db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, zeroblob(?))",
                                  (name, len(value)))
            with self.db.blobopen("meta", "value", cur.lastrowid) as blob:
                view = memoryview(value)
                for i in range(0, len(value), self.BLOB_CHUNK):
                    blob.write(view[i : i + self.BLOB_CHUNK])

    BLOB_CHUNK = 1 << 18

    def set_meta_pieces(self, name: str, pieces: Callable[[], Iterable[bytes]]) -> None:
        """A bytes value given as pieces, never held whole: ``pieces()`` is
        called twice, to size the record (a zeroblob) and to fill it, a chunk
        of about ``BLOB_CHUNK`` bytes at a time. It must give the same bytes
        both times."""
        if not hasattr(self.db, "blobopen"):  # Python 3.10: the value goes in whole
            self.set_meta(name, b"".join(pieces()))
            return
        size = sum(len(p) for p in pieces())
        with self.guard():
            cur = self.db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, zeroblob(?))",
                                  (name, size))
            with self.db.blobopen("meta", "value", cur.lastrowid) as blob:
                chunk: list[bytes] = []
                held = written = 0
                for p in itertools.chain(pieces(), (None,)):  # None: the end
                    if p is not None:
                        chunk.append(p)
                        held += len(p)
                        if held < self.BLOB_CHUNK:
                            continue
                    data = b"".join(chunk)
                    if written + len(data) > size or (p is None and written + len(data) != size):
                        raise ValueError(f"meta {name!r}: the pieces changed between the two readings")
                    blob.write(data)
                    written += len(data)
                    chunk, held = [], 0

    def start_run(self, run_id: str, started: str) -> None:
        """Record a new run. Runs still marked "running" were killed (the
        caller holds the output folder's lock, so none is alive): say so."""
        with self.guard():
            self.db.execute("UPDATE runs SET status='killed' WHERE status='running'")
            self.db.execute(
                "INSERT INTO runs (run_id, started, status) VALUES (?,?,?)", (run_id, started, "running")
            )
            self.db.commit()

    def finish_run(self, run_id: str, finished: str, status: str, summary: dict[str, Any]) -> None:
        with self.guard():
            self.db.execute(
                "UPDATE runs SET finished=?, status=?, summary=? WHERE run_id=?",
                (finished, status, json.dumps(summary, ensure_ascii=False), run_id),
            )
            self.db.commit()

    def last_runs(self, n: int = 5) -> list[dict[str, Any]]:
        with self.guard():
            rows = self.db.execute(
                "SELECT run_id, started, finished, status, summary FROM runs ORDER BY started DESC LIMIT ?",
                (n,),
            ).fetchall()
        return [
            {"run_id": r[0], "started": r[1], "finished": r[2], "status": r[3],
             "summary": json.loads(r[4]) if r[4] else None}
            for r in rows
        ]


def open_database(path: Path, schema: str, readonly: bool = False, what: str = "state database",
                  timeout: float | None = None) -> sqlite3.Connection:
    """Open (and create) a WAL-mode SQLite database with ``schema``.

    Errors become FaultErrors naming ``path``. A corrupt file (or one that is
    not a database) is moved aside with a warning and a new database created;
    read-only, a corrupt file raises a FaultError instead.
    """
    timeout = BUSY_TIMEOUT_S if timeout is None else timeout
    if readonly:
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.Error as exc:
            raise sqlite_fault(exc, path, what) from exc
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_fault(exc, path.parent, "creating") from exc
    for attempt in (1, 2):
        db = None
        try:
            db = sqlite3.connect(path, timeout=timeout)
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the header
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(schema)
            db.commit()
            return db
        except sqlite3.Error as exc:
            if db is not None:
                with contextlib.suppress(sqlite3.Error):
                    db.close()
            if attempt == 1 and is_corrupt(exc):
                moved = quarantine(path)
                log.warning("the %s %s is corrupt (%s): moved it to %s and starting a new one; "
                            "this run recomputes what it held", what, path, exc, moved.name)
                continue
            raise sqlite_fault(exc, path, what) from exc
    raise AssertionError("unreachable")


def quarantine(path: Path) -> Path:
    """Move a corrupt database (and its -wal/-shm files) aside as
    ``NAME.corrupt-<UTC timestamp>``; returns the new path of the main file."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        for suffix in ("", "-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError as exc:
        raise os_fault(exc, path, "moving aside") from exc
    return target


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)
