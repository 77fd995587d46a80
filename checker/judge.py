"""Stages 4 and 5: claims -> groups by subject across documents -> verdicts with their reasons.

Claims group by their key (what is counted + what happened); a claim without one stays unmatched.
Within a group, a figure marked as a revision ("has risen to 17") is the newest; figures it rules
out are superseded. Sources disagree when two documents give intervals that cannot both hold;
the disagreement is an update when time explains it, a conflict otherwise.
"""

from __future__ import annotations

import heapq
import math
import re
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations

from checker.model import Claim, Document, Group, Interval, Verdict, changed
from checker.persons import child_may_be, drops_first_name, shortens
from checker.text import PhraseMatcher, lemmatize, tokenize

_AGE = "age|"  # the key of a person's age
_NAMED = _AGE + "name:"  # the key of a named person's age
_RANKED = _AGE + "ranked:"  # the key of the age of one of an unnamed group by rank: "ranked:accused 2 1"
_ROLE = _AGE + "role:"  # the key of the age of the one person of a role: "role:suspect"
_WRITTEN = re.compile(r"\d[\d,]*(?:\.\d+)?")  # a number as written in a figure's words: "2.5", "7,939"
_ROUNDED = frozenset({"percent", "change", "money", "measure"})  # kinds of figure written rounded
_APPROXIMATE = 0.15  # the most an approximate round figure may be off by rounding: "about 20" allows 23, not 24
_SCALE = re.compile(r"\d\s*(?:million|billion|trillion|thousand|mn|bn|m|b|k)\b", re.IGNORECASE)
_LISTED = 6
# Events whose counts only grow as a story goes on, so a later, higher figure is an update.
_CUMULATIVE = frozenset(
    {"killed", "injured", "shot", "stabbed", "detained", "charged", "evacuated", "hospitalised"}
    | {"rescued", "destroyed", "damaged"}  # homes found destroyed as the damage is counted
)
# Of those, the counts a story states "so far": no arrests yet is an early state, not a denial.
_SO_FAR = frozenset({"detained", "charged"})
# Counts of a state that changes either way as a story goes on: the missing are found, or more are
# reported; the trapped are freed; the wounded go home from hospital, get better or worse.
_CHANGING = frozenset(
    {
        "missing",
        "trapped",
        "still in hospital",
        "in critical condition",
        "in serious condition",
        "in stable condition",
        "with life-threatening injuries",
    }
)


@dataclass(frozen=True)
class _Timeline:
    """What places figures in time: each dated document's day, its exact counts and its own earlier reports.

    Counts and earlier reports are by document and subject key.
    """

    published: dict[str, str]
    counts: dict[tuple[str, str], float]
    recalled: dict[tuple[str, str], set[tuple[float | None, float | None]]]

    @cached_property
    def dead(self) -> dict[str, float]:
        """Each document's highest count of the killed, of any noun ("one worker was killed")."""
        dead: dict[str, float] = {}
        for (document, key), count in self.counts.items():
            if key.endswith("|killed"):
                dead[document] = max(dead.get(document, count), count)
        return dead


def _told_of(documents: list[Document], uncounted: dict[str, PhraseMatcher]) -> set[str]:
    """The events of `uncounted` whose words some document uses.

    Each line's words are read once for all events, a line at a time: a long document's tokens are
    never all held at once.
    """
    told: set[str] = set()
    for document in documents:
        for line in document.text.splitlines():
            if len(told) == len(uncounted):
                return told
            tokens = tokenize(line)
            lemmas = [lemmatize(token.text) for token in tokens]
            told |= {event for event, words in uncounted.items() if words.find_all(tokens, lemmas)}
    return told


def _counts(claims: list[Claim]) -> dict[tuple[str, str], float]:
    """Each document's highest exact figure per subject key (how many it says were killed, say)."""
    counts: dict[tuple[str, str], float] = {}
    for claim in claims:
        if claim.key and claim.value is not None and claim.low == claim.high and claim.revision != "older":
            place = (claim.document, claim.key)
            counts[place] = max(counts.get(place, claim.value), claim.value)
    return counts


def _recalled(claims: list[Claim]) -> dict[tuple[str, str], set[tuple[float | None, float | None]]]:
    """Each document's own earlier reports ("Police had initially said four"): figures marked as older.

    Not those after a current figure of their subject in their sentence: such a one may be a figure
    the words rule out ("Five were shot, not four"), a correction rather than an earlier state.
    """
    current: dict[tuple[str, str, str], int] = {}
    for claim in claims:
        if claim.key and claim.revision != "older":
            place = (claim.document, claim.key, claim.sentence)
            current[place] = min(current.get(place, claim.start), claim.start)
    recalled: dict[tuple[str, str], set[tuple[float | None, float | None]]] = {}
    for claim in claims:
        after = current.get((claim.document, claim.key or "", claim.sentence), claim.end) < claim.start
        if claim.key and claim.revision == "older" and not after:
            recalled.setdefault((claim.document, claim.key), set()).add((claim.low, claim.high))
    return recalled


def judge(
    claims: list[Claim],
    documents: list[Document],
    uncounted: dict[str, PhraseMatcher] | None = None,
    drafts: frozenset[str] = frozenset(),
) -> tuple[list[Claim], list[Group]]:
    """Group claims by subject, mark superseded figures, and give each group a verdict.

    Where a document tells of a person a count of people may leave out (`uncounted`, by event:
    the killed with "turned the gun on himself", the wounded with "the suspect was also shot"),
    counts of that event one apart agree: one counts the attacker, one does not. The documents in
    `drafts` join the groups, but a group's verdict and newest figure are the sources' (what a
    draft's figure is against them, its findings say), unless only drafts give the subject.
    """
    unsure = {f"people|{event}" for event in _told_of(documents, uncounted or {})}
    timeline = _Timeline(
        {doc.id: doc.published[:10] for doc in documents if doc.published},
        _counts(claims),
        _recalled(claims),
    )
    published = {doc.id: doc.published for doc in documents}
    by_key: dict[str, list[Claim]] = {}
    for claim, key in zip(claims, _keys(claims), strict=True):
        if key:
            by_key.setdefault(key, []).append(claim)
    updated: dict[str, Claim] = {}
    groups: list[Group] = []
    for number, (key, members) in enumerate(by_key.items(), start=1):
        group_id = f"G{number:03d}"
        members = _mark_superseded(members)
        sources = [c for c in members if c.document not in drafts] or members
        verdict, explanation = _verdict(sources, timeline, 1.0 if key in unsure else 0.0)
        subject = next((c.subject for c in members if c.key == key), members[0].subject) or ""
        newest = _current(sources, published)
        groups.append(Group(group_id, subject, verdict, tuple(c.id for c in members), explanation, newest))
        updated.update((c.id, changed(c, group=group_id)) for c in members)
    return [updated.get(claim.id, claim) for claim in claims], groups


def _full_names(claims: list[Claim]) -> dict[str, str | None]:
    """Age keys that name a person by part of a name, mapped to the one fuller name they shorten.

    When several people's names fit ("Ray": the gunman, his father, his brother), whose
    age it is stays unclear by the names alone (mapped to None).
    """
    names = {c.key.removeprefix(_NAMED) for c in claims if c.key and c.key.startswith(_NAMED)}
    fullest = [name for name in names if not any(shortens(name, other) for other in names)]
    mapped: dict[str, str | None] = {}
    for name in names.difference(fullest):
        fits = [full for full in fullest if shortens(name, full)]
        mapped[_NAMED + name] = _NAMED + fits[0] if len(fits) == 1 else None
    return mapped


def _keys(claims: list[Claim]) -> list[str | None]:
    """The claims' group keys: a short name as the full name, or as the person whose ages it fits.

    A name without its first name joins the one longer name whose ages all fit its own; a last
    name several people share joins the one of them one of whose stated ages it fits ("Ray, 55"
    beside "Sam Ray, 55" and "Tom Ray, 30"). Neither adds a figure the group does not already hold.
    """
    full_names = _full_names(claims)
    keys = [full_names.get(c.key, c.key) if c.key else None for c in claims]
    ages = _ages(claims, keys)
    longer = {}
    for key, stated in ages.items():
        name = key.removeprefix(_NAMED)
        fits = [full for full, other in ages.items() if drops_first_name(name, full.removeprefix(_NAMED))]
        fits = [full for full in fits if _fit(stated, ages[full])]
        if len(fits) == 1:
            longer[key] = fits[0]
    keys = [longer.get(key, key) if key else None for key in keys]
    ages = _ages(claims, keys)
    resolved: list[str | None] = []
    for claim, key in zip(claims, keys, strict=True):
        if claim.key and key is None:
            name = claim.key.removeprefix(_NAMED)
            fits = [
                full
                for full in ages
                if shortens(name, full.removeprefix(_NAMED)) and any(_fit([claim], [age]) for age in ages[full])
            ]
            key = fits[0] if len(fits) == 1 else None
        resolved.append(key)
    children = _children(claims, resolved)
    keys = [children.get(key, key) if key else None for key in resolved]
    ranked = _ranked_as_named(claims, keys)
    shared = _shared_roles(claims)
    return [None if key in shared else ranked.get(key, key) if key else None for key in keys]


def _shared_roles(claims: list[Claim]) -> frozenset[str]:
    """Age keys of a role one person was taken to hold, where an article counts two or more in it.

    With "two suspects are in custody", "a 19-year-old suspect" and "a 22-year-old suspect" may
    be either of them: whose age each is, the words do not say.
    """
    return frozenset(
        _ROLE + claim.key.split("|")[0]
        for claim in claims
        if claim.kind == "count" and claim.key and claim.value is not None and claim.value >= 2
    )


def _children(claims: list[Claim], keys: list[str | None]) -> dict[str, str]:
    """Unnamed children as the one child of the story their word and age fit.

    "A 2-year-old child" joins "a 2-year-old boy" or "Ann Ray's 2-year-old son" when that child's
    every stated age is its own and no other child fits; the word that fits comes first ("boy"
    joins "son", then "child" meets them both there).
    """
    ages: dict[str, set[tuple[float | None, float | None]]] = {}
    for claim, key in zip(claims, keys, strict=True):
        if key and key.startswith(_AGE):
            ages.setdefault(key, set()).add((claim.low, claim.high))
    joined: dict[str, str] = {}
    for _ in range(2):  # a boy joins a son first, so a child fits them as one
        for key, stated in ages.items():
            fits = {
                joined.get(other, other)
                for other, its in ages.items()
                if its == stated and len(stated) == 1 and child_may_be(key.removeprefix(_AGE), other.removeprefix(_AGE))
            }
            if len(fits) == 1:
                joined[key] = fits.pop()
    return joined


def _ranked_as_named(claims: list[Claim], keys: list[str | None]) -> dict[str, str]:
    """The ages of an unnamed group by rank ("the older of the 2 accused") as the named person of that rank.

    An article ranks the people it names in a role when it counts as many people in that role
    and gives each of them one age, no two alike: with "two men charged" and "Ann Ray, 30, and
    Tom Lee, 24, were charged", Ann Ray is the older of the 2 accused. A rank meets a name only
    when every article that ranks people in that role ranks the same names in the same order.
    """
    ranks = {key for key in keys if key and key.startswith(_RANKED)}
    if not ranks:
        return {}
    in_roles: dict[str, list[tuple[Claim, str | None]]] = {}  # by document
    for claim, key in zip(claims, keys, strict=True):
        if claim.role:
            in_roles.setdefault(claim.document, []).append((claim, key))
    orders: dict[str, set[tuple[str, ...]]] = {}
    for mine in in_roles.values():
        for role in {c.role for c, _ in mine}:
            ages: dict[str, set[tuple[float | None, float | None]]] = {}
            for claim, key in mine:
                if key and key.startswith(_NAMED) and claim.role == role:
                    ages.setdefault(key, set()).add((claim.low, claim.high))
            stated = {key: next(iter(its)) for key, its in ages.items() if len(its) == 1}
            counted = {c.value for c, _ in mine if c.kind == "count" and c.role == role and c.key}
            exact = [low for low, high in stated.values() if low is not None and low == high]
            if len(stated) == len(ages) == len(set(exact)) and len(ages) in counted:
                order = tuple(sorted(stated, key=lambda key: -(stated[key][0] or 0)))
                orders.setdefault(f"{role} {len(order)}", set()).add(order)
    ranked = {}
    for key in ranks:
        group, rank = key.removeprefix(_RANKED).rsplit(" ", 1)
        if len(orders.get(group, ())) == 1:
            ranked[key] = next(iter(orders[group]))[int(rank) - 1]
    return ranked


def _ages(claims: list[Claim], keys: list[str | None]) -> dict[str, list[Claim]]:
    """The ages stated for each named person."""
    ages: dict[str, list[Claim]] = {}
    for claim, key in zip(claims, keys, strict=True):
        if key and key.startswith(_NAMED):
            ages.setdefault(key, []).append(claim)
    return ages


def _fit(ages: list[Claim], others: list[Claim]) -> bool:
    """Whether every age of one list fits every age of the other."""
    return all(a.interval.overlaps(b.interval) for a in ages for b in others)


def _revised_to(members: list[Claim]) -> Claim | None:
    """The latest figure the words mark as a revision ("has risen to 17"), if any."""
    newer = [c for c in members if c.revision == "newer" and c.value is not None]
    return max(newer, key=lambda c: (c.as_of or "", c.document, c.start)) if newer else None


def _current(members: list[Claim], published: dict[str, str | None]) -> str | None:
    """The id of the figure to print: a revision first, then the latest date.

    None from one article, undated, or where another article of the same standing gives another
    figure (two reports of the same day that disagree: neither is the newer).
    """
    current = [claim for claim in members if not claim.superseded]
    if len({claim.document for claim in members}) < 2 or not current:
        return None

    def standing(claim: Claim) -> tuple[bool, str]:
        return claim.revision == "newer", claim.as_of or published[claim.document] or ""

    best = max(current, key=lambda c: (*standing(c), c.id))
    rivals = [
        c
        for c in current
        if c.document != best.document and standing(c) == standing(best) and (c.low, c.high) != (best.low, best.high)
    ]
    dated = best.revision == "newer" or best.as_of or published[best.document]
    return best.id if dated and not rivals else None


def _mark_superseded(members: list[Claim]) -> list[Claim]:
    newest = _revised_to(members)
    marked = []
    for claim in members:
        ruled_out = newest is not None and claim is not newest and not claim.interval.contains(newest.value)
        superseded = claim.revision == "older" or ruled_out
        by = newest.id if superseded and newest is not None and claim is not newest else None
        unchanged = (claim.superseded, claim.superseded_by) == (superseded, by)  # most claims: a copy saved
        marked.append(claim if unchanged else changed(claim, superseded=superseded, superseded_by=by))
    return marked


def _verdict(members: list[Claim], timeline: _Timeline, slack: float) -> tuple[Verdict, str]:
    """The group's verdict and its reason; counts `slack` apart agree."""
    documents = sorted({c.document for c in members})
    values = _listing(members)
    if len(documents) == 1:
        note = _revision_note(members)
        return Verdict.SINGLE_SOURCE, f"Only {documents[0]} gives this figure: {values}.{note}"
    clashes = _clashes(members, slack)
    by_document: dict[str, list[Claim]] = {}
    for claim in members:
        by_document.setdefault(claim.document, []).append(claim)
    grown = [doc for doc in documents if _grown_within(by_document[doc])]
    if not clashes and grown:
        return (
            Verdict.UPDATE,
            f"The sources agree on the latest figure, but {', '.join(grown)} also says none so far, "
            f"an earlier state of a count that only grows: {values}.",
        )
    if not clashes:
        loose = " (or differ by one, as a count may include the attacker or not)" if slack else ""
        return Verdict.CONSISTENT, f"The sources agree{loose}: {values}."
    revisions = []
    for a, b in clashes:  # until a pair time does not explain: then it is a conflict
        revisions.append(_revision(a, b, timeline))
        if revisions[-1] is None:
            break
    if all(revisions):
        reasons = sorted({reason for reason, _, _ in filter(None, revisions)})
        more = f"; and {len(reasons) - _LISTED} more pairs" if len(reasons) > _LISTED else ""
        latest = _latest([revision for revision in revisions if revision])
        return (
            Verdict.UPDATE,
            f"The figures differ because later reports revise earlier ones: {'; '.join(reasons[:_LISTED])}{more}."
            f"{latest}{_revision_note(members)}",
        )
    # Each side listed once; of the pairs (as many as the sides squared) only the first few are written out.
    sides = {id(side): side for pair in clashes for side in pair}
    listed = {key: _listing(side) for key, side in sides.items()}
    shown = heapq.nsmallest(_LISTED, (f"{listed[id(a)]} vs {listed[id(b)]}" for a, b in clashes))
    more = f"; and {len(clashes) - _LISTED} more pairs" if len(clashes) > _LISTED else ""
    pairs = "; ".join(shown) + more
    return Verdict.CONFLICT, f"Sources disagree: {pairs}.{_revision_note(members)}"


def _clashes(members: list[Claim], slack: float) -> list[tuple[list[Claim], list[Claim]]]:
    """Pairs of sources whose figures cannot both hold: no figure of one fits any of the other, `slack` allowed.

    Documents that give the same figures are one side, so the pairs grow with the distinct
    sets of figures, not with the documents.

    A document that gives only vague amounts clashes with none. A document's own earlier figures
    (an "earlier it was reported", or one its own revision rules out) take no part; a figure
    another document revises does, so time can explain the difference.
    """
    newest = _revised_to(members)
    by_document: dict[str, list[Claim]] = {}
    for claim in members:
        own_revision = claim.superseded and newest is not None and claim.document == newest.document
        if claim.revision != "older" and not own_revision:
            by_document.setdefault(claim.document, []).append(claim)
    sides: dict[tuple[tuple[float | None, float | None], ...], list[Claim]] = {}
    for claims in by_document.values():
        if _stated(claims):
            sides.setdefault(tuple(sorted({(c.low, c.high) for c in claims}, key=str)), []).extend(claims)
    # What each side's figures allow, worked out once per side rather than once per pair of sides.
    allowed = [(side, [_rounded(c) for c in _distinct(side)]) for side in sides.values()]
    return [
        (a, b)
        for (a, in_a), (b, in_b) in combinations(allowed, 2)
        if not any(_widened(x, slack).overlaps(y) for x in in_a for y in in_b)
    ]


def _widened(interval: Interval, slack: float) -> Interval:
    """The interval with `slack` more room at each closed end."""
    low, high = interval.low, interval.high
    return Interval(None if low is None else low - slack, None if high is None else high + slack)


def _rounded(claim: Claim) -> Interval:
    """The values a figure allows as written, rounding included.

    A rate, measure or sum, or a count in words of scale ("2.5 million"), may be rounded to its
    last written digit: "61 percent" allows 61.3. Other counts and ages are exact ("16 officers"),
    unless the words give them as approximate ("about 20"). An arrest told by its article ("a man
    was arrested") tells of one arrest, not of all so far: it allows more.
    """
    interval = claim.interval
    if claim.event in _SO_FAR and claim.surface.lower() in ("a", "an"):
        return Interval(interval.low, None)
    if _approximate(claim):
        return _rounds_to(claim)
    digits = _WRITTEN.findall(claim.surface)
    scaled = claim.kind in _ROUNDED or (claim.kind == "count" and _SCALE.search(claim.surface))
    if not digits or not scaled or claim.value is None or interval.low != interval.high:
        return interval
    written = digits[-1]
    number = float(written.replace(",", ""))
    places = len(written.partition(".")[2])
    half = 0.5 * 10**-places * (abs(claim.value / number) if number else 1.0)
    # What rounds to it, the upper end left out: neighbours ("5 billion", "6 billion") share no value.
    return Interval(claim.value - half, math.nextafter(claim.value + half, -math.inf))


def _approximate(claim: Claim) -> bool:
    """Whether the words give a whole figure as approximate, either side of it ("about 20", "some 300")."""
    low, high, value = claim.low, claim.high, claim.value
    if value is None or low is None or high is None:
        return False
    return float(value).is_integer() and low < value < high


def _rounds_to(claim: Claim) -> Interval:
    """What an approximate round figure allows: what rounds to its last non-zero digit, up to 15% off.

    "About 20" allows 23 (17–23); "around 2,000" 1,700 to 2,300, not "about 1,500"; "about 23" only
    its qualifier's width.
    """
    value = int(claim.value or 0)
    unit = 1
    while value and value % (unit * 10) == 0:
        unit *= 10
    half = min(unit / 2, abs(value) * _APPROXIMATE)
    return Interval(min(claim.low or value, value - half), max(claim.high or value, value + half))


def _distinct(claims: list[Claim]) -> list[Claim]:
    """One claim per interval."""
    return list({(c.low, c.high): c for c in claims}.values())


def _stated(claims: list[Claim]) -> bool:
    """Whether a document states a figure, not only a vague amount ("several"), too loose to clash."""
    return any(c.value is not None for c in claims)


def _revision(a: list[Claim], b: list[Claim], timeline: _Timeline) -> tuple[str, list[Claim], list[Claim]] | None:
    """Why one side's figures replace the other's: the reason, the earlier and the later side.

    None when time does not explain the difference.
    """
    for earlier, later in ((a, b), (b, a)):
        when = _later(earlier, later, timeline)
        why = _why_revised(earlier, later, timeline) if when else None
        if why:
            return f"{_listing(later)} ({when}), after {_listing(earlier)}: {why}", earlier, later
    return None


def _later(earlier: list[Claim], later: list[Claim], timeline: _Timeline) -> str | None:
    """How we know `later` is the later side: by the articles' dates, or, on one day, by the words.

    When the latest day of `earlier` is the first of `later`, the words order the articles of that
    day: a revision, none so far, or a later article giving the earlier figure as its own earlier
    report ("Police had initially said four") of a count that has grown.

    Undated articles are never ordered: one that still gives a figure another revised may be stale,
    which an editor must see as a conflict.
    """
    dates = timeline.published
    if not all(c.document in dates for c in earlier + later):
        return None
    first, last = max(dates[c.document] for c in earlier), min(dates[c.document] for c in later)
    if first < last:
        return f"published {last}, after {first}"
    if first > last:
        return None  # the dates do not put all of `later` after `earlier`
    day = f"the same day, {first}" if len({dates[c.document] for c in earlier + later}) == 1 else f"on or after {first}"
    earlier = [c for c in earlier if dates[c.document] == first]  # only those of one day need the words
    later = [c for c in later if dates[c.document] == first]
    if all(c.revision == "newer" for c in later):
        return f"{day}, and its words mark the figure as a revision"
    if all(c.superseded for c in earlier):
        return f"{day}, and a revision rules out the earlier figures"
    if _none_yet(earlier):
        return f"{day}, when none so far was the earlier state"
    recalled = _recalls(later, earlier, timeline)
    if recalled:
        return f"{day}, and {recalled} itself gives the earlier figure as an earlier report"
    return None


def _recalls(later: list[Claim], earlier: list[Claim], timeline: _Timeline) -> str | None:
    """The document of `later` that gives all of `earlier`'s figures as its own earlier reports, if one does."""
    for document in sorted({c.document for c in later}):
        if all((c.low, c.high) in timeline.recalled.get((document, c.key or ""), ()) for c in earlier):
            return document
    return None


def _why_revised(earlier: list[Claim], later: list[Claim], timeline: _Timeline) -> str | None:
    """The reason a later side's figures replace the earlier's, if there is one."""
    if all(c.revision == "newer" for c in later):
        return "the later report revises the figure"
    if all(c.superseded for c in earlier):
        return "the earlier figures are superseded"
    if any(c.value is None for c in earlier + later):
        return None
    grows = all((c.event or "") in _CUMULATIVE for c in earlier + later)
    if grows and _none_yet(earlier) and min(c.value for c in later) > 0:
        return f"no one had been {earlier[0].event} yet, and that count only grows"
    if grows and min(c.value for c in later) > max(c.value for c in earlier):
        return "a count that only grows has risen"
    if all(c.event in _CHANGING for c in earlier + later):
        return f"the count of those {earlier[0].event} changes as the days go by"
    return _died_since(earlier, later, timeline)


def _grown_within(claims: list[Claim]) -> bool:
    """Whether one document gives both none so far ("Nobody is in custody") and a later count ("two arrested")."""
    current = [c for c in claims if c.revision != "older"]
    return any(_none_yet([c]) for c in current) and any(c.value for c in current if c.event in _SO_FAR)


def _none_yet(claims: list[Claim]) -> bool:
    """Whether a side says no one so far ("No arrests have been made") of a count that grows as a story goes on."""
    return all(c.value == 0 and c.event in _SO_FAR for c in claims)


def _died_since(earlier: list[Claim], later: list[Claim], timeline: _Timeline) -> str | None:
    """Why a later, lower count of the injured holds: as many fewer injured as more dead, the same victims in all."""
    if not all(c.event == "injured" and c.key for c in earlier + later):
        return None

    def victims(claim: Claim) -> tuple[float, float]:
        dead = _dead(timeline, claim.document, claim.key.rsplit("|", 1)[0])
        return dead, claim.value + dead

    before, after = {victims(c) for c in earlier}, {victims(c) for c in later}
    if len({total for _, total in before | after}) != 1 or min(d for d, _ in after) <= max(d for d, _ in before):
        return None
    died = min(d for d, _ in after) - max(d for d, _ in before)
    return (
        f"{_format(died)} of the injured {'has' if died == 1 else 'have'} since died, "
        f"so the {_format(next(iter(after))[1])} victims are the same"
    )


def _dead(timeline: _Timeline, document: str, counted: str) -> float:
    """How many of those `counted` a document says were killed; of people, the most it says of any dead.

    "One worker was killed and two others were injured": the worker is one of the people.
    """
    own = timeline.counts.get((document, f"{counted}|killed"))
    if own is not None or counted != "people":
        return own or 0.0
    return timeline.dead.get(document, 0.0)


def _latest(revisions: list[tuple[str, list[Claim], list[Claim]]]) -> str:
    """The figures to print: those of the side no other side revises."""
    earlier = {c.document for _, older, _ in revisions for c in older}
    latest = {c.id: c for _, _, later in revisions for c in later if c.document not in earlier}
    if not latest:
        return ""
    return f" The figure to print is the latest: {_listing(list(latest.values()))}."


def _revision_note(members: list[Claim]) -> str:
    """What a revision in the words says: the newest figure, the earlier ones it replaces, who still gives them."""
    newest = _revised_to(members)
    if newest is None:
        return ""
    new = _format(newest.value)
    own = sorted({_format(c.value) for c in members if c.superseded and c.document == newest.document and c.value})
    if own:
        revision = f"the revision from {' or '.join(own)} to {new}"
        note = f" {newest.document} itself reports {revision}, so {new} is the newer figure"
    else:
        note = f" {newest.document} reports {_number(newest)} as a revised figure, so {new} is the newer figure"
    stale = [
        c
        for c in members
        if c.superseded and c.revision != "older" and c.document != newest.document and c.value is not None
    ]  # not an article's own earlier report: it does not still say that figure
    if not stale:
        return f"{note}."
    others = sorted({c.document for c in stale})
    old = " or ".join(sorted({_format(c.value) for c in stale}))
    return f"{note}; {', '.join(others)} still {'says' if len(others) == 1 else 'say'} {old}."


def _listing(members: list[Claim]) -> str:
    """Who says what, document by document (the first few, and how many more)."""
    by_document: dict[str, list[str]] = {}
    for claim in members:
        by_document.setdefault(claim.document, []).append(_number(claim))
    said = [f"{doc} says {', '.join(values)}" for doc, values in sorted(by_document.items())]
    more = f"; and {len(said) - _LISTED} more sources" if len(said) > _LISTED else ""
    return "; ".join(said[:_LISTED]) + more


def _number(claim: Claim) -> str:
    """A figure as an editor reads it: the words, and the interval when they widen it."""
    surface = " ".join(claim.surface.split())
    if claim.low == claim.high:
        return surface
    return f"{surface} ({_format(claim.low)}–{_format(claim.high)})"


def _format(value: float | None) -> str:
    if value is None:
        return "open"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
