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

import weakref
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
from pipeline.review.members import ArticleQuotes, Facets, QuoteTable, segments_of
from pipeline.review.parts import LIST_SLOT, _stamp, article_name, cluster_name
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


def files(out: Path, docs: list[Document], clusters: list[Cluster]) -> Iterator[Path]:
    """Every file ``write_review`` writes (its state file excepted), one at a time."""
    root = review_dir(out)
    yield from (root / "index.html", root / "articles.html", root / "run.html")
    yield from (root / "assets" / a for a in ASSETS)
    yield from (root / "clusters" / cluster_name(c.cluster_id) for c in shown_clusters(docs, clusters))
    yield from (root / "articles" / article_name(d.doc_id) for d in docs if d.ok)


def shown_clusters(docs: list[Document], clusters: list[Cluster]) -> list[Cluster]:
    """The clusters with a quote from an article that was kept. Documents
    that carry no quote at all are taken for shells that were given none (the
    runner's, after alignment; its clusters hold only quotes of kept articles):
    every cluster is shown then. (The site itself shows the clusters it
    recorded a quote of: see ``Site.counted``.)"""
    quotes = {q.quote_id for d in docs if d.ok for q in d.quotes}
    if not quotes:
        return list(clusters)
    return [c for c in clusters if any(m in quotes for m in c.members)]


# --- what the pages are made of -----------------------------------------------------
class Site(ClusterPages, ArticlePages, RunPage):
    """The pages. ``docs``: every document, shells or full (their quotes are
    not read: ``record`` is given each kept article in full); the quotes are
    kept in a ``QuoteTable`` on disk until ``write``. Call ``close`` (or
    ``write``) to remove the table."""

    def __init__(self, out: Path, docs: list[Document], clusters: list[Cluster], signature: str,
                 target: str, since: since_mod.Since, generated: str | None = None):
        self.out = out
        self.root = review_dir(out)
        self.docs = docs
        self.ok = [d for d in docs if d.ok]
        self.all_clusters = clusters
        self.by_id = {c.cluster_id: c for c in clusters}
        self.clusters = list(clusters)  # until write: those with a recorded quote
        self.signature = signature
        self.tgt = target
        self.since = since
        self.generated = generated or datetime.now(timezone.utc).isoformat(timespec="seconds")
        # the article page being written: quote id -> its cluster, -> the sentence it starts in
        self.cluster_of: dict[str, Cluster] = {}
        self.seg_of: dict[str, int] = {}
        by_id = self.by_id
        self.table = QuoteTable(out, clusters, lambda cid: by_id[cid].speaker)

    def close(self) -> None:
        self.table.close()

    def record(self, d: Document) -> None:
        """Record the full kept article ``d``'s quotes, and make it the one
        ``article_page`` shows (``cluster_of``, ``seg_of``)."""
        where = self.table.clusters_of([q.quote_id for q in d.quotes])
        self.seg_of = segments_of(d)
        self.cluster_of = {q: self.by_id[c] for q, c in where.items()}
        self.table.add(d, self.seg_of, where)

    def counted(self) -> None:
        """Once every article is recorded: the clusters shown (those with a
        recorded quote) and the counts of the lists and the run page."""
        for d in self.ok:  # an article never given to record: its shell's quotes, if any
            if not self.table.was_recorded(d.doc_id):
                self.table.add(d, {}, self.table.clusters_of([q.quote_id for q in d.quotes]), recorded=False)
        docs = self.table.documents_per_cluster()
        self.clusters = [c for c in self.all_clusters if c.cluster_id in docs]
        # clusters with no recorded quote (few or none): their old pages go
        self.hidden = {c.cluster_id for c in self.all_clusters if c.cluster_id not in docs}
        self.multi_article = sum(1 for c in self.clusters if docs[c.cluster_id] > 1)
        self.n_quotes = self.n_unattributed = 0
        self.article_facets = Facets()
        for d in self.ok:
            a = self.article_quotes(d)
            self.n_quotes += a.quotes
            self.n_unattributed += a.unattributed
            self.article_facets.add(a.outlets, [d.lang or ""], self._doc_engines(d), a.speakers, d.date)

    def article_quotes(self, d: Document) -> ArticleQuotes:
        found = self.table.article(d.doc_id)
        return found if found is not None else ArticleQuotes.of(d)

    # --- writing ----------------------------------------------------------------
    def write(self) -> None:
        """Every page but the articles' (written one by one as they are
        recorded), then the table is removed."""
        try:
            self._write_pages()
        finally:
            self.close()

    def _write_pages(self) -> None:
        self.counted()
        self._write_assets()
        for c in self.clusters:
            path = self.root / "clusters" / cluster_name(c.cluster_id)
            if self.big(c):  # never held whole
                self._write_streamed(path, *self.cluster_page_parts(c))
            else:
                self._write(path, self.cluster_page(c))
        self._write_streamed(self.root / "articles.html", *self.articles_page())
        self._write(self.root / "run.html", self.run_page())
        self._write_streamed(self.root / "index.html", *self.index_page())
        # pages of clusters and articles gone from the corpus; told by their
        # names (``cluster_name``, ``article_name``), not by sets of the names
        # written, which would hold a string per page
        for folder, keep in (("clusters", lambda cid: cid in self.by_id and cid not in self.hidden),
                             ("articles", self.table.was_recorded)):
            for old in (self.root / folder).glob("*.html"):
                if not keep(old.name[: -len(".html")]):
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
    def filter_form(self, facets: Facets, quotes: bool) -> Markup:
        """The filter controls (hidden until the script runs: without it there
        is nothing to filter with), offering the values of ``facets``."""
        values = facets.values

        def select(name: str, label: str, options: set) -> Markup:
            opts = join(h('<option value="{}">{}</option>', v, plain(v)) for v in sorted(options, key=str.casefold))
            return h('<p class="field"><label for="f-{n}">{l}</label>'
                     '<select id="f-{n}" name="{n}"><option value="">all</option>{o}</select></p>',
                     n=name, l=label, o=opts)

        lo, hi = facets.lo or "", facets.hi or ""
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
    full document as the export streams them (its page, and its quotes
    recorded in the site's table), then ``finish`` for the pages made from
    every article (clusters, lists, run) and the documents' shells (counts,
    rejected inputs), whose quotes are not read. Call it before export
    rewrites ``quotes/clusters.jsonl``: without a state file of its own, the
    previous clusters file says what was there before this run. The table's
    file is removed by ``finish``, or when the builder is dropped unfinished
    (an error in the export)."""

    def __init__(self, out: Path, docs: list[Document], clusters: list[Cluster], signature: str, target: str):
        self.root = review_dir(out)
        self.since = since_mod.compute(self.root, out / "quotes" / "clusters.jsonl", clusters)
        self.site = Site(out, docs, clusters, signature, target, self.since)
        self._drop = weakref.finalize(self, self.site.table.close)

    def article(self, d: Document, write: bool = True) -> None:
        """Record the full document ``d``; write its page unless ``write`` is
        False (the export knows it is unchanged) and the page is there."""
        if d.ok:
            self.site.record(d)
            page = self.root / "articles" / article_name(d.doc_id)
            if write or not page.is_file():
                self.site._write(page, self.site.article_page(d))

    def finish(self) -> None:
        try:
            self.site.write()
        finally:
            self._drop()
        since_mod.save(self.root, self.since)


def write_review(out: Path, docs: list[Document], clusters: list[Cluster], signature: str, target: str) -> None:
    """Write the review site under ``out/review`` from full documents (see Builder)."""
    builder = Builder(out, docs, clusters, signature, target)
    for d in docs:
        builder.article(d)
    builder.finish()
