"""The review site's article pages and article list (a part of ``Site``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pipeline.data import Document, Quote, Segment
from pipeline.formats.common import quotes_in
from pipeline.review.html import Markup, attr_json, h, href, join
from pipeline.review.parts import (
    FLAG_HELP, LIST_SLOT, _badge, _engine_short, _text, _time, article_name, cluster_name,
)


class ArticlePages:
    """Pages of articles: source and translation side by side with quotes marked."""

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
            n=len(docs), r=len(self.docs) - len(self.ok), filters=self.filter_form(self.article_facets, quotes=False),
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

    def article_row(self, d: Document) -> Markup:
        """The list's row of a kept article (its shell will do: its quotes are
        what the quote table recorded of the full article)."""
        facts = d.facts()
        a = self.article_quotes(d)
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
            fo=attr_json(a.outlets), fl=attr_json([d.lang or ""]), fe=attr_json(self._doc_engines(d)),
            fs=attr_json(a.speakers), date=d.date or "",
            link=href("articles", article_name(d.doc_id)), title=d.title or d.path, path=d.path,
            outlet=_text(d.publisher or "—"), date_html=_time(d.date), lang=d.lang or "?",
            segs=facts["segments"], quotes=a.quotes,
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
