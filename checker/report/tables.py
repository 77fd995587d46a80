"""The one place that lays claims and groups out as tables: CSV text and the JSON document."""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from checker.model import Claim, Document, RunResult
from checker.places import source_line_column

SCHEMA_VERSION = 1
DOCUMENT_FIELDS = ("id", "path", "title", "published", "outlet")
CLAIM_FIELDS = (
    "id",
    "document",
    "start",
    "end",
    "surface",
    "sentence",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "counted",
    "event",
    "subject",
    "attribution",
    "superseded",
    "superseded_by",
    "group",
    "kind",
    "as_of",
    "revision",
)
FINDING_FIELDS = (
    "code",
    "name",
    "level",
    "status",
    "claim",
    "group",
    "document",
    "start",
    "end",
    "message",
    "fingerprint",
)
CLAIM_COLUMNS = (
    "id",
    "document",
    "line",
    "column",
    "surface",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "kind",
    "counted",
    "event",
    "subject",
    "attribution",
    "as_of",
    "revision",
    "superseded",
    "superseded_by",
    "group",
    "verdict",
    "sentence",
)
GROUP_COLUMNS = ("id", "verdict", "subject", "documents", "claims", "values", "explanation")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A record on one line, by the standard library's C encoder (an indented dump falls back to its
# pure-Python one, several times slower).
encode_json = json.JSONEncoder(ensure_ascii=False).encode


def _claim_columns(result: RunResult) -> dict[str, list[object]]:
    """The columns of claims.csv, each a list with a value per claim: its fields, place and group's verdict.

    A DataFrame is built several times faster from columns than from a dict per row.
    """
    documents = {doc.id: doc for doc in result.documents}
    verdicts = {group.id: group.verdict.value for group in result.groups}
    claims = result.claims
    places = [line_column(documents[claim.document], claim.start) for claim in claims]
    computed = {
        "line": [line for line, _ in places],
        "column": [column for _, column in places],
        "verdict": [verdicts.get(claim.group) for claim in claims],
    }
    return {
        name: computed[name] if name in computed else [getattr(claim, name) for claim in claims]
        for name in CLAIM_COLUMNS
    }


def _group_columns(result: RunResult) -> dict[str, list[object]]:
    """The columns of groups.csv, each a list with a value per group."""
    by_id = {claim.id: claim for claim in result.claims}
    groups = result.groups
    members = [[by_id[claim_id] for claim_id in group.claims] for group in groups]
    return {
        "id": [group.id for group in groups],
        "verdict": [group.verdict.value for group in groups],
        "subject": [group.subject for group in groups],
        "documents": [" ".join(sorted({claim.document for claim in claims})) for claims in members],
        "claims": [" ".join(group.claims) for group in groups],
        "values": [
            "; ".join(f"{claim.document}: {' '.join(claim.surface.split())}" for claim in claims) for claims in members
        ],
        "explanation": [group.explanation for group in groups],
    }


def line_column(document: Document, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset into a document's text, in its file.

    For HTML, the place in the markup the visible text was read from; otherwise in the text itself.
    """
    if document.source_places:
        return source_line_column(document.source_places, offset)
    starts = _line_starts(document.text)
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


@lru_cache(maxsize=4)
def _line_starts(text: str) -> array[int]:
    """Where each line of `text` starts, found once per text (a long article has many claims)."""
    return array("q", [0, *(match.end() for match in re.finditer("\n", text))])


def claims_csv(result: RunResult) -> str:
    """claims.csv as text."""
    return _csv(_claim_columns(result))


def groups_csv(result: RunResult) -> str:
    """groups.csv as text."""
    return _csv(_group_columns(result))


def _csv(columns: dict[str, list[object]]) -> str:
    """CSV text, with text cells that a spreadsheet would run as a formula made inert (a leading ')."""
    import pandas as pd  # only when a CSV is written: it costs a third of a second

    inert = {
        name: [
            _inert(cell) if isinstance(cell, str) and (cell.startswith(_FORMULA_START) or "\r" in cell) else cell
            for cell in cells
        ]
        for name, cells in columns.items()
    }
    return pd.DataFrame(inert, columns=list(columns)).to_csv(index=False, lineterminator="\n")


def _inert(cell: str) -> str:
    """A text cell that cannot start a formula, with bare CRs as LFs (the csv module leaves a CR unquoted)."""
    inert = "'" + cell if cell.startswith(_FORMULA_START) else cell
    return inert.replace("\r\n", "\n").replace("\r", "\n")


def report_json(result: RunResult) -> str:
    """report.json (schema_version 1) as text."""
    return "".join(report_json_parts(result))


def report_json_parts(result: RunResult) -> Iterator[str]:
    """report.json in pieces, to be written as they come: one record a line.

    Each record is encoded on its own by `encode_json`, and a record a line keeps the file easy
    to read and to diff.
    """
    sections = {
        "documents": ({field: getattr(doc, field) for field in DOCUMENT_FIELDS} for doc in result.documents),
        "claims": (_claim_record(claim) for claim in result.claims),
        "groups": (
            {
                "id": g.id,
                "subject": g.subject,
                "verdict": g.verdict.value,
                "claims": list(g.claims),
                "explanation": g.explanation,
                "newest": g.newest,
            }
            for g in result.groups
        ),
        "errors": ({"path": error.path, "reason": error.reason} for error in result.errors),
        "drafts": iter(result.drafts),
        "findings": ({field: getattr(f, field) for field in FINDING_FIELDS} for f in result.findings),
    }
    yield f'{{"schema_version": {SCHEMA_VERSION}'
    for name, records in sections.items():
        yield f',\n"{name}": ['
        separator = "\n"
        for record in records:
            yield separator + encode_json(record)
            separator = ",\n"
        yield "\n]" if separator != "\n" else "]"
    yield "}\n"


def _claim_record(claim: Claim) -> dict[str, object]:
    return {field: getattr(claim, field) for field in CLAIM_FIELDS}
