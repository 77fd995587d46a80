"""Helpers shared by the evaluation scripts: where the data lives, running the CLI, small maths.

The scripts only use factcheck's public interface, the command line, run as
`python -m checker ...` with the interpreter that runs the script, so they work from the
project's virtualenv without installing anything else into it.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO_ROOT.parent / "shared"

REL_TOL = 1e-6


class CheckerError(RuntimeError):
    """The factcheck command failed or produced no usable output."""


def add_shared_option(parser: argparse.ArgumentParser) -> None:
    """Add the `--shared DIR` option (the folder that holds `bench/` and `dev/`)."""
    parser.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help="folder holding the evaluation data (default: ../shared next to the repository)",
    )


def run_checker(args: list[str], *, timeout: float = 1800) -> subprocess.CompletedProcess[str]:
    """Run `python -m checker ARGS` from the repository root and return the finished process.

    The repository root is put first on PYTHONPATH so that the working copy is what runs,
    whether or not the package is installed in the interpreter's environment.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env.setdefault("PYTHONIOENCODING", "utf-8")
    command = [sys.executable, "-m", "checker", *args]
    try:
        return subprocess.run(
            command,
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise CheckerError(f"`checker {' '.join(args[:1])}` timed out after {timeout:.0f} s") from exc


def last_lines(text: str, n: int = 5) -> str:
    """The last `n` non-empty lines of `text`, for short error messages."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return "\n".join(lines[-n:])


def same_number(a: float | None, b: float | None) -> bool:
    """Whether two numbers are equal within a relative tolerance of 1e-6 (None equals nothing)."""
    if a is None or b is None:
        return False
    return math.isclose(float(a), float(b), rel_tol=REL_TOL, abs_tol=1e-9)


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open character spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def ratio(part: float, whole: float) -> float:
    """`part / whole`, or 0.0 when `whole` is 0."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
