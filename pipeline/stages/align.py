"""align: cluster quotes from different documents that report the same
utterance. Corpus-wide: it sees every document's quotes at once.

Cluster ids are stable: the assignment of the last run is kept in the state
store, so a new relay of a known quote joins the existing cluster id, and
``run.json`` can list new clusters and new relays of known quotes.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict
from typing import Any

from pipeline.config import Config
from pipeline.data import Cluster, Document


log = logging.getLogger(__name__)


class Align:
    name = "align"
    version = "13"

    def __init__(self, cfg: Config):
        self.cfg = cfg

    def organisations(self) -> set[str]:
        """Speaker names that are organisations or outlets, not persons."""
        return set(self.cfg.quotes.organisation_aliases) | set(self.cfg.clean.outlets)

    def fingerprint(self, docs: list[Document]) -> str:
        from pipeline import lexicon

        h = hashlib.sha256(f"{self.version}|{self.cfg.section_hash('align')}|{sorted(self.organisations())}|"
                           f"{sorted(self.cfg.quotes.organisation_aliases.items())}|"
                           f"{sorted(self.cfg.quotes.speaker_aliases)}|{self.cfg.target_language}|"
                           f"{lexicon.fingerprint()}".encode())
        for d in docs:
            for q in d.quotes:
                h.update(f"{q.quote_id}|{q.speaker}|{q.translation}|{q.back_translation}|{q.lang}|{q.via}|{q.context}|{d.date}|{d.publisher}|{d.ok}\n".encode())
        return h.hexdigest()

    def run(self, docs: list[Document], previous: dict[str, str]) -> tuple[list[Cluster], dict[str, Any]]:
        from pipeline.align.clusters import align_quotes, diff_clusters

        from pipeline.align.speakers import unify_speakers

        quotes = [q for d in docs if d.ok for q in d.quotes]
        known = set(self.cfg.quotes.speaker_aliases) | self.organisations()
        for original, spelling in unify_speakers(quotes, self.cfg.target_language, known).items():
            log.info("speaker %r is spelled %r, as in %s articles", original, spelling, self.cfg.target_language)
        dates = {d.doc_id: d.date for d in docs}
        publishers = {d.doc_id: d.publisher for d in docs}
        clusters = align_quotes(quotes, dates, self.cfg.align, previous or None, self.organisations(),
                                self.cfg.quotes.organisation_aliases, publishers, self.cfg.clean.outlets)
        return clusters, diff_clusters(clusters, previous)


def assignment(docs: list[Document]) -> dict[str, str]:
    """quote_id -> cluster_id, as stored for the next run."""
    return {q.quote_id: q.cluster_id for d in docs for q in d.quotes if q.cluster_id}


def apply_stored(docs: list[Document], stored: dict[str, Any]) -> list[Cluster]:
    """Put a stored result back on the documents' quotes (unchanged input)."""
    by_id = {q.quote_id: q for d in docs for q in d.quotes}
    for qid, fields in stored["quotes"].items():
        if qid in by_id:
            q = by_id[qid]
            q.cluster_id, q.relation, q.drift = fields["cluster_id"], fields["relation"], fields["drift"]
            q.speaker = fields.get("speaker", q.speaker)  # spelled as in target-language articles
    return [Cluster(**c) for c in stored["clusters"]]


def to_store(docs: list[Document], clusters: list[Cluster]) -> str:
    quotes = {q.quote_id: {"cluster_id": q.cluster_id, "relation": q.relation, "drift": q.drift, "speaker": q.speaker}
              for d in docs for q in d.quotes}
    return json.dumps({"quotes": quotes, "clusters": [asdict(c) for c in clusters]}, ensure_ascii=False)
