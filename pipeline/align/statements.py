"""Parts of one statement: quotes that report the same utterance in pieces.

- ``fragment_of``: a phrase an article quotes again out of a longer quote of
  its own (headline, lead, a later paragraph);
- ``one_wording``: two quotes of one document that may stand in one cluster
  (the same wording, or a fragment of two content words or more);
- ``follow_containers``: clusters made only of such fragments join the cluster
  of the quotes that hold them;
- ``follow_neighbours``: a quote linked to no other document joins the
  cluster of a quote of its own sentence when another document's quote in
  that cluster holds its words (the sentence quotes one statement in parts);
- ``shares_run``: two quotes of different documents that share a run of words
  quote overlapping parts of one statement.

Costs stay linear: a fragment is compared with at most ``MAX_CONTAINERS`` of the
longest quotes of its document (and with the members of at most
``MAX_CONTAINERS`` clusters of its sentence), and a run test reads two word
lists once.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from pipeline.align.similarity import Features, other_sides
from pipeline.align.words import STOPWORDS

RUN = 6  # words in a row two quotes must share to be parts of one statement ...
RUN_CONTENT = 3  # ... of which content words
LONG_RUN = 8  # or a longer run of words in a row ...
LONG_RUN_CONTENT = 2  # ... with fewer content words ("there is no deal until there is a deal")
MAX_CONTAINERS = 32  # longest quotes of a document a fragment is compared with


def fragment_of(part: Features, whole: Features) -> bool:
    """Whether ``part`` repeats words of ``whole``, a longer quote of the same
    document with a compatible speaker: an article that quotes a statement at
    length and picks a phrase of it again (headline, lead, a later paragraph)
    quotes one utterance twice. Content words in a row (stems), on the
    renderings or on the originals; one content word must be there word for word."""
    if part.doc != whole.doc or part.nwords >= whole.nwords or not part.tset:
        return False
    if part.spk and whole.spk and part.spk != whole.spk:
        return False
    if part.org and whole.org and part.org != whole.org:
        return False
    if (part.spk and whole.org and not whole.spk) or (part.org and whole.spk):
        return False
    return verbatim(part, whole) if len(part.tset) == 1 else _held(part, whole, "cstr")


def within(part: str, whole: str) -> bool:
    """Whether the words ``part`` stand in a row in ``whole`` (both joined by spaces)."""
    return f" {part} " in f" {whole} "


def _held(part: Features, whole: Features, words: str) -> bool:
    """``part``'s ``words`` (``norm``: as written, ``cstr``: content stems) in a
    row in ``whole``'s, on the renderings or on the originals."""
    if within(getattr(part, words), getattr(whole, words)):
        return True
    return part.o is not None and whole.o is not None and within(getattr(part.o, words), getattr(whole.o, words))


def verbatim(part: Features, whole: Features) -> bool:
    """``part``'s words, as written, in ``whole`` (renderings, or originals)."""
    return _held(part, whole, "norm")


def one_wording(a: Features, b: Features) -> bool:
    """Whether two quotes of one document may stand in one cluster: the same
    wording, or one a phrase of two content words or more that the article
    picks again out of the other (``fragment_of``): it reports the same
    utterance. One word is too little to tell which quote it repeats."""
    if a.norm == b.norm:
        return True
    part, whole = (a, b) if a.nwords < b.nwords else (b, a)
    return len(part.tset) >= 2 and fragment_of(part, whole)


Documents = Callable[[], Iterable[list[int]]]


def by_document(feats: list[Features]) -> Documents:
    """Each document's quotes as lists of indices into ``feats``, ascending,
    from a dict of them (``clusters`` gives the same without one)."""
    by_doc: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        by_doc.setdefault(f.doc, []).append(i)
    return lambda: by_doc.values()


def follow_containers(feats: list[Features], groups: list[list[int]],
                      documents: Documents | None = None) -> list[list[int]]:
    """Move a cluster whose every member is a fragment of a longer quote of its
    own document (``fragment_of``), all those quotes in one other cluster, into
    that cluster: the fragments report the words their containers report. A
    fragment linked across documents to something else keeps its cluster.
    ``documents``: each document's quotes (``by_document``, the default)."""
    where = array("l", [0]) * len(feats)  # quote -> its group (machine ints)
    for g, grp in enumerate(groups):
        for i in grp:
            where[i] = g
    container: dict[int, set[int]] = {}  # fragment -> clusters of its containers
    for ids in (documents or by_document(feats))():
        if len(ids) < 2:
            continue
        longest = sorted(ids, key=lambda i: (-feats[i].nwords, i))[:MAX_CONTAINERS]
        for i in ids:
            held = [j for j in longest if j != i and fragment_of(feats[i], feats[j])]
            if len({feats[j].spk for j in held if feats[j].spk}) > 1:
                continue  # words two speakers of the article say: which one it repeats is not known
            got = {where[j] for j in held}
            got.discard(where[i])
            if got:
                container[i] = got
    if not container:
        return groups
    out = list(groups)  # a group is copied only when another joins it
    moved: dict[int, int] = {}  # cluster -> the cluster it was moved into
    for g, grp in enumerate(groups):
        targets: set[int] | None = None
        for i in grp:
            targets = container.get(i, set()) if targets is None else targets & container.get(i, set())
            if not targets:
                break
        if not targets:
            continue
        dest = min(targets)
        while dest in moved:  # moved already: follow it
            dest = moved[dest]
        if dest == g:
            continue
        out[dest] = [*out[dest], *out[g]]
        out[g] = []
        moved[g] = dest
    return [g for g in out if g]


def _compatible(a: Features, b: Features) -> bool:
    """No two different known speakers (persons, organisations)."""
    return not ((a.spk and b.spk and a.spk != b.spk) or (a.org and b.org and a.org != b.org))


def _held_in(part: Features, whole: Features, idf: list[float], need: float) -> bool:
    """Whether ``part``'s content words (its rendering's or its original's),
    weighted by ``idf``, are in ``whole`` at ``need`` or more."""
    for v in (part, part.o) if part.o is not None else (part,):
        total = sum(idf[t] for t in v.tset)
        if total and sum(idf[t] for t in v.tset & whole.allset) >= need * total:
            return True
    return False


def follow_neighbours(feats: list[Features], idf: list[float], need: float, sent: Any,
                      groups: list[list[int]], documents: Documents | None = None) -> list[list[int]]:
    """Move a cluster of quotes of one document (linked to no other document)
    into the cluster of a quote of the same sentence (``sent``: each quote's
    sentence key, 0 for none), when the speakers agree and a member of that
    cluster from another document holds ``need`` of the moved quote's
    words (``_held_in``, weighted by ``idf``; ``part_containment``): "the talks were 'frank' and 'useful'", where another
    outlet quotes "frank and useful" and the scorer found "useful" alone too
    short to link, reports one statement in parts. ``documents``: as for
    ``follow_containers``."""
    shared = []  # the sentences holding two quotes or more (few), by their first quote
    for ids in (documents or by_document(feats))():
        if len(ids) < 2:
            continue
        by_sent: dict[int, list[int]] = {}
        for i in ids:
            if sent[i] and feats[i].tset:
                by_sent.setdefault(sent[i], []).append(i)
        shared.extend(s for s in by_sent.values() if len(s) > 1)
    shared.sort(key=lambda s: s[0])
    where = None
    out = groups
    for ids in shared:
        if where is None:  # made only when a sentence holds two quotes
            where = array("l", [0]) * len(feats)
            for g, grp in enumerate(groups):
                for i in grp:
                    where[i] = g
            out = list(groups)  # a group is copied only when another joins it
        for p in ids:
            fp = feats[p]
            g = where[p]
            if any(feats[j].doc != fp.doc for j in out[g]):
                continue  # linked across documents: keeps its cluster
            for x in list(dict.fromkeys(where[s] for s in ids if where[s] != g))[:MAX_CONTAINERS]:
                grp = out[x]
                if not all(_compatible(fp, feats[j]) for j in grp):
                    continue
                if any(feats[m].doc != fp.doc and _held_in(fp, feats[m], idf, need) for m in grp):
                    out[x] = [*grp, *out[g]]
                    for j in out[g]:
                        where[j] = x
                    out[g] = []
                    break
    return [g for g in out if g]


def _shared_runs(a: Features, b: Features) -> Iterator[tuple[str, ...]]:
    """The runs in both (lazily): RUN words, RUN_CONTENT of them content words,
    or LONG_RUN words, LONG_RUN_CONTENT of them content words."""
    wa, wb = a.norm.split(), b.norm.split()
    runs = {tuple(wa[k:k + RUN]) for k in range(len(wa) - RUN + 1)}
    shared = [k for k in range(len(wb) - RUN + 1) if tuple(wb[k:k + RUN]) in runs]
    for k in shared:
        run = tuple(wb[k:k + RUN])
        if sum(w not in STOPWORDS for w in run) >= RUN_CONTENT:
            yield run
    longs = None  # a longer run starts with a shared run of RUN words: read only then
    for k in shared:
        run = tuple(wb[k:k + LONG_RUN])
        if len(run) == LONG_RUN and sum(w not in STOPWORDS for w in run) >= LONG_RUN_CONTENT:
            if longs is None:
                longs = {tuple(wa[j:j + LONG_RUN]) for j in range(len(wa) - LONG_RUN + 1)}
            if run in longs:
                yield run


def _runs(a: Features, b: Features) -> set[tuple[str, ...]]:
    return set(_shared_runs(a, b))


def shares_run(a: Features, b: Features, max_days: int) -> bool:
    """Do ``a`` and ``b`` (of different documents, compatible speakers, within
    ``max_days``) share RUN words in a row, RUN_CONTENT of them content
    words: "I don't know for a fact what happened ... there's not much" and
    "I don't know for a fact what happened, but I'm not surprised"."""
    if a.doc == b.doc or a.nwords < RUN or b.nwords < RUN:
        return False
    if (a.spk and b.spk and a.spk != b.spk) or (a.org and b.org and a.org != b.org) or other_sides(a, b):
        return False
    if a.date is not None and b.date is not None and abs(a.date - b.date) > max_days:
        return False
    return next(_shared_runs(a, b), None) is not None


def bridges_of(feats: list[Features], overlaps: Any, assign: Any) -> set[tuple[int, int]]:
    """The cluster pairs (smaller first) that quotes sharing a run of words
    (``overlaps``: flat pairs of quote indices; ``assign``: each quote's
    cluster) bridge. A run that one quote shares with two quotes of one
    document lying in two clusters, neither a phrase picked out of the other
    (``one_wording``), is a phrase that document reports in two statements
    (a speaker saying "come to the Oval Office" in two turns): it tells
    neither which statement is meant, and bridges nothing."""
    partners: dict[int, list[int]] = {}
    for k in range(0, len(overlaps), 2):  # both ways: either quote may share the run twice
        i, m = overlaps[k], overlaps[k + 1]
        partners.setdefault(i, []).append(m)
        partners.setdefault(m, []).append(i)
    found: dict[tuple[int, int], tuple[int, int]] = {}  # quote pair -> cluster pair
    vetoed: set[tuple[int, int]] = set()
    for i, ms in partners.items():
        for m in ms:
            a, b = assign[i], assign[m]
            if a == b:
                continue
            pair = (i, m) if i < m else (m, i)
            twins = [n for n in ms if n != m and feats[n].doc == feats[m].doc and assign[n] != assign[m]
                     and not one_wording(feats[n], feats[m])]
            if twins:
                mine = _runs(feats[i], feats[m])
                if any(mine & _runs(feats[i], feats[n]) for n in twins):
                    vetoed.add(pair)
                    continue
            found[pair] = (a, b) if a < b else (b, a)
    return {c for pair, c in found.items() if pair not in vetoed}
