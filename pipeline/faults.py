"""Machine faults turned into one clear sentence: which path, what happened,
what to do. Library code converts ``OSError`` and ``sqlite3.Error`` here into
:class:`~pipeline.errors.FaultError`; the CLI prints it on one line with exit
code 1 (the traceback only with ``--debug``).

Every message ends by saying that earlier outputs are intact and the next run
resumes: outputs are replaced atomically and the state store commits per
batch, so that is true for every fault listed here.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from pipeline.errors import FaultError

RESUME = "earlier outputs are intact and the next run resumes from what this one committed"

_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS}
_DENIED = {errno.EACCES, errno.EPERM}
_GONE = {errno.ENOENT, errno.ESTALE if hasattr(errno, "ESTALE") else errno.ENOENT}


def os_fault(exc: OSError, path: Path | str | None = None, doing: str = "writing") -> FaultError:
    """A FaultError for an OSError met while ``doing`` (writing, reading...) ``path``."""
    where = str(path or exc.filename or "the output folder")
    code = exc.errno
    if code in _NO_SPACE:
        fault = FaultError(f"no space left on the device holding {where}",
                           hint=f"free some space there (or set `output` to another disk) and run again; {RESUME}")
    elif code in _READ_ONLY:
        fault = FaultError(f"{where} is on a read-only file system",
                           hint=f"remount it read-write or set `output` to a writable folder, then run again; {RESUME}")
    elif code in _DENIED:
        fault = FaultError(f"permission denied {doing} {where}",
                           hint="give the user that runs the pipeline write access there (or set `output` "
                                f"to a folder it can write), then run again; {RESUME}")
    elif code in _GONE:
        fault = FaultError(f"{where} disappeared during the run (was the output folder deleted or unmounted?)",
                           hint=f"run again: the output folder is created again; {RESUME}")
    elif code == errno.EIO:
        fault = FaultError(f"input/output error {doing} {where}",
                           hint=f"check the disk (dmesg, free space), then run again; {RESUME}")
    else:
        fault = FaultError(f"cannot finish {doing} {where}: {exc.strerror or exc}",
                           hint=f"fix that and run again; {RESUME}")
    fault.__cause__ = exc
    return fault


def _sqlite_name(exc: sqlite3.Error) -> str:
    """SQLITE_BUSY, SQLITE_FULL, ... (Python 3.11+), else guessed from the message."""
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        return name
    text = str(exc).lower()
    for needle, guess in (("locked", "SQLITE_BUSY"), ("is full", "SQLITE_FULL"), ("disk i/o", "SQLITE_IOERR"),
                          ("readonly", "SQLITE_READONLY"), ("unable to open", "SQLITE_CANTOPEN"),
                          ("not a database", "SQLITE_NOTADB"), ("malformed", "SQLITE_CORRUPT")):
        if needle in text:
            return guess
    return "SQLITE_ERROR"


def is_corrupt(exc: sqlite3.Error) -> bool:
    """The database file is damaged or not a database at all."""
    return _sqlite_name(exc).startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def _disk_full(path: Path) -> bool:
    try:
        st = os.statvfs(path.parent if not path.is_dir() else path)
    except OSError:
        return False
    return st.f_bavail == 0


def sqlite_fault(exc: sqlite3.Error, path: Path, what: str = "state database") -> FaultError:
    """A FaultError for an error of the SQLite database at ``path``."""
    name = _sqlite_name(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        fault = FaultError(f"the {what} {path} is locked by another program",
                           hint="close whatever holds it open (an sqlite3 shell, a backup or sync tool) and run "
                                f"again (another pipeline run would have exited with code 3 instead); {RESUME}")
    elif name.startswith("SQLITE_FULL") or (name.startswith("SQLITE_IOERR") and _disk_full(path)):
        fault = FaultError(f"no space left on the device holding the {what} {path}",
                           hint=f"free some space there (or set `output` to another disk) and run again; {RESUME}")
    elif name.startswith("SQLITE_READONLY"):
        fault = FaultError(f"the {what} {path} cannot be written (read-only file system or no permission)",
                           hint=f"make the output folder writable for this user, then run again; {RESUME}")
    elif name.startswith("SQLITE_CANTOPEN"):
        fault = FaultError(f"cannot open the {what} {path} (folder missing, deleted mid-run, or not writable)",
                           hint=f"check the output folder exists and is writable, then run again; {RESUME}")
    elif name.startswith("SQLITE_IOERR"):
        fault = FaultError(f"input/output error on the {what} {path} ({exc})",
                           hint=f"check free space and the disk (dmesg), then run again; {RESUME}")
    elif name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        fault = FaultError(f"the {what} {path} is corrupt ({exc})",
                           hint="run again: a corrupt database found when a run starts is moved aside and rebuilt")
    else:
        fault = FaultError(f"the {what} {path} failed: {exc}", hint=f"fix that and run again; {RESUME}")
    fault.__cause__ = exc
    return fault


def as_fault(exc: BaseException, path: Path | str | None = None) -> FaultError | None:
    """A FaultError for a machine fault, or None when ``exc`` is something else."""
    if isinstance(exc, FaultError):
        return exc
    if isinstance(exc, sqlite3.Error):
        return sqlite_fault(exc, Path(path) if path else Path("state.sqlite"))
    if isinstance(exc, OSError) and exc.errno in (_NO_SPACE | _READ_ONLY | {errno.EIO}):
        return os_fault(exc, path)
    return None
