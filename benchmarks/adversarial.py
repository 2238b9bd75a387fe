#!/usr/bin/env python
"""Pathological inputs: does any stage cost more than linear time?

    .venv/bin/python benchmarks/adversarial.py                  # every case, real sizes
    .venv/bin/python benchmarks/adversarial.py --scale 0.25     # everything 4x smaller (iterating)
    .venv/bin/python benchmarks/adversarial.py --cases nested,unclosed
    .venv/bin/python benchmarks/adversarial.py --tiny-files 5000   # fewer tiny files
    .venv/bin/python benchmarks/adversarial.py --profile quotes5000  # cProfile one case, in-process

Cases (French text, so every stage sees a source-language article):

- ``quotes5000``: one 1 MB article, a single paragraph holding 5,000 quotes
  with reporting verbs and speakers;
- ``nopunct``: one 1 MB line of words without any punctuation;
- ``unclosed``: one 1 MB paragraph with 10,000 opening quotation marks that
  are never closed (« “ and straight quotes in turn);
- ``nested``: one 1 MB paragraph of quotations nested 10,000 deep
  (« ... “ ... ‹ ... › ... ” ... »);
- ``tiny``: 50,000 files of about 100 bytes each (``--tiny-files`` to scale).

Each case is compared with a *normal* corpus of the same byte size: the
sample articles of ``corpus/``, repeated with their numbers changed (so each
copy is a new document), as many as it takes to reach that size. The printed
ratio for a stage is (its seconds per byte on the case) / (its seconds per
byte on the normal corpus); the target is 3x or less.

Every corpus is run by the real runner (``Runner.run``, state store, atomic
outputs) in a child process, after a warm-up run on the sample corpus in that
process (language profiles and lexicon resources load once per process and
are not counted). A child that runs past ``--timeout`` seconds is killed and
the stages it had not finished are reported as timed out.

Translation goes through the ``none`` engine path by default: the engine chain
is Apertium with a command that does not exist, and ``translate.on_missing:
skip``, so the translate stage, quote translation and back-translation do
all their own work (grouping, cache look-ups, counting) but no engine runs.
That keeps the benchmark about this code, not about an MT engine's speed on a
1 MB sentence; ``--engine apertium`` uses the installed Apertium instead.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLES = sorted((ROOT / "corpus").glob("*.txt"))
MB = 1_000_000
STAGES = ("ingest", "clean", "detect", "segment", "translate", "quotes", "align", "export")

SPEAKERS = ["Vladimir Poutine", "Dmitri Peskov", "Kim Jong-un", "Sergueï Lavrov", "le porte-parole du Kremlin",
            "le ministre des Affaires étrangères", "l'ambassadeur", "le chef de la délégation"]
VERBS = ["a déclaré", "a affirmé", "a souligné", "a ajouté", "a indiqué", "a expliqué"]
CLAIMS = ["nous allons poursuivre les discussions la semaine prochaine",
          "l'accord porte sur le commerce et l'énergie",
          "aucune décision n'a été prise sur cette visite",
          "les deux parties ont évoqué la sécurité régionale",
          "notre position n'a pas changé",
          "la rencontre a été constructive et utile",
          "la délégation reviendra au printemps",
          "il n'y a aucun projet de nouvelles sanctions"]
FILLER = ["Le ministre a ensuite évoqué la coopération économique entre les deux pays.",
          "Les discussions se sont poursuivies tard dans la soirée au palais présidentiel.",
          "Plusieurs accords devraient être signés avant la fin de la visite officielle.",
          "La presse locale a largement commenté cette rencontre très attendue."]


def words_of_samples() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in SAMPLES)
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text) if len(w) > 2]


# --- corpora -------------------------------------------------------------------
def normal_corpus(folder: Path, size: int) -> None:
    """The sample articles, repeated with numbers shifted, up to ``size`` bytes."""
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    total, i = 0, 0
    while total < size:
        base = texts[i % len(texts)]
        text = re.sub(r"\d+", lambda m: str(int(m.group()) + i // len(texts)), base)
        data = text.encode("utf-8")
        (folder / f"n{i:06d}.txt").write_bytes(data)
        total += len(data)
        i += 1


def _fill(parts: list[str], size: int) -> str:
    return "".join(parts)[:size]


def quotes5000(folder: Path, scale: float) -> None:
    rng = random.Random(1)
    n, size = int(5000 * scale), int(MB * scale)
    per = size // n
    parts = []
    for i in range(n):
        unit = (f"{rng.choice(SPEAKERS).capitalize()} {rng.choice(VERBS)} : « {rng.choice(CLAIMS).capitalize()}, "
                f"et cela vaut pour le dossier numéro {i}. » ")
        while len(unit.encode()) < per:
            unit += rng.choice(FILLER) + " "
        parts.append(unit)
    (folder / "quotes5000.txt").write_text("Titre de l'article\n\n" + "".join(parts).rstrip() + "\n", encoding="utf-8")


def nopunct(folder: Path, scale: float) -> None:
    rng = random.Random(2)
    vocab = words_of_samples()
    size = int(MB * scale)
    out, total = [], 0
    while total < size:
        w = rng.choice(vocab)
        out.append(w)
        total += len(w.encode()) + 1
    (folder / "nopunct.txt").write_text(" ".join(out) + "\n", encoding="utf-8")


def unclosed(folder: Path, scale: float) -> None:
    rng = random.Random(3)
    n, size = int(10_000 * scale), int(MB * scale)
    marks = ["«", "“", '"']
    per = size // n
    parts = []
    for i in range(n):
        unit = f"{rng.choice(SPEAKERS).capitalize()} {rng.choice(VERBS)} {marks[i % 3]} {rng.choice(CLAIMS)} "
        while len(unit.encode()) < per:
            unit += rng.choice(FILLER) + " "
        parts.append(unit)
    (folder / "unclosed.txt").write_text("".join(parts).rstrip() + "\n", encoding="utf-8")


def nested(folder: Path, scale: float) -> None:
    rng = random.Random(4)
    depth = int(10_000 * scale)
    pairs = [("«", "»"), ("“", "”"), ("‹", "›")]
    opening, closing = [], []
    for i in range(depth):
        o, c = pairs[i % 3]
        opening.append(f"{rng.choice(SPEAKERS).capitalize()} {rng.choice(VERBS)} {o} {rng.choice(CLAIMS)}, ")
        closing.append(f" {c} a-t-il ajouté {i}. ")
    text = "".join(opening) + "".join(reversed(closing))
    size = int(MB * scale)
    while len(text.encode()) < size:
        text += rng.choice(FILLER) + " "
    (folder / "nested.txt").write_text(text.rstrip() + "\n", encoding="utf-8")


def tiny(folder: Path, scale: float, files: int) -> None:
    rng = random.Random(5)
    for i in range(files):
        sub = folder / f"d{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        text = (f"{rng.choice(SPEAKERS).capitalize()} {rng.choice(VERBS)} que {rng.choice(CLAIMS)} "
                f"(dépêche {i}).\n")
        (sub / f"t{i:06d}.txt").write_text(text, encoding="utf-8")


CASES = {"quotes5000": quotes5000, "nopunct": nopunct, "unclosed": unclosed, "nested": nested, "tiny": tiny}


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*.txt"))


# --- one run (child process) ------------------------------------------------------
def config_text(engine: str) -> str:
    command = "apertium" if engine == "apertium" else "/nonexistent/apertium-none"
    return ("corpus: corpus\noutput: out\n"
            f"translate:\n  engines: [apertium]\n  on_missing: skip\n  apertium:\n    command: {command}\n")


def run_corpus(work: Path, engine: str, progress_file: Path | None = None) -> dict:
    """Run the pipeline over work/corpus; returns per-stage seconds and counts."""
    from pipeline.config import load_config
    from pipeline.progress import Progress
    from pipeline.runner import Runner, RunOptions

    class Mark(Progress):  # writes which stage is running, for the parent's timeout report
        def start(self, stage: str, total: int) -> None:
            if progress_file:
                progress_file.write_text(stage)

    (work / "config.yaml").write_text(config_text(engine), encoding="utf-8")
    cfg = load_config(work / "config.yaml")
    t0 = time.perf_counter()
    report = Runner(cfg, RunOptions(), Mark()).run()
    wall = time.perf_counter() - t0
    docs = [json.loads(x) for x in (cfg.output / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    return {
        "wall": wall,
        "seconds": {s: report["stages"].get(s, {}).get("seconds") for s in STAGES},
        "documents": len(docs),
        "reasons": sorted({d["reason"] for d in docs if d["status"] != "ok"})[:5],
        "segments": report["stages"].get("segment", {}).get("segments"),
        "quotes": report["stages"].get("quotes", {}).get("quotes"),
        "bytes": corpus_bytes(cfg.corpus),
    }


def warm_up(engine: str) -> None:
    """Load language profiles, lexicons and engines once, on the sample corpus."""
    with tempfile.TemporaryDirectory(prefix="adv-warm-") as tmp:
        work = Path(tmp)
        (work / "corpus").mkdir()
        for p in SAMPLES:
            (work / "corpus" / p.name).write_bytes(p.read_bytes())
        run_corpus(work, engine)


def child(args: argparse.Namespace) -> None:
    warm_up(args.engine)
    work = Path(args.child_dir)
    print(json.dumps(run_corpus(work, args.engine, work / "stage.txt")), flush=True)


def build(case: str, folder: Path, scale: float, tiny_files: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if case == "tiny":
        tiny(folder, scale, tiny_files)
    else:
        CASES[case](folder, scale)


def measure(work: Path, args: argparse.Namespace) -> dict:
    """Best of ``--repeat`` runs, per stage (each run starts from an empty output folder)."""
    best: dict | None = None
    for _ in range(args.repeat):
        import shutil

        shutil.rmtree(work / "out", ignore_errors=True)
        r = measure_once(work, args)
        if best is None or "seconds" not in best or "seconds" not in r:
            best = r if best is None or "seconds" in r else best
            continue
        for stage in STAGES:
            a, b = best["seconds"].get(stage), r["seconds"].get(stage)
            if a is not None and b is not None:
                best["seconds"][stage] = min(a, b)
        best["wall"] = min(best["wall"], r["wall"])
    return best


def measure_once(work: Path, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, __file__, "--child-dir", str(work), "--engine", args.engine]
    t0 = time.perf_counter()
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=False)
    except subprocess.TimeoutExpired:
        stage = (work / "stage.txt").read_text() if (work / "stage.txt").exists() else "?"
        return {"timeout": True, "stage": stage, "wall": time.perf_counter() - t0,
                "bytes": corpus_bytes(work / "corpus")}
    if out.returncode != 0:
        tail = "\n".join(out.stderr.strip().splitlines()[-5:])
        return {"error": tail, "bytes": corpus_bytes(work / "corpus"), "wall": time.perf_counter() - t0}
    return json.loads(out.stdout.strip().splitlines()[-1])


def fmt_ratio(case: dict, normal: dict, stage: str, unit: str = "bytes") -> str:
    if case.get("timeout"):
        return "TIMEOUT" if stage == case["stage"] else "-"
    if "error" in case:
        return "ERROR"
    a, b = case["seconds"].get(stage), normal["seconds"].get(stage)
    if a is None or b is None:
        return "-"
    # seconds per byte (or per file), each against its own corpus; a floor of
    # 5 ms keeps stages that take no time at all from giving meaningless ratios
    per_case = max(a, 0.005) / case[unit]
    per_norm = max(b, 0.005) / normal[unit]
    return f"{per_case / per_norm:.2f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", default=",".join(CASES), help="comma-separated: " + ", ".join(CASES))
    ap.add_argument("--scale", type=float, default=1.0, help="size factor for every case (default 1 = real sizes)")
    ap.add_argument("--tiny-files", type=int, default=None, help="files of the tiny case (default 50,000 x scale)")
    ap.add_argument("--engine", choices=("none", "apertium"), default="none")
    ap.add_argument("--timeout", type=float, default=900, help="seconds per run before it is killed")
    ap.add_argument("--repeat", type=int, default=1, help="runs per corpus; the best time of each stage counts")
    ap.add_argument("--target", type=float, default=3.0)
    ap.add_argument("--profile", metavar="CASE", help="run CASE in this process under cProfile instead")
    ap.add_argument("--keep", metavar="DIR", help="build the corpora here and keep them")
    ap.add_argument("--child-dir", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_dir:
        child(args)
        return 0
    tiny_files = args.tiny_files if args.tiny_files is not None else int(50_000 * args.scale)
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="adversarial-"))

    if args.profile:
        import cProfile
        import pstats

        work = base / args.profile
        build(args.profile, work / "corpus", args.scale, tiny_files)
        warm_up(args.engine)
        prof = cProfile.Profile()
        prof.enable()
        result = run_corpus(work, args.engine)
        prof.disable()
        print(json.dumps(result["seconds"]))
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
        return 0

    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    print(f"# adversarial inputs, scale {args.scale}, tiny files {tiny_files}, engine {args.engine}, "
          f"best of {args.repeat}, load average {os.getloadavg()[0]:.2f}", flush=True)
    results: dict[str, dict] = {}
    normals: dict[int, dict] = {}
    for case in cases:
        work = base / case
        build(case, work / "corpus", args.scale, tiny_files)
        size = corpus_bytes(work / "corpus")
        # one normal corpus per size (within 5%)
        key = next((k for k in normals if abs(k - size) <= 0.05 * size), None)
        if key is None:
            nwork = base / f"normal-{size}"
            normal_corpus(_mk(nwork / "corpus"), size)
            normals[size] = measure(nwork, args)
            key = size
            n = normals[size]
            print(f"normal corpus {size:>9,} bytes: {n.get('documents', '?')} files, "
                  f"{n.get('wall', 0):.1f} s", flush=True)
        results[case] = measure(work, args)
        r = results[case]
        extra = (f"timed out in {r['stage']}" if r.get("timeout") else r.get("error") or
                 f"{r['documents']} file(s), {r['segments']} segments, {r['quotes']} quotes, "
                 f"rejected {r['reasons'] or 'none'}")
        print(f"{case:<11} {size:>9,} bytes: {r.get('wall', 0):.1f} s; {extra}", flush=True)
        results[case]["normal"] = key

    print()
    print("time per byte, case / normal corpus of the same size (target <= %.1f)" % args.target)
    print(f"{'case':<11}" + "".join(f"{s:>10}" for s in STAGES))
    worst = 0.0
    for case in cases:
        r, n = results[case], normals[results[case]["normal"]]
        cells = [fmt_ratio(r, n, s) for s in STAGES]
        print(f"{case:<11}" + "".join(f"{c:>10}" for c in cells))
        for c in cells:
            if c in ("TIMEOUT", "ERROR"):
                worst = float("inf")
            elif c != "-":
                worst = max(worst, float(c))
    many = [c for c in cases if results[c].get("documents", 0) > 1]
    if many:
        print()
        print("time per file, case / normal corpus (where the case has many files: per-file costs)")
        for case in many:
            r, n = results[case], normals[results[case]["normal"]]
            print(f"{case:<11}" + "".join(f"{fmt_ratio(r, n, s, 'documents'):>10}" for s in STAGES))
        print()
        print("the floor: listing, stat-ing, reading and hashing the files and nothing else, per byte, "
              "case / normal corpus (no stage can cost less per byte than its input's bytes take to read)")
        for case in many:
            folder = base / case / "corpus"
            nfolder = base / f"normal-{results[case]['normal']}" / "corpus"
            if folder.is_dir() and nfolder.is_dir():
                (ct, cb), (nt, nb) = read_floor(folder), read_floor(nfolder)
                print(f"{case:<11}{(ct / cb) / (nt / nb):>10.2f}   ({ct:.2f} s for {cb:,} bytes; "
                      f"normal {nt:.3f} s for {nb:,} bytes)")
    print()
    print(f"{'seconds':<11}" + "".join(f"{s:>10}" for s in STAGES))
    for label, r in [*((f"normal {k // 1000}k", v) for k, v in normals.items()), *results.items()]:
        if "seconds" in r:
            print(f"{label:<11}" + "".join(f"{(r['seconds'][s] if r['seconds'][s] is not None else float('nan')):>10.2f}"
                                          for s in STAGES))
    if not args.keep:
        import shutil

        shutil.rmtree(base, ignore_errors=True)
    return 0 if worst <= args.target else 1


def read_floor(folder: Path, repeat: int = 3) -> tuple[float, int]:
    """(best seconds, bytes) to list, stat, read and hash every file of ``folder``:
    what any ingest must pay per file, whatever it does next."""
    best, total = float("inf"), 0
    for _ in range(repeat):
        t0, total = time.perf_counter(), 0
        for root, _, names in os.walk(folder):
            for name in names:
                path = os.path.join(root, name)
                os.stat(path, follow_symlinks=False)
                with open(path, "rb") as fh:
                    data = fh.read()
                hashlib.sha256(data).digest()
                total += len(data)
        best = min(best, time.perf_counter() - t0)
    return best, total


def _mk(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


if __name__ == "__main__":
    sys.exit(main())
