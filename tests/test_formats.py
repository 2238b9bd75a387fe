"""XLIFF 1.2 and TMX 1.4b as translation tools read them (pipeline/formats/).

Every file is checked against the standard's own schema (XLIFF 1.2 strict XSD,
TMX 1.4b DTD, shipped in tests/data: no network) and read back with a real
consumer, translate-toolkit, then compared with ``parallel/corpus.tsv``,
``documents.jsonl`` and ``quotes/quotes.jsonl`` of the same run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from lxml import etree
from translate.storage import factory, tmx, xliff

from pipeline.config import Config
from pipeline.data import Document, Quote, Segment
from pipeline.formats.xliff import NS
from pipeline.stages.export import Export

from .conftest import CORPUS, PROJECT

DATA = PROJECT / "tests" / "data"
XLIFF_XSD = DATA / "xliff" / "xliff-core-1.2-strict.xsd"
TMX_DTD = DATA / "tmx" / "tmx14.dtd"
NOTE_FROM = "newsquote"


@pytest.fixture(scope="module")
def xliff_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XLIFF_XSD)))


@pytest.fixture(scope="module")
def tmx_dtd() -> etree.DTD:
    return etree.DTD(str(TMX_DTD))


def assert_valid_xliff(schema: etree.XMLSchema, path: Path) -> None:
    tree = etree.parse(str(path))
    assert schema.validate(tree), f"{path.name}: {schema.error_log}"


def assert_valid_tmx(dtd: etree.DTD, path: Path) -> None:
    tree = etree.parse(str(path))
    assert dtd.validate(tree), f"{path.name}: {dtd.error_log.filter_from_errors()}"


# --- reading the run's own files -------------------------------------------------
_TSV_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def tsv_unescape(field: str) -> str:
    return re.sub(r"\\([tnr\\])", lambda m: _TSV_ESCAPES[m.group(1)], field)


@dataclass
class Row:
    doc_id: str
    seg_id: str
    src_lang: str
    start: int
    end: int
    source: str
    translation: str
    engine: str


def read_corpus_tsv(path: Path) -> tuple[str, list[Row]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0].startswith("# ") and lines[1].split("\t")[0] == "doc_id"
    rows = []
    for line in lines[2:]:
        if not line:
            continue
        f = [tsv_unescape(x) for x in line.split("\t")]
        rows.append(Row(f[0], f[1], f[2], int(f[3]), int(f[4]), f[5], f[6], f[7]))
    return lines[0][2:], rows


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def expected_quotes(quotes: list[dict], doc_id: str, start: int, end: int) -> list[dict]:
    """The quotations of quotes.jsonl whose offsets overlap [start, end), in text order."""
    found = [q for q in quotes if q["doc_id"] == doc_id and q["start"] < end and q["end"] > start]
    return sorted(found, key=lambda q: (q["start"], q["end"], q["quote_id"]))


def expected_quote_note(q: dict) -> str:
    parts = [f"quote: {q['quote_id']}"]
    if q["speaker"]:
        parts.append(f"speaker: {q['speaker']}")
    if q["via"]:
        parts.append(f"via: {', '.join(q['via'])}")
    if q["cluster_id"]:
        parts.append(f"cluster: {q['cluster_id']}")
    return "; ".join(parts)


def expected_quote_props(q: dict) -> list[tuple[str, str]]:
    props = [("x-quote_id", q["quote_id"])]
    if q["speaker"]:
        props.append(("x-speaker", q["speaker"]))
    if q["via"]:
        props.append(("x-via", ", ".join(q["via"])))
    if q["cluster_id"]:
        props.append(("x-cluster_id", q["cluster_id"]))
    return props


def notes(unit, **attrs) -> list[str]:
    """The unit's notes written by us, as translate-toolkit reads them (attrs: filter by
    XML attribute, e.g. annotates="source")."""
    found = []
    for note in unit.xmlelement.iterchildren(f"{{{NS}}}note"):
        if note.get("from") != NOTE_FROM:
            continue
        if any(note.get(k, "general" if k == "annotates" else None) != v for k, v in attrs.items()):
            continue
        found.append(note.text or "")
    return found


def props(unit) -> list[tuple[str, str]]:
    return [(p.get("type"), p.text or "") for p in unit.xmlelement.iterchildren("prop")]


# --- the sample corpus, run once for this module ---------------------------------
@dataclass
class SampleRun:
    out: Path
    report: dict
    signature: str
    rows: list[Row]
    documents: list[dict]
    quotes: list[dict]


@pytest.fixture(scope="module")
def sample_run(request, tmp_path_factory) -> SampleRun:
    """The five sample articles through the whole pipeline: Apertium where it is
    installed (real English), else the session's tiny test Argos package.

    Run as a user would, through the command line in a child process: a run
    leaves process-wide caches (alignment's word stems) that other test modules
    do not expect."""
    from tests.fixtures.argos_package import argos_env

    root = tmp_path_factory.mktemp("formats-run")
    shutil.copytree(CORPUS, root / "corpus")
    env = {**os.environ, **argos_env(root / "argos")}
    cli = [sys.executable, "-m", "pipeline"]
    if shutil.which("apertium"):
        translate = {"engines": ["apertium"]}
    else:
        archive = request.getfixturevalue("argos_archive")
        subprocess.run([*cli, "models", "install", "--from-file", str(archive)], env=env, check=True,
                       capture_output=True)
        translate = {"engines": ["argos"], "argos": {"max_decoding_length": 16, "max_batch_size": 3}}
    config = root / "config.yaml"
    config.write_text(yaml.safe_dump({"corpus": "corpus", "output": "out", "translate": translate}),
                      encoding="utf-8")
    done = subprocess.run([*cli, "run", str(config)], env=env, cwd=PROJECT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    out = root / "out"
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert report["status"] == "ok"
    signature, rows = read_corpus_tsv(out / "parallel" / "corpus.tsv")
    return SampleRun(out, report, signature, rows, read_jsonl(out / "documents.jsonl"),
                     read_jsonl(out / "quotes" / "quotes.jsonl"))


def test_one_valid_xliff_per_bilingual_article(sample_run, xliff_schema):
    docs = sample_run.out / "docs"
    tsvs = sorted(p.name for p in docs.glob("*.tsv"))
    xlfs = sorted(p.name for p in docs.glob("*.xlf"))
    assert len(tsvs) == 5
    assert xlfs == [name[: -len(".tsv")] + ".xlf" for name in tsvs]
    listed = sample_run.report["stages"]["export"]["files"]
    assert {f"docs/{name}" for name in xlfs} <= set(listed)
    for name in xlfs:
        assert_valid_xliff(xliff_schema, docs / name)


def test_xliff_round_trips_through_translate_toolkit(sample_run):
    by_doc: dict[str, list[Row]] = {}
    for row in sample_run.rows:
        by_doc.setdefault(row.doc_id, []).append(row)
    documents = {d["doc_id"]: d for d in sample_run.documents}
    quote_notes = 0
    for path in sorted((sample_run.out / "docs").glob("*.xlf")):
        doc_id = path.name.split(".")[0]
        doc, rows = documents[doc_id], by_doc[doc_id]
        store = factory.getobject(str(path))
        assert isinstance(store, xliff.xlifffile)
        assert store.getsourcelanguage() == doc["lang"] == "fr"
        assert store.gettargetlanguage() == "en"
        assert store.getfilenames() == [doc["path"]]
        header = store.document.getroot().find(f"{{{NS}}}file/{{{NS}}}header")
        header_notes = [n.text for n in header.iterchildren(f"{{{NS}}}note")]
        assert f"signature: {sample_run.signature}" in header_notes
        if doc["publisher"]:
            assert f"outlet: {doc['publisher']}" in header_notes
        units = store.units
        assert len(units) == len(rows) > 0
        for unit, row in zip(units, rows):
            assert unit.getid() == f"{doc['path']}\x04{row.seg_id}"
            assert unit.source == row.source
            assert unit.target == row.translation
            assert row.engine not in ("", "identity")  # the sample is all French, all translated
            assert unit.istranslatable() and unit.isfuzzy()  # machine output, to be reviewed
            assert unit.xmlelement.find(f"{{{NS}}}target").get("state") == "needs-review-translation"
            engine, *flags = notes(unit, annotates="target")
            assert engine == f"engine: {row.engine}"
            assert all(re.fullmatch(r"flags: [a-z_]+(, [a-z_]+)*", f) for f in flags) and len(flags) <= 1
            want = [expected_quote_note(q)
                    for q in expected_quotes(sample_run.quotes, doc_id, row.start, row.end)]
            assert notes(unit, annotates="source") == want
            quote_notes += len(want)
    assert quote_notes >= 15  # the sample has quotes in every article


def test_tmx_is_valid_and_round_trips_with_outlet_and_quote_props(sample_run, tmx_dtd):
    path = sample_run.out / "parallel" / "corpus.tmx"
    assert_valid_tmx(tmx_dtd, path)
    store = factory.getobject(str(path))
    assert isinstance(store, tmx.tmxfile)
    root = store.document.getroot()
    assert root.find("header/prop[@type='x-signature']").text == sample_run.signature
    rows = [r for r in sample_run.rows if r.src_lang == "fr" and r.engine not in ("", "identity")]
    units = store.units
    assert len(units) == len(rows) > 50
    publisher = {d["doc_id"]: d["publisher"] for d in sample_run.documents}
    assert any(publisher.values())
    outlets = quoted = 0
    for unit, row in zip(units, rows):
        assert unit.getid() == f"{row.doc_id}:{row.seg_id}"
        assert unit.source == row.source and unit.target == row.translation
        got = props(unit)
        want = [("x-doc_id", row.doc_id), ("x-engine", row.engine)]
        if publisher[row.doc_id]:
            want.append(("x-outlet", publisher[row.doc_id]))
            outlets += 1
        for q in expected_quotes(sample_run.quotes, row.doc_id, row.start, row.end):
            want += expected_quote_props(q)
            quoted += 1
        assert got == want
        # the DTD's order: every prop before the tuvs
        tags = [child.tag for child in unit.xmlelement]
        assert tags == ["prop"] * len(got) + ["tuv", "tuv"]
    assert outlets > 0 and quoted >= 15


# --- constructed documents ---------------------------------------------------------
HOSTILE = 'Il a dit « <b>non</b> & ]]> \x01\x0b\x1f » \u202eesrever\u202c et "fin"\r\n\tsuite'
CONTROLS = re.compile("[\x01\x0b\x1f]")


def hostile_document(doc_id: str = "hostile-1", path: str = 'a&b <c> "d".txt') -> Document:
    english = ' "We will <not> & never]]> stop," he said.'
    untranslated = " Ende \x00."
    text = HOSTILE + english + untranslated
    a, b = len(HOSTILE), len(HOSTILE) + len(english)
    segments = [
        Segment(0, 0, a, HOSTILE, HOSTILE, lang="fr",
                translation='He said “<b>no</b> & ]]> \x02 ” \u202ereversed\u202c and "end"\r\n\tnext',
                engine="argos-fr_en@1.9", flags=["repetition"]),
        Segment(1, a, b, english, english, lang="en", translation=english, engine="identity"),
        Segment(2, b, len(text), untranslated, untranslated, lang="de"),
    ]
    inner = HOSTILE.index("<b>")
    quotes = [
        # spans the first two segments
        Quote("q-span", doc_id, "fr", text[inner:a + 20], inner, a + 20, speaker='Jean "J&J" <Dupont>',
              via=["AT&T <Wire>", "]]>Agence"], cluster_id="c-1"),
        # inside the first segment, no speaker, no cluster
        Quote("q-short", doc_id, "fr", "esrever", HOSTILE.index("esrever"), HOSTILE.index("esrever") + 7),
        # ends exactly where segment 2 starts: not inside it
        Quote("q-edge", doc_id, "en", text[a + 2:b], a + 2, b, speaker="Anon", via=[]),
    ]
    return Document(doc_id=doc_id, path=path, sha256="0" * 64, text=text, lang="fr",
                    publisher="Les Échos & <Co>", date="2024-06-19", segments=segments, quotes=quotes)


def test_hostile_text_validates_and_round_trips(tmp_path, xliff_schema, tmx_dtd):
    doc = hostile_document()
    exporter = Export(Config(output=tmp_path / "out"))
    exporter.write([doc])
    out = tmp_path / "out"
    xlf = out / "docs" / "hostile-1.fr-en.xlf"
    assert xlf in exporter.files([doc]) and xlf.is_file()
    assert_valid_xliff(xliff_schema, xlf)
    assert_valid_tmx(tmx_dtd, out / "parallel" / "corpus.tmx")

    store = factory.getobject(str(xlf))
    assert store.getfilenames() == ['a&b <c> "d".txt']
    header = store.document.getroot().find(f"{{{NS}}}file/{{{NS}}}header")
    assert "outlet: Les Échos & <Co>" in [n.text for n in header.iterchildren(f"{{{NS}}}note")]
    mt, same, missing = store.units
    # control characters XML cannot hold are dropped; the rest comes back as written,
    # the CR of a CRLF and the RTL override included
    assert mt.source == CONTROLS.sub("", HOSTILE)
    assert "\r\n\t" in mt.source and "\u202e" in mt.source and "]]>" in mt.source
    assert mt.target == 'He said “<b>no</b> & ]]>  ” \u202ereversed\u202c and "end"\r\n\tnext'
    assert mt.isfuzzy() and mt.istranslatable()
    assert notes(mt, annotates="target") == ["engine: argos-fr_en@1.9", "flags: repetition"]
    assert notes(mt, annotates="source") == [
        'quote: q-span; speaker: Jean "J&J" <Dupont>; via: AT&T <Wire>, ]]>Agence; cluster: c-1',
        "quote: q-short",
    ]
    # a segment already in English: kept, locked, final
    assert same.source == same.target == doc.segments[1].text
    assert not same.istranslatable() and same.isapproved() and not same.isfuzzy()
    assert same.xmlelement.find(f"{{{NS}}}source").get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert notes(same, annotates="target") == ["engine: identity"]
    assert notes(same, annotates="source") == [
        'quote: q-span; speaker: Jean "J&J" <Dupont>; via: AT&T <Wire>, ]]>Agence; cluster: c-1',
        "quote: q-edge; speaker: Anon",
    ]
    # no engine served it: source only
    assert missing.source == " Ende ." and not missing.target
    assert missing.xmlelement.find(f"{{{NS}}}target") is None
    assert notes(missing) == []

    units = factory.getobject(str(out / "parallel" / "corpus.tmx")).units
    assert len(units) == 1  # only machine output goes into the translation memory
    (tu,) = units
    assert tu.source == mt.source and tu.target == mt.target
    assert props(tu) == [
        ("x-doc_id", "hostile-1"), ("x-engine", "argos-fr_en@1.9"), ("x-outlet", "Les Échos & <Co>"),
        ("x-quote_id", "q-span"), ("x-speaker", 'Jean "J&J" <Dupont>'),
        ("x-via", "AT&T <Wire>, ]]>Agence"), ("x-cluster_id", "c-1"), ("x-quote_id", "q-short"),
    ]


def test_stale_xliff_files_are_removed(tmp_path, xliff_schema):
    exporter = Export(Config(output=tmp_path / "out"))
    kept, gone = hostile_document("kept-1"), hostile_document("gone-1", path="gone.txt")
    exporter.write([kept, gone])
    folder = tmp_path / "out" / "docs"
    assert sorted(p.name for p in folder.glob("*.xlf")) == ["gone-1.fr-en.xlf", "kept-1.fr-en.xlf"]
    exporter.write([kept])
    assert sorted(p.name for p in folder.glob("*")) == ["kept-1.fr-en.tsv", "kept-1.fr-en.xlf"]
    assert_valid_xliff(xliff_schema, folder / "kept-1.fr-en.xlf")


def test_export_marks_are_kept_in_one_array_and_stored_as_hex_json():
    from pipeline.data import Document
    from pipeline.stages.export import Marks, mark_pieces

    docs = [Document(doc_id=f"d{i}", path=f"d{i}.txt", sha256="") for i in range(3)]
    marks = Marks(docs)
    for digest in (b"\x01" * 16, None, bytes(range(16))):  # the second document has no stage key
        marks.add(digest)
    assert len(marks.digests) == 48
    assert marks.get(0) == b"\x01" * 16 and marks.get(1) is None and marks.get(2) == bytes(range(16))
    stored = json.loads(b"".join(mark_pieces(marks)))
    assert stored == {"d0": "01" * 16, "d2": bytes(range(16)).hex()}
