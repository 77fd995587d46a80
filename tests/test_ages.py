"""Whose age a figure gives, and which ages meet across articles: small made-up articles in real files."""

from __future__ import annotations

import pytest

from checker import Verdict, extract_text
from tests.test_judge import _groups, check_subject_case

# Small cases: articles -> the age group they must form (from every article), its verdict and its values.
AGE_CASES = {
    "a name, then an age with an article": (
        {"a.txt": "Police named Ann Ray, a 46-year-old nurse, as the victim.", "b.txt": "Ann Ray, 46, died."},
        "age of Ann Ray",
        Verdict.CONSISTENT,
        {46},
    ),
    "a name starts its own line": (
        {"a.txt": "Read More\nAnn Ray, 14, died at the scene.", "b.txt": "14-year-old Ann Ray died."},
        "age of Ann Ray",
        Verdict.CONSISTENT,
        {14},
    ),
    "an age in a police-style parenthesis": (
        {
            "a.txt": "Officers arrested Tom Lee (w/m, 46) at his home.",
            "b.txt": "The suspect, Tom Lee, 46, was charged.",
        },
        "age of Tom Lee",
        Verdict.CONSISTENT,
        {46},
    ),
    "a person identified after their age": (
        {"a.txt": "The 45-year-old man has been identified as Tom Lee.", "b.txt": "45-year-old Tom Lee was killed."},
        "age of Tom Lee",
        Verdict.CONSISTENT,
        {45},
    ),
    "an age, then a dash": (
        {"a.txt": "The victim, Ann Ray, 26 — a nurse — died.", "b.txt": "Ann Ray, 26, died."},
        "age of Ann Ray",
        Verdict.CONSISTENT,
        {26},
    ),
    "who was and aged": (
        {
            "a.txt": "Ann Ray, who was 46, died on Monday.",
            "b.txt": "Ann Ray, aged 46, died.",
        },
        "age of Ann Ray",
        Verdict.CONSISTENT,
        {46},
    ),
    "a nickname in quotes": (
        {"a.txt": 'Samuel "Sam" Ray, 55, and his son Tom Ray, 30, spoke.', "b.txt": "Samuel Ray, 55, spoke."},
        "age of Samuel Ray",
        Verdict.CONSISTENT,
        {55},
    ),
    "a middle name left out, a first name cut short": (
        {
            "a.txt": "Christopher Lee Ray, 24, was shot.",
            "b.txt": "Chris Ray, 25, was shot.",
            "c.txt": "His 24-year-old brother, Christopher, was shot.",
        },
        "age of Christopher Lee Ray",
        Verdict.CONFLICT,
        {24, 25},
    ),
    "a name without its first name, and a shared last name, by their ages": (
        {
            "a.txt": "Carlos Navarro Franco, 68, died.",
            "b.txt": "68-year-old Navarro Franco died.",
            "c.txt": "His daughter, Ana Franco, 26, also died. Franco, 68, was a teacher.",
        },
        "age of Carlos Navarro Franco",
        Verdict.CONSISTENT,
        {68},
    ),
    "someone known only by their age": (
        {"a.txt": "An 18-year-old woman was hurt.", "b.txt": "Police said an 18-year-old woman was in hospital."},
        "age of the 18-year-old woman",
        Verdict.CONSISTENT,
        {18},
    ),
    "an age set off after 'The man' opening a sentence": (
        {"a.txt": "The man, 22, was pronounced dead.", "b.txt": "A 22-year-old man was shot dead."},
        "age of the 22-year-old man",
        Verdict.CONSISTENT,
        {22},
    ),
    "an age after 'aged' and a word for a person": (
        {"a.txt": "A man aged 31 has been arrested.", "b.txt": "Police arrested a 31-year-old man."},
        "age of the 31-year-old man",
        Verdict.CONSISTENT,
        {31},
    ),
    "an age set off after the one suspect": (
        {"a.txt": "The suspect, 25, was arrested.", "b.txt": "Police arrested the 26-year-old suspect."},
        "age of suspect",
        Verdict.CONFLICT,
        {25, 26},
    ),
    "an unnamed child meets the one child its word and age fit": (
        {
            "a.txt": "A 2-year-old boy was also in the house.",
            "b.txt": "Ann Ray's 2-year-old son was not hurt.",
            "c.txt": "Police said a 2-year-old child was in the home.",
        },
        "age of Ann Ray's son",
        Verdict.CONSISTENT,
        {2},
    ),
    "a short name meets the one person one of whose ages it gives": (
        {
            "a.txt": "Ann Ray, 61, and her son Tom Ray, 30, were shot.",
            "b.txt": "Tom Ray, 31, is a nurse.",
            "c.txt": "Ray, 30, was shot.",
        },
        "age of Tom Ray",
        Verdict.CONFLICT,
        {30, 31},
    ),
    "an unnamed pair's ages meet the pair another article names in that role, by rank": (
        {
            "a.txt": "Two men, ages 30 and 24, were arrested on Friday.",
            "b.txt": "Police arrested two suspects on Friday. Both are men, ages 30 and 24.",
            "c.txt": "Two men in their 20s were arrested.",
            "d.txt": "Two men were charged. Tom Lee, 23, and Bob Ray, 29, were charged with assault.",
        },
        "age of Tom Lee",
        Verdict.CONFLICT,
        {24, 20, 23},
    ),
    "the crime a group is charged with gives no second role": (
        {
            "a.txt": "Two teenagers, ages 16 and 17, were charged with murder.",
            "b.txt": "Two boys were arrested. Al Poe, 15, and Bo Day, 17, were charged with murder.",
        },
        "age of Al Poe",
        Verdict.CONFLICT,
        {15, 16},  # the younger of the two
    ),
    "a decade given for a group is each one's": (
        {
            "a.txt": "Two men in their 20s were arrested.",
            "b.txt": "Two men were charged. Tom Lee, 23, and Bob Ray, 29, were charged with assault.",
        },
        "age of Bob Ray",
        Verdict.CONSISTENT,
        {20, 29},
    ),
    "someone known only by the decade of their age": (
        {"a.txt": "An unidentified woman in her 50s was killed.", "b.txt": "Police said a woman in her 50s died."},
        "age of the woman in her 50s",
        Verdict.CONSISTENT,
        {50},
    ),
    "an age within a decade agrees": (
        {"a.txt": "Ann Ray, in her 50s, died.", "b.txt": "Ann Ray, 55, died."},
        "age of Ann Ray",
        Verdict.CONSISTENT,
        None,
    ),
    "an age outside the decade clashes": (
        {"a.txt": "Ann Ray, who was in her 50s, died.", "b.txt": "Ann Ray, 68, died."},
        "age of Ann Ray",
        Verdict.CONFLICT,
        None,
    ),
}


@pytest.mark.parametrize("name", AGE_CASES)
def test_age_cases(tmp_path, name):
    check_subject_case(tmp_path, *AGE_CASES[name])


def test_a_decade_is_an_interval_of_ages(tmp_path):
    _, members = _groups(tmp_path, AGE_CASES["an age within a decade agrees"][0])["age of Ann Ray"]
    assert {(c.low, c.high) for c in members} == {(50, 59), (55, 55)}


def _grouped(groups) -> set[tuple[str, float | None]]:
    return {(c.document, c.value) for _, members in groups.values() for c in members}


def test_a_last_name_several_people_share_meets_the_one_whose_ages_it_fits(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Ann Ray, 61, and her son Tom Ray, 30, were shot.",
            "b.txt": "Ray, 30, was shot. Ray, 61, died.",
        },
    )
    assert {c.document for c in groups["age of Tom Ray"][1]} == {"a.txt", "b.txt"}
    assert {c.document for c in groups["age of Ann Ray"][1]} == {"a.txt", "b.txt"}


@pytest.mark.parametrize(
    "others",
    [
        "Ann Ray, 30, and her husband Tom Ray, 30, were shot.",  # both fit
        "Ann Ray, 61, and her son Tom Ray, 31, were shot.",  # neither fits
    ],
)
def test_a_last_name_several_people_share_stays_unmatched_unless_one_fits(tmp_path, others):
    groups = _groups(tmp_path, {"a.txt": others, "b.txt": "Ray, 30, was shot."})
    assert ("b.txt", 30) not in _grouped(groups) and ("a.txt", 61 if "61" in others else 30) in _grouped(groups)


def test_a_first_and_last_name_is_not_a_longer_name_without_its_first(tmp_path):
    groups = _groups(
        tmp_path,
        {"a.txt": "John Samir Ray, 23, opened fire.", "b.txt": "His father, Samir Ray, 55, was killed."},
    )
    assert groups["age of John Samir Ray"][0].verdict is Verdict.SINGLE_SOURCE
    assert groups["age of Samir Ray"][0].verdict is Verdict.SINGLE_SOURCE


def test_people_known_only_by_their_ages_never_clash(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "A 19-year-old woman was hurt. Two 18-year-old women were shot.",
            "b.txt": "An 18-year-old woman was hurt, including a 17-year-old boy and two men.",
            "c.txt": "Five people were injured, including a 17-year-old boy and two women.",
            "d.txt": "Five people were injured.",
        },
    )
    assert all(group.verdict is not Verdict.CONFLICT for group, _ in groups.values())
    assert ("a.txt", 18) not in _grouped(groups)
    assert {c.value for c in groups["people injured"][1]} == {5}


@pytest.mark.parametrize(
    ("second", "verdict"),
    [
        ("A 22-year-old suspect was arrested on Saturday.", Verdict.CONFLICT),
        ("Two suspects are in custody. A 22-year-old suspect was arrested on Saturday.", None),
    ],
)
def test_the_age_of_the_one_suspect_meets_no_other_where_two_are_counted(tmp_path, second, verdict):
    groups = _groups(tmp_path, {"a.txt": "Police arrested a 19-year-old suspect on Friday.", "b.txt": second})
    assert (groups["age of suspect"][0].verdict if "age of suspect" in groups else None) is verdict


def test_an_unnamed_child_two_children_fit_stays_apart(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "A 2-year-old boy and a 2-year-old girl were in the house.",
            "b.txt": "A 2-year-old child was in the home.",
        },
    )
    assert {c.document for c in groups["age of the 2-year-old child"][1]} == {"b.txt"}


@pytest.mark.parametrize(
    "first, second",
    [
        ("Meanwhile, a 46-year-old man died.", "Meanwhile, a 30-year-old woman was hurt."),
        ("A 37-year-old Springfield man was killed.", "A 52-year-old Springfield man was hurt."),
        ("Man, 24, shot on a street corner", "Man, 30, hurt in a crash"),
        ("A woman in her 50s was hurt.", "A woman in her 60s was hurt."),
    ],
)
def test_words_that_name_no_one_give_no_ages_to_compare(tmp_path, first, second):
    groups = _groups(tmp_path, {"a.txt": first, "b.txt": second})
    assert all(group.verdict is not Verdict.CONFLICT for group, _ in groups.values())


@pytest.mark.parametrize(
    "unnamed, named",
    [
        # The ages are not theirs: they come after the event word, or after a preposition.
        ("Police arrested two men in the deaths of a 21-year-old and a 27-year-old.", None),
        ("Police arrested two men in the beating of a 21-year-old and a 27-year-old.", None),
        # Three ages for two people.
        ("Two men, ages 21, 25 and 27, were arrested.", None),
        # Two roles in the sentence: whose ages, unclear.
        ("Two men, ages 21 and 27, were arrested after two people were killed.", None),
        # The named article counts no two in the role.
        ("Two men, ages 21 and 27, were arrested.", "Tom Lee, 23, and Bob Ray, 29, were charged with assault."),
        # The named article counts two, but names three in the role.
        (
            "Two men, ages 21 and 27, were arrested.",
            "Two men were charged. Tom Lee, 23, Bob Ray, 29, and Al Poe, 40, were charged.",
        ),
    ],
)
def test_ages_of_an_unnamed_group_meet_no_names_unless_both_sides_give_all_the_ages(tmp_path, unnamed, named):
    named = named or "Two men were charged. Tom Lee, 23, and Bob Ray, 29, were charged with assault."
    groups = _groups(tmp_path, {"a.txt": unnamed, "b.txt": named})
    assert all(group.verdict is not Verdict.CONFLICT for group, _ in groups.values())
    assert _named_ages_met(groups) == set()


def _named_ages_met(groups) -> set[float | None]:
    """The ages of a.txt in the groups of people b.txt names."""
    named = [members for _, members in groups.values() if any(c.key.startswith("age|name:") for c in members)]
    return {c.value for members in named for c in members if c.document == "a.txt"}


def test_named_people_ranked_in_two_orders_meet_no_rank(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Two men, ages 21 and 27, were arrested.",
            "b.txt": "Two men were charged. Tom Lee, 23, and Bob Ray, 29, were charged with assault.",
            "c.txt": "Two men were charged. Tom Lee, 30, and Bob Ray, 29, were charged with assault.",
        },
    )
    assert _named_ages_met(groups) == set()


def test_an_age_set_off_after_an_unnamed_person_is_no_count(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Two people, a man, 45, and a woman, 38, were found shot inside the home.",
            "b.txt": "Two people were wounded on Oak Street.",
        },
    )
    assert {c.value for c in groups["people injured"][1]} == {2}


def test_a_number_set_off_after_a_word_for_a_person_is_an_age_after_any_other_word_no_age():
    claims = extract_text("The total, 45, is a record. The victim, 19, died.")
    assert [(c.surface, c.kind) for c in claims] == [("45", "count"), ("19", "age")]
