"""The short summary printed on the terminal after a run: groups, conflicts first, then the findings."""

from __future__ import annotations

from collections import Counter

from tabulate import tabulate

from checker.model import RunResult
from checker.report.html import verdict_order
from checker.report.lines import finding_lines

_WIDTH = 60
_LEVELS = (("error", "s"), ("warning", "s"), ("info", ""))


def summary(result: RunResult) -> str:
    """A table of the groups (with --against, those with a figure of a draft), conflicts first, and counts."""
    by_id = {claim.id: claim for claim in result.claims}
    rows = []
    for group in sorted(result.groups, key=verdict_order):
        if result.drafts and not any(by_id[c].document in result.drafts for c in group.claims):
            continue
        figures = "; ".join(
            f"{by_id[c].document.split('_')[0]}: {' '.join(by_id[c].surface.split())}" for c in group.claims
        )
        rows.append((group.verdict.value, group.subject, _shorten(figures)))
    unmatched = sum(1 for claim in result.claims if claim.group is None)
    counts = (
        f"{len(result.documents)} documents, {len(result.claims)} claims, {len(result.groups)} subjects, "
        f"{unmatched} unmatched claims"
    )
    table = tabulate(rows, headers=("verdict", "subject", "figures"), tablefmt="simple") if rows else "no subjects"
    return f"{table}\n\n{counts}"


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
