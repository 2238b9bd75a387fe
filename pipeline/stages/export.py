"""export: write the files reviewers and tools read, each atomically and each
with the run's signature.

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

import hashlib
import json
import re
from dataclasses import asdict
from pathlib import Path

from pipeline.config import Config
from pipeline.data import Cluster, Document, Segment
from pipeline.formats import tmx, xliff
from pipeline import review
from pipeline.outputs import atomic_write, signature

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


class Export:
    name = "export"
    version = "3"

    def __init__(self, cfg: Config, clusters: list[Cluster] | None = None):
        self.cfg = cfg
        self.out = cfg.output
        self.tgt = cfg.target_language
        self.mt = "none"
        self.clusters = clusters or []

    def signature(self, src: str | None = None) -> str:
        src = src or "+".join(self.cfg.source_languages)
        return signature(src, self.tgt, self.mt, self.cfg.hash)

    def fingerprint(self, docs: list[Document]) -> str:
        """Changes whenever any exported content could change."""
        h = hashlib.sha256(f"{self.version}|{self.signature()}".encode())
        h.update(f"|review@{review.VERSION}".encode())  # new pages are written even for an unchanged corpus
        for c in self.clusters:
            h.update(json.dumps(asdict(c), sort_keys=True).encode())
        for d in docs:
            h.update(f"{d.doc_id}|{d.path}|{d.sha256}|{d.status}|{d.reason}\n".encode())
            h.update(hashlib.sha256(d.to_json().encode()).digest())
        return h.hexdigest()

    # --- which files -----------------------------------------------------------
    def pairs(self, docs: list[Document]) -> dict[str, list[tuple[Document, Segment]]]:
        """Translated segments per source language, in document order."""
        found: dict[str, list] = {src: [] for src in self.cfg.source_languages}
        for d in docs:
            for s in d.segments:
                if s.lang in found and s.translation is not None and s.engine != "identity":
                    found[s.lang].append((d, s))
        return found

    def moses_paths(self, src: str) -> tuple[Path, Path]:
        par = self.out / "parallel"
        if len(self.cfg.source_languages) == 1:
            return par / f"corpus.{src}", par / f"corpus.{self.tgt}"
        return par / f"corpus.{src}-{self.tgt}.{src}", par / f"corpus.{src}-{self.tgt}.{self.tgt}"

    def doc_path(self, d: Document) -> Path:
        return self.out / "docs" / f"{d.doc_id}.{d.lang}-{self.tgt}.tsv"

    def files(self, docs: list[Document]) -> list[Path]:
        paths = [self.out / "documents.jsonl"] if self.cfg.export.documents else []
        paths += [self.out / "parallel" / "corpus.tsv",
                 self.out / "parallel" / "corpus.tmx", self.out / "quotes" / "quotes.jsonl",
                 self.out / "quotes" / "clusters.jsonl"]
        paths.extend(self.quote_tsv(src) for src in self.cfg.source_languages)
        for src in self.cfg.source_languages:
            paths.extend(self.moses_paths(src))
        paths.extend(self.doc_path(d) for d in docs if self._bilingual(d))
        paths.extend(xliff.xliff_path(self.doc_path(d)) for d in docs if self._bilingual(d))
        paths.extend(review.files(self.out, docs, self.clusters))
        return paths

    def _bilingual(self, d: Document) -> bool:
        return d.ok and d.lang in self.cfg.source_languages and bool(d.segments)

    def outputs_exist(self, docs: list[Document]) -> bool:
        return all(p.is_file() for p in self.files(docs))

    def files_written(self, docs: list[Document]) -> list[str]:
        return [p.relative_to(self.out).as_posix() for p in self.files(docs)]

    # --- writing -----------------------------------------------------------------
    def write(self, docs: list[Document]) -> None:
        labels = sorted({s.engine for d in docs for s in d.segments if s.engine and s.engine != "identity"})
        self.mt = ",".join(labels) or "none"
        if self.cfg.export.documents:
            self.write_documents(docs)
        self.write_corpus_tsv(docs)
        pairs = self.pairs(docs)
        for src, items in pairs.items():
            self.write_moses(src, items)
        self.write_tmx(pairs)
        self.write_doc_files(docs)
        xliff.write_xliff_files(((xliff.xliff_path(self.doc_path(d)), d, self.signature(d.lang))
                                 for d in docs if self._bilingual(d)), self.tgt, self.out / "docs")
        # before write_quotes: without its own state file, the review site takes
        # the previous quotes/clusters.jsonl as "the previous run"
        self.write_review(docs)
        self.write_quotes(docs)

    def write_review(self, docs: list[Document]) -> None:
        """The static review site, ``review/`` (see pipeline/review/)."""
        review.write_review(self.out, docs, self.clusters, self.signature(), self.tgt)

    def write_documents(self, docs: list[Document]) -> None:
        with atomic_write(self.out / "documents.jsonl") as fh:
            for d in docs:
                record = d.summary()
                record["signature"] = self.signature(d.lang if d.lang in self.cfg.source_languages else None)
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def write_corpus_tsv(self, docs: list[Document]) -> None:
        with atomic_write(self.out / "parallel" / "corpus.tsv") as fh:
            fh.write(f"# {self.signature()}\n")
            fh.write("\t".join(TSV_HEADER) + "\n")
            for d in docs:
                for s in d.segments:
                    row = (d.doc_id, s.seg_id, s.lang, s.start, s.end, s.text, s.translation, s.engine)
                    fh.write("\t".join(tsv_field(v) for v in row) + "\n")

    def write_moses(self, src: str, items: list[tuple[Document, Segment]]) -> None:
        src_path, tgt_path = self.moses_paths(src)
        for path, texts in ((src_path, [s.text for _, s in items]),
                            (tgt_path, [s.translation for _, s in items])):
            with atomic_write(path) as fh:
                for text in texts:
                    fh.write(_LINE_BREAKS.sub(" ", str(text)) + "\n")
            with atomic_write(path.with_name(path.name + ".sig")) as fh:
                fh.write(self.signature(src) + "\n")

    def write_tmx(self, pairs: dict[str, list[tuple[Document, Segment]]]) -> None:
        srclang = self.cfg.source_languages[0] if len(self.cfg.source_languages) == 1 else "*all*"
        tmx.write_tmx(self.out / "parallel" / "corpus.tmx", pairs, srclang=srclang, tgt=self.tgt,
                      signature=self.signature())

    def write_doc_files(self, docs: list[Document]) -> None:
        keep = set()
        for d in docs:
            if not self._bilingual(d):
                continue
            path = self.doc_path(d)
            keep.add(path.name)
            with atomic_write(path) as fh:
                fh.write(f"# {self.signature(d.lang)}\n")
                fh.write("\t".join(DOC_HEADER) + "\n")
                for s in d.segments:
                    row = (s.seg_id, s.start, s.end, s.text, s.translation, s.engine)
                    fh.write("\t".join(tsv_field(v) for v in row) + "\n")
        folder = self.out / "docs"
        if folder.is_dir():  # articles gone from the corpus leave no stale file behind
            for old in folder.glob("*.tsv"):
                if old.name not in keep:
                    old.unlink()


    # --- quotes -----------------------------------------------------------------
    def quote_tsv(self, src: str) -> Path:
        return self.out / "quotes" / f"quotes.{src}-{self.tgt}.tsv"

    def write_quotes(self, docs: list[Document]) -> None:
        sig = self.signature()
        with atomic_write(self.out / "quotes" / "quotes.jsonl") as fh:
            for d in docs:
                for q in d.quotes:
                    record = {**asdict(q), "date": d.date, "signature": sig}
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        with atomic_write(self.out / "quotes" / "clusters.jsonl") as fh:
            for c in self.clusters:
                fh.write(json.dumps({**asdict(c), "signature": sig}, ensure_ascii=False) + "\n")
        header = ("quote_id", "doc_id", "cluster_id", "speaker", "via", "start", "end",
                  "source", "translation", "engine")
        for src in self.cfg.source_languages:
            with atomic_write(self.quote_tsv(src)) as fh:
                fh.write(f"# {self.signature(src)}\n" + "\t".join(header) + "\n")
                for d in docs:
                    for q in d.quotes:
                        if q.lang != src:
                            continue
                        row = (q.quote_id, q.doc_id, q.cluster_id, q.speaker, ",".join(q.via),
                               q.start, q.end, q.text, q.translation, q.engine)
                        fh.write("\t".join(tsv_field(v) for v in row) + "\n")
