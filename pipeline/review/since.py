"""What is new since the previous run, for the review site.

"Since the previous run" means: since the last earlier run whose clusters were
different from the current ones. The site keeps a small state file,
``review/.previous.json``, holding the clusters it last showed (``current``,
quote id -> cluster id) and the ones before the change that produced them
(``baseline``). When a run's clusters equal ``current`` (an unchanged re-run,
``--force``, a re-export after a translation fix) the baseline is kept, so the
marks stay what they were instead of all turning "not new"; when they differ,
the old ``current`` becomes the baseline.

New cluster: its id is not in the baseline. New relay: a quote the baseline
did not have that joined a cluster id the baseline had. These are the
definitions of ``new_clusters`` / ``new_relays`` in ``run.json``
(``pipeline.align.cluster_ids.diff_clusters``), applied to the baseline.

Without a state file (the first export with the review site), the previous
``quotes/clusters.jsonl`` is the baseline when there is one, so it must be
read before export overwrites it; with neither, there is no previous run and
everything is new.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pipeline.align.cluster_ids import diff_clusters
from pipeline.data import Cluster
from pipeline.outputs import atomic_write

log = logging.getLogger(__name__)

STATE_NAME = ".previous.json"
STATE_VERSION = 1


class NewClusters(AbstractSet):
    """The run's cluster ids that the baseline lacks, a set made of the run's
    clusters and the baseline's ids rather than one holding them: on a first
    run every cluster is new, and a set would hold an entry per cluster of the
    corpus. Membership is asked of the run's own cluster ids."""

    def __init__(self, clusters: list[Cluster], known: set[str]):
        self._clusters, self._known = clusters, known
        self._count = sum(1 for c in clusters if c.cluster_id not in known)

    def __contains__(self, cluster_id: object) -> bool:
        return cluster_id not in self._known

    def __iter__(self) -> Iterator[str]:
        return (c.cluster_id for c in self._clusters if c.cluster_id not in self._known)

    def __len__(self) -> int:
        return self._count


@dataclass
class Since:
    new_clusters: NewClusters | set[str] = field(default_factory=set)
    new_relays: set[str] = field(default_factory=set)  # quote ids
    baseline_at: str | None = None  # when the baseline was exported; None: no previous run
    changed_at: str | None = None  # when the current clusters were first exported
    state: dict = field(default_factory=dict)  # what to save once the site is written, but "current":
    clusters: list[Cluster] = field(default_factory=list, repr=False)  # that, as ``assignment`` makes it

    @property
    def first(self) -> bool:
        return self.baseline_at is None


def assignment(clusters: list[Cluster]) -> dict[str, str]:
    return {q: c.cluster_id for c in clusters for q in c.members}


def _read_state(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("review: ignoring unreadable %s (%s)", path, exc)
        return None
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        return None
    if not isinstance(data.get("current"), dict) or not isinstance(data.get("baseline"), dict):
        return None
    return data


def _read_clusters_jsonl(path: Path) -> dict[str, str] | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    found: dict[str, str] = {}
    try:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                for q in record["members"]:
                    found[q] = record["cluster_id"]
    except (ValueError, KeyError, TypeError) as exc:
        log.warning("review: ignoring unreadable %s (%s)", path, exc)
        return None
    return found


def same_assignment(mapping: dict[str, str], clusters: list[Cluster]) -> bool:
    """``mapping == assignment(clusters)``, without making the assignment
    (a dict of every quote of the corpus)."""
    members = 0
    for c in clusters:
        for q in c.members:
            if mapping.get(q) != c.cluster_id:
                # a quote in two clusters is the later one's: only the dict can tell
                return mapping == assignment(clusters)
            members += 1
    return len(mapping) == members or mapping == assignment(clusters)


def compute(review_dir: Path, clusters_jsonl: Path, clusters: list[Cluster], now: str | None = None) -> Since:
    """Compare ``clusters`` with the baseline; call before ``clusters_jsonl``
    is rewritten. Nothing is saved until ``save()``."""
    now = now or datetime.now(timezone.utc).isoformat(timespec="seconds")
    state = _read_state(review_dir / STATE_NAME)
    if state is not None and same_assignment(state["current"], clusters):
        baseline, baseline_at, changed_at = state["baseline"], state.get("baseline_at"), state.get("changed_at")
    elif state is not None:
        baseline, baseline_at, changed_at = state["current"], state.get("changed_at"), now
    else:
        previous = _read_clusters_jsonl(clusters_jsonl)
        if previous is None:
            baseline, baseline_at, changed_at = {}, None, now
        else:
            # an earlier export without a review site: it is the previous run;
            # its date is the file's
            mtime = datetime.fromtimestamp(clusters_jsonl.stat().st_mtime, timezone.utc)
            baseline, baseline_at = previous, mtime.isoformat(timespec="seconds")
            changed_at = baseline_at if same_assignment(previous, clusters) else now
    del state  # its "current" is not kept: the clusters are written as the new one
    known = set(baseline.values())
    return Since(
        new_clusters=NewClusters(clusters, known),
        # (a first run has no relays of known quotes, and no list of every cluster is made)
        new_relays={r["quote_id"] for r in diff_clusters(clusters, baseline)["new_relays"]} if known else set(),
        baseline_at=baseline_at, changed_at=changed_at,
        state={"version": STATE_VERSION, "changed_at": changed_at, "baseline": baseline, "baseline_at": baseline_at},
        clusters=clusters,
    )


def save(review_dir: Path, since: Since) -> None:
    """Written last, once every page is in place: the state, keys sorted,
    with the clusters' assignment as ``current``, written a quote at a time
    (in cluster order; a quote in two clusters is read as the later one's)."""
    state = since.state
    with atomic_write(review_dir / STATE_NAME) as fh:
        for i, key in enumerate(sorted([*state, "current"])):
            fh.write(("{" if i == 0 else ",") + json.dumps(key) + ":")
            if key == "current":
                fh.write("{")
                sep = ""
                for c in since.clusters:
                    cid = json.dumps(c.cluster_id, ensure_ascii=False)
                    for q in c.members:
                        fh.write(f"{sep}{json.dumps(q, ensure_ascii=False)}:{cid}")
                        sep = ","
                fh.write("}")
            else:
                json.dump(state[key], fh, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        fh.write("}\n")
