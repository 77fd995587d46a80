"""report.html in a real browser: headless Chromium (the system's) driven by Playwright.

One browser serves the whole session. Without chromium or the playwright package these tests
skip with the reason, except under CI (CI=true), where they fail: CI must show the browser tests ran.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from checker import check
from checker.model import Gate
from checker.report.html import render_html
from tests.conftest import ROOT, SEEDS, run_cli

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOT = ROOT / "reports" / "report.png"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium from the system, launched once; Playwright never downloads a browser."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is missing (make test installs the test extra)")
    executable = shutil.which("chromium")
    if executable is None:
        _unavailable("chromium is missing (make test installs Debian's chromium package when run as root)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Visit:
    """A page opened on a report, with what it tried: dialogs, errors, requests beyond the file."""

    def __init__(self, browser, report: Path, bypass_csp: bool = False) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=bypass_csp)
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("request", self._request)
        self.url = report.resolve().as_uri()
        self.page.goto(self.url)

    def _request(self, request) -> None:
        if request.url.split("#")[0] != self.url:
            self.requests.append(request.url)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser):
    opened: list[Visit] = []

    def _visit(report: Path, bypass_csp: bool = False) -> Visit:
        opened.append(Visit(browser, report, bypass_csp))
        return opened[-1]

    yield _visit
    for each in opened:
        each.close()


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds-report")
    done = run_cli("run", SEEDS, "--out", out, "--format", "html", "-q")
    assert done.returncode == 1, done.stderr  # the seeds disagree: the gate fails, and the page says so
    return out / "report.html"


def test_seeds_report_shows_the_conflict_first_filters_and_opens_articles_at_the_figure(visit, seeds_report):
    opened = visit(seeds_report)
    page = opened.page
    assert page.locator("#gate").inner_text() == "Fail: 2 new errors"
    cards = page.locator("section.card")
    first = cards.first
    assert first.get_attribute("data-verdict") == "conflict"
    assert first.locator("tbody tr").count() >= 2
    assert first.locator("svg.chart line.bar").count() == first.locator("tbody tr").count()
    assert first.locator(".tag.newest").count() == 1
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))

    page.select_option("#filter-verdict", "single-source")
    visible = page.locator("section.card:visible")
    assert visible.count() == page.locator("section.card[data-verdict='single-source']").count() > 0
    assert {visible.nth(i).get_attribute("data-verdict") for i in range(visible.count())} == {"single-source"}
    assert not first.is_visible()
    rows = page.locator("#claims tbody tr:visible")
    assert {rows.nth(i).get_attribute("data-verdict") for i in range(rows.count())} == {"single-source"}

    card = visible.last
    document = card.locator("tbody td").first.text_content()
    link = card.locator("a.figure").first
    figure, claim = link.text_content(), link.get_attribute("href")[1:]
    link.click()
    mark = page.locator(f"mark#{claim}")
    assert mark.is_visible() and mark.inner_text() == figure
    assert "current" in mark.get_attribute("class")
    article = page.locator("details.article[open]")
    assert article.count() == 1 and article.locator("summary strong").inner_text() == document
    box, height = mark.bounding_box(), page.viewport_size["height"]
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height
    assert opened.dialogs == [] and opened.errors == [] and opened.requests == []


def test_search_and_sorting(visit, seeds_report):
    page = visit(seeds_report).page
    page.fill("#search", "detained")
    visible = page.locator("section.card:visible")
    assert visible.count() >= 1
    assert all("detained" in visible.nth(i).text_content().lower() for i in range(visible.count()))
    page.fill("#search", "")
    page.click(".counts button[data-filter='unmatched']")
    assert page.input_value("#filter-verdict") == "unmatched"
    rows = page.locator("#claims tbody tr:visible")
    assert rows.count() > 0 and page.locator("section.card:visible").count() == 0
    assert {rows.nth(i).get_attribute("data-verdict") for i in range(rows.count())} == {"unmatched"}
    page.click(".counts button[data-filter='unmatched']")
    assert page.input_value("#filter-verdict") == ""
    header = page.locator("#claims th", has_text="Interval")
    header.click()
    lows = page.locator("#claims tbody tr td.num").evaluate_all("cells => cells.map(c => c.dataset.sort)")
    numbers = [float(value) for value in lows if value]
    assert numbers == sorted(numbers) and len(numbers) > 3
    header.focus()
    page.keyboard.press("Enter")
    lows = page.locator("#claims tbody tr td.num").evaluate_all("cells => cells.map(c => c.dataset.sort)")
    assert [float(value) for value in lows if value] == sorted(numbers, reverse=True)


def test_the_gate_s_verdict_and_findings_head_the_page_and_link_to_their_figures(visit, write, tmp_path):
    write("articles/a.txt", "Police said 16 officers were killed in the riots.")
    write("articles/b.txt", "Police said 17 officers were killed in the riots.")
    result = check([tmp_path / "articles"])
    claim = result.claims[0]
    finding = SimpleNamespace(
        level="error",
        code="FC01",
        name="conflict",
        status="new",
        document=claim.document,
        message="<b>16</b> disagrees",
        claim=claim.id,
    )
    report = write("report.html", "".join(render_html(result, Gate(False, "1 new error", (finding,)))))
    page = visit(report).page
    assert page.locator("#gate").inner_text() == "Fail: 1 new error"
    cells = page.locator("#findings tbody tr").first.locator("td").all_inner_texts()
    assert cells == ["error", "FC01", "conflict", "new", "a.txt", "<b>16</b> disagrees"]
    page.locator("#findings a").click()
    mark = page.locator(f"mark#claim-{claim.id}")
    assert mark.is_visible() and mark.inner_text() == "16"


def test_with_against_the_draft_is_marked_and_its_findings_come_first(visit, write, tmp_path):
    write("draft.md", "Police said 16 security officers were killed.\n\nOfficials said 500 people were detained.\n")
    write(
        "sources/a_2022-01-05.txt",
        "Police said 16 security officers were killed. Officials said 300 people were detained.",
    )
    write(
        "sources/b_2022-01-07.txt",
        "Police said 17 security officers were killed. Police said 300 people were detained.",
    )
    out = tmp_path / "out"
    done = run_cli(
        "run", tmp_path / "draft.md", "--against", tmp_path / "sources", "--out", out, "--format", "html", "-q"
    )
    assert done.returncode == 1, done.stderr
    page = visit(out / "report.html").page
    assert page.locator("#sources tr.draft").count() == 1
    assert page.locator("#sources tr.draft td").first.inner_text() == "draft.md draft"
    cards = page.locator("section.card")
    # The groups' verdicts are the sources' own (they agree on 300; a later one revised 16 to 17);
    # the draft's figures have findings of their own.
    assert [cards.nth(i).get_attribute("data-verdict") for i in range(2)] == ["consistent", "update"]
    for number, (subject, finding) in enumerate(
        [("people detained", "conflict"), ("security officers killed", "superseded")]
    ):
        card = cards.nth(number)
        assert subject in card.locator("h3").inner_text() and f"draft: {finding}" in card.locator("h3").inner_text()
        first = card.locator("tbody tr").first.locator("td")
        assert first.first.inner_text() == "draft.md draft" and first.last.inner_text() == finding
        assert card.locator("tbody tr.draft").count() == 1


def test_a_conflict_s_chart_draws_each_interval_and_open_ends_as_arrows(visit, write, tmp_path):
    write("articles/a.txt", "Police said more than 200 people were injured in the riots.")
    write("articles/b.txt", "Police said fewer than 30 people were injured in the riots.")
    write("articles/c.txt", "Officials said about 120 people were injured in the riots.")
    out = tmp_path / "out"
    assert (
        run_cli("run", tmp_path / "articles", "--out", out, "--format", "html", "--fail-on", "never", "-q").returncode
        == 0
    )
    bars = visit(out / "report.html").page.locator("section.card.conflict svg.chart line.bar")
    box = "bar => { const b = bar.getBBox(); return {x: b.x, width: b.width}; }"
    more, fewer, about = (bars.nth(i).evaluate(box) for i in range(3))
    assert bars.nth(0).get_attribute("marker-end") and not bars.nth(0).get_attribute("marker-start")
    assert bars.nth(1).get_attribute("marker-start") and not bars.nth(1).get_attribute("marker-end")
    assert not bars.nth(2).get_attribute("marker-start") and not bars.nth(2).get_attribute("marker-end")
    assert fewer["x"] < fewer["x"] + fewer["width"] < about["x"] < about["x"] + about["width"] < more["x"]
    assert more["x"] + more["width"] > about["x"] + about["width"] + 100


def test_a_chart_s_middle_tick_is_a_round_value(write, tmp_path):
    write("articles/a.txt", "Officials said 1,800 people were killed in the quake.")
    write("articles/b.txt", "Officials said 2,205 people were killed in the quake.")
    page = "".join(render_html(check([tmp_path / "articles"])))
    ticks = page[page.index('<svg class="chart"') : page.index("</svg>")]
    assert ">1,800<" in ticks and ">2,000<" in ticks and ">2,205<" in ticks and "2,002.5" not in ticks


XSS = {
    "script": "<script>window.__pwned = 1; alert(1)</script>",
    "img": '<img src=x onerror="window.__pwned = 2; alert(2)">',
    "link": "javascript:window.__pwned=3",
    "textarea": "</textarea><svg onload=alert(4)>",
}


def test_nothing_from_an_article_runs_even_without_the_content_security_policy(visit, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    sentence = "Police said {n} people were injured in the crash {payload} on Monday."
    (articles / "<img src=x onerror=alert(5)>.txt").write_text(
        "\n".join(sentence.format(n=10 + i, payload=payload) for i, payload in enumerate(XSS.values())),
        encoding="utf-8",
    )
    (articles / '"><svg onload=alert(6)>.md').write_text(
        f"---\ntitle: {XSS['script']} {XSS['textarea']}\ndate: 2024-03-02\n---\n\n"
        f"Police said 30 people were injured in the crash. [Read more]({XSS['link']}) {XSS['img']}\n",
        encoding="utf-8",
    )
    (articles / "page.html").write_text(
        "<html><head><title>&lt;script&gt;alert(7)&lt;/script&gt;</title></head><body><article>"
        "<p>Police said 40 people were injured in the crash &lt;img src=x onerror=alert(8)&gt;.</p>"
        f'<p><a href="{XSS["link"]}">more</a> {XSS["script"]}</p></article></body></html>',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = run_cli("run", articles, "--out", out, "--fail-on", "never", "-q")
    assert done.returncode == 0, done.stderr
    opened = visit(out / "report.html", bypass_csp=True)
    page = opened.page
    for link in page.locator("a[href]").all():
        if link.is_visible():
            link.click()
    page.locator("details.article").evaluate_all("items => items.forEach(d => { d.open = true; })")
    page.mouse.move(300, 300)

    assert page.evaluate("window.__pwned") is None
    assert opened.dialogs == [] and opened.requests == []
    assert page.evaluate("document.scripts.length") == 1
    counts = page.evaluate(
        "['img', 'textarea', 'svg[onload]', 'iframe', '[onerror]', '[onload]']"
        ".map(s => document.querySelectorAll(s).length)"
    )
    assert counts == [0] * 6
    hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert hrefs and all(href.startswith("#") for href in hrefs)
    sources, articles = page.locator("#sources").inner_text(), page.locator("details.article").all_inner_texts()
    assert "<img src=x onerror=alert(5)>.txt" in sources and '"><svg onload=alert(6)>.md' in sources
    assert XSS["script"] in sources and "<script>alert(7)</script>" in sources
    assert all(payload in "".join(articles) for payload in XSS.values())
    claims = page.locator("#claims").text_content()
    assert XSS["textarea"] in claims and "<img src=x onerror=alert(8)>" in claims
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    claims = page.locator("#claims tbody tr").count()
    assert claims == len(report["claims"]) >= 6


def test_a_thousand_claims_are_all_listed_and_search_filters_them(visit, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    nouns = [
        "people",
        "officers",
        "soldiers",
        "children",
        "workers",
        "students",
        "miners",
        "farmers",
        "nurses",
        "drivers",
    ]
    events = ["killed", "injured", "detained", "evacuated", "missing"]
    for number in range(100):
        lines = [
            f"Officials said {(number * 7 + i * 13) % 90 + 10} {nouns[(number + i) % 10]} were "
            f"{events[(number // 10 + i) % 5]}."
            for i in range(10)
        ]
        (articles / f"article{number:03d}.txt").write_text(" ".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    done = run_cli("run", articles, "--out", out, "--fail-on", "never", "-q", "--jobs", "1")
    assert done.returncode == 0, done.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(report["claims"]) >= 1000 and len(report["groups"]) >= 20

    opened = visit(out / "report.html")
    page = opened.page
    assert page.locator("#claims tbody tr").count() == len(report["claims"])
    page.fill("#search", "miners")
    assert 0 < page.locator("#claims tbody tr:visible").count() < len(report["claims"])
    assert opened.errors == [] and opened.requests == []
