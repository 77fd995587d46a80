"""report.html: one self-contained page (inline CSS, no network) rendered from a Jinja2 template.

Everything from the articles goes through Jinja2's autoescaping, so markup in an article is shown
as text and never runs.
"""

from __future__ import annotations

from collections import Counter

from jinja2 import Environment, PackageLoader, select_autoescape

from checker.model import Claim, Group, RunResult, Verdict

_ORDER = [Verdict.CONFLICT, Verdict.UPDATE, Verdict.CONSISTENT, Verdict.SINGLE_SOURCE]
_CONTEXT = 120
_environment = Environment(
    loader=PackageLoader("checker", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_html(result: RunResult) -> str:
    """The HTML report of a run."""
    texts = {doc.id: doc.text for doc in result.documents}
    by_id = {claim.id: claim for claim in result.claims}
    groups = sorted(result.groups, key=verdict_order)
    counts = Counter(group.verdict.value for group in result.groups)
    return _environment.get_template("report.html.j2").render(
        documents=result.documents,
        errors=result.errors,
        groups=[(group, [by_id[c] for c in group.claims]) for group in groups],
        unmatched=[claim for claim in result.claims if claim.group is None],
        counts=[(verdict.value, counts.get(verdict.value, 0)) for verdict in _ORDER],
        conflicts=counts.get(Verdict.CONFLICT.value, 0),
        context=lambda claim: _context(texts[claim.document], claim),
    )


def verdict_order(group: Group) -> tuple[int, str]:
    """Sort key that puts conflicts first, then updates, agreements and single sources."""
    return _ORDER.index(group.verdict), group.id


def _context(text: str, claim: Claim) -> tuple[str, str, str]:
    """The words before the figure, the figure, and the words after it."""
    before = " ".join(text[max(0, claim.start - _CONTEXT) : claim.start].split(" ")[1:]).replace("\n", " ")
    after = " ".join(text[claim.end : claim.end + _CONTEXT].split(" ")[:-1]).replace("\n", " ")
    return before, text[claim.start : claim.end], after
