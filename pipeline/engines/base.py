"""The translation seam: every engine translates a batch of texts for one
language pair and says, per text, who translated it and with which model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


@dataclass
class Translation:
    text: str
    engine: str  # engine name, e.g. "argos"
    model: str  # model id, e.g. "fr_en" or "fr-es+spa-eng"
    version: str  # model version, e.g. "1.9"
    score: float | None = None  # engine's own score (log-probability), when it has one

    @property
    def label(self) -> str:
        """How the parallel files name the producer: ``argos-fr_en@1.9``."""
        return f"{self.engine}-{self.model}@{self.version}"


class Engine:
    """One translation engine. Subclasses are created once per run and may load
    models lazily on the first ``translate`` call."""

    name: ClassVar[str]
    # True for engines that would translate a name's parts ("Un" -> "One"):
    # the glossary then hides names behind placeholders.
    placeholders: ClassVar[bool] = False

    def supports(self, src: str, tgt: str) -> bool:
        raise NotImplementedError

    def model_id(self, src: str, tgt: str) -> tuple[str, str]:
        """(model id, version) that would translate src->tgt; part of the cache key."""
        raise NotImplementedError

    def translate(self, texts: list[str], src: str, tgt: str) -> list[Translation]:
        """Translate ``texts``; the result is aligned one-to-one with the input."""
        raise NotImplementedError

    def redecode(self, texts: list[str], src: str, tgt: str) -> list[Translation] | None:
        """Translate again, discouraging repetition; None when the engine cannot."""
        return None

    def options_key(self) -> str:
        """The decoding options that change the output (part of the cache key)."""
        return ""

    @staticmethod
    def install_hint(src: str, tgt: str) -> str:
        raise NotImplementedError
