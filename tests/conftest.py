"""Shared fixtures: paths, the shared gold material, and a way to run the installed CLI."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests and fuzzing: a small fixed budget in CI (derandomized, so a run is repeatable), the same
# budget with fresh random cases by default, and a long run on demand: HYPOTHESIS_PROFILE=fuzz make test.
settings.register_profile("dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", settings.get_profile("dev"), derandomize=True)
settings.register_profile("fuzz", settings.get_profile("dev"), max_examples=3000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


def run_cli(*args: str | Path, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m checker` with the arguments, as a user would, and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "checker", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture(scope="session")
def factcheck_executable() -> str:
    """The installed `factcheck` console script."""
    found = shutil.which("factcheck", path=str(Path(sys.executable).parent))
    assert found, "factcheck is not installed in this environment"
    return found


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def shared_dir():
    """A folder that an unprivileged user can enter (pytest's own temporary folders are private)."""
    folder = Path(tempfile.mkdtemp())
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def run_unprivileged(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user without special rights (as `nobody` when the tests run as root)."""
    command = [*_unprivileged(), sys.executable, "-m", "checker", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=Path.cwd())


@functools.cache
def _unprivileged() -> tuple[str, ...]:
    """The command prefix that drops root's rights; skips the test when that cannot run factcheck."""
    if os.geteuid() != 0:
        return ()
    prefix = (shutil.which("setpriv") or "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
    try:
        probe = subprocess.run([*prefix, sys.executable, "-c", "import checker"], capture_output=True, timeout=60)
    except OSError:
        probe = None
    if probe is None or probe.returncode != 0:
        pytest.skip("running as root, and an unprivileged user cannot run factcheck here")
    return prefix
