"""Properties that hold for any text: extraction and the whole pipeline never raise, every claim's
offsets point at its surface text, low <= value <= high, and the output is deterministic; the HTML
report escapes any value exactly as markupsafe does and puts any text on one line as a regex does.

Texts are random, or made-up article sentences mutated at random (characters inserted, deleted,
swapped, number-like tokens spliced in). The budget comes from the hypothesis profile (conftest).
"""

from __future__ import annotations

import json
import math
import re
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape

from checker import check, extract_text, load_rules
from checker.report.html import _escape, _one_line
from checker.report.tables import claims_csv, report_json

RULES = load_rules()
ARTICLE = (
    "Police said 12 people were injured and almost 8,000 were detained on 10 January 2022. "
    "Between 20 and 30 officers, some 1.5 million dollars and 40% of homes: sixteen killed, "
    "up to 16 wounded, more than a dozen hurt. Prices rose 3.2 percent; 8\u202f000 fled, "
    "\u22125 degrees, \uff11\uff12 cars. The toll has risen to 17, the ministry said.\n\n"
    "“About 70,” a spokesman told reporters — hundreds more, dozens of them children.\n"
)
TOKENS = st.sampled_from(
    [
        "12",
        "1,000",
        "1.5",
        "8 000",
        "\u2212",
        "-",
        "–",
        "%",
        "$",
        "€",
        "million",
        "between",
        "and",
        "to",
        "about",
        "almost",
        "at least",
        "up to",
        "people",
        "killed",
        "said",
        "dozens",
        "twenty-one",
        "1/2",
        "½",
        "\n",
        ".",
        ",",
        "“",
        "'",
        "(",
        ")",
        "1e400",
        "9" * 40,
        "0.000001",
        "１２",
        "٣",
        "\u0301",
        "\ufeff",
    ]
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """ARTICLE with a few random edits."""
    text = ARTICLE
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "token", "swap"]))
        if edit == "insert":
            text = text[:at] + draw(st.text(max_size=4)) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 12)) :]
        elif edit == "token":
            text = text[:at] + draw(TOKENS) + text[at:]
        elif at + 1 < len(text):
            text = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
    return text


TEXTS = st.one_of(
    mutated(),
    st.lists(st.one_of(TOKENS, st.text(max_size=6)), max_size=40).map(" ".join),
    st.text(max_size=300),
)


def assert_sound(text: str, claims) -> None:
    """Offsets point at the surface; values are finite and inside their interval."""
    for claim in claims:
        assert text[claim.start : claim.end] == claim.surface, claim
        assert 0 <= claim.start < claim.end <= len(text), claim
        for number in (claim.value, claim.low, claim.high):
            assert number is None or math.isfinite(number), claim
        if claim.value is not None:
            assert claim.low is None or claim.low <= claim.value, claim
            assert claim.high is None or claim.value <= claim.high, claim
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high, claim


@given(TEXTS)
def test_extraction_of_any_text_is_sound_and_deterministic(text):
    claims = extract_text(text, RULES)
    assert_sound(text, claims)
    assert extract_text(text, RULES) == claims


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ""])


def _strict_json(text: str) -> object:
    def refuse(constant: str) -> object:
        raise AssertionError(f"{constant} in report.json")

    return json.loads(text, parse_constant=refuse)


@settings(max_examples=max(5, settings().max_examples // 5))
@given(st.lists(st.tuples(TEXTS, ENCODINGS, SUFFIXES), min_size=1, max_size=4))
def test_the_pipeline_on_any_articles_is_sound_and_deterministic(articles):
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for number, (text, encoding, suffix) in enumerate(articles):
            data = text.encode(encoding, errors="replace")
            (folder / f"{number}{suffix}").write_bytes(data)
        first, second = check([folder], RULES, jobs=1), check([folder], RULES, jobs=1)
    texts = {document.id: document.text for document in first.documents}
    assert len(first.documents) + len(first.errors) >= len(articles)
    for claim in first.claims:
        assert_sound(texts[claim.document], [claim])
    assert report_json(first) == report_json(second) and claims_csv(first) == claims_csv(second)
    _strict_json(report_json(first))


@given(st.one_of(st.text(), st.text(alphabet="&<>'\"a &amp;"), st.floats(), st.integers()))
def test_the_html_report_escapes_any_value_as_markupsafe_does(value):
    assert _escape(value) == escape(value)


@given(st.one_of(TEXTS, st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000ab")))
def test_the_html_report_puts_any_text_on_one_line_as_a_regex_does(text):
    assert _one_line(text) == re.sub(r"\s+", " ", text)
