"""Nothing lost, nothing runs: reports replaced whole or not at all, --out refused where it would do
harm, Ctrl-C is one line and exit 130, spreadsheet formulas neutralised, rule files are data.
"""

from __future__ import annotations

import csv
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.exit_codes import INTERRUPTED_LINE
from checker.report import FILES
from tests.conftest import ROOT, run_cli, run_unprivileged

SENTENCE = "Police said 12 people were injured in the crash."
REPORTS = tuple(name for _, name, _ in FILES)


@pytest.fixture
def previous(tmp_path) -> Path:
    """An --out folder holding the reports of an earlier run."""
    out = tmp_path / "out"
    out.mkdir()
    for name in REPORTS:
        (out / name).write_text(f"earlier {name}\n", encoding="utf-8")
    return out


def _unchanged(out: Path) -> bool:
    names = sorted(path.name for path in out.iterdir())
    return names == sorted(REPORTS) and all((out / n).read_text(encoding="utf-8") == f"earlier {n}\n" for n in names)


def _wait_until_ours(process: subprocess.Popen[str]) -> None:
    """Wait until factcheck's own code runs: it catches SIGTERM first thing (Python catches only SIGINT).

    Before that, Python is starting up and no code of factcheck's can answer a signal.
    """
    _wait_for(process, lambda status: _catches(status, signal.SIGTERM))


def _wait_until_busy(process: subprocess.Popen[str], cpu_seconds: float) -> None:
    """Wait until the process has spent `cpu_seconds` of CPU: its libraries loaded, its run under way."""
    _wait_until_ours(process)
    _wait_for(process, lambda _: _cpu_seconds(process.pid) >= cpu_seconds)


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a process, from /proc/PID/stat (fields 14 and 15, after the name)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _catches(status: str, signum: int) -> bool:
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & 1 << (signum - 1))


def _wait_for(process: subprocess.Popen[str], ready: Callable[[str], bool]) -> None:
    """Wait until `ready` holds of the process's /proc status text."""
    status = Path(f"/proc/{process.pid}/status")
    if not status.exists():
        pytest.skip("no /proc: cannot tell when start-up is over")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if ready(status.read_text()):
            return
        time.sleep(0.02)
    pytest.fail("factcheck ended or hung before it could be interrupted")


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["one process", "with the report process"])
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_an_interrupt_exits_130_with_one_line_and_keeps_the_previous_reports(tmp_path, previous, signum, jobs):
    articles = tmp_path / "articles"
    articles.mkdir()
    text = (SENTENCE + " About 30 homes were evacuated, officials said.\n") * 4000
    for number in range(8):
        (articles / f"{number}.txt").write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "checker", "run", articles, "--out", previous, "-q", "--jobs", jobs]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    _wait_until_busy(process, cpu_seconds=1.0)  # past the imports (half a second), into the articles
    os.killpg(process.pid, signum)  # as a terminal sends Ctrl-C: to every process of the run
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr == INTERRUPTED_LINE + "\n" and stdout == ""
    assert _unchanged(previous), "the previous reports are whole and no temporary file is left"


def test_a_ctrl_c_while_the_libraries_load_is_one_line_too(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    command = [sys.executable, "-m", "checker", "run", article, "--out", tmp_path / "out", "-q"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_until_ours(process)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr, stdout) == (130, INTERRUPTED_LINE + "\n", "")


def test_a_run_that_fails_while_writing_leaves_every_previous_report(tmp_path, previous, write):
    article = write("a.txt", SENTENCE)
    last = previous / REPORTS[-1]
    last.unlink()
    last.mkdir()  # the last report cannot be moved into place
    done = run_cli("run", article, "--out", previous, "-q")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and f"{previous}: cannot write the reports" in done.stderr
    assert sorted(path.name for path in previous.iterdir()) == sorted(REPORTS), "no temporary file is left"
    for name in REPORTS[:-1]:
        assert (previous / name).read_text(encoding="utf-8") == f"earlier {name}\n"


def test_reports_replace_the_previous_ones_and_are_readable_by_all(tmp_path, previous, write):
    done = run_cli("run", write("a.txt", SENTENCE), "--out", previous, "-q")
    assert done.returncode == 0, done.stderr
    assert sorted(path.name for path in previous.iterdir()) == sorted(REPORTS)
    assert all("earlier" not in (previous / name).read_text(encoding="utf-8") for name in REPORTS)
    umask = os.umask(0)
    os.umask(umask)
    assert all((previous / name).stat().st_mode & 0o777 == 0o666 & ~umask for name in REPORTS)


@pytest.mark.parametrize("case", ["a file", "below a file", "the input folder", "inside the input folder"])
def test_out_where_it_would_do_harm_is_refused(tmp_path, write, case):
    write("in/a.txt", SENTENCE)
    file = write("notes.txt", "not a folder")
    out, reason = {
        "a file": (file, "--out must be a folder"),
        "below a file": (file / "reports", "--out must be a folder"),
        "the input folder": (tmp_path / "in", "inside the input folder"),
        "inside the input folder": (tmp_path / "in" / "reports", "inside the input folder"),
    }[case]
    done = run_cli("run", tmp_path / "in", "--out", out)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"factcheck: {out}: ") and reason in done.stderr
    assert sorted(path.name for path in (tmp_path / "in").iterdir()) == ["a.txt"]


def test_out_without_write_permission_is_refused(shared_dir):
    (shared_dir / "a.txt").write_text(SENTENCE, encoding="utf-8")
    locked = shared_dir / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    done = run_unprivileged("run", shared_dir / "a.txt", "--out", locked / "reports")
    assert done.returncode == 2
    assert done.stderr == f"factcheck: {locked / 'reports'}: --out is not writable (permission denied on {locked})\n"


FORMULA_NAMES = ("=cmd.txt", "+sum.txt", "-2+3.txt", "@sum.txt", "\tx.txt", "\rx.txt")


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_csv_text_cells_cannot_start_a_formula_and_numbers_stay_numbers(tmp_path):
    (tmp_path / "in").mkdir()
    for name in FORMULA_NAMES:
        (tmp_path / "in" / name).write_text("Police said -12 degrees and 12 people were injured.", encoding="utf-8")
    done = run_cli("run", tmp_path / "in", "--out", tmp_path / "out", "-q", "--fail-on", "never")
    assert done.returncode == 0, done.stderr
    for table in ("claims.csv", "groups.csv"):
        with (tmp_path / "out" / table).open(encoding="utf-8", newline="") as stream:
            cells = [cell for row in csv.DictReader(stream) for cell in row.values() if cell]
        assert not [cell for cell in cells if cell[0] in "=+-@\t\r" and not _number(cell)], (table, cells)
        for name in (name.replace("\r", "\n") for name in FORMULA_NAMES):  # a CR in a cell is written as LF
            assert any(cell.startswith("'" + name) or f" {name}" in cell for cell in cells), (table, name)
    with (tmp_path / "out" / "claims.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["value"] for row in rows] == ["-12.0", "12.0"] * len(FORMULA_NAMES)
    assert {row["surface"] for row in rows} == {"'-12", "12"}


def test_rule_files_and_inputs_are_data_never_code():
    source = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "checker").rglob("*.py"))
    for call in (
        r"\beval\(",
        r"\bexec\(",
        r"\bpickle\b",
        r"\bmarshal\b",
        r"\byaml\b",
        r"__import__",
        r"(?<![.\w])compile\(",
    ):
        assert not re.search(call, source), f"{call} in checker/"
