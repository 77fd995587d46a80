"""How long report.html takes to open in headless Chromium, for a run over every dev case article.

All 58 dev articles (../shared/dev/cases, read at run time) are checked in one run, which gives
about a thousand claims; the page is then opened --repeat times in the system's Chromium through
Playwright, and the median time to the load event and to a search that filters the claims table
are printed. Needs the test extra (playwright) and Debian's chromium, which `make test` installs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        corpus, out = Path(temporary) / "corpus", Path(temporary) / "out"
        for article in sorted((options.shared / "dev" / "cases").glob("*/*.txt")):
            target = corpus / article.parent.name / article.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(article, target)
        command = [sys.executable, "-m", "checker", "run", corpus, "--out", out, "-q", "--fail-on", "never"]
        subprocess.run(command, check=True)
        claims = len(json.loads((out / "report.json").read_text(encoding="utf-8"))["claims"])
        page_bytes = (out / "report.html").stat().st_size
        loads, searches = [], []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
            for _ in range(options.repeat):
                page = browser.new_page()
                page.goto((out / "report.html").as_uri())
                loads.append(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
                started = time.perf_counter()
                page.fill("#search", "killed")
                page.locator("#claims tbody tr:visible").count()
                searches.append((time.perf_counter() - started) * 1000)
                page.close()
            browser.close()
    print(f"{claims} claims, report.html {page_bytes / 1e6:.2f} MB")
    print(f"load event: median {statistics.median(loads):.0f} ms; search: median {statistics.median(searches):.0f} ms")


if __name__ == "__main__":
    main()
