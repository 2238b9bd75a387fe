"""An unchanged corpus, recognised without reading a file.

A plain run first compares a snapshot of what its outputs depend on with the
one the last complete run left: the config, every stage's version, engines and
models, the language resources, and each input's path, size, modification
time and inode (read with ``lstat``, as make and git do). If they are equal and
every output of that run is still there, its report is reused and no work is
done. ``--force``, ``--only``, ``--until`` and ``--no-cache`` never take this
shortcut.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from typing import TYPE_CHECKING, Any

from pipeline import stages
from pipeline.outputs import all_present

if TYPE_CHECKING:
    from pipeline.config import Config
    from pipeline.runner import RunOptions
    from pipeline.state import StateStore

log = logging.getLogger("pipeline.runner")


def snapshot(cfg: Config, opts: RunOptions, classes: dict[str, type]) -> str | None:
    """The snapshot of this run's inputs, or None for runs that must not take the shortcut."""
    if opts.force or opts.only or opts.until or opts.no_cache:
        return None
    from pipeline import __version__, lexicon, review
    from pipeline.document_stages import stage_salts

    h = hashlib.sha256(f"{__version__}|{cfg.hash}|{cfg.corpus}|{cfg.output}".encode())
    h.update(json.dumps(stage_salts(cfg, classes), sort_keys=True).encode())
    for cls in (stages.load("align"), stages.load("export")):
        h.update(f"|{cls.name}@{cls.version}".encode())
    # what alignment and the review site read besides the documents
    h.update(f"|lexicon:{lexicon.fingerprint()}|review@{review.VERSION}\n".encode())
    for path in stages.load("ingest")(cfg).find_files():
        try:
            st = os.lstat(path)
            h.update(f"{path}|{st.st_mode}|{st.st_size}|{st.st_mtime_ns}|{st.st_ino}\n".encode(
                "utf-8", "surrogateescape"))
        except OSError:
            h.update(f"{path}|gone\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def reuse(cfg: Config, store: StateStore, snap: str, report: dict[str, Any]) -> bool:
    """If nothing changed since the last complete run and its outputs are all
    there, put its report (every stage cached) into ``report``; True then."""
    if store.get_meta("run_snapshot") != snap:
        return False
    last = json.loads(store.get_meta("run_snapshot_report") or "null")
    if not last or not all_present(cfg.output / rel for rel in last.get("stages", {}).get("export", {}).get("files", [])):
        return False
    for key in ("documents", "rejected", "untranslated", "versions", "executor"):
        if key in last:
            report[key] = last[key]
    report["stages"] = {
        name: {**summary, "seconds": 0.0, "computed": 0,
               "cached": summary.get("in", 0) if name not in ("align", "export") else 1}
        for name, summary in last.get("stages", {}).items()
    }
    report["translated_segments"] = 0
    report["cached_segments"] = last.get("translated_segments", 0) + last.get("cached_segments", 0)
    report["unchanged"] = True  # no input, config, engine or output changed since the last run
    log.info("nothing changed since run %s: outputs are current", last.get("run_id"))
    return True


def remember(store: StateStore, snap: str, report: dict[str, Any]) -> None:
    """After a complete run: its snapshot and report, for the next one."""
    store.set_meta("run_snapshot", snap)
    store.set_meta("run_snapshot_report", json.dumps(report, ensure_ascii=False))
    store.commit()
