"""The review site's quote pages: the cluster list and one page per cluster
(a part of ``Site``)."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator

from pipeline.data import Cluster, Document, Quote
from pipeline.review.diff import changed_words, word_diff
from pipeline.review.html import Markup, attr_json, h, href, join
from pipeline.review.parts import (
    FLAG_HELP, LIST_SLOT, DocRef, Member, _badge, _diff_html, _engine_short, _stamp, _text, _time, article_name,
    cluster_name,
)


class ClusterPages:
    """Quotes first: clusters biggest and newest first, each member with its diff."""

    # --- quotes: clusters -------------------------------------------------------------
    def members(self, c: Cluster) -> list[Member]:
        """The cluster's quotes from kept articles, read back from the quote
        table: the longest version first, then by date and outlet."""
        return list(self.table.members(c.cluster_id, c.longest))

    def big(self, c: Cluster) -> bool:
        """Whether a cluster's list of quotes is read and written one quote
        at a time, never held whole."""
        return len(c.members) > self.STREAMED_MEMBERS

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
        body = h(
            '<h1>Quotes</h1>\n<p class="lede">{n} clusters ({multi} reported by more than one article), '
            '{q} quotes from {d} articles. {since}</p>\n{filters}\n'
            '<section aria-labelledby="clusters-h">\n<h2 id="clusters-h" class="vh">Clusters</h2>\n'
            '<p id="shown" class="shown" aria-live="polite"></p>\n'
            '<div class="clusters" data-list>\n{cards}\n</div>\n'
            '<p class="empty" data-empty hidden>No cluster matches these filters.</p>\n</section>',
            n=len(clusters), multi=self.multi_article, q=self.n_quotes, d=len(self.ok), since=self.since_line(),
            filters=self.filter_form(self.table.facets, quotes=True), cards=cards or Markup("<p>No quotes yet.</p>"),
        )
        return self.page("Quotes", body, current="index.html"), self._cards(clusters)

    def _cards(self, clusters: list[Cluster]) -> Iterator[Markup]:
        for c in clusters:
            yield from self._card_pieces(c)

    def _card_pieces(self, c: Cluster) -> Iterator[Markup]:
        """A cluster's card in pieces: its head, each member row, its tail."""
        card, rows = self.cluster_card_parts(c)
        head, _, tail = card.partition(LIST_SLOT)
        yield Markup(head)
        yield from rows
        yield Markup(tail)

    def since_line(self) -> Markup:
        s = self.since
        if s.first:
            return Markup("No previous run to compare with: every cluster is marked new.")
        return h('New since the previous run that changed the clusters (<time datetime="{0}">{1}</time>): '
                 '{2} new clusters, {3} new relays of known quotes.',
                 s.baseline_at, _stamp(s.baseline_at), len(s.new_clusters), len(s.new_relays))

    def cluster_card(self, c: Cluster) -> Markup:
        return join(self._card_pieces(c))

    def cluster_card_parts(self, c: Cluster) -> tuple[Markup, Iterator[Markup]]:
        """The card with a slot where its member rows go, and the rows: a big
        cluster's rows are read and made one at a time (``big``), after a
        first pass that counts what the card's header says."""
        members: Iterable[Member] = self.table.members(c.cluster_id, c.longest) if self.big(c) else self.members(c)
        lead = None
        size = relays = 0
        last = ""
        drift: Counter = Counter()
        for m in members:
            lead = lead or m  # the longest version, listed first when recorded
            size += 1
            relays += m.quote.quote_id in self.since.new_relays
            last = max(last, m.doc.date or "")
            drift.update(m.quote.drift)
        if not isinstance(members, list):
            members = self.table.members(c.cluster_id, c.longest)
        rows = (self.member_row(m, c) for m in members)
        is_new = c.cluster_id in self.since.new_clusters
        card = h(
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
            size=size, first=c.first_seen or "", last=last,
            link=href("clusters", cluster_name(c.cluster_id)), speaker=self.speaker_html(c.speaker),
            badges=join([
                _badge("new", "new cluster") if is_new else "",
                _badge("new", f"{relays} new relay{'s' if relays > 1 else ''}") if relays else "",
                join(_badge(f"drift {f}", f"{f} ×{n}", FLAG_HELP[f]) for f, n in sorted(drift.items())),
            ]),
            first_html=_time(c.first_seen), versions="version" if size == 1 else "versions",
            langs=", ".join(c.languages) or "?", outlets=", ".join(c.outlets) or "outlet unknown",
            tgt=self.tgt, lead=_text(lead.quote.translation or lead.quote.text), rows=Markup(LIST_SLOT),
        )
        return card, rows

    def member_row(self, m: Member, c: Cluster) -> Markup:
        q, d = m.quote, m.doc
        seg = m.seg
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

    def via_html(self, q: Quote, d: Document | DocRef) -> Markup:
        via = [v for v in q.via if v != d.publisher]
        return h('<span class="via">via {}</span>', _text(", ".join(via))) if via else Markup("")

    def speaker_html(self, speaker: str | None) -> Markup:
        return _text(speaker) if speaker else Markup('<span class="unknown">Unattributed</span>')

    # --- one cluster ---------------------------------------------------------------------
    def cluster_page(self, c: Cluster) -> str:
        page, sections = self.cluster_page_parts(c)
        head, _, tail = page.partition(LIST_SLOT)
        return head + join(sections) + tail

    def cluster_page_parts(self, c: Cluster) -> tuple[str, Iterator[Markup]]:
        """The page with a slot where its member sections go, and the sections
        (a big cluster's page is written piece by piece: ``_write_streamed``)."""
        members = self.table.members(c.cluster_id, c.longest)  # one at a time: a big cluster is never held
        lead = next(members)  # the longest version, listed first when recorded
        n = self.table.count(c.cluster_id)
        sections = (self.member_section(m, c, lead) for m in itertools.chain((lead,), members))
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
            lead=_text(lead.quote.translation or lead.quote.text), first=_time(c.first_seen), n=n,
            langs=", ".join(c.languages), outlets=", ".join(c.outlets) or "unknown", variants=len(c.variants),
            sections=Markup(LIST_SLOT),
        )
        return self.page(f"Quote by {c.speaker or 'an unknown speaker'}", body, depth=1), sections

    def member_section(self, m: Member, c: Cluster, lead: Member) -> Markup:
        q, d = m.quote, m.doc
        seg = m.seg
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
