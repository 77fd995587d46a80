"""Messy and hostile input through the command line: every readable file is read, every other one is
one line naming the file and the reason, and the run goes on.

One folder holds a file of every class; `factcheck run` reads it once and each case checks its file.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from checker import check
from tests.conftest import run_cli, run_unprivileged

SENTENCE = "Police said 12 people were injured in the crash."

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Floods: homes evacuated | Daily Bugle</title>
<meta property="og:site_name" content="Daily Bugle">
<meta property="article:published_time" content="2024-05-01T08:30:00Z">
<script>window.dataLayer = [{"pageViews": 12345}]; if (a < 3 && b > 4) {}</script>
<script type="application/ld+json">{"@type": "NewsArticle", "wordCount": 450}</script>
<style>.x { width: 300px }</style>
</head><body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World (24 new)</a></li></ul></nav>
</header>
<div id="cookie-banner" class="cookie-consent"><p>We use 37 cookies. <button>Accept all 5</button></p></div>
<div class="advertisement">Win 1,000,000 dollars now!</div>
<main id="main"><article>
<h1>Floods force families from their homes</h1>
<figure><img src="x.jpg" alt="200 people on a roof"><figcaption>Rescuers at work.</figcaption></figure>
<p>At least 30 homes were evacuated on Tuesday after the river rose by 2&nbsp;metres, officials said.</p>
<p>Police said 12&#8239;000 sandbags had been handed out &amp; about 150 volunteers helped.</p>
<div class="share-buttons"><a href="#">Share (2.1k)</a></div>
<p>&ldquo;We have never seen anything like it,&rdquo; said the mayor, adding that 4 people were injured.</p>
<aside class="related"><ul><li><a href="/a">Storm kills 9 in neighbouring town</a></li></ul></aside>
</article></main>
<section class="newsletter"><p>Subscribe: 3 free articles left</p></section>
<footer class="site-footer"><p>55 Main Street.</p></footer>
<noscript><img src="pixel.gif?id=999"></noscript><script>console.log(77)</script>
</body></html>
"""

# A page without <article> or <main>: menus and teaser lists are blocks of link text.
DIV_PAGE = """<html><head><title>Storm</title></head><body>
<div id="top"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Top 40 clips</a></div>
<div id="content"><div class="story-body"><h2>Storm hits the coast</h2>
<p>Five people died and 23 were injured when the storm hit, the <a href="/fs">fire service</a> said.</p>
<p>About 4,000 homes were without power.</p></div></div>
<div class="links"><a href="/a">Top 10 beaches</a> <a href="/b">7 tips for summer</a></div>
</body></html>
"""


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", SENTENCE)
    return buffer.getvalue()


# file name -> (content, values the claims must have, values no claim may have); None: not readable.
READABLE: dict[str, tuple[bytes, set[float], set[float]]] = {
    "utf8.txt": (SENTENCE.encode(), {12}, set()),
    "utf8-bom.txt": (codecs.BOM_UTF8 + SENTENCE.encode(), {12}, set()),
    "utf16-le.txt": ("\ufeffOfficials said 14 people were detained.".encode("utf-16-le"), {14}, set()),
    "utf16-be.txt": ("\ufeffOfficials said 14 people were detained.".encode("utf-16-be"), {14}, set()),
    "cp1252.txt": (
        "The mayor’s office said “about 30” people were hurt – café staff said 40.".encode("cp1252"),
        {30, 40},
        set(),
    ),
    "latin1.txt": ("Señora Müller said 25 people were injured at the café in Zürich.".encode("latin-1"), {25}, set()),
    "crlf.txt": (b"Crash on the A1\r\n\r\nPolice said 12 people were injured.\r\nLater 15 were.\r\n", {12, 15}, set()),
    "cr.txt": (b"Crash on the A1\r\rPolice said 12 people were injured.\rLater 15 were.\r", {12, 15}, set()),
    "group-spaces.txt": (
        "Officials said 8\u202f000 people were detained, 7\u2009500 by Monday and 6\u00a0000 on Sunday.".encode(),
        {8000, 7500, 6000},
        {8, 7, 6, 0, 500},
    ),
    "unicode-minus.txt": ("The index changed by \u22123.2 percent on Friday.".encode(), {-3.2}, {3.2}),
    "full-width.txt": (
        "Police said １２ people were injured and ３，５００ homes were damaged.".encode(),
        {12, 3500},
        set(),
    ),
    "front-matter.md": (
        b"---\ntitle: Floods hit 300 towns\ndate: 2024-05-01\noutlet: Daily Bugle\n---\n# Floods\n\n"
        b"At least 30 homes were evacuated.\n\n```\nx = 4000\n```\n\nSee `500 people` and [the map](http://x/99).\n",
        {30},
        {300, 4000, 500, 99},
    ),
    "news.html": (
        NEWS_PAGE.encode(),
        {30, 2, 12000, 150, 4},
        {12345, 450, 300, 24, 37, 5, 1e6, 200, 2.1, 9, 3, 55, 999, 77},
    ),
    "div-page.html": (DIV_PAGE.encode(), {5, 23, 4000}, {40, 10, 7}),
    "no-extension-html": (
        b"<!doctype html><html><body><article><p>Rescuers said 45 people died.</p></article></body></html>",
        {45},
        set(),
    ),
    "no-extension-md": (b"---\ntitle: 90 days\n---\nAbout 70 people were injured.\n", {70}, {90}),
    "no-extension-text": (b"About 70 people were injured.\n", {70}, set()),
    "stray-bytes.txt": ("Café owners said 12 people were hurt in Zürich.".encode() + b" \xff\xfe\n", {12}, set()),
}
UNREADABLE: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n\t \r\n", "empty file"),
    "image.png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file (a PNG image)"),
    "paper.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", "binary file (a PDF document)"),
    "archive.txt": (_zip(), "binary file (a zip archive"),
    "noise.txt": (bytes((n * 7919) % 251 for n in range(4000)), "binary file"),
    "only-markup.html": (
        b"<html><head><script>var n = 5;</script></head><body><nav>1 2 3</nav></body></html>",
        "no article text",
    ),
}


@pytest.fixture(scope="module")
def messy(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str], dict]:
    folder = tmp_path_factory.mktemp("messy")
    for name, (content, *_) in {**READABLE, **UNREADABLE}.items():
        (folder / name).write_bytes(content)
    (folder / "loop").mkdir()
    (folder / "loop" / "inner.txt").write_bytes(SENTENCE.encode())
    (folder / "loop" / "back").symlink_to("..")
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    out = tmp_path_factory.mktemp("out")
    done = run_cli("run", folder, folder / "missing.txt", "--out", out, "--fail-on", "never", "-q", "--jobs", "1")
    return folder, done, json.loads((out / "report.json").read_text(encoding="utf-8"))


def _stderr_line(done: subprocess.CompletedProcess[str], name: str) -> str:
    lines = [line for line in done.stderr.splitlines() if f"{os.sep}{name}:" in line]
    assert len(lines) == 1, (name, done.stderr)
    return lines[0]


def test_the_run_goes_on_and_prints_no_traceback(messy):
    _, done, report = messy
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert all(line.startswith("factcheck: ") for line in done.stderr.splitlines()), done.stderr
    assert {d["id"] for d in report["documents"]} == {*READABLE, "loop/inner.txt"}


@pytest.mark.parametrize("name", READABLE)
def test_readable_file_gives_its_claims(messy, name):
    _, _, report = messy
    _, wanted, unwanted = READABLE[name]
    values = {claim["value"] for claim in report["claims"] if claim["document"] == name}
    assert wanted <= values and not unwanted & values, (name, values)


@pytest.mark.parametrize("name", UNREADABLE)
def test_unreadable_file_is_one_line_with_its_reason(messy, name):
    _, done, _ = messy
    assert UNREADABLE[name][1] in _stderr_line(done, name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [("back", "symbolic link loop"), ("dangling.txt", "broken symbolic link"), ("missing.txt", "no such file")],
)
def test_bad_path_is_one_line_with_its_reason(messy, name, reason):
    _, done, _ = messy
    assert reason in _stderr_line(done, name)


def test_invalid_bytes_are_replaced_and_said(messy):
    _, done, report = messy
    assert "invalid byte" in _stderr_line(done, "stray-bytes.txt")
    assert "stray-bytes.txt" in {d["id"] for d in report["documents"]}


def test_metadata_comes_from_front_matter_and_html_head(messy):
    _, _, report = messy
    documents = {d["id"]: d for d in report["documents"]}
    assert (documents["front-matter.md"]["title"], documents["front-matter.md"]["published"]) == (
        "Floods hit 300 towns",
        "2024-05-01",
    )
    assert documents["front-matter.md"]["outlet"] == documents["news.html"]["outlet"] == "Daily Bugle"
    assert documents["news.html"]["published"] == "2024-05-01T08:30:00Z"


def test_the_date_of_an_outlet_s_dateline_above_the_page_furniture_is_the_publication_date(tmp_path):
    article = tmp_path / "story.txt"
    dateline = "Daily Bugle, 10.01.2022\nSource: wires\n\n"
    furniture = "Share this\n\nRelated Posts\n\nLeave a Reply\n"
    body = "".join(f"Floods hit {n} towns.\n\n" for n in (300, 40, 12, 7))
    article.write_text(body + dateline + furniture, encoding="utf-8")
    (document,) = check([article]).documents
    assert (document.outlet, document.published) == ("Daily Bugle", "2022-01-10")


def test_offsets_point_into_the_text_read(messy):
    folder, _, _ = messy
    result = check([folder], jobs=1)
    texts = {document.id: document.text for document in result.documents}
    assert result.claims and all(texts[c.document][c.start : c.end] == c.surface for c in result.claims)
    assert not any("\r" in text for text in texts.values())
    html = texts["news.html"]
    assert "Subscribe" not in html and "cookies" not in html and "dataLayer" not in html and "Home" not in html


def test_a_file_deleted_during_the_run_is_one_error(tmp_path, write):
    write("a.txt", SENTENCE)
    gone = write("b.txt", SENTENCE)

    def paths():
        yield tmp_path  # both files are listed here ...
        gone.unlink()  # ... and one is deleted before it is read

    result = check(paths(), jobs=1)
    assert [d.id for d in result.documents] == ["a.txt"]
    assert [(Path(e.path).name, e.reason) for e in result.errors] == [
        ("b.txt", "vanished (deleted or moved during the run)")
    ]


def test_no_readable_input_at_all_exits_2(tmp_path, write):
    write("in/empty.txt", "")
    write("in/image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    done = run_cli("run", tmp_path / "in", tmp_path / "missing.txt", "--out", tmp_path / "out")
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 4 and "no readable article" in done.stderr
    assert not (tmp_path / "out").exists()


def test_an_unreadable_file_is_one_line_and_the_others_are_read(shared_dir):
    (shared_dir / "good.txt").write_text(SENTENCE, encoding="utf-8")
    locked = shared_dir / "locked.txt"
    locked.write_text(SENTENCE, encoding="utf-8")
    locked.chmod(0)
    (shared_dir / "out").mkdir(mode=0o777)
    (shared_dir / "out").chmod(0o777)
    done = run_unprivileged("run", shared_dir / "good.txt", locked, "--out", shared_dir / "out", "-q")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == f"factcheck: {locked}: permission denied"
    report = json.loads((shared_dir / "out" / "report.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"]] == ["good.txt"]
