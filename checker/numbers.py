"""Find every number written in English news text, with its exact span and value.

Two passes over the text, both with patterns compiled at import:

* a regex pass for numerals: digits with thousands separators and decimals,
  fractions ("1/3", "½", "2½", "1 1/2") and numerals with a scale ("2.5 million",
  "3 dozen", "5bn", "$3m");
* a regex pass that finds the first word of a spelled-out number ("twenty-five",
  "a dozen", "half a million", "two-thirds"); the rest of the phrase is then read
  word by word.

The module does not decide what a number means: years, dates, times, percentages
and names such as "G20" or "COVID-19" are all reported (the caller filters them),
currency symbols and "%" stay outside the span, and ranges ("20-30") come out as
two numbers. Ordinals ("4th", "twenty-first"), plural vague amounts ("hundreds",
"tens of thousands") and "once"/"twice" are not numbers here.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from operator import attrgetter

from checker.units import unit_after


@dataclass(frozen=True)
class Number:
    """A number in a text; ``text[start:end]`` is its whole surface.

    ``kind`` is "numeral" (digits only), "words" (spelled out), "fraction"
    ("1/3", "½") or "mixed" (digits with a fraction or a scale: "2½", "2.5 million").
    """

    start: int
    end: int
    value: float
    kind: str


def find_numbers(text: str) -> list[Number]:
    """All numbers in text, sorted by start, non-overlapping, longest match wins."""
    numbers = sorted([*_find_numerals(text), *_find_number_words(text)], key=attrgetter("start"))
    return [_with_minus(text, number) for number in numbers]


# Not "plus or minus 3 points", a margin either way.
_MINUS = re.compile(r"(?<![^\W\d_])(?<!plus or )[Mm](?:inus|INUS)[ -]$")


def _with_minus(text: str, number: Number) -> Number:
    """The number with a "minus" written before it taken in: "minus 5", "minus-5 yards" are -5."""
    if number.value <= 0 or not (minus := _MINUS.search(text, max(0, number.start - 6), number.start)):
        return number
    return Number(minus.start(), number.end, -number.value, number.kind)


# --- vocabulary ---------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ONE_TO_NINETEEN = {word: value for word, value in (_UNITS | _TEENS).items() if value}
# Scale words, with South Asian English's lakh and crore ("Rs 5 crore" is 50 million rupees).
SCALES = {"thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9, "trillion": 1e12}
MULTIPLIERS = {"hundred": 100.0, "dozen": 12.0} | SCALES
_SINGLE_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4}
_PLURAL_DENOMINATORS = {
    "thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5, "sixths": 6,
    "sevenths": 7, "eighths": 8, "ninths": 9, "tenths": 10,
}  # fmt: skip
_PHRASE_GLUE = ["a", "and", "of", "couple", "pair"]  # words that only count inside a number phrase
_VOCABULARY = frozenset(
    [*_UNITS, *_TEENS, *_TENS, *MULTIPLIERS, *_SINGLE_DENOMINATORS, *_PLURAL_DENOMINATORS, *_PHRASE_GLUE]
)
_ORDINALS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
    "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth", "trillionth",
})  # fmt: skip
# The ordinals that count a next one of a kind: "a second man" is the second of two, so far.
ORDINAL_COUNTS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_GLUED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
_CURRENCY_SYMBOLS = frozenset("$£€¥₹")

# --- numerals -----------------------------------------------------------------

_NO_LETTER_AFTER = r"(?![^\W\d_])"
# A minus sign glued to a letter, a digit or a percent sign on its left is a hyphen ("COVID-19",
# "20-30", "10%-15%").
_SIGN = r"(?:(?<![^\W_])(?<!%)[-\u2212])?"
_INTEGER = (
    r"[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+"
    r"|[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3}(?![0-9]))+"
    r"|[0-9]+"
)
# A bare ".5" needs a non-alphanumeric character before the point: "No.10" is 10, not 0.1.
_DECIMAL = rf"(?:(?<![0-9])(?:{_INTEGER})(?:\.[0-9]+)?|(?<![^\W_])\.[0-9]+)"
_SLASHES = "/\u2044"  # solidus and fraction slash
_FRACTION_PAIRS = "|".join(f"{n}[{_SLASHES}]{d}" for d in (10, 8, 5, 4, 3, 2) for n in range(1, d))
_FRACTION = rf"(?<![0-9{_SLASHES}.])(?:{_FRACTION_PAIRS})(?![0-9{_SLASHES}])"
# Any other "n/d" below one: a fraction only when the writing says so (see _is_fraction).
_WIDE_FRACTION = rf"(?<![0-9{_SLASHES}.])[1-9][0-9]{{0,2}}[{_SLASHES}][1-9][0-9]{{0,3}}(?![0-9{_SLASHES}])"
_VULGAR_CHARS = r"\u00bc-\u00be\u2150-\u215e"
_VULGAR = rf"[{_VULGAR_CHARS}]"
_MIXED = (
    rf"{_SIGN}(?<![0-9.])(?P<whole>[0-9]{{1,3}})"
    rf"(?:[ \u00a0]?(?P<mixed_glyph>{_VULGAR})|[ \u00a0](?P<mixed_pair>{_FRACTION}))"
)
_TAIL = (
    r"(?P<ordinal>(?i:st|nd|rd|th))"
    rf"|(?P<suffix>(?i:{'|'.join(_GLUED_SCALES)}))"
    rf"|\s*(?P<scale>(?i:{'|'.join(MULTIPLIERS)}))(?:\s+(?P<scale2>(?i:{'|'.join(SCALES)})))?"
)
_NUMERAL_ALTERNATIVES = (
    rf"(?P<mixed>{_MIXED})"
    rf"|(?P<fraction>{_FRACTION})"
    rf"|(?P<glyph>{_VULGAR})"
    rf"|(?P<numeral>{_SIGN}{_DECIMAL})(?:(?:{_TAIL}){_NO_LETTER_AFTER})?"
)
_NUMERAL_PATTERN = re.compile(rf"(?P<wide>{_WIDE_FRACTION})|{_NUMERAL_ALTERNATIVES}")
_NARROW_NUMERAL_PATTERN = re.compile(_NUMERAL_ALTERNATIVES)
_DIGIT = re.compile(rf"[0-9{_VULGAR_CHARS}]")
_NUMERAL_CLEANUP = str.maketrans({"\u2212": "-", ",": None, " ": None, "\u00a0": None, "\u2009": None, "\u202f": None})


def _find_numerals(text: str) -> list[Number]:
    """Find the numbers written with digits or fraction glyphs, possibly with a scale."""
    numbers = []
    position = 0
    while found := _DIGIT.search(text, position):
        match = _match_numeral(text, found.start(), position)
        if match is not None and match["wide"] and not _is_fraction(text, match):
            match = _NARROW_NUMERAL_PATTERN.match(text, match.start())
        if match is None:
            position = found.end()
            continue
        number = _numeral_from_match(text, match)
        if number is not None:
            numbers.append(number)
        position = match.end()
    return numbers


def _match_numeral(text: str, digit: int, position: int) -> re.Match[str] | None:
    """Match the numeral around its first digit, taking in a minus sign or decimal point just before it.

    Searching for a digit first and matching there is several times faster than letting the
    numeral pattern, which opens with look-behinds, try every position of the text.
    """
    if digit > position and text[digit - 1] in "-\u2212.":
        match = _NUMERAL_PATTERN.match(text, digit - 1)
        if match is not None:
            return match
    return _NUMERAL_PATTERN.match(text, digit)


def _numeral_from_match(text: str, match: re.Match[str]) -> Number | None:
    """Return the Number a numeral match stands for, or None for an ordinal such as "21st"."""
    start, end = match.span()
    if match.re is _NUMERAL_PATTERN and match["wide"]:
        return Number(start, end, _fraction_value(match["wide"]), "fraction")
    if numeral := match["numeral"]:
        if match["ordinal"]:
            return None
        value = float(numeral.translate(_NUMERAL_CLEANUP))
        scale = _numeral_scale(text, match)
        if scale is None:
            return Number(start, match.end("numeral"), value, "numeral")
        if match["scale2"] and scale == MULTIPLIERS[match["scale"].lower()]:
            end = match.end("scale")  # "5 million thousand": the second word starts nothing here
        return Number(start, end, value * scale, "mixed")
    if match["mixed"]:
        return Number(start, end, _mixed_value(match), "mixed")
    if match["fraction"]:
        return Number(start, end, _fraction_value(match["fraction"]), "fraction")
    return Number(start, end, unicodedata.numeric(match["glyph"]), "fraction")


_FRACTION_CUE = re.compile(r"\s+(?:of\s+(?:a|an|the|one)\b|(?=[^\W\d_]))")  # matched in lower case


def _is_fraction(text: str, match: re.Match[str]) -> bool:
    """Whether "n/d" with a denominator outside 2-5, 8, 10 is a fraction, not a date or "24/7".

    It is when it is below one and says so: written with the fraction slash (U+2044), or
    followed by "of a/an/the" or by a unit ("1/16 of a pint", "1/16 inch").
    """
    numerator, _, denominator = match["wide"].replace("\u2044", "/").partition("/")
    if int(numerator) >= int(denominator):
        return False
    if "\u2044" in match["wide"]:
        return True
    cue = _FRACTION_CUE.match(text[match.end() : match.end() + 12].lower())
    return cue is not None and (cue.group().strip() != "" or unit_after(text, match.end()) is not None)


# After a glued "m" with no currency before it: words that make it metres ("30m tall", "a 100m
# sprint"), and the plural noun that makes it millions ("35m devices", "1.2m tons of ore").
_METRE_WORDS = frozenset(
    "tall high long deep wide thick away above below under across from into onto off up down over "
    "in on at to by from beneath underground underwater apart behind ahead short "
    "race sprint dash hurdles freestyle butterfly backstroke breaststroke medley relay final heat "
    "record title event dive platform springboard jump swim run runner champion gold silver bronze".split()
)
# Words of money or sales among the last few before it make it millions ("paid 3m", "a fine of 2.5m").
_MONEY_WORDS = frozenset(
    "paid pay pays paying cost costs costing worth raised raise raises raising spent spend spends spending "
    "earned earn earns earning sold sell sells selling bought buy buys fined fine fines fee fees price "
    "priced valued value bid offer offered budget salary wage wages revenue revenues sales turnover profit "
    "profits loss losses debt debts deficit surplus deal deals contract contracts transfer loan loans "
    "grant grants funding fund investment invested donated donation bonus payout settlement".split()
)
_FOLLOWING_WORDS = re.compile(r"(?: [^\W\d_]+){1,5}")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+ ){1,3}$")
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:a|an)\s+$")  # matched in lower case
# A currency before a numeral: a symbol, maybe with letters ("$5m", "US$5m", "$US5m", "HK $5m"),
# or a currency code in capitals ("USD10m", "AUD 1.5m", "RM5m").
_CURRENCY_BEFORE = re.compile(r"(?:[$£€¥₹](?:[A-Z]{1,2})?|(?<![^\W\d_])[A-Z]{2,3})\s?$")


def _numeral_scale(text: str, match: re.Match[str]) -> float | None:
    """Return the scale after a numeral ("million", "hundred million", "bn", a glued "m" that means million)."""
    if scale := match["scale"]:
        second = match["scale2"]
        factor = MULTIPLIERS[scale.lower()]
        return factor * SCALES[second.lower()] if second and SCALES[second.lower()] > factor else factor
    if not (suffix := match["suffix"]):
        return None
    suffix = suffix.lower()
    if suffix == "m" and not _glued_m_is_million(text, match):
        return None
    if suffix == "b" and not _currency_before(text, match.start()):
        return None  # "$5B" is five billion dollars, "5b" on its own a name or a grade
    return _GLUED_SCALES[suffix]


def _currency_before(text: str, start: int) -> bool:
    """Whether a currency symbol or code stands right before the numeral starting at `start`."""
    return _CURRENCY_BEFORE.search(text, max(0, start - 5), start) is not None


def _glued_m_is_million(text: str, match: re.Match[str]) -> bool:
    """Whether a glued "m" ("35m") means million rather than metres.

    After a currency it does ("$3m", "USD10m"). Otherwise news writes "m" for million before
    a plural noun ("35m devices", "4.3M digital and physical sales", "1.2m tons"), and for metres
    before a word of size, distance or sport ("30m tall", "the 100m sprint", "10m into the pool")
    or after "a" or "an" ("a 3m wall"). Where no word after decides, a word of money or sales just
    before makes it million ("paid 3m", "a fine of 2.5m", "sold 3m"); anything else glued to it
    ("32m2", "5m-long") is metres.
    """
    start = match.start()
    if _currency_before(text, start):
        return True
    following = _FOLLOWING_WORDS.match(text, match.end())
    for word in following.group().lower().split() if following else ():
        if word in _METRE_WORDS:
            return False
        if _is_plural(word):
            return True
    if _ARTICLE_BEFORE.search(text[max(0, start - 5) : start].lower()):
        return False
    return money_before(text, start)


def money_before(text: str, start: int) -> bool:
    """Whether a word of money or sales is among the last few words before `start` ("paid 3m", "a fine of")."""
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not _MONEY_WORDS.isdisjoint(before.group().lower().split())


_PLURALS_WITHOUT_S = frozenset(
    "people men women children staff personnel police cattle sheep livestock yen yuan".split()
)


def _is_plural(word: str) -> bool:
    """Whether an English word looks like a plural noun ("devices", "people"; not "across", "bus", "this")."""
    if word in _PLURALS_WITHOUT_S:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def _mixed_value(match: re.Match[str]) -> float:
    """Return the value of a whole number with a fraction: "2½", "1 1/2", "-3¼"."""
    glyph = match["mixed_glyph"]
    part = unicodedata.numeric(glyph) if glyph else _fraction_value(match["mixed_pair"])
    value = int(match["whole"]) + part
    return -value if match["mixed"][0] in "-\u2212" else value


def _fraction_value(pair: str) -> float:
    """Return the value of "numerator/denominator"; the slash may be a fraction slash (U+2044)."""
    numerator, _, denominator = pair.replace("\u2044", "/").partition("/")
    return int(numerator) / int(denominator)


# --- number words -------------------------------------------------------------


def _first_letter_alternation(words: list[str]) -> str:
    """Build a regex alternation of words grouped by first letter: "f(?:ifteen|ifty|ive)|...".

    The engine then tests each first letter once, about half again as fast as a flat alternation.
    """
    by_first_letter: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first_letter.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first_letter.items())


_STARTERS = [*_UNITS, *_TEENS, *_TENS, "half"]
_AFTER_A = [*MULTIPLIERS, *_SINGLE_DENOMINATORS, "couple", "pair"]
# Characters that can stand right before a number word: non-letters from the ASCII, Latin-1 and
# General Punctuation blocks. Listing them (rather than a look-behind for "not a letter") lets
# the regex engine skip to them quickly, about three times faster.
_BOUNDARY = r"[\x00-@\[-`{-\xa9\xab-\xb4\xb6-\xb9\xbb-\xbf\xd7\xf7\u2000-\u206f]"
_WORD_START_PATTERN = re.compile(
    rf"{_BOUNDARY}(?P<word>{_first_letter_alternation(_STARTERS)}"
    rf"|a(?=(?:\s+|-)(?:{'|'.join(_AFTER_A)}){_NO_LETTER_AFTER})){_NO_LETTER_AFTER}"
)
_NEXT_WORD = re.compile(r"(?:\s+|-)?([^\W\d_]+)")


def _find_number_words(text: str) -> list[Number]:
    """Find the spelled-out numbers: "sixteen", "one hundred and twelve", "a dozen", "two-thirds".

    The search runs on a lower-cased copy padded with one space, so that a word at the very
    start has a boundary character before it too; offsets in the copy are one more than in text.
    """
    padded = " " + _lowercase(text)
    numbers = []
    position = 0
    while match := _WORD_START_PATTERN.search(padded, position):
        start = match.start("word")
        words = _Words(padded, start)
        value, used = _read_phrase(words)
        position = words.end(used - 1)
        if value is not None and not (used == 1 and words.at(0) == "half" and _half_is_a_part(padded, start)):
            numbers.append(Number(start - 1, position - 1, value, "words"))
    return numbers


# "half" alone is an amount before these words ("half of them", "almost half the condos") ...
_HALF_FOLLOWERS = frozenset("of the its their his her our your all those these".split())
# ... but not after these, where it names a part of a time or place ("the second half of 2020").
_HALF_PRECEDERS = frozenset(
    "first second third final last latter former other back front top bottom upper lower "
    "northern southern eastern western a the this that in into by".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)(\s+|-)$")


def _half_is_a_part(padded: str, start: int) -> bool:
    """Whether "half" at start names a part ("the second half of", "half-time") rather than an amount."""
    before = _WORD_BEFORE.search(padded, max(0, start - 20), start)
    return before is not None and (before[2] == "-" or before[1] in _HALF_PRECEDERS)


def _lowercase(text: str) -> str:
    """Lower-case text keeping its length ("İ" is the only character whose lower case is longer)."""
    return text.replace("\u0130", "i").lower()


class _Words:
    """The words joined by spaces or hyphens from an offset on, read only as far as asked.

    Reading stops after the first word outside the number vocabulary, so that a parser looking
    past the end of a phrase ("twenty-first") sees that word, and nothing further.
    """

    def __init__(self, text: str, start: int) -> None:
        self._text = text
        self._position: int | None = start
        self._words: list[str] = []
        self._ends: list[int] = []
        self._hyphens: list[bool] = []

    def at(self, index: int) -> str:
        """Return the word at index, or "" past the last one."""
        words = self._words
        while index >= len(words):
            if self._position is None:
                return ""  # most calls: the parsers look a word or two past the end of a phrase
            self._read_next()
        return words[index]

    def end(self, index: int) -> int:
        """Return the offset where the word at index ends; that word must exist."""
        self.at(index)
        return self._ends[index]

    def unit_after(self, index: int) -> bool:
        """Whether a unit follows the word at index ("half a ton", "half an hour"); that word must exist."""
        return unit_after(self._text, self.end(index)) is not None

    def hyphen_before(self, index: int) -> bool:
        """Whether the word at index is joined to the one before by a hyphen ("third-party")."""
        return bool(self.at(index)) and self._hyphens[index]

    def _read_next(self) -> None:
        """Read one more word, or note that there are no more."""
        match = _NEXT_WORD.match(self._text, self._position)
        if match is None:
            self._position = None
            return
        self._words.append(match[1])
        self._ends.append(match.end())
        self._hyphens.append(self._text[match.start(1) - 1] == "-")
        self._position = match.end() if match[1] in _VOCABULARY else None


def _read_phrase(words: _Words) -> tuple[float | None, int]:
    """Read the number phrase at the start of words: its value and how many words it takes up.

    The value is None when the words make no number, or an ordinal ("twenty-first"), which
    takes up its ordinal word too so that the search goes on after it.
    """
    parsed = _parse_phrase(words)
    if parsed is None:
        return None, 1
    value, count = parsed
    ordinal = _ordinal_index(words, count)
    if ordinal is not None:
        return None, ordinal + 1
    return float(value), count


def _ordinal_index(words: _Words, count: int) -> int | None:
    """Find an ordinal word completing the phrase ("twenty-first", "hundred and first"); return its index."""
    last = words.at(count - 1)
    index = count + 1 if last in MULTIPLIERS and words.at(count) == "and" else count
    word = words.at(index)
    if word not in _ORDINALS or (word == "second" and last in _UNITS):
        return None  # "a two-second delay" is a duration, not an ordinal
    return index


def _parse_phrase(words: _Words) -> tuple[float, int] | None:
    """Return the value and word count of the longest number phrase at the start of words."""
    rules = (_half_of, _half_a_unit, _half_alone, _fraction, _cardinal)
    readings = [reading for rule in rules if (reading := rule(words))]
    return max(readings, key=lambda reading: reading[1], default=None)


def _half_of(words: _Words) -> tuple[float, int] | None:
    """Read "half a million" and "half a dozen"."""
    if words.at(0) == "half" and words.at(1) == "a" and words.at(2) in MULTIPLIERS:
        return MULTIPLIERS[words.at(2)] / 2, 3
    return None


def _half_a_unit(words: _Words) -> tuple[float, int] | None:
    """Read "half a" before a unit: "half a ton", "half an hour" (the unit is read after the number)."""
    if words.at(0) == "half" and words.at(1) in ("a", "an") and words.unit_after(1):
        return 0.5, 2
    return None


def _half_alone(words: _Words) -> tuple[float, int] | None:
    """Read "half" before "of", "the", a possessive: "half of them", "half the condos"."""
    return (0.5, 1) if words.at(0) == "half" and words.at(1) in _HALF_FOLLOWERS else None


def _fraction(words: _Words) -> tuple[float, int] | None:
    """Read "a third", "one half", "two-thirds", "three quarters of", also scaled: "a quarter (of a) million".

    Not fractions: a denominator glued by a hyphen to a word that follows ("a third-party
    evaluation", "a quarter-final"), which makes a compound modifier; a fraction that is not in
    lowest terms ("two quarters", "two fourths"), and "quarters" written apart and not followed
    by "of" ("three quarters in a row"): those count quarters.
    """
    numerator, denominator = words.at(0), words.at(1)
    if numerator in ("a", "one") and denominator in _SINGLE_DENOMINATORS:
        value = 1 / _SINGLE_DENOMINATORS[denominator]
    elif _UNITS.get(numerator, 0) >= 2 and denominator in _PLURAL_DENOMINATORS:
        top, bottom = _UNITS[numerator], _PLURAL_DENOMINATORS[denominator]
        if math.gcd(top, bottom) > 1:
            return None
        if (
            denominator == "quarters"
            and not words.hyphen_before(1)
            and words.at(2) != "of"
            and words.at(2) not in MULTIPLIERS
        ):
            return None
        value = top / bottom
    else:
        return None
    if words.hyphen_before(2) and words.at(2) not in _VOCABULARY:
        return None
    if (words.at(2), words.at(3)) == ("of", "a") and words.at(4) in MULTIPLIERS:
        return value * MULTIPLIERS[words.at(4)], 5  # "a quarter of a million"
    return _multiplied(words, value, 2)


def _multiplied(words: _Words, value: float, count: int) -> tuple[float, int]:
    """Multiply value by a multiplier word right after the first count words, if there is one."""
    multiplier = MULTIPLIERS.get(words.at(count))
    return (value * multiplier, count + 1) if multiplier else (value, count)


def _cardinal(words: _Words) -> tuple[float, int] | None:
    """Read "zero", "sixteen", "a dozen", "two and a half million", "three thousand four hundred"."""
    if words.at(0) == "zero":
        return 0.0, 1
    first = _below_thousand(words, 0)
    if first is None:
        return None
    chunk, index = first
    if words.at(index) == "dozen":
        return _and_a_half(words, chunk * 12, 12, index + 1)
    if (words.at(index), words.at(index + 1), words.at(index + 2)) == ("and", "a", "half"):
        return _multiplied(words, chunk + 0.5, index + 3)
    total, end = _add_scaled_chunks(words, chunk, index)
    return _and_a_half(words, total, SCALES.get(words.at(end - 1), 0), end)


def _and_a_half(words: _Words, value: float, scale: float, index: int) -> tuple[float, int]:
    """Add half the last scale for "and a half" after it: "a million and a half", "a dozen and a half"."""
    if scale and (words.at(index), words.at(index + 1), words.at(index + 2)) == ("and", "a", "half"):
        return value + scale / 2, index + 3
    return value, index


def _add_scaled_chunks(words: _Words, chunk: float, index: int) -> tuple[float, int]:
    """Add up groups with strictly falling scales: "two million three hundred thousand and five"."""
    total, limit = 0.0, math.inf
    while (scale := SCALES.get(words.at(index), math.inf)) < limit:
        total, limit, index = total + chunk * scale, scale, index + 1
        following = _chunk_after_scale(words, index, limit)
        if following is None:
            return total, index
        chunk, index = following
    return total + chunk, index


def _chunk_after_scale(words: _Words, index: int, limit: float) -> tuple[float, int] | None:
    """Read the group after a scale word, unless it starts a new number ("one thousand two thousand")."""
    start = index + 1 if words.at(index) == "and" else index
    chunk = _below_thousand(words, start)
    if chunk is None:
        return None
    follower = words.at(chunk[1])
    if follower == "dozen" or SCALES.get(follower, 0) >= limit:
        return None
    return chunk


def _below_thousand(words: _Words, index: int) -> tuple[float, int] | None:
    """Read "seven", "a hundred", "one hundred and twelve", "a couple"."""
    head = _head(words, index)
    if head is None:
        return None
    value, index = head
    if words.at(index) != "hundred":
        return value, index
    value, index = value * 100, index + 1
    rest = _below_hundred(words, index + 1 if words.at(index) == "and" else index)
    return (value + rest[0], rest[1]) if rest else (value, index)


def _head(words: _Words, index: int) -> tuple[float, int] | None:
    """Read a count that can take a multiplier: below a hundred, "a" before one, "a couple", "a pair"."""
    if words.at(index) != "a":
        return _below_hundred(words, index)
    following, after = words.at(index + 1), words.at(index + 2)
    if following in MULTIPLIERS:
        return 1.0, index + 1
    if following == "couple" and after == "of" and words.at(index + 3) in MULTIPLIERS:
        return 2.0, index + 3  # "a couple of million"
    if (following == "couple" and after in MULTIPLIERS) or (following in ("couple", "pair") and after == "of"):
        return 2.0, index + 2  # "a couple hundred", "a couple of", "a pair of"
    return None


def _below_hundred(words: _Words, index: int) -> tuple[float, int] | None:
    """Read "seven", "nineteen", "forty", "twenty-five" or "twenty five"."""
    word = words.at(index)
    if word in _TENS:
        unit = _UNITS.get(words.at(index + 1), 0)
        return (_TENS[word] + unit, index + 2) if unit else (_TENS[word], index + 1)
    value = _ONE_TO_NINETEEN.get(word)
    return (value, index + 1) if value else None
