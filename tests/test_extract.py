"""Extraction through the library API: what is read as a claim, with which interval and unit."""

from __future__ import annotations

import pytest

from checker import extract_text, load_rules
from checker.extract import find_figures

RULES = load_rules()

# text -> [(surface, value, low, high, qualifier, unit)] for every claim expected.
CASES = {
    "exact count": ("Sixteen security forces were killed.", [("Sixteen", 16, 16, 16, None, "security personnel")]),
    "almost": ("the detention of almost 8,000 people", [("almost 8,000", 8000, 7200, 8000, "almost", "people")]),
    "about": ("about 100 guests were at the party", [("about 100", 100, 90, 110, "about", "people")]),
    "at least": ("At least 19 people were treated", [("At least 19", 19, 19, None, "at least", "people")]),
    "more than a dozen": (
        "more than a dozen people were wounded",
        [("more than a dozen", 12, 12, None, "at least", "people")],
    ),
    "up to": ("Up to 16 were injured", [("Up to 16", 16, 14.4, 16, "up to", "people")]),
    "fewer than": ("fewer than 20 people were hurt", [("fewer than 20", 20, None, 20, "fewer than", "people")]),
    "plus after": ("4 million-plus viewers", [("4 million-plus", 4e6, 4e6, None, "at least", "viewers")]),
    "plus sign after": ("10,000+ people", [("10,000+", 1e4, 1e4, None, "at least", "people")]),
    "well over": ("Well over 100 people", [("Well over 100", 100, 100, None, "at least", "people")]),
    "a one who died": ("A woman died at the scene; a man killed his wife.", [("A", 1, 1, 1, None, "people")]),
    "none of what it counts": ("No police officers were hurt.", [("No", 0, 0, 0, None, "security personnel")]),
    "a multiplier shared by a list and a range": (
        "two or three dozen people and two to three hundred cars, 1,000 to 2 million fans",
        [
            ("two", 24, 24, 24, None, "people"),
            ("three dozen", 36, 36, 36, None, "people"),
            ("two to three hundred", 200, 200, 300, None, "cars"),
            ("1,000 to 2 million", 1000, 1000, 2e6, None, "fans"),
        ],
    ),
    "a vague amount scaled": (
        "several dozen people and a few hundred thousand fans",
        [
            ("several dozen", None, 36, 108, "vague", "people"),
            ("a few hundred thousand", None, 2e5, 5e5, "vague", "fans"),
        ],
    ),
    "upward of": ("upward of a thousand people", [("upward of a thousand", 1000, 1000, None, "at least", "people")]),
    "odd after a figure": ("thirty-odd people", [("thirty-odd", 30, 30, None, "at least", "people")]),
    "a fraction of a scale": (
        "a quarter of a million people",
        [("a quarter of a million", 2.5e5, 2.5e5, 2.5e5, None, "people")],
    ),
    "just below": ("just below 500 homes", [("just below 500", 500, 450, 500, "almost", "homes")]),
    "range between": ("between 20 and 30 people", [("20 and 30", 20, 20, 30, None, "people")]),
    "range to": ("four to five thousand people", [("four to five thousand", 4000, 4000, 5000, None, "people")]),
    "range dash": ("20-30 officers", [("20-30", 20, 20, 30, None, "officers")]),
    "list is not a range": (
        "three or four officers",
        [("three", 3, 3, 3, None, "officers"), ("four", 4, 4, 4, None, "officers")],
    ),
    "vague": ("it goes about hundreds of people", [("hundreds", None, 200, 999, "vague", "people")]),
    "a handful without of": ("Only a handful were arrested.", [("a handful", None, 2, 6, "vague", "people")]),
    "a couple of is two, or two or three": (
        "a couple of witnesses and a pair of officers",
        [("a couple", 2, 2, 3, None, "witnesses"), ("a pair", 2, 2, 2, None, "officers")],
    ),
    "money": ("a $5bn deal", [("$5bn", 5e9, 5e9, 5e9, None, "USD")]),
    "euros": ("2.8 billion euros in duties", [("2.8 billion euros", 2.8e9, 2.8e9, 2.8e9, None, "EUR")]),
    "percent": ("a 25% tariff", [("25%", 25, 25, 25, None, "percent")]),
    "per cent": ("nearly 40 per cent of voters", [("nearly 40 per cent", 40, 36, 40, "almost", "percent")]),
    "change": ("shares fell 3% on Monday", [("3%", 3, 3, 3, "down", "percent")]),
    "ratio": ("protests against the doubling of gas prices", [("doubling", 2, 2, 2, None, None)]),
    "measure": ("a shot from 30 yards", [("30 yards", 30, 30, 30, None, "yard")]),
    "a share of two counts is a percent": (
        "About 1 in 5 adults were hurt; three out of four doctors agree; 25 per 100,000 residents",
        [
            ("About 1 in 5", 20, 18, 22, "about", "percent"),
            ("three out of four", 75, 75, 75, None, "percent"),
            ("25 per 100,000", 0.025, 0.025, 0.025, None, "percent"),
        ],
    ),
    "no share where the first is larger or the second a length of time": (
        "He killed 3 in 2 attacks. Two were arrested in 3 days.",
        [
            ("3", 3, 3, 3, None, "people"),
            ("2", 2, 2, 2, None, "attacks"),
            ("Two", 2, 2, 2, None, "people"),
            ("3 days", 3, 3, 3, None, "day"),
        ],
    ),
    "percentage points, and a margin either way": (
        "a margin of error of plus or minus 3 percentage points",
        [("3 percentage points", 3, 3, 3, None, "percentage point")],
    ),
    "grams glued to their number": ("300g of cocaine", [("300g", 300, 300, 300, None, "gram")]),
    "a past tense without -ed ends what is counted": (
        "three-quarters of the rest took pay cuts",
        [("three-quarters", 0.75, 0.75, 0.75, None, "rest")],
    ),
    "a model's name before what is counted": (
        "Two B-52 bombers and 12 F-35 jets flew over.",
        [("Two", 2, 2, 2, None, "bombers"), ("12", 12, 12, 12, None, "jets")],
    ),
    "a length of time joined by a hyphen is in its unit": ("a 13-minute spree", [("13", 13, 13, 13, None, "minute")]),
    "another past tense without -ed": ("One bullet struck the car", [("One", 1, 1, 1, None, "bullet")]),
    "temperatures with the letter of their scale": (
        "Temperatures hit 47C (117F).",
        [("47C", 47, 47, 47, None, "degree Celsius"), ("117F", 117, 117, 117, None, "degree fahrenheit")],
    ),
    "a measure joined by a hyphen": (
        "a 6-foot fence and a 6.1-inch screen",
        [("6-foot", 6, 6, 6, None, "foot"), ("6.1-inch", 6.1, 6.1, 6.1, None, "inch")],
    ),
    "a figure joined by a hyphen borrows no noun": (
        "Two people died and a four-year deal was signed.",
        [("Two", 2, 2, 2, None, "people"), ("four", 4, 4, 4, None, None)],
    ),
    "age": ("a 23-year-old man was shot", [("23", 23, 23, 23, None, "year")]),  # one victim, described
    "one arrested, and the age": (
        "a 23-year-old man was arrested",
        [("a", 1, 1, 1, None, "people"), ("23", 23, 23, 23, None, "year")],
    ),
    "a meeting is held, no one detained": ("a meeting was held", []),
    "an age the people named share": (
        "The two men, both 22, were charged.",
        [("two", 2, 2, 2, None, "people"), ("22", 22, 22, 22, None, "year")],
    ),
    "a number word after week or day is a count": ("Last week two people died.", [("two", 2, 2, 2, None, "people")]),
    "a casualty counted by a": ("A police officer was killed.", [("A", 1, 1, 1, None, "security personnel")]),
    "none, where what happened follows": ("No arrests have been made.", [("No", 0, 0, 0, None, "people")]),
    "no one, where what happened follows": ("A victim said no one was hurt.", [("no one", 0, 0, 0, None, "people")]),
    "an ordinal counts so far": ("A second man is in custody.", [("A second", 2, 2, 2, None, "people")]),
    "an ordinal is no fraction": ("A third person died.", [("A third", 3, 3, 3, None, "people")]),
    "an ordinal before a verb": ("A second suspect was arrested.", [("A second", 2, 2, 2, None, "suspect")]),
    "half a before a unit": ('the "half a ton" of files', [("half a ton", 0.5, 0.5, 0.5, None, "short ton")]),
    "candles are things, not candela": (
        "Mourners lit more than two dozen candles.",
        [("more than two dozen", 24, 24, None, "at least", "candles")],
    ),
    "shared scale and unit": (
        "5 or 6 million tonnes",
        [("5", 5e6, 5e6, 5e6, None, "tonne"), ("6 million tonnes", 6e6, 6e6, 6e6, None, "tonne")],
    ),
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
    "Call 020 7946 0958, +44 20 7946 0958 or (0161) 496 0000.",
    "He lived at 221B Baker Street; it was the second one.",
    "Published 3 hours ago | 5 min read\n12 comments\nIt happened two years ago.",
    "(2) The council met.\nStep 3: add the flour.",
    "Back in '98, the class of ’05 met.",
    "They won 2-1 at home.",
    "One of the victims said so, no doubt; nobody knows why.",
    "It was the second time a second shooting killed nobody.",
    "A seventh person was injured by glass.",
    "A second gunshot killed him; a second delay followed.",
    "He fired again a second later",
    "They met on 17 and 18 March and again on May 3 to 5.",
    "Music from the '90s; the final score was 102-99.",
    "The firm filed for Chapter Eleven and is in phase two.",
    "a three-bed flat in a five-star hotel",
    "Luke Shaw: 6.5/10",
    "A number of people was killed; a meeting was held.",
    "He was found about two blocks away, in the 100-block of West Elm Street.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims(text):
    assert extract_text(text, RULES) == []


def test_a_sentence_may_end_in_a_number():
    text = "The victims were aged 17 to 28. Five are in stable condition. It cost $3.5 million."
    sentences = [claim.sentence for claim in extract_text(text, RULES)]
    assert sentences == ["The victims were aged 17 to 28.", "Five are in stable condition.", "It cost $3.5 million."]


def test_a_period_that_opens_a_number_ends_no_sentence():
    text = "Police found 10 shell casings from .40-caliber and .45-caliber guns. Two were hurt."
    sentences = [claim.sentence for claim in extract_text(text, RULES)]
    assert sentences == ["Police found 10 shell casings from .40-caliber and .45-caliber guns.", "Two were hurt."]


def test_offsets_point_at_the_surface():
    text = "Police said 12 people were hurt; earlier reports said about 10,000 homes lost power."
    text += " İSTANBUL, ÉTÉ: About 30 MEN were held."  # capitals outside ASCII keep offsets in place
    for claim in extract_text(text, RULES):
        assert text[claim.start : claim.end] == claim.surface


# The extract stage alone (checker.extract.find_figures): text -> [(surface, value, low, high, kind, unit)],
# the unit being the figure's own (a unit of measure or a currency), not what it counts.
FIGURES = {
    "change then level, percent": (
        "Shares rose 6.5% to 164p.",
        [("6.5%", 6.5, 6.5, 6.5, "change", "percent"), ("164p", 164, 164, 164, "money", "GBX")],
    ),
    "change then level, money": (
        "The deficit increased by $4.6 billion to $41.9 billion.",
        [
            ("$4.6 billion", 4.6e9, 4.6e9, 4.6e9, "money", "USD"),
            ("$41.9 billion", 41.9e9, 41.9e9, 41.9e9, "money", "USD"),
        ],
    ),
    "percent then a level without a unit": (
        "The index gained 0.7 percent to 6,100.50.",
        [("0.7 percent", 0.7, 0.7, 0.7, "change", "percent"), ("6,100.50", 6100.5, 6100.5, 6100.5, "count", None)],
    ),
    "a range keeps its unit on both ends": (
        "between 20% and 30% of voters, 20 to 30 per cent of them",
        [("20% and 30%", 20, 20, 30, "percent", "percent"), ("20 to 30 per cent", 20, 20, 30, "percent", "percent")],
    ),
    "from a currency after a change verb is not a range": (
        "The price fell from $24 to $23.",
        [("$24", 24, 24, 24, "money", "USD"), ("$23", 23, 23, 23, "money", "USD")],
    ),
    "written high to low is a tally, not a range": (
        "The vote was 52 to 48, aged 17 to 28.",
        [("52", 52, 52, 52, "count", None), ("48", 48, 48, 48, "count", None), ("17 to 28", 17, 17, 28, "age", "year")],
    ),
    "a range of rates after a change word, and a range below zero": (
        "Prices rose 10%-15% as temperatures fell to -5 to -10.",
        [("10%-15%", 10, 10, 15, "change", "percent"), ("-5 to -10", -5, -10, -5, "count", None)],
    ),
    "ages between two figures": ("aged between 18 and 25", [("18 and 25", 18, 18, 25, "age", "year")]),
    "a change by a qualified rate, and a level a rate fell below": (
        "Shares rose nearly 3% as unemployment fell below 5%.",
        [("nearly 3%", 3, 2.7, 3, "change", "percent"), ("below 5%", 5, None, 5, "percent", "percent")],
    ),
    "a chain of levels is not a range": (
        "The bonus went from $10 to $15 to $20.",
        [("$10", 10, 10, 10, "money", "USD"), ("$15", 15, 15, 15, "money", "USD"), ("$20", 20, 20, 20, "money", "USD")],
    ),
    "a dash range inside a change stays a range": (
        "mileage rose from about 14-18 mpg to 24",
        [("14-18 mpg", 14, 14, 18, "measure", "mile per gallon"), ("24", 24, 24, 24, "count", None)],
    ),
    "hyphenated to": ("the 0-to-60 time", [("0-to-60", 0, 0, 60, "count", None)]),
    "to glued to the second end": (
        "a 20,000 to-26,000 year-old bone",
        [("20,000 to-26,000 year", 20000, 20000, 26000, "measure", "year")],
    ),
    "currency codes and country dollars": (
        "USD10m, AUD 1.5m, RM23.50, $US5,931 ($A8,261), US $84 billion, HK $3.7 billion",
        [
            ("USD10m", 1e7, 1e7, 1e7, "money", "USD"),
            ("AUD 1.5m", 1.5e6, 1.5e6, 1.5e6, "money", "AUD"),
            ("RM23.50", 23.5, 23.5, 23.5, "money", "MYR"),
            ("$US5,931", 5931, 5931, 5931, "money", "USD"),
            ("$A8,261", 8261, 8261, 8261, "money", "AUD"),
            ("US $84 billion", 84e9, 84e9, 84e9, "money", "USD"),
            ("HK $3.7 billion", 3.7e9, 3.7e9, 3.7e9, "money", "HKD"),
        ],
    ),
    "a mangled currency sign does not make a name": (
        "paid (PS21,700) in fees",
        [("21,700", 21700, 21700, 21700, "count", None)],
    ),
    "glued m as million": ("it has 35m users", [("35m", 3.5e7, 3.5e7, 3.5e7, "count", None)]),
    "glued m as metres": ("a wall 3m high", [("3m", 3, 3, 3, "measure", "metre")]),
    "square metres glued": ("floor area 32m2.", [("32m2", 32, 32, 32, "measure", "square metre")]),
    "units news uses": (
        "a 570 sq m office, 12 hectares, 204 hp, 29 mpg, a 550 megawatt plant, 6 feet",
        [
            ("570 sq m", 570, 570, 570, "measure", "square metre"),
            ("12 hectares", 12, 12, 12, "measure", "hectare"),
            ("204 hp", 204, 204, 204, "measure", "horsepower"),
            ("29 mpg", 29, 29, 29, "measure", "mile per gallon"),
            ("550 megawatt", 550, 550, 550, "measure", "megawatt"),
            ("6 feet", 6, 6, 6, "measure", "foot"),
        ],
    ),
    "ages listed after an age": (
        "ages 30 and 24, one aged 19 and the other 22. Aged 40 and 3 others",
        [
            ("30", 30, 30, 30, "age", "year"),
            ("24", 24, 24, 24, "age", "year"),
            ("one", 1, 1, 1, "count", None),
            ("19", 19, 19, 19, "age", "year"),
            ("22", 22, 22, 22, "age", "year"),
            ("40", 40, 40, 40, "age", "year"),
            ("3", 3, 3, 3, "count", None),
        ],
    ),
    "video resolution is not pence": ("streams in 1080p", [("1080", 1080, 1080, 1080, "count", None)]),
    "minus": (
        "about minus 40 Fahrenheit, minus-5 yards",
        [
            ("about minus 40 Fahrenheit", -40, -44, -36, "measure", "degree fahrenheit"),
            ("minus-5 yards", -5, -5, -5, "measure", "yard"),
        ],
    ),
    "fraction before a unit": (
        "1/16 of a pint, 1/2 pound of flour",
        [("1/16", 0.0625, 0.0625, 0.0625, "count", None), ("1/2 pound", 0.5, 0.5, 0.5, "measure", "pound-mass")],
    ),
    "fold": (
        "a sixfold rise, a 3-fold rise, a ten-fold rise",
        [
            ("sixfold", 6, 6, 6, "ratio", None),
            ("3-fold", 3, 3, 3, "ratio", None),
            ("ten-fold", 10, 10, 10, "ratio", None),
        ],
    ),
    "nearly a negative figure": (
        "nearly minus 40 degrees Celsius",
        [("nearly minus 40 degrees Celsius", -40, -40, -36, "measure", "degree Celsius")],
    ),
    "half as an amount": ("almost half of them left", [("almost half", 0.5, 0.45, 0.5, "count", None)]),
    "a name word before a measure": ("the Pro 16 inch laptop", [("16 inch", 16, 16, 16, "measure", "inch")]),
    "a list shares the scale written after it": (
        "5 and 6 million people, $2 or $3 billion",
        [
            ("5", 5e6, 5e6, 5e6, "count", None),
            ("6 million", 6e6, 6e6, 6e6, "count", None),
            ("$2", 2e9, 2e9, 2e9, "money", "USD"),
            ("$3 billion", 3e9, 3e9, 3e9, "money", "USD"),
        ],
    ),
    "a list shares the unit written after it": (
        "3, 4 or 5 kg and 7 or 8 per cent",
        [
            ("3", 3, 3, 3, "measure", "kilogram"),
            ("4", 4, 4, 4, "measure", "kilogram"),
            ("5 kg", 5, 5, 5, "measure", "kilogram"),
            ("7", 7, 7, 7, "percent", "percent"),
            ("8 per cent", 8, 8, 8, "percent", "percent"),
        ],
    ),
    "a duration after a stays a claim": ("a five-year sentence", [("five", 5, 5, 5, "count", None)]),
    "parentheses are negative in a row of accounts only": (
        "Net loss (7.5) (3.2)\nCash flow  ($4.2m)  $3.1m\nHe said (7) were hurt.",
        [
            ("(7.5)", -7.5, -7.5, -7.5, "count", None),
            ("(3.2)", -3.2, -3.2, -3.2, "count", None),
            ("($4.2m)", -4.2e6, -4.2e6, -4.2e6, "money", "USD"),
            ("$3.1m", 3.1e6, 3.1e6, 3.1e6, "money", "USD"),
            ("7", 7, 7, 7, "count", None),
        ],
    ),
    "a unit symbol in capitals": (
        "The 784 HP engine tops 200 MPH.",
        [("784 HP", 784, 784, 784, "measure", "horsepower"), ("200 MPH", 200, 200, 200, "measure", "mile per hour")],
    ),
    "basis points and a British per cent": (
        "Rates rose 50bps, or 25 basis points a year, and growth was 0.3pc.",
        [
            ("50bps", 50, 50, 50, "change", "basis point"),
            ("25 basis points", 25, 25, 25, "percent", "basis point"),
            ("0.3pc", 0.3, 0.3, 0.3, "percent", "percent"),
        ],
    ),
    "pounds after a word of money are sterling": (
        "He paid 3 million pounds for a horse of 1,100 pounds.",
        [
            ("3 million pounds", 3e6, 3e6, 3e6, "money", "GBP"),
            ("1,100 pounds", 1100, 1100, 1100, "measure", "pound-mass"),
        ],
    ),
    "rupees written as a word": (
        "It cost Rs 5 crore, or Rs.500 each.",
        [("Rs 5 crore", 5e7, 5e7, 5e7, "money", "INR"), ("Rs.500", 500, 500, 500, "money", "INR")],
    ),
    "glued B is billion after a currency only": (
        "a $5B deal, type 5b",
        [("$5B", 5e9, 5e9, 5e9, "money", "USD"), ("5", 5, 5, 5, "count", None)],
    ),
}


@pytest.mark.parametrize("name", FIGURES, ids=str)
def test_figures(name):
    text, expected = FIGURES[name]
    got = [
        (text[f.start : f.end], f.value, f.interval.low, f.interval.high, f.kind, f.unit)
        for f in find_figures(text, RULES)
    ]
    assert got == [(s, pytest.approx(v), pytest.approx(lo), pytest.approx(hi), k, u) for s, v, lo, hi, k, u in expected]


NOT_FIGURES = [
    "the sp 500 fell and the s p 500 rose; ftse 100 firms",
    "a third-party review and a quarter-final",
    "Sales of Formula One tickets; Apple One's plan",
    "It landed at 0401 GMT.",
    "The fair runs Sept. 20-24 and Oct. 18-22.",
    "Sea levels could rise by 2100, scientists say.",
    "grounding its 737 Max jets",
    "the ID.3 and ID.4 models",
    "COVID -19 tests",
    "at 9 E 71st St and 22 Ave Foch",
    "Manchester M21 9AB",
    "in the second half of the year",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text):
    assert find_figures(text, RULES) == []
