#!/usr/bin/env python
"""Memory and time of whole runs as the corpus grows.

    .venv/bin/python benchmarks/scale.py                      # 10,000 and 20,000 articles
    .venv/bin/python benchmarks/scale.py --sizes 1000,2000    # a quick look

For each size N a corpus of N articles is generated in a temporary folder:
the sample articles of ``corpus/`` with their paragraphs shuffled and their
numbers changed (so every file is a new document with new quotes), plus as
many English articles built from constructed sentences. French paragraphs keep
their sentences, so after the first few documents most segments come from the
translation cache and the run measures the pipeline, not the engine (Apertium,
or whatever ``--engine`` names).

Each run is a separate ``pipeline run`` process; its peak RSS comes from
``os.wait4``. For the first size the unchanged re-run is timed too, then one
article is changed and the run is timed again. Printed, all measured in this
one invocation (these machines are noisy, so compare ratios, not seconds):

- seconds, seconds per 1,000 articles, and peak RSS per run;
- peak RSS of each size / peak RSS of the first (target <= 1.2 for 2x);
- time per article of each size / that of the first (linear: about 1.0);
- the unchanged re-run's seconds (target < 5 s at 10,000) and which export
  files it rewrote (target: none);
- ``--executors N`` (default 2,000 articles): one corpus run with the local
  executor and with Dask (a LocalCluster of ``--workers`` processes): seconds,
  the document stages' articles per second (and per worker), and whether the
  quote files are identical.

Exit status 0 when the targets hold.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "corpus").glob("*.txt"))

SUBJECTS = ["The minister", "A spokesman for the ministry", "The ambassador", "The governor",
            "A senior official", "The deputy prime minister", "The head of the delegation"]
VERBS = ["said", "told reporters", "said in a statement", "added", "stressed"]
CLAIMS = ["we will continue the talks next week", "the agreement covers trade and energy",
          "no decision has been taken on the visit", "the two sides discussed regional security",
          "our position has not changed", "the meeting was constructive and useful",
          "the delegation will return in the spring", "there are no plans for new sanctions"]
PLACES = ["MOSCOW", "SEOUL", "BEIJING", "PARIS", "GENEVA", "TOKYO", "VIENNA"]


def english_article(rng: random.Random, n: int) -> str:
    lines = [f"{rng.choice(PLACES)}, March {rng.randint(1, 28)} (Wire) -- Officials met for talks number {n}."]
    for _ in range(rng.randint(4, 9)):
        claim = rng.choice(CLAIMS)
        lines.append(f'"{claim[0].upper()}{claim[1:]}," {rng.choice(SUBJECTS).lower()} {rng.choice(VERBS)} '
                     f"on day {rng.randint(1, 30)}, according to {rng.randint(2, 90)} people present.")
        if rng.random() < 0.5:
            lines.append(f"The talks lasted {rng.randint(2, 9)} hours and ended without a joint statement.")
    return "\n".join(lines) + "\n"


def french_article(rng: random.Random, text: str) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    head, body = paragraphs[:1], paragraphs[1:]
    rng.shuffle(body)
    out = "\n".join(head + body) + "\n"
    return re.sub(r"\b\d{1,2}\b", lambda m: str(rng.randint(1, 28)), out)  # days and counts change


def make_corpus(folder: Path, n: int, seed: int) -> int:
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    total = 0
    for i in range(n):
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        if i % 2 == 0:
            body = french_article(rng, texts[(i // 2) % len(texts)]) + f"\n(Réf. {i})\n"
        else:
            body = english_article(rng, i)
        (sub / f"a{i:06d}.txt").write_text(body, encoding="utf-8")
        total += len(body.encode())
    return total


def write_config(folder: Path, corpus: Path, output: Path, engine: str,
                 executor: dict | None = None, name: str = "config.yaml") -> Path:
    cfg = folder / name
    cfg.write_text(json.dumps({
        "corpus": str(corpus), "output": str(output),
        "translate": {"engines": [engine], "on_missing": "skip"},
        **({"executor": executor} if executor else {}),
    }), encoding="utf-8")
    return cfg


DOC_STAGES = ("clean", "detect", "segment", "translate", "quotes")


def compare_executors(tmp: Path, n: int, workers: int, engine: str, seed: int) -> bool:
    """The same corpus of ``n`` articles run with the local executor and with
    a Dask LocalCluster of ``workers`` processes: seconds, the document
    stages' articles per second (per worker for Dask), and whether the
    quote files came out the same."""
    folder = tmp / f"executors-{n}"
    corpus = folder / "corpus"
    make_corpus(corpus, n, seed)
    results = {}
    for kind in ("local", "dask"):
        executor = {"kind": "dask", "address": None, "workers": workers} if kind == "dask" else None
        config = write_config(folder, corpus, folder / kind, engine, executor, f"{kind}.yaml")
        seconds, rss, report = timed_run(config)
        doc_seconds = sum(report["stages"].get(s, {}).get("seconds") or 0 for s in DOC_STAGES)
        results[kind] = (seconds, rss, doc_seconds)
        label = f"dask, {workers} workers" if kind == "dask" else "local"
        print(f"  {label:16s} {seconds:7.1f} s, document stages {doc_seconds:6.1f} s "
              f"({n / doc_seconds:6.1f} articles/s"
              + (f", {n / doc_seconds / workers:.1f} per worker" if kind == "dask" else "") + f"), peak RSS {rss:.1f} MB")
    same = all((folder / "local" / "quotes" / f).read_bytes() == (folder / "dask" / "quotes" / f).read_bytes()
               for f in ("quotes.jsonl", "clusters.jsonl"))
    print(f"  dask / local document-stage speed: x{results['local'][2] / results['dask'][2]:.2f}; "
          f"quote files identical: {'yes' if same else 'NO'}")
    shutil.rmtree(folder, ignore_errors=True)
    return same


def timed_run(config: Path) -> tuple[float, float, dict]:
    """(seconds, peak RSS in MB, run.json) of one `pipeline run` process."""
    cmd = [sys.executable, "-m", "pipeline", "run", str(config)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"pipeline run failed ({proc.returncode}):\n{err[-2000:]}")
    output = Path(json.loads(config.read_text())["output"])
    report = json.loads((output / "run.json").read_text(encoding="utf-8"))
    return seconds, usage.ru_maxrss / 1024, report


def mtimes(output: Path) -> dict[str, int]:
    return {p.relative_to(output).as_posix(): p.stat().st_mtime_ns
            for p in output.rglob("*") if p.is_file() and ".state" not in p.parts and p.name != "run.json"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,20000", help="comma-separated article counts (default 10000,20000)")
    ap.add_argument("--engine", default="apertium", help="translation engine (default apertium)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folders")
    ap.add_argument("--executors", type=int, default=2000, metavar="N",
                    help="also run N articles with the local and the Dask executor (default 2000; 0: skip)")
    ap.add_argument("--workers", type=int, default=2, help="Dask workers for --executors (default 2)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.engine == "apertium" and shutil.which("apertium") is None:
        sys.exit("apertium is not installed (./bootstrap.sh installs it)")

    rows, ok = [], True
    tmp = Path(tempfile.mkdtemp(prefix="scale-bench-"))
    try:
        for k, n in enumerate(sizes):
            folder = tmp / str(n)
            corpus, output = folder / "corpus", folder / "out"
            size = make_corpus(corpus, n, args.seed)
            config = write_config(folder, corpus, output, args.engine)
            seconds, rss, report = timed_run(config)
            stages = {s: v.get("seconds") for s, v in report["stages"].items()}
            rows.append((n, size, seconds, rss))
            print(f"{n:>7,} articles ({size / 1e6:.1f} MB): {seconds:7.1f} s "
                  f"({1000 * seconds / n:.2f} s per 1,000), peak RSS {rss:7.1f} MB")
            print("         stages: " + ", ".join(f"{s} {v:.1f}s" for s, v in stages.items() if v is not None))
            if k == 0:
                before = mtimes(output)
                again, rss2, _ = timed_run(config)
                rewritten = sorted(p for p, m in mtimes(output).items() if before.get(p) != m)
                print(f"         unchanged re-run: {again:.2f} s, peak RSS {rss2:.1f} MB, "
                      f"export files rewritten: {len(rewritten)}"
                      + (f" ({', '.join(rewritten[:5])}{', ...' if len(rewritten) > 5 else ''})" if rewritten else ""))
                ok &= again < 5 * max(1, n / 10_000) and not rewritten
                one = next(corpus.rglob("*.txt"))
                one.write_text(one.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", encoding="utf-8")
                changed, _, rep = timed_run(config)
                print(f"         one article changed: {changed:.2f} s "
                      f"(export {rep['stages'].get('export', {}).get('seconds')} s)")
            if not args.keep:
                shutil.rmtree(folder)
        if args.executors:
            print(f"\nlocal against dask ({args.executors:,} articles):")
            ok &= compare_executors(tmp, args.executors, args.workers, args.engine, args.seed)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    n0, _, s0, r0 = rows[0]
    print("\nratios against the first size (measured in this run):")
    for n, _, s, r in rows[1:]:
        mem, per = r / r0, (s / n) / (s0 / n0)
        print(f"  {n:,} vs {n0:,} articles: peak RSS x{mem:.2f} (target <= 1.2), time per article x{per:.2f} (linear: ~1)")
        ok &= mem <= 1.2
    ok &= all(r < 1024 for n, _, _, r in rows if n <= 10_000)
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
