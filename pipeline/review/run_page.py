"""The review site's run page (a part of ``Site``)."""

from __future__ import annotations

from collections import Counter

from pipeline.data import stage_totals
from pipeline.review.html import Markup, h, join
from pipeline.review.parts import _stamp


class RunPage:
    """The run summary: counts, stages, drops by reason, rejected inputs, signature."""

    # --- run -----------------------------------------------------------------------------
    def run_page(self) -> str:
        from pipeline.stages import DOCUMENT_STAGES

        rejected = [d for d in self.docs if not d.ok]
        facts = [d.facts() for d in self.ok]
        engines: Counter = Counter()
        for f in facts:
            engines.update(f["by_engine"])
        counts = [
            ("Input files", len(self.docs)), ("Articles kept", len(self.ok)), ("Rejected inputs", len(rejected)),
            ("Sentences", sum(f["segments"] for f in facts)),
            ("Sentences machine-translated", sum(f["machine"] for f in facts)),
            ("Sentences already in the target language", sum(f["identity"] for f in facts)),
            ("Sentences no engine translated", sum(len(f["untranslated"]) for f in facts)),
            ("Quotes", self.n_quotes), ("Quotes without a speaker", self.n_unattributed),
            ("Clusters", len(self.clusters)),
            ("Clusters reported by more than one article", self.multi_article),
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
        stage_rows.append(self._stage_row("align", self.n_quotes, len(self.clusters),
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
