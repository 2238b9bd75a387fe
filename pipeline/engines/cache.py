"""The translation cache: one SQLite row per (engine, model, version, decoding
options, glossary, language pair, source text). Rows are committed chunk by
chunk, so a run killed mid-translation resumes where it stopped, and
``--force`` re-runs stages without translating anything twice."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from pipeline.engines.base import Translation

SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    engine TEXT NOT NULL, model TEXT NOT NULL, version TEXT NOT NULL,
    src TEXT NOT NULL, tgt TEXT NOT NULL,
    source TEXT NOT NULL, translation TEXT NOT NULL,
    score REAL, flags TEXT NOT NULL DEFAULT '[]'
);
"""


def cache_key(engine: str, model: str, version: str, options: str, src: str, tgt: str, text: str) -> str:
    blob = "\x1f".join((engine, model, version, options, src, tgt, text))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class TranslationCache:
    def __init__(self, path: Path):
        from pipeline.state import open_database

        # a corrupt cache is moved aside and rebuilt; other SQLite errors are FaultErrors
        self.path = path
        self.db = open_database(path, SCHEMA, what="translation cache")

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            from pipeline.faults import sqlite_fault

            raise sqlite_fault(exc, self.path, "translation cache") from exc

    def get_many(self, keys: list[str]) -> dict[str, tuple[Translation, list[str]]]:
        found: dict[str, tuple[Translation, list[str]]] = {}
        unique = list(dict.fromkeys(keys))
        with self.guard():
            for i in range(0, len(unique), 500):
                chunk = unique[i : i + 500]
                rows = self.db.execute(
                    "SELECT key, engine, model, version, translation, score, flags FROM translations "
                    f"WHERE key IN ({','.join('?' * len(chunk))})", chunk)
                for key, engine, model, version, text, score, flags in rows:
                    found[key] = (Translation(text, engine, model, version, score), json.loads(flags))
        return found

    def put_many(self, rows: list[tuple[str, str, str, str, Translation, list[str]]]) -> None:
        """rows: (key, src, tgt, source, translation, flags)"""
        with self.guard():
            self.db.executemany(
                "INSERT OR REPLACE INTO translations VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(k, t.engine, t.model, t.version, src, tgt, source, t.text, t.score, json.dumps(flags))
                 for k, src, tgt, source, t, flags in rows],
            )
            self.db.commit()

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM translations").fetchone()[0]

    def close(self) -> None:
        self.db.close()
