"""The review site (OUTPUT/review/): escaping, page structure and CSP, the
"new since the previous run" marks, the export wiring and the CLI. The same
site in a real browser is tested in test_review_browser.py."""

from __future__ import annotations

import copy
import gc
import json
import re
import subprocess
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.data import Cluster
from pipeline.review import since
from pipeline.review.diff import tag, word_diff
from pipeline.review.html import Markup, esc, h, join, plain
from pipeline.review.site import CSP

from .conftest import PROJECT
from .review_corpus import (INJECTIONS, RLO, SCRIPT, SVG, copy_corpus, run_pipeline, write_config,
                            write_hostile_corpus)

GOLD = PROJECT / "tests" / "data" / "gold" / "articles"


# --- helpers ------------------------------------------------------------------------
def test_templates_escape_everything_but_markup():
    out = h('<p title="{}">{}</p>{}', SVG, SCRIPT, Markup("<br>"))
    assert out == ('<p title="&quot;&gt;&lt;svg onload=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p><br>')
    assert isinstance(out, Markup) and isinstance(join(["<a>", Markup("<b>")]), Markup)
    assert join(["<a>", Markup("<b>")]) == "&lt;a&gt;<b>"
    assert esc(None) == "" and esc("a'b") == "a&#x27;b"


def test_unsafe_characters_are_neutralised():
    text = esc(f"a\x00b\ud800c{RLO}d\u2066e")
    assert "\x00" not in text and "\ud800" not in text
    text.encode("utf-8")  # a lone surrogate would not even be writable
    # bidi overrides and isolates are shown, not applied
    assert text == "a\ufffdb\ufffdc[U+202E]d[U+2066]e"
    assert plain("x\u200fy") == "xy"


def test_word_diff_against_the_longest_version():
    longest = "We will never sign 12 agreements with anyone at all."
    assert word_diff(longest, longest) == [("equal", longest)]
    pieces = word_diff(longest, "We will sign 15 agreements with anyone at all.")
    assert ("del", "never") in pieces and ("del", "12") in pieces and ("ins", "15") in pieces
    assert tag("15") == "number" and tag("never") == "negation" and tag("don't") == "negation" and tag("sign") is None
    # a partial quote: what it leaves out at either end is a gap, not a deletion
    partial = word_diff(longest, "sign 12 agreements", partial=True)
    assert partial[0] == ("gap", "…") and partial[-1] == ("gap", "…")
    assert ("equal", "sign 12 agreements") in partial


# --- new since the previous run --------------------------------------------------------
def clusters(spec: dict[str, list[str]]) -> list[Cluster]:
    return [Cluster(cid, members, None, [], [], None, []) for cid, members in spec.items()]


def test_new_marks_survive_unchanged_runs(tmp_path):
    review, jsonl = tmp_path / "review", tmp_path / "clusters.jsonl"
    first = clusters({"c1": ["q1", "q2"], "c2": ["q3"]})
    s = since.compute(review, jsonl, first, now="2024-01-01T00:00:00+00:00")
    assert s.first and s.new_clusters == {"c1", "c2"} and not s.new_relays  # no previous run: all new
    since.save(review, s)
    s = since.compute(review, jsonl, first, now="2024-01-02T00:00:00+00:00")
    assert s.first and s.new_clusters == {"c1", "c2"}  # unchanged: still the same marks
    since.save(review, s)

    second = clusters({"c1": ["q1", "q2", "q4"], "c2": ["q3"], "c3": ["q5"]})
    s = since.compute(review, jsonl, second, now="2024-01-03T00:00:00+00:00")
    assert not s.first and s.baseline_at == "2024-01-01T00:00:00+00:00"
    assert s.new_clusters == {"c3"} and s.new_relays == {"q4"}
    since.save(review, s)
    for day in ("04", "05"):  # unchanged re-runs keep the marks instead of clearing them
        s = since.compute(review, jsonl, second, now=f"2024-01-{day}T00:00:00+00:00")
        assert s.new_clusters == {"c3"} and s.new_relays == {"q4"} and s.changed_at == "2024-01-03T00:00:00+00:00"
        since.save(review, s)

    third = clusters({"c1": ["q1", "q2", "q4"], "c2": ["q3", "q6"], "c3": ["q5"]})
    s = since.compute(review, jsonl, third, now="2024-01-06T00:00:00+00:00")
    assert s.new_clusters == set() and s.new_relays == {"q6"} and s.baseline_at == "2024-01-03T00:00:00+00:00"


def test_the_assignment_is_compared_and_saved_without_being_made(tmp_path):
    same = since.same_assignment
    two = clusters({"c1": ["q1", "q2"], "c2": ["q3"]})
    assert same({"q1": "c1", "q2": "c1", "q3": "c2"}, two)
    assert not same({"q1": "c1", "q2": "c1"}, two) and not same({"q1": "c1", "q2": "c2", "q3": "c2"}, two)
    assert not same({"q1": "c1", "q2": "c1", "q3": "c2", "q4": "c2"}, two)
    twice = clusters({"c1": ["q1", "q2"], "c2": ["q2", "q3"]})  # a quote in two clusters: the later one's
    assert same({"q1": "c1", "q2": "c2", "q3": "c2"}, twice) and not same({"q1": "c1", "q2": "c1", "q3": "c2"}, twice)
    s = since.compute(tmp_path / "review", tmp_path / "clusters.jsonl", twice)
    (tmp_path / "review").mkdir()
    since.save(tmp_path / "review", s)
    saved = json.loads((tmp_path / "review" / since.STATE_NAME).read_text(encoding="utf-8"))
    assert saved["current"] == since.assignment(twice) and list(saved) == sorted(saved)


def test_without_state_the_previous_clusters_file_is_the_previous_run(tmp_path):
    jsonl = tmp_path / "clusters.jsonl"
    jsonl.write_text(json.dumps({"cluster_id": "c1", "members": ["q1"]}) + "\n", encoding="utf-8")
    s = since.compute(tmp_path / "review", jsonl, clusters({"c1": ["q1", "q2"], "c2": ["q3"]}))
    assert not s.first and s.new_clusters == {"c2"} and s.new_relays == {"q2"}
    (tmp_path / "review").mkdir()
    (tmp_path / "review" / since.STATE_NAME).write_text("{not json", encoding="utf-8")
    s = since.compute(tmp_path / "review", jsonl, clusters({"c1": ["q1"]}))
    assert not s.new_clusters and not s.new_relays  # unreadable state: falls back, no crash


# --- the site a run writes ---------------------------------------------------------------
class Page(HTMLParser):
    """Every start tag with its attributes, the text, and the <label for> ids."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def all(self, name: str) -> list[dict]:
        return [a for t, a in self.tags if t == name]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("review-hostile")
    config = write_config(root, write_hostile_corpus(root / "corpus"), root / "out")
    report = run_pipeline(config)
    return config, root / "out", report


def pages(out: Path) -> list[Path]:
    return sorted((out / "review").rglob("*.html"))


def test_every_page_is_escaped_and_locked_down(hostile):
    _, out, _ = hostile
    found = pages(out)
    assert {p.relative_to(out / "review").as_posix() for p in found} >= {"index.html", "articles.html", "run.html"}
    assert len(list((out / "review" / "articles").glob("*.html"))) == 2
    seen_text = ""
    for path in found:
        raw = path.read_text(encoding="utf-8")
        page = Page(raw)
        where = path.name
        csp = [a for a in page.all("meta") if a.get("http-equiv") == "Content-Security-Policy"]
        assert [a["content"] for a in csp] == [CSP], where
        assert raw.index("Content-Security-Policy") < raw.index("<script"), where  # before anything it governs
        scripts = page.all("script")
        assert len(scripts) == 1 and scripts[0]["src"].endswith("assets/review.js"), where
        for bad in ("svg", "img", "iframe", "object", "embed", "textarea", "style", "base", "form action"):
            assert not page.all(bad), (where, bad)
        for name, attrs in page.tags:
            assert not any(k.startswith("on") or k == "style" for k in attrs), (where, name, attrs)
            for key in ("href", "src"):
                url = attrs.get(key) or ""
                assert ":" not in url.split("#")[0].split("/")[0], (where, url)  # relative links only
        ids = {a["id"] for _, a in page.tags if "id" in a}
        for control in page.all("input") + page.all("select"):
            assert control["id"] in {a["for"] for a in page.all("label")}, (where, control)
        assert all("scope" in a for a in page.all("th")), where
        assert page.all("html")[0].get("lang") == "en" and page.all("main") and page.all("nav"), where
        assert len(ids) == len([1 for _, a in page.tags if "id" in a]), f"duplicate id in {where}"
        seen_text += "".join(page.text)
    # nothing lost either: the injection strings are there, as text
    for s in INJECTIONS:
        assert s in seen_text, s
    assert "\u202e" not in seen_text and "[U+202E]" in seen_text


def test_run_page_and_export_files(hostile):
    config, out, report = hostile
    run_page = (out / "review" / "run.html").read_text(encoding="utf-8")
    assert "&quot;&gt;&lt;svg onload=alert(1)&gt;.txt" in run_page and "<code>empty</code>" in run_page
    assert "Signature" in run_page and "src:fr|tgt:en|" in run_page
    files = report["stages"]["export"]["files"]
    assert "review/index.html" in files and "review/assets/review.js" in files and "review/run.html" in files
    assert all((out / f).is_file() for f in files if f.startswith("review/"))
    # the shipped assets are the package's
    static = PROJECT / "pipeline" / "review" / "static"
    for name in ("review.css", "review.js"):
        assert (out / "review" / "assets" / name).read_bytes() == (static / name).read_bytes()


def test_static_files_ship_with_the_package():
    data = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = data["tool"]["setuptools"]["package-data"]["pipeline.review"]
    static = PROJECT / "pipeline" / "review" / "static"
    shipped = {p.name for g in globs for p in static.glob(g.removeprefix("static/"))}
    assert shipped == {"review.css", "review.js"}
    js = (static / "review.js").read_text(encoding="utf-8")
    assert "innerHTML" not in js.replace("no innerHTML", "") and "fetch(" not in js and "eval(" not in js


def test_new_marks_follow_the_run_and_survive_a_forced_rerun(tmp_path):
    corpus = copy_corpus(GOLD, tmp_path / "corpus", ["003_86786374b0429f1a.txt", "en_ap_kremlin.txt"])
    config = write_config(tmp_path, corpus, tmp_path / "out")
    index = tmp_path / "out" / "review" / "index.html"
    run_pipeline(config)
    text = index.read_text(encoding="utf-8")
    assert "No previous run" in text
    copy_corpus(GOLD, corpus, ["en_wire_summit.txt"])
    report = run_pipeline(config)
    assert report["new_clusters"] and report["new_relays"]

    def marks() -> tuple[set, set]:
        page = Page(index.read_text(encoding="utf-8"))
        new_clusters = {a["id"].removeprefix("c-") for a in page.all("article") if "data-new" in a}
        relay_rows = [a for a in page.all("tr") if "data-new" in a]
        return new_clusters, len(relay_rows)

    assert marks() == (set(report["new_clusters"]), len(report["new_relays"]))
    before = marks()
    again = run_pipeline(config, force=True)
    assert again["new_clusters"] == [] and again["stages"]["export"]["computed"] == 1
    assert marks() == before  # a re-run that changes nothing keeps the marks
    run_pipeline(config)  # unchanged: export not even rewritten
    assert marks() == before


def test_cli_review_prints_the_index_or_says_to_run_first(hostile, tmp_path):
    config, out, _ = hostile

    def review(cfg):
        return subprocess.run([sys.executable, "-m", "pipeline", "review", str(cfg)],
                              capture_output=True, text=True, timeout=120)

    done = review(config)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out / "review" / "index.html")
    (tmp_path / "corpus").mkdir()
    empty = write_config(tmp_path, tmp_path / "corpus", tmp_path / "none")
    missing = review(empty)
    assert missing.returncode == 1 and missing.stdout == ""
    assert "run the pipeline first" in missing.stderr and len(missing.stderr.strip().splitlines()) == 1


# --- the site from streamed articles -------------------------------------------------------
class NoQuotes(list):
    """A shell's quotes that must not be read (the runner gives shells none after alignment)."""

    def _read(self, *args, **kwargs):
        raise AssertionError("the review site read a shell's quotes")

    __iter__ = __len__ = __getitem__ = __bool__ = __contains__ = _read


def site_pages(out: Path) -> dict[str, str]:
    """Every page of the site, its build time (where the page has it) replaced."""
    found = {}
    for p in pages(out):
        text = p.read_text(encoding="utf-8")
        built = re.search(r'<p class="generated">built <time datetime="([^"]+)">', text)
        found[p.relative_to(out / "review").as_posix()] = text.replace(built[1], "BUILT") if built else text
    return found


def test_site_is_built_from_streamed_articles_while_shells_carry_no_quotes(tmp_path, monkeypatch):
    from pipeline import review

    names = ["003_86786374b0429f1a.txt", "en_ap_kremlin.txt", "en_wire_summit.txt", "en_guardian_sochi.txt"]
    corpus = copy_corpus(GOLD, tmp_path / "corpus", names)
    write_hostile_corpus(corpus)  # and a rejected input
    run_pipeline(write_config(tmp_path, corpus, tmp_path / "shells"))  # the shells carry their quotes
    made: dict = {}

    class QuotelessShells(review.Builder):
        def __init__(self, out, docs, clusters, *args):
            shells = []
            for d in docs:
                shell = copy.copy(d.shell() if not d.is_shell else d)
                shell.quotes = NoQuotes()
                shells.append(shell)
            made.update(docs=shells, clusters=clusters, args=args, full=[])
            super().__init__(out, shells, clusters, *args)
            self.table_file = self.site.table.path

        def article(self, d, write=True):
            made["full"].append(d)
            super().article(d, write)

        def finish(self):
            assert self.table_file.parent == tmp_path / "streamed" / ".state" and self.table_file.is_file()
            super().finish()
            assert not self.table_file.exists()
            made["table_file"] = self.table_file

    monkeypatch.setattr(review, "Builder", QuotelessShells)
    run_pipeline(write_config(tmp_path, corpus, tmp_path / "streamed"))
    before, after = site_pages(tmp_path / "shells"), site_pages(tmp_path / "streamed")
    assert not made["table_file"].exists() and len(made["full"]) == len(made["docs"])
    assert any(c.members for c in made["clusters"]) and len(after) > 5
    assert after == before
    # files() needs no quotes either, and lists what was written
    written = {p for p in (tmp_path / "streamed" / "review").rglob("*") if p.is_file() and p.name != since.STATE_NAME}
    shells = [copy.copy(d) for d in made["docs"]]
    for d in shells:
        d.quotes = []
    assert set(review.files(tmp_path / "streamed", shells, made["clusters"])) == written
    # the same pages from the full documents alone
    monkeypatch.undo()
    review.write_review(tmp_path / "full", made["full"], made["clusters"], *made["args"])
    assert site_pages(tmp_path / "full") == before


def test_an_unfinished_site_leaves_no_table_behind(tmp_path):
    from pipeline import review

    (tmp_path / ".state").mkdir()
    builder = review.Builder(tmp_path, [], clusters({"c1": ["q1"]}), "sig", "en")
    table = builder.site.table.path
    assert table.parent == tmp_path / ".state" and table.is_file()
    del builder  # as when the export fails before finish
    gc.collect()
    assert not table.exists()


def test_a_clusters_quotes_come_back_in_page_order_one_at_a_time(tmp_path):
    """The quote table lists a cluster's quotes as its pages show them: the
    longest version first, then by date (undated last), first outlet (none
    first, then by code point, accents included) and quote id."""
    from pipeline.data import Document, Quote
    from pipeline.review.members import QuoteTable

    specs = [  # quote id, date, publisher, relays
        ("q1", "2024-06-20", "Zeit", []), ("q2", None, "Agence", []), ("q3", "2024-06-19", None, []),
        ("q4", "2024-06-20", "Élysée info", []), ("q5", "2024-06-20", None, ["Reuters"]),
        ("q6", "2024-06-19", "Agence", []), ("q7", "2024-06-20", "Zeit", []), ("q8", None, None, []),
    ]
    table = QuoteTable(tmp_path, clusters({"c1": [s[0] for s in specs]}))
    try:
        for qid, date, publisher, via in specs:
            d = Document(doc_id=f"d{qid}", path=f"{qid}.txt", sha256="0", date=date, publisher=publisher, lang="fr")
            d.quotes = [Quote(qid, d.doc_id, "fr", f"mots {qid}", 0, 5, via=via)]
            table.add(d, {}, {qid: "c1"})
        got = table.members("c1", "q7")
        assert not isinstance(got, list)  # read as it is used
        ids = [m.quote.quote_id for m in got]
        assert ids == ["q7", "q3", "q6", "q5", "q1", "q4", "q8", "q2"]
        assert table.count("c1") == len(specs)
        # the order Python's own sort gives
        members = list(table.members("c1", None))
        expect = sorted(members, key=lambda m: (m.doc.date or "9999", m.outlets[:1], m.quote.quote_id))
        assert [m.quote.quote_id for m in members] == [m.quote.quote_id for m in expect]
    finally:
        table.close()


def test_big_clusters_are_written_one_quote_at_a_time_with_the_same_pages(tmp_path, monkeypatch):
    from pipeline.review.site import Site

    names = ["003_86786374b0429f1a.txt", "en_ap_kremlin.txt", "en_wire_summit.txt", "en_guardian_sochi.txt"]
    corpus = copy_corpus(GOLD, tmp_path / "corpus", names)
    monkeypatch.setattr(Site, "STREAMED_MEMBERS", 10**9)  # every list held whole
    run_pipeline(write_config(tmp_path, corpus, tmp_path / "whole"))
    seen = []
    members = Site.members

    def held(self, c):
        seen.append(c.cluster_id)
        return members(self, c)

    monkeypatch.setattr(Site, "members", held)
    monkeypatch.setattr(Site, "STREAMED_MEMBERS", 0)  # every list streamed
    run_pipeline(write_config(tmp_path, corpus, tmp_path / "streamed"))
    assert not seen  # no cluster's quotes were held as a list
    whole, streamed = site_pages(tmp_path / "whole"), site_pages(tmp_path / "streamed")
    assert len(whole) > 5 and streamed == whole
