"""Fuzzing the readers: any bytes under any name give a Document or a one-line ReadError, never an
exception, and a Document's text is what the extractor may count offsets in.

The inputs are random bytes, random strings of markup pieces and troublesome characters in several
encodings, and real-looking files (HTML, Markdown, UTF-16, Windows-1252) with random bytes flipped,
cut or spliced in. Inputs that once broke a reader are kept in tests/corpus/
and replayed on every run, through the library and through the command line.
"""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checker import extract_text, load_rules
from checker.model import Document, ReadError
from checker.read import read_document
from tests.conftest import run_cli
from tests.test_properties import assert_sound

RULES = load_rules()
CORPUS = Path(__file__).parent / "corpus"
SEEDS = (
    b"<!DOCTYPE html><html><head><title>T</title><script>var a = '<p>';</script><style>p{}</style></head>"
    b"<body><nav><a href='/'>Home 24</a></nav><main><article><h1>Storm</h1><p>About 40 homes were "
    b"flooded &amp; 3&#8239;000 left.</p><!-- 99 --><![CDATA[ 5 ]]><p>2 &lt;b&gt; hurt</p></article></main>"
    b"<footer>(c) 2024</footer></body></html>",
    b"---\ntitle: Floods\ndate: 2024-05-01\n---\n# Head\n\nAt least 30 homes.\n\n```\n4000\n```\n`7` [x](http://y/8)\n",
    codecs.BOM_UTF16_LE + "Officials said 14 people were detained.\r\n".encode("utf-16-le"),
    "The mayor’s office said “about 30” were hurt – café.\r".encode("cp1252"),
)


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A seed file with random bytes flipped, cut out or spliced in."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["flip", "cut", "splice", "truncate"]))
        if edit == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif edit == "cut":
            del data[at : at + draw(st.integers(1, 40))]
        elif edit == "splice":
            data[at:at] = draw(st.binary(max_size=16))
        else:
            del data[at:]
    return bytes(data)


# Pieces of markup, front matter and troublesome characters, strung together at random.
PIECES = st.sampled_from(
    "<html> <body> <article> </article> <main> </main> <p> </p> <a href=x> </a> <script> </script> <style> "
    "</style> <!-- --> <![CDATA[ ]]> <title> </title> <nav> </nav> <div> </div> <br> <br/> <img> <svg> </svg> "
    "<textarea> </textarea> <template> <noscript> <p hidden> &amp; &#8239; &#x0; &#99999999; &nbsp; & < </ "
    "<!doctype> <?xml?> ---\n +++\n title:\n title=\n ``` ~~~ ` [a](b) # \n \r \r\n \t \x00 \x1b \ufeff "
    "\u00a0 \u2009 \ufffd \uff11 é — 12 1,000 people killed said".split(" ")
)
MARKUP = st.builds(
    lambda pieces, encoding: "".join(pieces).encode(encoding, errors="replace"),
    st.lists(PIECES | st.text(max_size=3), max_size=60),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "cp1252"]),
)
NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.htm", "a", "A.HTML", "a.markdown"])


def assert_read_soundly(path: Path) -> Document | ReadError:
    """Read one file: a Document whose text is clean and whose claims are sound, or a one-line error."""
    notes: list[ReadError] = []
    document = read_document(path, path.name, notes=notes)
    for error in (*notes, document):
        if isinstance(error, ReadError):
            assert error.path == str(path) and error.reason and "\n" not in error.reason, error
    if isinstance(document, Document):
        assert document.text.strip() and "\r" not in document.text
        for field in (document.title, document.published, document.outlet):
            assert field is None or ("\n" not in field and len(field) <= 300)
        assert_sound(document.text, extract_text(document.text, RULES, document=document.id))
    return document


@given(st.one_of(damaged(), MARKUP, st.binary(max_size=3000)), NAMES)
@example(b"\xff\xfe\x00", "a.txt")
@example(b"\xef\xbb\xbf", "a.html")
def test_any_bytes_under_any_name_are_read_or_refused_in_one_line(data, name):
    with tempfile.TemporaryDirectory() as temporary:
        path = Path(temporary) / name
        path.write_bytes(data)
        assert_read_soundly(path)


# corpus file -> what its text must hold now (None: it must be refused), and what it must not.
CORPUS_CASES = {
    "markup-then-bom.html": (None, ""),  # was a Document of one invisible character
    "stray-bytes-near-tie.txt": ("injured \xff\xfe in the crash \u20ac", "\u0103"),  # was read as Central European
    "link-lists-without-article.html": ("Five people died and 23 were injured", "Top 10"),  # menus were article text
    "unclosed-script-at-the-end.html": ("Police said 12 people were hurt", "var x"),  # the text before it was lost
    "utf8-with-a-stray-byte.txt": ("Café owners in Zürich said 12 people were hurt.\ufffd", "Ã"),
}


def test_every_corpus_file_has_its_case():
    assert sorted(CORPUS_CASES) == sorted(path.name for path in CORPUS.iterdir())


@pytest.mark.parametrize("name", CORPUS_CASES)
def test_inputs_that_once_failed_are_read_soundly(name):
    present, absent = CORPUS_CASES[name]
    document = assert_read_soundly(CORPUS / name)
    if present is None:
        assert isinstance(document, ReadError)
    else:
        assert isinstance(document, Document) and present in document.text and absent not in document.text


def test_the_corpus_through_the_command_line(tmp_path):
    done = run_cli("run", CORPUS, "--out", tmp_path, "-q", "--fail-on", "never", "--jobs", "1")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and all(line.startswith("factcheck: ") for line in done.stderr.splitlines())
    assert "utf8-with-a-stray-byte.txt: read as UTF-8 with 1 invalid byte replaced" in done.stderr  # was silent
