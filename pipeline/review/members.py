"""The review site's quote table: what its pages show of every quote, on disk.

The cluster pages, the index page and the run page cover every quote of the
corpus, but the export hands the site one full document at a time, and the
shells it holds for the whole corpus need not carry their quotes. So each
kept article's quotes are recorded, as the article goes by, in a temporary
SQLite database, and the pages are written at the end from it, one cluster
at a time. What grows in memory meanwhile is small: the filter facets (sets
of distinct values) and the cluster records.

The database is a temporary file (``review-*.sqlite``) in the output's
``.state`` folder, or in the system's temporary folder where there is none;
``close`` removes it; a new table removes those a killed run left in ``.state``. Its tables:

- ``cluster_of(quote_id PRIMARY KEY, cluster_id)``: the cluster each quote id
  belongs to, filled from the clusters when the table is made;
- ``member(quote_id PRIMARY KEY, cluster_id, doc_id, seg, data, day, outlet)``,
  indexed by ``cluster_id``: a quote of a kept article that belongs to a
  cluster; ``seg`` is the sentence it starts in (NULL when unknown), ``data``
  a JSON array of ``QUOTE_FIELDS`` then ``DOC_FIELDS``; ``day`` and
  ``outlet`` (its article's date, its first outlet) order a cluster's quotes;
- ``article(doc_id PRIMARY KEY, data)``: per kept article, a JSON array of its
  outlets (publisher, then relays and the outlets its quotes came through),
  its quotes' distinct speakers (sorted), its number of quotes and of quotes
  without a speaker (see ``ArticleQuotes``).
"""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.data import Cluster, Document, Quote
from pipeline.review.parts import DocRef, Member

QUOTE_FIELDS = ("quote_id", "lang", "text", "translation", "engine", "relation", "drift", "via", "speaker_note")
DOC_FIELDS = ("doc_id", "path", "title", "date", "publisher")
UNATTRIBUTED = "(unattributed)"
PREFIX, SUFFIX = "review-", ".sqlite"  # the table's file name
NO_DATE = "9999"  # the day an undated quote is listed under: after every date
_CHUNK = 500  # quote ids per lookup (SQLite bounds the parameters of a statement)


class Facets:
    """The values a page's filter controls offer (outlets, languages, engines,
    speakers; empty ones left out) and the range of dates, gathered item by item."""

    KEYS = ("outlet", "lang", "engine", "speaker")

    def __init__(self) -> None:
        self.values: dict[str, set[str]] = {k: set() for k in self.KEYS}
        self.lo: str | None = None
        self.hi: str | None = None

    def add(self, outlet: Iterable[str], lang: Iterable[str], engine: Iterable[str],
            speaker: Iterable[str], date: str | None) -> None:
        for key, found in zip(self.KEYS, (outlet, lang, engine, speaker)):
            self.values[key].update(v for v in found if v)
        if date:
            self.lo = date if self.lo is None else min(self.lo, date)
            self.hi = date if self.hi is None else max(self.hi, date)


@dataclass(slots=True)
class ArticleQuotes:
    """What the article list and the counts need of an article's quotes."""

    outlets: list[str]  # publisher first, then relays, then the outlets quotes came through
    speakers: list[str]  # distinct, sorted; UNATTRIBUTED for a quote without one
    quotes: int
    unattributed: int  # quotes without a speaker

    @classmethod
    def of(cls, d: Document) -> ArticleQuotes:
        outlets = [d.publisher] if d.publisher else []
        for o in [*d.relayed_outlets, *d.source_outlets, *(v for q in d.quotes for v in q.via)]:
            if o not in outlets:
                outlets.append(o)
        return cls(outlets, sorted({q.speaker or UNATTRIBUTED for q in d.quotes}), len(d.quotes),
                   sum(1 for q in d.quotes if not q.speaker))


def segments_of(d: Document) -> dict[str, int]:
    """Quote id -> the sentence of the full document ``d`` the quote starts in
    (cluster pages link to it)."""
    starts = [s.start for s in d.segments]
    found = {}
    for q in d.quotes:
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and d.segments[i].start <= q.start < d.segments[i].end:
            found[q.quote_id] = d.segments[i].seg_id
    return found


def table_folder(out: Path) -> Path | None:
    """Where the table's file goes: the output's state folder when there is one."""
    state = out / ".state"
    return state if state.is_dir() else None


class QuoteTable:
    """The temporary database (see the module's docstring) and the quote facets."""

    def __init__(self, out: Path, clusters: list[Cluster],
                 speaker_of: Callable[[str], str | None] | None = None):
        folder = table_folder(out)
        if folder is not None:  # a killed run's (the export holds the output's run lock)
            for stale in folder.glob(f"{PREFIX}*{SUFFIX}"):
                with contextlib.suppress(OSError):
                    stale.unlink()
        fd, name = tempfile.mkstemp(prefix=PREFIX, suffix=SUFFIX, dir=folder)
        os.close(fd)
        self.path: Path | None = Path(name)
        self.facets = Facets()  # of the quotes in a cluster, for the index page's filters
        # a cluster's speaker, by its id: the site's index of the clusters, or one made here
        self.speaker = speaker_of or {c.cluster_id: c.speaker for c in clusters}.get
        try:
            self.db = sqlite3.connect(name, isolation_level=None)
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "locking_mode=EXCLUSIVE", "temp_store=FILE"):
                self.db.execute(f"PRAGMA {pragma}")
            self.db.executescript(
                "CREATE TABLE cluster_of (quote_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL) WITHOUT ROWID;"
                "CREATE TABLE member (quote_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL, doc_id TEXT NOT NULL,"
                " seg INTEGER, data TEXT NOT NULL, day TEXT NOT NULL, outlet TEXT);"
                "CREATE INDEX member_cluster ON member (cluster_id);"
                "CREATE TABLE article (doc_id TEXT PRIMARY KEY, data TEXT NOT NULL, recorded INTEGER NOT NULL);")
            with self.db:  # one transaction; a quote in two clusters is the later one's (as in a dict)
                self.db.execute("BEGIN")
                self.db.executemany("INSERT OR REPLACE INTO cluster_of VALUES (?, ?)",
                                    ((q, c.cluster_id) for c in clusters for q in c.members))
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the database and remove its file (again: nothing to do)."""
        db = getattr(self, "db", None)
        if db is not None:
            db.close()
            self.db = None
        if self.path is not None:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self.path = None

    # --- recording ----------------------------------------------------------------------
    def clusters_of(self, quote_ids: list[str]) -> dict[str, str]:
        """Quote id -> cluster id, for those of ``quote_ids`` in a cluster."""
        found: dict[str, str] = {}
        for i in range(0, len(quote_ids), _CHUNK):
            part = quote_ids[i:i + _CHUNK]
            found.update(self.db.execute(
                f"SELECT quote_id, cluster_id FROM cluster_of WHERE quote_id IN ({','.join('?' * len(part))})", part))
        return found

    def add(self, d: Document, segs: dict[str, int], where: dict[str, str], recorded: bool = True) -> None:
        """Record the kept article ``d`` and its quotes (``segs``: their
        sentences, as ``segments_of``; ``where``: their clusters, as
        ``clusters_of``); ``recorded``: given in full, its page written (not
        a shell's quotes, counted only: see ``was_recorded``)."""
        rows = []
        for q in d.quotes:
            cid = where.get(q.quote_id)
            if cid is None:  # in no cluster: counted, never listed
                continue
            m = Member(q, d)
            self.facets.add(m.outlets, [q.lang or ""], [m.engine], [self.speaker(cid) or UNATTRIBUTED], d.date)
            data = [getattr(q, f) for f in QUOTE_FIELDS] + [getattr(d, f) for f in DOC_FIELDS]
            outlets = m.outlets
            rows.append((q.quote_id, cid, d.doc_id, segs.get(q.quote_id), _dumps(data),
                         d.date or NO_DATE, outlets[0] if outlets else None))
        info = ArticleQuotes.of(d)
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR REPLACE INTO member VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            self.db.execute("INSERT OR REPLACE INTO article VALUES (?, ?, ?)",
                            (d.doc_id, _dumps([info.outlets, info.speakers, info.quotes, info.unattributed]),
                             int(recorded)))

    # --- reading back -----------------------------------------------------------------------
    def article(self, doc_id: str) -> ArticleQuotes | None:
        """What was recorded of an article's quotes (None: it was not recorded)."""
        row = self.db.execute("SELECT data FROM article WHERE doc_id = ?", (doc_id,)).fetchone()
        return ArticleQuotes(*json.loads(row[0])) if row else None

    def was_recorded(self, doc_id: str) -> bool:
        """Whether the article was given to ``add`` in full (``recorded``)."""
        row = self.db.execute("SELECT recorded FROM article WHERE doc_id = ?", (doc_id,)).fetchone()
        return bool(row and row[0])

    def members(self, cluster_id: str, longest: str | None = None) -> Iterator[Member]:
        """The recorded quotes of a cluster, one at a time, in the order its
        pages list them: ``longest`` (the cluster's longest version) first,
        then by date (undated last), first outlet (none first) and quote id.
        (SQLite compares text as UTF-8 bytes, which orders as Python's
        comparison of the strings does.)"""
        n = len(QUOTE_FIELDS)
        rows = self.db.execute(
            "SELECT seg, data FROM member WHERE cluster_id = ? ORDER BY quote_id IS NOT ?, day, outlet, quote_id",
            (cluster_id, longest))
        for seg, raw in rows:
            data = json.loads(raw)
            q = Quote(**dict(zip(QUOTE_FIELDS, data[:n])), doc_id=data[n], start=0, end=0)
            yield Member(q, DocRef(*data[n:]), seg)

    def count(self, cluster_id: str) -> int:
        """How many quotes of the cluster were recorded."""
        return self.db.execute("SELECT COUNT(*) FROM member WHERE cluster_id = ?", (cluster_id,)).fetchone()[0]

    def documents_per_cluster(self) -> dict[str, int]:
        """Cluster id -> the number of articles its recorded quotes come from
        (the clusters with no recorded quote are left out)."""
        return dict(self.db.execute("SELECT cluster_id, COUNT(DISTINCT doc_id) FROM member GROUP BY cluster_id"))


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
