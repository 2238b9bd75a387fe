"""Screenshots of the review site's views in headless Chromium, at laptop size.

    python -m pipeline.review.screenshots OUTPUT_DIR DEST [--prefix NAME-]

writes DEST/<prefix>clusters.png, cluster.png, article.png, articles.png and
run.png (1366x900). Needs selenium (test extra) and the system's Chromium and
chromedriver (Debian: chromium, chromium-driver); it never downloads a browser.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SIZE = (1366, 900)


def browser_missing() -> str | None:
    """Why a browser cannot be started here, or None."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).is_file() and not shutil.which(Path(path).name):
            return f"{path} is not installed (Debian: apt-get install chromium chromium-driver)"
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


def make_driver(performance_log: bool = False):
    """Headless Chromium through the system's chromedriver, with the browser's
    console (and optionally the network events) logged."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM if Path(CHROMIUM).is_file() else shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={SIZE[0]},{SIZE[1]}", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    logs = {"browser": "ALL"}
    if performance_log:
        logs["performance"] = "ALL"
    options.set_capability("goog:loggingPrefs", logs)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER if Path(CHROMEDRIVER).is_file()
                                              else shutil.which("chromedriver")), options=options)
    driver.set_window_size(*SIZE)
    return driver


def pick_pages(review: Path) -> dict[str, Path]:
    """The page of each view: the biggest cluster, the article with most quotes."""
    pages = {"clusters": review / "index.html", "articles": review / "articles.html", "run": review / "run.html"}
    index = (review / "index.html").read_text(encoding="utf-8")
    first = re.search(r'href="(clusters/[^"]+\.html)"', index)
    if first:
        pages["cluster"] = review / first.group(1)
    articles = sorted((review / "articles").glob("*.html"),
                      key=lambda p: -p.read_text(encoding="utf-8").count('<mark class="q'))
    if articles:
        pages["article"] = articles[0]
    return pages


def take(driver, pages: dict[str, Path], dest: Path, prefix: str = "") -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    saved = []
    for name, page in pages.items():
        driver.get(page.resolve().as_uri())
        path = dest / f"{prefix}{name}.png"
        driver.save_screenshot(str(path))
        saved.append(path)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="the pipeline's output folder (holds review/)")
    parser.add_argument("dest", type=Path, help="folder for the .png files")
    parser.add_argument("--prefix", default="", help="file name prefix, e.g. hostile-")
    args = parser.parse_args(argv)
    review = args.output / "review"
    if not (review / "index.html").is_file():
        print(f"error: no review site in {review}; run the pipeline first", file=sys.stderr)
        return 1
    why = browser_missing()
    if why:
        print(f"error: {why}", file=sys.stderr)
        return 1
    driver = make_driver()
    try:
        for path in take(driver, pick_pages(review), args.dest, args.prefix):
            print(path)
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
