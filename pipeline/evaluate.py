"""Score the quotes and clusters of a run against a hand annotation.

A gold folder holds ``articles/`` (the input files) and ``quotes.jsonl``: one
quote per line with ``file``, ``start``, ``end``, ``text``, ``speaker``,
``via`` and ``utterance`` (an id shared by quotes in different files that
report the same words, or null).

- Extraction: a predicted quote matches a gold quote of the same file when
  their spans overlap by at least ``MIN_OVERLAP`` (intersection over union);
  one-to-one, best overlap first. Precision, recall, F1.
- Speakers: over matched quotes, the share whose speaker equals the gold one
  (a null gold speaker must be predicted null).
- Outlets: the same for ``via`` (as a set).
- Clusters: over pairs of matched quotes from different files, "same
  utterance" in gold versus "same cluster" in the run: pairwise P/R/F1.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path
from typing import Any

MIN_OVERLAP = 0.5


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    path = gold_dir / "quotes.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, one-to-one, same file, best overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g["file"] == p["file"]:
                score = _iou((g["start"], g["end"]), (p["start"], p["end"]))
                if score >= MIN_OVERLAP:
                    candidates.append((score, gi, pi))
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in sorted(candidates, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(gold: list[dict], predicted: list[dict]) -> dict[str, Any]:
    """``predicted``: quotes.jsonl records with a ``file`` key added."""
    pairs = match(gold, predicted)
    report: dict[str, Any] = {"gold_quotes": len(gold), "predicted_quotes": len(predicted),
                              "matched": len(pairs)}
    report["extraction"] = _prf(len(pairs), len(predicted), len(gold))
    speaker_ok = [gold[g].get("speaker") == predicted[p].get("speaker") for g, p in pairs]
    via_ok = [set(gold[g].get("via") or []) == set(predicted[p].get("via") or []) for g, p in pairs]
    report["speaker_accuracy"] = round(sum(speaker_ok) / len(pairs), 4) if pairs else 0.0
    report["via_accuracy"] = round(sum(via_ok) / len(pairs), 4) if pairs else 0.0
    report["speaker_errors"] = [
        {"file": gold[g]["file"], "text": gold[g]["text"][:80], "gold": gold[g].get("speaker"),
         "predicted": predicted[p].get("speaker")}
        for (g, p), ok in zip(pairs, speaker_ok) if not ok
    ]
    report["clusters"] = _pairwise(gold, predicted, pairs)
    return report


def _pairwise(gold: list[dict], predicted: list[dict], pairs: list[tuple[int, int]]) -> dict[str, Any]:
    """Pairwise cluster scores over matched quotes in different files. Gold pairs
    whose quotes were not extracted count as missed (recall)."""
    tp = fp = fn = 0
    matched = dict(pairs)
    for (g1, p1), (g2, p2) in combinations(pairs, 2):
        if gold[g1]["file"] == gold[g2]["file"]:
            continue
        same_gold = gold[g1].get("utterance") is not None and gold[g1].get("utterance") == gold[g2].get("utterance")
        same_pred = predicted[p1].get("cluster_id") is not None and \
            predicted[p1].get("cluster_id") == predicted[p2].get("cluster_id")
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    for g1, g2 in combinations(range(len(gold)), 2):  # gold links lost by extraction
        if (g1 in matched and g2 in matched) or gold[g1]["file"] == gold[g2]["file"]:
            continue
        if gold[g1].get("utterance") is not None and gold[g1].get("utterance") == gold[g2].get("utterance"):
            fn += 1
    return {**_prf(tp, tp + fp, tp + fn), "true_pairs": tp, "false_pairs": fp, "missed_pairs": fn}


def predicted_quotes(output: Path) -> list[dict[str, Any]]:
    """The run's quotes.jsonl, with each quote's input file name."""
    docs = {}
    for line in (output / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            docs[rec["doc_id"]] = rec["path"]
    out = []
    for line in (output / "quotes" / "quotes.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            rec["file"] = docs.get(rec["doc_id"])
            out.append(rec)
    return out


def evaluate(gold_dir: Path, config_path: Path, output: Path | None = None) -> dict[str, Any]:
    """Run the pipeline over ``gold_dir/articles`` with the config's settings
    (output in a temporary folder unless given) and score it."""
    import tempfile

    from pipeline.config import load_config
    from pipeline.errors import ConfigError
    from pipeline.runner import Runner, RunOptions

    gold_dir = Path(gold_dir)
    if not (gold_dir / "articles").is_dir() or not (gold_dir / "quotes.jsonl").is_file():
        raise ConfigError(f"{gold_dir}: a gold folder needs articles/ and quotes.jsonl")
    cfg = load_config(config_path, check_paths=False)
    cfg.corpus = (gold_dir / "articles").resolve()
    with tempfile.TemporaryDirectory(prefix="pipeline-eval-") as tmp:
        cfg.output = Path(output) if output else Path(tmp)
        Runner(cfg, RunOptions()).run()
        report = score(load_gold(gold_dir), predicted_quotes(cfg.output))
    return report
