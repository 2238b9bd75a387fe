"""Rebuild the evaluation articles from saved search answers.

The article texts are other people's writing, so the repository keeps only
``<split>/manifest.jsonl`` (url, outlet, language, query, rank, sha256) and the
gold annotations. The texts come back from the stored-pages search service:

1. ``python eval/devset/rebuild.py queries`` prints every query of the
   manifests with the answer file it belongs in.
2. Run each query against the "pages" corpus and save the JSON answer as
   ``eval/devset/answers/<key>.json`` (git-ignored). Only ``results`` (each with
   ``rank``, ``url`` and ``excerpt``) is read.
3. ``python eval/devset/rebuild.py build`` writes ``<split>/articles/<file>``
   for every manifest row whose answer holds its url, checks the sha256 and
   lists what is missing or different.

Each article text is the page excerpt exactly as the service returns it, in
UTF-8, with nothing added.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = ("tune", "test", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11", "tune12", "tune13", "tune14", "tune15", "tune16", "tune17", "tune18", "tune19", "tune20", "tune21", "tune22", "tune23", "tune24", "tune25", "tune26", "tune27", "tune28", "tune29", "tune30", "tune31", "tune32", "tune33", "tune34", "tune35", "tune36", "tune37", "tune38", "tune39", "tune40", "tune41", "tune42", "tune43", "tune44", "tune45", "tune46", "tune47", "tune48", "tune49", "tune50", "tune51", "tune52", "meta1", "meta1x", "meta2", "meta3")


def answer_key(query: str) -> str:
    """The answer file name for a query: stable, and free of the query's characters."""
    return hashlib.sha1(query.encode("utf-8")).hexdigest()[:12]


def load_manifest(split: str) -> list[dict]:
    path = HERE / split / "manifest.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_answer(query: str) -> list[dict]:
    path = HERE / "answers" / f"{answer_key(query)}.json"
    if not path.is_file():
        return []
    return json.loads(path.read_text(encoding="utf-8")).get("results", [])


def _safe_name(name: str) -> str:
    # manifest file names are ours, but never let one leave the articles folder
    if Path(name).name != name or name.startswith("."):
        raise ValueError(f"bad file name in manifest: {name!r}")
    return name


def build() -> int:
    missing = bad = written = 0
    for split in SPLITS:
        out_dir = HERE / split / "articles"
        for row in load_manifest(split):
            # a page may come back at several ranks with different excerpts: the manifest's rank picks one
            results = sorted((r for r in load_answer(row["query"]) if r.get("url") == row["url"]),
                             key=lambda r: r.get("rank") != row["rank"])
            if not results:
                print(f"missing: {split}/{row['file']}: no saved answer with {row['url']} "
                      f"(query {answer_key(row['query'])}: {row['query']!r})")
                missing += 1
                continue
            text = results[0]["excerpt"]
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest != row["sha256"]:
                print(f"different: {split}/{row['file']}: sha256 {digest[:12]}, manifest {row['sha256'][:12]} "
                      "(the stored page changed; the gold offsets may not fit)")
                bad += 1
            out_dir.mkdir(parents=True, exist_ok=True)
            (out_dir / _safe_name(row["file"])).write_text(text, encoding="utf-8", newline="")
            written += 1
    print(f"{written} written, {missing} missing, {bad} different")
    return 1 if missing or bad else 0


def queries() -> int:
    seen = set()
    for split in SPLITS:
        for row in load_manifest(split):
            if row["query"] not in seen:
                seen.add(row["query"])
                print(f"{answer_key(row['query'])}\t{split}\t{row['query']}")
    return 0


def main(argv: list[str]) -> int:
    if argv[1:] == ["build"]:
        return build()
    if argv[1:] == ["queries"]:
        return queries()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
