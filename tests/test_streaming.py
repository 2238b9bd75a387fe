"""Bounded memory and incremental export: documents go through the stages a
window at a time, the export streams them, and files that would not change
are not rewritten."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.config import load_config
from pipeline.runner import RunOptions, Runner
from tests.test_executor import outputs


def mtimes(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns
            for p in out.rglob("*") if p.is_file() and ".state" not in p.parts and p.name != "run.json"}


def test_a_window_of_two_documents_gives_the_same_outputs(corpus, make_config, monkeypatch):
    whole = load_config(make_config(output="whole", translate={"on_missing": "skip"}))
    Runner(whole, RunOptions()).run()
    monkeypatch.setattr(Runner, "WINDOW_DOCS", 2)
    small = load_config(make_config(output="small", translate={"on_missing": "skip"}))
    report = Runner(small, RunOptions()).run()
    assert outputs(small.output) == outputs(whole.output)
    assert report["stages"]["quotes"]["computed"] == 5


def test_shells_keep_quote_results_only_and_give_the_same_outputs(corpus, make_config, monkeypatch):
    """The run holds each quote as a ``QuoteResult`` between the document
    stages and the export (the rest is read back from the state store), and
    writes what it wrote when the shells kept whole quotes."""
    from pipeline.data import QuoteResult

    monkeypatch.setattr(Runner, "LIGHT_SHELLS", False)
    whole = load_config(make_config(output="whole", translate={"on_missing": "skip"}))
    Runner(whole, RunOptions()).run()
    monkeypatch.setattr(Runner, "LIGHT_SHELLS", True)
    seen = []
    align = Runner._align

    def spy(self, store, docs):
        seen.extend(q for d in docs for q in d.quotes)
        return align(self, store, docs)

    monkeypatch.setattr(Runner, "_align", spy)
    light = load_config(make_config(output="light", translate={"on_missing": "skip"}))
    Runner(light, RunOptions()).run()
    assert seen and all(isinstance(q, QuoteResult) for q in seen)
    assert outputs(light.output) == outputs(whole.output)


def test_unchanged_rerun_rewrites_nothing_and_a_changed_article_only_its_own_files(corpus, make_config):
    cfg = load_config(make_config(translate={"on_missing": "skip"}))
    Runner(cfg, RunOptions()).run()
    before = mtimes(cfg.output)
    report = Runner(cfg, RunOptions()).run()
    assert report["stages"]["export"]["computed"] == 0
    assert mtimes(cfg.output) == before

    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nLa réunion a duré deux heures.\n",
                       encoding="utf-8")
    Runner(cfg, RunOptions()).run()
    after = mtimes(cfg.output)
    rewritten = {p for p in after if after[p] != before.get(p)}
    records = [json.loads(line) for line in (cfg.output / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    doc_id = next(r["doc_id"] for r in records if r["path"] == changed.name)
    own = {p for p in rewritten if doc_id in p}
    assert {f"docs/{doc_id}.fr-en.tsv", f"docs/{doc_id}.fr-en.xlf", f"review/articles/{doc_id}.html"} <= own
    assert "parallel/corpus.tsv" in rewritten
    others = [p for p in before if (p.startswith("docs/") or p.startswith("review/articles/")) and doc_id not in p]
    assert others and not rewritten.intersection(others)


def test_an_unchanged_corpus_is_recognised_without_reading_it(corpus, make_config):
    import os

    cfg = load_config(make_config(translate={"on_missing": "skip"}))
    first = Runner(cfg, RunOptions()).run()
    again = Runner(cfg, RunOptions()).run()
    assert again.get("unchanged") is True and again["status"] == "ok"
    assert again["documents"] == first["documents"] and again["rejected"] == first["rejected"]
    assert all(s["computed"] == 0 for s in again["stages"].values())

    # a touched file (same content) is read again; a deleted output is written again
    article = sorted(corpus.glob("*.txt"))[0]
    st = article.stat()
    os.utime(article, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    touched = Runner(cfg, RunOptions()).run()
    assert "unchanged" not in touched and touched["stages"]["clean"]["computed"] == 0
    victim = next((cfg.output / "docs").glob("*.xlf"))
    victim.unlink()
    restored = Runner(cfg, RunOptions()).run()
    assert "unchanged" not in restored and victim.is_file()
    assert Runner(cfg, RunOptions()).run().get("unchanged") is True
    assert "unchanged" not in Runner(cfg, RunOptions(force=True)).run()
