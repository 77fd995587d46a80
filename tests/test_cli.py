"""The command line as a user meets it: help, version, run, extract, bad input, reports."""

from __future__ import annotations

import csv
import json
import subprocess

import pytest

from checker import __version__
from tests.conftest import SEEDS, run_cli


def test_version(factcheck_executable):
    done = subprocess.run([factcheck_executable, "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == f"factcheck {__version__}"


@pytest.mark.parametrize("command", [[], ["run"], ["accept"], ["extract"]])
def test_help_on_every_command(command):
    done = run_cli(*command, "--help")
    assert done.returncode == 0 and "Usage" in done.stdout


def test_usage_error_exits_2(tmp_path):
    done = run_cli("run", SEEDS, "--fail-on", "sometimes", "--out", tmp_path)
    assert done.returncode == 2


def test_bad_files_are_one_line_each_and_the_others_are_still_checked(tmp_path, tmp_path_factory, write):
    write("good.txt", "Police said 12 people were injured in the crash.")
    write("empty.txt", "")
    write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write("latin.txt", "Caf\xe9 owners said 3 people were hurt in the caf\xe9.".encode("latin-1"))
    out = tmp_path_factory.mktemp("out")
    done = run_cli("run", tmp_path, "--out", out, "--fail-on", "never")
    assert done.returncode == 0, done.stderr
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 2 and "Traceback" not in done.stderr
    for name, reason in (("empty.txt", "empty"), ("image.txt", "binary")):
        assert any(name in line and reason in line for line in errors), (name, errors)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"]] == ["good.txt", "latin.txt"]
    assert report["claims"][1]["sentence"].startswith("Café owners")
    assert [(c["document"], c["value"], c["subject"]) for c in report["claims"]] == [
        ("good.txt", 12, "people injured"),
        ("latin.txt", 3, "people injured"),
    ]


def test_no_readable_input_exits_2(tmp_path):
    done = run_cli("run", tmp_path / "missing.txt", "--out", tmp_path / "out")
    assert done.returncode == 2
    assert "missing.txt" in done.stderr and "no such file" in done.stderr


def test_run_writes_all_reports_and_a_summary(tmp_path):
    done = run_cli("run", SEEDS, "--out", tmp_path)
    assert done.returncode == 1
    assert done.stdout.index("conflict") < done.stdout.index("single-source")
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["claims.csv", "groups.csv", "report.html", "report.json", "report.sarif"]
    rows = list(csv.DictReader((tmp_path / "groups.csv").open(encoding="utf-8")))
    assert any(row["verdict"] == "conflict" and row["subject"] == "security personnel killed" for row in rows)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "security personnel killed" in html and "://" not in html.split("<body>")[0]


def test_format_option_limits_the_files(tmp_path):
    done = run_cli("run", SEEDS, "--out", tmp_path, "--format", "json", "--fail-on", "never", "-q")
    assert done.returncode == 0 and done.stdout == ""
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.json"]


def test_extract_from_standard_input_prints_json_lines():
    done = run_cli("extract", "-", stdin="Almost 8,000 people were detained on 10 January 2022.")
    assert done.returncode == 0, done.stderr
    claims = [json.loads(line) for line in done.stdout.splitlines()]
    assert claims == [
        {
            "document": "-",
            "start": 0,
            "end": 12,
            "surface": "Almost 8,000",
            "value": 8000.0,
            "low": 7200.0,
            "high": 8000.0,
            "unit": "people",
            "qualifier": "almost",
            "counted": "people",
        }
    ]


def test_extract_reads_folders(tmp_path, write):
    write("a/one.md", "---\ntitle: Floods\ndate: 2024-05-01\n---\nAt least 30 homes were evacuated.\n")
    write(
        "b.html",
        "<html><head><title>T</title><script>var x = 99;</script></head>"
        "<body><p>Up to 16 were injured.</p></body></html>",
    )
    done = run_cli("extract", tmp_path)
    claims = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(c["document"], c["value"], c["low"], c["high"]) for c in claims] == [
        ("a/one.md", 30.0, 30.0, None),
        ("b.html", 16.0, 14.4, 16.0),
    ]


def test_csv_cells_cannot_run_as_formulas(tmp_path, write):
    write("a.txt", '=HYPERLINK("x") Police said 12 people were injured.')
    run_cli("run", tmp_path / "a.txt", "--out", tmp_path / "out", "-q")
    rows = list(csv.DictReader((tmp_path / "out" / "claims.csv").open(encoding="utf-8")))
    assert rows and all(not cell.startswith("=") for row in rows for cell in row.values())
    assert rows[0]["value"] == "12.0"
