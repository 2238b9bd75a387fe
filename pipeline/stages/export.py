"""export: write the files reviewers and tools read, each atomically and each
with the run's signature, in one pass over the documents: the runner hands
over a shell of each document (``Document.shell``) and a loader for the full
document, so only one full document is in memory at a time. A file whose
content would not change is left untouched (``atomic_write``).

- ``documents.jsonl``: one record per input file, ``ok`` or ``rejected``.
- ``parallel/corpus.tsv``: every segment with its offsets and translation.
- ``parallel/corpus.<src>`` / ``corpus.<tgt>``: Moses plain text, line-aligned
  (the signature is in ``<file>.sig`` beside each, so every line is data).
- ``parallel/corpus.tmx``: TMX 1.4b.
- ``docs/<doc_id>.<src>-<tgt>.tsv``: one bilingual file per article.
- ``docs/<doc_id>.<src>-<tgt>.xlf``: the same article as XLIFF 1.2 (``pipeline/formats/``).
- ``review/``: the static review site (``pipeline/review/``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path

from pipeline.config import Config
from pipeline.data import Cluster, Document, Segment
from pipeline.formats import tmx, xliff
from pipeline import review
from pipeline.outputs import all_present, atomic_write, signature

TSV_HEADER = ("doc_id", "seg_id", "src_lang", "start", "end", "source", "translation", "engine")
DOC_HEADER = ("seg_id", "start", "end", "source", "translation", "engine")
# everything str.splitlines() splits on: one segment must stay one line
_LINE_BREAKS = re.compile("[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")


def tsv_field(value: object) -> str:
    """TSV-safe text: backslash, tab and line breaks are escaped as \\\\, \\t, \\n, \\r."""
    if value is None:
        return ""
    text = str(value)
    text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return _LINE_BREAKS.sub(" ", text)  # other separators that line readers split on


class Marks:
    """Per document of the run, in order, 16 bytes of a hash of what its own
    files depend on (``Export.marks``), all in one byte array: no object per
    document. A document without a stage key has none (16 zero bytes)."""

    NONE = bytes(16)

    def __init__(self, docs: list[Document]):
        self.docs = docs
        self.digests = bytearray()

    def add(self, digest: bytes | None) -> None:
        self.digests += digest if digest is not None else self.NONE

    def get(self, i: int) -> bytes | None:
        """The mark of the ``i``-th document (None: it has none)."""
        mark = bytes(self.digests[16 * i : 16 * i + 16])
        return None if mark == self.NONE else mark

    def items(self) -> Iterator[tuple[str, bytes]]:
        for i, d in enumerate(self.docs):
            mark = self.get(i)
            if mark is not None:
                yield d.doc_id, mark


def mark_pieces(marks: Marks) -> Iterator[bytes]:
    """``Export.write``'s marks as the JSON object the next run reads (document
    id -> hex), in pieces: 20,000 articles' marks are never one string."""
    yield b"{"
    for i, (doc_id, mark) in enumerate(marks.items()):
        yield b'%s%s:"%s"' % (b"," if i else b"", json.dumps(doc_id).encode(), mark.hex().encode())
    yield b"}"


class Export:
    name = "export"
    version = "4"

    def __init__(self, cfg: Config, clusters: list[Cluster] | None = None):
        self.cfg = cfg
        self.out = cfg.output
        self.tgt = cfg.target_language
        self.mt = "none"
        self.clusters = clusters or []

    def signature(self, src: str | None = None) -> str:
        src = src or "+".join(self.cfg.source_languages)
        return signature(src, self.tgt, self.mt, self.cfg.hash)

    def fingerprint(self, docs: list[Document], keys: dict[str, str] | None = None) -> str:
        """Changes whenever any exported content could change. ``keys``: each
        document's last stage key, which stands for its full content (shells
        carry only the rest); without it, the documents are hashed whole."""
        h = hashlib.sha256(f"{self.version}|{self.signature()}".encode())
        h.update(f"|review@{review.VERSION}".encode())  # new pages are written even for an unchanged corpus
        for c in self.clusters:
            h.update(json.dumps(asdict(c), sort_keys=True).encode())  # asdict: vars() would give each cluster a dict
        for d in docs:
            h.update(f"{d.doc_id}|{d.path}|{d.sha256}|{d.status}|{d.reason}\n".encode())
            key = (keys or {}).get(d.doc_id)
            if key is None:
                h.update(hashlib.sha256(d.to_json().encode()).digest())
                continue
            # the key stands for the document as its stages left it; alignment then
            # sets each quote's cluster, relation, drift and speaker spelling
            h.update(key.encode())
            for q in d.quotes:
                h.update(f"{q.quote_id}|{q.cluster_id}|{q.relation}|{q.drift}|{q.speaker}\n".encode())
        return h.hexdigest()

    # --- which files -----------------------------------------------------------
    def moses_paths(self, src: str) -> tuple[Path, Path]:
        par = self.out / "parallel"
        if len(self.cfg.source_languages) == 1:
            return par / f"corpus.{src}", par / f"corpus.{self.tgt}"
        return par / f"corpus.{src}-{self.tgt}.{src}", par / f"corpus.{src}-{self.tgt}.{self.tgt}"

    def doc_path(self, d: Document) -> Path:
        return self.out / "docs" / f"{d.doc_id}.{d.lang}-{self.tgt}.tsv"

    def files(self, docs: list[Document]) -> Iterator[Path]:
        """Every file the export writes, one at a time (50,000 articles make
        150,000 paths: never held as a list)."""
        if self.cfg.export.documents:
            yield self.out / "documents.jsonl"
        yield from (self.out / "parallel" / "corpus.tsv", self.out / "parallel" / "corpus.tmx",
                    self.out / "quotes" / "quotes.jsonl", self.out / "quotes" / "clusters.jsonl")
        yield from (self.quote_tsv(src) for src in self.cfg.source_languages)
        for src in self.cfg.source_languages:
            yield from self.moses_paths(src)
        yield from (self.doc_path(d) for d in docs if self._bilingual(d))
        yield from (xliff.xliff_path(self.doc_path(d)) for d in docs if self._bilingual(d))
        yield from review.files(self.out, docs, self.clusters)

    def _bilingual(self, d: Document) -> bool:
        return d.ok and d.lang in self.cfg.source_languages and d.facts()["segments"] > 0

    def outputs_exist(self, docs: list[Document]) -> bool:
        return all_present(self.files(docs))

    def files_written(self, docs: list[Document]) -> list[str]:
        return [p.relative_to(self.out).as_posix() for p in self.files(docs)]

    # --- writing -----------------------------------------------------------------
    def write(self, docs: list[Document], load: Callable[[Document], Document] | None = None,
              keys: dict[str, str] | None = None, previous: dict[str, str] | None = None) -> Marks:
        """Write every output. ``docs``: the documents, shells or full; ``load``
        turns a shell into its full document (default: they are full).
        ``keys``/``previous``: each document's last stage key, and the marks
        this method returned last time: a document whose mark is unchanged
        keeps its own files (article TSV and XLIFF, review page) unwritten.
        Returns the marks to keep for next time."""
        load = load or (lambda d: d)
        labels = sorted({e for d in docs for e in d.facts()["engines"] if e != "identity"})
        self.mt = ",".join(labels) or "none"
        marks = self.marks(docs, keys or {})
        previous = previous or {}
        if self.cfg.export.documents:
            self.write_documents(docs)
        # before write_quotes: without its own state file, the review site takes
        # the previous quotes/clusters.jsonl as "the previous run"
        site = review.Builder(self.out, docs, self.clusters, self.signature(), self.tgt)
        with contextlib.ExitStack() as stack:
            corpus = self._corpus_writer(stack)
            moses = {src: self._moses_writer(stack, src) for src in self.cfg.source_languages}
            units = self._tmx_writer(stack)
            quotes = self._quote_writer(stack)
            for i, shell in enumerate(docs):
                d = load(shell) if shell.ok else shell
                quotes(d)  # the full quotes, sentences included (the runner may let them go after)
                corpus(d)
                for s in d.segments:
                    if s.lang in moses and s.translation is not None and s.engine != "identity":
                        moses[s.lang](s)
                        units(d, s)
                mark = marks.get(i)
                same = mark is not None and previous.get(d.doc_id) == mark.hex()
                if self._bilingual(d):
                    tsv, xlf = self.doc_path(d), xliff.xliff_path(self.doc_path(d))
                    if not (same and tsv.is_file() and xlf.is_file()):
                        self.write_doc_file(d)
                        xliff.write_xliff(xlf, d, self.tgt, self.signature(d.lang))
                site.article(d, write=not same)
        self._remove_stale(docs)
        site.finish()
        self.write_clusters()
        return marks

    def marks(self, docs: list[Document], keys: dict[str, str]) -> Marks:
        """Per document, what its own files depend on: its content (the last
        stage key), its quotes' clusters and their sizes, the signature and the
        writers' versions; 16 bytes of a hash of these (``mark_pieces`` keeps
        them for the next run as hex)."""
        size = {c.cluster_id: len(c.members) for c in self.clusters}
        out = Marks(docs)
        for d in docs:
            if d.doc_id not in keys:
                out.add(None)
                continue
            h = hashlib.sha256(f"{self.version}|{review.VERSION}|{self.signature(d.lang)}|{keys[d.doc_id]}|{d.path}".encode())
            for q in d.quotes:
                h.update(f"|{q.quote_id}:{q.cluster_id}:{size.get(q.cluster_id)}:{q.speaker}:{q.relation}".encode())
            out.add(h.digest()[:16])
        return out

    def _corpus_writer(self, stack: contextlib.ExitStack) -> Callable[[Document], None]:
        fh = stack.enter_context(atomic_write(self.out / "parallel" / "corpus.tsv"))
        fh.write(f"# {self.signature()}\n")
        fh.write("\t".join(TSV_HEADER) + "\n")

        def rows(d: Document) -> None:
            for s in d.segments:
                row = (d.doc_id, s.seg_id, s.lang, s.start, s.end, s.text, s.translation, s.engine)
                fh.write("\t".join(tsv_field(v) for v in row) + "\n")
        return rows

    def _moses_writer(self, stack: contextlib.ExitStack, src: str) -> Callable[[Segment], None]:
        """Moses plain text, line-aligned; the signature in ``<file>.sig`` beside each."""
        handles = []
        for path in self.moses_paths(src):
            handles.append(stack.enter_context(atomic_write(path)))
            with atomic_write(path.with_name(path.name + ".sig")) as sig:
                sig.write(self.signature(src) + "\n")
        src_fh, tgt_fh = handles

        def line(s: Segment) -> None:
            src_fh.write(_LINE_BREAKS.sub(" ", str(s.text)) + "\n")
            tgt_fh.write(_LINE_BREAKS.sub(" ", str(s.translation)) + "\n")
        return line

    def _tmx_writer(self, stack: contextlib.ExitStack) -> Callable[[Document, Segment], None]:
        srclang = self.cfg.source_languages[0] if len(self.cfg.source_languages) == 1 else "*all*"
        fh = stack.enter_context(atomic_write(self.out / "parallel" / "corpus.tmx", "wb"))
        return stack.enter_context(tmx.stream(fh, srclang=srclang, tgt=self.tgt, signature=self.signature()))

    def write_doc_file(self, d: Document) -> None:
        with atomic_write(self.doc_path(d)) as fh:
            fh.write(f"# {self.signature(d.lang)}\n")
            fh.write("\t".join(DOC_HEADER) + "\n")
            for s in d.segments:
                row = (s.seg_id, s.start, s.end, s.text, s.translation, s.engine)
                fh.write("\t".join(tsv_field(v) for v in row) + "\n")

    def _remove_stale(self, docs: list[Document]) -> None:
        """Articles gone from the corpus leave no file behind. A file is told
        by its name (``<doc_id>.<src>-<tgt>.tsv``, or ``.xlf``); the documents
        are indexed only when there are files to tell (not on a first run)."""
        folder = self.out / "docs"
        old = [*folder.glob("*.tsv"), *folder.glob("*.xlf")] if folder.is_dir() else []
        if not old:
            return
        by_id = {d.doc_id: d for d in docs}
        for path in old:
            d = by_id.get(path.name.split(".", 1)[0])
            if d is None or not self._bilingual(d) or path.name not in (
                    self.doc_path(d).name, xliff.xliff_path(self.doc_path(d)).name):
                path.unlink()

    def write_documents(self, docs: list[Document]) -> None:
        with atomic_write(self.out / "documents.jsonl") as fh:
            for d in docs:
                record = d.summary()
                record["signature"] = self.signature(d.lang if d.lang in self.cfg.source_languages else None)
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    # --- quotes -----------------------------------------------------------------
    def quote_tsv(self, src: str) -> Path:
        return self.out / "quotes" / f"quotes.{src}-{self.tgt}.tsv"

    def write_quotes(self, docs: list[Document]) -> None:
        """The quote files (``quotes.jsonl``, a TSV per source language) and
        ``clusters.jsonl``; ``write`` writes the quote files as it goes."""
        with contextlib.ExitStack() as stack:
            quotes = self._quote_writer(stack)
            for d in docs:
                quotes(d)
        self.write_clusters()

    def write_clusters(self) -> None:
        sig = self.signature()
        with atomic_write(self.out / "quotes" / "clusters.jsonl") as fh:
            for c in self.clusters:
                fh.write(json.dumps({**asdict(c), "signature": sig}, ensure_ascii=False) + "\n")

    def _quote_writer(self, stack: contextlib.ExitStack) -> Callable[[Document], None]:
        """Writes a document's quotes into ``quotes.jsonl`` and its source
        language's quote TSV (files opened on ``stack``)."""
        sig = self.signature()
        jsonl = stack.enter_context(atomic_write(self.out / "quotes" / "quotes.jsonl"))
        header = ("quote_id", "doc_id", "cluster_id", "speaker", "via", "start", "end",
                  "source", "translation", "engine")
        tsv = {}
        for src in self.cfg.source_languages:
            tsv[src] = stack.enter_context(atomic_write(self.quote_tsv(src)))
            tsv[src].write(f"# {self.signature(src)}\n" + "\t".join(header) + "\n")

        def write(d: Document) -> None:
            for q in d.quotes:
                record = {**asdict(q), "date": d.date, "signature": sig}
                jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
                fh = tsv.get(q.lang)
                if fh is not None:
                    row = (q.quote_id, q.doc_id, q.cluster_id, q.speaker, ",".join(q.via),
                           q.start, q.end, q.text, q.translation, q.engine)
                    fh.write("\t".join(tsv_field(v) for v in row) + "\n")
        return write
