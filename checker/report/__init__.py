"""The last stage: a RunResult -> report files (CSV, JSON, HTML, SARIF) and the terminal summary.

Every file is written to a temporary file beside its target; only when all of them are written are
they moved into place, so a failed or interrupted run leaves the previous reports whole. One report
is held in memory at a time. With more than one core, a second process started with the run
imports pandas while the articles are read (half the time of a run on one article), and writes the
CSV files, or a large run's HTML page, while the first writes the others.
"""

from __future__ import annotations

import os
import signal
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from importlib import import_module
from pathlib import Path

from checker.model import Gate, RunResult
from checker.report.html import render_html
from checker.report.sarif import sarif_json
from checker.report.tables import claims_csv, groups_csv, report_json_parts

FORMATS = ("csv", "json", "html", "sarif")
# (format, file name, renderer) of every report file, in the order they are written.
Render = Callable[[RunResult], str | Iterable[str]]
FILES: tuple[tuple[str, str, Render], ...] = (
    ("csv", "claims.csv", claims_csv),
    ("csv", "groups.csv", groups_csv),
    ("json", "report.json", report_json_parts),
    ("html", "report.html", render_html),
    ("sarif", "report.sarif", sarif_json),
)

# With a second process, a large run's HTML page (the largest report) is made there; a smaller run's
# CSV files are, with the pandas that process imported while the articles were read.
_CLAIMS_FOR_THE_PAGE_ASIDE = 2000
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
    result: RunResult,
    out: Path,
    formats: tuple[str, ...] = FORMATS,
    gate: Gate | None = None,
    second: ProcessPoolExecutor | None = None,
) -> list[Path]:
    """Write the chosen report files into `out` and return their paths; OutputError when that fails.

    The HTML report shows `gate` (by default, the gate at the default --fail-on level). With a
    `second` process (see `report_process`), the CSV files are written there, or a large run's HTML page.
    """
    staged: list[tuple[Path, Path]] = []
    aside: Future[None] | None = None  # the CSV files, being written in the second process
    try:
        out.mkdir(parents=True, exist_ok=True)
        # (temporary file, renderer) of the reports written in this process, and in the second
        here: list[tuple[Path, Render]] = []
        there: list[tuple[Path, Render]] = []
        away = "html" if len(result.claims) >= _CLAIMS_FOR_THE_PAGE_ASIDE else "csv"
        for kind, name, render in (entry for entry in FILES if entry[0] in formats):
            temporary = _temporary(out / name)
            staged.append((temporary, out / name))
            (there if second and kind == away else here).append((temporary, render))
        if second and there:
            aside = second.submit(_write_all, there, result, gate)  # the run's result is sent once
        _write_all(here, result, gate)
        if aside:
            aside.result()
        in_the_way = [path.name for _, path in staged if path.is_dir()]
        if in_the_way:  # the one thing that stops a rename in a folder we could write to: check before any
            raise OutputError(f"{out}: cannot write the reports ({', '.join(in_the_way)}: a folder is in the way)")
        for temporary, path in staged:
            os.replace(temporary, path)
    except OSError as error:
        raise OutputError(f"{out}: cannot write the reports ({error.strerror or error})") from None
    finally:
        if aside:
            wait([aside])  # on an interrupt too: a file still being written is removed only when done
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
    return [path for _, path in staged]


@contextmanager
def report_process(formats: Iterable[str], jobs: int) -> Iterator[ProcessPoolExecutor | None]:
    """A second process for reports, when CSV files are chosen and `jobs` (0: one per core) allows one.

    Started before the run, it imports pandas while the articles are read (a third of a second).
    """
    if "csv" not in formats or (jobs or os.cpu_count() or 1) < 2:
        yield None
        return
    with ProcessPoolExecutor(1, initializer=_leave_interrupts) as pool:
        pool.submit(import_module, "pandas")
        yield pool


def _leave_interrupts() -> None:
    """In the second process: Ctrl-C and kills are the main process's to answer; it stops this one."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _write_all(reports: list[tuple[Path, Render]], result: RunResult, gate: Gate | None) -> None:
    """Reports rendered into their temporary files (the HTML page with `gate`), one at a time."""
    for temporary, render in reports:
        _write(temporary, render_html(result, gate) if render is render_html else render(result))


def write_atomic(path: Path, text: str | Iterable[str]) -> Path:
    """Write `text` to `path` through a temporary file in the same folder."""
    temporary = _temporary(path)
    try:
        _write(temporary, text)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def _temporary(path: Path) -> Path:
    """A new empty temporary file beside `path`, as readable as any file (mkstemp makes it private)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(handle, 0o666 & ~_UMASK)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    finally:
        os.close(handle)
    return Path(temporary)


def _write(temporary: Path, text: str | Iterable[str]) -> None:
    """`text` (or its pieces) written to a temporary file."""
    with temporary.open("w", encoding="utf-8", newline="") as stream:
        stream.writelines([text] if isinstance(text, str) else text)
