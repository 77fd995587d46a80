"""The short summary printed on the terminal after a run: groups, conflicts first, then the findings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from tabulate import tabulate

from checker.model import Claim, RunResult
from checker.report.html import group_order
from checker.report.lines import finding_lines

_WIDTH = 60
_LEVELS = (("error", "s"), ("warning", "s"), ("info", ""))


def summary(result: RunResult) -> str:
    """A table of the groups, conflicts first, and counts.

    With --against, only the groups with a figure of a draft, those with the worst findings first,
    and the draft's figures in a column apart, each with its finding.
    """
    by_id = {claim.id: claim for claim in result.claims}
    finding_of = {finding.claim: finding.name for finding in result.findings}
    rows = []
    for group in sorted(result.groups, key=group_order(result, result.findings)):
        members = [by_id[c] for c in group.claims]
        drafted = [claim for claim in members if claim.document in result.drafts]
        if result.drafts and not drafted:
            continue
        sources = _figures(claim for claim in members if claim not in drafted)
        if result.drafts:
            mine = "; ".join(f"{_surface(c)}{f' ({finding_of[c.id]})' if c.id in finding_of else ''}" for c in drafted)
            rows.append((group.verdict.value, group.subject, _shorten(mine), sources))
        else:
            rows.append((group.verdict.value, group.subject, sources))
    unmatched = sum(1 for claim in result.claims if claim.group is None)
    counts = (
        f"{len(result.documents)} documents, {len(result.claims)} claims, {len(result.groups)} subjects, "
        f"{unmatched} unmatched claims"
    )
    headers = ("verdict", "subject", "draft", "sources") if result.drafts else ("verdict", "subject", "figures")
    table = tabulate(rows, headers=headers, tablefmt="simple") if rows else "no subjects"
    return f"{table}\n\n{counts}"


def _figures(claims: Iterable[Claim]) -> str:
    return _shorten("; ".join(f"{claim.document.split('_')[0]}: {_surface(claim)}" for claim in claims))


def _surface(claim: Claim) -> str:
    return " ".join(claim.surface.split())


def _shorten(text: str) -> str:
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"


def findings_summary(result: RunResult) -> str:
    """The findings, one per line, and their counts by level and status."""
    levels = Counter(f.level for f in result.findings if f.status == "new")
    statuses = Counter(f.status for f in result.findings)
    counts = ", ".join(f"{levels[level]} {level}{plural * (levels[level] != 1)}" for level, plural in _LEVELS)
    return (
        f"{finding_lines(result)}findings: {counts}; "
        f"{statuses.get('accepted', 0)} accepted, {statuses.get('suppressed', 0)} suppressed inline"
    )
