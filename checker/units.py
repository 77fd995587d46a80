"""Units and currencies, from quantulum3's unit lexicon.

quantulum3's full parser costs seconds to import and milliseconds per sentence, so factcheck reads
its lexicon (units.json: names, surfaces, symbols, entities, currency codes) once and resolves a
unit only in the few characters around a figure.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
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


@dataclass(frozen=True)
class Unit:
    """A unit as factcheck reports it: its name and what it measures."""

    name: str
    entity: str  # "currency", "length", "mass", "time", "percent", ...


@dataclass(frozen=True)
class Lexicon:
    """Unit words and symbols: `after` finds one after a number, `before` a currency symbol."""

    after: re.Pattern[str]
    before: re.Pattern[str]
    units: dict[str, Unit]  # symbols as written, words in lower case

    def get(self, surface: str) -> Unit | None:
        """The unit a matched surface names."""
        return self.units.get(surface) or self.units.get(surface.lower())


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
            if not symbol.isalpha():
                currency_symbols += [symbol] if unit.entity == "currency" else []
            elif len(symbol) == 1 or symbol.lower() in common_words or symbol in _NOT_UNITS:
                continue
            units.setdefault(symbol, unit)
    after = "|".join(_word(w) for w in sorted(units, key=len, reverse=True))
    before = "|".join(re.escape(s) for s in sorted(currency_symbols, key=len, reverse=True))
    return Lexicon(
        after=re.compile(rf"[ \u00a0\u202f]?(?:{after})(?!\w)"),
        before=re.compile(rf"(?<![\w$£€¥])(?:[A-Z]{{1,2}})?(?P<symbol>{before})\s?$"),
        units=units,
    )


def _word(surface: str) -> str:
    """A case-insensitive pattern for a word surface, an exact one for a symbol."""
    body = r"\s+".join(re.escape(part) for part in surface.split())
    return f"(?i:{body})" if surface.islower() and len(surface) > 2 else body


def unit_after(text: str, end: int) -> tuple[Unit, int] | None:
    """The unit written right after a number ending at `end`, and where it ends."""
    match = lexicon().after.match(text, end, min(len(text), end + 40))
    unit = lexicon().get(match.group().strip()) if match else None
    return (unit, match.end()) if unit else None


def currency_before(text: str, start: int) -> tuple[Unit, int] | None:
    """The currency symbol written right before a number starting at `start`, and where it starts."""
    match = lexicon().before.search(text, max(0, start - 5), start)
    unit = lexicon().get(match.group("symbol")) if match else None
    return (unit, match.start()) if unit else None
