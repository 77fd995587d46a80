"""Units and currencies, from quantulum3's unit lexicon.

quantulum3's full parser costs seconds to import and milliseconds per sentence, so factcheck reads
its lexicon (units.json: names, surfaces, symbols, entities, currency codes) once and resolves a
unit only in the few characters around a figure.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

_SKIP_ENTITIES = {"dimensionless", "unknown"}
# Words that quantulum3 knows as units but that, after a number in news, almost always are not.
_NOT_UNITS = {
    "point",
    "pair",
    "degree",
    "minute of arc",
    "line",
    "bit",
    "byte",
    "gal",
    "cup",
    "pitch",
    "chain",
    "stone",
    "link",
    "rod",
    "cord",
    "mark",
    "league",
    "bar",
    "ton of refrigeration",
    "g-force",
    "block",
    "pica",
    "dram",
    "grain",
    "store",
    "span",
    "hand",
    "quarter",
    "rad",
    "gray",
    "rem",
    "curie",
    "tesla",
    "henry",
    "ohm",
    "siemens",
    "weber",
    "sievert",
    "carat",
    "barn",
    "slug",
    "poise",
    "stokes",
    "ream",
    "candle",  # candela's old name: in news, the candles of a vigil
    "in",
    "at",
    "a",
    "are",
    "per",
    "h",
    "d",
    "s",
    "t",
}
_PREFIXES = {"k": "kilo", "M": "mega", "G": "giga", "c": "centi", "m": "milli", "µ": "micro"}
# Units common in news that quantulum3's lexicon lacks or spells otherwise. Lower-case surfaces
# match in any case; a surface with capitals (a symbol) only as written.
_FOOT, _HECTARE, _SQUARE_METRE = ("foot", "length"), ("hectare", "area"), ("square metre", "area")
_SQUARE_KM, _SQUARE_FOOT = ("square kilometre", "area"), ("square foot", "area")
_SUPPLEMENT: dict[str, tuple[str, str]] = {
    "feet": _FOOT, "hectare": _HECTARE, "hectares": _HECTARE, "ha": _HECTARE,
    "sqm": _SQUARE_METRE, "sq metres": _SQUARE_METRE, "sq meters": _SQUARE_METRE, "m2": _SQUARE_METRE,
    "m²": _SQUARE_METRE, "km2": _SQUARE_KM, "km²": _SQUARE_KM, "sq ft": _SQUARE_FOOT, "sq. ft.": _SQUARE_FOOT,
    "sqft": _SQUARE_FOOT, "ft2": _SQUARE_FOOT, "ft²": _SQUARE_FOOT, "m3": ("cubic metre", "volume"),
    "m³": ("cubic metre", "volume"),
    "km/h": ("kilometre per hour", "speed"), "kmh": ("kilometre per hour", "speed"),
    "mpg": ("mile per gallon", "fuel economy"), "bhp": ("horsepower", "power"),
    "kW": ("kilowatt", "power"), "MW": ("megawatt", "power"), "GW": ("gigawatt", "power"),
    "MWh": ("megawatt hour", "energy"), "GWh": ("gigawatt hour", "energy"), "TWh": ("terawatt hour", "energy"),
    "bpd": ("barrel per day", "flow"), "ppm": ("part per million", "concentration"),
    "percentage point": ("percentage point", "percent"), "percentage points": ("percentage point", "percent"),
    "basis point": ("basis point", "percent"), "basis points": ("basis point", "percent"),
    "bp": ("basis point", "percent"), "pc": ("percent", "percent"),
    "degrees celsius": ("degree Celsius", "temperature"), "degrees centigrade": ("degree Celsius", "temperature"),
    "degrees fahrenheit": ("degree fahrenheit", "temperature"),
    "HKD": ("HKD", "currency"), "HK$": ("HKD", "currency"), "SGD": ("SGD", "currency"), "S$": ("SGD", "currency"),
    "MYR": ("MYR", "currency"), "RM": ("MYR", "currency"), "RMB": ("CNY", "currency"), "TWD": ("TWD", "currency"),
    "NT$": ("TWD", "currency"), "ringgit": ("MYR", "currency"), "renminbi": ("CNY", "currency"),
}  # fmt: skip
# Symbols that mean something else in news than in quantulum3's lexicon: "50bps" is basis points.
_NEWS_MEANINGS = {"bps": ("basis point", "percent")}
# Unit symbols news also writes in capitals ("784 HP", "5 KM"); not those a capital makes another
# unit or a word ("MS", "PM", "MB").
_ALSO_IN_CAPITALS = ("hp", "bhp", "km", "kg", "mph", "kph", "km/h", "lbs", "lb", "cm", "ft")
# Currencies written before a number as a word, not a symbol or an ISO code: "Rs 5 crore", "Rs.500".
_CURRENCY_WORDS = {"Rs": "INR", "Rs.": "INR"}
# Letters written after "$" for a dollar other than the US one, as Australian papers do ("$A5", "$US5").
_DOLLAR_COUNTRIES = {"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "NZ": "NZD", "HK": "HKD", "S": "SGD"}
# A unit letter glued to a number: "30m" (metres; "35m" as million is read as a scale before this),
# "164p" (pence; not a video resolution such as 1080p), "300g" (grams; "a 4g network" is a non-claim),
# "47C" and "117F" (degrees, as papers write temperatures).
_GLUED_LETTER = re.compile(r"(?P<letter>[mpgCF])(?![\w²³])")
_RESOLUTION = re.compile(r"(?<![0-9.,])(?:240|360|480|576|720|1080|1440|2160|4320)$")


@dataclass(frozen=True)
class Unit:
    """A unit as factcheck reports it: its name and what it measures."""

    name: str
    entity: str  # "currency", "length", "mass", "time", "percent", ...


_GLUED_UNITS = {
    "m": Unit("metre", "length"),
    "p": Unit("GBX", "currency"),
    "g": Unit("gram", "mass"),
    "C": Unit("degree Celsius", "temperature"),
    "F": Unit("degree fahrenheit", "temperature"),
}


@dataclass(frozen=True)
class Lexicon:
    """Unit words and symbols: `after` finds one after a number, `before` a currency symbol."""

    before: re.Pattern[str]
    units: dict[str, Unit]  # symbols as written, words in lower case
    by_head: dict[str, tuple[str, ...]]  # the units by their lower-cased head (see _head), longest first

    def get(self, surface: str) -> Unit | None:
        """The unit a matched surface names."""
        return self.units.get(surface) or self.units.get(surface.lower())

    def after(self, head: str) -> re.Pattern[str] | None:
        """A pattern for the units that start with `head`, to match right after a number."""
        return _after_pattern(self.by_head.get(head, ()))


@cache
def _after_pattern(surfaces: tuple[str, ...]) -> re.Pattern[str] | None:
    if not surfaces:
        return None
    return re.compile(rf"(?:[ \u00a0\u202f]|-)?(?:{'|'.join(_word(w) for w in surfaces)})(?![\w²³])")


def _unit(name: str, data: dict) -> Unit:
    if data["entity"] == "currency":
        return Unit(data.get("currency_code") or name, "currency")
    if name == "percentage":
        return Unit("percent", "percent")
    return Unit(name, data["entity"])


def _read_json(name: str) -> dict:
    return json.loads((resources.files("quantulum3") / name).read_text(encoding="utf-8"))


@cache
def lexicon() -> Lexicon:
    """Load quantulum3's unit lexicon once."""
    common_words = {word for words in _read_json("_lang/en_US/common-words.json").values() for word in words}
    units: dict[str, Unit] = {"per cent": Unit("percent", "percent")}
    currency_symbols: list[str] = []
    for name, data in _read_json("units.json").items():
        if name in _NOT_UNITS or (data["entity"] in _SKIP_ENTITIES and name != "percentage"):
            continue
        unit = _unit(name, data)
        for surface in (s.lower() for s in data.get("surfaces", []) if s.lower() not in _NOT_UNITS):
            for form in (surface, surface + "s", surface + "es", re.sub(r"y$", "ies", surface)):
                units.setdefault(form, unit)
        symbols = [(symbol, unit) for symbol in data.get("symbols", [])]
        for prefix, word in _PREFIXES.items():
            if prefix in data.get("prefixes", []):
                prefixed = Unit(word + name, data["entity"])
                symbols += [(prefix + symbol, prefixed) for symbol in data.get("symbols", [])]
                for surface in data.get("surfaces", []):
                    units.setdefault(word + surface.lower(), prefixed)
                    units.setdefault(word + surface.lower() + "s", prefixed)
        for symbol, unit in symbols:
            if unit.entity == "currency" and re.fullmatch("[A-Z]{3}", symbol):
                units.setdefault(symbol, unit)  # "USD", written in capitals, even where "usd" is a common word
            elif not symbol.isalpha():
                currency_symbols += [symbol] if unit.entity == "currency" else []
            elif len(symbol) == 1 or symbol.lower() in common_words or symbol in _NOT_UNITS:
                continue
            units.setdefault(symbol, unit)
    for surface, (name, entity) in _SUPPLEMENT.items():
        units.setdefault(surface, Unit(name, entity))
    units.update({symbol.upper(): units[symbol] for symbol in _ALSO_IN_CAPITALS})
    units.update({surface: Unit(name, entity) for surface, (name, entity) in _NEWS_MEANINGS.items()})
    codes = sorted(s for s, u in units.items() if s.isupper() and s.isalpha() and re.fullmatch("[A-Z]{3}", u.name))
    currency_symbols += [s for s, u in units.items() if u.entity == "currency" and "$" in s]
    by_head: dict[str, list[str]] = {}
    for surface in sorted(units, key=len, reverse=True):
        by_head.setdefault(_head(surface), []).append(surface)
    before = "|".join(re.escape(s) for s in sorted(set(currency_symbols), key=len, reverse=True))
    return Lexicon(
        before=re.compile(
            rf"(?<![\w$£€¥])(?P<symbol>(?:[A-Z]{{2}} ?|[A-Z])?(?:{before})(?:[A-Z]{{1,2}}(?![a-z]))?"
            rf"|(?:{'|'.join(codes)})(?![a-z])|(?<![\w.])(?:{'|'.join(map(re.escape, _CURRENCY_WORDS))}))\s?$"
        ),
        units=units,
        by_head={head: tuple(surfaces) for head, surfaces in by_head.items()},
    )


# The head of a unit or of the text after a number: its first run of letters, or its first other
# character ("sq" of "sq. ft.", "km" of "km/h", "°" of "°C"). A unit can only start where its head does.
_HEAD = re.compile(r"(?:[ \u00a0\u202f]|-(?=[^\W\d_]))?([^\W\d_]+|[^\w\s])")


def _head(surface: str) -> str:
    match = _HEAD.match(surface)
    return match[1].lower() if match else ""


def _word(surface: str) -> str:
    """A case-insensitive pattern for a word surface, an exact one for a symbol."""
    body = r"\s+".join(re.escape(part) for part in surface.split())
    return f"(?i:{body})" if surface.islower() and len(surface) > 2 else body


# Reading a figure asks about the unit after a number and the currency before it several times
# (ranges, lists, the figure itself): the answers are kept for the few thousand latest positions.
@lru_cache(maxsize=4096)
def unit_after(text: str, end: int) -> tuple[Unit, int] | None:
    """The unit written right after a number ending at `end`, and where it ends.

    Also a unit joined by a hyphen ("a 6-foot fence", "a 6.1-inch screen"), but no length of time:
    "a 13-minute spree" and "a 23-year-old man" are read as what lasts and as ages.
    """
    head = _HEAD.match(text, end)
    pattern = lexicon().after(head[1].lower()) if head else None
    match = pattern.match(text, end, min(len(text), end + 40)) if pattern else None
    unit = lexicon().get(match.group().strip().lstrip("-")) if match else None
    if unit and not (unit.entity == "time" and match.group().startswith("-")):
        return unit, match.end()
    glued = _GLUED_LETTER.match(text, end)
    if (
        glued
        and end
        and text[end - 1].isdigit()
        and not (glued["letter"] == "p" and _RESOLUTION.search(text, max(0, end - 6), end))
    ):
        return _GLUED_UNITS[glued["letter"]], glued.end()
    return None


@lru_cache(maxsize=4096)
def currency_before(text: str, start: int) -> tuple[Unit, int] | None:
    """The currency written right before a number starting at `start`, and where it starts.

    A symbol ("$", "£"), a symbol with its country ("US$", "HK $", "$US", "$A") or an ISO code in
    capitals, glued or spaced ("USD10m", "AUD 1.5m", "RM23.50").
    """
    match = lexicon().before.search(text, max(0, start - 7), start)
    unit = _currency(match.group("symbol")) if match else None
    return (unit, match.start()) if unit else None


def _currency(symbol: str) -> Unit | None:
    """The currency a symbol before a number names: "HK $" is HKD, "$A" AUD, "$" USD."""
    symbol = symbol.replace(" ", "")
    if code := _CURRENCY_WORDS.get(symbol):
        return Unit(code, "currency")
    if unit := lexicon().get(symbol):
        return unit
    country, dollar, after = symbol.partition("$")
    if dollar and (code := _DOLLAR_COUNTRIES.get(country or after)):
        return Unit(code, "currency")
    return lexicon().get(symbol.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
