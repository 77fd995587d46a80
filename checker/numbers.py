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
from typing import NamedTuple


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
    return sorted([*_find_numerals(text), *_find_number_words(text)], key=attrgetter("start"))


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
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_MULTIPLIERS = {"hundred": 100.0, "dozen": 12.0} | _SCALES
_SINGLE_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4}
_PLURAL_DENOMINATORS = {
    "thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5, "sixths": 6,
    "sevenths": 7, "eighths": 8, "ninths": 9, "tenths": 10,
}  # fmt: skip
_VOCABULARY = frozenset(
    [*_UNITS, *_TEENS, *_TENS, *_MULTIPLIERS, *_SINGLE_DENOMINATORS, *_PLURAL_DENOMINATORS]
    + ["a", "and", "of", "couple", "pair"]
)
_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    " thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"
    " hundredth thousandth millionth billionth trillionth".split()
)
_GLUED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
_CURRENCY_SYMBOLS = frozenset("$£€¥₹")
_MAX_PHRASE_WORDS = 24

# --- numerals -----------------------------------------------------------------

_NO_LETTER_BEFORE = r"(?<![^\W\d_])"
_NO_LETTER_AFTER = r"(?![^\W\d_])"
# A minus sign glued to a letter or digit on its left is a hyphen ("COVID-19", "20-30").
_SIGN = r"(?:(?<![^\W_])[-\u2212])?"
_INTEGER = (
    r"[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+"
    r"|[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3}(?![0-9]))+"
    r"|[0-9]+"
)
_DECIMAL = rf"(?<![0-9])(?:(?:{_INTEGER})(?:\.[0-9]+)?|\.[0-9]+)"
_FRACTION_PAIRS = "|".join(f"{n}/{d}" for d in (10, 8, 5, 4, 3, 2) for n in range(1, d))
_FRACTION = rf"(?<![0-9/.])(?:{_FRACTION_PAIRS})(?![0-9/])"
_VULGAR_CHARS = r"\u00bc-\u00be\u2150-\u215e"
_VULGAR = rf"[{_VULGAR_CHARS}]"
_MIXED = (
    rf"{_SIGN}(?<![0-9.])(?P<whole>[0-9]{{1,3}})"
    rf"(?:[ \u00a0]?(?P<mixed_glyph>{_VULGAR})|[ \u00a0](?P<mixed_pair>{_FRACTION}))"
)
_TAIL = (
    r"(?P<ordinal>(?i:st|nd|rd|th))"
    r"|(?P<suffix>(?i:bn|mn|k|m))"
    rf"|\s*(?P<scale>(?i:{'|'.join(_MULTIPLIERS)}))"
)
_NUMERAL_PATTERN = re.compile(
    rf"(?P<mixed>{_MIXED})"
    rf"|(?P<fraction>{_FRACTION})"
    rf"|(?P<glyph>{_VULGAR})"
    rf"|(?P<numeral>{_SIGN}{_DECIMAL})(?:(?:{_TAIL}){_NO_LETTER_AFTER})?"
)
_DIGIT = re.compile(rf"[0-9{_VULGAR_CHARS}]")
_NUMERAL_CLEANUP = str.maketrans({"\u2212": "-", ",": None, " ": None, "\u00a0": None, "\u202f": None})


def _find_numerals(text: str) -> list[Number]:
    """Numbers written with digits or fraction glyphs, possibly with a scale."""
    numbers = []
    position = 0
    while found := _DIGIT.search(text, position):
        match = _match_numeral(text, found.start(), position)
        if match is None:
            position = found.end()
            continue
        number = _numeral_from_match(text, match)
        if number is not None:
            numbers.append(number)
        position = match.end()
    return numbers


def _match_numeral(text: str, digit: int, position: int) -> re.Match[str] | None:
    """The numeral around its first digit, taking in a minus sign or decimal point just before it.

    Searching for a digit first and matching there is several times faster than letting the
    numeral pattern, which opens with look-behinds, try every position of the text.
    """
    if digit > position and text[digit - 1] in "-\u2212.":
        match = _NUMERAL_PATTERN.match(text, digit - 1)
        if match is not None:
            return match
    return _NUMERAL_PATTERN.match(text, digit)


def _numeral_from_match(text: str, match: re.Match[str]) -> Number | None:
    """The Number a numeral match stands for; None for ordinals such as "21st"."""
    start, end = match.span()
    if match["mixed"]:
        return Number(start, end, _mixed_value(match), "mixed")
    if match["fraction"]:
        return Number(start, end, _fraction_value(match["fraction"]), "fraction")
    if match["glyph"]:
        return Number(start, end, unicodedata.numeric(match["glyph"]), "fraction")
    if match["ordinal"]:
        return None
    value = float(match["numeral"].translate(_NUMERAL_CLEANUP))
    scale = _numeral_scale(text, match)
    if scale is None:
        return Number(start, match.end("numeral"), value, "numeral")
    return Number(start, end, value * scale, "mixed")


def _numeral_scale(text: str, match: re.Match[str]) -> float | None:
    """The scale after a numeral ("million", "bn"); a glued "m" only counts after a currency symbol."""
    if match["scale"]:
        return _MULTIPLIERS[match["scale"].lower()]
    suffix = (match["suffix"] or "").lower()
    if suffix == "m" and text[match.start() - 1 : match.start()] not in _CURRENCY_SYMBOLS:
        return None
    return _GLUED_SCALES.get(suffix)


def _mixed_value(match: re.Match[str]) -> float:
    """Value of a whole number with a fraction: "2½", "1 1/2", "-3¼"."""
    glyph = match["mixed_glyph"]
    part = unicodedata.numeric(glyph) if glyph else _fraction_value(match["mixed_pair"])
    value = int(match["whole"]) + part
    return -value if match["mixed"][0] in "-\u2212" else value


def _fraction_value(pair: str) -> float:
    """Value of "numerator/denominator"."""
    numerator, denominator = pair.split("/")
    return int(numerator) / int(denominator)


# --- number words -------------------------------------------------------------

_STARTERS = sorted([*_UNITS, *_TEENS, *_TENS, "half"], key=len, reverse=True)
_AFTER_A = [*_MULTIPLIERS, *_SINGLE_DENOMINATORS, "couple", "pair"]
# Characters that can stand right before a number word: non-letters from the ASCII, Latin-1 and
# General Punctuation blocks. Listing them (rather than a look-behind for "not a letter") lets
# the regex engine skip to them quickly, about three times faster.
_BOUNDARY = r"[\x00-@\[-`{-\xa9\xab-\xb4\xb6-\xb9\xbb-\xbf\xd7\xf7\u2000-\u206f]"
_WORD_START_PATTERN = re.compile(
    rf"{_BOUNDARY}(?P<word>{'|'.join(_STARTERS)}"
    rf"|a(?=(?:\s+|-)(?:{'|'.join(_AFTER_A)}){_NO_LETTER_AFTER})){_NO_LETTER_AFTER}"
)
_NEXT_WORD = re.compile(r"(?:\s+|-)?([^\W\d_]+)")


class _Word(NamedTuple):
    """A lower-cased word of a phrase and the offset where it ends."""

    text: str
    end: int


def _find_number_words(text: str) -> list[Number]:
    """Spelled-out numbers: "sixteen", "one hundred and twelve", "a dozen", "two-thirds".

    The search runs on a lower-cased copy padded with one space, so that a word at the very
    start has a boundary character before it too; offsets in the copy are one more than in text.
    """
    padded = " " + _lowercase(text)
    numbers = []
    position = 0
    while match := _WORD_START_PATTERN.search(padded, position):
        start = match.start("word")
        reading, position = _read_phrase(_words_from(padded, start))
        if reading is not None:
            value, end = reading
            numbers.append(Number(start - 1, end - 1, value, "words"))
    return numbers


def _lowercase(text: str) -> str:
    """text.lower() with the same length: "İ" is the only character whose lower case is longer."""
    return text.replace("\u0130", "i").lower()


def _read_phrase(words: list[_Word]) -> tuple[tuple[float, int] | None, int]:
    """Value and end of the number phrase made by words (None if they make none), and where to go on."""
    names = [word.text for word in words]
    parsed = _parse_phrase(names)
    if parsed is None:
        return None, words[0].end
    value, count = parsed
    ordinal = _ordinal_index(names, count)
    if ordinal is not None:
        return None, words[ordinal].end
    end = words[count - 1].end
    return (float(value), end), end


def _words_from(text: str, start: int) -> list[_Word]:
    """Lower-case words joined by spaces or hyphens from start, up to the first one outside the vocabulary."""
    words: list[_Word] = []
    position = start
    while len(words) < _MAX_PHRASE_WORDS and (match := _NEXT_WORD.match(text, position)):
        words.append(_Word(match[1], match.end()))
        if words[-1].text not in _VOCABULARY:
            break
        position = match.end()
    return words


def _ordinal_index(names: list[str], count: int) -> int | None:
    """Index of an ordinal word completing the phrase ("twenty-first", "hundred and first")."""
    index = count + 1 if names[count - 1] in _MULTIPLIERS and _at(names, count) == "and" else count
    word = _at(names, index)
    if word not in _ORDINALS or (word == "second" and names[count - 1] in _UNITS):
        return None  # "a two-second delay" is a duration, not an ordinal
    return index


def _at(names: list[str], index: int) -> str:
    """The word at index, or "" past the end."""
    return names[index] if index < len(names) else ""


def _parse_phrase(names: list[str]) -> tuple[float, int] | None:
    """Value and word count of the longest number phrase at the start of names."""
    readings = [reading for rule in (_half_of, _fraction, _cardinal) if (reading := rule(names))]
    return max(readings, key=lambda reading: reading[1], default=None)


def _half_of(names: list[str]) -> tuple[float, int] | None:
    """ "half a million", "half a dozen"."""
    if names[0] == "half" and _at(names, 1) == "a" and _at(names, 2) in _MULTIPLIERS:
        return _MULTIPLIERS[names[2]] / 2, 3
    return None


def _fraction(names: list[str]) -> tuple[float, int] | None:
    """ "a third", "one half", "two-thirds", "three quarters", optionally scaled: "a quarter million"."""
    numerator, denominator = names[0], _at(names, 1)
    if numerator in ("a", "one") and denominator in _SINGLE_DENOMINATORS:
        value = 1 / _SINGLE_DENOMINATORS[denominator]
    elif _UNITS.get(numerator, 0) >= 2 and denominator in _PLURAL_DENOMINATORS:
        value = _UNITS[numerator] / _PLURAL_DENOMINATORS[denominator]
    else:
        return None
    return _scaled(names, value, 2)


def _scaled(names: list[str], value: float, count: int) -> tuple[float, int]:
    """Value and count, multiplied by a scale word right after the first count words if there is one."""
    scale = _SCALES.get(_at(names, count))
    return (value * scale, count + 1) if scale else (value, count)


def _cardinal(names: list[str]) -> tuple[float, int] | None:
    """ "zero", "sixteen", "a dozen", "two and a half million", "three thousand four hundred"."""
    if names[0] == "zero":
        return 0.0, 1
    first = _below_thousand(names, 0)
    if first is None:
        return None
    chunk, index = first
    if _at(names, index) == "dozen":
        return chunk * 12, index + 1
    if names[index : index + 3] == ["and", "a", "half"]:
        return _scaled(names, chunk + 0.5, index + 3)
    return _add_scaled_chunks(names, chunk, index)


def _add_scaled_chunks(names: list[str], chunk: float, index: int) -> tuple[float, int]:
    """Fold groups with strictly falling scales: "two million three hundred thousand and five"."""
    total, limit = 0.0, math.inf
    while (scale := _SCALES.get(_at(names, index), math.inf)) < limit:
        total, limit, index = total + chunk * scale, scale, index + 1
        following = _chunk_after_scale(names, index, limit)
        if following is None:
            return total, index
        chunk, index = following
    return total + chunk, index


def _chunk_after_scale(names: list[str], index: int, limit: float) -> tuple[float, int] | None:
    """The group after a scale word, unless it starts a new number ("one thousand two thousand")."""
    start = index + 1 if _at(names, index) == "and" else index
    chunk = _below_thousand(names, start)
    if chunk is None:
        return None
    follower = _at(names, chunk[1])
    if follower == "dozen" or _SCALES.get(follower, 0) >= limit:
        return None
    return chunk


def _below_thousand(names: list[str], index: int) -> tuple[float, int] | None:
    """ "seven", "a hundred", "one hundred and twelve", "a couple"."""
    head = _head(names, index)
    if head is None:
        return None
    value, index = head
    if _at(names, index) != "hundred":
        return value, index
    value, index = value * 100, index + 1
    rest = _below_hundred(names, index + 1 if _at(names, index) == "and" else index)
    return (value + rest[0], rest[1]) if rest else (value, index)


def _head(names: list[str], index: int) -> tuple[float, int] | None:
    """A count that can take a multiplier: below a hundred, "a" before one, "a couple", "a pair"."""
    word, following, after = _at(names, index), _at(names, index + 1), _at(names, index + 2)
    if word == "a" and following in _MULTIPLIERS:
        return 1.0, index + 1
    if word == "a" and following == "couple":
        if after == "of" and _at(names, index + 3) in _MULTIPLIERS:
            return 2.0, index + 3  # "a couple of million"
        if after == "of" or after in _MULTIPLIERS:
            return 2.0, index + 2
    if word == "a" and following == "pair" and after == "of":
        return 2.0, index + 2
    return _below_hundred(names, index)


def _below_hundred(names: list[str], index: int) -> tuple[float, int] | None:
    """ "seven", "nineteen", "forty", "twenty-five" or "twenty five"."""
    word = _at(names, index)
    if word in _TENS:
        unit = _UNITS.get(_at(names, index + 1), 0)
        return (_TENS[word] + unit, index + 2) if unit else (_TENS[word], index + 1)
    value = _ONE_TO_NINETEEN.get(word)
    return (value, index + 1) if value else None
