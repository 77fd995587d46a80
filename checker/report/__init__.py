"""The last stage: a RunResult -> report files (CSV, JSON, HTML, SARIF) and the terminal summary.

Every file is written to a temporary file beside its target and moved into place, so a failed or
interrupted run leaves the previous reports whole.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from checker.model import RunResult
from checker.report.html import render_html
from checker.report.sarif import sarif_json
from checker.report.tables import claims_csv, groups_csv, report_json

FORMATS = ("csv", "json", "html", "sarif")


def write_reports(result: RunResult, out: Path, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Write the chosen report files into `out` and return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    contents: dict[str, str] = {}
    if "csv" in formats:
        contents["claims.csv"] = claims_csv(result)
        contents["groups.csv"] = groups_csv(result)
    if "json" in formats:
        contents["report.json"] = report_json(result)
    if "html" in formats:
        contents["report.html"] = render_html(result)
    if "sarif" in formats:
        contents["report.sarif"] = sarif_json(result)
    written = []
    for name, text in contents.items():
        written.append(write_atomic(out / name, text))
    return written


def write_atomic(path: Path, text: str) -> Path:
    """Write `text` to `path` through a temporary file in the same folder."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
