import codecs

import pytest

from pipeline.config import load_config
from pipeline.stages.ingest import Ingest, decode, make_doc_id

from .conftest import CORPUS, SAMPLE_FILES

ARTICLE = (CORPUS / "003_86786374b0429f1a.txt").read_text(encoding="utf-8")
# latin-1 has no curly apostrophe or ellipsis: the same article as a latin-1 writer would save it
LATIN1_SAFE = ARTICLE.replace("’", "'").replace("…", "...")


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (ARTICLE.encode("utf-8"), ARTICLE, "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), ARTICLE, "utf-8-sig"),
        (ARTICLE.encode("utf-16"), ARTICLE, "utf-16"),  # Python writes a BOM
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), ARTICLE, "utf-16"),
        (ARTICLE.encode("cp1252"), ARTICLE, "cp1252"),
        (LATIN1_SAFE.encode("latin-1"), LATIN1_SAFE, None),  # cp1252 or latin-1: same letters
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "latin-1"],
)
def test_encodings_decode_to_the_same_text(data, text, encoding):
    decoded, used, reason = decode(data)
    assert reason is None
    assert decoded == text
    if encoding:
        assert used == encoding
    else:
        assert used in {"cp1252", "latin_1", "iso8859_1", "latin-1"}


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "whitespace_only"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (codecs.BOM_UTF8 + b"caf\xe9 \xff\xfe", "undecodable"),
        (bytes(range(128, 256)) * 4, "undecodable"),
    ],
    ids=["empty", "whitespace", "binary", "bad-utf8-after-bom", "undecodable"],
)
def test_rejection_reasons(data, reason):
    _, _, got = decode(data)
    assert got is not None and got.split(":")[0] == reason


def test_scan_lists_every_file_with_status(corpus, make_config):
    (corpus / "sub").mkdir()
    (corpus / "sub" / "empty.txt").write_bytes(b"")
    (corpus / "sub" / "photo.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "big.txt").write_text("x" * 6000, encoding="utf-8")
    (corpus / "notes.md").write_text("not matched by the glob", encoding="utf-8")
    (corpus / ".hidden.txt").write_text("editor backup", encoding="utf-8")
    cfg = load_config(make_config(ingest={"max_bytes": 5000}))
    docs = Ingest(cfg).scan()
    by_path = {d.path: d for d in docs}
    assert set(by_path) == set(SAMPLE_FILES) | {"sub/empty.txt", "sub/photo.txt", "big.txt"}
    assert by_path["sub/empty.txt"].reason == "empty"
    assert by_path["sub/photo.txt"].reason.startswith("binary")
    assert by_path["big.txt"].reason.startswith("oversize")
    for name in SAMPLE_FILES:
        doc = by_path[name]
        assert doc.ok and doc.encoding == "utf-8"
        assert doc.text == (CORPUS / name).read_text(encoding="utf-8")
        assert len(doc.sha256) == 64


def test_exclude_globs(corpus, make_config):
    cfg = load_config(make_config(ingest={"exclude": ["000_*"]}))
    paths = [d.path for d in Ingest(cfg).scan()]
    assert paths == SAMPLE_FILES[1:]


def test_doc_ids_are_stable_and_path_safe():
    a = make_doc_id("sub/../évil name?.txt")
    assert a == make_doc_id("sub/../évil name?.txt")
    assert all(c.isalnum() or c in "_-" for c in a)
    assert make_doc_id("a/x.txt") != make_doc_id("b/x.txt")
