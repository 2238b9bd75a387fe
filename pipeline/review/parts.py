"""What the review site's pages share: names of page files, the quote
member record, and small escaped pieces (text, badges, dates, engines, diffs)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.data import Document, Quote
from pipeline.review.diff import tag
from pipeline.review.html import Markup, esc, h, join

LIST_SLOT = "\x00list\x00"  # where a page's long list goes (never in real text: NUL is stripped)

FLAG_HELP = {
    "numbers": "a number differs from the longest version",
    "negation": "a negation differs from the longest version",
    "names": "a name differs from the longest version",
    "quotes_rebuilt": "quotation marks were lost by the engine; quoted parts translated separately",
    "repetition": "the translation repeats itself",
    "redecoded": "decoded again with a repetition penalty",
    "untranslated": "no engine translated this segment",
}


def article_name(doc_id: str) -> str:
    return f"{doc_id}.html"


def cluster_name(cluster_id: str) -> str:
    return f"{cluster_id}.html"


@dataclass(slots=True)
class DocRef:
    """What a cluster page shows of a member's document (read back from the
    quote table: see ``pipeline.review.members``)."""

    doc_id: str
    path: str
    title: str | None
    date: str | None
    publisher: str | None


@dataclass(slots=True)  # made for one cluster at a time, from the quote table
class Member:
    quote: Quote
    doc: Document | DocRef
    seg: int | None = None  # the sentence of its article the quote starts in, when known

    @property
    def outlets(self) -> list[str]:
        """The outlet that published it first, then those it came through."""
        found = [self.doc.publisher] if self.doc.publisher else []
        return found + [v for v in self.quote.via if v not in found]

    @property
    def engine(self) -> str:
        return self.quote.engine or "none"


def _text(value: object, missing: str = "") -> Markup:
    """User text (article words, names), escaped."""
    if value is None or value == "":
        return h('<span class="unknown">{}</span>', missing) if missing else Markup("")
    return esc(value)


def _badge(kind: str, label: object, help_text: str | None = None) -> Markup:
    if help_text:
        return h('<span class="badge {}">{}<span class="vh"> ({})</span></span> ', kind, label, help_text)
    return h('<span class="badge {}">{}</span> ', kind, label)


def _time(date: str | None) -> Markup:
    return h('<time datetime="{0}">{0}</time>', date) if date else Markup('<span class="unknown">undated</span>')


def _stamp(stamp: str | None) -> str:
    """The ISO 8601 time as is (UTC, to the second), as run.json writes times."""
    return stamp or "?"


def _engine_short(label: str | None) -> str:
    if not label:
        return ""
    if label == "identity":
        return "identity (already English)"
    # "apertium-fr-es+spa-eng@0.9.4-1+0.8.1-2" -> "apertium"; the full label is on the page's facts
    return label.split("-", 1)[0] if "@" in label else label


def _diff_html(pieces: list[tuple[str, str]]) -> Markup:
    out = []
    for op, text in pieces:
        if op == "equal":
            out.append(esc(text))
        elif op == "gap":
            out.append(Markup('<span class="gap">…<span class="vh"> (not quoted)</span></span>'))
        else:
            words = join((h('<span class="t-{}">{}</span>', tag(w), w) if tag(w) else esc(w) for w in text.split()), " ")
            out.append(h("<{0}>{1}</{0}>", Markup(op), words))
    return join(out, " ")
