"""Unattended ingest: corpus confinement, special files, odd names, control
characters. Every path that matches the globs is accounted for, and nothing
ever blocks on a file that is not a regular file."""

import errno
import json
import os
import socket
import stat
import threading

import pytest

from pipeline.config import load_config
from pipeline.runner import Runner, RunOptions
from pipeline.stages import ingest as ingest_mod
from pipeline.stages.ingest import Ingest, decode, printable_path, strip_controls

from .conftest import CORPUS, SAMPLE_FILES

ARTICLE = (CORPUS / "003_86786374b0429f1a.txt").read_text(encoding="utf-8")


def scan(cfg) -> dict:
    return {d.path: d for d in Ingest(cfg).scan()}


def scan_in_thread(cfg, seconds: float = 30) -> dict:
    """Ingest in a thread: a FIFO opened by mistake would block it forever,
    and the test would fail here instead of hanging."""
    out: dict = {}
    t = threading.Thread(target=lambda: out.update(scan(cfg)), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "ingest blocked (did it open a FIFO?)"
    return out


def reason(doc) -> str:
    return (doc.reason or "").split(":")[0]


# --- confinement ------------------------------------------------------------------

def test_symlink_out_of_the_corpus_is_rejected_unless_followed(tmp_path, corpus, make_config):
    secret = tmp_path / "secret.txt"
    secret.write_text("Le mot de passe est confidentiel.", encoding="utf-8")
    (corpus / "passwd.txt").symlink_to(secret)
    (corpus / "etc_passwd.txt").symlink_to("/etc/passwd")
    docs = scan(load_config(make_config()))
    for name in ("passwd.txt", "etc_passwd.txt"):
        assert docs[name].status == "rejected" and reason(docs[name]) == "outside_corpus", docs[name].reason
        assert docs[name].text == ""
    assert "follow_symlinks" in docs["passwd.txt"].reason

    docs = scan(load_config(make_config(ingest={"follow_symlinks": True})))
    assert docs["passwd.txt"].ok and docs["passwd.txt"].text.startswith("Le mot de passe")


def test_symlinked_folder_outside_is_followed_only_when_asked(tmp_path, corpus, make_config):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "wire.txt").write_text(ARTICLE, encoding="utf-8")
    (outside / "back").symlink_to(outside)  # a loop out there
    (corpus / "ext").symlink_to(outside)
    docs = scan(load_config(make_config()))
    assert reason(docs["ext"]) == "outside_corpus"
    assert "ext/wire.txt" not in docs

    docs = scan(load_config(make_config(ingest={"follow_symlinks": True})))
    assert docs["ext/wire.txt"].ok and docs["ext/wire.txt"].text == ARTICLE
    assert reason(docs["ext/back"]) == "symlink_loop"


def test_loops_broken_links_and_folder_links_inside(corpus, make_config):
    (corpus / "loop.txt").symlink_to("loop.txt")
    (corpus / "a.txt").symlink_to("b.txt")
    (corpus / "b.txt").symlink_to("a.txt")
    (corpus / "broken.txt").symlink_to("nowhere.txt")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "inner.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "same").symlink_to("sub")  # the same folder twice: read once, where it is
    (corpus / "sub" / "up").symlink_to("..")  # back to the corpus folder
    (corpus / "good.txt").symlink_to(CORPUS / SAMPLE_FILES[0])  # outside (the project's corpus)
    (corpus / "alias.txt").symlink_to(SAMPLE_FILES[1])  # inside: read
    docs = scan(load_config(make_config()))
    assert reason(docs["loop.txt"]) == "symlink_loop"
    assert reason(docs["a.txt"]) == reason(docs["b.txt"]) == "symlink_loop"
    assert reason(docs["broken.txt"]) == "broken_link"
    assert reason(docs["same"]) == "symlinked_directory"
    assert reason(docs["sub/up"]) == "symlink_loop"
    assert docs["sub/inner.txt"].ok and "same/inner.txt" not in docs
    assert reason(docs["good.txt"]) == "outside_corpus"
    assert docs["alias.txt"].ok and docs["alias.txt"].text == docs[SAMPLE_FILES[1]].text


# --- every input accounted for ------------------------------------------------------

def test_special_files_are_listed_and_never_opened(corpus, make_config, monkeypatch):
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "x.txt").mkdir()  # a folder named like an article
    (corpus / "x.txt" / "inside.txt").write_text(ARTICLE, encoding="utf-8")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(corpus / "sock.txt"))
    try:
        os.mknod(corpus / "null.txt", stat.S_IFCHR | 0o600, os.makedev(1, 3))
        device = True
    except (PermissionError, OSError):
        device = False  # no CAP_MKNOD here
    opened = []
    real_open = ingest_mod.open_regular
    monkeypatch.setattr(ingest_mod, "open_regular", lambda p: opened.append(p) or real_open(p))
    try:
        docs = scan_in_thread(load_config(make_config()))
    finally:
        sock.close()
    assert docs["pipe.txt"].reason == "not_a_file: fifo"
    assert docs["sock.txt"].reason == "not_a_file: socket"
    assert docs["x.txt"].reason == "not_a_file: directory"
    assert docs["x.txt/inside.txt"].ok
    if device:
        assert docs["null.txt"].reason == "not_a_file: character device"
    assert not any(p.endswith(("pipe.txt", "sock.txt", "null.txt")) for p in opened)
    for d in docs.values():
        assert len(d.sha256) == 64 and d.doc_id


def test_open_uses_nonblocking_and_nofollow(corpus, make_config, monkeypatch):
    flags = []
    real = os.open
    monkeypatch.setattr(ingest_mod.os, "open", lambda p, f, *a: flags.append(f) or real(p, f, *a))
    scan(load_config(make_config()))
    assert flags and all(f & os.O_NONBLOCK and f & os.O_NOFOLLOW for f in flags)


def test_unreadable_file_is_rejected_with_the_reason(corpus, make_config, monkeypatch):
    # tests run as root, for whom chmod 000 changes nothing: simulate the refusal
    real = ingest_mod.open_regular

    def refuse(path):
        if path.endswith("002_ab91c58970d1bdd0.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(ingest_mod, "open_regular", refuse)
    docs = scan(load_config(make_config()))
    assert docs["002_ab91c58970d1bdd0.txt"].reason == "unreadable: Permission denied"
    assert sum(d.ok for d in docs.values()) == 4


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod 000 files; simulated in the test above")
def test_chmod_000_file_is_unreadable(corpus, make_config):
    path = corpus / "002_ab91c58970d1bdd0.txt"
    path.chmod(0)
    try:
        assert scan(load_config(make_config()))[path.name].reason == "unreadable: Permission denied"
    finally:
        path.chmod(0o644)


def test_unlistable_folder_is_reported(corpus, make_config, monkeypatch):
    (corpus / "locked").mkdir()
    (corpus / "locked" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs = scan(load_config(make_config()))
    assert docs["locked"].reason == "unreadable: cannot list the folder (Permission denied)"


def test_odd_names_are_recorded_printable_and_read(corpus, make_config):
    raw = os.fsencode(str(corpus)) + b"/caf\xe9 \xff.txt"  # latin-1 bytes: not UTF-8
    with open(raw, "wb") as fh:
        fh.write(ARTICLE.encode("utf-8"))
    (corpus / "two\nlines.txt").write_text(ARTICLE.replace("Kremlin", "Kremlin2"), encoding="utf-8")
    (corpus / "back\\slash\x07.txt").write_text("Le texte du Kremlin.", encoding="utf-8")
    docs = scan(load_config(make_config()))
    assert {"caf\\xe9 \\xff.txt", "two\\nlines.txt", "back\\\\slash\\x07.txt"} <= set(docs)
    for name in ("caf\\xe9 \\xff.txt", "two\\nlines.txt", "back\\\\slash\\x07.txt"):
        assert docs[name].ok, docs[name].reason
        assert name.isprintable()
        json.dumps(docs[name].summary(), ensure_ascii=False).encode("utf-8")  # no lone surrogate


def test_printable_path():
    assert printable_path("plain/é.txt") == "plain/é.txt"
    assert printable_path("a\nb\tc\r") == "a\\nb\\tc\\r"
    assert printable_path("x\udcff\udce9y") == "x\\xff\\xe9y"
    assert printable_path("back\\slash") == "back\\\\slash"
    assert printable_path("bidi\u202eoverride\x1b") == "bidi\\u202eoverride\\x1b"


def test_a_run_lists_every_input_in_documents_jsonl(tmp_path, corpus, make_config):
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "dir.txt").mkdir()
    (corpus / "passwd.txt").symlink_to("/etc/passwd")
    (corpus / "loop.txt").symlink_to("loop.txt")
    (corpus / "broken.txt").symlink_to("gone.txt")
    with open(os.fsencode(str(corpus)) + b"/bad\xff.txt", "wb") as fh:
        fh.write(ARTICLE.encode("utf-8"))
    (corpus / "new\nline.txt").write_text(ARTICLE.replace("Kremlin", "Kremlin3"), encoding="utf-8")
    (corpus / "colour.txt").write_text("\x1b[1;31mLe Kremlin\x1b[0m a déclaré jeudi qu'il n'y avait aucun accord.\x07\n",
                                       encoding="utf-8")
    cfg = load_config(make_config(translate={"on_missing": "skip"}))
    done = {}
    t = threading.Thread(target=lambda: done.update(Runner(cfg, RunOptions()).run()), daemon=True)
    t.start()
    t.join(120)
    assert not t.is_alive(), "the run blocked"
    assert done["status"] == "ok"
    records = [json.loads(x) for x in (cfg.output / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    by_path = {r["path"]: r for r in records}
    expected = {"pipe.txt": "not_a_file", "dir.txt": "not_a_file", "passwd.txt": "outside_corpus",
                "loop.txt": "symlink_loop", "broken.txt": "broken_link"}
    for path, why in expected.items():
        assert by_path[path]["status"] == "rejected" and by_path[path]["reason"].startswith(why)
    for path in ("bad\\xff.txt", "new\\nline.txt", "colour.txt", *SAMPLE_FILES):
        assert by_path[path]["status"] == "ok", by_path[path]
    assert len(records) == len(SAMPLE_FILES) + len(expected) + 3
    report = json.loads((cfg.output / "run.json").read_text(encoding="utf-8"))
    assert report["stages"]["ingest"]["dropped"]["escape_sequences"] == 2
    assert report["stages"]["ingest"]["dropped"]["control_chars"] == 1
    # one line per segment: the odd names and stripped controls leave the TSV intact
    tsv = (cfg.output / "parallel" / "corpus.tsv").read_text(encoding="utf-8").splitlines()
    assert all(len(row.split("\t")) == 8 for row in tsv[1:])
    assert "\x1b" not in (cfg.output / "quotes" / "quotes.jsonl").read_text(encoding="utf-8")


def test_status_does_not_block_on_a_fifo(corpus, make_config):
    from pipeline.status import corpus_status

    os.mkfifo(corpus / "pipe.txt")
    out = {}
    t = threading.Thread(target=lambda: out.update(corpus_status(load_config(make_config()))), daemon=True)
    t.start()
    t.join(30)
    assert not t.is_alive()
    assert "pipe.txt" in out["changes"]["new"]


# --- control characters ----------------------------------------------------------------

def test_escape_sequences_and_controls_are_removed_and_counted():
    text = ("\x1b[1;31mLe Kremlin\x1b[0m a déclaré\x07 jeudi\x08 qu'il\x7f n'y avait\x9b2K aucun "
            "\x1b]0;titre\x07accord.\x1b(B\tFin\x0bligne\x85suite\x0c\r\n")
    out, counts = strip_controls(text)
    assert out == "Le Kremlin a déclaré jeudi qu'il n'y avait aucun accord.\tFin\nligne\nsuite\x0c\r\n"
    assert counts == {"escape_sequences": 5, "control_chars": 3}


def test_one_escape_sequence_does_not_reject_an_article():
    data = ARTICLE.replace("Kremlin", "\x1b[1mKremlin\x1b[0m", 3).encode("utf-8")
    text, encoding, why = decode(data)
    assert why is None and encoding == "utf-8"
    assert text == ARTICLE


def test_a_few_bells_are_text_real_binary_is_not():
    assert decode(("Alerte\x07\x07 : le Kremlin a parlé. " * 3).encode())[2] is None  # 6 bells
    assert decode(((ARTICLE[:900] + "\x07") * 20).encode())[2] is None  # 20 bells in 18,000 characters
    noisy = bytes(range(1, 32)) * 40 + b"un peu de texte"
    assert decode(noisy)[2].startswith("binary")
    assert decode(b"texte\x00avec NUL")[2].startswith("binary")
    # control characters that survive in UTF-16 are judged the same way
    assert decode("Le \x1b[1mKremlin\x1b[0m a parlé.".encode("utf-16"))[:3:2] == ("Le Kremlin a parlé.", None)


def test_drop_counts_are_on_the_document(corpus, make_config):
    (corpus / "colour.txt").write_text("\x1b[32mLe Kremlin\x1b[0m a parlé.\x07\n", encoding="utf-8")
    docs = scan(load_config(make_config()))
    assert docs["colour.txt"].text == "Le Kremlin a parlé.\n"
    assert docs["colour.txt"].stats["ingest"]["dropped"] == {"escape_sequences": 2, "control_chars": 1}
    assert "ingest" not in docs[SAMPLE_FILES[0]].stats
