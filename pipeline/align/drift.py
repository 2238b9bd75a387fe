"""What a member of a cluster is to the cluster's longest version.

Relation: ``verbatim`` (the same normalised words), ``partial`` (a part of
it: word for word, or nearly, see ``contained``), ``paraphrase`` (another
rendering). Drift: what the member changes of the longest version, numbers,
negation (a French quote's negation is read on its original when the
translation lost it) and names; a partial quote is only held to the part it
quotes.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from pipeline.config import AlignConfig
from pipeline.align.similarity import Features, grams_of
from pipeline.align.words import NEGATIONS, stem


def relation(f: Features, lead: Features, cfg: AlignConfig) -> str:
    if f is lead or f.norm == lead.norm:
        return "verbatim"
    if contained(f, lead, cfg):
        return "partial"
    return "paraphrase"


def contained(q: Features, lead: Features, cfg: AlignConfig) -> bool:
    """Whether ``q`` is a part of ``lead``: word for word, or nearly (at least
    ``min_containment`` of its content words and character n-grams are in
    ``lead``, while ``lead`` is not as much in ``q``: same extent is a
    paraphrase). A translated quote is also read on its original words (its
    own, against the other's original words or English rendering)."""
    if not q.norm:
        return False
    if f" {q.norm} " in f" {lead.norm} ":
        return True
    if q.nwords >= lead.nwords or not q.tset:
        return False
    pairs: list = [(q, lead)]
    if q.o is not None and not q.back:
        pairs.append((q.o, lead.o if lead.o is not None else lead))
    elif q.o is not None:  # a back-translation is read against an original only
        if lead.o is not None and not lead.back:
            pairs.append((q.o, lead.o))
    elif lead.u is not None and not lead.back:
        pairs.append((q, lead.u))
    for a, b in pairs:
        shared = len(a.tset & b.tset)
        if not a.tset or shared / len(a.tset) < cfg.min_containment:
            continue
        # the same extent is a paraphrase (an original view + translation is read part by part)
        if any(len(a.tset & v.tset) / len(v.tset) >= cfg.min_containment
               for v in ((lead, lead.o) if b.kind == 2 else (b,)) if v.tset):
            continue
        ga, gb = grams_of(a.cstr, cfg.ngram), grams_of(b.cstr, cfg.ngram)
        if len(ga & gb) / len(ga) >= cfg.min_containment:
            return True
    return False


def _region_negation(q: Features, lead: Features) -> bool:
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


def _stems(f: Features) -> set[str]:
    """Every word of the rendering, stemmed (stopwords included)."""
    return {stem(w) for w in f.norm.split()}


def drift(q: Features, lead: Features, relation: str) -> list[str]:
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

