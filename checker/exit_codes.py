"""Exit codes, and the one function that decides which applies to a run."""

from __future__ import annotations

from enum import IntEnum

from checker.model import RunResult, Verdict


class ExitCode(IntEnum):
    """What `factcheck` tells the shell."""

    OK = 0  # the gate passes
    GATE_FAILED = 1  # at least one group at or above --fail-on
    USAGE = 2  # usage error, no readable input, or invalid rule files
    INTERRUPTED = 130  # Ctrl-C


# --fail-on levels, from the most to the least severe verdict that fails the gate.
FAIL_ON = {
    "conflict": (Verdict.CONFLICT,),
    "update": (Verdict.CONFLICT, Verdict.UPDATE),
    "never": (),
}


def exit_code(result: RunResult, fail_on: str) -> ExitCode:
    """0 when the gate passes, 1 when a group's verdict is at or above `fail_on`, 2 with no input."""
    if not result.documents:
        return ExitCode.USAGE
    failing = FAIL_ON[fail_on]
    return ExitCode.GATE_FAILED if any(group.verdict in failing for group in result.groups) else ExitCode.OK
