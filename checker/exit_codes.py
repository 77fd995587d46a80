"""Exit codes, and the one function that decides which applies to a run."""

from __future__ import annotations

from enum import IntEnum

from checker.model import RunResult


class ExitCode(IntEnum):
    """What `factcheck` tells the shell."""

    OK = 0  # the gate passes
    GATE_FAILED = 1  # at least one new finding at or above --fail-on
    USAGE = 2  # usage error, no readable input, or invalid rule files
    INTERRUPTED = 130  # Ctrl-C


# --fail-on: the finding levels that fail the gate. "conflict" and "update" are the names of
# before findings had levels: a conflict is an error, an update's superseded figure a warning.
FAIL_ON = {
    "error": ("error",),
    "warning": ("error", "warning"),
    "never": (),
    "conflict": ("error",),
    "update": ("error", "warning"),
}


def exit_code(result: RunResult, fail_on: str) -> ExitCode:
    """0 when the gate passes, 1 when a new finding's level is at or above `fail_on`, 2 with no input."""
    if not result.documents:
        return ExitCode.USAGE
    failing = FAIL_ON[fail_on]
    new = (finding for finding in result.findings if finding.status == "new")
    return ExitCode.GATE_FAILED if any(finding.level in failing for finding in new) else ExitCode.OK
