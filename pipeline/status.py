"""``pipeline status`` and ``pipeline cron``: read-only views for operators."""

from __future__ import annotations

import json
import re
import shlex
import sys
from typing import Any

from pipeline.config import Config
from pipeline.errors import ConfigError


def corpus_status(cfg: Config) -> dict[str, Any]:
    """The last run's outcome and which corpus files are new, changed or gone since."""
    from pipeline.stages.ingest import Ingest

    info: dict[str, Any] = {"output": str(cfg.output), "last_run": None}
    run_json = cfg.output / "run.json"
    if run_json.is_file():
        run = json.loads(run_json.read_text(encoding="utf-8"))
        info["last_run"] = {k: run.get(k) for k in ("run_id", "started", "finished", "status", "documents")}
        info["last_run"]["rejected"] = len(run.get("rejected", []))
    known: dict[str, str] = {}
    docs_file = cfg.output / "documents.jsonl"
    if docs_file.is_file():
        for line in docs_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                known[rec["path"]] = rec["sha256"]
    # the same reading as a run (never opens a FIFO, paths recorded the same way)
    current = {doc.path: doc.sha256 for doc in Ingest(cfg).scan()}
    info["changes"] = {
        "new": sorted(p for p in current if p not in known),
        "changed": sorted(p for p in current if p in known and known[p] != current[p]),
        "removed": sorted(p for p in known if p not in current),
        "unchanged": sum(1 for p in current if known.get(p) == current[p]),
    }
    return info


_INTERVAL = re.compile(r"^(\d+)\s*([mhd])$")


def cron_line(cfg: Config, every: str, log_max_size: str = "10M", log_backups: int = 5) -> str:
    """A crontab line. Overlapping runs are safe: the second exits with code 3.

    The run logs to OUTPUT/logs/cron.log and rotates it itself (``--log-file``,
    ``--log-max-size``, ``--log-backups``), so the log never grows past
    (backups + 1) x size. Nothing is printed unless the run fails: then its
    one-line error goes to stderr, which cron mails, as well as into the log.
    """
    m = _INTERVAL.match(every.strip().lower())
    if not m:
        raise ConfigError(f"--every: cannot read {every!r}; use a number and m, h or d (15m, 1h, 1d)")
    n, unit = int(m.group(1)), m.group(2)
    if n <= 0:
        raise ConfigError("--every: the interval must be positive")
    if unit == "m" and 60 % n == 0:
        schedule = "* * * * *" if n == 1 else f"*/{n} * * * *"
    elif unit == "h" and 24 % n == 0:
        schedule = "0 * * * *" if n == 1 else f"0 */{n} * * *"
    elif unit == "d" and n == 1:
        schedule = "0 3 * * *"
    else:
        raise ConfigError(f"--every: {every!r} does not divide an hour or a day evenly; try 15m, 2h or 1d")
    log = cfg.output / "logs" / "cron.log"
    command = (
        f"{shlex.quote(sys.executable)} -m pipeline run {shlex.quote(str(cfg.source))} "
        f"--log-file {shlex.quote(str(log))} --log-max-size {shlex.quote(str(log_max_size))} "
        f"--log-backups {int(log_backups)}"
    )
    return f"{schedule} {command}"
