"""The five seed articles against the hand-labelled gold file, through the installed CLI."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from checker.text import lemmatize, tokenize
from tests.conftest import SEEDS, SHARED

GOLD_FILE = SHARED / "gold" / "seeds.yaml"
pytestmark = pytest.mark.skipif(not GOLD_FILE.exists(), reason="../shared/gold/seeds.yaml is not beside the repo")


@pytest.fixture(scope="module")
def gold() -> dict:
    return yaml.safe_load(GOLD_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory, factcheck_executable) -> tuple[subprocess.CompletedProcess[str], dict, Path]:
    out = tmp_path_factory.mktemp("reports")
    done = subprocess.run([factcheck_executable, "run", str(SEEDS), "--out", str(out)], capture_output=True, text=True)
    return done, json.loads((out / "report.json").read_text(encoding="utf-8")), out


def _lemmas(text: str) -> set[str]:
    return {lemmatize(token.text) for token in tokenize(text) if token.is_word}


def _find_claim(report: dict, doc: str, surface: str, context: str | None) -> dict:
    texts = {d["id"]: Path(d["path"]).read_text(encoding="utf-8") for d in report["documents"]}
    candidates = [c for c in report["claims"] if c["document"] == doc and surface in c["surface"]]
    if context and len(candidates) > 1:
        anchor = texts[doc].find(context.split(" ... ")[0])
        candidates.sort(key=lambda c: abs(c["start"] - anchor))
    assert candidates, f"no claim {surface!r} in {doc}"
    return candidates[0]


def test_seeds_files_are_the_shared_ones_byte_for_byte():
    for shared in sorted((SHARED / "seeds").iterdir()):
        assert (SEEDS / shared.name).read_bytes() == shared.read_bytes()


def test_every_gold_claim_is_found_with_its_value_and_subject(gold, seeds_run):
    _, report, _ = seeds_run
    for expected in gold["claims"]:
        claim = _find_claim(report, expected["doc"], expected["surface"], expected.get("context"))
        if "value" in expected and "ratio" not in expected:
            assert claim["value"] == expected["value"], expected
        if "ratio" in expected:
            assert claim["value"] == expected["ratio"], expected
        if "low" in expected:
            assert claim["low"] == expected["low"], expected
        if "high" in expected:
            assert claim["high"] == expected["high"], expected
        counted = claim["counted"]
        assert counted, f"no counted noun for {expected}"
        assert _lemmas(counted) & _lemmas(expected["subject"]), (counted, expected["subject"])


def test_every_gold_attribution_names_the_speaker(gold, seeds_run):
    """The speaker's names (or, for "unconfirmed reports", its words) are in the claim's attribution."""
    _, report, _ = seeds_run
    for expected in (claim for claim in gold["claims"] if "attribution" in claim):
        claim = _find_claim(report, expected["doc"], expected["surface"], expected.get("context"))
        words = expected["attribution"].split(" (")[0].split()
        names = [word for word in words if word[0].isupper()] or words
        assert claim["attribution"] and all(name in claim["attribution"] for name in names), (expected, claim)


def test_no_gold_non_claim_is_a_claim(gold, seeds_run):
    _, report, _ = seeds_run
    for expected in gold["not_claims"]:
        text = (SEEDS / expected["doc"]).read_text(encoding="utf-8")
        start = text.find(expected["surface"])
        assert start >= 0, expected
        end = start + len(expected["surface"])
        clashes = [
            c for c in report["claims"] if c["document"] == expected["doc"] and c["start"] < end and start < c["end"]
        ]
        assert not clashes, (expected, clashes)


def test_gold_groups_and_verdicts(gold, seeds_run):
    _, report, _ = seeds_run
    claims = {c["id"]: c for c in report["claims"]}
    groups = {g["id"]: g for g in report["groups"]}
    for expected in gold["groups"]:
        wanted = _lemmas(expected["subject"])
        matching = [
            g
            for g in report["groups"]
            if _lemmas(g["subject"]) <= wanted | {"change"} and _lemmas(g["subject"]) & wanted
        ]
        assert len(matching) == 1, (expected["subject"], [g["subject"] for g in report["groups"]])
        group = groups[matching[0]["id"]]
        assert group["verdict"] == expected["verdict"], (expected["subject"], group)
        assert len(group["claims"]) == len(expected["claims"]), (expected["subject"], group)
        for claim_id in group["claims"]:
            assert claims[claim_id]["group"] == group["id"]
    assert [g["subject"] for g in report["groups"] if g["verdict"] == "conflict"] == ["security personnel killed"]


def test_security_personnel_conflict_explains_the_revision(seeds_run):
    _, report, _ = seeds_run
    group = next(g for g in report["groups"] if g["subject"] == "security personnel killed")
    claims = [c for c in report["claims"] if c["group"] == group["id"]]
    assert sorted(c["value"] for c in claims) == [16, 16, 16, 17]
    assert all(c["superseded"] for c in claims if c["value"] == 16)
    assert not any(c["superseded"] for c in claims if c["value"] == 17)
    assert next(c for c in claims if c["id"] == group["newest"])["value"] == 17
    revised = [c for c in claims if c["document"] == "001_6e694116ac642bdc.txt" and c["value"] == 16]
    assert revised and all(c["superseded_by"] == group["newest"] for c in revised)
    explanation = group["explanation"]
    for needed in ("001_6e694116ac642bdc.txt", "003_b7af040f00cc85d0.txt", "16", "17", "newer"):
        assert needed in explanation, (needed, explanation)


def test_almost_8000_is_an_interval_below_8000(seeds_run):
    _, report, _ = seeds_run
    claim = next(c for c in report["claims"] if c["surface"] == "almost 8,000")
    assert claim["high"] == 8000 and claim["low"] < 8000 and claim["qualifier"] == "almost"
    assert claim["subject"] == "people detained"


def test_exit_codes_on_the_seeds(seeds_run, factcheck_executable, tmp_path):
    done, _, _ = seeds_run
    assert done.returncode == 1, done.stderr
    passing = subprocess.run(
        [factcheck_executable, "run", str(SEEDS), "--out", str(tmp_path), "--fail-on", "never"],
        capture_output=True,
        text=True,
    )
    assert passing.returncode == 0, passing.stderr


def test_second_run_writes_byte_identical_csv_and_json(seeds_run, factcheck_executable, tmp_path):
    _, _, first = seeds_run
    subprocess.run([factcheck_executable, "run", str(SEEDS), "--out", str(tmp_path), "-q"], check=False)
    for name in ("claims.csv", "groups.csv", "report.json"):
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name
