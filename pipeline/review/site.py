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

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from pipeline import __version__
from pipeline.data import Cluster, Document, Quote, Segment, stage_totals
from pipeline.formats.common import quotes_in
from pipeline.outputs import atomic_write
from pipeline.review import since as since_mod
from pipeline.review.diff import changed_words, tag, word_diff
from pipeline.review.html import Markup, attr_json, esc, h, href, join, plain


# bump when the pages change, so an unchanged corpus is exported again
VERSION = "1"
LIST_SLOT = "\x00list\x00"  # where a page's long list goes (never in real text: NUL is stripped)
ASSETS = ("review.css", "review.js")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'none'; base-uri 'none'; form-action 'none'")
NAV = (("index.html", "Quotes"), ("articles.html", "Articles"), ("run.html", "Run"))
FLAG_HELP = {
    "numbers": "a number differs from the longest version",
    "negation": "a negation differs from the longest version",
    "names": "a name differs from the longest version",
    "quotes_rebuilt": "quotation marks were lost by the engine; quoted parts translated separately",
    "repetition": "the translation repeats itself",
    "redecoded": "decoded again with a repetition penalty",
    "untranslated": "no engine translated this segment",
}


# --- file layout ------------------------------------------------------------------
def review_dir(out: Path) -> Path:
    return out / "review"


def index_path(out: Path) -> Path:
    return review_dir(out) / "index.html"


def article_name(doc_id: str) -> str:
    return f"{doc_id}.html"


def cluster_name(cluster_id: str) -> str:
    return f"{cluster_id}.html"


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
@dataclass
class Member:
    quote: Quote
    doc: Document

    @property
    def outlets(self) -> list[str]:
        """The outlet that published it first, then those it came through."""
        found = [self.doc.publisher] if self.doc.publisher else []
        return found + [v for v in self.quote.via if v not in found]

    @property
    def engine(self) -> str:
        return self.quote.engine or "none"


class Site:
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
            self._write(self.root / "clusters" / cluster_name(c.cluster_id), self.cluster_page(c))
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

    # --- quotes: clusters -------------------------------------------------------------
    def members(self, c: Cluster) -> list[Member]:
        found = [self.quotes[q] for q in c.members if q in self.quotes]
        # the longest version first, then by date and outlet
        found.sort(key=lambda m: (m.quote.quote_id != c.longest, m.doc.date or "9999", m.outlets[:1], m.quote.quote_id))
        return found

    def ordered_clusters(self) -> list[Cluster]:
        """Biggest first, then newest (first seen), then by id for a stable order."""
        by_date = sorted(self.clusters, key=lambda c: c.cluster_id)
        by_date.sort(key=lambda c: c.first_seen or "", reverse=True)
        by_date.sort(key=lambda c: len(c.members), reverse=True)
        return by_date

    def index_page(self) -> tuple[str, Iterator[Markup]]:
        """The page with a slot where its cluster cards go, and the cards: the
        page is written piece by piece (``_write_streamed``), never held whole."""
        clusters = self.ordered_clusters()
        cards = Markup(LIST_SLOT) if clusters else None
        multi = sum(1 for c in clusters if len({self.quotes[q].doc.doc_id for q in c.members if q in self.quotes}) > 1)
        n_quotes = sum(len(d.quotes) for d in self.ok)
        members = [m for c in clusters for m in self.members(c)]
        body = h(
            '<h1>Quotes</h1>\n<p class="lede">{n} clusters ({multi} reported by more than one article), '
            '{q} quotes from {d} articles. {since}</p>\n{filters}\n'
            '<section aria-labelledby="clusters-h">\n<h2 id="clusters-h" class="vh">Clusters</h2>\n'
            '<p id="shown" class="shown" aria-live="polite"></p>\n'
            '<div class="clusters" data-list>\n{cards}\n</div>\n'
            '<p class="empty" data-empty hidden>No cluster matches these filters.</p>\n</section>',
            n=len(clusters), multi=multi, q=n_quotes, d=len(self.ok), since=self.since_line(),
            filters=self.filter_form(members, quotes=True), cards=cards or Markup("<p>No quotes yet.</p>"),
        )
        return self.page("Quotes", body, current="index.html"), (self.cluster_card(c) for c in clusters)

    def since_line(self) -> Markup:
        s = self.since
        if s.first:
            return Markup("No previous run to compare with: every cluster is marked new.")
        return h('New since the previous run that changed the clusters (<time datetime="{0}">{1}</time>): '
                 '{2} new clusters, {3} new relays of known quotes.',
                 s.baseline_at, _stamp(s.baseline_at), len(s.new_clusters), len(s.new_relays))

    def cluster_card(self, c: Cluster) -> Markup:
        members = self.members(c)
        lead = self.quotes.get(c.longest) or members[0]
        is_new = c.cluster_id in self.since.new_clusters
        relays = sum(1 for m in members if m.quote.quote_id in self.since.new_relays)
        rows = join(self.member_row(m, c) for m in members)
        dates = [m.doc.date for m in members if m.doc.date]
        drift = Counter(f for m in members for f in m.quote.drift)
        return h(
            '<article class="cluster" id="c-{cid}" data-item data-f-speaker="{speaker_f}"{new} '
            'data-size="{size}" data-first="{first}" data-last="{last}">\n'
            '<header>\n<h3><a href="{link}">{speaker}</a></h3>\n'
            '<p class="meta">{badges}first seen {first_html} · {size} {versions} · {langs} · {outlets}</p>\n'
            '</header>\n'
            '<blockquote class="lead ut" dir="auto" lang="{tgt}">{lead}</blockquote>\n'
            '<table class="members">\n<caption class="vh">Every report of this quote</caption>\n'
            '<colgroup><col class="c-outlet"><col class="c-lang"><col class="c-date"><col class="c-text">'
            '<col class="c-text"><col class="c-flags"></colgroup>\n'
            '<thead><tr><th scope="col">Outlet</th><th scope="col">Lang.</th><th scope="col">Date</th>'
            '<th scope="col">Original</th><th scope="col">English</th><th scope="col">Flags</th></tr></thead>\n'
            '<tbody>{rows}</tbody>\n</table>\n</article>\n',
            cid=c.cluster_id, speaker_f=attr_json([c.speaker or "(unattributed)"]),
            new=Markup(' data-new="1"') if is_new else Markup(""),
            size=len(members), first=c.first_seen or "", last=max(dates) if dates else "",
            link=href("clusters", cluster_name(c.cluster_id)), speaker=self.speaker_html(c.speaker),
            badges=join([
                _badge("new", "new cluster") if is_new else "",
                _badge("new", f"{relays} new relay{'s' if relays > 1 else ''}") if relays else "",
                join(_badge(f"drift {f}", f"{f} ×{n}", FLAG_HELP[f]) for f, n in sorted(drift.items())),
            ]),
            first_html=_time(c.first_seen), versions="version" if len(members) == 1 else "versions",
            langs=", ".join(c.languages) or "?", outlets=", ".join(c.outlets) or "outlet unknown",
            tgt=self.tgt, lead=_text(lead.quote.translation or lead.quote.text), rows=rows,
        )

    def member_row(self, m: Member, c: Cluster) -> Markup:
        q, d = m.quote, m.doc
        seg = self.seg_of.get(q.quote_id)
        link = href("articles", article_name(d.doc_id), fragment=f"s-{seg}" if seg is not None else None)
        is_relay = q.quote_id in self.since.new_relays
        flags = [
            _badge("longest", "longest") if q.quote_id == c.longest else "",
            _badge("rel", q.relation) if q.relation and q.quote_id != c.longest else "",
            join(_badge(f"drift {f}", f, FLAG_HELP.get(f)) for f in q.drift),
            _badge("new", "new relay") if is_relay else "",
        ]
        return h(
            '<tr data-member data-f-outlet="{fo}" data-f-lang="{fl}" data-f-engine="{fe}" data-date="{date}"{new}>'
            '<th scope="row">{outlet}{via}</th><td>{lang}</td><td>{date_html}</td>'
            '<td><p class="ut" dir="auto" lang="{lang}">{text}</p>'
            '<a class="go" href="{link}">sentence in article<span class="vh">: {title}</span></a></td>'
            '<td><p class="ut" dir="auto" lang="{tgt}">{translation}</p><p class="engine">{engine}</p></td>'
            '<td>{flags}</td></tr>\n',
            fo=attr_json(m.outlets), fl=attr_json([q.lang or ""]), fe=attr_json([m.engine]),
            date=d.date or "", new=Markup(' data-new="1"') if is_relay else Markup(""),
            outlet=_text(d.publisher or "unknown outlet"), via=self.via_html(q, d),
            lang=q.lang or "?", date_html=_time(d.date), text=_text(q.text), link=link,
            title=d.title or d.path, tgt=self.tgt, translation=_text(q.translation, missing="(not translated)"),
            engine=_engine_short(q.engine), flags=join(flags),
        )

    def via_html(self, q: Quote, d: Document) -> Markup:
        via = [v for v in q.via if v != d.publisher]
        return h('<span class="via">via {}</span>', _text(", ".join(via))) if via else Markup("")

    def speaker_html(self, speaker: str | None) -> Markup:
        return _text(speaker) if speaker else Markup('<span class="unknown">Unattributed</span>')

    def note_segments(self, d: Document) -> None:
        """Remember, for each quote of the full document ``d``, the sentence it
        starts in (cluster pages link to it after the article is gone)."""
        starts = [s.start for s in d.segments]
        for q in d.quotes:
            i = bisect.bisect_right(starts, q.start) - 1
            if i >= 0 and d.segments[i].start <= q.start < d.segments[i].end:
                self.seg_of[q.quote_id] = d.segments[i].seg_id
        return None

    # --- one cluster ---------------------------------------------------------------------
    def cluster_page(self, c: Cluster) -> str:
        members = self.members(c)
        lead = self.quotes.get(c.longest) or members[0]
        sections = join(self.member_section(m, c, lead) for m in members)
        is_new = c.cluster_id in self.since.new_clusters
        body = h(
            '<nav class="crumbs" aria-label="Breadcrumb"><a href="../index.html">Quotes</a> › cluster {cid}</nav>\n'
            '<h1>{speaker}</h1>\n{new}'
            '<blockquote class="lead ut" dir="auto" lang="{tgt}">{lead}</blockquote>\n'
            '<dl class="facts">\n<dt>First seen</dt><dd>{first}</dd>\n<dt>Versions</dt><dd>{n}</dd>\n'
            '<dt>Languages</dt><dd>{langs}</dd>\n<dt>Outlets</dt><dd>{outlets}</dd>\n'
            '<dt>English wordings</dt><dd>{variants}</dd>\n</dl>\n'
            '<p class="legend">Diff against the longest version: <del>words it has that this version lacks</del> '
            '<ins>words only this version has</ins>; changed numbers and negations are '
            '<span class="t-number">boxed</span>; “…” is the part a partial quote leaves out.</p>\n'
            '<section aria-labelledby="members-h">\n<h2 id="members-h">Every report</h2>\n{sections}\n</section>',
            cid=c.cluster_id, speaker=self.speaker_html(c.speaker),
            new=_badge("new", "new cluster") if is_new else Markup(""), tgt=self.tgt,
            lead=_text(lead.quote.translation or lead.quote.text), first=_time(c.first_seen), n=len(members),
            langs=", ".join(c.languages), outlets=", ".join(c.outlets) or "unknown", variants=len(c.variants),
            sections=sections,
        )
        return self.page(f"Quote by {c.speaker or 'an unknown speaker'}", body, depth=1)

    def member_section(self, m: Member, c: Cluster, lead: Member) -> Markup:
        q, d = m.quote, m.doc
        seg = self.seg_of.get(q.quote_id)
        link = "../" + href("articles", article_name(d.doc_id), fragment=f"s-{seg}" if seg is not None else None)
        if m is lead:
            diff = Markup('<p class="note">This is the longest version, the one the others are compared with.</p>')
        else:
            pieces = word_diff(lead.quote.translation or lead.quote.text, q.translation or q.text,
                               partial=q.relation == "partial")
            diff = h('<p class="diff ut" dir="auto" lang="{}">{}</p><p class="note">{} changed words</p>',
                     self.tgt, _diff_html(pieces), changed_words(pieces))
        flags = [
            _badge("longest", "longest") if m is lead else "",
            _badge("rel", q.relation) if q.relation and m is not lead else "",
            join(_badge(f"drift {f}", f, FLAG_HELP.get(f)) for f in q.drift),
            _badge("new", "new relay") if q.quote_id in self.since.new_relays else "",
        ]
        return h(
            '<section class="member" id="m-{qid}" aria-labelledby="m-{qid}-h">\n'
            '<h3 id="m-{qid}-h">{outlet}{via} <span class="sub">{lang} · {date}</span></h3>\n'
            '<p class="meta">{flags} <span class="engine">{engine}</span></p>\n'
            '<div class="pair three"><div><h4>Original</h4><p class="ut" dir="auto" lang="{lang}">{text}</p></div>\n'
            '<div><h4>English</h4><p class="ut" dir="auto" lang="{tgt}">{translation}</p></div>\n'
            '<div><h4>Against the longest version</h4>\n{diff}</div></div>\n'
            '<p class="src"><a class="go" href="{link}">The sentence in “<span class="ut" dir="auto">{title}</span>”</a>'
            ' <span class="note">speaker: {note}</span></p>\n</section>\n',
            qid=q.quote_id, outlet=_text(d.publisher or "unknown outlet"), via=self.via_html(q, d),
            lang=q.lang or "?", date=_time(d.date), flags=join(flags), engine=q.engine or "",
            text=_text(q.text), tgt=self.tgt, translation=_text(q.translation, missing="(not translated)"),
            diff=diff, link=link, title=d.title or d.path, note=_text(q.speaker_note or "—"),
        )

    # --- articles -------------------------------------------------------------------------
    def articles_page(self) -> tuple[str, Iterator[Markup]]:
        """The page with a slot for its rows, and the rows (see index_page)."""
        docs = sorted(self.ok, key=lambda d: (d.date or "", d.path), reverse=True)
        rows = Markup(LIST_SLOT)
        body = h(
            '<h1>Articles</h1>\n<p class="lede">{n} articles; {r} rejected inputs are listed on the '
            '<a href="run.html#rejected">run page</a>.</p>\n{filters}\n'
            '<p id="shown" class="shown" aria-live="polite"></p>\n'
            '<table class="articles">\n<caption class="vh">Articles</caption>\n'
            '<colgroup><col class="c-title"><col class="c-outlet"><col class="c-date"><col class="c-lang">'
            '<col class="c-num"><col class="c-num"><col class="c-eng"></colgroup>\n'
            '<thead><tr><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Date</th>'
            '<th scope="col">Lang.</th><th scope="col">Sentences</th><th scope="col">Quotes</th>'
            '<th scope="col">Engines and flags</th></tr></thead>\n<tbody data-list>{rows}</tbody>\n</table>\n'
            '<p class="empty" data-empty hidden>No article matches these filters.</p>',
            n=len(docs), r=len(self.docs) - len(self.ok), filters=self.filter_form(self._article_facets(), quotes=False),
            rows=rows,
        )
        return self.page("Articles", body, current="articles.html"), (self.article_row(d) for d in docs)

    def _doc_outlets(self, d: Document) -> list[str]:
        found = [d.publisher] if d.publisher else []
        for o in [*d.relayed_outlets, *d.source_outlets, *(v for q in d.quotes for v in q.via)]:
            if o not in found:
                found.append(o)
        return found

    def _doc_engines(self, d: Document) -> list[str]:
        return list(d.facts()["engines"])

    def _article_facets(self) -> list[dict]:
        return [{"outlet": self._doc_outlets(d), "lang": [d.lang or ""], "engine": self._doc_engines(d),
                 "speaker": [q.speaker or "(unattributed)" for q in d.quotes], "date": d.date}
                for d in self.ok]

    def article_row(self, d: Document) -> Markup:
        facts = d.facts()
        flags = Counter(facts["flags"])
        untranslated = len(facts["untranslated"])
        if untranslated:
            flags["untranslated"] = untranslated
        return h(
            '<tr data-item data-member data-f-outlet="{fo}" data-f-lang="{fl}" data-f-engine="{fe}" '
            'data-f-speaker="{fs}" data-date="{date}">'
            '<th scope="row"><a href="{link}" class="ut" dir="auto">{title}</a><span class="path">{path}</span></th>'
            '<td>{outlet}</td><td>{date_html}</td><td>{lang}</td><td class="num">{segs}</td>'
            '<td class="num">{quotes}</td><td>{engines}{flags}</td></tr>\n',
            fo=attr_json(self._doc_outlets(d)), fl=attr_json([d.lang or ""]), fe=attr_json(self._doc_engines(d)),
            fs=attr_json(sorted({q.speaker or "(unattributed)" for q in d.quotes})), date=d.date or "",
            link=href("articles", article_name(d.doc_id)), title=d.title or d.path, path=d.path,
            outlet=_text(d.publisher or "—"), date_html=_time(d.date), lang=d.lang or "?",
            segs=facts["segments"], quotes=len(d.quotes),
            engines=join(h('<span class="engine">{}</span> ', _engine_short(e)) for e in self._doc_engines(d)),
            flags=join(_badge("flag", f"{f} ×{n}", FLAG_HELP.get(f)) for f, n in sorted(flags.items())),
        )

    def article_page(self, d: Document) -> str:
        quotes = sorted(d.quotes, key=lambda q: (q.start, q.end))
        engines = self._doc_engines(d)
        rows, para = [], None
        for s in d.segments:
            rows.append(self.segment_row(d, s, quotes, new_para=para is not None and s.para != para))
            para = s.para
        quote_rows = join(self.article_quote_row(d, q) for q in quotes)
        quote_table = h(
            '<table class="quotes">\n<caption class="vh">Quotes in this article</caption>\n'
            '<colgroup><col class="c-text"><col class="c-text"><col class="c-who"><col class="c-who"></colgroup>\n'
            '<thead><tr><th scope="col">Quote</th><th scope="col">English</th><th scope="col">Speaker</th>'
            '<th scope="col">Via and cluster</th></tr></thead>\n<tbody>{}</tbody>\n</table>', quote_rows,
        ) if quotes else Markup('<p>No quotation found in this article.</p>')
        body = h(
            '<nav class="crumbs" aria-label="Breadcrumb"><a href="../articles.html">Articles</a> › {path}</nav>\n'
            '<h1 class="ut" dir="auto" lang="{lang}">{title}</h1>\n'
            '<dl class="facts">\n<dt>Outlet</dt><dd>{outlet}</dd>\n<dt>Relays</dt><dd>{relays}</dd>\n'
            '<dt>Date</dt><dd>{date}</dd>\n<dt>Language</dt><dd>{lang}</dd>\n<dt>File</dt><dd>{path}</dd>\n'
            '<dt>Engines</dt><dd>{engines}</dd>\n<dt>Quotes</dt><dd><a href="#quotes">{nq} (list below the text)</a></dd>\n</dl>\n'
            '<section aria-labelledby="text-h">\n<h2 id="text-h">Text and translation</h2>\n'
            '<p class="legend"><mark class="sample">Highlighted</mark> text is quoted: hover over it or move to it '
            'with the Tab key to see who is quoted and through which outlet.</p>\n'
            '<table class="bitext">\n<caption class="vh">Sentence by sentence</caption>\n'
            '<colgroup><col class="c-num"><col class="c-src"><col class="c-tgt"><col class="c-eng"></colgroup>\n'
            '<thead><tr><th scope="col">#</th><th scope="col">Source ({lang})</th>'
            '<th scope="col">Translation ({tgt})</th><th scope="col">Engine</th></tr></thead>\n'
            '<tbody>{rows}</tbody>\n</table>\n</section>\n'
            '<section aria-labelledby="quotes-h" id="quotes">\n<h2 id="quotes-h">Quotes</h2>\n{quote_table}\n</section>',
            path=d.path, lang=d.lang or "?", title=d.title or d.path, outlet=_text(d.publisher or "unknown"),
            relays=_text(", ".join(self._doc_outlets(d)[1 if d.publisher else 0:]) or "—"), date=_time(d.date),
            engines=join(h("<code>{}</code> ", e) for e in engines) or "—", quote_table=quote_table,
            tgt=self.tgt, rows=join(rows), nq=len(quotes),
        )
        return self.page(d.title or d.path, body, depth=1)

    def article_quote_row(self, d: Document, q: Quote) -> Markup:
        c = self.cluster_of.get(q.quote_id)
        seg = self.seg_of.get(q.quote_id)
        others = len(c.members) - 1 if c else 0
        count = "no other report" if not others else f"{others} other report{'' if others == 1 else 's'}"
        cluster = (h('<a href="{}">cluster</a> ({})', "../" + href("clusters", cluster_name(c.cluster_id)), count)
                   if c else Markup(""))
        return h(
            '<tr><td><a class="ut" dir="auto" lang="{lang}" href="#{anchor}">{text}</a></td>'
            '<td><span class="ut" dir="auto" lang="{tgt}">{translation}</span></td>'
            '<td>{speaker}</td><td>{via} {cluster}</td></tr>\n',
            lang=q.lang or "", anchor=f"s-{seg}" if seg is not None else "", text=_text(q.text), tgt=self.tgt,
            translation=_text(q.translation, missing="—"), speaker=self.speaker_html(q.speaker),
            via=_text(", ".join(q.via) or "—"), cluster=cluster,
        )

    def segment_row(self, d: Document, s: Segment, quotes: list[Quote], new_para: bool) -> Markup:
        inside = quotes_in(d, s)  # by bisection: an article of 5,000 quotes stays linear
        source = self.marked(d, s.text, s.start, inside)
        if s.translation is None:
            translation = Markup('<span class="unknown">(not translated)</span>')
        elif s.engine == "identity" and s.translation == s.text:
            translation = source
        else:
            translation = self.marked_translation(d, s.translation, inside)
        flags = list(s.flags) + (["untranslated"] if s.translation is None else [])
        return h(
            '<tr id="s-{n}"{cls}><th scope="row">{n}</th><td class="ut" dir="auto" lang="{lang}">{source}</td>'
            '<td class="ut tgt" dir="auto" lang="{tgt}">{translation}</td>'
            '<td><span class="engine">{engine}</span>{flags}</td></tr>\n',
            n=s.seg_id, cls=Markup(' class="para"') if new_para else Markup(""), lang=s.lang or d.lang or "",
            source=source, tgt=self.tgt, translation=translation, engine=_engine_short(s.engine),
            flags=join(_badge("flag", f, FLAG_HELP.get(f)) for f in flags),
        )

    def marked(self, d: Document, text: str, offset: int, quotes: list[Quote]) -> Markup:
        """``text`` (at ``offset`` in the document) with each quoted part in a
        focusable <mark> that shows who is quoted, through whom."""
        if not quotes:
            return _text(text)
        cuts = {0, len(text)}
        for q in quotes:
            cuts.update(min(max(p - offset, 0), len(text)) for p in (q.start, q.end))
        points = sorted(cuts)
        out = []
        for a, b in zip(points, points[1:]):
            covering = [q for q in quotes if q.start <= offset + a and q.end >= offset + b]
            piece = text[a:b]
            out.append(self.mark(d, piece, covering) if covering else _text(piece))
        return join(out)

    def marked_translation(self, d: Document, translation: str, quotes: list[Quote]) -> Markup:
        """A quote's own translation highlighted where the sentence's translation
        contains it word for word (translated separately, it often does not)."""
        spans = []
        for q in quotes:
            t = (q.translation or "").strip()
            at = translation.find(t) if len(t) > 1 else -1
            if at >= 0 and not any(a < at + len(t) and at < b for a, b, _ in spans):
                spans.append((at, at + len(t), q))
        out, pos = [], 0
        for a, b, q in sorted(spans, key=lambda x: x[0]):
            out += [_text(translation[pos:a]), self.mark(d, translation[a:b], [q])]
            pos = b
        out.append(_text(translation[pos:]))
        return join(out)

    def mark(self, d: Document, piece: str, quotes: list[Quote]) -> Markup:
        tips = []
        for q in quotes:
            c = self.cluster_of.get(q.quote_id)
            via = ", ".join(q.via) or d.publisher or "no relaying outlet found"
            others = len(c.members) - 1 if c else 0
            tips.append(h('<span class="tip-line"><b>{}</b> · via {}{}</span>',
                          q.speaker or "speaker unknown", via,
                          f" · reported {others} more time{'s' if others > 1 else ''}" if others else ""))
        return h('<mark class="q{cls}" tabindex="0">{piece}<span class="tip" role="tooltip">{tips}</span></mark>',
                 cls=" nested" if len(quotes) > 1 else "", piece=_text(piece), tips=join(tips))

    # --- run -----------------------------------------------------------------------------
    def run_page(self) -> str:
        from pipeline.stages import DOCUMENT_STAGES

        rejected = [d for d in self.docs if not d.ok]
        facts = [d.facts() for d in self.ok]
        engines: Counter = Counter()
        for f in facts:
            engines.update(f["by_engine"])
        quotes = [q for d in self.ok for q in d.quotes]
        counts = [
            ("Input files", len(self.docs)), ("Articles kept", len(self.ok)), ("Rejected inputs", len(rejected)),
            ("Sentences", sum(f["segments"] for f in facts)),
            ("Sentences machine-translated", sum(f["machine"] for f in facts)),
            ("Sentences already in the target language", sum(f["identity"] for f in facts)),
            ("Sentences no engine translated", sum(len(f["untranslated"]) for f in facts)),
            ("Quotes", len(quotes)), ("Quotes without a speaker", sum(1 for q in quotes if not q.speaker)),
            ("Clusters", len(self.clusters)),
            ("Clusters reported by more than one article",
             sum(1 for c in self.clusters if len({self.quotes[q].doc.doc_id for q in c.members if q in self.quotes}) > 1)),
            ("New clusters", len(self.since.new_clusters)), ("New relays of known quotes", len(self.since.new_relays)),
        ]
        count_rows = join(h('<dt>{}</dt><dd>{}</dd>\n', k, v) for k, v in counts)
        # per stage: the documents that reached it, the counters stages keep, drops by reason
        ingest_drops = Counter((d.reason or "rejected").split(":")[0] for d in rejected
                               if not any((d.reason or "").startswith(f"{s}_failed") for s in DOCUMENT_STAGES))
        stage_rows = [self._stage_row("ingest", len(self.docs), len(self.docs) - sum(ingest_drops.values()),
                                      {}, ingest_drops)]
        for name in DOCUMENT_STAGES:
            reached = [d for d in self.docs if name in d.stats or d.ok]
            counters, dropped = stage_totals(reached, name)
            failed = sum(1 for d in rejected if (d.reason or "").startswith(f"{name}_failed"))
            stage_rows.append(self._stage_row(name, len(reached), len(reached) - failed, counters, dropped))
        multi = sum(1 for c in self.clusters if len(c.members) > 1)
        stage_rows.append(self._stage_row("align", len(quotes), len(self.clusters),
                                          {"clusters of more than one quote": multi}, {}))
        rejected_rows = join(
            h('<tr><th scope="row"><span class="ut" dir="auto">{}</span></th><td><code>{}</code></td></tr>\n',
              d.path, d.reason or "rejected")
            for d in sorted(rejected, key=lambda d: d.path))
        rejected_html = h(
            '<table class="rejected">\n<caption class="vh">Rejected inputs</caption>\n'
            '<thead><tr><th scope="col">File</th><th scope="col">Reason</th></tr></thead>\n'
            '<tbody>{}</tbody>\n</table>', rejected_rows) if rejected else Markup("<p>None: every input file was read.</p>")
        engine_rows = join(h("<li><code>{}</code>: {} sentences</li>", e, n) for e, n in sorted(engines.items()))
        body = h(
            '<h1>Run</h1>\n<p class="lede">What the pipeline produced in the export this site was built with '
            '(<time datetime="{gen}">{gen_short}</time>). Timings and the run id are in '
            '<a href="../run.json">run.json</a>.</p>\n'
            '<section aria-labelledby="counts-h">\n<h2 id="counts-h">Counts</h2>\n'
            '<dl class="facts counts">\n{counts}</dl>\n</section>\n'
            '<section aria-labelledby="stages-h">\n<h2 id="stages-h">Stages</h2>\n'
            '<table class="stages">\n<caption class="vh">Stages, in run order</caption>\n'
            '<colgroup><col class="c-stage"><col class="c-num"><col class="c-num"><col><col></colgroup>\n'
            '<thead><tr><th scope="col">Stage</th><th scope="col">In</th><th scope="col">Out</th>'
            '<th scope="col">Counters</th><th scope="col">Dropped, by reason</th></tr></thead>\n'
            '<tbody>{stages}</tbody>\n</table>\n</section>\n'
            '<section aria-labelledby="rejected-h" id="rejected">\n<h2 id="rejected-h">Rejected inputs</h2>\n'
            '{rejected}\n</section>\n'
            '<section aria-labelledby="sig-h">\n<h2 id="sig-h">Signature</h2>\n<p><code class="sig">{sig}</code></p>\n'
            '<p>Engine, model, config and version that produced these files. Engines used:</p>\n'
            '<ul>{engines}</ul>\n</section>\n'
            '<section aria-labelledby="since-h">\n<h2 id="since-h">New since the previous run</h2>\n<p>{since}</p>\n'
            '<p>A cluster is new when its id was not among the clusters of the previous run that had different '
            'clusters; a relay is new when a quote not seen then joined a cluster seen then. A re-run that changes '
            'no cluster keeps these marks.</p>\n</section>',
            gen=self.generated, gen_short=_stamp(self.generated), sig=self.signature,
            engines=engine_rows or Markup("<li>none</li>"), counts=count_rows, stages=join(stage_rows),
            rejected=rejected_html, since=self.since_line(),
        )
        return self.page("Run", body, current="run.html")

    def _stage_row(self, name: str, n_in: int, n_out: int, counters: dict, dropped: dict) -> Markup:
        def items(d: dict) -> Markup:
            if not d:
                return Markup("—")
            return h('<ul class="kv">{}</ul>', join(h("<li>{} <b>{}</b></li>", k.replace("_", " "), v)
                                                    for k, v in sorted(d.items())))

        return h('<tr><th scope="row">{}</th><td class="num">{}</td><td class="num">{}</td><td>{}</td><td>{}</td></tr>\n',
                 name, n_in, n_out, items(counters), items(dropped))

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
