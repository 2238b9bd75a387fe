"""Offline news translation and quote-alignment pipeline."""

__version__ = "0.1.0"
