"""Exit codes, and the one function that decides which applies to a run."""

from __future__ import annotations

from enum import IntEnum

from checker.model import Gate, RunResult


class ExitCode(IntEnum):
    """What `factcheck` tells the shell."""

    OK = 0  # the gate passes
    GATE_FAILED = 1  # at least one new finding at or above --fail-on
    USAGE = 2  # usage error, no readable input, or invalid rule files
    INTERRUPTED = 130  # Ctrl-C


# What an interrupted run says, whenever the Ctrl-C or SIGTERM comes.
INTERRUPTED_LINE = "factcheck: interrupted; the previous reports are left as they were"


# --fail-on: the finding levels that fail the gate. "conflict" and "update" are the names of
# before findings had levels: a conflict is an error, an update's superseded figure a warning.
FAIL_ON = {
    "error": ("error",),
    "warning": ("error", "warning"),
    "never": (),
    "conflict": ("error",),
    "update": ("error", "warning"),
}


def decide(result: RunResult, fail_on: str) -> Gate:
    """The gate at level `fail_on`: it fails on a new finding whose level is at or above it."""
    failing = [f for f in result.findings if f.status == "new" and f.level in FAIL_ON[fail_on]]
    if failing:
        levels = sorted({f.level for f in failing}, key=FAIL_ON["warning"].index)
        counts = {level: sum(f.level == level for f in failing) for level in levels}
        named = " and ".join(f"{n} new {level}{'s' if n != 1 else ''}" for level, n in counts.items())
        return Gate(False, named, result.findings)
    if fail_on == "never":
        return Gate(True, "--fail-on never", result.findings)
    return Gate(True, f"no new finding at level {FAIL_ON[fail_on][-1]} or above", result.findings)


def exit_code(gate: Gate) -> ExitCode:
    """0 when the gate passes, 1 when it fails."""
    return ExitCode.OK if gate.passed else ExitCode.GATE_FAILED
