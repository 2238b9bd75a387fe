"""Running with nobody watching (cron): a log file the pipeline rotates
itself, SIGTERM/SIGINT turned into a clean stop, and every error as one line.

- :func:`attach_log_file`: ``pipeline run --log-file FILE`` logs to FILE through
  ``logging.handlers.RotatingFileHandler``: when FILE would grow past
  ``--log-max-size`` it becomes FILE.1 (FILE.1 becomes FILE.2, ...) and at most
  ``--log-backups`` old files are kept, so the log never takes more than
  (backups + 1) x max-size.
- :func:`stop_on_signals`: SIGTERM and SIGINT raise
  :class:`~pipeline.errors.Interrupted` in the main thread; the runner marks
  the run ``interrupted`` in run.json, the state store keeps what was
  committed, the lock is released, and the next run resumes.
- :func:`error_line`: the one line the CLI prints for an error.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import re
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from pipeline.errors import ConfigError, FaultError, Interrupted, PipelineError

DEFAULT_LOG_MAX_SIZE = "10M"
DEFAULT_LOG_BACKUPS = 5
LOG_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_SIZE = re.compile(r"^\s*(\d+)\s*([kmg]?)i?b?\s*$", re.IGNORECASE)


def parse_size(text: str | int) -> int:
    """``"10M"`` -> 10485760; plain numbers are bytes; k, M, G are powers of 1024."""
    if isinstance(text, int):
        return text
    m = _SIZE.match(str(text))
    if not m or int(m.group(1)) <= 0:
        raise ConfigError(f"--log-max-size: cannot read {text!r}; use bytes or a number with k, M or G (e.g. 10M)")
    return int(m.group(1)) * 1024 ** " kmg".index((m.group(2) or " ").lower())


class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler that, when the log itself cannot be written (disk
    full), says so once on stderr instead of a traceback per record."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if not self.failed:
            self.failed = True
            exc = sys.exc_info()[1]
            print(f"warning: cannot write the log file {self.baseFilename} ({exc}); "
                  "later log lines are lost", file=sys.stderr)


def attach_log_file(path: Path, max_bytes: int, backups: int, level: int) -> logging.Handler:
    """Send the root logger's records to ``path``, rotated; nothing to stderr."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = QuietRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                                           encoding="utf-8", delay=True)
    except OSError as exc:
        from pipeline.faults import os_fault

        raise os_fault(exc, path, "creating the log file") from exc
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    removed = [old for old in root.handlers  # a log file replaces the stderr log, not adds to it
               if isinstance(old, logging.StreamHandler) and getattr(old, "stream", None) in (sys.stderr, sys.stdout)]
    for old in removed:
        root.removeHandler(old)
    handler.previous = (root.level, removed)  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def detach(handler: logging.Handler | None) -> None:
    """Undo :func:`attach_log_file` (the CLI runs once per process; tests call it more often)."""
    if handler is None:
        return
    root = logging.getLogger()
    root.removeHandler(handler)
    handler.close()
    level, removed = getattr(handler, "previous", (root.level, []))
    root.setLevel(level)
    for old in removed:
        root.addHandler(old)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within: SIGTERM and SIGINT raise Interrupted (once; a second signal
    during the clean-up that follows is ignored, SIGKILL still works)."""

    def handler(signum: int, frame) -> None:  # noqa: ARG001
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, signal.SIG_IGN)
        raise Interrupted(signal.Signals(signum).name)

    try:
        previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    except KeyboardInterrupt:
        raise Interrupted("SIGINT") from None
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def error_line(exc: BaseException, output: Path | None = None) -> str:
    """The one line printed for ``exc`` (ConfigError's list of problems aside)."""
    if isinstance(exc, Interrupted):
        where = f"the run over {output}" if output else "the run"
        return (f"error: {where} was stopped by {exc.signame}; run again to resume from what it "
                "committed (earlier outputs are intact)")
    if isinstance(exc, FaultError):
        return f"error: {exc}" + (f"; {exc.hint}" if exc.hint else "")
    if isinstance(exc, PipelineError):
        return f"error: {exc}"
    text = " ".join(str(exc).split()) or type(exc).__name__
    return (f"error: unexpected {type(exc).__name__}: {text} "
            "(run again with --debug for the traceback, and please report it)")
