"""export: write the files reviewers and tools read, each atomically and each
with the run's signature.

- ``documents.jsonl``: one record per input file, ``ok`` or ``rejected``.
- ``parallel/corpus.tsv``: every segment with its offsets into the document.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pipeline.config import Config
from pipeline.data import Document
from pipeline.outputs import atomic_write, signature

TSV_HEADER = ("doc_id", "seg_id", "src_lang", "start", "end", "source", "translation", "engine")


def tsv_field(value: object) -> str:
    """TSV-safe text: backslash, tab and line breaks are escaped as \\\\, \\t, \\n, \\r."""
    if value is None:
        return ""
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


class Export:
    name = "export"
    version = "1"

    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.out = cfg.output

    @property
    def signature(self) -> str:
        src = "+".join(self.cfg.source_languages)
        return signature(src, self.cfg.target_language, "none", self.cfg.hash)

    def fingerprint(self, docs: list[Document]) -> str:
        """Changes whenever any exported content could change."""
        h = hashlib.sha256(f"{self.version}|{self.signature}".encode())
        for d in docs:
            h.update(f"{d.doc_id}|{d.path}|{d.sha256}|{d.status}|{d.reason}\n".encode())
            h.update(hashlib.sha256(d.to_json().encode()).digest())
        return h.hexdigest()

    def files(self) -> list[Path]:
        return [self.out / "documents.jsonl", self.out / "parallel" / "corpus.tsv"]

    def outputs_exist(self, docs: list[Document]) -> bool:
        return all(p.is_file() for p in self.files())

    def files_written(self, docs: list[Document]) -> list[str]:
        return [p.relative_to(self.out).as_posix() for p in self.files()]

    def write(self, docs: list[Document]) -> None:
        self.write_documents(docs)
        self.write_corpus_tsv(docs)

    def write_documents(self, docs: list[Document]) -> None:
        with atomic_write(self.out / "documents.jsonl") as fh:
            for d in docs:
                record = d.summary()
                record["signature"] = self.signature
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def write_corpus_tsv(self, docs: list[Document]) -> None:
        with atomic_write(self.out / "parallel" / "corpus.tsv") as fh:
            fh.write(f"# {self.signature}\n")
            fh.write("\t".join(TSV_HEADER) + "\n")
            for d in docs:
                for s in d.segments:
                    row = (d.doc_id, s.seg_id, s.lang, s.start, s.end, s.text, s.translation, s.engine)
                    fh.write("\t".join(tsv_field(v) for v in row) + "\n")
