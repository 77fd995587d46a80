"""The pipeline as a whole: worker processes change nothing in the output, and a run leaves no trace."""

from __future__ import annotations

import gc

import pytest

from checker import check, report
from checker.report import FILES, FORMATS, report_process, write_reports
from tests.conftest import run_cli

REPORTS = tuple(name for _, name, _ in FILES)

TOWNS = ["Avon", "Bray", "Cole", "Dunn"]


def _articles(folder, count: int) -> None:
    """`count` short made-up articles, enough for `run` to start worker processes."""
    folder.mkdir()
    for number in range(count):
        town = TOWNS[number % len(TOWNS)]
        text = (
            f"Storm in {town}\n\nPolice said {number % 5 + 2} people were killed and about {10 + number} "
            f"injured in {town} on Monday. A firefighter was hurt; 3 and 4 kg of debris fell.\n"
        )
        (folder / f"{number:03d}_{town.lower()}.txt").write_text(text, encoding="utf-8")


def test_worker_processes_give_byte_identical_reports(tmp_path):
    _articles(tmp_path / "articles", 40)
    reports = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        result = run_cli("run", tmp_path / "articles", "--out", out, "--jobs", jobs, "--fail-on", "never", "-q")
        assert result.returncode == 0, result.stderr
        reports[jobs] = {name: (out / name).read_bytes() for name in REPORTS}
    assert reports["1"] == reports["2"]
    assert b"firefighter" in reports["1"]["report.json"]


@pytest.mark.parametrize("page_aside", [1, 10**9], ids=["a large run's page", "a small run's CSV files"])
def test_reports_written_in_a_second_process_change_nothing(tmp_path, monkeypatch, page_aside):
    _articles(tmp_path / "articles", 20)
    result = check([tmp_path / "articles"], jobs=1)
    monkeypatch.setattr(report, "_CLAIMS_FOR_THE_PAGE_ASIDE", page_aside)
    reports = {}
    for jobs in (1, 2):
        with report_process(FORMATS, jobs) as second:
            assert (second is None) == (jobs == 1)
            written = write_reports(result, tmp_path / f"out-{jobs}", second=second)
        reports[jobs] = {path.name: path.read_bytes() for path in written}
    assert reports[1] == reports[2] and sorted(reports[2]) == sorted(REPORTS)
    assert b"firefighter" in reports[2]["claims.csv"] and b"firefighter" in reports[2]["report.html"]
    assert sorted(path.name for path in (tmp_path / "out-2").iterdir()) == sorted(REPORTS), "no temporary file left"


def test_a_run_leaves_the_garbage_collector_as_it_was(tmp_path):
    _articles(tmp_path / "articles", 2)
    assert gc.isenabled()
    result = check([tmp_path / "articles"])
    assert len(result.documents) == 2 and result.claims
    assert gc.isenabled()
    gc.disable()
    try:
        check([tmp_path / "articles"])
        assert not gc.isenabled()
    finally:
        gc.enable()
