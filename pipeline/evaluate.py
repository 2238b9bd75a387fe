"""Score the quotes, speakers, dates and clusters of a run against a hand annotation.

A gold folder holds ``articles/`` (the input files), ``quotes.jsonl`` (one
quote per line: ``file``, ``start``, ``end``, ``text``, ``speaker``, ``via``,
``utterance``, an id shared by quotes that report the same words, or null)
and optionally ``articles.jsonl`` (``file``, ``date``, ``publisher``).

The measures (``FORMULAS`` is printed by ``pipeline eval --help``):

- Extraction: a predicted quote matches a gold quote of the same file when
  their character spans have an intersection over union of at least
  ``MIN_IOU``; one-to-one, best overlap first. P = matched / predicted,
  R = matched / gold, F1 their harmonic mean.
- Speaker accuracy: over matched quotes, the share whose speaker equals the
  gold one after case, accents and punctuation are folded (a null gold
  speaker must be predicted null). A full name also equals the gold one with
  a middle name left out, or with its words romanised another way (the French
  and English spellings of a Russian name: "Kira Iarmich" / "Kira Yarmysh"); a
  state equals a body of it named with its name or adjective ("Russia" /
  "Russian Defence Ministry": the annotation convention makes a state's
  ministries, government, armed forces and national agencies the state;
  ``pipeline.speaker_names``).
- Date accuracy: over gold articles with a date, the share whose predicted
  ``date`` (its first ten characters) equals it. Publisher accuracy likewise.
- Cross-document pairs: over pairs of gold quotes in different files, "same
  utterance" in gold versus "same cluster" in the run (a gold quote that was
  not extracted is in no cluster): pairwise P/R/F1. Missed and false pairs
  are counted by cause (``PAIR_CAUSES``: a side not extracted, a speaker
  missing, two speakers, or one speaker and the words decided), and the
  utterances that lose the most pairs are listed with the number of clusters
  their quotes fell into: where alignment work would pay.
- Statement links: a gold link is an utterance with two files that both
  quote it; it is found when some quote of it in one file shares a cluster
  with some quote of it in the other. A predicted link is a distinct pair of
  (file, utterance) that the clusters join across two files, the utterance
  being that of the gold quote each member matched (an unmatched member has
  one of its own); it is right when both utterances are the same.
  R = found / gold links, P = right / predicted links.
"""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from pipeline.speaker_names import fold_name, same_speaker

MIN_IOU = 0.7

FORMULAS = (
    "extraction: a predicted quote matches a gold quote of the same file at character IoU >= 0.7 "
    "(one-to-one, best first); P = matched/predicted, R = matched/gold, F1 = 2PR/(P+R).",
    "speaker accuracy: matched quotes whose speaker equals the gold one (case, accents (ø, ł, æ too) and "
    "punctuation folded; a middle name may be left out, a first name shortened (Doug = Douglas) "
    "and a word romanised another way, Iarmich = Yarmysh; an organisation may be named by its acronym, "
    "IAEA = International Atomic Energy Agency; a state equals a body of it named with its name or "
    "adjective or a national agency of it, Russia = Russian Defence Ministry = Investigative Committee, "
    "as the annotation convention has it; null must be "
    "null) / matched quotes.",
    "date accuracy: gold articles with a date whose predicted date equals it / gold articles "
    "with a date (publisher accuracy likewise).",
    "cross-document pairs: all pairs of gold quotes in different files; gold positive = same "
    "utterance id, predicted positive = same cluster (unextracted quotes are in none); "
    "P = TP/(TP+FP), R = TP/(TP+FN); missed and false pairs are also counted by cause, from the run's "
    "two quotes: unextracted (one is not extracted), speaker_missing (one has no speaker), "
    "speakers_differ, same_speaker (the words decided).",
    "statement links: a gold link is (utterance, two files that both quote it), found when some "
    "quote of it in one file shares a cluster with some quote of it in the other; predicted links "
    "are the distinct pairs of (file, utterance of the matched gold quote) that the clusters join "
    "across files, right when the utterances agree; R = found/gold links, P = right/predicted links.",
)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    return load_jsonl(Path(gold_dir) / "quotes.jsonl")


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match(gold: list[dict], predicted: list[dict], min_iou: float = MIN_IOU) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, one-to-one, same file, best overlap first."""
    by_file: dict[Any, list[int]] = defaultdict(list)
    for pi, p in enumerate(predicted):
        by_file[p["file"]].append(pi)
    candidates = []
    for gi, g in enumerate(gold):
        for pi in by_file.get(g["file"], ()):
            p = predicted[pi]
            score = _iou((g["start"], g["end"]), (p["start"], p["end"]))
            if score >= min_iou:
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


def score(gold: list[dict], predicted: list[dict], gold_articles: list[dict] | None = None,
          predicted_docs: dict[str, dict] | None = None) -> dict[str, Any]:
    """``predicted``: quotes.jsonl records with a ``file`` key added;
    ``predicted_docs``: documents.jsonl records by file name."""
    pairs = match(gold, predicted)
    report: dict[str, Any] = {"gold_quotes": len(gold), "predicted_quotes": len(predicted),
                              "matched": len(pairs)}
    report["extraction"] = _prf(len(pairs), len(predicted), len(gold))
    speaker_ok = [same_speaker(gold[g].get("speaker"), predicted[p].get("speaker")) for g, p in pairs]
    via_ok = [{fold_name(v) for v in gold[g].get("via") or []} == {fold_name(v) for v in predicted[p].get("via") or []}
              for g, p in pairs]
    report["speaker_accuracy"] = round(sum(speaker_ok) / len(pairs), 4) if pairs else 0.0
    report["via_accuracy"] = round(sum(via_ok) / len(pairs), 4) if pairs else 0.0
    report["speaker_errors"] = [
        {"file": gold[g]["file"], "text": (gold[g].get("text") or "")[:80], "gold": gold[g].get("speaker"),
         "predicted": predicted[p].get("speaker"), "note": predicted[p].get("speaker_note")}
        for (g, p), ok in zip(pairs, speaker_ok) if not ok
    ]
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    report["missed_quotes"] = [{"file": gold[g]["file"], "start": gold[g]["start"], "text": (gold[g].get("text") or "")[:80]}
                               for g in range(len(gold)) if g not in matched_g]
    report["false_quotes"] = [{"file": predicted[p]["file"], "start": predicted[p]["start"],
                               "text": (predicted[p].get("text") or "")[:80]}
                              for p in range(len(predicted)) if p not in matched_p]
    report["clusters"] = _pairwise(gold, predicted, pairs)
    report["statement_links"] = _statement_links(gold, predicted, pairs)
    if gold_articles:
        report.update(_metadata(gold_articles, predicted_docs or {}))
    return report


def _same(a: Any, b: Any) -> bool:
    return a is not None and a == b


def _pair_cause(a: dict | None, b: dict | None) -> str:
    """Why two gold quotes of one utterance are in different clusters, or why
    two of different utterances share one, as the run's quotes ``a`` and
    ``b`` (None: not extracted) show it: what the aligner was given."""
    if a is None or b is None:
        return "unextracted"
    sa, sb = a.get("speaker"), b.get("speaker")
    if not sa or not sb:
        return "speaker_missing"
    return "same_speaker" if same_speaker(sa, sb) else "speakers_differ"


PAIR_CAUSES = ("unextracted", "speaker_missing", "speakers_differ", "same_speaker")


def _pairwise(gold: list[dict], predicted: list[dict], pairs: list[tuple[int, int]],
              worst: int = 10) -> dict[str, Any]:
    """Pairwise cluster scores over all pairs of gold quotes in different files,
    with the missed and false pairs counted by cause (``_pair_cause``) and the
    ``worst`` utterances by missed pairs (with the clusters their quotes are in)."""
    quote_of = {g: predicted[p] for g, p in pairs}
    cluster_of = {g: q.get("cluster_id") for g, q in quote_of.items()}
    tp = fp = fn = 0
    missed_by = dict.fromkeys(PAIR_CAUSES, 0)
    false_by = dict.fromkeys(PAIR_CAUSES[1:], 0)
    missed_of: dict[str, int] = defaultdict(int)
    for g1, g2 in combinations(range(len(gold)), 2):
        if gold[g1]["file"] == gold[g2]["file"]:
            continue
        same_gold = _same(gold[g1].get("utterance"), gold[g2].get("utterance"))
        same_pred = _same(cluster_of.get(g1), cluster_of.get(g2))
        if same_gold and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
            false_by[_pair_cause(quote_of[g1], quote_of[g2])] += 1
        elif same_gold:
            fn += 1
            missed_by[_pair_cause(quote_of.get(g1), quote_of.get(g2))] += 1
            missed_of[gold[g1]["utterance"]] += 1
    spread: dict[str, set] = defaultdict(set)
    for g, cid in cluster_of.items():
        if gold[g].get("utterance") in missed_of:
            spread[gold[g]["utterance"]].add(cid)
    worst_list = [{"utterance": u, "missed_pairs": n, "clusters": len(spread[u]),
                   "unextracted": sum(1 for g, q in enumerate(gold) if q.get("utterance") == u and g not in cluster_of)}
                  for u, n in sorted(missed_of.items(), key=lambda kv: (-kv[1], kv[0]))[:worst]]
    return {**_prf(tp, tp + fp, tp + fn), "true_pairs": tp, "false_pairs": fp, "missed_pairs": fn,
            "missed_by_cause": missed_by, "false_by_cause": false_by, "worst_utterances": worst_list}


def _statement_links(gold: list[dict], predicted: list[dict], pairs: list[tuple[int, int]]) -> dict[str, Any]:
    files_of: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        if g.get("utterance") is not None:
            files_of[g["utterance"]].add(g["file"])
    gold_links = {(u, *sorted(pair)) for u, files in files_of.items() for pair in combinations(files, 2)}
    # every predicted quote as (file, utterance): the matched gold quote's, else its own
    gold_of = {p: g for g, p in pairs}
    members: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for pi, p in enumerate(predicted):
        if not p.get("cluster_id"):
            continue
        g = gold_of.get(pi)
        utt = gold[g].get("utterance") if g is not None else None
        if utt is None:
            utt = f"\0{pi}"  # an unmatched or unannotated quote is a statement of its own
        members[p["cluster_id"]].add((p["file"], utt))
    predicted_links = set()
    for fu in members.values():
        for a, b in combinations(sorted(fu), 2):
            if a[0] != b[0]:
                predicted_links.add((a, b))
    right = sum(1 for a, b in predicted_links if a[1] == b[1])
    found = {(a[1], a[0], b[0]) for a, b in predicted_links if a[1] == b[1]}
    tp = len(found & gold_links)
    out = _prf(tp, len(predicted_links), len(gold_links))
    out["precision"] = round(right / len(predicted_links), 4) if predicted_links else 0.0
    p, r = out["precision"], out["recall"]
    out["f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return {**out, "gold_links": len(gold_links), "predicted_links": len(predicted_links), "found": tp}


def _metadata(gold_articles: list[dict], docs: dict[str, dict]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("date", "publisher"):
        rows = [a for a in gold_articles if a.get(key)]
        ok, errors = 0, []
        for a in rows:
            got = (docs.get(a["file"]) or {}).get(key)
            want = a[key]
            same = (str(got or "")[:10] == want) if key == "date" else fold_name(got) == fold_name(want)
            ok += same
            if not same:
                errors.append({"file": a["file"], "gold": want, "predicted": got})
        out[f"{key}_accuracy"] = round(ok / len(rows), 4) if rows else None
        out[f"{key}_gold"] = len(rows)
        out[f"{key}_errors"] = errors
        spurious = [a["file"] for a in gold_articles if not a.get(key) and (docs.get(a["file"]) or {}).get(key)]
        out[f"{key}_spurious"] = spurious
    return out


def predicted_run(output: Path) -> tuple[list[dict[str, Any]], dict[str, dict]]:
    """The run's quotes (each with its input file name) and documents by file name."""
    docs = {rec["doc_id"]: rec for rec in load_jsonl(output / "documents.jsonl")}
    quotes = load_jsonl(output / "quotes" / "quotes.jsonl")
    for rec in quotes:
        rec["file"] = (docs.get(rec["doc_id"]) or {}).get("path")
    return quotes, {d["path"]: d for d in docs.values()}


def predicted_quotes(output: Path) -> list[dict[str, Any]]:
    return predicted_run(output)[0]


def evaluate(gold_dir: Path, config_path: Path, output: Path | None = None) -> dict[str, Any]:
    """Run the pipeline over ``gold_dir/articles`` with the config's settings
    (output in a temporary folder unless given) and score it."""
    import tempfile

    from pipeline.config import load_config
    from pipeline.errors import ConfigError
    from pipeline.runner import Runner, RunOptions

    gold_dir = Path(gold_dir)
    if not (gold_dir / "articles").is_dir() or not (gold_dir / "quotes.jsonl").is_file():
        hint = " (rebuild the texts: python eval/devset/rebuild.py build)" if (gold_dir / "manifest.jsonl").is_file() else ""
        raise ConfigError(f"{gold_dir}: a gold folder needs articles/ and quotes.jsonl{hint}")
    cfg = load_config(config_path, check_paths=False)
    cfg.corpus = (gold_dir / "articles").resolve()
    with tempfile.TemporaryDirectory(prefix="pipeline-eval-") as tmp:
        cfg.output = Path(output) if output else Path(tmp)
        Runner(cfg, RunOptions()).run()
        quotes, docs = predicted_run(cfg.output)
        report = score(load_gold(gold_dir), quotes, load_jsonl(gold_dir / "articles.jsonl"), docs)
    return report
