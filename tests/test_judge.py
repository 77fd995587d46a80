"""Grouping and verdicts through the library API, on small made-up articles in real files."""

from __future__ import annotations

from checker import Verdict, check


def _groups(tmp_path, articles: dict[str, str]):
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = check([tmp_path])
    by_id = {claim.id: claim for claim in result.claims}
    return {group.subject: (group, [by_id[c] for c in group.claims]) for group in result.groups}


def test_different_counts_on_the_same_day_conflict(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a_2024-03-01.txt": "Police said 16 people were injured in the blast.",
            "b_2024-03-01.txt": "Eighteen people were injured, officials said.",
        },
    )
    group, _ = groups["people injured"]
    assert group.verdict is Verdict.CONFLICT
    assert "a_2024-03-01.txt says 16" in group.explanation and "b_2024-03-01.txt says Eighteen" in group.explanation


def test_figures_within_their_qualifiers_are_consistent(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "About 100 people were evacuated from the tower.",
            "b.txt": "More than 100 people were evacuated, the fire brigade said.",
            "c.txt": "Some 95 people were evacuated.",
        },
    )
    assert groups["people evacuated"][0].verdict is Verdict.CONSISTENT


def test_a_later_higher_toll_is_an_update(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a_2024-03-01.txt": "Four people were killed in the storm.",
            "b_2024-03-03.txt": "Six people were killed in the storm, officials said.",
        },
    )
    group, _ = groups["people killed"]
    assert group.verdict is Verdict.UPDATE


def test_explicit_revision_supersedes_the_older_figure(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "The death toll has risen to 17 people. Earlier it was reported that 16 people were killed.",
        },
    )
    group, members = groups["people killed"]
    assert group.verdict is Verdict.SINGLE_SOURCE
    assert {(c.value, c.superseded, c.revision) for c in members} == {(17, False, "newer"), (16, True, "older")}


def test_sub_counts_and_other_events_are_separate_subjects(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Twelve people were injured, including two children. Three men were arrested.",
            "b.txt": "12 people were injured and three men were arrested.",
        },
    )
    assert groups["people injured"][0].verdict is Verdict.CONSISTENT
    assert groups["men detained"][0].verdict is Verdict.CONSISTENT
    assert "children injured" in groups and groups["children injured"][0].verdict is Verdict.SINGLE_SOURCE


def test_figures_without_a_clear_subject_stay_unmatched(tmp_path):
    (tmp_path / "a.txt").write_text("The report ran to 300 pages. It was 7 in the morning.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The report ran to 250 pages.", encoding="utf-8")
    result = check([tmp_path])
    assert result.claims and all(claim.group is None for claim in result.claims)
    assert result.groups == ()
