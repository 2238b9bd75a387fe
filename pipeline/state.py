"""The SQLite state store kept in the output folder.

It holds each document's result after each stage, keyed by a hash of the
document's content, the upstream keys and the stage's config, so a re-run only
computes what changed, and a killed run resumes from what it had committed.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.data import Document

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
    def __init__(self, path: Path, readonly: bool = False):
        self.path = path
        if readonly:
            self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self.db.commit()

    def close(self) -> None:
        self.db.close()

    # --- per-document stage results -------------------------------------
    def present(self, stage: str, keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT key FROM stage_cache WHERE stage=? AND key IN ({marks})", [stage, *chunk]
            )
            found.update(r[0] for r in rows)
        return found

    def load(self, stage: str, key: str) -> Document | None:
        row = self.db.execute(
            "SELECT payload FROM stage_cache WHERE stage=? AND key=?", (stage, key)
        ).fetchone()
        return Document.from_json(zlib.decompress(row[0])) if row else None

    def save(self, stage: str, key: str, doc: Document) -> None:
        blob = zlib.compress(doc.to_json().encode("utf-8"), 3)
        self.db.execute(
            "INSERT OR REPLACE INTO stage_cache (stage, key, doc_id, payload) VALUES (?,?,?,?)",
            (stage, key, doc.doc_id, blob),
        )

    def prune(self, stage: str, keep: set[str]) -> int:
        """Forget results no current document refers to; returns how many."""
        stale = [
            k for (k,) in self.db.execute("SELECT key FROM stage_cache WHERE stage=?", (stage,))
            if k not in keep
        ]
        self.db.executemany("DELETE FROM stage_cache WHERE stage=? AND key=?", [(stage, k) for k in stale])
        return len(stale)

    def commit(self) -> None:
        self.db.commit()

    # --- small key/value facts and the run log ----------------------------
    def get_meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name=?", (name,)).fetchone()
        return row[0] if row else None

    def set_meta(self, name: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?,?)", (name, value))

    def start_run(self, run_id: str, started: str) -> None:
        self.db.execute(
            "INSERT INTO runs (run_id, started, status) VALUES (?,?,?)", (run_id, started, "running")
        )
        self.db.commit()

    def finish_run(self, run_id: str, finished: str, status: str, summary: dict[str, Any]) -> None:
        self.db.execute(
            "UPDATE runs SET finished=?, status=?, summary=? WHERE run_id=?",
            (finished, status, json.dumps(summary, ensure_ascii=False), run_id),
        )
        self.db.commit()

    def last_runs(self, n: int = 5) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT run_id, started, finished, status, summary FROM runs ORDER BY started DESC LIMIT ?",
            (n,),
        )
        return [
            {"run_id": r[0], "started": r[1], "finished": r[2], "status": r[3],
             "summary": json.loads(r[4]) if r[4] else None}
            for r in rows
        ]
