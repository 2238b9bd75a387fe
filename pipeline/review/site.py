"""Builds the review site: static HTML pages, one stylesheet, one script.

Pages (under ``OUTPUT/review/``):

- ``index.html``: the quote clusters, biggest and newest first, each with every
  member (outlet, language, date, original, English, link to the sentence);
- ``clusters/<cluster_id>.html``: one cluster, with a word diff of each member
  against the longest version;
- ``articles.html`` and ``articles/<doc_id>.html``: the articles, source and
  translation side by side, sentence by sentence, quotes highlighted;
- ``run.html``: what the run did: stages, counts, drops by reason, rejected
  inputs, signature;
- ``assets/review.css``, ``assets/review.js``: copied from the package.

Every page is complete without JavaScript; the script only filters, searches
and sorts what is there, and keeps the filters in the URL's fragment. Article
text reaches a page only through ``pipeline.review.html`` (escaped by
default); pages carry a Content-Security-Policy that allows no inline script
or style and no request beyond the site's own two files.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from pipeline import __version__
from pipeline.data import Cluster, Document
from pipeline.outputs import atomic_write
from pipeline.review import since as since_mod
from pipeline.review.article_pages import ArticlePages
from pipeline.review.cluster_pages import ClusterPages
from pipeline.review.html import Markup, h, join, plain
from pipeline.review.parts import LIST_SLOT, Member, _stamp, article_name, cluster_name
from pipeline.review.run_page import RunPage


# bump when the pages change, so an unchanged corpus is exported again
VERSION = "1"
ASSETS = ("review.css", "review.js")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'none'; base-uri 'none'; form-action 'none'")
NAV = (("index.html", "Quotes"), ("articles.html", "Articles"), ("run.html", "Run"))


# --- file layout ------------------------------------------------------------------
def review_dir(out: Path) -> Path:
    return out / "review"


def index_path(out: Path) -> Path:
    return review_dir(out) / "index.html"


def files(out: Path, docs: list[Document], clusters: list[Cluster]) -> list[Path]:
    """Every file ``write_review`` writes (its state file excepted)."""
    root = review_dir(out)
    paths = [root / "index.html", root / "articles.html", root / "run.html"]
    paths += [root / "assets" / a for a in ASSETS]
    paths += [root / "clusters" / cluster_name(c.cluster_id) for c in shown_clusters(docs, clusters)]
    paths += [root / "articles" / article_name(d.doc_id) for d in docs if d.ok]
    return paths


def shown_clusters(docs: list[Document], clusters: list[Cluster]) -> list[Cluster]:
    """The clusters with a quote from an article that was kept."""
    quotes = {q.quote_id for d in docs if d.ok for q in d.quotes}
    return [c for c in clusters if any(m in quotes for m in c.members)]


# --- what the pages are made of -----------------------------------------------------
class Site(ClusterPages, ArticlePages, RunPage):
    def __init__(self, out: Path, docs: list[Document], clusters: list[Cluster], signature: str,
                 target: str, since: since_mod.Since, generated: str | None = None):
        self.out = out
        self.root = review_dir(out)
        self.docs = docs
        self.ok = [d for d in docs if d.ok]
        self.quotes = {q.quote_id: Member(q, d) for d in self.ok for q in d.quotes}
        self.clusters = shown_clusters(docs, clusters)
        self.cluster_of = {q: c for c in self.clusters for q in c.members}
        self.signature = signature
        self.tgt = target
        self.since = since
        self.generated = generated or datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.seg_of: dict[str, int] = {}  # quote id -> the sentence it starts in (note_segments)

    # --- writing ----------------------------------------------------------------
    def write(self, articles: bool = True, keep_articles: set[str] | None = None) -> None:
        """Every page; ``articles``: the article pages too (with full documents;
        else they were written one by one and ``keep_articles`` names them)."""
        self._write_assets()
        if articles:
            for d in self.ok:
                self.note_segments(d)
        keep_clusters = set()
        for c in self.clusters:
            keep_clusters.add(cluster_name(c.cluster_id))
            path = self.root / "clusters" / cluster_name(c.cluster_id)
            if len(c.members) > self.STREAMED_MEMBERS:  # never held whole
                self._write_streamed(path, *self.cluster_page_parts(c))
            else:
                self._write(path, self.cluster_page(c))
        keep_articles = set(keep_articles or ())
        if articles:
            for d in self.ok:
                keep_articles.add(article_name(d.doc_id))
                self._write(self.root / "articles" / article_name(d.doc_id), self.article_page(d))
        self._write_streamed(self.root / "articles.html", *self.articles_page())
        self._write(self.root / "run.html", self.run_page())
        self._write_streamed(self.root / "index.html", *self.index_page())
        for folder, keep in (("clusters", keep_clusters), ("articles", keep_articles)):
            for old in (self.root / folder).glob("*.html"):  # gone from the corpus
                if old.name not in keep:
                    old.unlink()

    # a cluster page of more members than this is written piece by piece
    STREAMED_MEMBERS = 50

    def _write(self, path: Path, text: str) -> None:
        """Atomically, and only when it changed: article and cluster pages carry
        no build time, so a daily run rewrites only what is new."""
        data = text.encode("utf-8")
        try:
            if path.read_bytes() == data:
                return
        except OSError:
            pass
        with atomic_write(path, "wb") as fh:
            fh.write(data)

    def _write_streamed(self, path: Path, page: str, items: Iterator[Markup]) -> None:
        """A page whose long list is written item by item into its slot (an
        unchanged page is still left untouched: see atomic_write)."""
        head, slot, tail = page.partition(LIST_SLOT)
        with atomic_write(path, "wb") as fh:
            fh.write(head.encode("utf-8"))
            if slot:
                for item in items:
                    fh.write(str(item).encode("utf-8"))
            fh.write(tail.encode("utf-8"))

    def _write_assets(self) -> None:
        static = resources.files("pipeline.review") / "static"
        for name in ASSETS:
            data = (static / name).read_bytes()
            target = self.root / "assets" / name
            if target.is_file() and target.read_bytes() == data:
                continue
            with atomic_write(target, "wb") as fh:
                fh.write(data)

    # --- page frame -----------------------------------------------------------------
    def page(self, title: str, body: Markup, depth: int = 0, current: str | None = None) -> str:
        up = "../" * depth
        nav = join(
            h('<li><a href="{}"{}>{}</a></li>', up + target,
              Markup(' aria-current="page"') if target == current else Markup(""), label)
            for target, label in NAV
        )
        return h(
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            '<meta name="referrer" content="no-referrer">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>{title} · newsquote review</title>\n'
            '<link rel="stylesheet" href="{up}assets/review.css">\n'
            '<script src="{up}assets/review.js" defer></script>\n</head>\n<body>\n'
            '<a class="skip" href="#main">Skip to content</a>\n'
            '<header class="site">\n<p class="brand"><a href="{up}index.html">newsquote review</a></p>\n'
            '<nav aria-label="Views"><ul>{nav}</ul></nav>\n'
            '{built}</header>\n'
            '<main id="main" tabindex="-1">\n{body}\n</main>\n'
            '<footer class="site"><p>Signature <code>{sig}</code> · pipeline {version}</p></footer>\n'
            '</body>\n</html>\n',
            csp=CSP, title=plain(title), up=up, nav=nav, body=body, sig=self.signature, version=__version__,
            built=h('<p class="generated">built <time datetime="{0}">{1}</time></p>\n',
                    self.generated, _stamp(self.generated)) if depth == 0 else Markup(""),
        )

    # --- filters --------------------------------------------------------------------------
    def filter_form(self, facets, quotes: bool) -> Markup:
        """The filter controls (hidden until the script runs: without it there
        is nothing to filter with). ``facets``: members or article facet dicts."""
        values: dict[str, set] = defaultdict(set)
        dates = set()
        for f in facets:
            if isinstance(f, Member):
                f = {"outlet": f.outlets, "lang": [f.quote.lang or ""], "engine": [f.engine],
                     "speaker": [self.cluster_of[f.quote.quote_id].speaker or "(unattributed)"
                                 if f.quote.quote_id in self.cluster_of else "(unattributed)"],
                     "date": f.doc.date}
            for key in ("outlet", "lang", "engine", "speaker"):
                values[key].update(v for v in f[key] if v)
            if f["date"]:
                dates.add(f["date"])

        def select(name: str, label: str, options: set) -> Markup:
            opts = join(h('<option value="{}">{}</option>', v, plain(v)) for v in sorted(options, key=str.casefold))
            return h('<p class="field"><label for="f-{n}">{l}</label>'
                     '<select id="f-{n}" name="{n}"><option value="">all</option>{o}</select></p>',
                     n=name, l=label, o=opts)

        lo, hi = (min(dates), max(dates)) if dates else ("", "")
        search_label = "Search quotes" if quotes else "Search titles"
        sort = (Markup('<p class="field"><label for="f-sort">Order</label><select id="f-sort" name="sort">'
                       '<option value="">biggest first</option><option value="newest">newest first</option>'
                       '<option value="new">new since previous run first</option></select></p>')
                if quotes else Markup(""))
        new = (Markup('<p class="field check"><input type="checkbox" id="f-new" name="new" value="1">'
                      '<label for="f-new">only new</label></p>') if quotes else Markup(""))
        return h(
            '<form id="filters" class="filters" role="search" aria-label="Filters" hidden>\n'
            '<p class="field wide"><label for="f-q">{search_label}</label>'
            '<input type="search" id="f-q" name="q" autocomplete="off" placeholder="words, names…"></p>\n'
            '{speaker}{outlet}{lang}{engine}\n'
            '<p class="field"><label for="f-from">From</label><input type="date" id="f-from" name="from" min="{lo}" max="{hi}"></p>'
            '<p class="field"><label for="f-to">To</label><input type="date" id="f-to" name="to" min="{lo}" max="{hi}"></p>\n'
            '{new}{sort}<p class="field"><button type="reset">Clear filters</button></p>\n</form>',
            search_label=search_label, speaker=select("speaker", "Speaker", values["speaker"]),
            outlet=select("outlet", "Outlet", values["outlet"]), lang=select("lang", "Language", values["lang"]),
            engine=select("engine", "Engine", values["engine"]), lo=lo, hi=hi, new=new, sort=sort,
        )


# --- small pieces -------------------------------------------------------------------------
class Builder:
    """The site written in one pass over the documents: ``article`` for each
    (full) document as the export streams them, then ``finish`` for the pages
    made from every document's shell (clusters, lists, run). Call it before
    export rewrites ``quotes/clusters.jsonl``: without a state file of its own,
    the previous clusters file says what was there before this run."""

    def __init__(self, out: Path, docs: list[Document], clusters: list[Cluster], signature: str, target: str):
        self.root = review_dir(out)
        self.since = since_mod.compute(self.root, out / "quotes" / "clusters.jsonl", clusters)
        self.site = Site(out, docs, clusters, signature, target, self.since)
        self.keep: set[str] = set()

    def article(self, d: Document, write: bool = True) -> None:
        """Note the full document ``d``; write its page unless ``write`` is
        False (the export knows it is unchanged) and the page is there."""
        if d.ok:
            self.site.note_segments(d)
            self.keep.add(article_name(d.doc_id))
            page = self.root / "articles" / article_name(d.doc_id)
            if write or not page.is_file():
                self.site._write(page, self.site.article_page(d))

    def finish(self) -> None:
        self.site.write(articles=False, keep_articles=self.keep)
        since_mod.save(self.root, self.since)


def write_review(out: Path, docs: list[Document], clusters: list[Cluster], signature: str, target: str) -> None:
    """Write the review site under ``out/review`` from full documents (see Builder)."""
    builder = Builder(out, docs, clusters, signature, target)
    for d in docs:
        builder.article(d)
    builder.finish()
