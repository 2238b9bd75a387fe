"""Cross-document quote alignment: which quotes report the same utterance.

``align_quotes`` groups quotes from different documents (outlets, languages)
that report the same words: whole relays, truncations and partial quotes, and
different translations of the same words. Quotes are compared by
``scoring.Scorer`` (English renderings, and the original words of
translated quotes, ``cognates.py``); relation and drift are in ``drift.py``,
cluster ids in ``cluster_ids.py``, the cluster records in ``records.py``.

Clustering is anchored on the longest version, not single-link: quotes are
visited longest first; each one looks up earlier (longer) quotes sharing its
rarest words or word pairs in an inverted index kept per time bucket of
2 x ``max_days`` (its own bucket and the nearer neighbour are read; a posting
list longer than ``max_posting`` is skipped; at most ``max_keys`` +
``max_pair_keys`` keys a quote), takes the clusters of the best few
(``max_candidates``), and joins the one whose longest version it matches best
(score >= threshold; of scores capped at 1, the higher uncapped one), or one of whose other members it matches at >=
threshold while within ``leader_slack`` of the longest version (or contained
in it), or while being a part of that member (``min_containment`` of its
content words in it: a partial relay of a translation that covers more than
the longest version does). A cluster keeps one known speaker (and one
organisation speaker), spans at most ``max_days`` and holds one wording per
document, but a quote matching the longest version may join beside another
wording of its document (headline and body, renderings, parts of one
remark), as may a phrase picked again out of it (``one_wording``); else the
quote starts a cluster of its own. A last stage merges two clusters that split one
utterance (two translations too far apart to link, while relays match both):
tried for cluster pairs that two or more quotes matched both of, done when
``merge_support`` of sampled cross scores reach the threshold (an
average-link check). Then fragments follow the quotes of their document
that hold them, or a quote of their sentence (``statements.py``). The same
words twice in one document by one speaker (headline and body) are aligned
once and follow each other.

Cost is close to linear: postings are bounded, a quote uses a bounded number
of keys and scores at most ``max_candidates`` clusters.

Ids: "c" + 12 hex of sha256 of the earliest member's quote_id (by date, then
id), unless ``previous`` says its members had ids: then the most common of
those (ties: the smallest), one cluster per id.
"""

from __future__ import annotations

import gc
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from zlib import crc32

from pipeline.align.cluster_ids import diff_clusters
from pipeline.align.fragments import join_fragments
from pipeline.align.cognates import SURFACE
from pipeline.align.merge import add_doc, held_quote, merge_clusters
from pipeline.align.parts import part_bridges, sentence_parts
from pipeline.align.postings import Postings
from pipeline.align.records import cluster_records, echo_key, length_key, link_key, name_echoes
from pipeline.align.roles import Roles
from pipeline.align.shared import Pool, share_words
from pipeline.align.scoring import Scorer
from pipeline.align.similarity import INSTITUTION_STATES, Features
from pipeline.align.titled import description, name_titled
from pipeline.align.statements import bridges_of, follow_containers, follow_neighbours, one_wording, shares_run
from pipeline.align.wordings import join_wordings
from pipeline.align.words import NameFolder, normalize, run_vocabulary, stem, synonym_map
from pipeline.config import AlignConfig
from pipeline.data import Cluster, Quote

__all__ = ["align_quotes", "diff_clusters", "normalize", "stem"]

class _Aligner(Scorer):
    def __init__(self, feats: list[Features], cfg: AlignConfig, syn: dict[str, str], surface: dict[str, str],
                 near: dict[str, set[str]], part_of: array):
        super().__init__(feats, cfg, syn, surface, near, parts=len(part_of))
        self.part_of = part_of  # the quote (index) each part after ``n`` was cut from (``parts.py``)

    # -- clustering ---------------------------------------------------------
    def run(self) -> tuple[list[list[int]], dict[tuple[int, int], float]]:
        """Leader clustering, longest quotes first. Returns member lists (the
        first member is the longest version) and the links that made each join."""
        cfg = self.cfg
        feats = self.f
        order = array("l", sorted(range(self.n), key=lambda i: length_key(feats[i])))  # parts last, unranked
        # machine ints, not an int object a quote (nor one a cluster in ``leader``)
        rank = array("l", [0]) * len(feats)
        for r, i in enumerate(order):
            rank[i] = r
        assign = array("l", [-1]) * len(feats)
        members: list[list[int] | None] = []  # None: a cluster of one quote, its leader (``merge``)
        leader = array("l")
        c_spk: list[str | None] = []
        c_org: list[str | None] = []  # the organisation speaker a cluster holds
        c_dmin: list[int | None] = []
        c_dmax: list[int | None] = []
        c_docs: list[dict[str, int] | None] = []  # doc -> its quote in the cluster (None: the leader's, ``merge``)
        links: dict[int, float] = {}  # link_key(i, m) -> score (one int key, not a tuple of two)
        support: dict[tuple[int, int], int] = {}  # cluster pair -> quotes that matched both
        overlaps = array("l")  # pairs of quotes sharing a run of words (statements.shares_run), flat
        index = Postings(len(feats), cfg.max_days, any(f.date is None for f in feats), cfg.max_posting,
                         cfg.min_shared_keys)
        df = self.df
        base_thr = cfg.threshold
        for i in order:
            f = feats[i]
            best: tuple[float, int, list[tuple[int, float]]] | None = None
            eligible: list[int] = []
            # a quote nobody is named for joins on its words alone: a higher bar,
            # since different speakers say similar things
            thr = base_thr if (f.spk or f.org) else max(base_thr, cfg.unattributed_threshold)
            lo_lead = thr - cfg.leader_slack
            if f.keys:
                hits = index.hits(f)
                if hits:
                    ga = self.grams(i)
                    cands: dict[int, list[int]] = {}
                    for _, r in hits:
                        m = order[r]
                        c = assign[m]
                        lst = cands.get(c)
                        if lst is None:
                            if len(cands) >= cfg.max_candidates:
                                continue
                            cands[c] = [m]
                        elif len(lst) < 2:
                            lst.append(m)
                    # two quotes that share a run of words are two parts of one
                    # statement, each quoted with more around it (spans merged below)
                    for ms in cands.values():
                        for m in ms:
                            if shares_run(f, feats[m], cfg.max_days):
                                overlaps.extend((i, m))
                    for c, ms in cands.items():
                        # cluster-level constraints: one speaker, a short span, one wording per document
                        if f.spk and c_spk[c] and c_spk[c] != f.spk:
                            continue
                        if f.org and c_org[c] and c_org[c] != f.org:
                            continue
                        if f.date is not None and c_dmin[c] is not None:
                            if max(c_dmax[c], f.date) - min(c_dmin[c], f.date) > cfg.max_days:
                                continue
                        held = held_quote(c_docs, leader, feats, c, f.doc)
                        li = leader[c]
                        s_lead = None if feats[li].doc == f.doc else self.score(f, ga, li)
                        raw_lead = self.raw if s_lead else 0.0
                        if s_lead is not None and s_lead >= thr:
                            # the longest version itself: also beside another wording of its document
                            value, raw, used = s_lead, raw_lead, [(li, s_lead)]
                        elif held is not None and not one_wording(feats[held], f):
                            continue
                        else:
                            # through another member, while still close to the longest
                            # version (or a part of it: a short quote word for word
                            # in a relay, its words in the longest version's translation),
                            # or as a part of that member
                            near = s_lead is None or s_lead >= lo_lead or f" {f.cstr} " in f" {feats[li].cstr} "
                            value, raw, used = -1.0, 0.0, []
                            for m in ms:
                                if m == li or feats[m].doc == f.doc:
                                    continue
                                s_m = self.score(f, ga, m)
                                if s_m >= thr and (near or self.part):
                                    v = s_m if s_lead is None else (s_lead + s_m) / 2
                                    if v > value:
                                        value = v
                                        raw = self.raw if s_lead is None else (raw_lead + self.raw) / 2
                                        used = [(m, s_m)] + ([(li, s_lead)] if s_lead else [])
                            if not used:
                                continue
                        eligible.append(c)
                        # scores capped at 1 tie (a short part of two statements): the
                        # uncapped sum, bonuses included, decides (then the older cluster)
                        if best is None or (value, raw) > best[0] or ((value, raw) == best[0] and c < best[1]):
                            best = ((value, raw), c, used)
            if best is None:
                c = len(members)
                members.append(None)
                leader.append(i)
                c_spk.append(f.spk)
                c_org.append(f.org)
                c_dmin.append(f.date)
                c_dmax.append(f.date)
                c_docs.append(None)
            else:
                _, c, used = best
                got = members[c]
                if got is None:
                    members[c] = [leader[c], i]
                else:
                    got.append(i)
                if f.spk and not c_spk[c]:
                    c_spk[c] = f.spk
                if f.org and not c_org[c]:
                    c_org[c] = f.org
                if f.date is not None:
                    c_dmin[c] = f.date if c_dmin[c] is None else min(c_dmin[c], f.date)
                    c_dmax[c] = f.date if c_dmax[c] is None else max(c_dmax[c], f.date)
                add_doc(c_docs, leader, feats, c, f.doc, i)
                for m, s in used:
                    links[link_key(i, m)] = s
                for c2 in eligible:
                    if c2 != c:
                        key = (c, c2) if c < c2 else (c2, c)
                        support[key] = support.get(key, 0) + 1

            assign[i] = c
            index.add(f, rank[i], df)
            f.seq = None  # indexed: its word pairs are not read again
        self.gcache.clear()
        state = (members, leader, c_spk, c_org, c_dmin, c_dmax, c_docs)
        bridges = bridges_of(feats, overlaps, assign)
        if self.part_of:
            bridges |= part_bridges(self, index.hits, order, assign, state)
        for key in bridges:
            support.setdefault(key, 1)
        del overlaps, rank, index
        members = merge_clusters(self, support, state, links, bridges)
        self.gcache.clear()
        return members, links


def _documents(feats: list[Features], reps: array) -> Callable[[], Iterator[list[int]]]:
    """Each document's aligned quotes as indices into ``reps``, ascending
    (``statements.by_document``), read off ``feats`` whose documents' quotes
    lie together: 8 bytes a quote instead of a dict of lists."""
    pos = array("l", [-1]) * len(feats)
    for j, i in enumerate(reps):
        pos[i] = j

    def runs() -> Iterator[list[int]]:
        run: list[int] = []
        doc = None
        for i, f in enumerate(feats):
            if f.doc != doc:
                if run:
                    yield sorted(run)
                run, doc = [], f.doc
            if pos[i] >= 0:
                run.append(pos[i])
        if run:
            yield sorted(run)
    return runs


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off for the block: alignment builds a few
    hundred thousand objects and frees nothing in cycles, and each full
    collection would walk them all again (a tenth of the time at 100,000 quotes)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def align_quotes(
    quotes: list[Quote],
    dates: dict[str, str | None],
    cfg: AlignConfig | None = None,
    previous: dict[str, str] | None = None,
    organisations: Iterable[str] = (),
    aliases: dict[str, list[str]] | None = None,
    publishers: dict[str, str | None] | None = None,
    outlets: Iterable[str] = (),
    read: Callable[[], Iterable[Quote]] | None = None,
) -> list[Cluster]:
    """Cluster ``quotes`` (from many documents) by utterance.

    ``dates`` maps doc_id to its ISO publication date (or None). ``previous``
    maps quote_id to the cluster_id it had in the last run: a cluster holding
    such quotes keeps the most common of their ids. Sets ``cluster_id``,
    ``relation`` and ``drift`` on every quote; returns the clusters (singletons
    included) ordered by first member date, then cluster id. ``organisations``:
    speaker names that are organisations or outlets, not persons (any case).
    ``aliases``: canonical name -> spellings (``quotes.organisation_aliases``):
    "the DPRK", "Pyongyang" and "North Korea" are read as one name.
    ``publishers`` maps doc_id to the outlet that published it (or None): a
    cluster's ``outlets`` are its members' publishers and relaying outlets.
    ``outlets``: names of news outlets; a quote whose speaker is one is matched
    as an unattributed one (the agency's narration of someone's words).
    ``read``: for ``quotes`` that stand for quotes kept elsewhere (``data.QuoteResult``:
    what records read, and where results go), gives the full quotes in the same
    order, their speakers as in ``quotes``; called twice (words, then features).
    """
    with _no_cycle_collection():
        return _align(quotes, dates, cfg or AlignConfig(), previous, organisations, aliases, publishers, outlets, read)


def _align(quotes: list[Quote], dates: dict[str, str | None], cfg: AlignConfig, previous: dict[str, str] | None,
           organisations: Iterable[str], aliases: dict[str, list[str]] | None,
           publishers: dict[str, str | None] | None, outlets: Iterable[str],
           read: Callable[[], Iterable[Quote]] | None) -> list[Cluster]:
    SURFACE.clear()  # French stem -> word, read afresh for each run's quotes (same input, same result)
    names_ = NameFolder(aliases) if aliases else None
    full = read or (lambda: quotes)
    surface = run_vocabulary((names_ or str)(q.translation if q.translation else q.text) for q in full())
    near: dict[str, set[str]] = {}
    syn = synonym_map(surface, cfg.synonyms, near)
    orgs = frozenset(o.strip().casefold() for o in organisations)
    outlet_names = frozenset(o.strip().casefold() for o in outlets)
    share = Pool()  # relays of one quote hold one copy of its words
    sent = array("L")  # each quote's sentence (its context's checksum; 0: none), for follow_neighbours
    feats = []
    roles = Roles(aliases, INSTITUTION_STATES)  # whom each person speaks for, as the articles say
    grouped, last, done = True, None, set()  # is each document's quotes together? (as the stage gives them)
    parts: list[tuple[int, Features]] = []  # (the quote's feature index, a sentence part of it)
    titled: list[tuple[int, str]] = []  # (quote index, the role description credited with its words)
    echoes = array("q")  # each quote's words as written, hashed (``records.echo_key``)
    for q in full():
        # (a part of nobody's quote bridges nothing: ``parts.part_bridges``)
        for part in sentence_parts(q) if q.speaker else ():
            parts.append((len(feats), share_words(share, Features(part, dates, syn, orgs, names_, outlet_names))))
        feats.append(share_words(share, Features(q, dates, syn, orgs, names_, outlet_names)))
        echoes.append(echo_key(q))
        sent.append(crc32(q.context.encode()) if q.context else 0)
        roles.add(q.speaker, q.context)
        if not feats[-1].spk and (described := description(q.speaker_note)) is not None:
            titled.append((len(feats) - 1, described))  # an official its article leaves unnamed
        if q.doc_id != last:
            grouped = grouped and q.doc_id not in done
            done.add(q.doc_id)
            last = q.doc_id
    del share, done
    name_titled(titled, roles, quotes, feats)
    name_echoes(quotes, feats, echoes)
    del echoes
    for f in feats:
        if f.spk:
            f.aff, f.side = roles.of(f.spk), roles.of_any(f.spk)
    # the same words twice in one document by the same speaker (headline and
    # body): only the first is aligned, the others follow it into its cluster
    canon = array("l", range(len(feats)))  # 8 bytes a quote, not an int object each
    first: dict[tuple[str, str, str | None, str | None], int] = {}
    reps = array("l")  # the quotes aligned (machine ints)
    dups: dict[int, list[int]] = {}
    for i in sorted(range(len(feats)), key=lambda i: feats[i].qid):  # not input order
        f = feats[i]
        r = first.setdefault((f.doc, f.norm, f.spk, f.org), i)
        if r == i:
            reps.append(i)
        else:
            canon[i] = r
            dups.setdefault(r, []).append(i)
            f.seq = None  # not scored: follows its first
    del first
    rep_feats = [feats[i] for i in reps]
    # the parts of the quotes aligned, after them: scored, not clustered (``parts.py``)
    pos = array("l", [-1]) * len(feats)
    for j, i in enumerate(reps):
        pos[i] = j
    parts = [(pos[i], p) for i, p in parts if pos[i] >= 0]
    del pos
    for _, p in parts:
        if p.spk:
            p.aff, p.side = roles.of(p.spk), roles.of_any(p.spk)
    aligner = _Aligner(rep_feats + [p for _, p in parts], cfg, syn, surface, near, array("l", (j for j, _ in parts)))
    del parts
    del near  # the scorer holds its synonym pairs by word id
    local_groups, local_links = aligner.run()
    idf = aligner.idf
    del aligner  # its counts and caches go before the records are built
    documents = _documents(feats, reps) if grouped else None
    local_groups = follow_containers(rep_feats, local_groups, documents)
    local_groups = follow_neighbours(rep_feats, idf, cfg.part_containment, array("L", (sent[i] for i in reps)),
                                     local_groups, documents)
    local_groups = join_fragments(rep_feats, idf, local_groups, cfg.min_tokens, cfg.max_days, roles.of_any)
    local_groups = join_wordings(rep_feats, local_groups, cfg.max_days, local_links)
    groups = []
    for g in local_groups:
        grp = [reps[j] for j in g]
        if dups:
            grp.extend(d for r in list(grp) for d in dups.get(r, ()))
        groups.append(grp)
    # what only clustering needed goes before the records are built beside the features
    del local_groups, rep_feats, dups, sent, idf, documents  # the links stay numbered as aligned (reps), not copied
    return cluster_records(quotes, feats, canon, groups, local_links, dates, publishers, previous, cfg, reps)
