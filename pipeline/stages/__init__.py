"""The stage table. Stages are imported only when a run needs them, so
``pipeline --help`` loads neither langdetect nor CTranslate2."""

from __future__ import annotations

import importlib

# name -> "module:Class", in run order. ingest, align and export are
# corpus-wide and driven by the runner directly; the others are DocumentStage
# subclasses, run and cached per document.
STAGES: dict[str, str] = {
    "ingest": "pipeline.stages.ingest:Ingest",
    "clean": "pipeline.stages.clean:Clean",
    "detect": "pipeline.stages.detect:Detect",
    "segment": "pipeline.stages.segment:Segment",
    "translate": "pipeline.stages.translate:Translate",
    "quotes": "pipeline.stages.quotes:Quotes",
    "align": "pipeline.stages.align:Align",
    "export": "pipeline.stages.export:Export",
}

STAGE_NAMES = tuple(STAGES)
DOCUMENT_STAGES = ("clean", "detect", "segment", "translate", "quotes")


def load(name: str):
    module, _, attr = STAGES[name].partition(":")
    return getattr(importlib.import_module(module), attr)
