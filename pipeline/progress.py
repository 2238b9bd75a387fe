"""Progress reporting: bars on a terminal, plain log lines otherwise (cron).
The runner only calls start/advance/finish; the CLI picks the kind."""

from __future__ import annotations

import logging
import time

log = logging.getLogger("pipeline.progress")


class Progress:
    def start(self, stage: str, total: int) -> None: ...
    def advance(self, n: int = 1) -> None: ...
    def finish(self) -> None: ...


class NullProgress(Progress):
    pass


class LogProgress(Progress):
    """One line when a stage starts and one when it ends: readable in a cron log."""

    def start(self, stage: str, total: int) -> None:
        self.stage, self.total, self.done, self.t0 = stage, total, 0, time.perf_counter()
        if total:
            log.info("%s: %d item(s) to process", stage, total)

    def advance(self, n: int = 1) -> None:
        self.done += n

    def finish(self) -> None:
        if self.total:
            log.info("%s: done %d in %.2fs", self.stage, self.done, time.perf_counter() - self.t0)


class BarProgress(Progress):
    """A tqdm bar per stage, on stderr."""

    def start(self, stage: str, total: int) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=total, desc=f"{stage:<8}", unit="doc", leave=True, disable=total == 0)

    def advance(self, n: int = 1) -> None:
        self.bar.update(n)

    def finish(self) -> None:
        self.bar.close()
