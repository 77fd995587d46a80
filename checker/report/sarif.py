"""report.sarif: the findings as SARIF 2.1.0 results, so code-review tools annotate the draft.

The log is indented, with each result on one line (by `encode_json`, as report.json's records):
a result a line is quick to write and easy to read and to diff.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from checker import __version__
from checker.findings import KINDS
from checker.model import RunResult
from checker.report.lines import located
from checker.report.tables import encode_json

_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
# Accepted findings are suppressed outside the source (in the baseline), silenced ones inside it.
_SUPPRESSIONS = {"accepted": [{"kind": "external", "justification": "accepted in the factcheck baseline"}]}
_RESULT_INDENT = " " * 8  # a result's depth in the log: log, runs, a run, results


def sarif_json(result: RunResult) -> str:
    """The SARIF log of a run, one result per finding (inline-suppressed findings are left out)."""
    index = {kind.code: number for number, kind in enumerate(KINDS)}
    results = []  # each encoded
    for finding, path, (line, column), (end_line, end_column) in located(result):
        result_entry = {
            "ruleId": finding.code,
            "ruleIndex": index[finding.code],
            "level": _LEVELS[finding.level],
            "message": {"text": finding.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(path)},
                        "region": {
                            "startLine": line,
                            "startColumn": column,
                            "endLine": end_line,
                            "endColumn": end_column,
                        },
                    }
                }
            ],
            "partialFingerprints": {"factcheck/v1": finding.fingerprint},
        }
        if finding.status in _SUPPRESSIONS:
            result_entry["suppressions"] = _SUPPRESSIONS[finding.status]
        results.append(encode_json(result_entry))
    driver = {
        "name": "factcheck",
        "version": __version__,
        "rules": [{"id": kind.code, "name": kind.name, "shortDescription": {"text": kind.summary}} for kind in KINDS],
    }
    log = {
        "$schema": _SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": []}],
    }
    # The results come last in the log, so its last "[]" is theirs: the encoded results go there.
    head, _, tail = json.dumps(log, ensure_ascii=False, indent=2).rpartition("[]")
    lines = ",\n".join(_RESULT_INDENT + entry for entry in results)
    return f"{head}[\n{lines}\n{_RESULT_INDENT[2:]}]{tail}\n" if results else f"{head}[]{tail}\n"


@lru_cache(maxsize=1024)
def _uri(path: str) -> str:
    """A relative path as a relative URI, an absolute one as a file URI."""
    as_path = Path(path)
    return as_path.as_uri() if as_path.is_absolute() else quote(as_path.as_posix())
