"""Stage 2: a text -> the figures in it that are claims, each with its interval, kind and unit.

Numbers come from `numbers.find_numbers`; this stage drops the non-claims (rules/nonclaims.toml),
joins ranges, reads qualifiers and vague amounts as intervals (rules/qualifiers.toml,
rules/vague.toml), relative changes (rules/changes.toml), and units and currencies (units.py).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from operator import attrgetter
from typing import NamedTuple

from checker.model import Figure, Interval, changed
from checker.numbers import MULTIPLIERS, ORDINAL_COUNTS, SCALES, Number, find_numbers, money_before
from checker.rules import Rule, RuleSet
from checker.text import lemmatize, lower, tokenize, without_by
from checker.units import Unit, currency_before, unit_after

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|-?\s*to\s*-?|and|through)\s*", re.IGNORECASE)
_DASHES = ("-", "–", "—")  # a range's joint as a dash
# A multiplier after a vague amount, maybe with a larger scale: "several dozen", "a few hundred thousand".
_MULTIPLIER_AFTER = re.compile(rf"\s+({'|'.join(MULTIPLIERS)})\b(?:\s+({'|'.join(SCALES)})\b)?")
# Qualifiers of a level crossed, not of a change: "fell below 5%".
_CROSSED = frozenset({"below", "under", "well below", "well under", "just below"})
_RANGE_OPENER = re.compile(r"\b(?P<word>between|from)\s+$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"[- ](?:years?|yrs?)[- ]old\b|[- ]year[- ]old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+(?:between\s+|from\s+)?$", re.IGNORECASE)
# An age the people just named share, set off by commas: "the two men, both 22, were charged".
_SHARED_AGE_BEFORE = re.compile(r",\s*(?:both|all|each)\s+$", re.IGNORECASE)
_SHARED_AGE_AFTER = re.compile(r"\d\s*[,;.)]")
# "in her 50s", "in their early 20s": an age somewhere in that decade.
_DECADE_BEFORE = re.compile(r"\bin\s+(?:his|her|their)\s+(?:(?:early|mid|late)[- ]?)?$", re.IGNORECASE)
_DECADE_AFTER = re.compile(r"0['’]?s\b")
_WINDOW_BEFORE, _WINDOW_AFTER = 100, 80
_TO_JOIN = re.compile(r"\s*to\s*")  # matched in lower case
_FOLD = re.compile(r"[- ]?fold\b")  # "six-fold", "6-fold", "6fold": a ratio (matched in lower case)
# "a/an", up to three words (an age among them: "a 25-year-old man"), "was"/"has been"/"had been", a verb:
# checked against the events that count people one by one (killed, hurt, shot, arrested, charged).
# Not an ordinal: "a second man" counts two (`_ordinal_counts`), or nothing.
# It opens with the letter "a" (not the word boundary before it) so that the regex engine can skip ahead to it.
_ONE_CASUALTY = re.compile(
    rf"(?P<article>a(?<!\wa)n?)\s+(?!(?:number|lot|total|series|group|couple|pair|handful|few|dozen|host|majority|"
    rf"{'|'.join(ORDINAL_COUNTS)})\b)"
    r"(?:(?:[a-z][\w'-]*|\d{1,3}-year-old)\s+){0,2}[a-z][\w'-]*\s+(?:(?:was|has\s+been|had\s+been)\s+|(?=died\b|drowned\b))"
    r"(?P<verb>[a-z])"
)
_CASUALTY_EVENTS = frozenset({"killed", "injured", "shot", "stabbed", "detained", "charged"})
# Of those, the ones where "a 25-year-old man" counts one too: an arrest names the one arrested, where
# "a 38-year-old man was shot" is most often one of the victims, described.
_ARRESTS = frozenset({"detained", "charged"})
# "A second man is in custody", "a third person died": an ordinal, what it counts (one or two words), an event.
# It opens with the letter "a", as `_ONE_CASUALTY` does, so that the regex engine can skip ahead to it.
_ORDINAL_COUNT = re.compile(rf"a(?<!\wa)n?\s+(?P<ordinal>{'|'.join(ORDINAL_COUNTS)})\s+(?=[a-z])")
_ONE_BY_ONE = frozenset({"detained", "charged", "killed"})  # events an ordinal counts so far
# Words that may stand between what is counted and what happened to it ("is", "has been", "later").
_BETWEEN = frozenset({"be", "have", "remain", "now", "also", "later", "late", "since", "reportedly"})
# A row of accounts, before and after a figure in parentheses: a label, then only figures (some in parentheses).
_ROW_FIGURE = r"\(?[-$£€]?[0-9][0-9,.]*[mbk%]?\)?"
_ROW_BEFORE = re.compile(rf"[ \t]*[A-Za-z][A-Za-z ,&'/-]*?(?::|[ \t])(?:[ \t]*{_ROW_FIGURE})*[ \t]*\(")
_ROW_AFTER = re.compile(rf"\)(?:[ \t]+{_ROW_FIGURE})*[ \t]*")
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")  # matched in lower case
_AGE_JOINT = re.compile(_LIST_JOINT.pattern + r"(?:the\s+other\s+)?")  # "ages 28 and 21", "21 and the other 28"
_SHARE_JOINT = re.compile(r"\s+(?:in|out\s+of|per)\s+")  # "1 in 5", "three out of four", "25 per 100,000" (lower case)
_LIST_END = re.compile(r"\s*(?:[^\w\s]|(?:and|or)\b|$)")  # a number in a list with no noun of its own after it


class _Span(NamedTuple):
    """A number, or two joined as a range, before qualifiers and units are read.

    A named tuple rather than a frozen dataclass, as text.Token is: one is made for every number.
    """

    start: int
    end: int
    value: float
    low: float
    high: float


def find_figures(text: str, rules: RuleSet) -> list[Figure]:
    """Every figure in `text` that is a claim, sorted by position."""
    lowered = lower(text)
    numbers = find_numbers(text)
    excluded = _Spans(
        match.span()
        for start, end in _windows(numbers, len(text))
        for rule in rules.nonclaims
        for match in rule.finditer(text, lowered, start, end)
    )
    numbers = [n for n in numbers if not excluded.overlaps(n.start, n.end) or currency_before(text, n.start)]
    spans = _share_scales(text, lowered, _join_ranges(text, lowered, numbers, rules))
    figures = _share_units(lowered, _disjoint(_figure(text, lowered, span, rules) for span in spans))
    figures = _proportions(lowered, _share_ages(lowered, figures))
    vague = _vague_figures(lowered, rules)
    loose = {(f.start, f.end): f.interval for f in vague}
    figures = [_loosened(_negative_in_accounts(text, figure), loose) for figure in figures]
    # Counts in words where an event follows come first: "a third person died" counts three, no fraction.
    worded = _none_figures(lowered, rules) + _ordinal_counts(lowered, rules)
    in_words = _Spans((f.start, f.end) for f in worded)
    figures = [f for f in figures if not in_words.overlaps(f.start, f.end)] + worded
    taken = _Spans([*excluded.spans, *((f.start, f.end) for f in figures)])
    figures += [f for f in vague + _one_casualty(lowered, rules) if not taken.overlaps(f.start, f.end)]
    figures += _ratio_figures(lowered, rules)
    return sorted(figures, key=attrgetter("start", "end"))


def _listed(lowered: str, end: int, start: int) -> bool:
    """Whether only a list joint (",", "and", "or", ", and") stands between `end` and `start`."""
    return _LIST_JOINT.fullmatch(lowered, end, start) is not None


def _share_scales(text: str, lowered: str, spans: list[_Span]) -> list[_Span]:
    """Spans with a scale written once for a list given to earlier members: "5 and 6 million" is 5 million too."""
    shared = list(spans)
    carried: float | None = None  # the scale that shared[index + 1] hands on to its left, once known
    for index in range(len(shared) - 2, -1, -1):
        span, following = shared[index], shared[index + 1]
        currency = currency_before(text, following.start)
        if not _listed(lowered, span.end, currency[1] if currency else following.start):
            carried = None
            continue
        scale = carried if carried is not None else _scale_of(text, following)
        own = _scale_of(text, span)
        if own == 1.0 and scale > 1.0 and span.low == span.high and abs(span.value) < scale:
            value = span.value * scale
            shared[index] = _Span(span.start, span.end, value, value, value)
            carried = scale
        else:
            carried = own if own > 1.0 or span.low != span.high else scale
    return shared


def _share_units(lowered: str, figures: list[Figure]) -> list[Figure]:
    """Figures with a unit written once after a list given to the bare numbers before: "5 and 6 kg", "2 or 3 euros"."""
    shared = list(figures)
    for index in range(len(shared) - 2, -1, -1):
        figure, following = shared[index], shared[index + 1]
        if (
            figure.kind == "count"
            and figure.value is not None
            and following.kind in ("measure", "percent", "money")
            and lowered[following.start].isalnum()  # the unit comes after the number, not a currency sign before
            and _listed(lowered, figure.end, following.start)
        ):
            shared[index] = changed(figure, kind=following.kind, unit=following.unit)
    return shared


def _share_ages(lowered: str, figures: list[Figure]) -> list[Figure]:
    """Bare numbers listed after an age, with no noun of their own, as ages too.

    "ages 28 and 21", "aged 19, 20 and 24", "one age 21 and the other 28"; not "aged 40 and 3 others".
    """
    shared = list(figures)
    for index in range(1, len(shared)):
        age, figure = shared[index - 1], shared[index]
        if (
            age.kind == "age"
            and age.interval.low == age.interval.high
            and figure.kind == "count"
            and figure.interval.low == figure.interval.high == figure.value
            and _AGE_JOINT.fullmatch(lowered, age.end, figure.start)
            and _LIST_END.match(lowered, figure.end)
        ):
            shared[index] = changed(figure, kind="age", unit=age.unit)
    return shared


def _proportions(lowered: str, figures: list[Figure]) -> list[Figure]:
    """Two counts joined as a share as one percent figure: "1 in 5 adults" is 20%, "25 per 100,000" 0.025%.

    "About three out of four" is 72-78%. Only whole counts with the smaller first: "killed 3 in 2
    attacks" and "2 in 3 days" are no shares.
    """
    joined: list[Figure] = []
    for figure in figures:
        share = joined[-1] if joined else None
        if (
            share is not None
            and share.kind == figure.kind == "count"
            and figure.qualifier is None
            and share.value is not None
            and figure.value is not None
            and share.value.is_integer()
            and figure.value.is_integer()
            and 0 < share.value < figure.value
            and _SHARE_JOINT.fullmatch(lowered, share.end, figure.start)
        ):
            scale = 100 / figure.value
            low, high = share.interval.low, share.interval.high
            interval = Interval(None if low is None else low * scale, None if high is None else high * scale)
            value = share.value * scale
            joined[-1] = Figure(share.start, figure.end, value, interval, "percent", share.qualifier, "percent")
        else:
            joined.append(figure)
    return joined


def _negative_in_accounts(text: str, figure: Figure) -> Figure:
    """A figure in parentheses in a row of accounts (a label, then figures only) is negative: "Net loss (7.5) (3.2)"."""
    start, end = figure.start, figure.end
    in_parentheses = start > 0 and end < len(text) and text[start - 1] == "(" and text[end] == ")"
    if not in_parentheses or figure.value is None or figure.interval.low != figure.interval.high:
        return figure
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    row = _ROW_BEFORE.fullmatch(text, line_start, start) and _ROW_AFTER.fullmatch(
        text, end, len(text) if line_end < 0 else line_end
    )
    if not row:
        return figure
    return changed(
        figure, start=start - 1, end=end + 1, value=-figure.value, interval=Interval(-figure.value, -figure.value)
    )


def _disjoint(figures: Iterable[Figure]) -> list[Figure]:
    """The figures in text order, without one that starts inside the unit of the one before ("32m2")."""
    kept: list[Figure] = []
    for figure in figures:
        if not kept or figure.start >= kept[-1].end:
            kept.append(figure)
    return kept


class _Spans:
    """Disjoint character spans, merged and sorted, with a fast overlap test."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.spans = merged
        self._starts = [start for start, _ in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with any span."""
        index = bisect.bisect_left(self._starts, end) - 1
        return index >= 0 and self.spans[index][1] > start


def _windows(numbers: list[Number], length: int) -> list[tuple[int, int]]:
    """The stretches of text around numbers, merged: the only places a non-claim rule can matter."""
    windows: list[tuple[int, int]] = []
    for number in numbers:
        start, end = max(0, number.start - _WINDOW_BEFORE), min(length, number.end + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _join_ranges(text: str, lowered: str, numbers: list[Number], rules: RuleSet) -> list[_Span]:
    spans: list[_Span] = []
    index = 0
    while index < len(numbers):
        first = numbers[index]
        second = numbers[index + 1] if index + 1 < len(numbers) else None
        third = numbers[index + 2] if index + 2 < len(numbers) else None
        chained = (
            second is not None
            and _joined_by_to(text, lowered, first, second)
            and (
                (index > 0 and _joined_by_to(text, lowered, numbers[index - 1], first))
                or (third is not None and _joined_by_to(text, lowered, second, third))
            )
        )
        if second and not chained and _is_range(text, lowered, first, second, rules):
            scale = _scale_of(text, second)  # "2 to 3 million", "two to three dozen": the first has it too
            low = (
                first.value * scale
                if _scale_of(text, first) == 1.0 and first.value * scale <= second.value
                else first.value
            )
            spans.append(_Span(first.start, second.end, low, min(low, second.value), max(low, second.value)))
            index += 2
        else:
            spans.append(_Span(first.start, first.end, first.value, first.value, first.value))
            index += 1
    return spans


def _is_range(text: str, lowered: str, first: Number, second: Number, rules: RuleSet) -> bool:
    """ "20 to 30", "20-30", "between 20 and 30", "from 20 to 30" — but not "rose from 16 to 17"."""
    after_first = unit_after(text, first.end)
    join_start = after_first[1] if after_first else first.end
    currency = currency_before(text, second.start)
    join = _RANGE_JOIN.fullmatch(text, join_start, currency[1] if currency else second.start)
    if not join:
        return False
    word = join.group().strip(" -").lower() or join.group().strip()
    first_currency = currency_before(text, first.start)
    first_start = first_currency[1] if first_currency else first.start
    opener = _RANGE_OPENER.search(text, max(0, first_start - 12), first_start)
    if word == "and":
        return bool(opener and opener.group("word").lower() == "between")
    if opener and opener.group("word").lower() == "from":
        before = lowered[max(0, opener.start() - 30) : opener.start()]
        return not rules.phrase_ending("change", before)
    if after_first and not _same_unit(text, after_first[0], second):
        return False  # "up 9.4 per cent to $84": a change, then the level it reached
    before_first = without_by(lowered[max(0, first_start - 30) : first_start])
    if word not in _DASHES and (after_first or first_currency) and rules.phrase_ending("change", before_first):
        return False  # "increased by $43.6 billion to $419.2 billion"; but "rose 10%-15%" is a range
    # Written high to low, two figures side by side are a tally or a score ("52 to 48", "won 3-1"),
    # but not below zero: "-5 to -10" is a range.
    descending = first.value >= second.value >= 0
    return not (descending and (word in _DASHES or word == "to")) and not (word in _DASHES and first.value > 1e5)


def _same_unit(text: str, unit: Unit, second: Number) -> bool:
    """Whether the second end of a range carries the unit written after the first ("20% to 30%")."""
    after = unit_after(text, second.end)
    currency = currency_before(text, second.start)
    return (after is not None and after[0] == unit) or (currency is not None and currency[0] == unit)


def _joined_by_to(text: str, lowered: str, before: Number, number: Number) -> bool:
    """Whether `number` follows `before` after a bare "to": the next step of "from $160 to $180 to $200"."""
    unit = unit_after(text, before.end)
    currency = currency_before(text, number.start)
    # Matched in the lower-cased text in place: the gap between two numbers may be long, and copying it costs.
    gap_start, gap_end = unit[1] if unit else before.end, currency[1] if currency else number.start
    return _TO_JOIN.fullmatch(lowered, gap_start, gap_end) is not None


def _scale_of(text: str, number: Number | _Span) -> float:
    """The scale that the last word of a number or span names ("6 million", "three dozen"), or 1."""
    last_word = text[number.start : number.end].split()[-1].lower()
    return MULTIPLIERS.get(last_word, 1.0)


def _figure(text: str, lowered: str, span: _Span, rules: RuleSet) -> Figure:
    start, end = span.start, span.end
    kind, unit = "count", None
    currency = currency_before(text, start)
    if currency:
        unit, start, kind = currency[0], currency[1], "money"
    after = unit_after(text, end)
    if span.low == span.high and (fold := _FOLD.match(lowered, end)):
        return Figure(start, fold.end(), span.value, Interval(span.value, span.value), "ratio")
    if after:
        unit, end = after[0], after[1]
        if unit.name == "pound-mass" and text[start:end].endswith(("pounds", "pound")) and money_before(text, start):
            unit = Unit("GBP", "currency")  # "paid 3 million pounds": sterling, not weight
        kind = {"currency": "money", "percent": "percent"}.get(unit.entity, "measure")
    elif (
        _AGE_AFTER.match(text, end)
        or _AGE_BEFORE.search(text, max(0, start - 14), start)
        or (_SHARED_AGE_AFTER.match(text, end - 1) and _SHARED_AGE_BEFORE.search(text, max(0, start - 8), start))
    ):
        kind, unit = "age", Unit("year", "time")
    elif (decade := _DECADE_AFTER.match(text, end - 1)) and _DECADE_BEFORE.search(text, max(0, start - 25), start):
        return Figure(start, decade.end(), span.value, Interval(span.value, span.value + 9), "age", unit="year")
    interval, qualifier, start, end = _qualify(lowered, span, start, end, rules)
    # The one kind a change word alters: "rose 3%", "rose nearly 3%"; not a level it crossed: "fell below 5%".
    if kind == "percent" and lowered[start : span.start].strip() not in _CROSSED:
        change = rules.phrase_ending("change", without_by(lowered[max(0, start - 30) : start]))
        if change:
            kind, qualifier = "change", rules.rule_of("change", change).direction
    return Figure(
        start=start,
        end=end,
        value=span.value,
        interval=interval,
        kind=kind,
        qualifier=qualifier,
        unit=unit.name if unit else None,
    )


def _qualify(lowered: str, span: _Span, start: int, end: int, rules: RuleSet) -> tuple[Interval, str | None, int, int]:
    """The interval the qualifier words allow, the qualifier, and the figure's widened span (in lower-cased text)."""
    if span.low != span.high:
        return Interval(span.low, span.high), None, start, end
    before = rules.phrase_ending("qualifier", lowered[max(0, start - 30) : start])
    after = rules.phrase_pattern("qualifier_after").match(lowered, end)
    rule: Rule | None = None
    if before:
        rule, start = rules.rule_of("qualifier", before), max(0, start - 30) + before.start()
    elif after:
        rule, end = rules.rule_of("qualifier_after", after), after.end()
    if rule is None:
        return Interval(span.value, span.value), None, start, end
    return _bounded(span.value, rule.bound, rules.width(rule.bound)), rule.id, start, end


def _bounded(value: float, bound: str, width: float) -> Interval:
    margin = abs(value) * width  # "about minus 40": [-44, -36]
    if bound == "below":  # a little less in size: "almost 8,000" [7200, 8000], "nearly minus 40" [-40, -36]
        return Interval(round(value - margin, 9), value) if value >= 0 else Interval(value, round(value + margin, 9))
    if bound == "around":
        return Interval(round(value - margin, 9), round(value + margin, 9))
    if bound == "above":
        return Interval(value, None)
    return Interval(None, value)


def _loosened(figure: Figure, loose: dict[tuple[int, int], Interval]) -> Figure:
    """A number whose words are also a vague amount ("a couple": two, or two or three) allows what they allow."""
    interval = loose.get((figure.start, figure.end))
    if interval is None or figure.interval.low != figure.interval.high:
        return figure
    return changed(figure, interval=interval)


def _vague_figures(lowered: str, rules: RuleSet) -> list[Figure]:
    """Vague amounts as intervals (rules: vague), scaled by a multiplier after them ("several dozen": 36-108)."""
    figures = []
    for match in rules.phrase_matches("vague", lowered):
        rule = rules.rule_of("vague", match)
        end = match.end() - (3 if match.group().endswith(" of") else 0)
        low, high = rule.low, rule.high
        scaled = _MULTIPLIER_AFTER.match(lowered, end) if low is not None and high is not None else None
        if scaled:
            factor, larger = MULTIPLIERS[scaled[1]], SCALES.get(scaled[2] or "", 0.0)
            factor, end = (factor * larger, scaled.end()) if larger > factor else (factor, scaled.end(1))
            low, high = low * factor, high * factor
        figures.append(Figure(match.start(), end, None, Interval(low, high), "count", "vague"))
    return figures


def _event_after(words: list[str], index: int, rules: RuleSet, linked: bool = False) -> str | None:
    """The event that follows words[index:] (lemmas) after words like "is", "has been" (at least one if `linked`)."""
    start = index
    while index < len(words) and words[index] in _BETWEEN:
        index += 1
    event = rules.events.match_at(words, index) if index < len(words) and (index > start or not linked) else None
    return event.id if event else None


def _lemmas_after(lowered: str, position: int) -> list[str]:
    return [lemmatize(token.text) for token in tokenize(lowered[position : position + 60])][:8]


def _none_figures(lowered: str, rules: RuleSet) -> list[Figure]:
    """ "No arrests have been made", "no one was hurt": 0, where what happened follows the words for none.

    Or follows what it counts, in a word or two, after words like "were": "No police officers were
    hurt".
    """
    figures = []
    for match in rules.phrase_matches("none", lowered):
        words = _lemmas_after(lowered, match.end())
        if _event_after(words, 0, rules) is not None or any(
            _event_after(words, skip, rules, linked=True) for skip in (1, 2)[: len(words)]
        ):
            figures.append(Figure(match.start(), match.end(), 0.0, Interval(0.0, 0.0), "count"))
    return figures


def _ordinal_counts(lowered: str, rules: RuleSet) -> list[Figure]:
    """ "A second man is in custody": an ordinal counts so far where an arrest or a death follows what it counts.

    Those befall people one by one; "a seventh person was injured" often adds someone a first
    count left out, so an ordinal before an injury counts nothing.

    What it counts is one or two words: people ("a third person died"), or anything before "is",
    "was", "has been" ("a second suspect was arrested"), so "a second shooting killed two" counts nothing.
    """
    figures = []
    for match in _ORDINAL_COUNT.finditer(lowered):
        words = _lemmas_after(lowered, match.end())
        people = rules.people.match_at(words, 0) is not None if words else False
        for skip in (1, 2)[: len(words)]:  # "... a second later" may end the text
            if rules.events.match_at(words, skip - 1) is not None:
                break  # "a second shooting": the ordinal counts events, not what they befell
            if _event_after(words, skip, rules, linked=not people) in _ONE_BY_ONE:
                value = float(ORDINAL_COUNTS[match["ordinal"]])
                figures.append(Figure(match.start(), match.end("ordinal"), value, Interval(value, value), "count"))
                break
    return figures


def _one_casualty(lowered: str, rules: RuleSet) -> list[Figure]:
    """ "A police officer was killed": "a" or "an" counts one when what it names was killed, hurt or shot.

    Or arrested or charged: "a 25-year-old man was arrested". Without "was", only of dying: "a woman
    died" counts one killed, "a man killed his wife" no one.
    """
    figures = []
    for match in _ONE_CASUALTY.finditer(lowered):
        words = [lemmatize(token.text) for token in tokenize(lowered[match.start("verb") : match.start("verb") + 40])]
        event = rules.events.match_at(words, 0) if words else None
        described = any(c.isdigit() for c in lowered[match.start() : match.start("verb")])
        if event is None or event.id not in _CASUALTY_EVENTS or (described and event.id not in _ARRESTS):
            continue
        if words[0] != "hold":  # "a meeting was held": "held" counts the detained only after a count
            figures.append(Figure(match.start(), match.end("article"), 1.0, Interval(1.0, 1.0), "count"))
    return figures


def _ratio_figures(lowered: str, rules: RuleSet) -> list[Figure]:
    figures = []
    for match in rules.phrase_matches("ratio", lowered):
        factor = rules.rule_of("ratio", match).factor
        figures.append(Figure(match.start(), match.end(), factor, Interval(factor, factor), "ratio"))
    return figures
