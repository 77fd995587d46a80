"""Findings one per line, as linters print them: `path:line:col: CODE level: message [name]`."""

from __future__ import annotations

from checker.model import Finding, RunResult
from checker.report.tables import line_column

Place = tuple[int, int]  # 1-based line and column


def located(result: RunResult) -> list[tuple[Finding, str, Place, Place]]:
    """Each finding not silenced inline, with its document's path and where its figure starts and ends."""
    documents = {doc.id: doc for doc in result.documents}
    placed = []
    for finding in result.findings:
        if finding.status != "suppressed":
            document = documents[finding.document]
            start, end = line_column(document, finding.start), line_column(document, finding.end)
            placed.append((finding, document.path, start, end))
    return placed


def finding_lines(result: RunResult) -> str:
    """One line per finding; accepted findings say so."""
    lines = []
    for finding, path, (line, column), _end in located(result):
        accepted = " (accepted)" if finding.status == "accepted" else ""
        lines.append(
            f"{path}:{line}:{column}: {finding.code} {finding.level}{accepted}: {finding.message} [{finding.name}]"
        )
    return "".join(line + "\n" for line in lines)
