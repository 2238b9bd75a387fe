"""ingest: find the corpus files, read and decode them, hash them.

Every file found becomes a Document: ``ok`` with its decoded text, or
``rejected`` with a reason. One bad file never stops the run.
"""

from __future__ import annotations

import codecs
import fnmatch
import hashlib
import logging
import re
from pathlib import Path

from pipeline.config import Config
from pipeline.data import Document

log = logging.getLogger(__name__)

# Byte-order marks, longest first (the UTF-32 LE mark starts with UTF-16 LE's).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters other than tab/newline/carriage return/form feed: many of
# them in decoded text mean the guess was wrong or the file is not text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SLUG = re.compile(r"[^A-Za-z0-9_-]+")


class Ingest:
    name = "ingest"

    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.icfg = cfg.ingest

    def find_files(self) -> list[Path]:
        """Files matching the include globs (recursive with ``**``), minus excludes."""
        root = self.cfg.corpus
        found: set[Path] = set()
        for pattern in self.icfg.include:
            found.update(p for p in root.glob(pattern) if p.is_file())
        rel = {p: p.relative_to(root).as_posix() for p in found}
        kept = [
            p for p in found
            if not any(fnmatch.fnmatch(rel[p], ex) for ex in self.icfg.exclude)
            and not any(part.startswith(".") for part in Path(rel[p]).parts)
        ]
        return sorted(kept, key=lambda p: rel[p])

    def scan(self) -> list[Document]:
        return [self.read(p) for p in self.find_files()]

    def read(self, path: Path) -> Document:
        rel = path.relative_to(self.cfg.corpus).as_posix()
        doc = Document(doc_id=make_doc_id(rel), path=rel, sha256="")
        try:
            size = path.stat().st_size
            doc.size = size
            if size > self.icfg.max_bytes:
                # Not read at all: hash the path and size so the id stays stable.
                doc.sha256 = hashlib.sha256(f"{rel}:{size}".encode()).hexdigest()
                doc.reject(f"oversize: {size} bytes > ingest.max_bytes={self.icfg.max_bytes}")
                return doc
            data = path.read_bytes()
        except OSError as exc:
            doc.sha256 = hashlib.sha256(rel.encode()).hexdigest()
            doc.reject(f"unreadable: {exc.strerror or exc}")
            return doc
        doc.sha256 = hashlib.sha256(data).hexdigest()
        text, encoding, reason = decode(data)
        if reason is None and len(text.strip()) < self.icfg.min_chars:
            reason = "whitespace_only"
        if reason:
            doc.reject(reason)
            log.warning("rejected %s: %s", rel, reason)
            return doc
        doc.text, doc.encoding = text, encoding
        return doc


def make_doc_id(rel_path: str) -> str:
    """A stable, file-system-safe id: the file's stem plus a hash of its path."""
    stem = _SLUG.sub("_", Path(rel_path).stem).strip("_")[:48] or "doc"
    return f"{stem}-{hashlib.sha1(rel_path.encode('utf-8')).hexdigest()[:8]}"


def decode(data: bytes) -> tuple[str, str | None, str | None]:
    """Returns (text, encoding, rejection reason)."""
    if not data:
        return "", None, "empty"
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                return "", None, f"undecodable: invalid {encoding} after byte-order mark"
    if b"\x00" in data:
        return "", None, "binary: contains NUL bytes"
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: let charset-normalizer pick (cp1252 and latin-1 are the usual cases).
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return "", None, "undecodable: no text encoding fits"
    return _checked(str(best), best.encoding)


def _checked(text: str, encoding: str) -> tuple[str, str | None, str | None]:
    if not text.strip():
        return "", encoding, "whitespace_only"
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        return "", encoding, f"binary: {controls} control characters after decoding as {encoding}"
    return text, encoding, None
