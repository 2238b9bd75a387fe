"""Argos Translate packages, run directly on CTranslate2.

Argos' own ``translate()`` splits each text into sentences with its own
splitters (which need downloads), then translates sentence by sentence in
tiny token batches. Our segments are already sentences, so this engine calls
the package's CTranslate2 model once per run with every segment, sorted by
length into batches, using the package's own tokenizer and target prefix and
the decoding options Argos uses (beam 4, length penalty 0.2, unknown tokens
replaced), so the top hypothesis is the one Argos would give.

Only ``argostranslate.package`` is imported: ``argostranslate.translate``
loads torch and the sentence splitters.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.engines.base import Engine, Translation
from pipeline.errors import EngineError

if TYPE_CHECKING:
    from pipeline.config import ArgosConfig

log = logging.getLogger(__name__)

PIVOT = "en"
LENGTH_PENALTY = 0.2  # as argostranslate.translate


def installed_packages() -> list[Any]:
    """Installed Argos translation packages (honours ARGOS_PACKAGE_DIR)."""
    from pipeline.models import argos_package_module

    pkgs = argos_package_module().get_installed_packages()
    return [p for p in pkgs if getattr(p, "type", "translate") == "translate"]


class ArgosEngine(Engine):
    name = "argos"

    def __init__(self, cfg: ArgosConfig):
        self.cfg = cfg
        self._packages: list[Any] | None = None
        self._translators: dict[Path, Any] = {}

    # --- which packages serve a pair --------------------------------------
    @property
    def packages(self) -> list[Any]:
        if self._packages is None:
            self._packages = installed_packages()
        return self._packages

    def _find(self, src: str, tgt: str) -> Any | None:
        found = [p for p in self.packages if p.from_code == src and p.to_code == tgt]
        return max(found, key=lambda p: _version_tuple(p.package_version)) if found else None

    def route(self, src: str, tgt: str) -> list[Any]:
        """The packages to chain for src->tgt: direct, or through English."""
        direct = self._find(src, tgt)
        if direct is not None:
            return [direct]
        if PIVOT not in (src, tgt):
            first, second = self._find(src, PIVOT), self._find(PIVOT, tgt)
            if first is not None and second is not None:
                return [first, second]
        return []

    def supports(self, src: str, tgt: str) -> bool:
        return bool(self.route(src, tgt))

    def model_id(self, src: str, tgt: str) -> tuple[str, str]:
        route = self.route(src, tgt)
        if not route:
            raise EngineError(f"no Argos package for {src}->{tgt}", hint=self.install_hint(src, tgt))
        model = "+".join(f"{p.from_code}_{p.to_code}" for p in route)
        version = "+".join(str(p.package_version) for p in route)
        return model, version

    def options_key(self) -> str:
        c = self.cfg
        return (f"beam={c.beam_size}|lp={LENGTH_PENALTY}|ct={c.compute_type}|dev={c.device}"
                f"|maxlen={c.max_decoding_length}|rp={c.repetition_penalty}")

    @staticmethod
    def install_hint(src: str, tgt: str) -> str:
        return (f"pipeline models install {src} {tgt}   "
                f"(offline: pipeline models install --from-file {src}_{tgt}.argosmodel)")

    # --- inference ----------------------------------------------------------
    def redecode(self, texts: list[str], src: str, tgt: str) -> list[Translation]:
        return self.translate(texts, src, tgt, repetition_penalty=self.cfg.repetition_penalty,
                              no_repeat_ngram_size=4)

    def translator(self, pkg: Any) -> Any:
        """Load each package's CTranslate2 model once per run."""
        path = Path(pkg.package_path) / "model"
        if path not in self._translators:
            c = self.cfg
            self._translators[path] = _load(str(path), c.device, c.compute_type, c.inter_threads, c.intra_threads)
        return self._translators[path]

    def translate(self, texts: list[str], src: str, tgt: str, **options: Any) -> list[Translation]:
        route = self.route(src, tgt)
        if not route:
            raise EngineError(f"no Argos package for {src}->{tgt}", hint=self.install_hint(src, tgt))
        model, version = self.model_id(src, tgt)
        current, scores = list(texts), [0.0] * len(texts)
        for pkg in route:
            current, hop_scores = self.translate_with(pkg, current, **options)
            scores = [a + b for a, b in zip(scores, hop_scores)]
        return [Translation(t, self.name, model, version, s) for t, s in zip(current, scores)]

    def translate_with(self, pkg: Any, texts: list[str], **options: Any) -> tuple[list[str], list[float]]:
        """One package over all texts: tokenize, sort by length, batch, decode."""
        if not texts:
            return [], []
        tokenizer = pkg.tokenizer
        tokens = [tokenizer.encode(t) for t in texts]
        order = sorted(range(len(tokens)), key=lambda i: len(tokens[i]))
        prefix = getattr(pkg, "target_prefix", "") or ""
        results = self.translator(pkg).translate_batch(
            [tokens[i] for i in order],
            target_prefix=[[prefix]] * len(order) if prefix else None,
            beam_size=self.cfg.beam_size,
            max_batch_size=self.cfg.max_batch_size,
            batch_type="examples",
            length_penalty=LENGTH_PENALTY,
            replace_unknowns=True,
            return_scores=True,
            max_decoding_length=self.cfg.max_decoding_length,
            **options,
        )
        out: list[str] = [""] * len(texts)
        scores: list[float] = [0.0] * len(texts)
        for i, res in zip(order, results):
            out[i] = decode(tokenizer, res.hypotheses[0], prefix)
            scores[i] = float(res.scores[0]) if res.scores else 0.0
        return out, scores


@functools.lru_cache(maxsize=4)
def _load(path: str, device: str, compute_type: str, inter_threads: int, intra_threads: int) -> Any:
    """One CTranslate2 model per process and settings: the translate and quotes
    stages share it instead of loading it twice."""
    import ctranslate2

    if device == "auto":
        device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    return ctranslate2.Translator(path, device=device, compute_type=compute_type,
                                  inter_threads=inter_threads, intra_threads=intra_threads)


def decode(tokenizer: Any, tokens: list[str], prefix: str) -> str:
    """Detokenize as Argos does: drop the target prefix and the leading space."""
    value = tokenizer.decode(tokens)
    if prefix and value.startswith(prefix):
        value = value[len(prefix):]
    return value[1:] if value.startswith(" ") else value


def _version_tuple(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in str(version).split("."))
