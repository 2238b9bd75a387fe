"""Engine table: name -> "module:Class", imported only when a run needs it."""

from __future__ import annotations

import importlib

ENGINES: dict[str, str] = {
    "argos": "pipeline.engines.argos:ArgosEngine",
    "apertium": "pipeline.engines.apertium:ApertiumEngine",
}


def load(name: str):
    module, _, attr = ENGINES[name].partition(":")
    return getattr(importlib.import_module(module), attr)
