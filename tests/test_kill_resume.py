"""SIGKILL at random points of every stage, resume, and get exactly what an
uninterrupted run gives: no temporary file left, no row twice.

The pipeline runs as a real subprocess (Apertium when installed: the fastest
real engine the tests have; else no engine, translate.on_missing: skip). Its
stderr log says when each stage starts ("<stage>: N item(s) to process"); the
test waits for the line of the stage it aims at, then a seeded random delay
within that stage, and kills the process. Within a round, each run is killed
in a later stage than the one before and resumed from what the killed ones
committed; the round ends with a run left to finish, whose outputs are then
compared with those of a run never interrupted.
"""

import json
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import yaml

STAGES = ("ingest", "clean", "detect", "segment", "translate", "quotes", "align", "export")
# how long after a stage's first line a kill may come (seconds): about the stage's length here
REACH = {"ingest": 0.005, "clean": 0.01, "detect": 0.3, "segment": 0.3, "translate": 0.3,
         "quotes": 0.4, "align": 0.4, "export": 0.05}
VOLATILE = [
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?"), "<time>"),
    (re.compile(r"\b\d{8}T\d{6}-[0-9a-f]{6}\b"), "<run>"),
]


def config_file(tmp_path, corpus, output) -> str:
    translate = {"engines": ["apertium"]} if shutil.which("apertium") else {"on_missing": "skip"}
    path = tmp_path / f"{output}.yaml"
    path.write_text(yaml.safe_dump({"corpus": str(corpus), "output": output, "translate": translate}),
                    encoding="utf-8")
    return str(path)


def start(config):
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", config],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def run_killed_in(config, stage: str, delay: float) -> bool:
    """Run; SIGKILL it ``delay`` s after ``stage`` starts. True if it was killed."""
    proc = start(config)
    killed = False
    for line in proc.stderr:
        if f"pipeline.progress: {stage}: " in line and "to process" in line:
            time.sleep(delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed = True
            break
    proc.stderr.read()
    code = proc.wait(timeout=120)
    assert code == (-signal.SIGKILL if killed else 0), f"exit {code}"
    return killed


def run_to_the_end(config) -> None:
    proc = start(config)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err


def comparable(out):
    """Output files -> content with run ids and times masked; run.json by its stable fields."""
    files = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out).as_posix()
        if not p.is_file() or rel.startswith(".state/"):
            continue
        text = p.read_text(encoding="utf-8")
        if rel == "run.json":
            report = json.loads(text)
            text = json.dumps({k: report[k] for k in ("status", "documents", "config_hash", "rejected",
                                                       "untranslated")}, sort_keys=True)
        for rx, mask in VOLATILE:
            text = rx.sub(mask, text)
        files[rel] = text
    return files


def no_duplicates(out):
    with sqlite3.connect(out / ".state" / "state.sqlite") as db:
        assert db.execute("SELECT stage, doc_id, COUNT(*) FROM stage_cache GROUP BY stage, doc_id "
                          "HAVING COUNT(*) > 1").fetchall() == []
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT run_id) FROM runs").fetchone()[0] == \
            db.execute("SELECT COUNT(DISTINCT run_id) FROM runs").fetchone()[0]
        statuses = [s for (s,) in db.execute("SELECT status FROM runs ORDER BY started, rowid")]
    docs = [json.loads(x) for x in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({d["doc_id"] for d in docs}) == len(docs)
    quotes = [json.loads(x) for x in (out / "quotes" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({q["quote_id"] for q in quotes}) == len(quotes)
    rows = (out / "parallel" / "corpus.tsv").read_text(encoding="utf-8").splitlines()[2:]
    assert len({tuple(r.split("\t")[:2]) for r in rows}) == len(rows)
    return statuses


def test_sigkill_anywhere_then_resume_gives_the_uninterrupted_outputs(tmp_path, corpus):
    rng = random.Random(20240619)
    reference = config_file(tmp_path, corpus, "reference")
    run_to_the_end(reference)
    expected = comparable(tmp_path / "reference")
    assert "quotes/quotes.jsonl" in expected and "documents.jsonl" in expected

    # round 1 aims at every stage in turn; rounds 2 and 3 at random stages, in order
    rounds = [list(STAGES), sorted(rng.sample(STAGES, 3), key=STAGES.index),
              sorted(rng.sample(STAGES, 3), key=STAGES.index)]
    kills: list[str] = []
    for n, targets in enumerate(rounds):
        config = config_file(tmp_path, corpus, f"round{n}")
        out = tmp_path / f"round{n}"
        killed_here = 0
        for stage in targets:
            delay = rng.choice([0.0, rng.uniform(0, REACH[stage])])
            if run_killed_in(config, stage, delay):
                kills.append(stage)
                killed_here += 1
        run_to_the_end(config)
        assert comparable(out) == expected, f"round {n}: outputs differ after kills in {targets}"
        assert not list(out.rglob("*.tmp")), "temporary files left behind"
        statuses = no_duplicates(out)
        assert statuses.count("killed") == killed_here and statuses[-1] == "ok"

    assert len(kills) >= 10, kills
    assert set(kills) >= set(STAGES) - {"ingest", "clean"}, kills  # the short ones may finish first
