"""The baseline: findings an editor has signed off, kept by fingerprint in a JSON file.

`factcheck accept` writes it from a run; later runs read it, and a finding whose fingerprint is in
it is listed as accepted instead of failing the gate.
"""

from __future__ import annotations

import json
from pathlib import Path

from checker.model import RunResult

SCHEMA_VERSION = 1
DEFAULT_BASELINE = Path(".factcheck-baseline.json")


class BaselineError(Exception):
    """A baseline file that cannot be used; the message is one line naming the file."""


def read_baseline(path: Path | None) -> frozenset[str]:
    """The accepted fingerprints in `path`, a file named on the command line, which must exist.

    Without a path, those in the default baseline, or none when it does not exist (yet).
    """
    if path is None:
        if not DEFAULT_BASELINE.exists():
            return frozenset()
        path = DEFAULT_BASELINE
    elif not path.exists():
        raise BaselineError(f"{path}: no such baseline file (`factcheck accept --baseline {path}` writes one)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return frozenset(entry["fingerprint"] for entry in data["accepted"] if isinstance(entry["fingerprint"], str))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise BaselineError(f"{path}: not a factcheck baseline ({type(error).__name__}: {error})") from None


def baseline_json(result: RunResult) -> str:
    """The baseline of a run: every finding not silenced inline, one entry per fingerprint."""
    entries = {
        finding.fingerprint: {
            "fingerprint": finding.fingerprint,
            "code": finding.code,
            "name": finding.name,
            "document": finding.document,
            "message": finding.message,
        }
        for finding in result.findings
        if finding.status != "suppressed"
    }
    ordered = sorted(entries.values(), key=lambda e: (e["document"], e["code"], e["message"], e["fingerprint"]))
    return json.dumps({"schema_version": SCHEMA_VERSION, "accepted": ordered}, ensure_ascii=False, indent=2) + "\n"
