"""Atomic file writing and the signature every output carries."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from pipeline import __version__


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file beside ``path``, then rename it into place, so
    readers (and a run killed half-way) never see a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600 files; outputs are for reviewers too
    try:
        kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def signature(src: str, tgt: str, mt: str, cfg_hash: str) -> str:
    """``src:fr|tgt:en|mt:<engine>-<model>@<version>|langid:langdetect|cfg:<hash8>|version:<pkg>``"""
    return f"src:{src}|tgt:{tgt}|mt:{mt}|langid:langdetect|cfg:{cfg_hash[:8]}|version:{__version__}"
