"""Cross-document quote alignment: which quotes report the same utterance.

``align_quotes`` groups quotes from different documents (outlets, languages)
that report the same words: whole relays, truncations and partial quotes, and
different translations of the same words. Everything is compared on the
English rendering (``Quote.translation``, or the text itself), normalised:
lowercase, accents and punctuation stripped, ``n't`` spelled ``not``,
thousands separators dropped, stopwords removed, a light suffix stemmer and a
small table of machine-translation alternations (glad/happy, envisage/plan;
``AlignConfig.synonyms`` adds to it).

Similarity of two quotes (``_Aligner.score``), in [0, 1]:

* hard gates: never within one document, never two different known speakers,
  never more than ``max_days`` apart, at least two shared content words (one
  when the shorter has one); a shorter quote of fewer than ``min_tokens``
  content words must have them in a row in the other (a one-content-word
  quote of more than two words must appear word for word, unless both name
  the same speaker);
* ``token_weight`` x IDF-weighted token containment (shared weight / weight of
  the smaller) + the rest x character ``ngram`` containment of the stemmed
  content strings, so a partial quote scores as high as a full relay;
* ``speaker_bonus`` for the same known speaker, ``entity_bonus`` for a shared
  capitalised name or number.

Clustering is anchored on the longest version, not single-link: quotes are
visited longest first; each one looks up earlier (longer) quotes sharing its
rarest words or word pairs in an inverted index kept per time bucket of
2 x ``max_days`` (its own bucket and the nearer neighbour are read; a posting
list longer than ``max_posting`` is skipped; at most ``max_keys`` +
``max_pair_keys`` keys a quote), takes the clusters of the best few (``max_candidates``), and
joins the one whose longest version it matches best (score >= threshold), or
one of whose other members it matches at >= threshold while within
``leader_slack`` of the longest version (or contained in it). A cluster keeps
one known speaker, spans at most ``max_days`` and holds one wording per
document. Otherwise the quote starts a cluster of its own. A last stage
merges two clusters that split one utterance (two translations too far apart
to link, while relays match both): tried for cluster pairs that two or more
quotes matched both of, done when ``merge_support`` of sampled cross scores
reach the threshold (an average-link check). The same words twice in one
document by one speaker (headline and body) are aligned once and follow each
other.

Cost is close to linear: postings are bounded, a quote uses a bounded number
of keys and scores at most ``max_candidates`` clusters.

Ids: "c" + 12 hex of sha256 of the earliest member's quote_id (by date, then
id), unless ``previous`` says its members had ids: then the most common of
those (ties: the smallest), one cluster per id.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from pipeline.config import AlignConfig
from pipeline.data import Cluster, Quote

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be been being before below between both but by
    can could did do does doing down during each even ever few for from further had has have having he her here hers
    herself him himself his how i if in into is it its itself just let lets me more most must my myself neither nor of
    off on once only or other others our ours ourselves out over own same shall she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up upon us very was we
    were what when where which while who whom whose why will with would you your yours yourself yourselves yes
    not no never none nobody nothing nowhere cannot
    said says say told tell according mr mrs ms m
    """.split()
)

NEGATIONS = frozenset({"not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "cannot"})

# French negation in the original text, for French quotes whose translation lost it.
_FR_NEGATION = re.compile(
    r"\b(?:ne|n')\s*(?:\S+\s+){0,5}?(?:pas|jamais|plus|rien|personne|aucun|aucune|gu[eè]re|point|nullement|ni)\b"
    r"|\b(?:aucun|aucune|jamais|non|ni|nullement)\b",
    re.IGNORECASE,
)

# Common alternations between machine translations and original English wordings.
# Applied after stemming (keys and values are stemmed when the table is built).
SYNONYMS: dict[str, str] = {
    "glad": "happy",
    "pleased": "happy",
    "delighted": "happy",
    "envisage": "plan",
    "intend": "plan",
    "contemplate": "plan",
    "accord": "agreement",
    "disturbing": "troubling",
    "worrying": "troubling",
    "worrisome": "troubling",
    "concerning": "troubling",
    "subject": "topic",
    "theme": "topic",
    "issue": "question",
    "matter": "question",
    "occasion": "opportunity",
    "chance": "opportunity",
    "search": "seek",
    "regulation": "rule",
    "norm": "rule",
    "breach": "violate",
    "infringe": "violate",
    "menace": "threaten",
    "aggravate": "escalate",
    "exacerbate": "escalate",
    "worsen": "escalate",
    "collaboration": "cooperation",
    "nation": "country",
    "commence": "start",
    "begin": "start",
    "slowly": "slow",
    "unhurriedly": "slow",
    "impatience": "eagerness",
    "eagerly": "eagerness",
    "forward": "eagerness",
    "talk": "discuss",
    "speak": "discuss",
    "reaffirm": "confirm",
    "reiterate": "confirm",
    "powerful": "strong",
    "mighty": "strong",
    "always": "always",
}

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f\u2009 ](?=\d{3}(?!\d))")
_WORD = re.compile(r"\d+(?:\.\d+)*|[^\W_]+")
_CAP = re.compile(r"(?<![\w'\-])[^\W\d_a-z][\w'\-]*")
_SENT_END = frozenset(".!?:;\u00ab\u00bb\"\u201c\u201d(")


def _strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_CONTRACTION = re.compile(r"\b(can|won)'t\b|n't\b", re.IGNORECASE)
_HAS_DIGIT = re.compile(r"\d")


def _contraction(m: re.Match) -> str:
    head = (m.group(1) or "").lower()
    return {"can": "can not", "won": "will not"}.get(head, " not")


def _pre(s: str) -> str:
    """Accents stripped, apostrophes unified, thousands separators dropped,
    ``n't`` spelled out; case kept."""
    s = _strip_accents(s.translate(_APOS))
    if _HAS_DIGIT.search(s):
        s = _THOUSANDS.sub("", s)
    if "'t" in s or "'T" in s:
        s = _CONTRACTION.sub(_contraction, s)
    return s


_STEM_CACHE: dict[str, str] = {}


def stem(w: str) -> str:
    """A light suffix stemmer: plurals, -ing, -ed, -ly, final -e."""
    hit = _STEM_CACHE.get(w)
    if hit is not None:
        return hit
    s = w
    if len(s) > 3 and not s[0].isdigit():
        if s.endswith("ies") and len(s) > 4:
            s = s[:-3] + "y"
        elif s.endswith("sses"):
            s = s[:-2]
        elif s.endswith("s") and not s.endswith(("ss", "us", "is")):
            s = s[:-1]
        for suf, keep in (("ing", 3), ("ed", 3)):
            if s.endswith(suf) and len(s) - len(suf) >= keep:
                s = s[: -len(suf)]
                if len(s) > 3 and s[-1] == s[-2] and s[-1] not in "lsz":
                    s = s[:-1]
                break
        if s.endswith("ly") and len(s) > 5:
            s = s[:-2]
        if s.endswith("e") and len(s) > 4:
            s = s[:-1]
    if len(_STEM_CACHE) < 500_000:
        _STEM_CACHE[w] = s
    return s


def normalize(text: str) -> list[str]:
    """The normalised words of an English rendering (stopwords kept)."""
    return _WORD.findall(_pre(text).lower())


def _names(s: str) -> set[str]:
    """Capitalised words not opening a sentence, and acronyms, normalised
    (``s`` is already through ``_pre``)."""
    out: set[str] = set()
    for m in _CAP.finditer(s):
        w = m.group()
        if not w[0].isupper():
            continue
        acronym = len(w) > 1 and w.isupper()
        if not acronym:
            i = m.start() - 1
            while i >= 0 and s[i].isspace():
                i -= 1
            if i < 0 or s[i] in _SENT_END:
                continue
        low = w.lower()
        for part in re.split(r"['\-]", low):
            if part and part not in STOPWORDS:
                out.add(stem(part))
    return out


def _date_ord(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


class _F:
    """What alignment needs of one quote."""

    __slots__ = (
        "qid", "doc", "spk", "date", "rendering", "norm", "nwords", "seq", "tset", "cstr",
        "names", "nums", "neg", "weight", "keys", "pairs",
    )

    def __init__(self, q: Quote, dates: dict[str, str | None], syn: dict[str, str]):
        self.qid = q.quote_id
        self.doc = q.doc_id
        spk = (q.speaker or "").strip()
        self.spk = spk.casefold() or None
        self.date = _date_ord(dates.get(q.doc_id))
        self.rendering = (q.translation if q.translation else q.text) or ""
        pre = _pre(self.rendering)
        words = _WORD.findall(pre.lower())
        self.nwords = len(words)
        self.norm = " ".join(words)
        seq = []
        cache = _STEM_CACHE
        for w in words:
            if w in STOPWORDS:
                continue
            s = cache.get(w) or stem(w)
            seq.append(syn.get(s, s))
        self.seq: Any = seq  # stems here; token ids once the vocabulary is known
        self.tset: frozenset[int] = _EMPTY
        self.cstr = " ".join(seq)
        self.names = frozenset(_names(pre)) or _EMPTY
        self.nums = (frozenset(w for w in words if w[0].isdigit()) or _EMPTY) if _HAS_DIGIT.search(pre) else _EMPTY
        neg = any(w in NEGATIONS for w in words)
        if not neg and q.lang and q.lang.startswith("fr") and q.text:
            neg = bool(_FR_NEGATION.search(q.text))
        self.neg = neg
        self.weight = 0.0
        self.keys: list[int] = []
        self.pairs: Any = None  # word-pair keys, while indexing


_EMPTY: frozenset = frozenset()
_PAIR = 1 << 32  # word-pair keys are (id_a + 1) * _PAIR + id_b, above every word id
# posting slots: key * _SLOTS + time bucket (modulo _UNDATED: buckets 78+ years
# apart share a slot, which only adds candidates the date gate then drops),
# _UNDATED for undated quotes, _ALL for every quote (read by undated quotes)
_SLOTS = 4096
_UNDATED = _SLOTS - 2
_ALL = _SLOTS - 1


def _pair_keys(seq: tuple[int, ...]) -> set[int]:
    return {(a + 1) * _PAIR + b for a, b in zip(seq, seq[1:])}


def _grams_of(cstr: str, n: int) -> frozenset[str]:
    s = f" {cstr} "
    if len(s) < n:
        return frozenset((s,))
    return frozenset([s[i : i + n] for i in range(len(s) - n + 1)])


class _Aligner:
    GRAM_CACHE = 40_000  # character n-gram sets kept for re-scored quotes (bounded memory)
    MERGE_SAMPLE = 6  # members of each side scored when two clusters may merge

    def __init__(self, feats: list[_F], cfg: AlignConfig):
        self.f = feats
        self.cfg = cfg
        # word ids in sorted order of the words: results do not depend on input order
        vocab = sorted({w for f in feats for w in f.seq})
        ids = {w: i for i, w in enumerate(vocab)}
        df: Counter[int] = Counter()
        for f in feats:
            f.seq = tuple(ids[w] for w in f.seq)
            f.tset = frozenset(f.seq) or _EMPTY
            f.pairs = _pair_keys(f.seq)
            df.update(f.tset)
            df.update(f.pairs)
        big_n = max(len(feats), cfg.idf_floor)
        idf = [0.0] * len(vocab)
        for t in range(len(vocab)):
            idf[t] = math.log((big_n + 1) / (df[t] + 1)) + 1.0
        self.idf = idf
        for f in feats:
            f.weight = sum(idf[t] for t in f.tset)
            uni = sorted((df[t], t) for t in f.tset if df[t] >= 2)
            pairs = sorted((df[p], p) for p in f.pairs if df[p] >= 2)
            f.keys = [t for _, t in uni[: cfg.max_keys]] + [p for _, p in pairs[: cfg.max_pair_keys]]
        self.df = df
        self.gcache: dict[int, frozenset[str]] = {}

    def grams(self, i: int) -> frozenset[str]:
        g = self.gcache.get(i)
        if g is None:
            g = _grams_of(self.f[i].cstr, self.cfg.ngram)
            if len(self.gcache) >= self.GRAM_CACHE:
                del self.gcache[next(iter(self.gcache))]
            self.gcache[i] = g
        return g

    # -- similarity -------------------------------------------------------
    def score(self, a: _F, ga: frozenset[str], j: int) -> float:
        """Similarity of quote ``a`` (its n-grams ``ga``) and quote number ``j``."""
        cfg = self.cfg
        b = self.f[j]
        if a.doc == b.doc:
            return 0.0
        if a.spk and b.spk and a.spk != b.spk:
            return 0.0
        if a.date is not None and b.date is not None and abs(a.date - b.date) > cfg.max_days:
            return 0.0
        shared = a.tset & b.tset
        if not shared:
            return 0.0
        short, long_ = (a, b) if (len(a.tset), a.weight) <= (len(b.tset), b.weight) else (b, a)
        ns = len(short.tset)
        if len(shared) < min(2, ns):
            return 0.0
        if ns < cfg.min_tokens:
            # a short quote must appear in the other: its content words in a row;
            # with one content word, it must be (nearly) one word or appear word
            # for word, stopwords included, unless both name the same speaker
            if f" {short.cstr} " not in f" {long_.cstr} ":
                return 0.0
            if (
                ns == 1
                and short.nwords > 2
                and not (a.spk and a.spk == b.spk)
                and f" {short.norm} " not in f" {long_.norm} "
            ):
                return 0.0
        idf = self.idf
        cont = sum(idf[t] for t in shared) / min(a.weight, b.weight)
        gb = self.grams(j)
        char = len(ga & gb) / min(len(ga), len(gb))
        s = cfg.token_weight * cont + (1.0 - cfg.token_weight) * char
        if a.spk and a.spk == b.spk:
            s += cfg.speaker_bonus
        if (a.names & b.names) or (a.nums & b.nums):
            s += cfg.entity_bonus
        return min(1.0, s)

    # -- clustering ---------------------------------------------------------
    def run(self) -> tuple[list[list[int]], dict[tuple[int, int], float]]:
        """Leader clustering, longest quotes first. Returns member lists (the
        first member is the longest version) and the links that made each join."""
        cfg = self.cfg
        feats = self.f
        order = sorted(range(len(feats)), key=lambda i: _length_key(feats[i]))
        rank = [0] * len(feats)
        for r, i in enumerate(order):
            rank[i] = r
        assign = [-1] * len(feats)
        members: list[list[int]] = []
        leader: list[int] = []
        c_spk: list[str | None] = []
        c_dmin: list[int | None] = []
        c_dmax: list[int | None] = []
        c_docs: list[dict[str, str]] = []  # doc -> the wording the cluster holds from it
        links: dict[tuple[int, int], float] = {}
        support: dict[tuple[int, int], int] = {}  # cluster pair -> quotes that matched both
        post: dict[int, list[int]] = {}  # key -> processing ranks of the quotes holding it
        df = self.df
        thr = cfg.threshold
        lo_lead = thr - cfg.leader_slack
        hi = cfg.max_posting
        # Postings are kept per key and per time bucket of max_days: a quote looks
        # in its bucket and the two beside it (and among undated quotes), so a
        # word common over a year is still a usable key within a week.
        # Buckets are 2 * max_days wide: the days within max_days of a date
        # lie in its own bucket and the nearer neighbour.
        width = 2 * max(1, cfg.max_days)
        any_undated = any(f.date is None for f in feats)
        nkeys = [0] * len(feats)  # by rank: how many keys a quote is indexed under
        for i in order:
            f = feats[i]
            best: tuple[float, int, list[tuple[int, float]]] | None = None
            eligible: list[int] = []
            if f.date is None:
                slots: tuple[int, ...] = (_ALL,)
            else:
                b, off = divmod(f.date, width)
                side = b - 1 if off * 2 < width else b + 1
                slots = (b % _UNDATED, side % _UNDATED, _UNDATED) if any_undated else (b % _UNDATED, side % _UNDATED)
            if f.keys:
                found: list[int] = []
                for k in f.keys:
                    base = k * _SLOTS
                    for sl in slots:
                        p = post.get(base + sl)
                        if p and len(p) <= hi:
                            found += p
                cnt = Counter(found) if found else {}
                need = min(cfg.min_shared_keys, len(f.keys))
                hits = [(-c, r) for r, c in cnt.items() if c >= need or c >= nkeys[r]]
                if hits:
                    hits.sort()
                    ga = _grams_of(f.cstr, cfg.ngram)
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
                    for c, ms in cands.items():
                        # cluster-level constraints: one speaker, a short span, one wording per document
                        if f.spk and c_spk[c] and c_spk[c] != f.spk:
                            continue
                        if f.date is not None and c_dmin[c] is not None:
                            if max(c_dmax[c], f.date) - min(c_dmin[c], f.date) > cfg.max_days:
                                continue
                        held = c_docs[c].get(f.doc)
                        if held is not None and held != f.norm:
                            continue
                        li = leader[c]
                        s_lead = None if feats[li].doc == f.doc else self.score(f, ga, li)
                        if s_lead is not None and s_lead >= thr:
                            value, used = s_lead, [(li, s_lead)]
                        elif s_lead is None or s_lead >= lo_lead or f" {f.cstr} " in f" {feats[li].cstr} ":
                            # through another member, while still close to the longest
                            # version (or a part of it: a short quote word for word
                            # in a relay, its words in the longest version's translation)
                            value, used = -1.0, []
                            for m in ms:
                                if m == li or feats[m].doc == f.doc:
                                    continue
                                s_m = self.score(f, ga, m)
                                if s_m >= thr:
                                    v = s_m if s_lead is None else (s_lead + s_m) / 2
                                    if v > value:
                                        value = v
                                        used = [(m, s_m)] + ([(li, s_lead)] if s_lead else [])
                            if not used:
                                continue
                        else:
                            continue
                        eligible.append(c)
                        if best is None or value > best[0] or (value == best[0] and c < best[1]):
                            best = (value, c, used)
            if best is None:
                c = len(members)
                members.append([i])
                leader.append(i)
                c_spk.append(f.spk)
                c_dmin.append(f.date)
                c_dmax.append(f.date)
                c_docs.append({f.doc: f.norm})
            else:
                _, c, used = best
                members[c].append(i)
                if f.spk and not c_spk[c]:
                    c_spk[c] = f.spk
                if f.date is not None:
                    c_dmin[c] = f.date if c_dmin[c] is None else min(c_dmin[c], f.date)
                    c_dmax[c] = f.date if c_dmax[c] is None else max(c_dmax[c], f.date)
                c_docs[c].setdefault(f.doc, f.norm)
                for m, s in used:
                    links[(i, m)] = s
                for c2 in eligible:
                    if c2 != c:
                        key = (c, c2) if c < c2 else (c2, c)
                        support[key] = support.get(key, 0) + 1
            assign[i] = c
            r = rank[i]
            own = _UNDATED if f.date is None else (f.date // width) % _UNDATED
            n_idx = 0
            for k in (*f.tset, *f.pairs):
                n = df[k]
                if n < 2:
                    continue
                n_idx += 1
                post.setdefault(k * _SLOTS + own, []).append(r)
                if n <= hi:  # longer lists would never be read
                    post.setdefault(k * _SLOTS + _ALL, []).append(r)
            nkeys[r] = n_idx
            f.pairs = None
        self.gcache.clear()
        state = (members, leader, c_spk, c_dmin, c_dmax, c_docs)
        members = self._merge(support, state, links)
        self.gcache.clear()
        return members, links

    def _merge(self, support: dict[tuple[int, int], int], state: tuple, links: dict) -> list[list[int]]:
        """Merge clusters that split one utterance: two long variants too far from each
        other to link, while other relays match both. Tried for cluster pairs that
        at least two quotes matched both of; merged when at least ``merge_support``
        of the cross scores (longest vs longest, and up to MERGE_SAMPLE members of
        each side vs the other's longest) reach the threshold and the cluster
        constraints hold (one speaker, ``max_days``, one wording per document)."""
        members, leader, c_spk, c_dmin, c_dmax, c_docs = state
        cfg = self.cfg
        feats = self.f
        parent = list(range(len(members)))

        def root(c: int) -> int:
            while parent[c] != c:
                parent[c] = parent[parent[c]]
                c = parent[c]
            return c

        for (a, b), n in sorted(support.items(), key=lambda kv: (-kv[1], kv[0])):
            a, b = root(a), root(b)
            if a == b:
                continue
            if n < 2:
                continue
            if c_spk[a] and c_spk[b] and c_spk[a] != c_spk[b]:
                continue
            if c_dmin[a] is not None and c_dmin[b] is not None:
                if max(c_dmax[a], c_dmax[b]) - min(c_dmin[a], c_dmin[b]) > cfg.max_days:
                    continue
            docs_a, docs_b = c_docs[a], c_docs[b]
            if any(docs_a.get(d, w) != w for d, w in docs_b.items()):
                continue
            la, lb = leader[a], leader[b]
            fa = feats[la]
            s = self.score(fa, self.grams(la), lb) if feats[lb].doc != fa.doc else None
            # average-link estimate: the longest versions and a few of each side's
            # longest members, each scored against the other side's longest version
            trials = [(s, lb, la)] if s is not None else []
            for src, dst in ((a, lb), (b, la)):
                for m in members[src][1 : 1 + self.MERGE_SAMPLE]:
                    if feats[m].doc != feats[dst].doc:
                        trials.append((self.score(feats[m], self.grams(m), dst), m, dst))
            if not trials or sum(t[0] >= cfg.threshold for t in trials) < cfg.merge_support * len(trials):
                continue
            # the longer leader leads the merged cluster
            keep, gone = (a, b) if _length_key(fa) <= _length_key(feats[lb]) else (b, a)
            parent[gone] = keep
            members[keep].extend(members[gone])
            members[gone] = []
            c_spk[keep] = c_spk[keep] or c_spk[gone]
            if c_dmin[gone] is not None:
                c_dmin[keep] = c_dmin[gone] if c_dmin[keep] is None else min(c_dmin[keep], c_dmin[gone])
                c_dmax[keep] = c_dmax[gone] if c_dmax[keep] is None else max(c_dmax[keep], c_dmax[gone])
            for d, w in c_docs[gone].items():
                c_docs[keep].setdefault(d, w)
            # the strongest cross link is the one the merge records
            top, m, dst = max(trials, key=lambda t: (t[0], -t[1], -t[2]))
            links[(m, dst)] = top
        return [m for m in members if m]


def _length_key(f: _F) -> tuple:
    return (-f.nwords, -len(f.norm), f.date if f.date is not None else 10**9, f.qid)


def _date_key(f: _F) -> tuple:
    return (f.date if f.date is not None else 10**9, f.qid)


def _contained(q: _F, lead: _F, cfg: AlignConfig) -> bool:
    """Whether ``q`` is a part of ``lead``: word for word, or nearly (at least
    ``min_containment`` of its content words and character n-grams are in
    ``lead``, while ``lead`` is not as much in ``q``: same extent is a paraphrase)."""
    if not q.norm:
        return False
    if f" {q.norm} " in f" {lead.norm} ":
        return True
    if q.nwords >= lead.nwords or not q.tset:
        return False
    shared = len(q.tset & lead.tset)
    if shared / len(q.tset) < cfg.min_containment or shared / len(lead.tset) >= cfg.min_containment:
        return False
    gq, gl = _grams_of(q.cstr, cfg.ngram), _grams_of(lead.cstr, cfg.ngram)
    return len(gq & gl) / len(gq) >= cfg.min_containment


def _region_negation(q: _F, lead: _F) -> bool:
    """Whether the part of the longest version that ``q`` quotes carries a negation
    (its aligned span and the two words before it)."""
    if len(q.norm) > len(lead.norm):
        return lead.neg
    al = fuzz.partial_ratio_alignment(q.norm, lead.norm)
    if al is None:
        return lead.neg
    before = lead.norm[: al.dest_start].split()
    span = lead.norm[al.dest_start : al.dest_end].split()
    return any(w in NEGATIONS for w in before[-2:] + span)


def _stems(f: _F) -> set[str]:
    """Every word of the rendering, stemmed (stopwords included)."""
    return {stem(w) for w in f.norm.split()}


def _drift(q: _F, lead: _F, relation: str) -> list[str]:
    """What ``q`` changes of the longest version: numbers, negation, names. A
    partial quote is only held to the part it quotes (no flag for what it leaves out)."""
    if q is lead:
        return []
    out = []
    if relation == "partial":
        if q.nums - lead.nums:
            out.append("numbers")
        if q.neg != _region_negation(q, lead):
            out.append("negation")
        if q.names and q.names - _stems(lead):
            out.append("names")
    else:
        if q.nums != lead.nums:
            out.append("numbers")
        if q.neg != lead.neg:
            out.append("negation")
        if (q.names and q.names - _stems(lead)) or (lead.names and lead.names - _stems(q)):
            out.append("names")
    return out


def _cluster_hash(qid: str) -> str:
    return "c" + hashlib.sha256(qid.encode("utf-8")).hexdigest()[:12]


def align_quotes(
    quotes: list[Quote],
    dates: dict[str, str | None],
    cfg: AlignConfig | None = None,
    previous: dict[str, str] | None = None,
) -> list[Cluster]:
    """Cluster ``quotes`` (from many documents) by utterance.

    ``dates`` maps doc_id to its ISO publication date (or None). ``previous``
    maps quote_id to the cluster_id it had in the last run: a cluster holding
    such quotes keeps the most common of their ids. Sets ``cluster_id``,
    ``relation`` and ``drift`` on every quote; returns the clusters (singletons
    included) ordered by first member date, then cluster id.
    """
    cfg = cfg or AlignConfig()
    syn = {stem(k.lower()): stem(v.lower()) for k, v in {**SYNONYMS, **cfg.synonyms}.items()}
    feats = [_F(q, dates, syn) for q in quotes]
    # the same words twice in one document by the same speaker (headline and
    # body): only the first is aligned, the others follow it into its cluster
    canon = list(range(len(feats)))
    first: dict[tuple[str, str, str | None], int] = {}
    reps: list[int] = []
    dups: dict[int, list[int]] = {}
    for i in sorted(range(len(feats)), key=lambda i: feats[i].qid):  # not input order
        f = feats[i]
        r = first.setdefault((f.doc, f.norm, f.spk), i)
        if r == i:
            reps.append(i)
        else:
            canon[i] = r
            dups.setdefault(r, []).append(i)
    local_groups, local_links = _Aligner([feats[i] for i in reps], cfg).run()
    groups = []
    for g in local_groups:
        grp = [reps[j] for j in g]
        if dups:
            grp.extend(d for r in list(grp) for d in dups.get(r, ()))
        groups.append(grp)
    links = {(reps[i], reps[m]): s for (i, m), s in local_links.items()}

    built: list[tuple[list[int], int, dict[str, float]]] = []
    for grp in groups:
        lead = grp[0]
        grp_sorted = sorted(grp, key=lambda i: _date_key(feats[i]))
        built.append((grp_sorted, lead, {}))
    where = {}
    for ci, (grp, _, _) in enumerate(built):
        for i in grp:
            where[i] = ci
    for (i, m), s in links.items():
        a, b = sorted((feats[i].qid, feats[m].qid))
        built[where[i]][2][f"{a}|{b}"] = round(s, 3)

    ids = _assign_ids([[feats[i].qid for i in grp] for grp, _, _ in built], previous)

    clusters: list[Cluster] = []
    for (grp, lead_i, scores), cid in zip(built, ids):
        lead = feats[lead_i]
        if len(grp) == 1:  # the common case, made cheap
            x = quotes[lead_i]
            x.cluster_id, x.relation, x.drift = cid, "verbatim", []
            spk = (x.speaker or "").strip() or None
            day = str(dates.get(x.doc_id))[:10] if lead.date is not None else None
            clusters.append(
                Cluster(cid, [lead.qid], spk, sorted(set(x.via)), [x.lang] if x.lang else [], day,
                        [lead.rendering.strip()], lead.qid, {})
            )
            continue
        spk_count = Counter(quotes[i].speaker.strip() for i in grp if quotes[i].speaker and quotes[i].speaker.strip())
        speaker = min(spk_count, key=lambda s: (-spk_count[s], s)) if spk_count else None
        outlets = sorted({v for i in grp for v in quotes[i].via})
        langs = sorted({quotes[i].lang for i in grp if quotes[i].lang})
        dated = [i for i in grp if feats[i].date is not None]
        first_seen = str(dates.get(quotes[dated[0]].doc_id))[:10] if dated else None
        variants: dict[str, str] = {}
        for i in sorted(grp, key=lambda i: _length_key(feats[i])):
            variants.setdefault(feats[i].norm, feats[i].rendering.strip())
        for i in grp:
            q, f = quotes[i], feats[canon[i]]
            if f is lead or f.norm == lead.norm:
                rel = "verbatim"
            elif _contained(f, lead, cfg):
                rel = "partial"
            else:
                rel = "paraphrase"
            q.cluster_id = cid
            q.relation = rel
            q.drift = _drift(f, lead, rel)
        clusters.append(
            Cluster(
                cluster_id=cid,
                members=[feats[i].qid for i in grp],
                speaker=speaker,
                outlets=outlets,
                languages=langs,
                first_seen=first_seen,
                variants=sorted(variants.values(), key=lambda v: (-len(v), v)),
                longest=lead.qid,
                scores=dict(sorted(scores.items())),
            )
        )
    order = sorted(range(len(clusters)), key=lambda k: (_date_key(feats[built[k][0][0]]), clusters[k].cluster_id))
    return [clusters[k] for k in order]


def _assign_ids(groups: list[list[str]], previous: dict[str, str] | None) -> list[str]:
    """Previous ids first (most common among members, ties to the smallest id;
    an id claimed by two clusters goes to the one holding more of its quotes),
    then sha256 of the earliest member for the rest. Ids are unique."""
    ids: list[str | None] = [None] * len(groups)
    used: set[str] = set()
    if previous:
        claims = []
        for g, members in enumerate(groups):
            cnt = Counter(previous[q] for q in members if previous.get(q))
            for cid, n in cnt.items():
                claims.append((-n, cid, g))
        # Greedy over (count desc, id asc): each cluster takes the first of its own
        # claims whose id is still free, so it gets its most common previous id
        # unless a cluster holding more quotes of that id took it first.
        claims.sort(key=lambda t: (t[0], t[1], groups[t[2]][0]))
        for _, cid, g in claims:
            if ids[g] is None and cid not in used:
                ids[g] = cid
                used.add(cid)
    for g, members in enumerate(groups):
        if ids[g] is not None:
            continue
        for q in members:
            cid = _cluster_hash(q)
            if cid not in used:
                break
        else:
            k = 1
            while (cid := _cluster_hash(f"{members[0]}#{k}")) in used:
                k += 1
        ids[g] = cid
        used.add(cid)
    return [str(i) for i in ids]


def diff_clusters(clusters: list[Cluster], previous: dict[str, str] | None) -> dict[str, Any]:
    """What is new since the run ``previous`` (quote_id -> cluster_id) describes:
    cluster ids not seen before, and quotes not seen before that joined a known id."""
    previous = previous or {}
    known = set(previous.values())
    new_clusters = [c.cluster_id for c in clusters if c.cluster_id not in known]
    new_relays = [
        {"cluster_id": c.cluster_id, "quote_id": q}
        for c in clusters
        if c.cluster_id in known
        for q in c.members
        if q not in previous
    ]
    return {"new_clusters": new_clusters, "new_relays": new_relays}
