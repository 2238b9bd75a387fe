"""write_batch: deferred atomic writes, kept compactly until the batch ends."""

from __future__ import annotations

import os

import pytest

from pipeline import outputs
from pipeline.outputs import Pending, atomic_write, write_batch


@pytest.mark.parametrize("chunk", [1, 40, 1 << 16])  # a piece per write, a few writes, one piece
@pytest.mark.parametrize("folders", [True, False])  # full pieces go to a file there, else stay in memory
def test_pending_gives_back_every_pair_in_order(tmp_path, monkeypatch, chunk, folders):
    monkeypatch.setattr(Pending, "CHUNK", chunk)
    pending = Pending()
    pairs = []
    for folder in ("a", "b b", "ünï", "a"):
        if folders:
            (tmp_path / folder).mkdir(exist_ok=True)
        for name in ("x.tsv", "y z.html", "é.xlf"):
            final = os.path.join(tmp_path, folder, name)
            tmp = os.path.join(tmp_path, folder, f".{name}.k3j2h1.tmp")
            pending.add(tmp, final)
            pairs.append((tmp, final))
    assert list(pending) == pairs
    assert list(pending) == pairs  # read again (a failed batch reads them to remove the temporaries)
    assert pending.count == len(pairs)
    assert pending.folders() == [os.path.join(tmp_path, f) for f in ("a", "b b", "ünï")]
    assert (pending._spill is not None) == (folders and chunk < 1 << 16)
    assert os.listdir(tmp_path / "a") == [] if folders else not (tmp_path / "a").exists()  # the file has no name
    pending.close()


def test_pending_keeps_names_that_are_not_utf8(tmp_path):
    odd = os.fsdecode(b"caf\xe9.txt")  # a byte no UTF-8 decoder accepts, as the OS gives it back
    pending = Pending()
    pending.add(os.path.join(tmp_path, f".{odd}.1.tmp"), os.path.join(tmp_path, odd))
    assert list(pending) == [(os.path.join(tmp_path, f".{odd}.1.tmp"), os.path.join(tmp_path, odd))]


def test_pending_refuses_a_temporary_elsewhere(tmp_path):
    with pytest.raises(ValueError):
        Pending().add(os.path.join(tmp_path, "a", ".x.1.tmp"), os.path.join(tmp_path, "b", "x"))


def test_a_batch_replaces_every_file_at_its_end(tmp_path):
    (tmp_path / "old.txt").write_text("before", encoding="utf-8")
    with write_batch():
        for i in range(5):
            with atomic_write(tmp_path / "sub" / f"f{i}.txt") as fh:
                fh.write(f"file {i}")
        with atomic_write(tmp_path / "old.txt") as fh:
            fh.write("after")
        assert (tmp_path / "old.txt").read_text(encoding="utf-8") == "before"  # not yet
        assert not (tmp_path / "sub" / "f0.txt").exists()
        assert outputs._BATCH is not None and outputs._BATCH.count == 6
    assert (tmp_path / "old.txt").read_text(encoding="utf-8") == "after"
    assert [(tmp_path / "sub" / f"f{i}.txt").read_text(encoding="utf-8") for i in range(5)] == [
        f"file {i}" for i in range(5)]
    assert not list(tmp_path.rglob("*.tmp"))
    assert outputs._BATCH is None


def test_a_failed_batch_changes_nothing_and_leaves_no_temporary(tmp_path):
    (tmp_path / "old.txt").write_text("before", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with write_batch():
            with atomic_write(tmp_path / "old.txt") as fh:
                fh.write("after")
            with atomic_write(tmp_path / "new.txt") as fh:
                fh.write("new")
            raise RuntimeError("stopped")
    assert (tmp_path / "old.txt").read_text(encoding="utf-8") == "before"
    assert not (tmp_path / "new.txt").exists()
    assert not list(tmp_path.rglob("*.tmp"))
