"""The runner: incremental re-runs, resumption, locking and run.json."""

import json

import pytest
from filelock import FileLock

from pipeline.config import load_config
from pipeline.errors import ConfigError, LockedError
from pipeline.runner import Runner, RunOptions, state_dir

DOC_STAGES = ("clean", "detect", "segment")


def run(cfg, **opts):
    return Runner(cfg, RunOptions(**opts)).run()


def computed(report):
    return {s: report["stages"][s]["computed"] for s in DOC_STAGES}


@pytest.fixture
def cfg(corpus, make_config):
    # translation has its own tests; here it must not depend on what is installed
    return load_config(make_config(translate={"on_missing": "skip"}))


def test_first_run_computes_everything_and_writes_run_json(cfg):
    report = run(cfg)
    assert report["status"] == "ok"
    assert computed(report) == {s: 5 for s in DOC_STAGES}
    on_disk = json.loads((cfg.output / "run.json").read_text(encoding="utf-8"))
    assert on_disk["run_id"] == report["run_id"]
    for key in ("started", "finished", "config_hash", "versions", "stages",
                "translated_segments", "cached_segments", "rejected"):
        assert key in on_disk
    for stage in ("ingest", *DOC_STAGES, "export"):
        assert {"seconds", "in", "out", "dropped"} <= set(on_disk["stages"][stage])
    assert on_disk["stages"]["clean"]["dropped"].get("boilerplate", 0) > 0


def test_unchanged_rerun_does_no_work(cfg):
    run(cfg)
    tsv = (cfg.output / "parallel" / "corpus.tsv").stat().st_mtime_ns
    report = run(cfg)
    assert computed(report) == {s: 0 for s in DOC_STAGES}
    assert report["stages"]["export"]["computed"] == 0
    assert (cfg.output / "parallel" / "corpus.tsv").stat().st_mtime_ns == tsv
    # the counts still describe the whole corpus
    assert report["stages"]["segment"]["segments"] > 0


def test_changed_article_reruns_alone(cfg, corpus):
    run(cfg)
    path = corpus / "002_ab91c58970d1bdd0.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nUne phrase ajoutée à la fin de l'article.\n",
                    encoding="utf-8")
    report = run(cfg)
    assert computed(report) == {s: 1 for s in DOC_STAGES}
    assert report["stages"]["export"]["computed"] == 1
    tsv = (cfg.output / "parallel" / "corpus.tsv").read_text(encoding="utf-8")
    assert "Une phrase ajoutée à la fin de l'article." in tsv


def test_new_and_removed_files(cfg, corpus):
    run(cfg)
    (corpus / "000_c0b07cc64b41b19c.txt").unlink()
    (corpus / "late.txt").write_text("Le Kremlin a déclaré qu'aucun accord n'avait été signé.", encoding="utf-8")
    report = run(cfg)
    assert computed(report) == {s: 1 for s in DOC_STAGES}
    docs = [json.loads(x) for x in (cfg.output / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(d["path"] for d in docs)[-1] == "late.txt"
    assert len(docs) == 5
    # the removed article's own files and pages are gone, every other one is listed
    listed = set(report["stages"]["export"]["files"])
    for folder in ("docs", "review/articles", "review/clusters"):
        on_disk = {p.relative_to(cfg.output).as_posix() for p in (cfg.output / folder).iterdir()}
        assert on_disk == {f for f in listed if f.startswith(folder + "/")}, folder
    assert not any("000_c0b07cc64b41b19c" in f for f in listed)


def test_config_change_reruns_the_stages_it_touches(cfg, corpus, make_config):
    run(cfg)
    changed = load_config(make_config(detect={"min_chars": 30}, translate={"on_missing": "skip"}))
    report = run(changed)
    assert computed(report) == {"clean": 0, "detect": 5, "segment": 5}
    assert report["stages"]["translate"]["computed"] == 5


def test_force_recomputes(cfg):
    run(cfg)
    report = run(cfg, force=True)
    assert computed(report) == {s: 5 for s in DOC_STAGES}
    assert report["stages"]["export"]["computed"] == 1


def test_until_then_full_run_resumes(cfg):
    report = run(cfg, until="detect")
    assert "segment" not in report["stages"] and "export" not in report["stages"]
    assert not (cfg.output / "parallel" / "corpus.tsv").exists()
    report = run(cfg)
    assert computed(report) == {"clean": 0, "detect": 0, "segment": 5}


def test_only_reruns_one_stage(cfg):
    run(cfg)
    report = run(cfg, only="detect")
    assert list(report["stages"]) == ["ingest", "clean", "detect"]
    assert report["stages"]["detect"]["computed"] == 5 and report["stages"]["clean"]["computed"] == 0


def test_killed_run_is_resumed(cfg, monkeypatch):
    from pipeline.stages import segment

    monkeypatch.setattr(segment.Segment, "batch_docs", 2)
    calls = {"n": 0}
    original = segment.Segment.process_batch

    def dies_on_second_batch(self, docs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # as if the process were killed
        return original(self, docs)

    monkeypatch.setattr(segment.Segment, "process_batch", dies_on_second_batch)
    with pytest.raises(KeyboardInterrupt):
        run(cfg)
    assert not (cfg.output / "parallel" / "corpus.tsv").exists()
    monkeypatch.setattr(segment.Segment, "process_batch", original)
    report = run(cfg)
    assert computed(report) == {"clean": 0, "detect": 0, "segment": 3}


def test_a_failing_document_is_rejected_and_the_rest_go_on(cfg, monkeypatch):
    from pipeline.stages import clean

    original = clean.Clean.process

    def fails_on_one(self, doc):
        if doc.path.startswith("001_"):
            raise ValueError("boom")
        return original(self, doc)

    monkeypatch.setattr(clean.Clean, "process", fails_on_one)
    report = run(cfg)
    assert report["status"] == "ok"
    assert [r["path"] for r in report["rejected"]] == ["001_7ee6e86b07ecc001.txt"]
    assert report["rejected"][0]["reason"].startswith("clean_failed: ValueError: boom")
    assert report["stages"]["segment"]["out"] == 4


def test_lock_refuses_a_second_run(cfg):
    state_dir(cfg).mkdir(parents=True)
    with FileLock(state_dir(cfg) / "run.lock"):
        with pytest.raises(LockedError, match="another run"):
            run(cfg)
    assert run(cfg)["status"] == "ok"  # released: the next run goes ahead


def test_dry_run_writes_nothing(cfg):
    plan = run(cfg, dry_run=True)
    assert plan["stages"]["segment"] == {"compute": 5, "reuse": 0}
    assert not cfg.output.exists()
    run(cfg)
    plan = run(cfg, dry_run=True)
    assert plan["stages"]["clean"] == {"compute": 0, "reuse": 5}


def test_unknown_stage_is_a_usage_error(cfg):
    with pytest.raises(ConfigError, match="unknown stage 'translat'"):
        run(cfg, only="translat")


def test_bad_files_are_listed_not_fatal(cfg, corpus):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "bin.txt").write_bytes(b"\x00\xff\x00")
    report = run(cfg)
    assert {r["path"]: r["reason"].split(":")[0] for r in report["rejected"]} == {
        "empty.txt": "empty", "bin.txt": "binary"}
    assert report["stages"]["ingest"]["dropped"] == {"empty": 1, "binary": 1}
    lines = (cfg.output / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    statuses = {json.loads(x)["path"]: json.loads(x)["status"] for x in lines}
    assert statuses["empty.txt"] == "rejected" and len(statuses) == 7


def test_alignment_holds_no_quote_sentences_and_the_export_reads_them_back(cfg, corpus, monkeypatch):
    """Alignment works on the shells' ``QuoteResult``s (no words, no sentence);
    the export reads every quote back from the state store: quotes.jsonl is the
    same as when the shells keep whole quotes (also when alignment runs again
    over stored documents, one article added)."""
    import pipeline.align.clusters as clusters

    seen = []
    real = clusters.align_quotes

    def spy(quotes, *args, **kwargs):
        seen.append(sum(1 for q in quotes if getattr(q, "context", None)))
        return real(quotes, *args, **kwargs)

    monkeypatch.setattr(clusters, "align_quotes", spy)
    monkeypatch.setattr(Runner, "LIGHT_SHELLS", False)
    run(cfg)
    jsonl = cfg.output / "quotes" / "quotes.jsonl"
    expected = jsonl.read_text(encoding="utf-8")
    assert seen[-1] > 0 and '"context": "' in expected
    monkeypatch.setattr(Runner, "LIGHT_SHELLS", True)
    run(cfg, force=True)
    assert seen[-1] == 0  # none held
    assert jsonl.read_text(encoding="utf-8") == expected
    path = corpus / "late.txt"
    path.write_text("Le Kremlin a déclaré qu'aucun accord n'avait été signé.", encoding="utf-8")
    run(cfg)
    assert seen[-1] == 0
    lines = set(jsonl.read_text(encoding="utf-8").splitlines())
    assert {json.loads(x)["quote_id"]: json.loads(x)["context"] for x in expected.splitlines()} == {
        json.loads(x)["quote_id"]: json.loads(x)["context"] for x in lines
        if json.loads(x)["doc_id"] in {json.loads(y)["doc_id"] for y in expected.splitlines()}}


def test_stored_quotes_take_their_results_by_id_when_the_order_differs():
    """``_with_results`` pairs a shell's results with the stored quotes by
    position when they line up, else by quote id (a stored quote the shell
    does not know is left out)."""
    from pipeline.data import Quote, QuoteResult
    from pipeline.runner import _with_results

    stored = [Quote(f"q{i}", "d", "fr", f"mot {i}", i, i + 5) for i in range(3)]
    results = [QuoteResult("q2", "d", "fr", "Jane Doe", [], "c2", "verbatim", []),
               QuoteResult("q0", "d", "fr", None, [], "c0", "partial", ["numbers"])]
    got = _with_results(stored, results)
    assert [q.quote_id for q in got] == ["q0", "q2"]
    assert [(q.cluster_id, q.relation, q.drift, q.speaker) for q in got] == [
        ("c0", "partial", ["numbers"], None), ("c2", "verbatim", [], "Jane Doe")]
    same = [QuoteResult(q.quote_id, "d", "fr", "X", [], "c", "verbatim", []) for q in stored]
    assert [q.cluster_id for q in _with_results(stored, same)] == ["c", "c", "c"]


def test_a_light_shell_whose_stored_quotes_are_gone_stops_the_run_with_a_clear_message(cfg, monkeypatch):
    from pipeline.errors import StageError
    from pipeline.state import StateStore

    run(cfg)
    monkeypatch.setattr(StateStore, "load_shells", lambda self, keys: {})
    with pytest.raises(StageError, match="stored result is gone; run again with --force"):
        run(cfg, only="align")


def test_a_reused_alignment_reads_no_stored_quotes(cfg, monkeypatch):
    """The alignment fingerprint stands on the documents' stage keys: when
    nothing changed, the shells' stored quotes are not read to tell."""
    run(cfg)
    reads = []
    reader = Runner._reader

    def counting(self, store):
        read = reader(self, store)
        return lambda shells: reads.append(len(shells)) or read(shells)

    monkeypatch.setattr(Runner, "_reader", counting)
    report = run(cfg, only="export")
    assert report["stages"]["align"]["cached"] == 1 and reads == []
    run(cfg, force=True)
    assert reads  # aligning again reads them
