"""Rule files: every rule's examples hold, and bad rule files stop the run with one clear line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker import extract_text, load_rules
from checker.rules import RuleError, default_rules_dir
from tests.conftest import SEEDS, run_cli

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda rule: f"{rule.kind}:{rule.id}")
def test_rule_examples(rule):
    for text in rule.examples_match:
        assert rule.matches(text), f"{rule.kind} '{rule.id}' should match {text!r}"
    for text in rule.examples_no_match:
        assert not rule.matches(text), f"{rule.kind} '{rule.id}' should not match {text!r}"


@pytest.mark.parametrize("rule", RULES.of("nonclaim"), ids=lambda rule: rule.id)
def test_nonclaim_examples_leave_no_claim_where_they_match(rule):
    for text in rule.examples_match:
        spans = [m.span() for m in rule.pattern.finditer(text)]
        claims = extract_text(text, RULES)
        assert not [c for c in claims if any(c.start < e and s < c.end for s, e in spans)], (rule.id, text, claims)


@pytest.mark.parametrize(
    "rule", [rule for kind in ("nonclaim", "attribution") for rule in RULES.of(kind) if rule.needs], ids=lambda r: r.id
)
def test_matches_hold_what_the_rule_needs(rule):
    for text in rule.examples_match + rule.examples_no_match:
        searched = text if rule.case_sensitive else text.lower()
        for match in rule.pattern.finditer(searched):
            assert any(needed in match.group() for needed in rule.needs), (rule.id, match.group())


@pytest.mark.parametrize("rule", RULES.of("qualifier"), ids=lambda rule: rule.id)
def test_qualifier_examples_give_the_qualifier(rule):
    for text in rule.examples_match:
        assert any(claim.qualifier == rule.id for claim in extract_text(text, RULES)), (rule.id, text)


@pytest.mark.parametrize("rule", RULES.of("actor"), ids=lambda rule: rule.id)
def test_actor_examples_count_the_people_who_did_it(rule):
    for text in rule.examples_match:
        assert [c for c in extract_text(text, RULES) if c.subject == f"people {rule.id}"], (rule.id, text)
    for text in rule.examples_no_match:
        assert not [c for c in extract_text(text, RULES) if c.subject == f"people {rule.id}"], (rule.id, text)


def _rules_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), folder)
    return folder


_EXAMPLES = "examples.match = ['x']\nexamples.no_match = ['y']\n"
BAD_RULES = {
    "unknown key": (
        "events.toml",
        "[[event]]\nid = 'x'\nphrases = ['x']\nphrase = 'typo'\nexamples.match = ['x']\nexamples.no_match = ['y']\n",
        "unknown key 'phrase'",
    ),
    "wrong type": (
        "events.toml",
        "[[event]]\nid = 'x'\nphrases = 'x'\nexamples.match = ['x']\nexamples.no_match = ['y']\n",
        "'phrases' has the wrong type",
    ),
    "invalid regex": (
        "nonclaims.toml",
        "[[nonclaim]]\nid = 'x'\nwhy = 'x'\npattern = '(unclosed'\nexamples.match = ['x']\nexamples.no_match = ['y']\n",
        "not a valid regular expression",
    ),
    "needs in capitals": (
        "nonclaims.toml",
        f"[[nonclaim]]\nid = 'x'\nwhy = 'x'\npattern = 'x'\nneeds = ['X']\n{_EXAMPLES}",
        "'needs' are looked for in lower-cased text",
    ),
    "no examples": ("events.toml", "[[event]]\nid = 'x'\nphrases = ['x']\n", "missing key 'examples'"),
    "unknown kind": ("extra.toml", "[[events]]\nid = 'x'\n", "unknown key 'events'"),
    "not toml": ("extra.toml", "[[event]\n", "cannot be read as TOML"),
    "duplicate id": (
        "more_events.toml",
        f"[[event]]\nid = 'killed'\nphrases = ['x']\n{_EXAMPLES}",
        "duplicate id 'killed'",
    ),
    "unknown figure kind": (
        "extra.toml",
        f"[[event]]\nid = 'x'\nphrases = ['x']\nkinds = ['kount']\n{_EXAMPLES}",
        "'kinds'",
    ),
    "a role that is no word": (
        "extra.toml",
        f"[[event]]\nid = 'x'\nphrases = ['x']\nrole = 1\n{_EXAMPLES}",
        "'role' has the wrong type",
    ),
    "not a number": ("extra.toml", f"[[ratio]]\nid = 'x'\nphrases = ['x']\nfactor = nan\n{_EXAMPLES}", "'factor'"),
    "negative": (
        "extra.toml",
        f"[[revision]]\nid = 'x'\nphrases = ['x']\ndirection = 'newer'\nwindow = -5\n{_EXAMPLES}",
        "'window' must be a number of at least 0",
    ),
    "empty interval": ("extra.toml", f"[[vague]]\nid = 'x'\nphrases = ['x']\nlow = 9\nhigh = 2\n{_EXAMPLES}", "'low'"),
}


@pytest.mark.parametrize("case", BAD_RULES, ids=str)
def test_bad_rule_file_is_one_line_naming_file_and_key(tmp_path, case):
    name, content, message = BAD_RULES[case]
    folder = _rules_copy(tmp_path)
    (folder / name).write_text(content, encoding="utf-8")
    done = run_cli("run", SEEDS, "--rules", folder, "--out", tmp_path / "out")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and message in lines[0], done.stderr
    assert not (tmp_path / "out").exists(), "no work may be done with bad rules"


def test_duplicate_ids_are_refused(tmp_path):
    folder = _rules_copy(tmp_path)
    original = (folder / "events.toml").read_text(encoding="utf-8")
    (folder / "more_events.toml").write_text(original, encoding="utf-8")
    with pytest.raises(RuleError, match="duplicate id 'killed'"):
        load_rules(folder)


def test_empty_rules_folder_is_refused(tmp_path):
    done = run_cli("run", SEEDS, "--rules", tmp_path, "--out", tmp_path / "out")
    assert done.returncode == 2 and "no rule files" in done.stderr


def test_an_editor_can_add_an_alias(tmp_path, write):
    folder = _rules_copy(tmp_path)
    with (folder / "subjects.toml").open("a", encoding="utf-8") as stream:
        stream.write(
            '\n[[subject]]\nid = "firefighters"\nphrases = ["firefighters", "firemen"]\n'
            'examples.match = ["two firemen"]\nexamples.no_match = ["two men"]\n'
        )
    claims = extract_text("Two firemen were injured.", load_rules(folder))
    assert [(c.value, c.subject) for c in claims] == [(2, "firefighters injured")]
