"""The editor's gate: a draft against its sources, findings with codes and levels, --fail-on,
the baseline, inline suppression, SARIF and line output, the pre-commit hook, the progress bar."""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from checker import check, load_rules
from checker.findings import KINDS
from checker.rules import default_rules_dir
from tests.conftest import ROOT, run_cli

DRAFT = """# Draft

Police said 16 security officers were killed.

Officials said 500 people were detained.

Doctors said 40 people were injured.

Firefighters said 12 homes were evacuated.

The 3 of them met.
"""
SOURCES = {
    "sources/a_2022-01-05.txt": "Police said 16 security officers were killed. Officials said 300 people were "
    "detained. Doctors said 40 people were injured.\n",
    "sources/b_2022-01-07.txt": "Officials said 17 security officers were killed. Police said 300 people were "
    "detained.\n",
    "sources/c.txt": "Reports said 55 people were injured.\n",
}
# What the draft's figures get: (line, code, name, level).
EXPECTED = [
    ("3", "FC02", "superseded", "warning"),
    ("5", "FC01", "conflict", "error"),
    ("7", "FC04", "disputed", "warning"),
    ("9", "FC03", "unsupported", "warning"),
    ("11", "FC05", "unchecked", "info"),
]
_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<code>FC\d\d) (?P<level>\w+)(?P<accepted> \(accepted\))?: "
    r".* \[(?P<name>[\w-]+)\]$"
)


@pytest.fixture
def newsroom(tmp_path, write):
    """A draft and its three sources in tmp_path (the working folder of the runs)."""
    write("draft.md", DRAFT)
    for name, text in SOURCES.items():
        write(name, text)
    return tmp_path


def _lines(done: subprocess.CompletedProcess[str]) -> list[dict[str, str]]:
    matches = [_LINE.match(line) for line in done.stdout.splitlines()]
    assert all(matches), done.stdout
    return [match.groupdict() for match in matches]


def test_draft_against_sources_gives_one_line_per_finding(newsroom):
    done = run_cli("run", "draft.md", "--against", "sources", "--format", "lines", cwd=newsroom)
    assert done.returncode == 1, done.stderr
    found = _lines(done)
    assert [(f["line"], f["code"], f["name"], f["level"]) for f in found] == EXPECTED
    assert {f["path"] for f in found} == {"draft.md"}, "only the draft's figures give findings"
    assert found[0]["column"] == "13", "the column of the figure 16 on its line"
    assert not (newsroom / "reports").exists(), "--format lines alone writes no report files"


def test_the_summary_shows_the_draft_s_figures_apart_worst_finding_first(newsroom):
    done = run_cli("run", "draft.md", "--against", "sources", "--out", "out", "--format", "json", cwd=newsroom)
    table = done.stdout.split("\n\n")[0].splitlines()
    assert table[0].split() == ["verdict", "subject", "draft", "sources"]
    rows = [re.split(r"\s{2,}", line.strip()) for line in table[2:]]
    # Errors first, then warnings; among those, the sources' own verdict: their injured disagree,
    # while their officers killed were revised (a later report gives 17), which the draft missed.
    assert [row[:3] for row in rows] == [
        ["consistent", "people detained", "500 (conflict)"],
        ["conflict", "people injured", "40 (disputed)"],
        ["update", "security officers killed", "16 (superseded)"],
        ["single-source", "homes evacuated", "12 (unsupported)"],
    ]
    assert rows[0][3] == "a: 300; b: 300" and len(rows[3]) == 3


def test_a_draft_that_agrees_with_its_sources_has_no_findings(tmp_path, write):
    write("draft.md", "Police said 16 security officers were killed.\n")
    write("sources/a.txt", "Police said sixteen security officers were killed.\n")
    assert check([tmp_path / "draft.md"], against=[tmp_path / "sources"]).findings == ()


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 1), ("update", 1)])
def test_fail_on_levels_with_a_warning(tmp_path, write, fail_on, code):
    write("draft.md", "Police said 16 security officers were killed. Firefighters said 30 homes were evacuated.\n")
    write("sources/a.txt", "Police said 16 security officers were killed.\n")
    done = run_cli("run", "draft.md", "--against", "sources", "--fail-on", fail_on, "-q", cwd=tmp_path)
    assert done.returncode == code, done.stderr


def test_sources_that_disagree_among_themselves_give_no_finding(tmp_path, write):
    write("draft.txt", "Officials said 300 people were detained.\n")
    write("a.txt", "Police said 16 security officers were killed. Officials said 300 people were detained.\n")
    write("b.txt", "Police said 19 security officers were killed.\n")
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    alone = check([tmp_path / "draft.txt", *paths])
    assert [(f.document, f.name) for f in alone.findings] == [("a.txt", "conflict"), ("b.txt", "conflict")]
    against = check([tmp_path / "draft.txt"], against=paths)
    assert against.drafts == ("draft.txt",) and against.findings == ()


def test_a_revision_in_a_newer_source_supersedes_the_draft(tmp_path, write):
    write("draft.txt", "Police said 16 security officers were killed.\n")
    write("a.txt", "Police said 16 security officers were killed.\n")
    write("b.txt", "The number of security officers killed has risen to 18, police said.\n")
    result = check([tmp_path / "draft.txt"], against=[tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [(f.code, f.name, f.level) for f in result.findings] == [("FC02", "superseded", "warning")]
    assert "b.txt: 18" in result.findings[0].message


def test_update_across_articles_is_a_warning_without_against(tmp_path, write):
    write("a_2022-01-05.txt", "Police said 16 security officers were killed.\n")
    write("b_2022-01-07.txt", "Officials said 17 security officers were killed.\n")
    done = run_cli("run", tmp_path / "a_2022-01-05.txt", tmp_path / "b_2022-01-07.txt", "--format", "lines")
    assert done.returncode == 0, "an update fails only --fail-on warning"
    assert [(f["code"], f["name"]) for f in _lines(done)] == [("FC02", "superseded")]
    assert _lines(done)[0]["path"].endswith("a_2022-01-05.txt")


def test_an_out_of_date_figure_names_only_newer_figures_not_a_same_day_one_also_revised(tmp_path, write):
    write("a_2022-01-05.txt", "Police said two officers were killed.\n")
    write("b_2022-01-05.txt", "Officials said three officers were killed.\n")
    write("c_2022-01-06.txt", "The number of officers killed has risen to four, police said.\n")
    result = check([tmp_path])
    messages = {f.document: f.message for f in result.findings if f.name == "superseded"}
    assert sorted(messages) == ["a_2022-01-05.txt", "b_2022-01-05.txt"]
    for message in messages.values():
        assert message.endswith("is out of date: c_2022-01-06.txt: four is newer"), message


def test_levels_are_set_in_the_rule_files(newsroom, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    (rules / "findings.toml").write_text('[levels]\nunsupported = "error"\nunchecked = "off"\n', encoding="utf-8")
    result = check([newsroom / "draft.md"], load_rules(rules), against=[newsroom / "sources"])
    levels = {f.name: f.level for f in result.findings}
    assert levels == {"superseded": "warning", "conflict": "error", "disputed": "warning", "unsupported": "error"}
    done = run_cli("run", "draft.md", "--against", "sources", "--format", "lines", "--level", "FC03=off", cwd=newsroom)
    assert [f["name"] for f in _lines(done)] == ["superseded", "conflict", "disputed", "unchecked"]
    (rules / "findings.toml").write_text('[levels]\nunsupported = "fatal"\n', encoding="utf-8")
    done = run_cli("run", "draft.md", "--against", "sources", "--rules", rules, cwd=newsroom)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "findings.toml" in done.stderr and "levels.unsupported" in done.stderr


def test_readme_documents_every_finding():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Findings", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| `(FC\d\d)` \| `([\w-]+)` \| (\w+) \| (.+?) \|$", section, re.MULTILINE)
    levels = dict(load_rules().levels)
    assert rows == [(kind.code, kind.name, levels[kind.name], kind.summary) for kind in KINDS]


def test_accepted_findings_do_not_fail_until_the_figure_changes(newsroom):
    baseline = newsroom / "signed-off.json"
    done = run_cli("accept", "draft.md", "--against", "sources", "--baseline", baseline, cwd=newsroom)
    assert done.returncode == 0 and "accepted 5 findings" in done.stdout, done.stderr
    entries = json.loads(baseline.read_text(encoding="utf-8"))["accepted"]
    assert sorted(e["code"] for e in entries) == ["FC01", "FC02", "FC03", "FC04", "FC05"]
    # Moving the paragraphs down does not change what the findings say.
    (newsroom / "draft.md").write_text(DRAFT.replace("# Draft\n", "# Draft\n\nA new first paragraph.\n"), "utf-8")
    sarif = ("--format", "sarif", "--out", "out")
    done = run_cli(
        "run", "draft.md", "--against", "sources", "--baseline", baseline, "--format", "lines", *sarif, cwd=newsroom
    )
    assert done.returncode == 0, done.stdout
    found = _lines(done)
    assert len(found) == 5 and all(f["accepted"] for f in found) and found[0]["line"] == "5"
    results = json.loads((newsroom / "out" / "report.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [r["suppressions"][0]["kind"] for r in results] == ["external"] * 5
    # A changed figure is a new finding.
    (newsroom / "draft.md").write_text(DRAFT.replace("500 people", "600 people"), "utf-8")
    done = run_cli("run", "draft.md", "--against", "sources", "--baseline", baseline, "--format", "lines", cwd=newsroom)
    assert done.returncode == 1
    assert [f["code"] for f in _lines(done) if not f["accepted"]] == ["FC01"]


def test_a_broken_baseline_is_one_line_and_exit_2(newsroom):
    (newsroom / ".factcheck-baseline.json").write_text("{not json", encoding="utf-8")
    done = run_cli("run", "draft.md", "--against", "sources", cwd=newsroom)
    assert done.returncode == 2 and ".factcheck-baseline.json" in done.stderr and "Traceback" not in done.stderr


def test_a_baseline_named_but_missing_is_one_line_and_exit_2_the_default_one_is_not_needed(newsroom):
    done = run_cli("run", "draft.md", "--against", "sources", "--baseline", "signed-off.json", "-q", cwd=newsroom)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "signed-off.json: no such baseline file" in done.stderr
    assert not (newsroom / "reports").exists(), "no work is done"
    done = run_cli("run", "draft.md", "--against", "sources", "-q", cwd=newsroom)
    assert done.returncode == 1 and done.stderr == ""


SUPPRESSED = {
    "md": """# Story

Police said 18 security officers were killed. <!-- factcheck ignore -->

<!-- factcheck ignore -->
Officials said 19 security officers were killed.

Later, reports said <!-- factcheck ignore -->20 security officers were killed, then 21 security officers were killed.

<!-- factcheck off -->
Some said 22 security officers were killed.

Others said 23 security officers were killed.
<!-- factcheck on -->

Finally 24 security officers were killed.
""",
    "html": """<html><body><article>
<p>Police said 18 security officers were killed. <!-- factcheck ignore --></p>
<!-- factcheck ignore --><p>Officials said 19 security officers were killed.</p>
<p>Later, reports said <!-- factcheck ignore -->20 security officers were killed, then 21 security officers
were killed.</p>
<!-- factcheck off --><p>Some said 22 security officers were killed.</p>
<p>Others said 23 security officers were killed.</p><!-- factcheck on -->
<p>Finally 24 security officers <!-- an ordinary comment -->were killed.</p>
</article></body></html>
""",
}


@pytest.mark.parametrize("suffix", SUPPRESSED)
def test_inline_comments_silence_figures(tmp_path, write, suffix):
    write(f"story.{suffix}", SUPPRESSED[suffix])
    write("source.txt", "Police said 16 security officers were killed.\n")
    result = check([tmp_path / f"story.{suffix}"], against=[tmp_path / "source.txt"])
    surfaces = {f.status: [] for f in result.findings}
    by_id = {c.id: c for c in result.claims}
    for finding in result.findings:
        surfaces[finding.status].append(by_id[finding.claim].surface)
    assert surfaces == {"suppressed": ["18", "19", "20", "22", "23"], "new": ["21", "24"]}
    text = next(doc.text for doc in result.documents if doc.id == f"story.{suffix}")
    assert "factcheck" not in text and not re.search("[\ufdd0-\ufdd2]", text), "the comments leave no trace"


BY_CODE = {
    "md": """# Story

Officials said 500 people were detained and 12 homes were evacuated. <!-- factcheck ignore FC03 -->

<!-- factcheck off conflict -->
Officials said 600 people were detained and 13 homes were destroyed.
<!-- factcheck on conflict -->

Officials said 700 people were detained and 14 homes were evacuated.
""",
    "html": """<html><body><article>
<p>Officials said 500 people were detained and 12 homes were evacuated. <!-- factcheck ignore FC03 --></p>
<!-- factcheck off conflict --><p>Officials said 600 people were detained and 13 homes were destroyed.</p>
<!-- factcheck on conflict -->
<p>Officials said 700 people were detained and 14 homes were evacuated.</p>
</article></body></html>
""",
}


@pytest.mark.parametrize("suffix", BY_CODE)
def test_a_comment_naming_a_finding_silences_only_that_finding(tmp_path, write, suffix):
    write(f"story.{suffix}", BY_CODE[suffix])
    write("source.txt", "Officials said 300 people were detained.\n")
    args = ("--against", "source.txt", "--format", "json", "--format", "lines", "--fail-on", "never")
    done = run_cli("run", f"story.{suffix}", *args, cwd=tmp_path)
    report = json.loads((tmp_path / "reports" / "report.json").read_text(encoding="utf-8"))
    surfaces = {claim["id"]: claim["surface"] for claim in report["claims"]}
    statuses = [(surfaces[f["claim"]], f["name"], f["status"]) for f in report["findings"]]
    assert statuses == [
        ("500", "conflict", "new"),
        ("12", "unsupported", "suppressed"),
        ("600", "conflict", "suppressed"),
        ("13", "unsupported", "new"),
        ("700", "conflict", "new"),
        ("14", "unsupported", "new"),
    ]
    assert [f["name"] for f in _lines(done)] == ["conflict", "unsupported", "conflict", "unsupported"]


def test_sarif_report_locates_findings_in_the_draft(newsroom):
    done = run_cli("run", "draft.md", "--against", "sources", "--format", "sarif", "--out", "out", cwd=newsroom)
    assert done.returncode == 1, done.stderr
    sarif = (newsroom / "out" / "report.sarif").read_text(encoding="utf-8")
    log = json.loads(sarif)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [(r["id"], r["name"]) for r in rules] == [(kind.code, kind.name) for kind in KINDS]
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        (code, {"info": "note"}.get(level, level)) for _line, code, _name, level in EXPECTED
    ]
    lines = [line.strip().rstrip(",") for line in sarif.splitlines() if '"ruleId"' in line]
    assert [json.loads(line) for line in lines] == results  # each result on a line of its own
    first = results[0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"]
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "draft.md"
    assert location["region"] == {"startLine": 3, "startColumn": 13, "endLine": 3, "endColumn": 15}
    text = (newsroom / "draft.md").read_text(encoding="utf-8").splitlines()[2]
    assert text[12:14] == "16"
    assert all(r["partialFingerprints"] and "suppressions" not in r for r in results)


HTML_DRAFT = """<!DOCTYPE html>
<html><head><title>Riots</title>
<style>p { margin: 0 }</style></head>
<body><article>
  <h1>Riots &amp; arrests</h1>
  <p>Police&nbsp;said &#8220;<b>500</b> people
     were detained&#8221;, and   firefighters said 12 homes were evacuated.</p>
</article></body></html>
"""


def test_lines_and_sarif_place_an_html_draft_s_findings_in_its_markup(tmp_path, write):
    write("story.html", HTML_DRAFT)
    write("source.txt", "Officials said 300 people were detained.\n")
    done = run_cli(
        "run", "story.html", "--against", "source.txt", "--format", "lines", "--format", "sarif", cwd=tmp_path
    )
    markup = HTML_DRAFT.splitlines()
    where = {
        figure: next((n + 1, line.index(figure) + 1) for n, line in enumerate(markup) if figure in line)
        for figure in ("500", "12")
    }
    found = [((int(f["line"]), int(f["column"])), f["name"]) for f in _lines(done)]
    assert found == [(where["500"], "conflict"), (where["12"], "unsupported")]
    sarif = json.loads((tmp_path / "reports" / "report.sarif").read_text(encoding="utf-8"))
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    line, column = where["500"]
    assert region == {"startLine": line, "startColumn": column, "endLine": line, "endColumn": column + 3}


def test_sarif_ends_a_figure_spelled_with_an_entity_after_the_entity(tmp_path, write):
    line = "<p>Officials said 40&#37; of homes were damaged &amp; 12&frac12; tons of food were sent.</p>"
    write("story.html", f"<html><body>\n{line}\n</body></html>\n")
    write("source.txt", "Officials said 70 people were detained.\n")
    run_cli("run", "story.html", "--against", "source.txt", "--format", "sarif", cwd=tmp_path)
    sarif = json.loads((tmp_path / "reports" / "report.sarif").read_text(encoding="utf-8"))
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in sarif["runs"][0]["results"]]
    spans = [line[region["startColumn"] - 1 : region["endColumn"] - 1] for region in regions]
    assert spans == ["40&#37;", "12&frac12; tons"]


def test_pre_commit_hook_file_parses_and_its_entry_runs(newsroom, factcheck_executable):
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and [hook["id"] for hook in hooks] == ["factcheck"]
    hook = hooks[0]
    assert {"id", "name", "entry", "language"} <= set(hook) and hook["language"] == "python"
    # pre-commit runs: entry, then the hook's args, then the staged files.
    command, *entry_args = hook["entry"].split()
    assert command == "factcheck"
    args = [*entry_args, *hook.get("args", []), "--against=sources", "draft.md"]
    done = subprocess.run([factcheck_executable, *args], capture_output=True, text=True, cwd=newsroom)
    assert done.returncode == 1, done.stderr
    assert [(f["line"], f["code"]) for f in _lines(done)] == [(line, code) for line, code, _n, _l in EXPECTED]
    assert not (newsroom / "reports").exists()


def test_against_takes_every_path_up_to_the_next_option(tmp_path, write):
    write("draft.txt", "Police said 16 security officers were killed.\n")
    write("a.txt", "Police said 16 security officers were killed.\n")
    write("b.txt", "Police said 19 security officers were killed.\n")
    done = run_cli("run", "draft.txt", "--against", "a.txt", "b.txt", "--format", "json", "--out", "o", cwd=tmp_path)
    report = json.loads((tmp_path / "o" / "report.json").read_text(encoding="utf-8"))
    assert done.returncode == 0 and report["drafts"] == ["draft.txt"], done.stderr
    assert [(f["name"], f["document"]) for f in report["findings"]] == [("disputed", "draft.txt")]
    claim = next(c for c in report["claims"] if c["id"] == report["findings"][0]["claim"])
    assert claim["document"] == "draft.txt" and report["findings"][0]["group"] == claim["group"] is not None
    done = run_cli("run", "missing.txt", "--against", "a.txt", "b.txt", cwd=tmp_path)
    assert done.returncode == 2 and "no readable draft" in done.stderr


def test_progress_bar_only_on_a_terminal(tmp_path, write):
    for number in range(12):
        write(f"many/{number:02d}.txt", f"Police said {number + 3} people were injured.\n")
    command = [
        sys.executable,
        "-m",
        "checker",
        "run",
        tmp_path / "many",
        "--out",
        tmp_path / "out",
        "--fail-on",
        "never",
    ]
    piped = run_cli(*command[3:])
    assert piped.returncode == 0 and piped.stderr == ""
    for quiet, drawn in (([], True), (["--quiet"], False)):
        leader, follower = pty.openpty()
        environment = {**os.environ, "TERM": "xterm", "COLUMNS": "80"}
        with subprocess.Popen(
            [*command, *quiet], stdout=subprocess.DEVNULL, stderr=follower, env=environment
        ) as process:
            os.close(follower)
            shown = b""
            while True:
                try:
                    chunk = os.read(leader, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                shown += chunk
        os.close(leader)
        assert process.returncode == 0
        assert (b"12/12" in shown) is drawn, shown
