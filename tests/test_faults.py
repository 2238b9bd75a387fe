"""Faults while nobody watches: each gives one line naming the path and what to
do, exit code 1, no traceback unless --debug; earlier outputs stay intact and
the next run resumes."""

import errno
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile

import pytest

from pipeline import cli

from .conftest import CORPUS


def main(monkeypatch, capsys, *args):
    """``pipeline ARGS`` in this process (so writes can be patched); returns
    (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["pipeline", *map(str, args)])
    with pytest.raises(SystemExit) as info:
        cli.main()
    out, err = capsys.readouterr()
    return info.value.code, out, err


@pytest.fixture
def config(corpus, make_config):
    return make_config(translate={"on_missing": "skip"})


@pytest.fixture
def done(config, monkeypatch, capsys, tmp_path):
    """A first good run; returns the output folder."""
    code, _, err = main(monkeypatch, capsys, "run", config)
    assert code == 0, err
    return tmp_path / "out"


def snapshot(out):
    """Every output file's bytes (the state store aside)."""
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file() and ".state" not in p.parts}


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("error: ")
    return lines[0]


def temporaries(out):
    return [p for p in out.rglob(".*.tmp")]


def change_an_article(corpus):
    path = corpus / "002_ab91c58970d1bdd0.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nLe Kremlin a démenti jeudi soir.\n", encoding="utf-8")


class FullDisk:
    """A file whose writes fail as on a full disk."""

    def __init__(self, fh):
        self.fh = fh

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.fh.close()

    def __getattr__(self, name):
        return getattr(self.fh, name)


def test_disk_full_is_one_line_outputs_intact_and_the_next_run_resumes(done, config, corpus, monkeypatch, capsys):
    before = snapshot(done)
    change_an_article(corpus)
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    code, out, err = main(monkeypatch, capsys, "run", config)
    assert code == 1
    line = one_line(err)
    assert "no space left on the device holding" in line and str(done) in line
    assert "free some space" in line and "next run resumes" in line
    assert snapshot(done) == before  # run.json included: its rewrite failed too
    assert temporaries(done) == []

    monkeypatch.setattr(os, "fdopen", real_fdopen)
    code, out, err = main(monkeypatch, capsys, "run", config)
    assert code == 0, err
    report = json.loads((done / "run.json").read_text(encoding="utf-8"))
    # what the failed run computed was committed: only the export is left to do
    assert report["stages"]["clean"]["computed"] == 0 and report["stages"]["export"]["computed"] == 1
    assert "Le Kremlin a démenti jeudi soir." in (done / "parallel" / "corpus.tsv").read_text(encoding="utf-8")


def test_debug_shows_the_traceback(done, config, corpus, monkeypatch, capsys):
    change_an_article(corpus)
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    code, _, err = main(monkeypatch, capsys, "run", config, "--debug")
    assert code == 1
    assert "Traceback" in err and "OSError: [Errno 28]" in err
    assert err.strip().splitlines()[-1].startswith("error: no space left")


@pytest.mark.parametrize("code_, strerror, expected", [
    (errno.EROFS, "Read-only file system", "is on a read-only file system"),
    (errno.EACCES, "Permission denied", "permission denied writing"),
])
def test_read_only_output_folder(done, config, corpus, monkeypatch, capsys, code_, strerror, expected):
    before = snapshot(done)
    change_an_article(corpus)

    def refuse(*args, **kwargs):
        raise OSError(code_, strerror, kwargs.get("dir"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, _, err = main(monkeypatch, capsys, "run", config)
    assert code == 1
    line = one_line(err)
    assert expected in line and str(done) in line
    assert snapshot(done) == before


def test_output_folder_deleted_mid_run(config, corpus, tmp_path, monkeypatch, capsys):
    from pipeline.stages import segment

    out = tmp_path / "out"
    original = segment.Segment.process_batch
    calls = []

    def delete_output_first(self, docs):
        if not calls:
            calls.append(1)
            shutil.rmtree(out)
        return original(self, docs)

    monkeypatch.setattr(segment.Segment, "process_batch", delete_output_first)
    code, _, err = main(monkeypatch, capsys, "run", config)
    assert code == 1
    line = one_line(err)
    assert str(out / ".state" / "state.sqlite") in line and "removed or replaced during the run" in line
    assert "run again" in line

    monkeypatch.setattr(segment.Segment, "process_batch", original)
    code, _, err = main(monkeypatch, capsys, "run", config)
    assert code == 0, err
    assert len((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 5


@pytest.mark.parametrize("name", ["state.sqlite", "translations.sqlite"])
def test_corrupt_database_is_moved_aside_and_rebuilt(done, config, monkeypatch, capsys, caplog, name):
    path = done / ".state" / name
    assert path.is_file()  # the translate stage opens its cache even with no engine to fill it
    garbage = bytes(range(256)) * 64
    path.write_bytes(garbage)
    for side in ("-wal", "-shm"):
        (done / ".state" / (name + side)).unlink(missing_ok=True)
    with caplog.at_level("WARNING"):  # --force: the translation cache is opened only when used
        code, _, err = main(monkeypatch, capsys, "run", config, "--force")
    assert code == 0, err
    moved = list((done / ".state").glob(f"{name}.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == garbage
    assert any("is corrupt" in r.getMessage() and moved[0].name in r.getMessage() for r in caplog.records)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    code, _, err = main(monkeypatch, capsys, "run", config)  # the rebuilt store is used
    assert code == 0
    report = json.loads((done / "run.json").read_text(encoding="utf-8"))
    assert report["stages"]["segment"]["computed"] == 0


def test_state_database_locked_by_another_program(done, config, monkeypatch, capsys):
    from pipeline import state

    monkeypatch.setattr(state, "BUSY_TIMEOUT_S", 0.2)
    before = snapshot(done)
    db = sqlite3.connect(done / ".state" / "state.sqlite", isolation_level=None)
    db.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = main(monkeypatch, capsys, "run", config)
    finally:
        db.execute("ROLLBACK")
        db.close()
    assert code == 1
    line = one_line(err)
    assert f"the state database {done / '.state' / 'state.sqlite'} is locked by another program" in line
    assert "close whatever holds it open" in line
    assert snapshot(done) == before
    code, _, err = main(monkeypatch, capsys, "run", config)
    assert code == 0, err


def test_corpus_folder_missing(config, corpus, tmp_path, monkeypatch, capsys):
    from pipeline.stages.ingest import Ingest

    original = Ingest.find_files

    def unmounted(self):
        shutil.rmtree(corpus)
        return original(self)

    monkeypatch.setattr(Ingest, "find_files", unmounted)
    code, _, err = main(monkeypatch, capsys, "run", config)
    assert code == 1
    line = one_line(err)
    assert f"the corpus folder {corpus} is missing" in line and "mount or restore it" in line

    # missing before the run starts: the config names a folder that is not there (usage, 2)
    code, _, err = main(monkeypatch, capsys, "run", config)
    assert code == 2 and f"corpus: folder {corpus} does not exist" in err


def test_unexpected_error_is_one_line(config, monkeypatch, capsys):
    from pipeline.runner import Runner

    def broken(self):
        raise KeyError("surprise")

    monkeypatch.setattr(Runner, "run", broken)
    code, _, err = main(monkeypatch, capsys, "run", config)
    assert code == 1
    assert "unexpected KeyError" in one_line(err) and "--debug" in err


def many_articles(corpus, n=40):
    """Copies of the sample articles (numbers changed): a run long enough to interrupt."""
    import re

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    for i in range(n):
        text = re.sub(r"\d+", lambda m: str(int(m.group()) + i + 1), texts[i % len(texts)])
        (corpus / f"copy{i:03d}.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_sigint_stop_cleanly_and_the_next_run_resumes(config, corpus, tmp_path, sig):
    many_articles(corpus)
    cmd = [sys.executable, "-m", "pipeline", "run", str(config)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if "documents: " in line and "to process" in line:
            proc.send_signal(sig)
            break
    out, rest = proc.communicate(timeout=120)
    err = "".join(seen) + rest
    assert proc.returncode == 1, err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last == (f"error: the run over {tmp_path / 'out'} was stopped by {sig.name}; run again to resume "
                    "from what it committed (earlier outputs are intact)")
    report = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert report["status"] == "interrupted"
    assert not list((tmp_path / "out").rglob(".*.tmp"))

    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    report = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert report["status"] == "ok" and report["documents"] == 45
    assert report["stages"]["quotes"]["in"] == 45


def test_killed_runs_are_marked_and_temporaries_removed(done, config, monkeypatch, capsys):
    # what a SIGKILL leaves: a run still "running" in the store and a temporary file
    stray = done / "parallel" / ".corpus.tsv.abc123.tmp"
    stray.write_text("half a file")
    with sqlite3.connect(state_dir_of(done) / "state.sqlite") as db:
        db.execute("UPDATE runs SET status='running'")
    code, _, err = main(monkeypatch, capsys, "run", config)
    assert code == 0, err
    assert not stray.exists()
    with sqlite3.connect(state_dir_of(done) / "state.sqlite") as db:
        statuses = [s for (s,) in db.execute("SELECT status FROM runs ORDER BY started")]
    assert statuses[-2:] == ["killed", "ok"]


def state_dir_of(out):
    return out / ".state"
