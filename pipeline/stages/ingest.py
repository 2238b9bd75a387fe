"""ingest: find the corpus files, read and decode them, hash them.

Every path that matches the include globs becomes a Document: ``ok`` with its
decoded text, or ``rejected`` with a reason. One bad file never stops the run,
and nothing is ever opened that is not a regular file, so a FIFO or a device
in the corpus cannot block a run.

Finding files (:meth:`Ingest.find_files`) walks the corpus folder itself, never
following a symbolic link to a folder unless ``ingest.follow_symlinks`` says
so (and then only out of the corpus, never in a loop). Hidden names (``.x``)
are skipped, as before. Reading (:meth:`Ingest.read`) decides per path:

- a symlink that loops or leads nowhere: ``symlink_loop`` / ``broken_link``;
- a file whose real path is outside the corpus folder (a symlink to
  ``/etc/passwd``): ``outside_corpus``, unless ``ingest.follow_symlinks: true``;
- a symlink to a folder of the corpus: ``symlinked_directory`` (its files are
  read under their own path, once);
- a directory, FIFO, socket or device: ``not_a_file: <kind>``;
- a file that cannot be opened: ``unreadable: <why>``;
- then the size, encoding, control-character and binary checks.

Paths are recorded printable: bytes that are not UTF-8 are written ``\\xNN``,
control characters (a newline in a file name) as ``\\n``, ``\\x1b``..., and a
backslash as ``\\\\``, so every path is one JSON- and TSV-safe line.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import hashlib
import logging
import os
import re
import stat
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

# Control characters, decided per class (see README, "Input files"):
# - terminal escape sequences (CSI "ESC [ ... final", OSC "ESC ] ... BEL/ST",
#   DCS/SOS/PM/APC strings, two-character escapes, the 8-bit CSI) are removed
#   whole: colour codes in a captured page say nothing;
# - tab, newline, carriage return and form feed are text and stay;
# - vertical tab and NEL (U+0085) separate lines: they become a newline;
# - every other C0 control (bell, backspace, ...), DEL and the C1 controls
#   are removed;
# and the removals are counted on the document (``stats["ingest"]["dropped"]``:
# ``escape_sequences``, ``control_chars``). Only real binary is rejected: NUL
# bytes, or bare control characters (outside escape sequences) making up more
# than BINARY_SHARE of the text.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"                      # CSI: colours, cursor moves
    r"|\x9b[0-?]*[ -/]*[@-~]"                        # 8-bit CSI
    r"|\x1b\][^\x07\x1b]{0,2048}(?:\x07|\x1b\\)"      # OSC ... BEL or ST: window titles, links
    r"|\x1b[PX^_][^\x1b]{0,2048}\x1b\\"               # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]"                              # two-character escapes: ESC c, ESC ( B, ESC 7
)
_LINE_CONTROLS = re.compile(r"[\x0b\x85]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
BINARY_SHARE = 0.02  # bare controls above this share of the characters: not text
BINARY_MIN = 8  # ... and above this count (a short note with a bell or two is text)
_SLUG = re.compile(r"[^A-Za-z0-9_-]+")

_KINDS = (
    (stat.S_ISDIR, "directory"),
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


def _kind(mode: int) -> str:
    for test, name in _KINDS:
        if test(mode):
            return name
    return "special file"


def printable_path(rel: str) -> str:
    """``rel`` (as the OS gave it, undecodable bytes as surrogates) as one
    printable line: ``\\xNN`` for bytes that are not UTF-8, escapes for control
    and other non-printable characters, ``\\\\`` for a backslash."""
    if rel.isprintable() and "\\" not in rel:
        return rel
    out = []
    for ch in rel:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: an undecodable byte
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch == "\\":
            out.append("\\\\")
        elif ch in "\n\r\t":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        elif ch.isprintable():
            out.append(ch)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out)


def _split_pattern(pattern: str) -> tuple[str, ...]:
    return tuple(part for part in pattern.replace("\\", "/").split("/") if part not in ("", "."))


def _match(pat: tuple[str, ...], parts: tuple[str, ...], i: int = 0, j: int = 0) -> bool:
    """Glob match by path components: ``**`` is zero or more folders, other
    wildcards stay within one name (as ``Path.glob``)."""
    while i < len(pat):
        if pat[i] == "**":
            while i + 1 < len(pat) and pat[i + 1] == "**":
                i += 1
            if i == len(pat) - 1:
                return True
            return any(_match(pat, parts, i + 1, k) for k in range(j, len(parts) + 1))
        if j >= len(parts) or not fnmatch.fnmatchcase(parts[j], pat[i]):
            return False
        i, j = i + 1, j + 1
    return j == len(parts)


def _could_contain(pat: tuple[str, ...], parts: tuple[str, ...], i: int = 0, j: int = 0) -> bool:
    """Could a path below the folder ``parts`` match ``pat``?"""
    if j == len(parts):
        return i < len(pat)
    if i == len(pat):
        return False
    if pat[i] == "**":
        return _could_contain(pat, parts, i + 1, j) or _could_contain(pat, parts, i, j + 1)
    return fnmatch.fnmatchcase(parts[j], pat[i]) and _could_contain(pat, parts, i + 1, j + 1)


def _names_files(pat: tuple[str, ...]) -> bool:
    """``*.txt`` names files (a folder it matches is reported); ``*`` and
    ``**`` match folders as containers, not as inputs."""
    return bool(pat) and pat[-1].strip("*?") != ""


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def open_regular(path: str) -> int:
    """Open for reading without following a final symlink and without
    blocking (a FIFO swapped in after the check would otherwise wait for a
    writer forever). Patched in tests to simulate unreadable files."""
    return os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))


class Ingest:
    name = "ingest"
    # part of every document stage's key: bump when the text ingest produces
    # for the same bytes changes (2: control characters removed)
    version = "2"

    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.icfg = cfg.ingest
        self.root = Path(cfg.corpus)
        self._patterns = [_split_pattern(p) for p in self.icfg.include]
        self._walk_reasons: dict[Path, str] = {}  # what find_files learnt about a path (unlistable folder)

    # --- finding ------------------------------------------------------------
    def find_files(self) -> list[Path]:
        """Every path under the corpus that matches the include globs (minus
        excludes and hidden names), files or not: :meth:`read` says what each
        one is. Raises FaultError when the corpus folder itself is missing."""
        from pipeline.errors import FaultError

        root = self.root
        try:
            root_stat = os.stat(root)
            if not stat.S_ISDIR(root_stat.st_mode):
                raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(root))
        except OSError as exc:
            raise FaultError(
                f"the corpus folder {root} is missing or unreadable ({exc.strerror or exc})",
                hint="mount or restore it (or fix `corpus` in the config), then run again; "
                     "earlier outputs are intact",
            ) from exc
        real_root = os.path.realpath(root)
        found: list[tuple[str, Path]] = []
        # (folder, its path components under the corpus, real paths of the followed folders above it)
        stack: list[tuple[Path, tuple[str, ...], frozenset[str]]] = [(root, (), frozenset({real_root}))]
        while stack:
            folder, parts, above = stack.pop()
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name, reverse=True)
            except OSError as exc:
                if folder == root:
                    raise FaultError(f"cannot list the corpus folder {root} ({exc.strerror or exc})",
                                     hint="fix its permissions or mount, then run again") from exc
                # an unreadable folder that could hold inputs is reported as such
                found.append(("/".join(parts), folder))
                self._walk_reasons[folder] = f"unreadable: cannot list the folder ({exc.strerror or exc})"
                continue
            for entry in entries:
                name = entry.name
                if name.startswith("."):
                    continue
                sub = (*parts, name)
                path = folder / name
                matched = any(_match(p, sub) for p in self._patterns)
                descend = any(_could_contain(p, sub) for p in self._patterns)
                try:
                    is_link = entry.is_symlink()
                    is_dir = entry.is_dir(follow_symlinks=False)
                except OSError:
                    is_link = is_dir = False
                if is_dir:
                    if matched and any(_names_files(p) and _match(p, sub) for p in self._patterns):
                        found.append(("/".join(sub), path))
                    if descend:
                        stack.append((path, sub, above))
                    continue
                if is_link and descend and not matched:
                    # a link to a folder that could hold inputs: followed only
                    # out of the corpus, with follow_symlinks, and not in a loop
                    try:
                        target_is_dir = stat.S_ISDIR(os.stat(path).st_mode)
                    except OSError:
                        target_is_dir = False  # broken or looping: reported if its name matches
                    if target_is_dir:
                        real = os.path.realpath(path)
                        if real in above:
                            self._walk_reasons[path] = "symlink_loop: leads back to a folder above it"
                            found.append(("/".join(sub), path))
                        elif self.icfg.follow_symlinks and not _inside(real, real_root):
                            stack.append((path, sub, above | {real}))
                        else:
                            found.append(("/".join(sub), path))  # read() says why it is not followed
                        continue
                if matched:
                    found.append(("/".join(sub), path))
        kept = [
            (rel, p) for rel, p in found
            if not any(fnmatch.fnmatch(rel, ex) for ex in self.icfg.exclude)
        ]
        kept.sort(key=lambda item: item[0])
        return [p for _, p in kept]

    def scan(self) -> list[Document]:
        return [self.read(p) for p in self.find_files()]

    def _real_root(self) -> str:
        if getattr(self, "_real_root_path", None) is None:
            self._real_root_path = os.path.realpath(self.root)
        return self._real_root_path

    def relative(self, path: Path) -> str:
        """The path recorded for ``path``: relative to the corpus, POSIX, printable."""
        return printable_path(path.relative_to(self.root).as_posix())

    # --- reading --------------------------------------------------------------
    def _rejected(self, doc: Document, rel: str, reason: str) -> Document:
        # Not read: hash the path so the record has a stable sha256.
        doc.sha256 = doc.sha256 or hashlib.sha256(rel.encode("utf-8")).hexdigest()
        doc.reject(reason)
        log.warning("rejected %s: %s", rel, reason)
        return doc

    def _target(self, path: Path, rel: str, doc: Document) -> tuple[str, os.stat_result] | Document:
        """The real path to open and its stat, or ``doc`` rejected with why not."""
        try:
            lst = os.lstat(path)
        except OSError as exc:
            return self._rejected(doc, rel, f"unreadable: {exc.strerror or exc}")
        real = os.path.realpath(path)
        if stat.S_ISLNK(lst.st_mode):
            try:
                st = os.stat(path)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    return self._rejected(doc, rel, "symlink_loop: the link leads back to itself")
                if exc.errno in (errno.ENOENT, errno.ENOTDIR):
                    return self._rejected(doc, rel, f"broken_link: points to {os.readlink(path)!s} which does not exist")
                return self._rejected(doc, rel, f"unreadable: {exc.strerror or exc}")
        else:
            st = lst
        real_root = self._real_root()
        if not _inside(real, real_root):
            if not self.icfg.follow_symlinks:
                return self._rejected(
                    doc, rel, f"outside_corpus: resolves to {printable_path(real)} "
                              "(set ingest.follow_symlinks: true to read it)")
        elif stat.S_ISLNK(lst.st_mode) and stat.S_ISDIR(st.st_mode):
            inner = printable_path(os.path.relpath(real, real_root))
            return self._rejected(doc, rel, f"symlinked_directory: the corpus folder {inner}, read there")
        if not stat.S_ISREG(st.st_mode):
            return self._rejected(doc, rel, f"not_a_file: {_kind(st.st_mode)}")
        return real, st

    def read(self, path: Path) -> Document:
        rel = self.relative(path)
        doc = Document(doc_id=make_doc_id(rel), path=rel, sha256="")
        if path in self._walk_reasons:
            return self._rejected(doc, rel, self._walk_reasons[path])
        target = self._target(path, rel, doc)
        if isinstance(target, Document):
            return target
        real, st = target
        doc.size = st.st_size
        limit = self.icfg.max_bytes
        if st.st_size > limit:
            # Not read at all: hash the path and size so the id stays stable.
            doc.sha256 = hashlib.sha256(f"{rel}:{st.st_size}".encode()).hexdigest()
            return self._rejected(doc, rel, f"oversize: {st.st_size} bytes > ingest.max_bytes={limit}")
        try:
            fd = open_regular(real)
        except OSError as exc:
            return self._rejected(doc, rel, f"unreadable: {exc.strerror or exc}")
        try:
            opened = os.fstat(fd)
            if not stat.S_ISREG(opened.st_mode):  # swapped after the check
                return self._rejected(doc, rel, f"not_a_file: {_kind(opened.st_mode)}")
            chunks, total = [], 0
            while total <= limit:
                chunk = os.read(fd, min(1 << 20, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except OSError as exc:
            return self._rejected(doc, rel, f"unreadable: {exc.strerror or exc}")
        finally:
            os.close(fd)
        data = b"".join(chunks)
        if len(data) > limit:  # grew since the check
            doc.size = len(data)
            doc.sha256 = hashlib.sha256(f"{rel}:{len(data)}".encode()).hexdigest()
            return self._rejected(doc, rel, f"oversize: more than ingest.max_bytes={limit} bytes")
        doc.size = len(data)
        doc.sha256 = hashlib.sha256(data).hexdigest()
        text, encoding, reason, removed = decode_counted(data)
        if reason is None and len(text.strip()) < self.icfg.min_chars:
            reason = "whitespace_only"
        if reason:
            return self._rejected(doc, rel, reason)
        doc.text, doc.encoding = text, encoding
        for what, n in removed.items():
            if n:
                doc.count_drop(self.name, what, n)
        return doc


def make_doc_id(rel_path: str) -> str:
    """A stable, file-system-safe id: the file's stem plus a hash of its path."""
    stem = _SLUG.sub("_", Path(rel_path).stem).strip("_")[:48] or "doc"
    return f"{stem}-{hashlib.sha1(rel_path.encode('utf-8')).hexdigest()[:8]}"


def decode(data: bytes) -> tuple[str, str | None, str | None]:
    """Returns (text, encoding, rejection reason); control characters removed."""
    text, encoding, reason, _ = decode_counted(data)
    return text, encoding, reason


def decode_counted(data: bytes) -> tuple[str, str | None, str | None, dict[str, int]]:
    """Returns (text, encoding, rejection reason, {what was removed: count})."""
    if not data:
        return "", None, "empty", {}
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                return "", None, f"undecodable: invalid {encoding} after byte-order mark", {}
    if b"\x00" in data:
        return "", None, "binary: contains NUL bytes", {}
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: let charset-normalizer pick (cp1252 and latin-1 are the usual cases).
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return "", None, "undecodable: no text encoding fits", {}
    return _checked(str(best), best.encoding)


def strip_controls(text: str) -> tuple[str, dict[str, int]]:
    """Remove terminal escape sequences and control characters (see _ESCAPES
    above); returns the text and {"escape_sequences": n, "control_chars": n}."""
    counts = {"escape_sequences": 0, "control_chars": 0}
    if not (_CONTROL.search(text) or _LINE_CONTROLS.search(text)):
        return text, counts  # the usual case: nothing to do
    text, counts["escape_sequences"] = _ESCAPES.subn("", text)
    text = _LINE_CONTROLS.sub("\n", text)
    text, counts["control_chars"] = _CONTROL.subn("", text)
    return text, counts


def _checked(text: str, encoding: str) -> tuple[str, str | None, str | None, dict[str, int]]:
    if not text.strip():
        return "", encoding, "whitespace_only", {}
    if "\x00" in text:
        return "", encoding, f"binary: NUL characters after decoding as {encoding}", {}
    stripped, counts = strip_controls(text)
    bare = counts["control_chars"]
    if bare > max(BINARY_MIN, len(text) * BINARY_SHARE):
        return "", encoding, f"binary: {bare} control characters after decoding as {encoding}", {}
    if not stripped.strip():
        return "", encoding, "whitespace_only", counts
    return stripped, encoding, None, counts
