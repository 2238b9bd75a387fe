"""The cluster records of one alignment: members ordered by date, the
speaker most members name, every outlet they came through (publisher and
relays), languages, first date seen, wording variants, the scores of the links
that made the cluster, stable ids; and each member's relation and drift to
the longest version. A member for which no speaker was found takes the one
speaker the other members name (``_name_from_relays``)."""

from __future__ import annotations

import re

from array import array
from collections import Counter
from collections.abc import Sequence

from pipeline.align.cluster_ids import assign_ids
from pipeline.align.drift import drift, relation
from pipeline.align.similarity import Features
from pipeline.config import AlignConfig
from pipeline.data import Cluster, Quote

def length_key(f: Features) -> tuple:
    return (-f.nwords, -len(f.norm), f.date if f.date is not None else 10**9, f.qid)


def _outlets(members: list[Quote], publishers: dict[str, str | None] | None) -> list[str]:
    """Every outlet the words came through: each member's relays and the
    publisher of its document."""
    publishers = publishers or {}
    found = {v for q in members for v in q.via}
    found.update(p for q in members if (p := publishers.get(q.doc_id)))
    return sorted(found)


_LINK = 1 << 32


def link_key(i: int, m: int) -> int:
    """The key of the link from quote ``i`` to quote ``m`` in a ``links`` dict."""
    return i * _LINK + m


def date_key(f: Features) -> tuple:
    return (f.date if f.date is not None else 10**9, f.qid)



class _MemberIds(Sequence):
    """Each group's member ids, read from the features when asked for (for
    ``assign_ids``): no list of them is kept."""

    def __init__(self, groups: list[list[int]], feats: list[Features]):
        self.groups, self.feats = groups, feats

    def __len__(self) -> int:
        return len(self.groups)

    def __getitem__(self, g: int) -> list[str]:  # type: ignore[override]
        feats = self.feats
        return [feats[i].qid for i in self.groups[g]]


# words (two of them content words) that make a quote a clause rather than a term (``_name_from_relays``)
RELAY_NAME_WORDS = 4

# how a note given by ``_name_from_relays`` begins (``stages.align`` stores those notes)
FROM_RELAYS = "no speaker found at the quote; "


def echo_key(q: Quote) -> int:
    """What ``name_echoes`` compares of a quote (read while the full quote is at
    hand): a hash of its words as written, four letters or more; 0 for a shorter
    one and for one the quotes stage found two parties holding (nobody's)."""
    words = " ".join(re.findall(r"[^\W_]+", (q.text or "").casefold()))
    if len(words) < 4 or "two speakers" in (q.speaker_note or ""):
        return 0
    return hash(words) or 1


def name_echoes(quotes: list[Quote], feats: list[Features], keys: Sequence[int]) -> None:
    """A quote for which no speaker was found takes the speaker of the very
    same words quoted elsewhere in its article (``keys``: ``echo_key`` of each
    quote; a subheading « "Optimiser" les dépenses » over "il a déclaré vouloir
    « optimiser »"), when the article gives those words to one speaker only.
    Run once the speakers of the run are known (after ``titled.name_titled``)."""
    said: dict[tuple[str, int], set[int]] = {}
    for i, q in enumerate(quotes):
        if q.speaker and keys[i]:
            said.setdefault((q.doc_id, keys[i]), set()).add(i)
    if not said:
        return
    for i, q in enumerate(quotes):
        if q.speaker or not keys[i]:
            continue
        named = said.get((q.doc_id, keys[i]), ())
        if named and len({quotes[k].speaker for k in named}) == 1:
            k = min(named)
            q.speaker = quotes[k].speaker
            q.speaker_note = f"{FROM_RELAYS}this article quotes the same words from {q.speaker} elsewhere"
            feats[i].spk, feats[i].org = feats[k].spk, feats[k].org


def _name_from_relays(quotes: list[Quote], feats: list[Features], canon: Sequence[int], grp: list[int],
                      speaker: str, min_tokens: int) -> None:
    """Give ``speaker``, the one name the members of a cluster give, to each
    member for which no speaker was found, when other quotes of the same words
    (in other articles, or elsewhere in its own) name that speaker and nobody
    else: a reader of all of them knows who spoke. A quote of fewer than
    ``min_tokens`` content words keeps None: a short phrase in marks is often
    the article's own words that the statement happens to hold too; but not
    one of ``RELAY_NAME_WORDS`` words or more with two content words ("is
    ready for peace"), which is a clause of someone's, not a term."""
    named = {quotes[i].doc_id for i in grp if quotes[i].speaker}
    for i in grp:
        q = quotes[i]
        f = feats[canon[i]]
        if q.speaker or (len(f.tset) < min_tokens and not (len(f.tset) >= 2 and f.nwords >= RELAY_NAME_WORDS)):
            continue
        others = len(named) - (q.doc_id in named)
        text = f"{others} other article{'s' if others > 1 else ''}"
        if q.doc_id in named:
            text = f"this article elsewhere and {text}" if others else "this article elsewhere"
        verb = "name" if others + (q.doc_id in named) > 1 else "names"
        q.speaker = speaker
        q.speaker_note = f"{FROM_RELAYS}{text} {verb} {speaker} for the same words"


def cluster_records(quotes: list[Quote], feats: list[Features], canon: Sequence[int], groups: list[list[int]],
                    links: dict[int, float], dates: dict[str, str | None],
                    publishers: dict[str, str | None] | None, previous: dict[str, str] | None,
                    cfg: AlignConfig, reps: list[int] | None = None) -> list[Cluster]:
    """``groups``: member indices, the longest version first; ``canon``: the
    quote each one was aligned as (a repeat in its document follows the first);
    ``links``: the scores that made each join (emptied here). Sets ``cluster_id``,
    ``relation`` and ``drift`` on every quote; clusters ordered by first date.
    ``reps``: the quote each index of ``links`` is, when they number the
    aligned quotes only. ``feats`` and ``groups`` are emptied too: a group's
    features go once its record is made (each group is sorted by date first)."""
    # each group sorted by date in place (its first member, the longest
    # version, remembered): no copy of the groups is made
    leads = array("l", [grp[0] for grp in groups])
    # records are made in the order the features were (by each group's first
    # quote): the features go in that order too, so the memory they held is
    # freed a block at a time, for the records to take (the order of the
    # records is set at the end)
    visit = sorted(range(len(groups)), key=array("l", [min(grp) for grp in groups]).__getitem__)
    for grp in groups:
        grp.sort(key=lambda i: date_key(feats[i]))
    where = array("l", [0]) * len(feats)  # quote index -> its cluster's index in groups
    for ci, grp in enumerate(groups):
        for i in grp:
            where[i] = ci
    # the scores of a cluster's links, made for the clusters that have some
    linked: dict[int, dict[str, float]] = {}
    # taken out one by one, last first (the links go as their records come):
    # of two links between the same quotes the later one counts, as it would
    # read in order
    while links:
        key, s = links.popitem()
        i, m = divmod(key, _LINK)
        if reps is not None:
            i, m = reps[i], reps[m]
        a, b = sorted((feats[i].qid, feats[m].qid))
        got = linked.get(where[i])
        if got is None:
            got = linked[where[i]] = {}
        got.setdefault(f"{a}|{b}", round(s, 3))

    del where
    ids = assign_ids(_MemberIds(groups, feats), previous)

    clusters: list[Cluster] = []
    # equal lists (drift, and of single-quote clusters outlets, languages and
    # variants) and the empty scores are one object each: only read once made
    same: dict[tuple, list[str]] = {}
    one_variant: dict[str, list[str]] = {}
    no_scores: dict[str, float] = {}
    firsts: list[tuple] = []  # each record's date key and id, for the order at the end
    for k in visit:
        cid = ids[k]
        grp, lead_i = groups[k], leads[k]
        groups[k] = None  # type: ignore[call-overload]
        scores = linked.pop(k, no_scores)
        lead = feats[lead_i]
        firsts.append((*date_key(feats[grp[0]]), cid))  # one tuple a record
        if len(grp) == 1:  # the common case, made cheap
            grp[0] = lead.qid  # the group's list becomes the record's members
            feats[lead_i] = None  # type: ignore[call-overload]
            x = quotes[lead_i]
            x.cluster_id, x.relation, x.drift = cid, "verbatim", same.setdefault((), [])
            spk = (x.speaker or "").strip() or None
            day = str(dates.get(x.doc_id))[:10] if lead.date is not None else None
            outlets = _outlets([x], publishers)
            langs = (x.lang,) if x.lang else ()
            text = lead.rendering.strip()
            one = one_variant.get(text)
            if one is None:
                one = one_variant[text] = [text]
            clusters.append(
                Cluster(cid, grp, spk, same.setdefault(tuple(outlets), outlets),
                        same.setdefault(langs, list(langs)), day, one, lead.qid, no_scores)
            )
            continue
        spk_count = Counter(quotes[i].speaker.strip() for i in grp if quotes[i].speaker and quotes[i].speaker.strip())
        speaker = min(spk_count, key=lambda s: (-spk_count[s], s)) if spk_count else None
        if len(spk_count) == 1:
            _name_from_relays(quotes, feats, canon, grp, speaker, cfg.min_tokens)
        outlets = _outlets([quotes[i] for i in grp], publishers)
        langs = sorted({quotes[i].lang for i in grp if quotes[i].lang})
        dated = [i for i in grp if feats[i].date is not None]
        first_seen = str(dates.get(quotes[dated[0]].doc_id))[:10] if dated else None
        variants: dict[str, str] = {}
        for i in sorted(grp, key=lambda i: length_key(feats[i])):
            variants.setdefault(feats[i].norm, feats[i].rendering.strip())
        for i in grp:
            q, f = quotes[i], feats[canon[i]]
            rel = relation(f, lead, cfg)
            q.cluster_id = cid
            q.relation = rel
            found = drift(f, lead, rel)
            q.drift = same.setdefault(tuple(found), found)
        # the group's list becomes the record's members (a repeat's first is in
        # its group: all read now)
        for j, i in enumerate(grp):
            grp[j] = feats[i].qid
            feats[i] = None  # type: ignore[call-overload]
        clusters.append(
            Cluster(
                cluster_id=cid,
                members=grp,
                speaker=speaker,
                outlets=outlets,
                languages=langs,
                first_seen=first_seen,
                variants=sorted(variants.values(), key=lambda v: (-len(v), v)),
                longest=lead.qid,
                scores=dict(sorted(scores.items())),
            )
        )
    order = sorted(range(len(clusters)), key=firsts.__getitem__)
    return [clusters[k] for k in order]
