"""Score factcheck's extraction of numbers on the NewsQuant development half.

Data: `<shared>/bench/newsquant-dev.jsonl` (see `<shared>/bench/README.md`). Every sentence is
written to its own file in a temporary folder (`NewsQuant-0000.txt`, ...), `factcheck extract` runs
once on that folder, and its JSON lines are scored sentence by sentence.

Matching a predicted claim to a labelled quantity (values only, never units or spans):
- a plain quantity matches when the values are equal (relative tolerance 1e-6); a prediction with
  no value matches when its closed interval contains the labelled value;
- a labelled range matches when the prediction's low and high equal both ends, in either order;
- a labelled vague amount (a range whose surface is a vague plural such as "hundreds" or "tens of
  thousands") matches when the prediction's interval overlaps the labelled one; an open end of the
  prediction counts as unbounded, and a prediction with only a value is the point [value, value].

Pairs are one-to-one within a sentence: a maximum bipartite matching (augmenting paths, Kuhn's
algorithm), where each labelled quantity tries its candidates nearest first by character offset, so
that among the matchings of maximum size the pairs at the same place are preferred. The matching
size is optimal, so the choice between greedy and Hungarian does not matter for the scores.

"Counts only" keeps the same pairs and counts, on each side, only the quantities without a unit of
measure, currency or percent (see `unit_kind`): recall = labelled counts matched / labelled counts,
precision = predicted counts matched / predicted counts. As everywhere here, units are not
compared: a prediction "640" without unit that matches the label "640bhp" is a correct count
prediction, though the label is not a count.

Every unmatched prediction (false positive) and unmatched label (false negative) gets one failure
category from `categorize`; the first rule that applies wins, in the order of `CATEGORY_RULES`.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from _common import CheckerError, add_shared_option, f1, last_lines, ratio, run_checker, same_number, spans_overlap
from tabulate import tabulate

DATA_FILE = Path("bench") / "newsquant-dev.jsonl"

# ---------------------------------------------------------------------------------------------
# Units: what is a count?
# ---------------------------------------------------------------------------------------------

PERCENT_WORDS = frozenset({"%", "percent", "percentage", "pct", "per cent", "basis", "bp", "bps", "point"})
CURRENCY_SYMBOLS = frozenset("$£€¥₹₩₪₽")
CURRENCY_WORDS = frozenset(
    # names and ISO codes; "pound" is a weight here: sterling shows as "£", "GBP" or "sterling"
    "dollar euro sterling yen yuan renminbi rmb cent penny pence p sen ringgit rm shekel crown krone "
    "kroner krona franc rupee rs won peso real rand ruble rouble lira dirham riyal naira baht dong "
    "rupiah usd eur gbp jpy cny aud cad hkd chf inr myr ils dkk sek nok krw rub brl mxn zar nzd sgd "
    "money".split()
)
MEASURE_WORDS = frozenset(
    # time and age
    "second sec s minute min hour hr h day week month year yr decade century old age "
    # length and area
    "mm cm m km metre meter millimetre millimeter centimetre centimeter kilometre kilometer "
    "micrometre micrometer μm nm inch in foot feet ft yard yd mile mi sqm sq square acre hectare ha "
    "m2 km2 "
    # mass and volume
    "mg g gram kg kilogram tonne ton t lb pound ounce oz gigatonne gigaton megaton kt l litre liter ml "
    "gallon pint quart barrel bbl cubic cc "
    # speed, energy, power, frequency, data, temperature, pressure, sound
    "mph kph knot mpg w kw mw gw watt kilowatt megawatt gigawatt kwh mwh gwh twh hp bhp ps horsepower "
    "volt v mah amp joule calorie btu mmbtu hz khz mhz ghz b kb mb gb tb byte megapixel mp degree ° "
    "celsius fahrenheit c f kelvin pa kpa mpa gpa gigapascal psi ksi bar decibel db ppm gauge "
    # ratios and per-game statistics
    "times fold x ppg rpg apg war".split()
)
UNIT_TOKEN = re.compile(r"[a-zμ°]+[0-9]?|[%$£€¥₹₩₪₽]")


def _forms(token: str) -> set[str]:
    """The token and its singular candidates (without a final -s or -es)."""
    forms = {token}
    if token.endswith("s") and len(token) > 2:  # not "ps" (metric horsepower) -> "p" (pence)
        forms.add(token[:-1])
    if token.endswith("es") and len(token) > 3:
        forms.add(token[:-2])
    return forms


def _known(token: str, vocabulary: frozenset[str]) -> bool:
    """Whether `token` or its singular is in `vocabulary`."""
    return bool(_forms(token) & vocabulary)


def unit_kind(unit: str | None) -> str:
    """Classify a unit as "percent", "money", "measure" or "count".

    No unit, "-" and plain nouns ("people", "homes", "Model 3 sedans") are counts. A unit is
    money when it holds a currency symbol or a currency name or ISO code, percent for %, percent,
    per cent, basis points and points, and a measure when any of its words is a unit of time, age,
    length, area, mass, volume, speed, energy, power, frequency, data, temperature, pressure or
    sound, or a ratio ("times", "-fold"). Words are compared in lower case and singular, so
    "US$ per barrel" is money and "hours a week" a measure; a single letter ("W", "F", "p") is a
    unit symbol only when it is the whole unit.
    """
    if not unit or unit.strip() in {"-", ""}:
        return "count"
    lowered = unit.lower().replace("per cent", "percent").replace("parts per million", "ppm")
    tokens = UNIT_TOKEN.findall(lowered)
    if len(tokens) > 1:  # a lone letter is a unit symbol only when it is the whole unit ("W", not "Model 3s")
        tokens = [t for t in tokens if len(t) > 1 or t in CURRENCY_SYMBOLS or t == "%"]
    if any(t in CURRENCY_SYMBOLS or _known(t, CURRENCY_WORDS) for t in tokens):
        return "money"
    if any(_known(t, PERCENT_WORDS) for t in tokens):
        return "percent"
    if any(_known(t, MEASURE_WORDS) or t.endswith("fold") for t in tokens):
        return "measure"
    return "count"


# ---------------------------------------------------------------------------------------------
# Quantities, labelled and predicted
# ---------------------------------------------------------------------------------------------

VAGUE_PLURAL = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|tens|scores)\b", re.I)


@dataclass(frozen=True)
class Quantity:
    """A number found in a sentence, by the labels or by factcheck.

    `low`/`high` bound the values the words allow (None = open end); `ranged` marks a stated range
    with two ends, `vague` a vague amount ("hundreds").
    """

    surface: str | None
    start: int | None
    end: int | None
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str | None
    ranged: bool
    vague: bool

    @property
    def span(self) -> tuple[int, int] | None:
        """The character span, when known."""
        return None if self.start is None or self.end is None else (self.start, self.end)

    @property
    def interval(self) -> tuple[float, float] | None:
        """The closed interval of allowed values (infinite for open ends), None if nothing is known."""
        if self.low is None and self.high is None:
            return None if self.value is None else (self.value, self.value)
        return (-math.inf if self.low is None else self.low, math.inf if self.high is None else self.high)

    @property
    def is_count(self) -> bool:
        """Whether the quantity counts things (no unit of measure, currency or percent)."""
        return unit_kind(self.unit) == "count"


@dataclass(frozen=True)
class Sentence:
    """One labelled sentence of the benchmark."""

    id: str
    text: str
    gold: tuple[Quantity, ...]


def gold_quantity(item: dict) -> Quantity:
    """Turn one labelled quantity of the JSONL file into a Quantity.

    A vague plural ("dozens", "tens of thousands": no digits) is a vague amount. Its range is the
    label's; the one such label without a range ("dozens", 12) gets the README's convention
    [value, 10 * value] (dozens 12-120, hundreds 100-1000, thousands 1000-10000).
    """
    span = item.get("char_span")
    surface = item.get("surface")
    vague = bool(surface) and VAGUE_PLURAL.search(surface) is not None and not re.search(r"\d", surface)
    ends = item.get("range") or ([item["value"], 10 * item["value"]] if vague else None)
    low, high = (min(ends), max(ends)) if ends else (item["value"], item["value"])
    return Quantity(
        surface=surface,
        start=span[0] if span else None,
        end=span[1] if span else None,
        value=item["value"],
        low=low,
        high=high,
        unit=item.get("unit"),
        qualifier=item.get("change"),
        ranged=bool(ends) and not vague,
        vague=vague,
    )


def predicted_quantity(item: dict) -> Quantity:
    """Turn one JSON line of `factcheck extract` into a Quantity."""
    low, high, value = item.get("low"), item.get("high"), item.get("value")
    qualifier = item.get("qualifier")
    vague = qualifier == "vague"
    # a stated range has two ends and no qualifier; "about 8" as [7.2, 8.8] is not one
    ranged = qualifier is None and low is not None and high is not None and not same_number(low, high)
    return Quantity(
        surface=item.get("surface"),
        start=item.get("start"),
        end=item.get("end"),
        value=value,
        low=low,
        high=high,
        unit=item.get("unit"),
        qualifier=qualifier,
        ranged=ranged,
        vague=vague,
    )


def load_sentences(path: Path) -> list[Sentence]:
    """Read the benchmark's JSONL file."""
    sentences = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                gold = tuple(gold_quantity(q) for q in row["quantities"])
                sentences.append(Sentence(id=row["id"], text=row["text"], gold=gold))
    return sentences


# ---------------------------------------------------------------------------------------------
# Running factcheck
# ---------------------------------------------------------------------------------------------


def extract_lines(sentences: list[Sentence]) -> tuple[list[dict], float]:
    """Write each sentence to its own file, run `factcheck extract` once; return its records and the seconds it took."""
    with tempfile.TemporaryDirectory(prefix="newsquant-") as folder:
        for sentence in sentences:
            (Path(folder) / f"{sentence.id}.txt").write_text(sentence.text, encoding="utf-8", newline="")
        started = time.perf_counter()
        process = run_checker(["extract", folder])
        elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise CheckerError(f"`factcheck extract` exited with {process.returncode}:\n{last_lines(process.stderr)}")
    return parse_json_lines(process.stdout), elapsed


def parse_json_lines(text: str) -> list[dict]:
    """Parse one JSON object per non-empty line."""
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise CheckerError(f"line {number} of the extract output is not JSON: {line[:120]!r}") from exc
    return records


def predictions_by_sentence(records: Iterable[dict], known: set[str]) -> dict[str, list[Quantity]]:
    """Group extract records by sentence id (the document's file name without `.txt`)."""
    grouped: dict[str, list[Quantity]] = {}
    unknown = set()
    for record in records:
        sentence_id = Path(str(record.get("document", ""))).stem
        if sentence_id in known:
            grouped.setdefault(sentence_id, []).append(predicted_quantity(record))
        else:
            unknown.add(record.get("document"))
    if unknown:
        print(
            f"warning: {len(unknown)} unknown document name(s) in the output, e.g. {sorted(map(str, unknown))[:3]}",
            file=sys.stderr,
        )
    for quantities in grouped.values():
        quantities.sort(key=lambda q: (q.start is None, q.start or 0))
    return grouped


# ---------------------------------------------------------------------------------------------
# Matching and scores
# ---------------------------------------------------------------------------------------------


def matches(gold: Quantity, predicted: Quantity) -> bool:
    """Whether a prediction has the labelled quantity's value (see the module docstring)."""
    if gold.vague:
        theirs, ours = predicted.interval, gold.interval
        return theirs is not None and ours is not None and theirs[0] <= ours[1] and ours[0] <= theirs[1]
    if gold.ranged:
        if predicted.low is None or predicted.high is None:
            return False
        ends = sorted((predicted.low, predicted.high))
        return same_number(ends[0], gold.low) and same_number(ends[1], gold.high)
    if predicted.value is not None:
        return same_number(predicted.value, gold.value)
    interval = predicted.interval
    return (
        interval is not None
        and math.isfinite(interval[0])
        and math.isfinite(interval[1])
        and (interval[0] <= gold.value <= interval[1])
    )


def _distance(gold: Quantity, predicted: Quantity) -> int:
    """Character distance between two quantities' starts (0 when either is unknown)."""
    if gold.start is None or predicted.start is None:
        return 0
    return abs(gold.start - predicted.start)


def match_one_to_one(gold: list[Quantity], predicted: list[Quantity]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching as (gold index, predicted index) pairs (Kuhn's algorithm)."""
    candidates = [
        sorted((j for j, p in enumerate(predicted) if matches(g, p)), key=lambda j, g=g: _distance(g, predicted[j]))
        for g in gold
    ]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass(frozen=True)
class SentenceResult:
    """The labelled and predicted quantities of one sentence and which were paired."""

    sentence: Sentence
    gold: tuple[Quantity, ...]
    predicted: tuple[Quantity, ...]
    pairs: tuple[tuple[int, int], ...]

    @property
    def false_negatives(self) -> list[Quantity]:
        """Labelled quantities left unmatched."""
        paired = {i for i, _ in self.pairs}
        return [q for i, q in enumerate(self.gold) if i not in paired]

    @property
    def false_positives(self) -> list[Quantity]:
        """Predictions left unmatched."""
        paired = {j for _, j in self.pairs}
        return [q for j, q in enumerate(self.predicted) if j not in paired]


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 from labelled and predicted totals and how many of each were matched."""

    gold: int
    predicted: int
    gold_matched: int
    predicted_matched: int

    @property
    def precision(self) -> float:
        """Share of predictions that match a label."""
        return ratio(self.predicted_matched, self.predicted)

    @property
    def recall(self) -> float:
        """Share of labels that are matched."""
        return ratio(self.gold_matched, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, float]:
        """All figures, for JSON output."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "gold_matched": self.gold_matched,
            "predicted_matched": self.predicted_matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def evaluate(sentences: list[Sentence], predictions: dict[str, list[Quantity]]) -> list[SentenceResult]:
    """Match the labels and predictions of every sentence."""
    results = []
    for sentence in sentences:
        predicted = predictions.get(sentence.id, [])
        pairs = match_one_to_one(list(sentence.gold), predicted)
        results.append(SentenceResult(sentence, sentence.gold, tuple(predicted), tuple(pairs)))
    return results


def total_score(results: list[SentenceResult], keep: Callable[[Quantity], bool] = lambda q: True) -> Score:
    """Micro-averaged score over all sentences, counting only the quantities `keep` accepts on each side."""
    return Score(
        gold=sum(1 for r in results for q in r.gold if keep(q)),
        predicted=sum(1 for r in results for q in r.predicted if keep(q)),
        gold_matched=sum(1 for r in results for i, _ in r.pairs if keep(r.gold[i])),
        predicted_matched=sum(1 for r in results for _, j in r.pairs if keep(r.predicted[j])),
    )


# ---------------------------------------------------------------------------------------------
# Failure categories
# ---------------------------------------------------------------------------------------------

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen half quarter twice double triple single couple".split()
)
ORDINAL_WORDS = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth"
    r"|hundredth|thousandth|millionth)\b",
    re.I,
)
# Capitalised words before a number that do not make it part of a name.
NOT_NAME_WORDS = {"a", "an", "the", "i", "us", "hk", "c", "au", "nz", "s", "no", "and", "but", "about", "some", "over"}
SCALE_SUFFIXES = {"k", "m", "mn", "mln", "b", "bn", "tn", "st", "nd", "rd", "th", "s", "x"}


@dataclass(frozen=True)
class Context:
    """A quantity seen in its sentence: what the category rules look at."""

    quantity: Quantity
    text: str

    @property
    def surface(self) -> str:
        """The quantity's surface, or its value when the surface is unknown."""
        if self.quantity.surface:
            return self.quantity.surface
        return "" if self.quantity.value is None else f"{self.quantity.value:g}"

    @property
    def before(self) -> str:
        """Up to 20 characters before the span."""
        start = self.quantity.start
        return "" if start is None else self.text[max(0, start - 20) : start]

    @property
    def after(self) -> str:
        """Up to 20 characters after the span."""
        end = self.quantity.end
        return "" if end is None else self.text[end : end + 20]


def is_time(c: Context) -> bool:
    """Clock times: 10:30, 9 a.m., 5pm, noon GMT."""
    return bool(
        re.search(r"\d{1,2}:\d{2}|\d\s?[ap]\.?m\b", c.surface, re.I)
        or re.match(r"\s*(?:a\.?m\b|p\.?m\b|o'clock|GMT|ET\b|EST|EDT|BST|CET)", c.after, re.I)
    )


def is_date(c: Context) -> bool:
    """Calendar dates: a month name next to the number, or 10/12/2019 (not a fraction such as 1/2)."""
    return bool(
        re.search(MONTH, c.surface)
        or re.search(rf"\b{MONTH}\s*$", c.before)
        or re.match(rf"\s*(?:of\s+)?{MONTH}", c.after)
        or re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", c.surface)
    )


def is_year(c: Context) -> bool:
    """Years: a four-digit 1800-2099 token (or '90s) without currency or percent."""
    q = c.quantity
    year_token = re.search(r"(?<![\d,.])(?:1[89]\d\d|20\d\d)(?:s|'s)?(?![\d,.]*\d)", c.surface)
    decade = re.search(r"'\d0s\b", c.surface)
    money_or_percent = re.search(r"[%$£€¥]", c.surface) or unit_kind(q.unit) in {"money", "percent"}
    value_is_year = q.value is None or 1800 <= q.value <= 2099
    return bool(((year_token and value_is_year) or decade) and not money_or_percent)


def is_ordinal(c: Context) -> bool:
    """Ordinals: 3rd, 21st, fifth, twentieth (not fractions: "a third", "two-thirds")."""
    fraction = re.search(r"\b(?:a|one|two|three|four)[\s-]+(?:\w+ths?|thirds?|quarters?)\b", c.surface, re.I)
    ordinal = re.search(r"\b\d+(?:st|nd|rd|th)\b", c.surface, re.I) or ORDINAL_WORDS.search(c.surface)
    return bool(ordinal and not fraction)


def _glued_letters(c: Context) -> tuple[str, str]:
    """Letters glued to the number in its whitespace-delimited token: (before the digits, after them)."""
    head = re.search(r"\S*$", c.before).group() if c.before else ""
    tail = re.match(r"\S*", c.after).group() if c.after else ""
    token = (head + c.surface + tail).strip("\"'()[],.;:")
    before = re.match(r"([A-Za-z]+)(-?)\d", token)
    after = re.search(r"\d([A-Za-z]+)", token)
    if before and before.group(2) and before.group(1).islower():  # minus-5, sub-300: words, not names
        before = None
    return (before.group(1) if before else "", after.group(1) if after else "")


def is_name(c: Context) -> bool:
    """Numbers inside names.

    Letters glued before the digits (A380, COVID-19, G7; not a lower-case word with a hyphen as in
    "minus-5") unless they are a currency (US$5, RM5);
    letters glued after the digits unless they are a unit, a scale (35m, 2.8bn) or an ordinal
    suffix; or a word with a capital letter just before the number that does not start the
    sentence and is not a currency, weekday or month (S&P 500, iPhone 12, Model 3).
    """
    before, after = _glued_letters(c)
    if before and unit_kind(before) != "money" and before.upper() not in {"US", "A", "C", "HK", "NZ", "S"}:
        return True
    if after and unit_kind(after) == "count" and after.lower() not in SCALE_SUFFIXES:
        return True
    previous = re.search(r"([A-Za-z][\w&.'-]*)\s+$", c.before)
    if previous is None or c.quantity.start is None or previous.group(1).islower():
        return False
    word_start = c.quantity.start - len(c.before) + previous.start(1)
    starts_sentence = not c.text[:word_start].strip()
    word = previous.group(1).rstrip(".")
    currency = len(word) > 1 and unit_kind(word) == "money"  # "USD 10", "Rs 500"; not "S P 500"
    ordinary = word.lower() in NOT_NAME_WORDS | WEEKDAYS or currency or re.fullmatch(MONTH, word)
    return not (starts_sentence or ordinary)


def is_one_or_a(c: Context) -> bool:
    """Words "one", "a" or "an" standing for 1 ("one of the ...", "a man"; not "a few")."""
    words = c.surface.lower().split()
    return bool(words) and words[0] in {"one", "a", "an"} and same_number(c.quantity.value, 1)


def is_vague(c: Context) -> bool:
    """Vague amounts: labelled or predicted as vague, or a vague word without digits."""
    plural = VAGUE_PLURAL.search(c.surface) or re.search(r"\b(?:several|few|many|couple)\b", c.surface, re.I)
    return c.quantity.vague or bool(plural and not re.search(r"\d", c.surface))


def is_range(c: Context) -> bool:
    """Ranges: a stated range, or two numbers joined by -, –, to, and, or."""
    return c.quantity.ranged or bool(re.search(r"\d\s*(?:-|–|to|and|or)\s*[$£€]?\d", c.surface))


def is_word(c: Context) -> bool:
    """Numbers written in words only ("twelve", "half a million")."""
    words = set(re.findall(r"[a-z]+", c.surface.lower()))
    return not re.search(r"\d", c.surface) and bool(words & NUMBER_WORDS)


def is_unit(c: Context) -> bool:
    """Money, percentages and measurements."""
    return unit_kind(c.quantity.unit) != "count" or bool(re.search(r"[%$£€¥]", c.surface))


CATEGORY_RULES: tuple[tuple[str, Callable[[Context], bool]], ...] = (
    ("time", is_time),
    ("date", is_date),
    ("year", is_year),
    ("ordinal", is_ordinal),
    ("name", is_name),
    ("one/a", is_one_or_a),
    ("vague", is_vague),
    ("range", is_range),
    ("word", is_word),
    ("unit/money/percent", is_unit),
)
CATEGORY_ORDER = (
    "date",
    "year",
    "time",
    "ordinal",
    "name",
    "range",
    "word",
    "vague",
    "unit/money/percent",
    "one/a",
    "other",
)


def categorize(quantity: Quantity, text: str) -> str:
    """The failure category of an unmatched quantity: the first rule of CATEGORY_RULES that applies."""
    context = Context(quantity, text)
    return next((name for name, rule in CATEGORY_RULES if rule(context)), "other")


@dataclass(frozen=True)
class Failure:
    """One false positive ("FP") or false negative ("FN")."""

    kind: str
    sentence: Sentence
    quantity: Quantity
    category: str

    def as_dict(self) -> dict:
        """The failure without the sentence text, for JSON output."""
        q = self.quantity
        return {
            "kind": self.kind,
            "id": self.sentence.id,
            "category": self.category,
            "surface": q.surface,
            "start": q.start,
            "end": q.end,
            "value": q.value,
            "low": q.low,
            "high": q.high,
            "unit": q.unit,
            "qualifier": q.qualifier,
        }


def failures(results: list[SentenceResult]) -> list[Failure]:
    """Every false positive and false negative, categorised, in sentence order."""
    found = []
    for result in results:
        text = result.sentence.text
        found += [Failure("FN", result.sentence, q, categorize(q, text)) for q in result.false_negatives]
        found += [Failure("FP", result.sentence, q, categorize(q, text)) for q in result.false_positives]
    return found


def wrong_value_same_place(results: list[SentenceResult]) -> int:
    """Missed labels whose span overlaps an unmatched prediction: found, but with another value."""
    count = 0
    for result in results:
        spans = [q.span for q in result.false_positives if q.span]
        count += sum(1 for q in result.false_negatives if q.span and any(spans_overlap(q.span, s) for s in spans))
    return count


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evaluation:
    """Everything the script reports."""

    sentences: int
    overall: Score
    counts: Score
    failures: tuple[Failure, ...]
    wrong_value_same_place: int
    fp_on_empty_sentences: int
    seconds: float | None
    characters: int

    def category_counts(self) -> dict[str, dict[str, int]]:
        """False positives and negatives per category, in the order of CATEGORY_ORDER."""
        tally = Counter((f.category, f.kind) for f in self.failures)
        return {c: {"fp": tally[(c, "FP")], "fn": tally[(c, "FN")]} for c in CATEGORY_ORDER}

    def as_dict(self) -> dict:
        """All figures, for `--json`."""
        return {
            "sentences": self.sentences,
            "all": self.overall.as_dict(),
            "counts": self.counts.as_dict(),
            "categories": self.category_counts(),
            "wrong_value_same_place": self.wrong_value_same_place,
            "fp_on_sentences_without_labels": self.fp_on_empty_sentences,
            "seconds": self.seconds,
            "kb_per_second": self.kb_per_second,
            "failures": [f.as_dict() for f in self.failures],
        }

    @property
    def kb_per_second(self) -> float | None:
        """Throughput of the extract run (whole process, start-up included)."""
        return self.characters / 1000 / self.seconds if self.seconds else None


def evaluate_all(
    sentences: list[Sentence], predictions: dict[str, list[Quantity]], seconds: float | None
) -> Evaluation:
    """Score all values, counts only, and categorise the failures."""
    overall = evaluate(sentences, predictions)
    return Evaluation(
        sentences=len(sentences),
        overall=total_score(overall),
        counts=total_score(overall, keep=lambda q: q.is_count),
        failures=tuple(failures(overall)),
        wrong_value_same_place=wrong_value_same_place(overall),
        fp_on_empty_sentences=sum(len(r.predicted) for r in overall if not r.gold),
        seconds=seconds,
        characters=sum(len(s.text.encode("utf-8")) for s in sentences),
    )


def print_summary(evaluation: Evaluation) -> None:
    """Print the score table, the category table and a few extra figures."""
    rows = [
        [name, s.gold, s.gold_matched, s.predicted, s.predicted_matched, s.precision, s.recall, s.f1]
        for name, s in (("all values", evaluation.overall), ("counts only", evaluation.counts))
    ]
    headers = ["", "gold", "found", "predicted", "correct", "precision", "recall", "F1"]
    print(f"NewsQuant dev: {evaluation.sentences} sentences")
    print(tabulate(rows, headers=headers, floatfmt=".3f"))
    print()
    categories = evaluation.category_counts()
    rows = [[c, v["fp"], v["fn"]] for c, v in categories.items()]
    rows.append(["total", sum(v["fp"] for v in categories.values()), sum(v["fn"] for v in categories.values())])
    print(tabulate(rows, headers=["category", "false positives", "false negatives"]))
    print()
    print(f"missed labels with another value at the same place: {evaluation.wrong_value_same_place}")
    print(f"predictions on sentences without any label:         {evaluation.fp_on_empty_sentences}")
    if evaluation.seconds is not None:
        print(
            f"extract run: {evaluation.seconds:.1f} s for {evaluation.characters / 1000:.1f} KB "
            f"({evaluation.kb_per_second:.1f} KB/s, start-up included)"
        )


def describe(q: Quantity) -> str:
    """A short description of a quantity's value, interval, unit and qualifier."""
    parts = [f"value={q.value:g}" if q.value is not None else "value=null"]
    if q.low != q.value or q.high != q.value:
        parts.append(f"[{'-inf' if q.low is None else f'{q.low:g}'}, {'inf' if q.high is None else f'{q.high:g}'}]")
    parts.append(f"unit={q.unit!r}")
    if q.qualifier:
        parts.append(f"qualifier={q.qualifier!r}")
    return " ".join(parts)


def mark(text: str, q: Quantity) -> str:
    """The sentence with the quantity's span in double brackets."""
    if q.start is None or q.end is None:
        return text
    return f"{text[: q.start]}[[{text[q.start : q.end]}]]{text[q.end :]}"


def print_examples(evaluation: Evaluation, limit: int, category: str | None) -> None:
    """Print up to `limit` false positives and `limit` false negatives with their sentences."""
    for kind, title in (("FP", "false positives"), ("FN", "false negatives")):
        chosen = [f for f in evaluation.failures if f.kind == kind and category in (None, f.category)][:limit]
        print(f"\n{title} ({len(chosen)} shown):")
        for f in chosen:
            print(f"- {f.sentence.id} [{f.category}] {f.quantity.surface!r} {describe(f.quantity)}")
            print(f"    {mark(f.sentence.text, f.quantity)}")


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(description="Score `factcheck extract` on the NewsQuant dev half.")
    add_shared_option(parser)
    parser.add_argument("--json", action="store_true", help="print all figures as one JSON object")
    parser.add_argument(
        "--show-errors", type=int, default=0, metavar="N", help="print N false positives and N false negatives"
    )
    parser.add_argument("--category", choices=CATEGORY_ORDER, help="with --show-errors: only this category")
    parser.add_argument(
        "--predictions", type=Path, metavar="FILE", help="score saved `extract` JSON lines instead of running the tool"
    )
    parser.add_argument("--save-predictions", type=Path, metavar="FILE", help="also save the tool's JSON lines to FILE")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit code."""
    args = parse_args(argv)
    sentences = load_sentences(args.shared / DATA_FILE)
    try:
        if args.predictions:
            records, seconds = parse_json_lines(args.predictions.read_text(encoding="utf-8")), None
        else:
            records, seconds = extract_lines(sentences)
    except CheckerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.save_predictions:
        args.save_predictions.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    predictions = predictions_by_sentence(records, {s.id for s in sentences})
    evaluation = evaluate_all(sentences, predictions, seconds)
    if args.json:
        print(json.dumps(evaluation.as_dict(), indent=2))
    else:
        print_summary(evaluation)
    if args.show_errors:
        print_examples(evaluation, args.show_errors, args.category)
    return 0


if __name__ == "__main__":
    sys.exit(main())
