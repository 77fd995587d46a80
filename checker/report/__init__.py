"""The last stage: a RunResult -> report files (CSV, JSON, HTML, SARIF) and the terminal summary.

Every file is written to a temporary file beside its target; only when all of them are written are
they moved into place, so a failed or interrupted run leaves the previous reports whole. One report
is held in memory at a time.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from checker.model import Gate, RunResult
from checker.report.html import render_html
from checker.report.sarif import sarif_json
from checker.report.tables import claims_csv, groups_csv, report_json_parts

FORMATS = ("csv", "json", "html", "sarif")
# (format, file name, renderer) of every report file, in the order they are written.
FILES: tuple[tuple[str, str, Callable[[RunResult], str | Iterable[str]]], ...] = (
    ("csv", "claims.csv", claims_csv),
    ("csv", "groups.csv", groups_csv),
    ("json", "report.json", report_json_parts),
    ("html", "report.html", render_html),
    ("sarif", "report.sarif", sarif_json),
)

_UMASK = os.umask(0o022)
os.umask(_UMASK)


class OutputError(Exception):
    """The reports cannot be written where asked; the message is one line naming the folder."""


def check_out(out: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output folder that is a file, cannot be written, or lies inside an input folder."""
    target = out.resolve()
    existing = next(folder for folder in (target, *target.parents) if folder.exists())
    if not existing.is_dir():
        raise OutputError(f"{out}: --out must be a folder, but {existing} is a file")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: --out is not writable (permission denied on {existing})")
    for path in inputs:
        source = path.resolve()
        if source.is_dir() and (target == source or source in target.parents):
            raise OutputError(f"{out}: --out is inside the input folder {path}; the reports would be read as articles")


def write_reports(
    result: RunResult, out: Path, formats: tuple[str, ...] = FORMATS, gate: Gate | None = None
) -> list[Path]:
    """Write the chosen report files into `out` and return their paths; OutputError when that fails.

    The HTML report shows `gate` (by default, the gate at the default --fail-on level).
    """
    staged: list[tuple[Path, Path]] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for _, name, render in (entry for entry in FILES if entry[0] in formats):
            text = render_html(result, gate) if render is render_html else render(result)
            staged.append((_staged(out / name, text), out / name))
        in_the_way = [path.name for _, path in staged if path.is_dir()]
        if in_the_way:  # the one thing that stops a rename in a folder we could write to: check before any
            raise OutputError(f"{out}: cannot write the reports ({', '.join(in_the_way)}: a folder is in the way)")
        for temporary, path in staged:
            os.replace(temporary, path)
    except OSError as error:
        raise OutputError(f"{out}: cannot write the reports ({error.strerror or error})") from None
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
    return [path for _, path in staged]


def write_atomic(path: Path, text: str | Iterable[str]) -> Path:
    """Write `text` to `path` through a temporary file in the same folder."""
    os.replace(_staged(path, text), path)
    return path


def _staged(path: Path, text: str | Iterable[str]) -> Path:
    """`text` (or its pieces) written to a new temporary file beside `path` (removed again if writing fails)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(handle, 0o666 & ~_UMASK)  # mkstemp makes the file private; a report is as readable as any file
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.writelines([text] if isinstance(text, str) else text)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)
