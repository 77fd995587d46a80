"""Load and validate the editable rule files in `rules/` into one immutable RuleSet.

Rule files are TOML: data only, never code. Each file holds arrays of tables of the kinds below;
an unknown kind or key, a wrong type, a bad regular expression or a repeated id is a RuleError
that names the file and the key. Every rule carries examples that must match and must not.
"""

from __future__ import annotations

import math
import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from checker.findings import FINDING_NAMES, KINDS, LEVELS
from checker.text import PhraseMatcher, lemmatize, lower, phrase_regex

BOUNDS = ("below", "around", "above", "capped")
FIGURE_KINDS = ("count", "money", "percent", "measure", "age", "ratio", "change")  # what `kinds` may name
DIRECTIONS = {"change": ("up", "down"), "revision": ("newer", "older", "neither")}


class RuleError(Exception):
    """A rule file that cannot be used; the message is one line naming file and key."""


@dataclass(frozen=True)
class Rule:
    """One entry of a rule file. Which optional fields are set depends on its kind."""

    kind: str
    id: str
    source: str
    examples_match: tuple[str, ...]
    examples_no_match: tuple[str, ...]
    phrases: tuple[str, ...] = ()
    phrases_after: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()  # event words only for the figure they govern ("shooting 13 people")
    places: tuple[str, ...] = ()  # where an actor is ("club", "party" for the people present)
    targets: tuple[str, ...] = ()  # verbs whose objects an actor's people are ("fired on 100 people": present)
    kinds: tuple[str, ...] = ("count",)  # figures an event can describe (default: counts) or a revision cue marks (all)
    pattern: re.Pattern[str] | None = None
    needs: tuple[str, ...] = ()  # strings one of which every match of the pattern holds: a quick test before it runs
    bound: str | None = None
    direction: str | None = None
    low: float | None = None
    high: float | None = None
    factor: float | None = None
    window: int | None = None
    why: str | None = None
    case_sensitive: bool = False
    unmatched: bool = False
    goes_on: bool = False  # a scope the next sentence of its paragraph keeps, when it names none of its own
    eventless: bool = False  # a subject counted as it is: no event word changes what is counted
    lasts: bool = False  # a subject that lasts: "for 30 days" near its word is its length
    owned: bool = False  # a subject that is its doer's: "LeBron James scored 34 points" are his points
    role: str | None = None  # the role an event gives the people it befalls ("accused"), shared by events
    hits: bool = False  # an event that befalls the dead and the wounded alike ("shot", "stabbed")
    tolls: tuple[str, ...] = ("killed",)  # the events whose counts may or may not include an uncounted person

    def finditer(self, text: str, lowered: str, start: int = 0, end: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """Matches of the rule's pattern in text[start:end] (look-behinds see before start).

        `lowered` is `lower(text)`, searched when case does not matter. Where none of the strings
        the rule `needs` occurs in text[start:end], it cannot match there and is not run.
        """
        assert self.pattern is not None
        searched = text if self.case_sensitive else lowered
        if self.needs and not any(searched.find(needed, start, end) >= 0 for needed in self.needs):
            return iter(())
        return self.pattern.finditer(searched, start, end)

    def matches(self, text: str) -> bool:
        """Whether the rule's words or pattern occur in `text` (what its examples test)."""
        if self.pattern is not None:
            return next(self.finditer(text, lower(text)), None) is not None
        phrases = self.phrases + self.phrases_after + self.verbs + self.places + self.targets
        words = re.compile(phrase_regex(p.lower() for p in phrases))
        return words.search(lower(text)) is not None


# For each kind: its fields, their types, and whether they are required.
_STR, _NUM, _INT, _STRS = str, (int, float), int, list
_KINDS: dict[str, dict[str, tuple[Any, bool]]] = {
    "qualifier": {"bound": (_STR, True), "phrases": (_STRS, True), "phrases_after": (_STRS, False)},
    "vague": {"phrases": (_STRS, True), "low": (_NUM, True), "high": (_NUM, True)},
    "none": {"phrases": (_STRS, True)},
    "ratio": {"phrases": (_STRS, True), "factor": (_NUM, True)},
    "change": {"phrases": (_STRS, True), "direction": (_STR, True)},
    "revision": {"phrases": (_STRS, True), "direction": (_STR, True), "window": (_INT, True), "kinds": (_STRS, False)},
    "nonclaim": {
        "pattern": (_STR, True),
        "why": (_STR, True),
        "case_sensitive": (bool, False),
        "needs": (_STRS, False),
    },
    "event": {
        "phrases": (_STRS, True),
        "kinds": (_STRS, False),
        "verbs": (_STRS, False),
        "role": (_STR, False),
        "hits": (bool, False),
    },
    "subject": {
        "phrases": (_STRS, True),
        "eventless": (bool, False),
        "lasts": (bool, False),
        "owned": (bool, False),
        "unmatched": (bool, False),
    },
    "neutral": {"phrases": (_STRS, True)},
    "actor": {"phrases": (_STRS, True), "verbs": (_STRS, True), "places": (_STRS, False), "targets": (_STRS, False)},
    "attribution": {"pattern": (_STR, True), "case_sensitive": (bool, False), "needs": (_STRS, False)},
    "scope": {"phrases": (_STRS, True), "unmatched": (bool, False), "goes_on": (bool, False)},
    "uncounted": {"phrases": (_STRS, True), "tolls": (_STRS, False)},
}
_COMMON = {"id": (_STR, True), "examples": (dict, True)}


@dataclass(frozen=True)
class RuleSet:
    """All rules, by kind, plus the widths of the qualifier bands and the levels of the findings."""

    rules: tuple[Rule, ...]
    widths: tuple[tuple[str, float], ...]
    levels: tuple[tuple[str, str], ...] = ()

    def of(self, kind: str) -> tuple[Rule, ...]:
        """The rules of one kind, in file order."""
        return self._by_kind.get(kind, ())

    @cached_property
    def _by_kind(self) -> dict[str, tuple[Rule, ...]]:
        """The rules of each kind, in file order: sorted out once, as sentences ask for them again and again."""
        kinds = dict.fromkeys(rule.kind for rule in self.rules)
        return {kind: tuple(rule for rule in self.rules if rule.kind == kind) for kind in kinds}

    def with_levels(self, levels: dict[str, str]) -> RuleSet:
        """The rules with some findings' levels changed, by name or code (`--level unsupported=error`)."""
        return replace(self, levels=tuple(sorted({**dict(self.levels), **_levels("--level", levels)}.items())))

    def width(self, bound: str) -> float:
        """The relative width of a qualifier band ("below", "around")."""
        return dict(self.widths).get(bound, 0.0)

    @cached_property
    def events(self) -> PhraseMatcher:
        """Event words, matched by lemma."""
        return PhraseMatcher({rule.id: rule.phrases for rule in self.of("event")})

    @cached_property
    def event_verbs(self) -> PhraseMatcher:
        """Event words that name the event only for the figure they govern, matched by lemma."""
        return PhraseMatcher({rule.id: rule.verbs for rule in self.of("event")})

    @cached_property
    def event_words(self) -> frozenset[str]:
        """The one-word event phrases as written ("deaths", "injuries"), in lower case."""
        return frozenset(p.lower() for rule in self.of("event") for p in rule.phrases if " " not in p)

    @cached_property
    def event_kinds(self) -> dict[str, tuple[str, ...]]:
        """For each event: the kinds of figure it can describe."""
        return {rule.id: rule.kinds for rule in self.of("event")}

    @cached_property
    def hits(self) -> frozenset[str]:
        """The events that befall the dead and the wounded alike: "six were shot, one died"."""
        return frozenset(rule.id for rule in self.of("event") if rule.hits)

    @cached_property
    def roles(self) -> dict[str, str]:
        """For each event that gives people a role ("arrested": the accused), that role."""
        return {rule.id: rule.role for rule in self.of("event") if rule.role}

    @cached_property
    def subjects(self) -> PhraseMatcher:
        """Subject aliases, matched by lemma."""
        return PhraseMatcher({rule.id: rule.phrases for rule in self.of("subject")})

    @cached_property
    def people(self) -> PhraseMatcher:
        """Aliases of populations of people: the subjects that are neither counted as they are nor last."""
        return PhraseMatcher(
            {
                rule.id: rule.phrases
                for rule in self.of("subject")
                if not (rule.eventless or rule.lasts or rule.unmatched)
            }
        )

    @cached_property
    def neutral(self) -> frozenset[str]:
        """Lemmas of the words before a counted noun that leave what it counts as it is ("other", "secret")."""
        return frozenset(lemmatize(phrase) for rule in self.of("neutral") for phrase in rule.phrases)

    @cached_property
    def actor_words(self) -> PhraseMatcher:
        """Words for people by what they did or where they were, whatever befell them ("guests", "gunmen"), by lemma."""
        return PhraseMatcher({rule.id: rule.phrases for rule in self.of("actor")})

    @cached_property
    def actor_verbs(self) -> PhraseMatcher:
        """Verbs that make the people who do them actors ("attended", "opened fire"), matched by lemma."""
        return PhraseMatcher({rule.id: rule.verbs for rule in self.of("actor")})

    @cached_property
    def actor_targets(self) -> PhraseMatcher:
        """Verbs whose objects are an actor's people ("fired on" for the people present), matched by lemma."""
        return PhraseMatcher({rule.id: rule.targets for rule in self.of("actor")})

    @cached_property
    def actor_places(self) -> dict[str, frozenset[str]]:
        """For each actor of some places only ("present": "club", "party"), the lemmas of those places."""
        return {rule.id: frozenset(lemmatize(p) for p in rule.places) for rule in self.of("actor") if rule.places}

    @cached_property
    def eventless(self) -> frozenset[str]:
        """The subjects counted as they are, whatever event their sentence reports ("19 shots")."""
        return frozenset(rule.id for rule in self.of("subject") if rule.eventless)

    @cached_property
    def owned(self) -> frozenset[str]:
        """The subjects that are their doer's, told apart by the person named doing them ("34 points")."""
        return frozenset(rule.id for rule in self.of("subject") if rule.owned)

    @cached_property
    def outside(self) -> frozenset[str]:
        """The subjects no event of the story befalls, kept out of every group ("four felonies")."""
        return frozenset(rule.id for rule in self.of("subject") if rule.unmatched)

    @cached_property
    def lasting(self) -> PhraseMatcher:
        """Words of the subjects that last ("delay", "extended"), matched by lemma."""
        return PhraseMatcher({rule.id: rule.phrases for rule in self.of("subject") if rule.lasts})

    @cached_property
    def scopes(self) -> PhraseMatcher:
        """Words that put a sentence's figures outside the story's own event, matched by lemma."""
        return PhraseMatcher({rule.id: rule.phrases for rule in self.of("scope")})

    @cached_property
    def uncounted(self) -> dict[str, PhraseMatcher]:
        """For each event, words telling of a person its count may leave out (the killer's own death), by lemma."""
        tolls = {event for rule in self.of("uncounted") for event in rule.tolls}
        return {
            event: PhraseMatcher({rule.id: rule.phrases for rule in self.of("uncounted") if event in rule.tolls})
            for event in sorted(tolls)
        }

    @cached_property
    def nonclaims(self) -> tuple[Rule, ...]:
        """Patterns of numbers that are not claims."""
        return self.of("nonclaim")

    @cached_property
    def attributions(self) -> tuple[Rule, ...]:
        """Patterns that name who said a figure."""
        return self.of("attribution")

    def phrase_pattern(self, kind: str) -> re.Pattern[str]:
        """One regex over the phrases of a kind, to search in lower-cased text (`text.lower`).

        `rule_of` tells which rule a match came from.
        """
        return self._phrase_patterns[kind][0]

    def phrase_matches(self, kind: str, lowered: str) -> Iterator[re.Match[str]]:
        """The matches of `phrase_pattern(kind)` in lower-cased text, left to right.

        A text that holds none of the phrases' longest words holds no phrase: it is not searched
        (looking for a few words is several times faster than the search, and most texts hold no ratio word).
        """
        if not any(word in lowered for word in self._longest_words[kind]):
            return iter(())
        return self.phrase_pattern(kind).finditer(lowered)

    @cached_property
    def _longest_words(self) -> dict[str, tuple[str, ...]]:
        """For each phrase kind: the longest word of each of its phrases."""
        return {
            kind: tuple(sorted({max(p.split(), key=len) for p in phrases}))
            for kind, (_, phrases) in self._phrase_patterns.items()
        }

    def phrase_ending(self, kind: str, lowered: str) -> re.Match[str] | None:
        """The match of `phrase_pattern(kind)` that ends lower-cased text (white space aside), if any.

        A text that ends with none of the phrases' last words ends with no phrase: it is not
        searched (most figures follow no qualifier or change).
        """
        stripped = lowered.rstrip()
        if not stripped.endswith(self._last_words[kind]):
            return None
        return next((m for m in self.phrase_pattern(kind).finditer(stripped) if m.end() == len(stripped)), None)

    @cached_property
    def _last_words(self) -> dict[str, tuple[str, ...]]:
        """For each phrase kind: the last words of its phrases, as `str.endswith` takes them."""
        return {
            kind: tuple(sorted({p.split()[-1] for p in phrases}))
            for kind, (_, phrases) in self._phrase_patterns.items()
        }

    def rule_of(self, kind: str, match: re.Match[str]) -> Rule:
        """The rule whose phrase produced `match` of `phrase_pattern(kind)`."""
        phrase = " ".join(match.group("phrase").split())
        return self.of(kind.removesuffix("_after"))[self._phrase_patterns[kind][1][phrase]]

    @cached_property
    def _phrase_patterns(self) -> dict[str, tuple[re.Pattern[str], dict[str, int]]]:
        """For each phrase kind: one regex over its phrases, and which rule each phrase belongs to."""
        patterns = {}
        for kind in ("qualifier", "qualifier_after", "vague", "none", "ratio", "change", "revision"):
            field = "phrases_after" if kind.endswith("_after") else "phrases"
            rules = self.of(kind.removesuffix("_after"))
            phrases = {p.lower(): n for n, r in enumerate(rules) for p in getattr(r, field)}
            lead = r"\s*" if kind.endswith("_after") else ""
            patterns[kind] = (re.compile(lead + f"(?P<phrase>{phrase_regex(phrases)})"), phrases)
        return patterns


def default_rules_dir() -> Path:
    """The rule files shipped with factcheck."""
    return Path(str(resources.files("checker") / "default_rules"))


def load_rules(folder: Path | None = None) -> RuleSet:
    """Read every `*.toml` in `folder` (default: the shipped rules) into a RuleSet."""
    folder = folder or default_rules_dir()
    if not folder.is_dir():
        raise RuleError(f"{folder}: not a folder of rule files")
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise RuleError(f"{folder}: no rule files (*.toml) in the folder")
    rules: list[Rule] = []
    widths: dict[str, float] = {}
    levels: dict[str, str] = {}
    for path in files:
        file_rules, file_widths, file_levels = _load_file(path)
        rules.extend(file_rules)
        widths.update(file_widths)
        levels.update(file_levels)
    _check_unique_ids(rules)
    return RuleSet(tuple(rules), tuple(sorted(widths.items())), _all_levels(folder, levels))


def _load_file(path: Path) -> tuple[list[Rule], dict[str, float], dict[str, str]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise RuleError(f"{path}: cannot be read as TOML ({error})") from None
    rules: list[Rule] = []
    widths: dict[str, float] = {}
    levels: dict[str, str] = {}
    for key, value in data.items():
        if key == "widths":
            widths = _widths(path, value)
        elif key == "levels":
            levels = _levels(path, value)
        elif key in _KINDS:
            if not isinstance(value, list):
                raise RuleError(f"{path}: '{key}' must be an array of tables ([[{key}]])")
            rules.extend(_rule(path, key, index, entry) for index, entry in enumerate(value))
        else:
            raise RuleError(f"{path}: unknown key '{key}' (known: {', '.join(['widths', 'levels', *_KINDS])})")
    return rules, widths, levels


def _widths(path: Path, table: Any) -> dict[str, float]:
    if not isinstance(table, dict):
        raise RuleError(f"{path}: 'widths' must be a table")
    for name, width in table.items():
        if name not in BOUNDS:
            raise RuleError(f"{path}: unknown key 'widths.{name}' (known: {', '.join(BOUNDS)})")
        if not isinstance(width, (int, float)) or isinstance(width, bool) or not 0 <= width < 1:
            raise RuleError(f"{path}: 'widths.{name}' must be a number from 0 to below 1")
    return {name: float(width) for name, width in table.items()}


def _levels(path: Path | str, table: Any) -> dict[str, str]:
    """Levels by finding name; a finding may be named by its code."""
    if not isinstance(table, dict):
        raise RuleError(f"{path}: 'levels' must be a table")
    names = {kind.code: kind.name for kind in KINDS}
    for name, level in table.items():
        if names.get(name, name) not in FINDING_NAMES:
            raise RuleError(f"{path}: unknown key 'levels.{name}' (known: {', '.join(FINDING_NAMES)} or their codes)")
        if level not in LEVELS:
            raise RuleError(f"{path}: 'levels.{name}' must be one of {', '.join(LEVELS)}, not {level!r}")
    return {names.get(name, name): level for name, level in table.items()}


def _all_levels(folder: Path, levels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Every finding's level: as `folder` sets it, else as the shipped findings.toml does."""
    shipped = default_rules_dir() / "findings.toml"
    if folder.resolve() != shipped.parent.resolve():
        levels = {**_load_file(shipped)[2], **levels}
    missing = [name for name in FINDING_NAMES if name not in levels]
    if missing:
        raise RuleError(f"{folder}: no level for the finding(s) {', '.join(missing)} (set them under [levels])")
    return tuple(sorted(levels.items()))


def _rule(path: Path, kind: str, index: int, entry: Any) -> Rule:
    where = f"{path}: {kind}[{index}]"
    if not isinstance(entry, dict):
        raise RuleError(f"{where} must be a table")
    spec = {**_COMMON, **_KINDS[kind]}
    for key in entry:
        if key not in spec:
            raise RuleError(f"{where}: unknown key '{key}' (known: {', '.join(spec)})")
    for key, (expected, required) in spec.items():
        if key not in entry:
            if required:
                raise RuleError(f"{where}: missing key '{key}'")
            continue
        value = entry[key]
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            raise RuleError(f"{where}: '{key}' has the wrong type ({type(value).__name__})")
        if expected is _STRS and (not value or not all(isinstance(item, str) and item for item in value)):
            raise RuleError(f"{where}: '{key}' must be a non-empty list of non-empty strings")
        if expected in (_NUM, _INT) and not (math.isfinite(value) and value >= 0):
            raise RuleError(f"{where}: '{key}' must be a number of at least 0, not {value}")
    for kind_name in entry.get("kinds", ()):
        _choice(where, "kinds", kind_name, FIGURE_KINDS)
    if kind == "vague" and entry["low"] > entry["high"]:
        raise RuleError(f"{where}: 'low' ({entry['low']}) is above 'high' ({entry['high']})")
    where = f"{path}: {kind} '{entry['id']}'"
    matching, not_matching = _examples(where, entry["examples"])
    return Rule(
        kind=kind,
        id=entry["id"],
        source=str(path),
        examples_match=matching,
        examples_no_match=not_matching,
        phrases=tuple(entry.get("phrases", ())),
        phrases_after=tuple(entry.get("phrases_after", ())),
        verbs=tuple(entry.get("verbs", ())),
        places=tuple(entry.get("places", ())),
        targets=tuple(entry.get("targets", ())),
        kinds=tuple(entry.get("kinds", ("count",) if kind == "event" else FIGURE_KINDS)),
        pattern=_pattern(where, kind, entry),
        needs=_needs(where, entry),
        bound=_choice(where, "bound", entry.get("bound"), BOUNDS),
        direction=_choice(where, "direction", entry.get("direction"), DIRECTIONS.get(kind, ())),
        low=_float(entry.get("low")),
        high=_float(entry.get("high")),
        factor=_float(entry.get("factor")),
        window=entry.get("window"),
        why=entry.get("why"),
        case_sensitive=entry.get("case_sensitive", False),
        unmatched=entry.get("unmatched", False),
        goes_on=entry.get("goes_on", False),
        eventless=entry.get("eventless", False),
        lasts=entry.get("lasts", False),
        owned=entry.get("owned", False),
        role=entry.get("role"),
        hits=entry.get("hits", False),
        tolls=tuple(entry.get("tolls", ("killed",))),
    )


def _examples(where: str, examples: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    for key in examples:
        if key not in ("match", "no_match"):
            raise RuleError(f"{where}: unknown key 'examples.{key}' (known: match, no_match)")
    pair = []
    for key in ("match", "no_match"):
        texts = examples.get(key)
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            raise RuleError(f"{where}: 'examples.{key}' must be a non-empty list of strings")
        pair.append(tuple(texts))
    return pair[0], pair[1]


def _pattern(where: str, kind: str, entry: dict[str, Any]) -> re.Pattern[str] | None:
    if "pattern" not in entry:
        return None
    if not entry.get("case_sensitive", False) and re.search(r"[A-Z]", re.sub(r"\\.|\(\?P[<=]", "", entry["pattern"])):
        raise RuleError(f"{where}: 'pattern' matches lower-cased text: write it in lower case, or set case_sensitive")
    try:
        pattern = re.compile(entry["pattern"])
    except re.error as error:
        raise RuleError(f"{where}: 'pattern' is not a valid regular expression ({error})") from None
    if kind == "attribution" and "source" not in pattern.groupindex:
        raise RuleError(f"{where}: 'pattern' needs a named group (?P<source>...)")
    return pattern


def _needs(where: str, entry: dict[str, Any]) -> tuple[str, ...]:
    needs = tuple(entry.get("needs", ()))
    if not entry.get("case_sensitive", False) and any(needed != lower(needed) for needed in needs):
        raise RuleError(
            f"{where}: 'needs' are looked for in lower-cased text: write them in lower case, or set case_sensitive"
        )
    return needs


def _choice(where: str, key: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    if value is not None and value not in allowed:
        raise RuleError(f"{where}: '{key}' must be one of {', '.join(allowed)}, not '{value}'")
    return value


def _float(value: int | float | None) -> float | None:
    return None if value is None else float(value)


def _check_unique_ids(rules: list[Rule]) -> None:
    seen: set[tuple[str, str]] = set()
    for rule in rules:
        if (rule.kind, rule.id) in seen:
            raise RuleError(f"{rule.source}: duplicate id '{rule.id}' among the {rule.kind} rules")
        seen.add((rule.kind, rule.id))
