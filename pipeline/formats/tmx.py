"""TMX 1.4b, the whole corpus in one file: ``parallel/corpus.tmx``.

The header names the tool and carries the run's signature as
``<prop type="x-signature">``. One ``<tu tuid="<doc_id>:<seg_id>">`` per
machine-translated segment (the lines of the Moses files), its ``<prop>``s
before its two ``<tuv>``s, as the DTD wants:

- ``x-doc_id``, ``x-engine``, and ``x-outlet`` (the article's publisher, when known);
- for each quotation whose characters overlap the segment's, in text order:
  ``x-quote_id``, then those of ``x-speaker``, ``x-via`` (relaying outlets,
  ``", "``-separated) and ``x-cluster_id`` that are known. A segment with two
  quotations has two such runs, each starting at its ``x-quote_id``.

Written as a stream (lxml's ``xmlfile``): one ``<tu>`` in memory at a time.
"""

from __future__ import annotations

import contextlib

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from lxml import etree

from pipeline import __version__
from pipeline.data import Document, Segment
from pipeline.formats.common import TOOL_NAME, join_outlets, quotes_in, xml_text
from pipeline.outputs import atomic_write

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _prop(parent: etree._Element, kind: str, value: object) -> None:
    prop = etree.SubElement(parent, "prop", type=kind)
    prop.text = xml_text(value)


def header(srclang: str, signature: str) -> etree._Element:
    el = etree.Element("header", creationtool=TOOL_NAME, creationtoolversion=__version__,
                       datatype="plaintext", segtype="sentence", adminlang="en",
                       srclang=xml_text(srclang), **{"o-tmf": TOOL_NAME})
    _prop(el, "x-signature", signature)
    return el


def unit(doc: Document, seg: Segment, src: str, tgt: str) -> etree._Element:
    """The ``<tu>`` of one translated segment."""
    tu = etree.Element("tu", tuid=xml_text(f"{doc.doc_id}:{seg.seg_id}"))
    _prop(tu, "x-doc_id", doc.doc_id)
    _prop(tu, "x-engine", seg.engine or "")
    if doc.publisher:
        _prop(tu, "x-outlet", doc.publisher)
    for q in quotes_in(doc, seg):
        _prop(tu, "x-quote_id", q.quote_id)
        if q.speaker:
            _prop(tu, "x-speaker", q.speaker)
        if q.via:
            _prop(tu, "x-via", join_outlets(q.via))
        if q.cluster_id:
            _prop(tu, "x-cluster_id", q.cluster_id)
    for lang, text in ((src, seg.text), (tgt, seg.translation)):
        tuv = etree.SubElement(tu, "tuv")
        tuv.set(XML_LANG, xml_text(lang))
        etree.SubElement(tuv, "seg").text = xml_text(text)
    return tu


def write_tmx(path: Path, pairs: dict[str, Iterable[tuple[Document, Segment]]], *,
              srclang: str, tgt: str, signature: str) -> None:
    """``pairs``: per source language, its translated ``(document, segment)``s."""
    with atomic_write(path, "wb") as fh, stream(fh, srclang=srclang, tgt=tgt, signature=signature) as add:
        for items in pairs.values():
            for doc, seg in items:
                add(doc, seg)


@contextlib.contextmanager
def stream(fh, *, srclang: str, tgt: str, signature: str) -> Iterator[Callable[[Document, Segment], None]]:
    """Write a TMX document to the binary file ``fh`` unit by unit: yields
    ``add(doc, seg)``, which writes the ``<tu>`` of one translated segment
    (its source language is the segment's); the document is closed on exit."""
    with etree.xmlfile(fh, encoding="UTF-8") as xf:
        xf.write_declaration()
        with xf.element("tmx", version="1.4"):
            _put(xf, header(srclang, signature), 1)
            xf.write("\n  ")
            with xf.element("body"):
                yield lambda doc, seg: _put(xf, unit(doc, seg, seg.lang or doc.lang or srclang, tgt), 2)
                xf.write("\n  ")
            xf.write("\n")
    fh.write(b"\n")


def _put(xf, el: etree._Element, level: int) -> None:
    """Write ``el`` on its own line, indented; whitespace only between elements."""
    etree.indent(el, space="  ", level=level)
    xf.write("\n" + "  " * level)
    xf.write(el)
