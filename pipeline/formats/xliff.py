"""XLIFF 1.2 (strict schema), one file per article: ``docs/<doc_id>.<src>-<tgt>.xlf``.

What a file holds:

- one ``<file>``: ``original`` is the article's path in the corpus,
  ``source-language`` its language, ``target-language`` the run's target,
  ``datatype="plaintext"``, ``tool-id="newsquote"``; its ``<header>`` names
  the tool (``<tool>``) and carries notes ``signature: ...``, and, when known,
  ``outlet: <publisher>`` and ``date: <ISO date>``;
- one ``<trans-unit id="<seg_id>" xml:space="preserve">`` per segment, in
  document order (the rows of ``docs/<doc_id>.<src>-<tgt>.tsv``):

  - machine output: ``<target state="needs-review-translation"
    state-qualifier="mt-suggestion">``;
  - a segment already in the target language (engine ``identity``): the unit is
    kept, so that the file is the whole article, but marked ``translate="no"``
    and ``approved="yes"``, with ``<target state="final">`` equal to the source:
    tools show it and lock it, nobody is asked to review a copy;
  - a segment no engine served: ``<source>`` only;
  - ``<source xml:lang="...">`` when the segment's language is not the
    article's (an English quotation in a French article).

Notes on a unit, all ``from="newsquote"``, each ``key: value``:

- ``engine: <engine label>`` (``annotates="target"``);
- ``flags: repetition, quotes_rebuilt`` when the translation was flagged
  (``annotates="target"``);
- one note per quotation whose characters overlap the segment's, in text order
  (``annotates="source"``): ``quote: <quote_id>; speaker: <name>; via:
  <outlet>, <outlet>; cluster: <cluster_id>``, leaving out the parts that are
  unknown (no speaker, no relaying outlet, no cluster).

Characters XML 1.0 cannot hold are dropped; everything else is escaped by lxml.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from pipeline import __version__
from pipeline.data import Document, Quote, Segment
from pipeline.formats.common import TOOL_ID, TOOL_NAME, join_outlets, quotes_in, xml_text
from pipeline.outputs import atomic_write

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
XML_SPACE = f"{{{XML_NS}}}space"
MT_STATE = "needs-review-translation"
MT_QUALIFIER = "mt-suggestion"
IDENTITY = "identity"


def _el(parent: etree._Element | None, tag: str, text: object = None, **attrs: str) -> etree._Element:
    name = f"{{{NS}}}{tag}"
    el = etree.Element(name, nsmap={None: NS}) if parent is None else etree.SubElement(parent, name)
    for key, value in attrs.items():
        el.set(key.replace("_", "-"), xml_text(value))
    if text is not None:
        el.text = xml_text(text)
    return el


def _note(parent: etree._Element, text: str, annotates: str = "general") -> None:
    attrs = {"from": TOOL_ID}
    if annotates != "general":
        attrs["annotates"] = annotates
    _el(parent, "note", text, **attrs)


def quote_note(q: Quote) -> str:
    """``quote: <id>; speaker: <name>; via: <outlets>; cluster: <id>`` (unknown parts left out)."""
    parts = [f"quote: {q.quote_id}"]
    if q.speaker:
        parts.append(f"speaker: {q.speaker}")
    if q.via:
        parts.append(f"via: {join_outlets(q.via)}")
    if q.cluster_id:
        parts.append(f"cluster: {q.cluster_id}")
    return "; ".join(parts)


def _unit(body: etree._Element, doc: Document, seg: Segment) -> None:
    identity = seg.engine == IDENTITY
    unit = _el(body, "trans-unit", id=str(seg.seg_id))
    unit.set(XML_SPACE, "preserve")
    if identity:
        unit.set("translate", "no")
        unit.set("approved", "yes")
    source = _el(unit, "source", seg.text)
    if seg.lang and seg.lang != doc.lang:
        source.set(XML_LANG, seg.lang)
    if seg.translation is not None:
        if identity:
            _el(unit, "target", seg.translation, state="final")
        else:
            _el(unit, "target", seg.translation, state=MT_STATE, state_qualifier=MT_QUALIFIER)
    if seg.engine:
        _note(unit, f"engine: {seg.engine}", "target")
    if seg.flags:
        _note(unit, f"flags: {', '.join(seg.flags)}", "target")
    for q in quotes_in(doc, seg):
        _note(unit, quote_note(q), "source")


def build(doc: Document, tgt: str, signature: str) -> etree._Element:
    """The ``<xliff>`` element for one article."""
    root = _el(None, "xliff", version="1.2")
    file = _el(root, "file", original=doc.path, source_language=doc.lang or "",
               target_language=tgt, datatype="plaintext", tool_id=TOOL_ID)
    header = _el(file, "header")
    _el(header, "tool", tool_id=TOOL_ID, tool_name=TOOL_NAME, tool_version=__version__)
    _note(header, f"signature: {signature}")
    if doc.publisher:
        _note(header, f"outlet: {doc.publisher}")
    if doc.date:
        _note(header, f"date: {doc.date}")
    body = _el(file, "body")
    for seg in doc.segments:
        _unit(body, doc, seg)
    return root


def to_bytes(doc: Document, tgt: str, signature: str) -> bytes:
    return etree.tostring(build(doc, tgt, signature), xml_declaration=True, encoding="UTF-8",
                          pretty_print=True)


def xliff_path(tsv_path: Path) -> Path:
    """``docs/<doc_id>.fr-en.xlf`` beside the article's ``docs/<doc_id>.fr-en.tsv``."""
    return tsv_path.with_suffix(".xlf")


def write_xliff(path: Path, doc: Document, tgt: str, signature: str) -> None:
    with atomic_write(path, "wb") as fh:
        fh.write(to_bytes(doc, tgt, signature))


def write_xliff_files(items: Iterable[tuple[Path, Document, str]], tgt: str, folder: Path) -> None:
    """Write each ``(path, document, signature)``; then remove the ``.xlf`` files
    in ``folder`` that no longer belong to an article of the corpus."""
    keep = set()
    for path, doc, signature in items:
        write_xliff(path, doc, tgt, signature)
        keep.add(path.name)
    if folder.is_dir():
        for old in folder.glob("*.xlf"):
            if old.name not in keep:
                old.unlink()
