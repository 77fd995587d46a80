"""Stage 6: claims, groups and verdicts -> findings about figures, each with a code, a name and a level.

Without drafts, all articles are compared with each other: in a group whose verdict is a conflict,
a figure that disagrees with another article's figure is a `conflict`; in a group whose
disagreement time explains (an update), a figure that a later article contradicts is `superseded`.

With drafts (`--against`), only the drafts' figures give findings, each checked against the
sources' figures on its subject (the sources are compared among themselves only to tell which of
their figures are current): a figure no current source gives is `unsupported`; one that only
figures a newer one has replaced support is `superseded`, and so is one that newer sources
contradict; one that some sources support and others, no newer, contradict is `disputed`; one that
no source supports is a `conflict`; one whose subject could not be worked out is `unchecked`.

A finding's fingerprint depends on what it says (code, document, subject, the figure's interval,
the related sources and their intervals), never on where it stands: a baseline of accepted
findings survives edits elsewhere in the text, and changing the figure brings its finding back.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from checker.model import Claim, Finding, Group, RunResult, Verdict


@dataclass(frozen=True)
class FindingKind:
    """What a finding says, with its stable code and readable name."""

    code: str
    name: str
    summary: str


KINDS = (
    FindingKind("FC01", "conflict", "the figure disagrees with the sources' figures for its subject"),
    FindingKind("FC02", "superseded", "a newer source has revised the figure"),
    FindingKind("FC03", "unsupported", "no source gives the figure for its subject (with --against)"),
    FindingKind(
        "FC04", "disputed", "some sources support the figure and others, not older, contradict it (with --against)"
    ),
    FindingKind("FC05", "unchecked", "what the figure counts could not be worked out, so it was not checked"),
)
FINDING_NAMES = tuple(kind.name for kind in KINDS)
LEVELS = ("error", "warning", "info", "off")
_BY_NAME = {kind.name: kind for kind in KINDS}
_LISTED = 6  # documents named in a message


@dataclass(frozen=True)
class _Said:
    """What one other document says on the subject: its figures, in words and as a digest."""

    document: str
    words: str
    digest: int  # of its distinct intervals, so that a set of documents has an order-free digest: the sum


@dataclass(frozen=True)
class _Others:
    """What the related documents say, in document order, with the sum of their digests.

    The sum is kept rather than worked out for each finding: a subject an archive's thousands of
    articles report gives each of their figures a finding that names all the others.
    """

    said: list[_Said]
    digest: int

    @classmethod
    def of(cls, said: list[_Said]) -> _Others:
        return cls(said, sum(entry.digest for entry in said))

    def without(self, document: str) -> _Others:
        """What the documents other than `document` say."""
        said = self.said
        at = bisect.bisect_left(said, document, key=lambda entry: entry.document)
        if at < len(said) and said[at].document == document:
            return _Others(said[:at] + said[at + 1 :], self.digest - said[at].digest)
        return self


_Raw = tuple[str, Claim, _Others]  # finding name, the figure, the related documents


def find_findings(
    result: RunResult, levels: Mapping[str, str], accepted: frozenset[str] = frozenset()
) -> tuple[Finding, ...]:
    """The findings of a judged run, sorted by place; `accepted` holds the fingerprints of the baseline."""
    by_id = {claim.id: claim for claim in result.claims}
    groups = {group.id: group for group in result.groups}
    published = {doc.id: (doc.published or "")[:10] for doc in result.documents}
    suppressed = {doc.id: doc.suppressed for doc in result.documents}
    raw = _against(result, by_id, groups, published) if result.drafts else _among(result, by_id, published)
    findings = []
    for name, claim, said in raw:
        if levels[name] == "off":
            continue
        kind = _BY_NAME[name]
        subject = groups[claim.group].subject if claim.group else " ".join(claim.sentence.split())
        fingerprint = _fingerprint(kind.code, claim, subject, said.digest)
        spans = suppressed.get(claim.document, ())
        silenced = any(
            start < claim.end and claim.start < end and (not codes or kind.code.lower() in codes or name in codes)
            for start, end, codes in spans
        )
        status = "suppressed" if silenced else "accepted" if fingerprint in accepted else "new"
        message = _message(name, claim, subject, said.said)
        findings.append(
            Finding(
                kind.code,
                name,
                levels[name],
                claim.id,
                claim.group,
                claim.document,
                claim.start,
                claim.end,
                message,
                fingerprint,
                status,
            )
        )
    return tuple(sorted(findings, key=lambda f: (f.document, f.start, f.end, f.code)))


def _among(result: RunResult, by_id: dict[str, Claim], published: dict[str, str]) -> Iterator[_Raw]:
    """All articles compared with each other: the figures behind conflict and update verdicts."""
    for group in result.groups:
        if group.verdict not in (Verdict.CONFLICT, Verdict.UPDATE):
            continue
        known: dict[tuple[str, ...], _Said] = {}
        by_interval: dict[tuple[float | None, float | None], list[Claim]] = {}
        for claim_id in group.claims:
            if by_id[claim_id].revision != "older":
                by_interval.setdefault((by_id[claim_id].low, by_id[claim_id].high), []).append(by_id[claim_id])
        blocks = [(same[0].interval, same) for same in by_interval.values()]
        for interval, same in blocks:
            apart = [o for other, claims in blocks if not interval.overlaps(other) for o in claims]
            disagree = _Others.of(_said(apart, known))
            newer: dict[tuple[str, bool], _Others] = {}  # by the claim's date and whether it is superseded
            for claim in same:
                if group.verdict is Verdict.CONFLICT:
                    others = disagree.without(claim.document)
                    if others.said:
                        yield "conflict", claim, others
                    continue
                # In an update, a later article, or one of the same day whose revision rules the figure
                # out (and not its own too: a figure of that day that a later one rules out is no newer).
                date, superseded = published[claim.document], claim.superseded
                if (date, superseded) not in newer:
                    after = [said for said in disagree.said if published[said.document] > date]
                    if superseded:
                        standing = _said(
                            [o for o in apart if not o.superseded and published[o.document] == date], known
                        )
                        after = sorted(after + standing, key=attrgetter("document"))
                    newer[date, superseded] = _Others.of(after)
                later = newer[date, superseded].without(claim.document)
                if later.said:
                    yield "superseded", claim, later


def _against(
    result: RunResult, by_id: dict[str, Claim], groups: dict[str, Group], published: dict[str, str]
) -> Iterator[_Raw]:
    """Each figure of the drafts checked against the sources' figures on its subject."""
    drafts = set(result.drafts)
    for claim in result.claims:
        if claim.document not in drafts or claim.revision == "older":
            continue
        if claim.group is None:
            yield "unchecked", claim, _Others([], 0)
            continue
        sources = [by_id[i] for i in groups[claim.group].claims if by_id[i].document not in drafts]
        current = [s for s in sources if not s.superseded and s.revision != "older"]
        agree = [s for s in current if s.interval.overlaps(claim.interval)]
        disagree = [s for s in current if not s.interval.overlaps(claim.interval)]
        outdated = [
            s for s in sources if (s.superseded or s.revision == "older") and s.interval.overlaps(claim.interval)
        ]
        if not current:
            yield "unsupported", claim, _Others.of(_said(sources))
        elif not disagree:
            continue
        elif not agree:
            yield ("superseded" if outdated else "conflict"), claim, _Others.of(_said(disagree))
        elif _later(disagree, agree, published):
            yield "superseded", claim, _Others.of(_said(disagree))
        elif not _later(agree, disagree, published):
            yield "disputed", claim, _Others.of(_said(disagree))


def _later(these: list[Claim], those: list[Claim], published: dict[str, str]) -> bool:
    """Whether every one of `these` comes from an article published after all of `those`."""
    dates = [published[c.document] for c in these + those]
    return all(dates) and min(published[c.document] for c in these) > max(published[c.document] for c in those)


def _said(claims: list[Claim], known: dict[tuple[str, ...], _Said] | None = None) -> list[_Said]:
    """What each document among `claims` says, in document order.

    `known` holds what has been worked out before, by claim ids: each interval of a subject lists
    the documents of the others, so most documents come up once for each interval.
    """
    known = {} if known is None else known
    by_document: dict[str, list[Claim]] = {}
    for claim in claims:
        by_document.setdefault(claim.document, []).append(claim)
    said = []
    for document in sorted(by_document):
        ids = tuple(claim.id for claim in by_document[document])
        entry = known.get(ids)
        if entry is None:
            figures = sorted(by_document[document], key=lambda c: c.start)
            digest = sum(_digest(document, low, high) for low, high in {(c.low, c.high) for c in figures})
            entry = known[ids] = _Said(document, ", ".join(_words(c) for c in figures), digest)
        said.append(entry)
    return said


@lru_cache(maxsize=65536)
def _digest(document: str, low: float | None, high: float | None) -> int:
    """The digest of one document's interval: found once, though each interval of a subject lists the others."""
    return int.from_bytes(hashlib.sha256(json.dumps([document, low, high]).encode("utf-8")).digest()[:8], "big")


def _fingerprint(code: str, claim: Claim, subject: str, digest: int) -> str:
    parts = [code, claim.document, subject, claim.low, claim.high, digest % 2**64]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def _message(name: str, claim: Claim, subject: str, said: list[_Said]) -> str:
    figure = f"{_words(claim)} ({subject})" if claim.group else _words(claim)
    more = f"; and {len(said) - _LISTED} more sources" if len(said) > _LISTED else ""
    listing = "; ".join(f"{s.document}: {s.words}" for s in said[:_LISTED]) + more
    if name == "conflict":
        return f"{figure} disagrees with {listing}"
    if name == "superseded":
        return f"{figure} is out of date: {listing} is newer"
    if name == "unsupported":
        return f"{figure}: no source gives this figure" + (f" (they say {listing})" if said else "")
    if name == "disputed":
        return f"{figure} is contradicted by {listing}, though other sources support it"
    return f"{figure}: not checked, what it counts could not be worked out"


def _words(claim: Claim) -> str:
    return " ".join(claim.surface.split())
