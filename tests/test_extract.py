"""Extraction through the library API: what is read as a claim, with which interval and unit."""

from __future__ import annotations

import pytest

from checker import extract_text, load_rules

RULES = load_rules()

# text -> [(surface, value, low, high, qualifier, unit)] for every claim expected.
CASES = {
    "exact count": ("Sixteen security forces were killed.", [("Sixteen", 16, 16, 16, None, "security personnel")]),
    "almost": ("the detention of almost 8,000 people", [("almost 8,000", 8000, 7200, 8000, "almost", "people")]),
    "about": ("about 100 guests were at the party", [("about 100", 100, 90, 110, "about", "guests")]),
    "at least": ("At least 19 people were treated", [("At least 19", 19, 19, None, "at least", "people")]),
    "more than a dozen": (
        "more than a dozen people were wounded",
        [("more than a dozen", 12, 12, None, "at least", "people")],
    ),
    "up to": ("Up to 16 were injured", [("Up to 16", 16, None, 16, "up to", None)]),
    "plus after": ("4 million-plus viewers", [("4 million-plus", 4e6, 4e6, None, "at least", "viewers")]),
    "range between": ("between 20 and 30 people", [("20 and 30", 20, 20, 30, None, "people")]),
    "range to": ("four to five thousand people", [("four to five thousand", 4000, 4000, 5000, None, "people")]),
    "range dash": ("20-30 officers", [("20-30", 20, 20, 30, None, "officers")]),
    "list is not a range": (
        "three or four officers",
        [("three", 3, 3, 3, None, "officers"), ("four", 4, 4, 4, None, "officers")],
    ),
    "vague": ("it goes about hundreds of people", [("hundreds", None, 200, 999, "vague", "people")]),
    "money": ("a $5bn deal", [("$5bn", 5e9, 5e9, 5e9, None, "USD")]),
    "euros": ("2.8 billion euros in duties", [("2.8 billion euros", 2.8e9, 2.8e9, 2.8e9, None, "EUR")]),
    "percent": ("a 25% tariff", [("25%", 25, 25, 25, None, "percent")]),
    "per cent": ("nearly 40 per cent of voters", [("nearly 40 per cent", 40, 36, 40, "almost", "percent")]),
    "change": ("shares fell 3% on Monday", [("3%", 3, 3, 3, "down", "percent")]),
    "ratio": ("protests against the doubling of gas prices", [("doubling", 2, 2, 2, None, None)]),
    "measure": ("a shot from 30 yards", [("30 yards", 30, 30, 30, None, "yard")]),
    "age": ("a 23-year-old man was arrested", [("23", 23, 23, 23, None, "year")]),
}


@pytest.mark.parametrize("name", CASES, ids=str)
def test_extraction(name):
    text, expected = CASES[name]
    got = [(c.surface, c.value, c.low, c.high, c.qualifier, c.unit) for c in extract_text(text, RULES)]
    assert got == expected


NOT_CLAIMS = [
    "Protests began on January 2, 2022.",
    "It happened in 2014 and again in 2012–13.",
    "Posted: 10.01.2022 14:29:00",
    "The meeting is on 2022-01-10 at 2.15pm, or 5/17/2018 at 10.45 pm.",
    "under Article 4 of the treaty and Section 427",
    "the fourth article, the 2nd round",
    "the G20 summit and COVID-19 rules for the Boeing 737 and the S&P 500",
    "Call 239-555-0199 for details.",
    "They won 2-1 at home.",
    "One of the victims said no one was hurt.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims(text):
    assert extract_text(text, RULES) == []


def test_offsets_point_at_the_surface():
    text = "Police said 12 people were hurt; earlier reports said about 10,000 homes lost power."
    for claim in extract_text(text, RULES):
        assert text[claim.start : claim.end] == claim.surface
