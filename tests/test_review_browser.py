"""The review site in headless Chromium (the system's /usr/bin/chromium and
chromedriver, driven by selenium), opened from file:// as reviewers open it.

On the sample corpus and on a hostile corpus (tests/review_corpus.py): no
console error (a CSP violation is one), the clusters and their members are
there, a filter narrows them and survives a reload through the URL, search
finds a quote, a quote's tooltip shows on hover and on keyboard focus, and
the injection strings execute nothing, add no element and make no request.

Set REVIEW_SCREENSHOTS=DIR to also save a 1366x900 screenshot of each view.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import unquote

import pytest

from pipeline.review.screenshots import browser_missing, make_driver, pick_pages, take

from .conftest import CORPUS
from .review_corpus import IMG, SCRIPT, copy_corpus, run_pipeline, write_config, write_hostile_corpus

pytestmark = pytest.mark.skipif(browser_missing() is not None,
                                reason=f"no headless browser: {browser_missing()}")


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("review-browser")
    sample = write_config(root, copy_corpus(CORPUS, root / "sample"), root / "out-sample")
    run_pipeline(sample)
    (root / "h").mkdir()
    hostile = write_config(root / "h", write_hostile_corpus(root / "hostile"), root / "out-hostile")
    run_pipeline(hostile)
    return {"sample": root / "out-sample" / "review", "hostile": root / "out-hostile" / "review"}


@pytest.fixture(scope="module")
def browser():
    driver = make_driver(performance_log=True)
    yield driver
    driver.quit()


def by(driver, css: str) -> list:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, css)


def drain(driver, site: Path) -> None:
    """Fail on any console error or CSP report, and on any request that is not
    one of the site's own files. data: URLs are inline, nothing is fetched
    (Chromium's own calendar icon of <input type=date> is one)."""
    problems = [e for e in driver.get_log("browser")
                if e["level"] == "SEVERE" or "Content Security Policy" in e["message"]]
    assert not problems, problems
    root = site.resolve().as_uri()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            assert url.startswith((root + "/", "data:")), f"request outside the site: {url}"


def no_alert(driver) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert  # noqa: B018 - raises when there is none


def load(driver, site: Path, page: str, fragment: str = "") -> None:
    driver.get((site / page).resolve().as_uri() + (f"#{fragment}" if fragment else ""))
    no_alert(driver)
    drain(driver, site)


def visible(driver) -> list:
    return [e for e in by(driver, "[data-item]") if e.is_displayed()]


def test_clusters_with_their_members_biggest_first(browser, sites):
    site = sites["sample"]
    load(browser, site, "index.html")
    assert by(browser, "#filters")[0].is_displayed()  # the script ran (the form starts hidden)
    cards = by(browser, "article.cluster")
    expected = (site.parent / "quotes" / "clusters.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(cards) == len(expected) > 5
    sizes = [len(c.find_elements("css selector", "tr[data-member]")) for c in cards]
    assert all(sizes) and sizes == sorted(sizes, reverse=True)
    assert browser.find_element("id", "shown").text == f"Showing {len(cards)} of {len(cards)}."
    first = cards[0]
    assert first.find_elements("css selector", "blockquote.lead")[0].text
    assert first.find_elements("css selector", "a.go")[0].get_attribute("href").split("#")[1].startswith("s-")


def test_a_filter_narrows_the_list_and_the_url_keeps_it(browser, sites):
    from selenium.webdriver.support.ui import Select, WebDriverWait

    site = sites["sample"]
    load(browser, site, "index.html")
    total = len(visible(browser))
    Select(browser.find_element("id", "f-speaker")).select_by_value("Vladimir Putin")
    shown = visible(browser)
    assert 0 < len(shown) < total
    assert all("Vladimir Putin" in json.loads(e.get_attribute("data-f-speaker")) for e in shown)
    assert "speaker=Vladimir+Putin" in browser.current_url
    browser.refresh()
    no_alert(browser)
    drain(browser, site)
    assert Select(browser.find_element("id", "f-speaker")).first_selected_option.get_attribute("value") == "Vladimir Putin"
    assert len(visible(browser)) == len(shown)
    # a shared link opens on the same view
    url = browser.current_url
    browser.get("about:blank")
    browser.get(url)
    assert len(visible(browser)) == len(shown)
    by(browser, "button[type=reset]")[0].click()
    WebDriverWait(browser, 5).until(lambda d: "#" not in d.current_url)
    assert len(visible(browser)) == total
    drain(browser, site)


def test_search_finds_a_quote_accents_or_not(browser, sites):
    site = sites["sample"]
    load(browser, site, "index.html")
    box = browser.find_element("id", "f-q")
    box.send_keys("cooperation trilaterale")
    shown = visible(browser)
    assert shown and all("trilatérale" in e.text for e in shown)
    assert "q=cooperation+trilaterale" in browser.current_url
    box.clear()
    box.send_keys("zzzz-nothing-like-it")
    assert not visible(browser) and by(browser, "[data-empty]")[0].is_displayed()
    drain(browser, site)


def test_article_side_by_side_with_tooltips_on_hover_and_focus(browser, sites):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    site = sites["sample"]
    load(browser, site, "index.html")
    link = by(browser, "a.go")[0]
    target = unquote(link.get_attribute("href").split("#")[1])
    link.click()
    drain(browser, site)
    row = browser.find_element("id", target)
    assert len(row.find_elements("css selector", "td")) == 3 and row.find_elements("css selector", "mark.q")
    mark = row.find_elements("css selector", "mark.q")[0]
    tip = mark.find_element("css selector", ".tip")
    assert not tip.is_displayed()
    ActionChains(browser).move_to_element(mark).perform()
    assert tip.is_displayed() and "via" in tip.text
    ActionChains(browser).move_to_element(browser.find_element("css selector", "h1")).perform()
    assert not tip.is_displayed()
    # from the keyboard: Tab reaches the quotes, and the tooltip shows on focus
    browser.find_element("css selector", "h1").click()
    for _ in range(40):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        active = browser.switch_to.active_element
        if active.tag_name == "mark":
            break
    assert active.tag_name == "mark"
    assert active.find_element("css selector", ".tip").is_displayed()
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert not active.find_element("css selector", ".tip").is_displayed()
    drain(browser, site)


def test_hostile_articles_execute_nothing_on_any_page(browser, sites):
    site = sites["hostile"]
    names = [p.relative_to(site).as_posix() for p in sorted(site.rglob("*.html"))]
    assert len(names) >= 6
    for name in names:
        load(browser, site, name)
        assert not by(browser, "svg, img, iframe, object, embed, textarea, [onload], [onerror]"), name
        scripts = [s.get_attribute("src") for s in by(browser, "script")]
        assert len(scripts) == 1 and scripts[0].endswith("/assets/review.js"), (name, scripts)
        assert not by(browser, "a[href^='javascript' i]"), name
        # no layout break: nothing wider than the window (long words, right-to-left overrides)
        width = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], (name, width)
        for mark in by(browser, "mark.q")[:10]:
            browser.execute_script("arguments[0].focus()", mark)
        no_alert(browser)
        drain(browser, site)
    article = next(n for n in names if n.startswith("articles/en_hostile"))
    load(browser, site, article)
    body = browser.find_element("tag name", "body").text
    assert SCRIPT in body and IMG in body and "</script><script>alert(2)</script>" in body
    assert "[U+202E]" in body


def test_hostile_search_and_url_fragment_stay_text(browser, sites):
    site = sites["hostile"]
    load(browser, site, "index.html", fragment="q=" + "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&speaker=%3Cscript%3E")
    assert browser.find_element("id", "f-q").get_attribute("value") == IMG
    shown = visible(browser)
    assert shown and all(IMG in e.text for e in shown)
    browser.find_element("id", "f-q").send_keys(" " + SCRIPT)
    browser.refresh()
    no_alert(browser)
    assert not by(browser, "img, svg, [onerror], [onload]")
    assert len(by(browser, "script")) == 1
    drain(browser, site)


def test_run_page_lists_rejected_inputs(browser, sites):
    site = sites["hostile"]
    load(browser, site, "run.html")
    rows = by(browser, "table.rejected tbody tr")
    assert [r.text for r in rows] == ['"><svg onload=alert(1)>.txt empty']
    assert "src:fr|tgt:en|" in browser.find_element("css selector", "code.sig").text


@pytest.mark.skipif(not os.environ.get("REVIEW_SCREENSHOTS"), reason="set REVIEW_SCREENSHOTS=DIR to save screenshots")
def test_screenshots(browser, sites):
    dest = Path(os.environ["REVIEW_SCREENSHOTS"])
    saved = take(browser, pick_pages(sites["sample"]), dest)
    hostile = pick_pages(sites["hostile"])
    saved += take(browser, {"clusters": hostile["clusters"], "article": hostile["article"]}, dest, "hostile-")
    # the same article further down: the right-to-left override and the long word
    row = next(r for r in by(browser, "table.bitext tbody tr") if "[U+202E]" in r.text)
    browser.execute_script("arguments[0].scrollIntoView()", row)
    browser.save_screenshot(str(dest / "hostile-article-rtl.png"))
    saved.append(dest / "hostile-article-rtl.png")
    assert all(p.stat().st_size > 10_000 for p in saved)
    drain(browser, sites["sample"].parent.parent)
