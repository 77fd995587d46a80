"""report.html: one self-contained page rendered from the Jinja2 template in checker/templates/.

Everything from the articles is escaped, so markup in an article is shown as text and never runs:
by Jinja2's autoescaping, or (the rows of the findings and claims tables, the charts' bars and the
marked-up article texts, where a large run has hundreds of thousands of values) by `_escape`,
which replaces the same five characters as markupsafe's `escape`, the same way, without making a
Markup object of each value. Those rows and bars come to the template joined, a run at a step.
The page passes no data to its script except through escaped markup, and its
Content-Security-Policy allows only its own inline script and style (by hash) and no fetches.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from checker.exit_codes import decide
from checker.model import Claim, Document, Finding, Gate, Group, RunResult, Verdict
from checker.text import sentence_spans

_ORDER = [Verdict.CONFLICT, Verdict.UPDATE, Verdict.CONSISTENT, Verdict.SINGLE_SOURCE]
UNMATCHED = "unmatched"  # the verdict filter's name for claims outside every group
_CHARTED = (Verdict.CONFLICT, Verdict.UPDATE)
_LEVELS = ("error", "warning", "info")
_ROWS = 1000  # table rows joined into one piece of markup for the template (each piece is written as it comes)
_DRAFT_TAG = ' <span class="tag draft">draft</span>'
_environment = Environment(
    loader=PackageLoader("checker", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class Row:
    """A claim as the page shows it: its sentence split around the figure, its group's verdict and its finding.

    Its rows of the two claims tables are made here, one escape per value: through the template,
    the tens of thousands of rows of a large run took seconds.
    """

    claim: Claim
    before: str
    figure: str
    after: str
    verdict: str
    subject: str
    newest: bool
    draft: bool = False
    finding: Finding | None = None

    @property
    def card_row(self) -> str:
        """Its row in its subject's card."""
        classes = ("superseded" if self.claim.superseded else "") + (" newest" if self.newest else "")
        qualifier = _escape(self.claim.qualifier or "")
        return (
            f'<tr class="{classes}{" draft" if self.draft else ""}">\n'
            f"{self._figure_cells}\n<td>{qualifier}</td>\n{self._said_cells}\n</tr>"
        )

    @property
    def claims_row(self) -> str:
        """Its row in the table of all claims."""
        claim, verdict, subject = self.claim, _escape(self.verdict), _escape(self.subject)
        what = f'<a href="#{_escape(claim.group)}">{subject}</a>' if claim.group else _escape(claim.counted or "")
        superseded = "superseded" if claim.superseded else ""
        return (
            f'<tr data-verdict="{verdict}" data-subject="{subject}" class="{superseded}">\n'
            f"<td>{_escape(claim.id)}</td>\n{self._figure_cells}\n<td>{_escape(claim.kind)}</td>\n<td>{what}</td>\n"
            f'<td><span class="tag {verdict}">{verdict}</span></td>\n{self._said_cells}\n</tr>'
        )

    @property
    def _figure_cells(self) -> str:
        """Its source, its sentence with the figure linked to the article, and its interval."""
        claim = self.claim
        sort = claim.low if claim.low is not None else (claim.value if claim.value is not None else "")
        return (
            f"<td>{_escape(claim.document)}{_DRAFT_TAG if self.draft else ''}</td>\n"
            f'<td class="sentence">{_escape(self.before)}<a class="figure" href="#claim-{_escape(claim.id)}" '
            f'title="Show in the article"><mark>{_escape(self.figure)}</mark></a>{_escape(self.after)}</td>\n'
            f'<td class="num" data-sort="{_escape(sort)}">{_escape(_interval(claim))}</td>'
        )

    @property
    def _said_cells(self) -> str:
        """Who gave it, as of when, and its tags: its finding, newest, superseded, an earlier figure."""
        claim, finding, tags = self.claim, self.finding, ""
        if finding:
            status = f" ({finding.status})" if finding.status != "new" else ""
            tags += (
                f'<span class="tag finding {_escape(finding.level)}" title="{_escape(finding.code)}: '
                f'{_escape(finding.message)}">{_escape(finding.name)}{_escape(status)}</span>'
            )
        if self.newest:
            tags += '<span class="tag newest">newest</span>'
        if claim.superseded:
            tags += '<span class="tag superseded">superseded</span>'
        if claim.revision == "older":
            tags += '<span class="tag">earlier figure</span>'
        return f"<td>{_escape(claim.attribution or '')}</td>\n<td>{_escape(claim.as_of or '')}</td>\n<td>{tags}</td>"


@dataclass(frozen=True)
class Bar:
    """One source's interval on a group's axis, in SVG units; an open end reaches the axis end."""

    label: str
    y: int
    x1: float
    x2: float
    dot: float | None
    open_low: bool
    open_high: bool
    newest: bool
    superseded: bool

    def svg(self, marker: str) -> str:
        """Its label, its line (an open end with the arrow `marker`) and its dot, as SVG."""
        colour = "#999" if self.superseded else ("#1d5c17" if self.newest else "#c0392b")
        bold, newest = (' font-weight="bold"', _NEWEST) if self.newest else ("", "")
        cap = "butt" if self.open_low or self.open_high else "round"
        ends = (f' marker-start="url(#{marker})"' if self.open_low else "") + (
            f' marker-end="url(#{marker})"' if self.open_high else ""
        )
        dot = (
            ""
            if self.dot is None
            else f'<circle cx="{self.dot}" cy="{self.y}" r="5" fill="#fff" stroke="{colour}" stroke-width="2"/>'
        )
        return (
            f'<text x="4" y="{self.y + 4}" fill="{colour}"{bold}>{_escape(self.label)}{newest}</text>\n'
            f'<line class="bar" x1="{self.x1}" y1="{self.y}" x2="{self.x2}" y2="{self.y}" stroke="{colour}" '
            f'stroke-width="6" stroke-linecap="{cap}"{ends}/>\n{dot}'
        )


@dataclass(frozen=True)
class Chart:
    """A group's figures on one axis."""

    height: int
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[float, str], ...]

    def bars_svg(self, group: str) -> Markup:
        """Its bars as SVG, an open end with the arrow of `group`'s chart."""
        marker = f"open-{_escape(group)}"
        return Markup("".join(bar.svg(marker) for bar in self.bars))


@dataclass(frozen=True)
class Card:
    """A subject group: its claims side by side and, when its sources disagree, its chart."""

    group: Group
    rows: tuple[Row, ...]  # a draft's figures first
    chart: Chart | None
    draft_findings: tuple[Finding, ...] = ()  # with --against: one of each kind of finding on the drafts' figures

    @property
    def table(self) -> Iterator[Markup]:
        """The rows of its table, as markup."""
        return _joined(row.card_row for row in self.rows)


@dataclass(frozen=True)
class Article:
    """An article, with its full text as markup: every figure highlighted."""

    index: int
    document: Document
    text: Markup


def render_html(result: RunResult, gate: Gate | None = None) -> Iterator[str]:
    """The HTML report of a run, in pieces to be written as they come.

    Without a `gate`, the page shows the gate at the default level. The articles' marked-up texts
    are made one at a time, as the template reaches them, so a large run never holds them all.
    """
    gate = gate or decide(result, "error")
    rows = _rows(result, gate.findings)
    cards = [
        Card(
            group,
            members,
            _chart(members) if group.verdict in _CHARTED else None,
            tuple({row.finding.name: row.finding for row in members if row.draft and row.finding}.values()),
        )
        for group in sorted(result.groups, key=group_order(result, gate.findings))
        for members in [tuple(sorted((rows[c] for c in group.claims), key=lambda row: not row.draft))]
    ]
    counts = Counter(group.verdict.value for group in result.groups)
    script, style = (_environment.loader.get_source(_environment, name)[0] for name in ("report.js", "report.css"))
    return _environment.get_template("report.html.j2").generate(
        gate=gate,
        documents=result.documents,
        drafts=set(result.drafts),
        claim_counts=Counter(claim.document for claim in result.claims),
        errors=result.errors,
        cards=cards,
        rows=rows,
        findings_table=_joined(map(_finding_row, gate.findings)),
        claims_table=_joined(row.claims_row for row in rows.values()),
        articles=_articles(result, rows),
        counts=[(verdict.value, counts[verdict.value]) for verdict in _ORDER],
        unmatched=sum(1 for claim in result.claims if claim.group is None),
        verdicts=[*(verdict.value for verdict in _ORDER), UNMATCHED],
        subjects=sorted({group.subject for group in result.groups}),
        draft_mark=Markup(_DRAFT_TAG),
        script=Markup(script),
        style=Markup(style),
        script_hash=_hash(script),
        style_hash=_hash(style),
    )


def verdict_order(group: Group) -> tuple[int, str]:
    """Sort key that puts conflicts first, then updates, agreements and single sources."""
    return _ORDER.index(group.verdict), group.id


def group_order(result: RunResult, findings: Sequence[Finding]) -> Callable[[Group], tuple[int, bool, int, str]]:
    """Sort key of the groups: conflicts first; with drafts, worst finding on a draft's figure first.

    With drafts, the groups with a finding on a draft's figure come first (errors, then warnings,
    then infos), then the other groups with a draft's figure, then the rest, each conflicts first.
    """
    drafts = set(result.drafts)
    in_draft = {claim.group for claim in result.claims if claim.document in drafts}
    worst: dict[str | None, int] = {}
    for finding in findings:
        if finding.document in drafts:
            rank = _LEVELS.index(finding.level) if finding.level in _LEVELS else len(_LEVELS)
            worst[finding.group] = min(rank, worst.get(finding.group, rank))

    def key(group: Group) -> tuple[int, bool, int, str]:
        return worst.get(group.id, len(_LEVELS)), group.id not in in_draft, *verdict_order(group)

    return key


def _finding_row(finding: Finding) -> str:
    """A finding's row in the table of findings."""
    cells = "".join(
        f"<td>{_escape(value)}</td>" for value in (finding.level, finding.code, finding.name, finding.status)
    )
    return (
        f'<tr>{cells}<td>{_escape(finding.document)}</td><td><a href="#claim-{_escape(finding.claim)}">'
        f"{_escape(finding.message)}</a></td></tr>"
    )


def _joined(rows: Iterable[str]) -> Iterator[Markup]:
    """Rows of markup, each on its line, joined in runs of _ROWS: a template takes each run in one step."""
    rows = iter(rows)
    while run := list(islice(rows, _ROWS)):
        yield Markup("".join(f"{row}\n" for row in run))


def _escape(value: object) -> str:
    """`value` as text in HTML: markupsafe's `escape` without its Markup object (a large run has a million values)."""
    text = str(value)
    return (
        text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;").replace('"', "&#34;")
    )


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _rows(result: RunResult, findings: Sequence[Finding]) -> dict[str, Row]:
    """Every claim as a row, by claim id, in the result's order, with its finding."""
    finding_of = {finding.claim: finding for finding in findings}
    texts = {doc.id: doc.text for doc in result.documents}
    starts = {doc.id: [start for start, _ in sentence_spans(doc.text)] for doc in result.documents}
    groups = {group.id: group for group in result.groups}
    newest = {group.newest for group in result.groups} - {None}
    rows = {}
    for claim in result.claims:
        text, sentence_starts = texts[claim.document], starts[claim.document]
        following = bisect.bisect_right(sentence_starts, claim.start)
        begin = sentence_starts[following - 1] if following else 0
        end = sentence_starts[following] if following < len(sentence_starts) else len(text)
        group = groups.get(claim.group) if claim.group else None
        rows[claim.id] = Row(
            claim=claim,
            before=_one_line(text[begin : claim.start]).lstrip(),
            figure=_one_line(text[claim.start : claim.end]),
            after=_one_line(text[claim.end : max(end, claim.end)]).rstrip(),
            verdict=group.verdict.value if group else UNMATCHED,
            subject=group.subject if group else "",
            newest=claim.id in newest,
            draft=claim.document in result.drafts,
            finding=finding_of.get(claim.id),
        )
    return rows


def _one_line(text: str) -> str:
    """`text` with each run of white space as one space, as a regex would make it (but several times faster)."""
    words = " ".join(text.split())
    if not words:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + words + (" " if text[-1].isspace() else "")


def _articles(result: RunResult, rows: dict[str, Row]) -> Iterator[Article]:
    """Each document's text with every figure marked (a figure inside another joins its mark)."""
    by_document: dict[str, list[Claim]] = {}
    for claim in result.claims:
        by_document.setdefault(claim.document, []).append(claim)
    for number, doc in enumerate(result.documents, start=1):
        pieces: list[tuple[str, tuple[str, ...]]] = []
        position = 0
        for claim in by_document.get(doc.id, []):
            if claim.start < position and pieces:
                text, ids = pieces[-1]
                pieces[-1] = (text + doc.text[position : claim.end], (*ids, claim.id))
            else:
                pieces += [(doc.text[position : claim.start], ()), (doc.text[claim.start : claim.end], (claim.id,))]
            position = max(position, claim.end)
        pieces.append((doc.text[position:], ()))
        yield Article(number, doc, Markup("".join(_marked(text, ids, rows) for text, ids in pieces)))


def _marked(text: str, ids: tuple[str, ...], rows: dict[str, Row]) -> str:
    """A stretch of an article as markup: plain, or the figure of the claims `ids` (an anchor for each)."""
    if not ids:
        return _escape(text)
    row = rows[ids[0]]
    title = f"{row.verdict}: {row.subject}" if row.subject else row.verdict
    anchors = "".join(f'<span id="claim-{_escape(extra)}"></span>' for extra in ids[1:])
    return f'<mark class="figure" id="claim-{_escape(ids[0])}" title="{_escape(title)}">{anchors}{_escape(text)}</mark>'


_WIDTH, _LEFT, _RIGHT, _ROW, _TOP = 640, 210, 24, 24, 16  # SVG units: labels sit left of _LEFT
_LABEL = 30  # characters of a bar's label that fit left of _LEFT, " (newest)" included
_NEWEST = " (newest)"


def _chart(rows: Sequence[Row]) -> Chart | None:
    """Each claim's interval on a shared axis; None when no figure has a finite end to draw."""
    ends = [v for row in rows for v in (row.claim.low, row.claim.high, row.claim.value) if v is not None]
    if not ends:
        return None
    first, last = min(ends), max(ends)
    span = last - first or max(abs(first) * 0.2, 2.0)
    # A margin beyond the figures, wider on a side where some interval is open, so its arrow shows.
    low = first - span * (0.3 if any(row.claim.low is None for row in rows) else 0.08)
    high = last + span * (0.3 if any(row.claim.high is None for row in rows) else 0.08)

    def x(value: float) -> float:
        return round(_LEFT + (value - low) / (high - low) * (_WIDTH - _LEFT - _RIGHT), 1)

    bars = []
    for number, row in enumerate(rows):
        claim = row.claim
        # The figure whole if it fits, then as much of its source as is left ("reuters_20…: $610 million").
        width = _LABEL - (len(_NEWEST) if row.newest else 0)
        figure = _short(row.figure, width - 10)
        bars.append(
            Bar(
                label=f"{_short(claim.document, width - 2 - len(figure))}: {figure}",
                y=_TOP + number * _ROW,
                x1=x(claim.low) if claim.low is not None else _LEFT,
                x2=x(claim.high) if claim.high is not None else _WIDTH - _RIGHT,
                dot=x(claim.value) if claim.value is not None else None,
                open_low=claim.low is None,
                open_high=claim.high is None,
                newest=row.newest,
                superseded=claim.superseded,
            )
        )
    # The middle tick at a round value, to the second digit of the axis's span: 2,000 for 1,800 to 2,205.
    middle = round((first + last) / 2, 1 - math.floor(math.log10(last - first))) if last > first else first
    ticks = tuple((x(value), _number(value)) for value in sorted({first, middle, last}))
    return Chart(height=_TOP + len(rows) * _ROW + 24, bars=tuple(bars), ticks=ticks)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _number(value: float) -> str:
    """A value as an editor writes it: 7,200; 2.5; 0.125."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{round(value, 3):,}"


def _interval(claim: Claim) -> str:
    """The interval a claim's words allow: 16; 7,200–8,000; ≥ 200; ≤ 5; open."""
    low, high = claim.low, claim.high
    if low is not None and high is not None:
        return _number(low) if low == high else f"{_number(low)}–{_number(high)}"
    if low is not None:
        return f"≥ {_number(low)}"
    return f"≤ {_number(high)}" if high is not None else "open"
