"""Atomic file writing and the signature every output carries."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from pipeline import __version__
from pipeline.faults import os_fault

TMP_SUFFIX = ".tmp"


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file beside ``path``, then rename it into place, so
    readers (and a run killed half-way) never see a half-written file.

    A failed write (disk full, read-only or vanished folder) leaves the previous
    file in place, removes the temporary one and raises a FaultError naming
    ``path``. A run killed outright (SIGKILL) may leave a ``.NAME.*.tmp`` file;
    the next run removes those (:func:`remove_stale_temporaries`)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TMP_SUFFIX)
    except OSError as exc:
        raise os_fault(exc, path) from exc
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600 files; outputs are for reviewers too
        kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            if _same_content(tmp, path):
                # the file would not change: it is left as it is (its time too), so
                # an unchanged re-run rewrites nothing and tools that watch the
                # folder see no change
                os.unlink(tmp)
                return
            if _BATCH is None:
                os.fsync(fh.fileno())
        if _BATCH is None:
            os.replace(tmp, path)
        else:
            _BATCH.add(tmp, os.fspath(path))
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise os_fault(exc, path) from exc
        raise


def _same_content(tmp: str, path: Path) -> bool:
    """Does ``path`` already hold exactly what ``tmp`` holds?"""
    try:
        if os.path.getsize(tmp) != os.path.getsize(path) or not path.is_file() or path.is_symlink():
            return False
        with open(tmp, "rb") as a, open(path, "rb") as b:
            while True:
                x, y = a.read(1 << 16), b.read(1 << 16)
                if x != y:
                    return False
                if not x:
                    return True
    except OSError:
        return False


class Pending:
    """The (temporary, final) paths of a batch's writes, kept to its end as
    bytes on disk rather than as two strings and a tuple each in memory: an
    export of 20,000 articles defers some 90,000 writes, and that many small
    objects, freed only at the end, would hold memory the rest of the export
    cannot reuse. A temporary lies beside its final path, so only its name is
    kept, and each folder once."""

    def __init__(self) -> None:
        self._folders: dict[str, int] = {}
        self._names: list[str] = []  # folder number -> folder
        # per write: folder number, final name, temporary name, each NUL-ended;
        # in pieces of about CHUNK bytes, each written out once full to an
        # unnamed file beside the first write (kept in memory where that
        # cannot be made), their sizes kept to read them back
        self._spill: IO[bytes] | None = None
        self._chunks: list[bytes] = []  # pieces the spill file could not take
        self._sizes: list[int] = []
        self._buf = bytearray()
        self.count = 0

    CHUNK = 1 << 16

    def add(self, tmp: str, path: str) -> None:
        folder, name = os.path.split(path)
        tmp_folder, tmp_name = os.path.split(tmp)
        if tmp_folder != folder:
            raise ValueError(f"{tmp} is not beside {path}")
        n = self._folders.get(folder)
        if n is None:
            n = self._folders[folder] = len(self._names)
            self._names.append(folder)
        self._buf += b"%d\0%b\0%b\0" % (n, os.fsencode(name), os.fsencode(tmp_name))
        self.count += 1
        if len(self._buf) >= self.CHUNK:
            self._put(bytes(self._buf))
            self._buf.clear()

    def _put(self, piece: bytes) -> None:
        if self._spill is None and not self._chunks:
            try:
                self._spill = tempfile.TemporaryFile(dir=self._names[0] or ".")
            except OSError:
                self._spill = None
        if self._spill is None:
            self._chunks.append(piece)
            return
        self._spill.write(piece)
        self._sizes.append(len(piece))

    def _pieces(self) -> Iterator[bytes]:
        if self._spill is not None:
            self._spill.flush()
            self._spill.seek(0)
            for size in self._sizes:
                yield self._spill.read(size)
        yield from self._chunks
        yield bytes(self._buf)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        """(temporary, final) paths, in the order written; one pair at a time."""
        names = self._names
        for buf in self._pieces():  # a write never spans two pieces
            i = 0
            while i < len(buf):
                a = buf.index(0, i)
                b = buf.index(0, a + 1)
                c = buf.index(0, b + 1)
                folder = names[int(buf[i:a])]
                yield (os.path.join(folder, os.fsdecode(buf[b + 1 : c])),
                       os.path.join(folder, os.fsdecode(buf[a + 1 : b])))
                i = c + 1

    def folders(self) -> list[str]:
        return list(self._names)

    def close(self) -> None:
        if self._spill is not None:
            self._spill.close()
            self._spill = None


# the writes of the open write_batch(), else None
_BATCH: Pending | None = None


@contextlib.contextmanager
def write_batch() -> Iterator[None]:
    """Within: :func:`atomic_write` writes its temporary file and defers the
    rest; at the end one sync of each file system written to (``syncfs``),
    then every rename, then one sync of each folder. Same guarantees as
    separate atomic writes, one disk flush instead of one per file (50,000
    article files: seconds instead of minutes), and outputs change together
    at the end. If anything fails or the run is stopped before then, no
    output has changed and the temporaries are removed (those of a run killed
    outright are removed by the next run). Nested batches join the outer one."""
    global _BATCH
    if _BATCH is not None:
        yield
        return
    _BATCH = pending = Pending()
    try:
        yield
        _sync_files(tmp for tmp, _ in pending)
        for tmp, path in pending:
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise os_fault(exc, path) from exc
        for folder in pending.folders():
            _fsync_path(folder or ".")
    except BaseException:
        for tmp, _ in pending:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise
    finally:
        _BATCH = None
        pending.close()


def _sync_files(paths: Iterable[str]) -> None:
    """Flush ``paths`` to disk: one syncfs per file system where available,
    else an fsync per file."""
    devices: dict[int, str] = {}
    rest = []  # paths on file systems syncfs could not flush: fsynced one by one
    for p in paths:
        try:
            dev = os.stat(p).st_dev
        except OSError as exc:
            raise os_fault(exc, p) from exc
        if dev not in devices:
            devices[dev] = p if _syncfs(p) else ""
        if not devices[dev]:
            rest.append(p)
    for p in rest:
        try:
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise os_fault(exc, p) from exc


def _syncfs(path: str) -> bool:
    """Linux syncfs(2) on the file system holding ``path``; False where unavailable."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fd = os.open(path, os.O_RDONLY)
    except (OSError, AttributeError):
        return False
    try:
        return getattr(libc, "syncfs", None) is not None and libc.syncfs(fd) == 0
    finally:
        os.close(fd)


def _fsync_path(path: Path | str) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # folders on some file systems cannot be fsynced
    finally:
        os.close(fd)


def all_present(paths) -> bool:
    """Is every file of ``paths`` there? One directory listing per folder
    rather than a stat per file (an article alone has three output files)."""
    listed: dict[str, set[str]] = {}
    for p in paths:
        folder, _, name = str(p).rpartition(os.sep)
        names = listed.get(folder)
        if names is None:
            try:
                with os.scandir(folder) as it:
                    names = {e.name for e in it if e.is_file()}
            except OSError:
                names = set()
            listed[folder] = names
        if name not in names:
            return False
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the temporary files of writes a killed run left in ``folder``
    (``.NAME.XXXXXXXX.tmp``, as :func:`atomic_write` names them). Call with the
    output folder's run lock held: no other writer is active then."""
    removed = []
    if not folder.is_dir():
        return removed
    for tmp in folder.rglob(f".*{TMP_SUFFIX}"):
        if tmp.is_file() and not tmp.is_symlink() and ".state" not in tmp.relative_to(folder).parts:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
                removed.append(tmp)
    return removed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def signature(src: str, tgt: str, mt: str, cfg_hash: str) -> str:
    """``src:fr|tgt:en|mt:<engine>-<model>@<version>|langid:langdetect|cfg:<hash8>|version:<pkg>``"""
    return f"src:{src}|tgt:{tgt}|mt:{mt}|langid:langdetect|cfg:{cfg_hash[:8]}|version:{__version__}"
