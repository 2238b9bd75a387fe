"""A tiny HTML template helper that escapes by default.

``Markup`` is a ``str`` that is already HTML; anything else put into a
template through ``h()`` or ``join()`` is escaped with ``html.escape`` (quotes
included, so values are safe in double-quoted attributes too). Article text is
untrusted: it only ever reaches a page through these functions.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from urllib.parse import quote

# C0/C1 controls (tab, newline and carriage return excepted) and lone surrogates:
# not HTML text, and a lone surrogate cannot even be written as UTF-8
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# explicit bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069)
# reorder the text around them ("Trojan source"): shown as a visible [U+202E]
# instead of being applied, so a reviewer reads the text in its real order
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# bidi marks too, removed where text cannot be isolated (page titles, <option> labels)
_BIDI = re.compile("[\u061c\u200e\u200f]")


class Markup(str):
    """Trusted HTML: inserted as is."""

    __slots__ = ()


def clean(text: object) -> str:
    """Text that is safe to show: no control characters, bidi controls made visible."""
    text = _UNSAFE.sub("\ufffd", "" if text is None else str(text))
    return _BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def esc(value: object) -> Markup:
    """``value`` as HTML: Markup as is, anything else escaped (None is empty)."""
    if isinstance(value, Markup):
        return value
    return Markup(html.escape(clean(value), quote=True))


def plain(value: object) -> Markup:
    """Escaped, without bidi marks: for places that cannot isolate text."""
    return esc(_BIDI.sub("", clean(value)))


def h(template: str, *args: object, **kwargs: object) -> Markup:
    """``template.format(...)`` with every argument escaped unless it is Markup.
    The template itself is trusted (written in this package)."""
    return Markup(template.format(*(esc(a) for a in args), **{k: esc(v) for k, v in kwargs.items()}))


def join(items: Iterable[object], sep: str = "") -> Markup:
    return Markup(sep.join(esc(i) for i in items))


def href(*parts: str, fragment: str | None = None) -> str:
    """A relative URL from path parts (each percent-encoded); escaped later by h()."""
    url = "/".join(quote(p, safe="") if p not in ("..", ".") else p for p in parts)
    return url + (f"#{quote(fragment, safe='')}" if fragment else "")


def attr_json(value: object) -> str:
    """A JSON value for a data-* attribute (escaped by h() when inserted)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

