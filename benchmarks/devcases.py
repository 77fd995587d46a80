"""Score `factcheck run` on the twelve development cases.

Follows `<shared>/dev/README.md`, section "How to score a tool on these cases": the tool runs on
each case folder (`factcheck run CASE --out TMP --fail-on never`), and its `report.json` is
scored against the case's `expected.yaml`:

1. claims are matched to labelled values (claim from file F, and its span overlaps an evidence
   quote for F or its value equals the label; a range label needs the claim's interval equal to or
   inside [low, high]; a "vague" label matches by evidence overlap only);
2. a subject is found (strict) when one group holds matched claims from every labelled file, and
   the best group's share of labelled files is its partial coverage;
3. the found group's verdict is right (strict: `expected_verdict`; lenient: also
   `also_acceptable`); a subject not found counts as a wrong verdict;
4. a distractor is wrongly merged when a claim overlapping its quote sits in a group that also
   holds a matched labelled claim;
5. false alarms: groups with a `conflict` or `update` verdict that hold labelled values of cases
   03, 05, 06 and 12 (all sources agree there); other `conflict` groups there are listed;
6. conflict precision and recall over subjects: a group flagged `conflict` is a true positive
   when it is the found group of a subject whose verdict is conflict (strict: expected; lenient:
   expected or also acceptable); precision = true positives / all groups flagged conflict in all
   cases; recall = conflict subjects whose found group says conflict / conflict subjects.

Where the README leaves room, this script decides as follows (each decision only keeps one
number from counting twice or against the key's own notes):
- values are equal within a relative tolerance of 1e-6; a claim without a value is compared
  through its interval when that is a single point; an open interval never lies inside a range;
- "neither help nor hurt": a claim whose value equals one of the file's `other_values_in_file`
  (and not the label) does not match through evidence overlap, and is never a distractor claim;
- some evidence quotes serve two subjects ("Two ... dead and 18 ... injured"): a claim whose value
  equals the label of another subject of the same file matches this one by value only;
- a claim overlapping a distractor quote is that distractor's claim, unless it also overlaps an
  evidence quote of a subject and has that subject's label (or other value) for the file: only
  then it matches (three distractor quotes lie inside evidence quotes). So a distractor claim is
  never a matched claim, and "a group that also contains a labelled value" means another claim;
- the found group is the group covering most labelled files; ties go to the group with more files
  covered by claims that match both ways (value and evidence), then more such claims, then more
  matched claims, then the first in the report. Value equality alone is loose (any "2" in a file
  matches every subject labelled 2 there), so the totals also count found groups shared by
  several subjects;
- claims belong to the groups whose `claims` list them, and to the group their `group` names.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml
from _common import CheckerError, add_shared_option, last_lines, ratio, run_checker, same_number, spans_overlap
from tabulate import tabulate

CASES_DIR = Path("dev") / "cases"
AGREEING_CASES = ("case03", "case05", "case06", "case12")
ALARM_VERDICTS = ("conflict", "update")
VERDICTS = ("conflict", "update", "consistent")

Span = tuple[int, int]
Label = float | tuple[float, float] | str  # a number, [low, high], or "vague"

# ---------------------------------------------------------------------------------------------
# The answer key
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """One labelled subject of a case."""

    name: str
    labels: Mapping[str, Label]
    other_values: Mapping[str, tuple[Label, ...]]
    evidence: Mapping[str, tuple[Span, ...]]
    expected: str
    also_acceptable: tuple[str, ...]

    @property
    def accepted(self) -> frozenset[str]:
        """Verdicts a lenient scorer accepts."""
        return frozenset((self.expected, *self.also_acceptable))


@dataclass(frozen=True)
class Distractor:
    """A number that belongs to something else."""

    file: str
    quote: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Case:
    """A case folder and its answer key."""

    name: str
    folder: Path
    files: tuple[str, ...]
    subjects: tuple[Subject, ...]
    distractors: tuple[Distractor, ...]

    @property
    def short(self) -> str:
        """Short name: "case01" for "case01_fort_myers_..."."""
        return self.name.split("_", 1)[0]

    @property
    def sources_agree(self) -> bool:
        """Whether every conflict or update verdict on a labelled value here is a false alarm."""
        return self.short in AGREEING_CASES


def occurrences(text: str, quote: str) -> tuple[Span, ...]:
    """Spans of every occurrence of `quote` in `text`."""
    spans, start = [], text.find(quote)
    while start >= 0:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return tuple(spans)


def to_label(raw: object) -> Label:
    """A label from the YAML: a number, a [low, high] list or "vague"."""
    if isinstance(raw, list):
        return (float(raw[0]), float(raw[1]))
    if isinstance(raw, str):
        return raw
    return float(raw)


def load_subject(raw: dict, texts: Mapping[str, str]) -> Subject:
    """One entry of `subjects`, with its evidence quotes turned into spans."""
    evidence = {
        file: tuple(span for quote in quotes for span in occurrences(texts[file], quote))
        for file, quotes in (raw.get("evidence") or {}).items()
    }
    return Subject(
        name=raw["subject"],
        labels={file: to_label(value) for file, value in raw["values_by_file"].items()},
        other_values={
            file: tuple(map(to_label, values)) for file, values in (raw.get("other_values_in_file") or {}).items()
        },
        evidence=evidence,
        expected=raw["expected_verdict"],
        also_acceptable=tuple(raw.get("also_acceptable") or ()),
    )


def load_case(folder: Path) -> Case:
    """Read a case folder's `expected.yaml` and its article texts."""
    key = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    files = tuple(sorted(key["files"]))
    texts = {file: (folder / file).read_text(encoding="utf-8") for file in files}
    distractors = tuple(
        Distractor(d["file"], d["quote"], occurrences(texts[d["file"]], d["quote"]))
        for d in key.get("distractors") or ()
    )
    subjects = tuple(load_subject(raw, texts) for raw in key["subjects"])
    return Case(name=folder.name, folder=folder, files=files, subjects=subjects, distractors=distractors)


def find_cases(shared: Path, only: str | None) -> list[Case]:
    """The case folders, all or the one whose name equals or starts with `only`."""
    folders = sorted(p for p in (shared / CASES_DIR).iterdir() if (p / "expected.yaml").is_file())
    if only:
        folders = [p for p in folders if p.name == only or p.name.startswith(only)]
    return [load_case(p) for p in folders]


# ---------------------------------------------------------------------------------------------
# The tool's report
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    """The part of a reported claim the scoring needs."""

    id: str
    document: str
    start: int
    end: int
    surface: str
    value: float | None
    low: float | None
    high: float | None

    @property
    def span(self) -> Span:
        """The claim's character span in its file."""
        return (self.start, self.end)

    @property
    def point(self) -> float | None:
        """The claim's value, or the single point of its interval when it has no value."""
        if self.value is not None:
            return self.value
        return self.low if self.low is not None and same_number(self.low, self.high) else None


@dataclass(frozen=True)
class Group:
    """A reported group: its claims and verdict."""

    id: str
    subject: str
    verdict: str
    claims: frozenset[str]


@dataclass(frozen=True)
class Report:
    """A parsed `report.json` (empty when the tool failed)."""

    claims: tuple[Claim, ...] = ()
    groups: tuple[Group, ...] = ()
    error: str | None = None

    def groups_of(self, claim_id: str) -> list[Group]:
        """The groups a claim belongs to."""
        return [g for g in self.groups if claim_id in g.claims]


def parse_report(data: dict) -> Report:
    """Build a Report from the JSON object of `report.json`."""
    claims = tuple(
        Claim(
            id=str(c["id"]),
            document=Path(str(c["document"])).name,
            start=int(c["start"]),
            end=int(c["end"]),
            surface=str(c.get("surface", "")),
            value=c.get("value"),
            low=c.get("low"),
            high=c.get("high"),
        )
        for c in data.get("claims", [])
    )
    named = {}  # group id -> claims that name it in their `group` field
    for c in data.get("claims", []):
        if c.get("group") is not None:
            named.setdefault(str(c["group"]), set()).add(str(c["id"]))
    groups = tuple(
        Group(
            id=str(g["id"]),
            subject=str(g.get("subject", "")),
            verdict=str(g.get("verdict", "")),
            claims=frozenset(map(str, g.get("claims", []))) | named.get(str(g["id"]), set()),
        )
        for g in data.get("groups", [])
    )
    return Report(claims=claims, groups=groups)


def run_case(case: Case, keep: Path | None) -> tuple[Report, float]:
    """Run `factcheck run` on a case folder; return its report and the seconds it took."""
    with tempfile.TemporaryDirectory(prefix="devcases-") as out:
        started = time.perf_counter()
        process = run_checker(["run", str(case.folder), "--out", out, "--fail-on", "never"])
        seconds = time.perf_counter() - started
        report_file = Path(out) / "report.json"
        if not report_file.is_file():
            message = f"exit {process.returncode}, no report.json: {last_lines(process.stderr, 3) or 'no message'}"
            return Report(error=message), seconds
        if keep:
            (keep / case.name).mkdir(parents=True, exist_ok=True)
            shutil.copy(report_file, keep / case.name / "report.json")
        return read_report(report_file), seconds


def read_report(path: Path) -> Report:
    """Read a saved `report.json`; a missing or broken file gives an empty report with the error."""
    try:
        return parse_report(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return Report(error=f"{path.name}: {exc}")


# ---------------------------------------------------------------------------------------------
# Step 1: claims matched to labelled values
# ---------------------------------------------------------------------------------------------


def has_label_value(claim: Claim, label: Label) -> bool:
    """Whether the claim's value equals a number label or its interval lies inside a range label."""
    if isinstance(label, str):  # "vague": evidence overlap only
        return False
    if isinstance(label, tuple):
        low, high = (
            (claim.low, claim.high) if claim.low is not None or claim.high is not None else (claim.value, claim.value)
        )
        if low is None or high is None:
            return False
        return (low >= label[0] or same_number(low, label[0])) and (high <= label[1] or same_number(high, label[1]))
    return same_number(claim.point, label)


def in_evidence(claim: Claim, subject: Subject) -> bool:
    """Whether the claim's span overlaps an evidence quote of the subject in the claim's file."""
    return any(spans_overlap(claim.span, span) for span in subject.evidence.get(claim.document, ()))


def has_other_value(claim: Claim, subject: Subject) -> bool:
    """Whether the claim has one of the subject's other values for its file (and not the label)."""
    label = subject.labels.get(claim.document)
    others = subject.other_values.get(claim.document, ())
    return not has_label_value(claim, label) and any(has_label_value(claim, other) for other in others)


def on_distractor(claim: Claim, case: Case) -> bool:
    """Whether the claim's span overlaps a distractor quote of its file."""
    return any(
        spans_overlap(claim.span, span) for d in case.distractors if d.file == claim.document for span in d.spans
    )


def excused(claim: Claim, case: Case) -> bool:
    """Whether a claim on a distractor quote is a labelled (or other) value of a subject whose evidence it overlaps."""
    return any(
        in_evidence(claim, s) and (has_label_value(claim, s.labels[claim.document]) or has_other_value(claim, s))
        for s in case.subjects
        if claim.document in s.labels
    )


def is_distractor_claim(claim: Claim, case: Case) -> bool:
    """Whether the claim stands for a distractor rather than a labelled value."""
    return on_distractor(claim, case) and not excused(claim, case)


@dataclass(frozen=True)
class Match:
    """A claim matched to the labelled value of a subject in one file."""

    subject: int
    file: str
    claim: str
    by_value: bool
    by_evidence: bool

    @property
    def strong(self) -> bool:
        """Matched both ways: the labelled value, inside an evidence quote."""
        return self.by_value and self.by_evidence


def match_claim(claim: Claim, case: Case) -> list[Match]:
    """The labelled values a claim matches (see the module docstring)."""
    if is_distractor_claim(claim, case):
        return []
    labelled = [(i, s) for i, s in enumerate(case.subjects) if claim.document in s.labels]
    by_value = {i for i, s in labelled if has_label_value(claim, s.labels[claim.document])}
    distracting = on_distractor(claim, case)
    matches = []
    for i, s in labelled:
        evidence = in_evidence(claim, s)
        if i in by_value and (evidence or not distracting):
            matches.append(Match(i, claim.document, claim.id, by_value=True, by_evidence=evidence))
        elif evidence and not (by_value or distracting or has_other_value(claim, s)):
            matches.append(Match(i, claim.document, claim.id, by_value=False, by_evidence=True))
    return matches


def match_claims(case: Case, report: Report) -> list[Match]:
    """All matches of a report's claims to the case's labelled values."""
    return [m for claim in report.claims for m in match_claim(claim, case)]


# ---------------------------------------------------------------------------------------------
# Steps 2 and 3: subjects found, verdicts right
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SubjectResult:
    """How the tool did on one labelled subject."""

    case: str
    subject: Subject
    group: Group | None  # the best group (most labelled files covered), None if no group has any
    covered: int  # labelled files the best group covers
    on_evidence: int  # of these, files where a claim of the group overlaps an evidence quote

    @property
    def coverage(self) -> float:
        """Share of labelled files the best group covers (partial score)."""
        return ratio(self.covered, len(self.subject.labels))

    @property
    def found(self) -> bool:
        """Strict: one group covers every labelled file."""
        return self.group is not None and self.covered == len(self.subject.labels)

    @property
    def found_by_value_only(self) -> bool:
        """Found, but no claim of the group overlaps an evidence quote: equal values elsewhere in the files."""
        return self.found and not self.on_evidence

    @property
    def verdict(self) -> str | None:
        """The found group's verdict (None when not found)."""
        return self.group.verdict if self.found and self.group else None

    @property
    def right_strict(self) -> bool:
        """Found, with the expected verdict."""
        return self.verdict == self.subject.expected

    @property
    def right_lenient(self) -> bool:
        """Found, with the expected or an also acceptable verdict."""
        return self.verdict in self.subject.accepted

    def as_dict(self) -> dict:
        """The result for JSON output."""
        return {
            "case": self.case,
            "subject": self.subject.name,
            "expected": self.subject.expected,
            "also_acceptable": list(self.subject.also_acceptable),
            "found": self.found,
            "coverage": self.coverage,
            "found_by_value_only": self.found_by_value_only,
            "group": self.group.id if self.group else None,
            "group_subject": self.group.subject if self.group else None,
            "verdict": self.verdict,
            "best_group_verdict": self.group.verdict if self.group else None,
            "right_strict": self.right_strict,
            "right_lenient": self.right_lenient,
        }


def best_group(index: int, matches: list[Match], report: Report) -> tuple[Group | None, int, int]:
    """The group covering most labelled files of subject `index`, how many it covers, and on how many through evidence.

    Ties go to more files covered by strong matches (value and evidence), then more strong
    matches, then more matches, then the first group: a group of other figures that happen to
    have the same value ("2 critical" and "2 killed") loses to the subject's own group.
    """
    best, best_key, on_evidence = None, (0, 0, 0, 0), 0
    for group in report.groups:
        mine = [m for m in matches if m.subject == index and m.claim in group.claims]
        strong = [m for m in mine if m.strong]
        key = (len({m.file for m in mine}), len({m.file for m in strong}), len(strong), len(mine))
        if key[0] and key > best_key:
            best, best_key = group, key
            on_evidence = len({m.file for m in mine if m.by_evidence})
    return best, best_key[0], on_evidence


def score_subjects(case: Case, matches: list[Match], report: Report) -> list[SubjectResult]:
    """Steps 2 and 3 for every subject of a case."""
    results = []
    for index, subject in enumerate(case.subjects):
        results.append(SubjectResult(case.short, subject, *best_group(index, matches, report)))
    return results


# ---------------------------------------------------------------------------------------------
# Steps 4 and 5: distractors and false alarms
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergedDistractor:
    """A distractor whose claim sits in a group with labelled values."""

    distractor: Distractor
    claim: Claim
    group: Group


def merged_distractors(case: Case, report: Report, matched: set[str]) -> list[MergedDistractor]:
    """Step 4: distractors with a claim in a group that holds a matched labelled claim."""
    merged = []
    for d in case.distractors:
        claims = [
            c
            for c in report.claims
            if c.document == d.file and any(spans_overlap(c.span, s) for s in d.spans) and is_distractor_claim(c, case)
        ]
        hit = next(((c, g) for c in claims for g in report.groups_of(c.id) if g.claims & matched), None)
        if hit:
            merged.append(MergedDistractor(d, *hit))
    return merged


def false_alarms(case: Case, report: Report, matched: set[str]) -> tuple[list[Group], list[Group]]:
    """Step 5: false alarms, and other conflict flags to review by hand.

    In cases where all sources agree: the conflict/update groups holding labelled values, and the
    other conflict groups. Empty for the other cases.
    """
    if not case.sources_agree:
        return [], []
    alarms = [g for g in report.groups if g.verdict in ALARM_VERDICTS and g.claims & matched]
    others = [g for g in report.groups if g.verdict == "conflict" and not g.claims & matched]
    return alarms, others


# ---------------------------------------------------------------------------------------------
# Results per case and in total
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseResult:
    """Everything scored on one case."""

    case: Case
    report: Report
    seconds: float | None
    subjects: list[SubjectResult]
    merged: list[MergedDistractor]
    alarms: list[Group]
    other_conflicts: list[Group]

    @property
    def conflict_groups(self) -> list[Group]:
        """All groups flagged conflict."""
        return [g for g in self.report.groups if g.verdict == "conflict"]

    def conflict_hits(self, lenient: bool) -> set[str]:
        """Ids of conflict groups that are the found group of a conflict subject (step 6)."""
        return {
            r.group.id
            for r in self.subjects
            if r.found and r.group and r.group.verdict == "conflict" and is_conflict_subject(r.subject, lenient)
        }

    def as_dict(self) -> dict:
        """The case's figures for JSON output."""
        return {
            "case": self.case.name,
            "error": self.report.error,
            "seconds": self.seconds,
            "files": len(self.case.files),
            "claims": len(self.report.claims),
            "groups": len(self.report.groups),
            "subjects": [r.as_dict() for r in self.subjects],
            "distractors": len(self.case.distractors),
            "distractors_merged": [
                {"file": m.distractor.file, "quote": m.distractor.quote, "claim": m.claim.id, "group": m.group.id}
                for m in self.merged
            ],
            "false_alarms": [g.id for g in self.alarms] if self.case.sources_agree else None,
            "other_conflict_flags": [g.id for g in self.other_conflicts],
            "conflict_groups": [g.id for g in self.conflict_groups],
        }


def is_conflict_subject(subject: Subject, lenient: bool) -> bool:
    """Whether `conflict` is the subject's verdict (lenient: or an acceptable one)."""
    return "conflict" in (subject.accepted if lenient else {subject.expected})


def score_case(case: Case, report: Report, seconds: float | None) -> CaseResult:
    """Steps 1 to 5 on one case."""
    matches = match_claims(case, report)
    matched = {m.claim for m in matches}
    alarms, others = false_alarms(case, report, matched)
    return CaseResult(
        case=case,
        report=report,
        seconds=seconds,
        subjects=score_subjects(case, matches, report),
        merged=merged_distractors(case, report, matched),
        alarms=alarms,
        other_conflicts=others,
    )


@dataclass(frozen=True)
class Totals:
    """The figures the README asks for, over all scored cases."""

    results: list[CaseResult]

    @property
    def subjects(self) -> list[SubjectResult]:
        """Every subject of every case."""
        return [s for r in self.results for s in r.subjects]

    def verdict_rows(self) -> list[dict]:
        """Found and right verdicts per expected verdict, then overall."""
        rows = []
        for name, subjects in [
            *((v, [s for s in self.subjects if s.subject.expected == v]) for v in VERDICTS),
            ("all", self.subjects),
        ]:
            rows.append(
                {
                    "expected": name,
                    "subjects": len(subjects),
                    "found": sum(s.found for s in subjects),
                    "right_strict": sum(s.right_strict for s in subjects),
                    "right_lenient": sum(s.right_lenient for s in subjects),
                }
            )
        return rows

    def found_in_shared_group(self) -> int:
        """Subjects found in a group that is also the found group of another subject of the case."""
        found = Counter((s.case, s.group.id) for s in self.subjects if s.found and s.group)
        return sum(1 for s in self.subjects if s.found and s.group and found[(s.case, s.group.id)] > 1)

    def conflict_scores(self, lenient: bool) -> dict[str, float]:
        """Step 6: precision and recall of conflict flags over subjects."""
        flagged = sum(len(r.conflict_groups) for r in self.results)
        hits = sum(len(r.conflict_hits(lenient)) for r in self.results)
        positives = [s for s in self.subjects if is_conflict_subject(s.subject, lenient)]
        recalled = sum(1 for s in positives if s.verdict == "conflict")
        return {
            "flagged": flagged,
            "true_positives": hits,
            "precision": ratio(hits, flagged),
            "conflict_subjects": len(positives),
            "recalled": recalled,
            "recall": ratio(recalled, len(positives)),
        }

    def as_dict(self) -> dict:
        """All totals for JSON output."""
        n = len(self.subjects)
        agreeing = [r for r in self.results if r.case.sources_agree]
        return {
            "cases": len(self.results),
            "failed_cases": [r.case.name for r in self.results if r.report.error],
            "subjects": n,
            "found_strict": sum(s.found for s in self.subjects),
            "coverage_mean": ratio(sum(s.coverage for s in self.subjects), n),
            "found_partially": sum(1 for s in self.subjects if 0 < s.coverage < 1),
            "found_in_shared_group": self.found_in_shared_group(),
            "found_by_value_only": sum(s.found_by_value_only for s in self.subjects),
            "verdicts": self.verdict_rows(),
            "distractors": sum(len(r.case.distractors) for r in self.results),
            "distractors_merged": sum(len(r.merged) for r in self.results),
            "false_alarms": sum(len(r.alarms) for r in agreeing),
            "other_conflict_flags_in_agreeing_cases": sum(len(r.other_conflicts) for r in agreeing),
            "conflict_strict": self.conflict_scores(lenient=False),
            "conflict_lenient": self.conflict_scores(lenient=True),
        }


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def fraction(part: int, whole: int) -> str:
    """Format as "3/7 (43%)"."""
    return f"{part}/{whole} ({ratio(part, whole):.0%})"


def print_cases(results: list[CaseResult]) -> None:
    """One row per case."""
    rows = []
    for r in results:
        n = len(r.subjects)
        rows.append(
            [
                r.case.short,
                len(r.case.files),
                len(r.report.claims),
                len(r.report.groups),
                f"{sum(s.found for s in r.subjects)}/{n}",
                f"{ratio(sum(s.coverage for s in r.subjects), n):.2f}",
                f"{sum(s.right_strict for s in r.subjects)}/{n}",
                f"{sum(s.right_lenient for s in r.subjects)}/{n}",
                f"{len(r.merged)}/{len(r.case.distractors)}",
                len(r.alarms) if r.case.sources_agree else "-",
                len(r.conflict_groups),
                "FAILED" if r.report.error else f"{r.seconds:.1f}" if r.seconds is not None else "-",
            ]
        )
    headers = [
        "case",
        "files",
        "claims",
        "groups",
        "found",
        "coverage",
        "verdict",
        "lenient",
        "distractors merged",
        "false alarms",
        "conflict flags",
        "seconds",
    ]
    print(tabulate(rows, headers=headers, stralign="right"))
    for r in results:
        if r.report.error:
            print(f"{r.case.short}: {r.report.error}")


def print_totals(totals: Totals) -> None:
    """The totals table, the table per expected verdict and conflict precision/recall."""
    t = totals.as_dict()
    n = t["subjects"]
    rows = [
        ["subjects found (strict)", fraction(t["found_strict"], n)],
        ["mean coverage of the best group (partial)", f"{t['coverage_mean']:.2f}"],
        ["subjects partly covered (0 < coverage < 1)", t["found_partially"]],
        ["found subjects sharing their group with another", t["found_in_shared_group"]],
        ["found with no claim on an evidence quote", t["found_by_value_only"]],
        ["verdict right (strict)", fraction(t["verdicts"][-1]["right_strict"], n)],
        ["verdict right (lenient)", fraction(t["verdicts"][-1]["right_lenient"], n)],
        ["distractors wrongly merged", fraction(t["distractors_merged"], t["distractors"])],
        [f"false alarms ({', '.join(AGREEING_CASES)})", t["false_alarms"]],
        ["other conflict flags there", t["other_conflict_flags_in_agreeing_cases"]],
    ]
    for mode in ("strict", "lenient"):
        c = t[f"conflict_{mode}"]
        rows.append([f"conflict precision ({mode})", f"{c['true_positives']}/{c['flagged']} = {c['precision']:.2f}"])
        rows.append([f"conflict recall ({mode})", f"{c['recalled']}/{c['conflict_subjects']} = {c['recall']:.2f}"])
    print(tabulate(rows, headers=["totals", ""], stralign="right"))
    print()
    rows = [
        [
            v["expected"],
            v["subjects"],
            v["found"],
            fraction(v["right_strict"], v["subjects"]),
            fraction(v["right_lenient"], v["subjects"]),
        ]
        for v in t["verdicts"]
    ]
    print(tabulate(rows, headers=["expected verdict", "subjects", "found", "right (strict)", "right (lenient)"]))


def claim_list(group: Group, report: Report, limit: int = 6) -> str:
    """A few of a group's claims as `file: surface`."""
    claims = [c for c in report.claims if c.id in group.claims]
    shown = ", ".join(f"{c.document}: {c.surface!r}" for c in claims[:limit])
    return shown + (f", ... ({len(claims)} claims)" if len(claims) > limit else "")


def print_review(results: list[CaseResult]) -> None:
    """The conflict flags in agreeing cases that hold no labelled value, for review by hand."""
    flagged = [(r, g) for r in results for g in r.other_conflicts]
    if flagged:
        print("\nOther conflict flags in cases where all sources agree (review by hand):")
        for r, g in flagged:
            print(f"- {r.case.short} {g.id} {g.subject!r}: {claim_list(g, r.report)}")


def print_details(results: list[CaseResult]) -> None:
    """--verbose: each subject, each false alarm and each merged distractor."""
    for r in results:
        print(f"\n{r.case.name}")
        rows = []
        for s in r.subjects:
            found = f"{s.covered}/{len(s.subject.labels)}" if s.group else "no"
            found = ("yes (values only)" if s.found_by_value_only else "yes") if s.found else found
            expected = "/".join((s.subject.expected, *s.subject.also_acceptable))
            group = f"{s.group.id} {s.group.subject!r}" if s.group else "-"
            ok = "right" if s.right_strict else "lenient" if s.right_lenient else "wrong"
            rows.append([s.subject.name, found, group, s.group.verdict if s.group else "-", expected, ok])
        print(tabulate(rows, headers=["subject", "found", "best group", "its verdict", "expected", "verdict"]))
        for g in r.alarms:
            print(f"  false alarm: {g.id} {g.subject!r} ({g.verdict}): {claim_list(g, r.report)}")
        for m in r.merged:
            where = f"{m.group.id} {m.group.subject!r}"
            print(f"  distractor merged: {m.distractor.file}: {m.distractor.quote!r} -> {m.claim.surface!r} in {where}")


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(description="Score `factcheck run` on the development cases.")
    add_shared_option(parser)
    parser.add_argument("--case", metavar="NAME", help="score one case (its folder name, or a prefix such as case03)")
    parser.add_argument("--json", action="store_true", help="print all figures as one JSON object")
    parser.add_argument("--verbose", action="store_true", help="per subject: found?, best group, verdict, expected")
    parser.add_argument(
        "--reports", type=Path, metavar="DIR", help="score saved DIR/<case>/report.json instead of running the tool"
    )
    parser.add_argument(
        "--keep-reports", type=Path, metavar="DIR", help="save each report.json as DIR/<case>/report.json"
    )
    return parser.parse_args(argv)


def collect(cases: Iterable[Case], args: argparse.Namespace) -> list[CaseResult]:
    """Run (or read) and score every case."""
    results = []
    for case in cases:
        if args.reports:
            report, seconds = read_report(args.reports / case.name / "report.json"), None
        else:
            report, seconds = run_case(case, args.keep_reports)
        results.append(score_case(case, report, seconds))
    return results


def main(argv: list[str] | None = None) -> int:
    """Score the cases; return the exit code."""
    args = parse_args(argv)
    cases = find_cases(args.shared, args.case)
    if not cases:
        print(f"error: no case matches {args.case!r}", file=sys.stderr)
        return 2
    try:
        results = collect(cases, args)
    except CheckerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    totals = Totals(results)
    if args.json:
        print(json.dumps({"totals": totals.as_dict(), "cases": [r.as_dict() for r in results]}, indent=2))
        return 0
    print_cases(results)
    print()
    print_totals(totals)
    print_review(results)
    if args.verbose:
        print_details(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
