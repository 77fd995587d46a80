"""Tests for checker.numbers: every number in English news text, with its exact span and value."""

from __future__ import annotations

import dataclasses
import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.numbers import Number, find_numbers

KINDS = {"numeral", "words", "fraction", "mixed"}


def surfaces(text: str) -> list[tuple[str, float]]:
    """Each number found in text as (text[start:end], value)."""
    return [(text[number.start : number.end], number.value) for number in find_numbers(text)]


def check(text: str, expected: list[tuple[str, float]]) -> None:
    """Assert that text holds exactly the expected (surface, value) pairs, in order."""
    assert surfaces(text) == [(surface, pytest.approx(value)) for surface, value in expected]


NUMERALS = [
    ("16", [("16", 16)]),
    ("2,030", [("2,030", 2030)]),
    ("8 000", [("8 000", 8000)]),
    ("8\u00a0000", [("8\u00a0000", 8000)]),
    ("8\u202f000", [("8\u202f000", 8000)]),
    ("8\u2009000", [("8\u2009000", 8000)]),
    ("5 crore and 3.5 lakh", [("5 crore", 5e7), ("3.5 lakh", 3.5e5)]),
    ("2 lakh crore", [("2 lakh crore", 2e12)]),
    ("1 000 000 people", [("1 000 000", 1_000_000)]),
    ("16 17", [("16", 16), ("17", 17)]),
    ("in 2014 300 people", [("2014", 2014), ("300", 300)]),
    ("12345,678", [("12345", 12345), ("678", 678)]),
    ("1,0000", [("1", 1), ("0000", 0)]),
    ("1,5", [("1", 1), ("5", 5)]),
    ("1,234.5", [("1,234.5", 1234.5)]),
    ("1.5", [("1.5", 1.5)]),
    ("at .5 percent", [(".5", 0.5)]),
    ("world No.1 at No.10", [("1", 1), ("10", 10)]),
    ("version 1.2.3", [("1.2", 1.2), ("3", 3)]),
    ("the end is 7.", [("7", 7)]),
    ("-4", [("-4", -4)]),
    ("\u22124", [("\u22124", -4)]),
    ("fell to (\u22125.5)", [("\u22125.5", -5.5)]),
    ("x -2", [("-2", -2)]),
    ("COVID-19", [("19", 19)]),
    ("20-30", [("20", 20), ("30", 30)]),
    ("2013-14", [("2013", 2013), ("14", 14)]),
    ("G20 summit", [("20", 20)]),
    ("iPhone11", [("11", 11)]),
    ("5G", [("5", 5)]),
    ("the 1990s", [("1990", 1990)]),
    ("on 5/17/2018", [("5", 5), ("17", 17), ("2018", 2018)]),
    ("10/01", [("10", 10), ("01", 1)]),
    ("at 10:30", [("10", 10), ("30", 30)]),
    ("40%", [("40", 40)]),
]

SCALED = [
    ("1.5 million", [("1.5 million", 1.5e6)]),
    ("2.5 billion", [("2.5 billion", 2.5e9)]),
    ("3 trillion", [("3 trillion", 3e12)]),
    ("5 thousand", [("5 thousand", 5e3)]),
    ("5 Million", [("5 Million", 5e6)]),
    ("3 dozen", [("3 dozen", 36)]),
    ("4 million-plus", [("4 million", 4e6)]),
    ("2.5 millions", [("2.5", 2.5)]),
    ("$5bn", [("5bn", 5e9)]),
    ("5bn", [("5bn", 5e9)]),
    ("2.7bn", [("2.7bn", 2.7e9)]),
    ("10k", [("10k", 1e4)]),
    ("3.2mn", [("3.2mn", 3.2e6)]),
    ("$1tn", [("1tn", 1e12)]),
    ("$3m", [("3m", 3e6)]),
    ("£1.5m", [("1.5m", 1.5e6)]),
    ("€40m and ¥3bn", [("40m", 4e7), ("3bn", 3e9)]),
    ("3m", [("3", 3)]),
    ("a 3m wall", [("3", 3)]),
    ("3 m", [("3", 3)]),
    ("10km", [("10", 10)]),
    ("4 hundred million people", [("4 hundred million", 4e8)]),
    ("2 hundred thousand", [("2 hundred thousand", 2e5)]),
    ("5 million thousand", [("5 million", 5e6)]),
    # A glued "m" without a currency: million before a plural noun, metres otherwise.
    ("35m subscribers", [("35m", 3.5e7)]),
    ("the combined 4.3M digital and physical copies", [("4.3M", 4.3e6)]),
    ("1.2m tonnes of ore", [("1.2m", 1.2e6)]),
    ("about 8m of its users", [("8m", 8e6)]),
    ("the 1.5m people who", [("1.5m", 1.5e6)]),
    ("300m yen", [("300m", 3e8)]),
    ("an 8m drop", [("8", 8)]),
    ("the 200m freestyle", [("200", 200)]),
    ("a tower 30m tall", [("30", 30)]),
    ("won the 100m sprint heats", [("100", 100)]),
    ("a 10m drop onto rocks", [("10", 10)]),
    ("he fell 10m into the rocks", [("10", 10)]),
    ("a 5m-long boat", [("5", 5)]),
    ("32m2 of floor", [("32", 32), ("2", 2)]),
    ("ran 3m.", [("3", 3)]),
    # A word of money or sales just before it, when none after decides: million.
    ("sold 3m.", [("3m", 3e6)]),
    ("the club paid 3m for him", [("3m", 3e6)]),
    ("a fine of 2.5m", [("2.5m", 2.5e6)]),
    ("the deal is worth about 40m", [("40m", 4e7)]),
    ("paid for a 3m wall", [("3", 3)]),
    ("paid to move it 3m away", [("3", 3)]),
    ("USD10m", [("10m", 1e7)]),
    ("AUD 1.5m", [("1.5m", 1.5e6)]),
    ("HK $5.4m", [("5.4m", 5.4e6)]),
    ("$US5m", [("5m", 5e6)]),
]

FRACTIONS = [
    ("1/3", [("1/3", 1 / 3)]),
    ("3/4 of them", [("3/4", 0.75)]),
    ("9/10", [("9/10", 0.9)]),
    ("3/8", [("3/8", 0.375)]),
    ("1\u20442 with a fraction slash", [("1\u20442", 0.5)]),
    ("1/100", [("1", 1), ("100", 100)]),
    ("24/7", [("24", 24), ("7", 7)]),
    ("3/3", [("3", 3), ("3", 3)]),
    ("11/2", [("11", 11), ("2", 2)]),
    ("1/2/2020", [("1", 1), ("2", 2), ("2020", 2020)]),
    ("2020/1/2", [("2020", 2020), ("1", 1), ("2", 2)]),
    ("½ ¼ ¾ ⅓ ⅔", [("½", 0.5), ("¼", 0.25), ("¾", 0.75), ("⅓", 1 / 3), ("⅔", 2 / 3)]),
    ("2½", [("2½", 2.5)]),
    ("3⅞", [("3⅞", 3.875)]),
    ("2 ½", [("2 ½", 2.5)]),
    ("-2½", [("-2½", -2.5)]),
    ("1 1/2", [("1 1/2", 1.5)]),
    ("in 2014 1/2 of them", [("2014", 2014), ("1/2", 0.5)]),
    # Other denominators only when the writing says it is a fraction.
    ("1/16 of a pint", [("1/16", 1 / 16)]),
    ("1/16 inch", [("1/16", 1 / 16)]),
    ("1\u204432 and 1\u2044128", [("1\u204432", 1 / 32), ("1\u2044128", 1 / 128)]),
    ("5/17 people", [("5", 5), ("17", 17)]),
    ("the 9/11 attacks", [("9", 9), ("11", 11)]),
    ("on 7/25", [("7", 7), ("25", 25)]),
]

WORDS = [
    ("Sixteen", [("Sixteen", 16)]),
    ("ONE HUNDRED", [("ONE HUNDRED", 100)]),
    ("twenty-five", [("twenty-five", 25)]),
    ("twenty five", [("twenty five", 25)]),
    ("ninety-nine", [("ninety-nine", 99)]),
    ("one hundred and twelve", [("one hundred and twelve", 112)]),
    ("one hundred twelve", [("one hundred twelve", 112)]),
    ("a hundred", [("a hundred", 100)]),
    ("a hundred thousand", [("a hundred thousand", 1e5)]),
    ("twenty-one hundred", [("twenty-one hundred", 2100)]),
    ("three thousand four hundred", [("three thousand four hundred", 3400)]),
    ("two million three hundred thousand and five", [("two million three hundred thousand and five", 2_300_005)]),
    ("one thousand and one nights", [("one thousand and one", 1001)]),
    ("one thousand two thousand", [("one thousand", 1000), ("two thousand", 2000)]),
    ("a dozen", [("a dozen", 12)]),
    ("A dozen eggs", [("A dozen", 12)]),
    ("two dozen", [("two dozen", 24)]),
    ("half a million", [("half a million", 5e5)]),
    ("half a dozen", [("half a dozen", 6)]),
    ("a half-dozen", [("a half-dozen", 6)]),
    ("a third", [("a third", 1 / 3)]),
    ("one half", [("one half", 0.5)]),
    ("two-thirds", [("two-thirds", 2 / 3)]),
    ("two thirds", [("two thirds", 2 / 3)]),
    ("three-quarters", [("three-quarters", 0.75)]),
    ("a quarter", [("a quarter", 0.25)]),
    ("a quarter million", [("a quarter million", 2.5e5)]),
    ("two and a half million", [("two and a half million", 2.5e6)]),
    ("seven-and-a-half", [("seven-and-a-half", 7.5)]),
    ("a couple of friends", [("a couple", 2)]),
    ("a couple hundred", [("a couple hundred", 200)]),
    ("a couple of million", [("a couple of million", 2e6)]),
    ("a pair of shoes", [("a pair", 2)]),
    ("zero", [("zero", 0)]),
    ("one", [("one", 1)]),
    ("one of them", [("one", 1)]),
    ("a million", [("a million", 1e6)]),
    ("two and three", [("two", 2), ("three", 3)]),
    ("one two", [("one", 1), ("two", 2)]),
    ("a two-second delay", [("two", 2)]),
    ("nine-year-old", [("nine", 9)]),
    ("a million and a half", [("a million and a half", 1.5e6)]),
    ("two million and a half", [("two million and a half", 2.5e6)]),
    ("a dozen and a half eggs", [("a dozen and a half", 18)]),
    ("minus 5", [("minus 5", -5)]),
    ("minus-5 yards", [("minus-5", -5)]),
    ("about Minus 40 degrees", [("Minus 40", -40)]),
    ("minus five", [("minus five", -5)]),
    ("minus -5", [("-5", -5)]),
    ("almost half of them", [("half", 0.5)]),
    ("Half the flats were sold", [("Half", 0.5)]),
    ("half its staff", [("half", 0.5)]),
    ("three quarters of voters", [("three quarters", 0.75)]),
    ("three-quarters", [("three-quarters", 0.75)]),
    ("two quarters", [("two", 2)]),
    ("profits fell for three quarters in a row", [("three", 3)]),
    ("two fourths", [("two", 2)]),
]

NOT_NUMBERS = [
    "fourth",
    "the second time",
    "4th",
    "21st",
    "2nd and 3rd",
    "the 11TH hour",
    "twenty-first century",
    "thirty-second",
    "one hundred and first",
    "a fifth",
    "the third quarter",
    "someone",
    "often",
    "tone",
    "Bone",
    "once",
    "twice",
    "hundreds",
    "dozens",
    "thousands",
    "millions",
    "tens of thousands",
    "several million",
    "a",
    "an apple",
    "a couple",
    "a pair",
    "half",
    "a third-party audit",
    "a quarter-final",
    "the second half of the year",
    "in the first half of the season",
    "half-time",
    "cut in half",
    "a half-brother",
    "the other half of the",
]

KIND_CASES = [
    ("16", "numeral"),
    ("-4", "numeral"),
    ("3m", "numeral"),
    ("2.5 million", "mixed"),
    ("5bn", "mixed"),
    ("3 dozen", "mixed"),
    ("2½", "mixed"),
    ("1 1/2", "mixed"),
    ("1/3", "fraction"),
    ("½", "fraction"),
    ("twenty-five", "words"),
    ("a third", "words"),
    ("half a million", "words"),
]


@pytest.mark.parametrize(("text", "expected"), NUMERALS, ids=[text for text, _ in NUMERALS])
def test_numerals(text: str, expected: list[tuple[str, float]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), SCALED, ids=[text for text, _ in SCALED])
def test_scales(text: str, expected: list[tuple[str, float]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), FRACTIONS, ids=[text for text, _ in FRACTIONS])
def test_fractions(text: str, expected: list[tuple[str, float]]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), WORDS, ids=[text for text, _ in WORDS])
def test_number_words(text: str, expected: list[tuple[str, float]]) -> None:
    check(text, expected)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(("text", "kind"), KIND_CASES, ids=[text for text, _ in KIND_CASES])
def test_kind(text: str, kind: str) -> None:
    assert [number.kind for number in find_numbers(text)] == [kind]


def test_offsets_in_a_sentence() -> None:
    text = "Sales rose 40% to $5bn, up from two-thirds of 2019's 3.5 billion."
    assert find_numbers(text) == [
        Number(11, 13, 40.0, "numeral"),
        Number(19, 22, 5e9, "mixed"),
        Number(32, 42, pytest.approx(2 / 3), "words"),
        Number(46, 50, 2019.0, "numeral"),
        Number(53, 64, 3.5e9, "mixed"),
    ]


def test_word_at_the_very_start_and_end() -> None:
    check("One", [("One", 1)])
    check("Seven people, and then eight", [("Seven", 7), ("eight", 8)])


def test_offsets_survive_a_character_whose_lower_case_is_longer() -> None:
    check("İİ one İ two", [("one", 1), ("two", 2)])


def test_number_is_frozen() -> None:
    number = find_numbers("16")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        number.value = 17.0  # type: ignore[misc]


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from([",", " ", "\u00a0", "\u2009", "\u202f"]))
def test_grouped_integers_read_back(value: int, separator: str) -> None:
    grouped = f"{value:,}".replace(",", separator)
    text = f"about {grouped} people"
    check(text, [(grouped, value)])


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=99))
def test_decimals_read_back(whole: int, hundredths: int) -> None:
    written = f"{whole}.{hundredths:02d}"
    check(f"rose to {written} last year", [(written, float(written))])


FRAGMENTS = [
    "0", "1", "2", "3", "12", "2014", "1,000", "8 000", ",", ".", "/", "-", "\u2212", " ", "\u00a0",
    "\n", "½", "⅔", "$", "£", "%", "st", "th", "m", "bn", "k", "million", "dozen", "hundred", "a",
    "and", "of", "one", "twenty", "five", "half", "third", "thirds", "quarter", "couple", "pair",
    "first", "second", "someone", "İ", "A", "One", "x",
]  # fmt: skip
TEXTS = st.text() | st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)


@given(TEXTS)
def test_spans_are_sorted_non_overlapping_and_inside_the_text(text: str) -> None:
    numbers = find_numbers(text)
    for number in numbers:
        surface = text[number.start : number.end]
        assert 0 <= number.start < number.end <= len(text)
        assert surface == surface.strip()
        assert number.kind in KINDS
        assert not math.isnan(number.value)
    for before, after in itertools.pairwise(numbers):
        assert before.end <= after.start
