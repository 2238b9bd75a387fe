"""Apertium, the rule-based engine from Debian packages, through subprocess.

French to English has no direct Apertium pair, so the default chains two
modes: ``fr-es`` then ``spa-eng``. Each mode runs once per batch, one segment
per paragraph: segments are separated by a blank line. A single line break is
only a blank to Apertium's structural transfer, which then moves words from
one segment into the next ("politically motivated" / "Such actions ..." came
back as "Il" / "A politiquement motivé des Telles actions ..."); a blank line
is a paragraph break, which no rule crosses. (``-f line`` would keep lines
apart too, but drops each line's final full stop.) If a mode ever returns a
different number of segments, that batch falls back to one call per segment
rather than risk misaligned output.
"""

from __future__ import annotations

import functools
import logging
import re
import shutil
import subprocess
from typing import TYPE_CHECKING

from pipeline.engines.base import Engine, Translation
from pipeline.errors import EngineError

if TYPE_CHECKING:
    from pipeline.config import ApertiumConfig

log = logging.getLogger(__name__)

# Apertium marks unknown words with *, generation failures with # and
# untransferred lemmas with @, directly before the word.
_MARKS = re.compile(r"(?<![\w*#@])[*#@](?=\w)")
_SPACES = re.compile(r"[ \t]{2,}")
# between two segments of a batch: a paragraph break, which transfer rules never cross
SEPARATOR = "\n\n"


class ApertiumEngine(Engine):
    name = "apertium"
    placeholders = True

    def __init__(self, cfg: ApertiumConfig):
        self.cfg = cfg
        self._modes: set[str] | None = None
        self._version: str | None = None

    # --- what is installed --------------------------------------------------
    @property
    def binary(self) -> str | None:
        return shutil.which(self.cfg.command)

    @property
    def modes(self) -> set[str]:
        """Installed modes, from ``apertium -l`` (asked once per process)."""
        if self._modes is None:
            self._modes = _installed_modes(self.cfg.command) if self.binary else set()
        return self._modes

    def chain(self, src: str, tgt: str) -> list[str]:
        return list(self.cfg.modes.get(f"{src}-{tgt}", []))

    def supports(self, src: str, tgt: str) -> bool:
        chain = self.chain(src, tgt)
        return bool(chain) and all(m in self.modes for m in chain)

    def missing(self, src: str, tgt: str) -> str:
        """Why src->tgt cannot run, in words."""
        if not self.binary:
            return f"the {self.cfg.command!r} command is not installed"
        chain = self.chain(src, tgt)
        if not chain:
            return f"no mode chain configured for {src}-{tgt} (translate.apertium.modes)"
        absent = [m for m in chain if m not in self.modes]
        return f"Apertium mode(s) not installed: {', '.join(absent)}" if absent else ""

    def model_id(self, src: str, tgt: str) -> tuple[str, str]:
        return "+".join(self.chain(src, tgt)), self.version

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = _debian_versions(tuple(self.cfg.packages)) or "unknown"
        return self._version

    def options_key(self) -> str:
        return f"strip_marks={self.cfg.strip_unknown_marks}|sep=paragraph"

    @staticmethod
    def install_hint(src: str, tgt: str) -> str:
        return "apt-get install apertium apertium-fr-es apertium-eng-spa"

    # --- translation ----------------------------------------------------------
    def translate(self, texts: list[str], src: str, tgt: str) -> list[Translation]:
        if not self.supports(src, tgt):
            raise EngineError(f"Apertium cannot translate {src}->{tgt}: {self.missing(src, tgt)}",
                              hint=self.install_hint(src, tgt))
        model, version = self.model_id(src, tgt)
        lines = [_one_line(t) for t in texts]
        for mode in self.chain(src, tgt):
            lines = self._run_mode(mode, lines)
        if self.cfg.strip_unknown_marks:
            lines = [_strip_marks(line, source) for line, source in zip(lines, texts)]
        return [Translation(line, self.name, model, version) for line in lines]

    def _run_mode(self, mode: str, lines: list[str]) -> list[str]:
        if not lines:
            return []
        out = self._call(["-u", mode], SEPARATOR.join(lines) + "\n").rstrip("\n").split(SEPARATOR)
        if len(out) == len(lines):
            return [line.strip("\n") for line in out]
        log.warning("apertium %s returned %d segments for %d; translating one by one", mode, len(out), len(lines))
        return [self._call(["-u", mode], line + "\n").strip("\n") for line in lines]

    def _call(self, args: list[str], text: str, check: bool = True) -> str:
        try:
            proc = subprocess.run(
                [self.cfg.command, *args], input=text, capture_output=True, text=True,
                timeout=self.cfg.timeout_s, check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise EngineError(f"apertium {' '.join(args)} failed: {exc}",
                              hint=self.install_hint("fr", "en")) from exc
        if check and proc.returncode != 0:
            raise EngineError(f"apertium {' '.join(args)} exited {proc.returncode}: {proc.stderr.strip()[:300]}")
        return proc.stdout


def _strip_marks(line: str, source: str) -> str:
    """Drop the marks Apertium added, keep a "#MeToo" or "@Elysee" the source had."""
    def drop(m: re.Match) -> str:
        token = re.match(r"\S*", line[m.start():]).group(0)
        return m.group(0) if token in source else ""

    return _SPACES.sub(" ", _MARKS.sub(drop, line)).strip()


def _one_line(text: str) -> str:
    """Line mode needs one segment per line."""
    return " ".join(text.split())


@functools.lru_cache(maxsize=8)
def _installed_modes(command: str) -> frozenset[str]:
    try:
        out = subprocess.run([command, "-l"], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(m.strip() for m in out.split() if m.strip())


@functools.lru_cache(maxsize=8)
def _debian_versions(packages: tuple[str, ...]) -> str | None:
    """The language data's Debian versions joined with '+' ("0.9.8-1+0.8.1-2"),
    or None off Debian."""
    if not shutil.which("dpkg-query"):
        return None
    try:
        proc = subprocess.run(["dpkg-query", "-W", "-f", "${Package}=${Version}\n", *packages],
                              capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    versions = [found[p] for p in packages if found.get(p)]
    return "+".join(versions) or None
