"""Grouping and verdicts through the library API, on small made-up articles in real files."""

from __future__ import annotations

import pytest

from checker import Verdict, check


def _groups(tmp_path, articles: dict[str, str]):
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = check([tmp_path])
    by_id = {claim.id: claim for claim in result.claims}
    return {group.subject: (group, [by_id[c] for c in group.claims]) for group in result.groups}


def test_a_figure_listed_with_one_more_person_is_a_part_and_one_listed_with_a_thing_is_not(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Two men and a woman were killed. Three teenagers and an adult were hurt. Five people and a dog "
            "were rescued.",
            "b.txt": "Three people were killed. Four people were hurt. Five people were rescued.",
        },
    )
    assert groups["people killed"][0].verdict is Verdict.SINGLE_SOURCE  # not two against three
    assert groups["people injured"][0].verdict is Verdict.SINGLE_SOURCE
    assert groups["people rescued"][0].verdict is Verdict.CONSISTENT


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


@pytest.mark.parametrize(
    ("about", "other", "verdict"),
    [
        ("About 20", "23", Verdict.CONSISTENT),
        ("About 20", "26", Verdict.CONFLICT),
        ("Around 23", "26", Verdict.CONFLICT),
        ("Around 2,000", "2,250", Verdict.CONSISTENT),
        ("Around 2,000", "1,650", Verdict.CONFLICT),  # a third below it: more than rounding
        ("Around 2,000", "About 1,500", Verdict.CONFLICT),
    ],
)
def test_an_approximate_round_figure_allows_what_rounds_to_it(tmp_path, about, other, verdict):
    groups = _groups(
        tmp_path,
        {
            "a_2024-03-01.txt": f"{about} people were at the party when the shots were fired.",
            "b_2024-03-01.txt": f"There were {other} people at the party, police said.",
        },
    )
    assert groups["people present"][0].verdict is verdict


@pytest.mark.parametrize(
    ("first", "other", "verdict"),
    [
        ("Up to 16", "Fifteen", Verdict.CONSISTENT),  # "up to" gives that figure, a little less allowed
        ("Up to 16", "Eight", Verdict.CONFLICT),
        ("Up to 16", "Fewer than 20", Verdict.CONSISTENT),
        ("A couple of", "Three", Verdict.CONSISTENT),  # two, or two or three
        ("A couple of", "Five", Verdict.CONFLICT),
    ],
)
def test_a_figure_allows_what_its_words_allow(tmp_path, first, other, verdict):
    groups = _groups(
        tmp_path,
        {
            "a_2024-03-01.txt": f"{first} people were injured in the blast.",
            "b_2024-03-01.txt": f"{other} people were injured, officials said.",
        },
    )
    assert groups["people injured"][0].verdict is verdict


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


# Articles -> the verdict of their "people ..." group, and words its explanation must give.
TIME_CASES = {
    "none arrested, then arrests: an update, the later figure to print": (
        {"a_2024-03-01.txt": "No arrests have been made, police said.", "b_2024-03-04.txt": "Two men were arrested."},
        "people detained",
        Verdict.UPDATE,
        ["b_2024-03-04.txt says Two (published 2024-03-04, after 2024-03-01)", "a_2024-03-01.txt says No", "print"],
    ),
    "an ordinal counts so far": (
        {"a_2024-03-01.txt": "One man was arrested.", "b_2024-03-02.txt": "A second man is in custody."},
        "people detained",
        Verdict.UPDATE,
        ["b_2024-03-02.txt says A second", "only grows"],
    ),
    "none yet on the same day is the earlier state": (
        {"a_2024-03-01.txt": "Nobody is in custody.", "b_2024-03-01.txt": "Police arrested two men."},
        "people detained",
        Verdict.UPDATE,
        ["the same day", "a_2024-03-01.txt says Nobody"],
    ),
    "an article giving none yet beside its later count is an update, though the sources agree now": (
        {
            "a_2024-03-01.txt": "Police arrested two men. Earlier story: nobody is in custody.",
            "b_2024-03-01.txt": "Two men are in custody.",
        },
        "people detained",
        Verdict.UPDATE,
        ["a_2024-03-01.txt also says none so far", "b_2024-03-01.txt says Two"],
    ),
    "fewer injured, as many more dead: a victim died": (
        {
            "a_2024-03-01.txt": "Five people were wounded in the shooting.",
            "b_2024-03-09.txt": "The shooting killed one man and injured four others.",
        },
        "people injured",
        Verdict.UPDATE,
        ["1 of the injured has since died", "b_2024-03-09.txt says four"],
    ),
    "fewer injured, as many more dead, the dead named by their own word": (
        {
            "a_2024-03-01.txt": "Three people were injured in the blast at the plant.",
            "b_2024-03-04.txt": "One worker was killed and two others were injured in the blast.",
        },
        "people injured",
        Verdict.UPDATE,
        ["1 of the injured has since died, so the 3 victims are the same"],
    ),
    "more shot later, a victim found: an update": (
        {
            "a_2024-03-01.txt": "Five people were shot, two fatally.",
            "b_2024-03-03.txt": "A sixth victim went to a hospital, so six people were shot, two fatally.",
        },
        "people shot",
        Verdict.UPDATE,
        ["a count that only grows has risen"],
    ),
    "fewer injured later, with no one dead: a conflict": (
        {"a_2024-03-01.txt": "Five people were wounded.", "b_2024-03-09.txt": "Four people were wounded."},
        "people injured",
        Verdict.CONFLICT,
        ["a_2024-03-01.txt says Five vs b_2024-03-09.txt says Four"],
    ),
    "a revision cue orders the same day": (
        {
            "a_2024-03-01.txt": "Four people were wounded.",
            "b_2024-03-01.txt": "Police now say five people were wounded.",
        },
        "people injured",
        Verdict.UPDATE,
        ["words mark the figure as a revision", "b_2024-03-01.txt says five", "a_2024-03-01.txt still says 4"],
    ),
    "an article giving the other's figure as its own earlier report orders the same day": (
        {
            "a_2024-03-01.txt": "Four people were shot near the station.",
            "b_2024-03-01.txt": "Five people were shot at the station. Police had initially said four were shot.",
            "c_2024-03-02.txt": "Five people were shot near the station on Friday.",
        },
        "people injured",
        Verdict.UPDATE,
        ["on or after 2024-03-01", "b_2024-03-01.txt itself gives the earlier figure", "only grows has risen"],
    ),
    "an earlier report of a count that grew is no reason for a lower one": (
        {
            "a_2024-03-01.txt": "Five people were shot near the station.",
            "b_2024-03-01.txt": "Four people were shot at the station. Police initially said five people were shot.",
        },
        "people injured",
        Verdict.CONFLICT,
        ["a_2024-03-01.txt says Five vs b_2024-03-01.txt says Four"],
    ),
    "an earlier report's cue ends at a but: the figure after it is the current one": (
        {
            "a_2024-03-01.txt": "Four people were injured at the mall.",
            "b_2024-03-01.txt": "Earlier reports said four people were injured, but six people were hurt at the mall.",
        },
        "people injured",
        Verdict.UPDATE,
        ["b_2024-03-01.txt says six (the same day", "itself gives the earlier figure"],
    ),
    "an article that recalls a figure as an earlier report does not still say it": (
        {
            "a_2024-03-01.txt": "Four people were injured at the mall.",
            "b_2024-03-01.txt": "Earlier reports said four people were injured, but six people were hurt at the mall.",
            "c_2024-03-02.txt": "Police now say six people were injured at the mall.",
        },
        "people injured",
        Verdict.UPDATE,
        ["; a_2024-03-01.txt still says 4."],
    ),
    "a higher figure that rules out the other's is a correction, no earlier report": (
        {
            "a_2024-03-01.txt": "Four people were shot near the station.",
            "b_2024-03-01.txt": "Five people, not four, were shot near the station.",
        },
        "people injured",
        Verdict.CONFLICT,
        ["a_2024-03-01.txt says Four vs b_2024-03-01.txt says Five"],
    ),
    "a figure the words rule out takes no part": (
        {
            "a_2024-03-01.txt": "One person died in the shooting, not two.",
            "b_2024-03-01.txt": "Two people were killed.",
        },
        "people killed",
        Verdict.CONFLICT,
        ["a_2024-03-01.txt says One vs b_2024-03-01.txt says Two"],
    ),
    "an initial report is an earlier figure, no support for a later one": (
        {
            "a_2024-03-01.txt": "One man died. An initial report that a second man had died was wrong.",
            "b_2024-03-01.txt": "Two people were killed.",
        },
        "people killed",
        Verdict.CONFLICT,
        ["a_2024-03-01.txt says One vs b_2024-03-01.txt says Two"],
    ),
    "fewer missing days later: the missing are found, an update": (
        {
            "a_2024-03-01.txt": "Rescuers were searching for 60 people reported missing.",
            "b_2024-03-03.txt": "Some 40 people remain missing after the landslide.",
        },
        "people missing",
        Verdict.UPDATE,
        ["published 2024-03-03, after 2024-03-01", "the count of those missing changes as the days go by"],
    ),
    "fewer trapped a day later: people are freed, an update": (
        {
            "a_2024-03-01.txt": "At least 30 people were trapped after the building collapsed.",
            "b_2024-03-02.txt": "About 12 people are still trapped in the collapsed building.",
        },
        "people trapped",
        Verdict.UPDATE,
        ["published 2024-03-02, after 2024-03-01", "the count of those trapped changes as the days go by"],
    ),
    "fewer still in hospital days later: people go home, an update": (
        {
            "a_2024-03-01.txt": "Three people remain hospitalized after the crash.",
            "b_2024-03-03.txt": "Two people remain in the hospital after the crash.",
        },
        "people still in hospital",
        Verdict.UPDATE,
        ["published 2024-03-03, after 2024-03-01", "changes as the days go by"],
    ),
    "fewer in critical condition days later: an update": (
        {
            "a_2024-03-01.txt": "Three victims are in critical condition.",
            "b_2024-03-03.txt": "One victim is in critical condition, police said.",
        },
        "people in critical condition",
        Verdict.UPDATE,
        ["changes as the days go by"],
    ),
    "fewer with life-threatening injuries days later: an update": (
        {
            "a_2024-03-01.txt": "Two victims had life-threatening injuries.",
            "b_2024-03-03.txt": "One victim still has life-threatening injuries.",
        },
        "people with life-threatening injuries",
        Verdict.UPDATE,
        ["changes as the days go by"],
    ),
    "fewer in critical condition on the same day: a conflict": (
        {
            "a_2024-03-01.txt": "Three victims are in critical condition.",
            "b_2024-03-01.txt": "One victim is in critical condition, police said.",
        },
        "people in critical condition",
        Verdict.CONFLICT,
        ["a_2024-03-01.txt says Three vs b_2024-03-01.txt says One"],
    ),
    "fewer missing on the same day: a conflict": (
        {"a_2024-03-01.txt": "Sixty people are missing.", "b_2024-03-01.txt": "Forty people are missing."},
        "people missing",
        Verdict.CONFLICT,
        ["a_2024-03-01.txt says Sixty vs b_2024-03-01.txt says Forty"],
    ),
    "a revision in an undated article does not date a stale one": (
        {"a.txt": "Four people were wounded.", "b.txt": "Police now say five people were wounded."},
        "people injured",
        Verdict.CONFLICT,
        ["a.txt says Four vs b.txt says five"],
    ),
}


@pytest.mark.parametrize("name", TIME_CASES)
def test_time_cases(tmp_path, name):
    articles, subject, verdict, words = TIME_CASES[name]
    group, members = _groups(tmp_path, articles)[subject]
    assert (group.verdict, {c.document for c in members}) == (verdict, set(articles))
    for needed in words:
        assert needed in group.explanation, (needed, group.explanation)


def test_a_figure_revised_the_same_day_is_superseded(tmp_path):
    (tmp_path / "a_2024-03-01.txt").write_text("Four people were wounded.", encoding="utf-8")
    (tmp_path / "b_2024-03-01.txt").write_text("Police now say five people were wounded.", encoding="utf-8")
    result = check([tmp_path])
    assert [(f.name, f.document) for f in result.findings] == [("superseded", "a_2024-03-01.txt")]


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
    assert groups["people detained"][0].verdict is Verdict.CONSISTENT
    assert "children injured" in groups and groups["children injured"][0].verdict is Verdict.SINGLE_SOURCE


# Pairs of articles whose figures name no clear subject, so none may join a group.
UNCLEAR = {
    "a time of day": ("It was 7 in the morning.", "It was 8 in the morning."),
    "people need an event": ("Two women were seen nearby.", "Three women were seen nearby."),
    "a bare partitive": ("Officers fired 30 rounds.", "Deputies fired 12 rounds."),
    "occurrences": ("He ran three times.", "He ran four times."),
    "a past tense or a verb after one is no plural noun": ("One guy laid down.", "One source tells us more."),
    "a length of time with nothing that lasted it": ("He was jailed for 10 years.", "He was jailed for 12 years."),
    "a length of time of an amount": ("It took a total of 10 days.", "It took a period of 12 days."),
    "a place that modifies another noun": (
        "One man was in the club parking lot.",
        "Three men were in the club parking lot.",
    ),
    "people an attack befell did not attack": ("Two men were ambushed outside.", "Three men were ambushed outside."),
    "a place after a that is no venue": ("Two men were in a car.", "Three men were in a car."),
    "who fled, the crowd or the suspects, the words do not say": (
        "About 100 people fled the party, police said.",
        "Two men fled in a car, police said.",
    ),
    "counts of charges and records befall no one": (
        "Ann Ray faces five felony counts and has two prior convictions.",
        "Ann Ray was also charged with four felonies and two misdemeanors.",
    ),
    "how often a victim was stabbed counts blows, not people": (
        "Police said he was stabbed five times.",
        "Police said he was stabbed three times.",
    ),
    "a sum or a distance with no thing named after it, or a place": (
        "Iran was sent $1.7 billion. The town lies 90 miles north. He lost $5 million in Florida.",
        "Iran was sent $1.5 billion. The town lies 80 miles north. He lost $6 million in Florida.",
    ),
    "a word for an amount itself names no thing": (
        "Losses ran in excess of $5 million. It cost a total of $2 million.",
        "Losses ran in excess of $6 million. It cost a total of $3 million.",
    ),
    "what follows separate shootings in its paragraph is of them": (
        "Police responded to two separate shootings. There was one minor injury.",
        "Police responded to two separate shootings. Three people were hurt.",
    ),
    "a count is whole": ("About 2.5 people were hurt.", "About 3.5 people were hurt."),
    "people at a gathering held after the event": (
        "About 200 people attended a vigil on Sunday.",
        "About 250 people attended the funeral.",
    ),
}


@pytest.mark.parametrize("name", UNCLEAR)
def test_figures_without_a_clear_subject_stay_unmatched(tmp_path, name):
    for file, text in zip(("a.txt", "b.txt"), UNCLEAR[name], strict=True):
        (tmp_path / file).write_text(text, encoding="utf-8")
    result = check([tmp_path])
    assert result.claims and all(claim.group is None for claim in result.claims)
    assert result.groups == ()


def test_an_event_before_a_clause_of_the_figures_own_is_not_said_of_it(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Five people were wounded when two gunmen opened fire.",
            "b.txt": "Five people were shot by three gunmen.",
        },
    )
    assert {c.value for c in groups["people injured"][1]} == {5}
    assert not [subject for subject in groups if "gunmen" in subject]


def test_words_for_the_same_people_group_together(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Two teenagers were killed and five others were wounded.",
            "b.txt": "Two people died. Five victims were hurt.",
            "c.txt": "The shooting left 2 dead and 5 injured.",
        },
    )
    assert {c.document for c in groups["people killed"][1]} == {"a.txt", "b.txt", "c.txt"}
    assert {c.document for c in groups["people injured"][1]} == {"a.txt", "b.txt", "c.txt"}
    assert groups["people injured"][0].verdict is Verdict.CONSISTENT


def test_a_figure_for_this_year_is_its_own_subject(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Two people were killed. More than 700 people have been killed in the city this year.",
            "b.txt": "Two people were killed on Friday.",
        },
    )
    assert {c.value for c in groups["people killed"][1]} == {2}
    assert groups["people killed (this year)"][0].verdict is Verdict.SINGLE_SOURCE


def test_ages_by_relative_and_by_first_name(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Police named the victims as Ann Novak, 61, and her son. Novak's 30-year-old son, Peter, died.",
            "b.txt": "Ann Novak, 61, and her 30-year-old son, Peter Novak, were killed.",
        },
    )
    assert groups["age of Ann Novak"][0].verdict is Verdict.CONSISTENT
    assert {c.document for c in groups["age of Peter Novak"][1]} == {"a.txt", "b.txt"}


def test_parts_of_a_total_do_not_join_the_total(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Twelve people were injured, including two critically. Three of them were hurt badly.",
            "b.txt": "Three women and two men were injured. Another three were injured later.",
            "c.txt": "12 people were injured in the blast.",
            "d.txt": "12 people were injured in the blast. A further four were injured in the crush.",
        },
    )
    group, members = groups["people injured"]
    assert group.verdict is Verdict.CONSISTENT and {c.value for c in members} == {12}
    assert groups["people in critical condition"][0].verdict is Verdict.SINGLE_SOURCE


def test_others_shot_after_the_dead_are_the_wounded(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "One man was killed and five others were shot.",
            "b.txt": "One person died and five people were injured. Police heard 11 shots.",
        },
    )
    assert {c.document for c in groups["people injured"][1]} == {"a.txt", "b.txt"}
    assert groups["people injured"][0].verdict is Verdict.CONSISTENT
    assert [c.value for c in groups["gunshots"][1]] == [11]  # shots are counted as they are, not as the wounded


def test_condition_and_discharge_are_events_of_their_own(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Six people were taken to hospitals. Three were treated and released. Two are stable.",
            "b.txt": "Six victims were hospitalized.",
        },
    )
    assert groups["people hospitalised"][0].verdict is Verdict.CONSISTENT
    assert {c.value for c in groups["people hospitalised"][1]} == {6}
    assert "people released" in groups and "people in stable condition" in groups


RATES = {
    "a.txt": "The 25 percent tariffs on steel and 10 percent on aluminum stay. Exports fell 30 percent.",
    "b.txt": "It kept duties of 25% on imported steel and a 10% tariff on aluminum.",
}
CRITICAL = {
    "a.txt": "A gunman injured 13 people, including one critically.",
    "b.txt": "Thirteen people were wounded and one is in critical condition.",
}
# Small cases: articles -> the subject group they must form, its verdict and the values in it.
SUBJECT_CASES = {
    "a figure that fits another document is no conflict": (
        {
            "a_2024-03-01.txt": "Two people were killed. Five people were killed in the same town in 1990.",
            "b_2024-03-01.txt": "Two people were killed on Sunday night.",
        },
        "people killed",
        Verdict.CONSISTENT,
        None,
    ),
    "a related headline and a box of other headlines join no group": (
        {
            "a.txt": "Three people were shot at the park on Sunday.\n\nRelated: 2 shot at a bus stop\n\n"
            "Most Read\nMan, 20, shot in a car\n4 shot outside a bar\n",
            "b.txt": "Police said three people were shot at the park.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {3},
    ),
    "a shooting that comes a day after another: the other's figures stay unmatched": (
        {
            "a.txt": "Two men were wounded. The shooting comes a day after four people were wounded in a drive-by.",
            "b.txt": "Two men were wounded on Elm Street, police said.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {2},
    ),
    "one of a series of shootings: the figures of the others stay unmatched": (
        {
            "a.txt": "Three people were wounded on Elm Street. It was the second drive-by on the block in a week. "
            "Two other people were wounded in that shooting.",
            "b.txt": "Police said three people were wounded on Elm Street.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {3},
    ),
    "a label naming a year heads a tally of that year, not the story's toll": (
        {
            "a_2024-05-02.txt": "Two men were killed on Elm Street.\n\nCity shootings in 2024: 1,204 shot, 230 killed",
            "b_2024-05-02.txt": "Police said two men were killed.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {2},
    ),
    "figures about another incident stay unmatched": (
        {
            "a.txt": "Three people were injured. In another shooting last year, nine people were injured.",
            "b.txt": "Three people were injured, police said.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {3},
    ),
    "figures of last month or of a similar event stay unmatched": (
        {
            "a.txt": "Police detained 214 people. Last month 150 people were arrested at a rally.",
            "b.txt": "Some 214 people were arrested. Police held 90 people at a similar march in May.",
        },
        "people detained",
        Verdict.CONSISTENT,
        {214},
    ),
    "a deadly shooting is the story's own, the deadliest mass shooting another": (
        {
            "a.txt": "Two men were arrested after the deadly shooting.",
            "b.txt": "Police arrested two men. Four men were arrested after the deadliest mass shooting.",
        },
        "people detained",
        Verdict.CONSISTENT,
        {2},
    ),
    "a vague amount alone does not clash with a figure": (
        {"a_2024-03-01.txt": "Nineteen people were injured in the crash.", "b_2024-03-01.txt": "Several were injured."},
        "people injured",
        Verdict.CONSISTENT,
        None,
    ),
    "how much a count grew, beside the count, is no count of its subject": (
        {
            "a_2024-03-01.txt": "Police said 20 people were killed.",
            "b_2024-03-02.txt": "The toll rose to 22 after two more victims died.",
        },
        "people killed",
        Verdict.UPDATE,
        {20, 22},
    ),
    "an event's participle before a plural counts what the plural names": (
        {"a.txt": "Rescuers searched 40 collapsed buildings.", "b.txt": "Officials said 41 buildings collapsed."},
        "buildings destroyed",
        Verdict.CONFLICT,
        {40, 41},
    ),
    "a part of a total with no event of its own joins nothing": (
        {
            "a.txt": "About 30 passengers were on board.",
            "b.txt": "Eighteen passengers were injured, six of them seriously. Some 30 passengers had boarded.",
        },
        "passengers",
        Verdict.CONSISTENT,
        {30},
    ),
    "wounded officers are officers": (
        {"a.txt": "Five wounded officers were taken to hospital.", "b.txt": "Five officers were wounded."},
        "officers injured",
        Verdict.CONSISTENT,
        {5},
    ),
    "the stabbed are the wounded where no one died": (
        {
            "a.txt": "Three people were stabbed outside a bar on Sunday.",
            "b.txt": "Police said two people were injured in a stabbing outside a bar.",
        },
        "people injured",
        Verdict.CONFLICT,
        {2, 3},
    ),
    "stabbed to death and fatally stabbed count the dead": (
        {"a.txt": "Three people were stabbed, one fatally.", "b.txt": "A man was stabbed to death in the park."},
        "people killed",
        Verdict.CONSISTENT,
        {1},
    ),
    "shot to death and more killed count the dead": (
        {"a.txt": "Four people were found shot to death on Saturday.", "b.txt": "4 more killed in a shooting."},
        "people killed",
        Verdict.CONSISTENT,
        {4},
    ),
    "a bare figure after its verb, and an aside, keep their event": (
        {
            "a.txt": "Police arrested two men after a shootout that wounded eight.",
            "b.txt": "The gun battle left eight people, including both gunmen, wounded.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {8},
    ),
    "figures inside an including-aside are parts": (
        {
            "a.txt": "Eight people were injured, including a boy and four women, police said.",
            "b.txt": "Eight people were wounded.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {8},
    ),
    "a perfect passive is the clause's own verb": (
        {
            "a.txt": "Six people were taken to hospitals. Three patients taken to the hospital had been discharged.",
            "b.txt": "Six victims were hospitalized.",
        },
        "people hospitalised",
        Verdict.CONSISTENT,
        {6},
    ),
    "the rest of a part is a part": (
        {
            "a.txt": "Five people were hospitalized. Two of them were flown; the other three were taken to hospital.",
            "b.txt": "Five victims were hospitalized.",
        },
        "people hospitalised",
        Verdict.CONSISTENT,
        {5},
    ),
    "things counted with no event group by their noun, parts and calibres apart": (
        {
            "a.txt": "Police recovered 10 shell casings.",
            "b.txt": "Ten shell casings, among them .40 shell casings, were found, including 4 shell casings inside.",
        },
        "shell casings",
        Verdict.CONSISTENT,
        {10},
    ),
    "shots are counted as they are, whatever else the sentence says happened": (
        {"a.txt": "A video caught at least 12 shots as two people were killed.", "b.txt": "Witnesses heard 12 shots."},
        "gunshots",
        Verdict.CONSISTENT,
        {12},
    ),
    "the people shot beside a death told by an age are no count of the wounded": (
        {
            "a.txt": "A 30-year-old man was pronounced dead. He was one of four shot. Three others were wounded.",
            "b.txt": "Three people were wounded in the shooting.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {3},
    ),
    "shots fired are no event of the people near them": (
        {
            "a.txt": "Five people were shot. About 150 people were at the party when shots rang out.",
            "b.txt": "Five people were shot at the party.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {5},
    ),
    "a sentence opening with another month is of an earlier event": (
        {
            "a_2024-05-10.txt": "Two people were wounded on Sunday. In March, five were wounded at the same bar.",
            "b_2024-05-10.txt": "Two people were wounded in the shooting.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {2},
    ),
    "figures dated weeks before their article are of an earlier event": (
        {
            "a_2024-08-15.txt": "Two people were killed on Saturday. A shooting on Aug. 2 left one man dead nearby.",
            "b_2024-08-15.txt": "Two people were killed in the shooting.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {2},
    ),
    "'N shot, M killed' counts the dead among the shot": (
        {
            "a.txt": "7 shot, 1 killed at block party. A man was killed and six other people were wounded.",
            "b.txt": "Six people were wounded at the block party.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {6},
    ),
    "a city's toll over some days is not the shooting's": (
        {
            "a.txt": "One man was killed at the party. Across the city, six people were killed over the weekend.",
            "b.txt": "A man was killed at the party.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {1},
    ),
    "figures by place with the verb left out are parts": (
        {
            "a.txt": "Five people were hospitalized. Three were taken to Mercy Hospital, two to St. Luke's.",
            "b.txt": "Five victims were taken to hospitals.",
        },
        "people hospitalised",
        Verdict.CONSISTENT,
        {5},
    ),
    "a station is no deployment": (
        {
            "a.txt": "A shooting at a gas station leaves 1 dead.",
            "b.txt": "One man was killed at the gas station.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {1},
    ),
    "an event in a clause about another noun is not the figure's": (
        {
            "a.txt": "Two officers returned fire, striking the suspect, who died at a hospital.",
            "b.txt": "Two officers returned fire.",
        },
        "officers",
        Verdict.CONSISTENT,
        {2},
    ),
    "a tally since a month is of many events": (
        {
            "a.txt": "Two people were shot on Sunday. Police said 12 people have been shot here since January.",
            "b.txt": "Two people were shot.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {2},
    ),
    "'shot two, killing one' counts the dead among the shot": (
        {
            "a.txt": "The gunman shot two people, killing one. A man was killed and a woman was wounded.",
            "b.txt": "A woman was wounded in the shooting.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {1},
    ),
    "the sentence after one about other events, in its paragraph, is about them too": (
        {
            "a.txt": "Two were killed at the party.\n\nIt was one of 40 shootings across the city. Nine were killed.",
            "b.txt": "Two people were killed at the party.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {2},
    ),
    "the sentence after one about this year is about this year too": (
        {
            "a.txt": "Two were killed on Sunday.\n\nThere were 30 shootings in the city this year. Nine people died.",
            "b.txt": "Two people were killed.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {2},
    ),
    "a sentence naming a day of its own after one about another time is the story's": (
        {
            "a.txt": "Last month, four people were wounded at the same bar. On Sunday, two men were killed there.",
            "b.txt": "Two men were killed at the bar on Sunday.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {2},
    ),
    "scope words in a clause about another noun are not the figure's": (
        {
            "a.txt": "Four people were wounded at the bar, which opened last month.",
            "b.txt": "Four people were wounded at the bar.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {4},
    ),
    "people found with gunshot wounds are the shot, the dead among them": (
        {
            "a.txt": "One man was killed and three others were wounded. Police found four people with gunshot wounds.",
            "b.txt": "Three people were wounded in the shooting.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {3},
    ),
    "a running total is counted by its noun, not by the event that raised it": (
        {
            "a_2024-03-01.txt": "The two deaths raise the city's homicide total to 104 for the year.",
            "b_2024-03-01.txt": "The shooting brings the city's homicide total to 106.",
        },
        "homicide total",
        Verdict.CONFLICT,
        {104, 106},
    ),
    "words that leave the things counted as they are do not split them": (
        {
            "a_2024-03-01.txt": "Israel obtained 100,000 secret files.",
            "b_2024-03-01.txt": "The archive contained 55,000 files and other evidence.",
            "c_2024-03-01.txt": "Tens of thousands of classified files were seized.",
        },
        "files",
        Verdict.CONFLICT,
        {100_000, 55_000, None},
    ),
    "a thing and its abbreviation are one subject": (
        {"a.txt": "Agents seized 183 compact discs.", "b.txt": "The files were on 183 CD's."},
        "compact discs",
        Verdict.CONSISTENT,
        {183},
    ),
    "pages are counted things": (
        {"a.txt": "The report ran to 300 pages.", "b.txt": "Experts read all 300 pages of the report."},
        "pages",
        Verdict.CONSISTENT,
        {300},
    ),
    "a length of time is the length of what lasted it": (
        {
            "a_2024-03-01.txt": "The standoff lasted 40 minutes.",
            "b_2024-03-01.txt": "Police ended a 45-minute standoff.",
        },
        "length of standoff (minutes)",
        Verdict.CONFLICT,
        {40, 45},
    ),
    "what lasted is named by its alias": (
        {"a.txt": "The gunman went on a 15-minute rampage.", "b.txt": "The shooting spree lasted 15 minutes."},
        "length of spree (minutes)",
        Verdict.CONSISTENT,
        {15},
    ),
    "a length of time for a delay, named by a noun or a verb before it": (
        {
            "a.txt": "The board delayed the vote on the plan for 30 days.",
            "b.txt": "It will wait another 30 days. Talks were extended for a final 30 days.",
            "c.txt": "Members agreed to a 30-day reprieve.",
        },
        "length of delay (days)",
        Verdict.CONSISTENT,
        {30},
    ),
    "a length in another unit is another subject": (
        {"a.txt": "The standoff lasted about 2 hours.", "b.txt": "It was a 2-hour standoff. It lasted 120 minutes."},
        "length of standoff (hours)",
        Verdict.CONSISTENT,
        {2},
    ),
    "people in a place with no event are counted by the place": (
        {
            "a_2024-03-01.txt": "Around five people were in the house at the time.",
            "b_2024-03-01.txt": "Police said eight people were inside the house.",
        },
        "people at the house",
        Verdict.CONFLICT,
        {5, 8},
    ),
    "people at a gathering are the people present, whatever the words": (
        {
            "a.txt": "Around 200 people were in the club at the time.",
            "b.txt": "The club was full with about 200 guests.",
            "c.txt": "The shooting broke out at a party attended by more than 200 people.",
            "d.txt": "Up to 200 people may have attended. Some 200 partygoers ran.",
            "e.txt": "About 200 people were at a house party.",
        },
        "people present",
        Verdict.CONSISTENT,
        {200},
    ),
    "the people who opened fire, by their noun or by what they did": (
        {
            "a.txt": "At least two shooters were seen nearby.",
            "b.txt": "Police said two men opened fire on the crowd.",
            "c.txt": "Two gunmen ambushed the party.",
        },
        "people who opened fire",
        Verdict.CONSISTENT,
        {2},
    ),
    "people at a gathering are the people an event befell when the words say one did": (
        {"a.txt": "Four guests who attended the party were wounded.", "b.txt": "Four partygoers were shot."},
        "people injured",
        Verdict.CONSISTENT,
        {4},
    ),
    "rates group by what they are levied on": (RATES, "percent on steel", Verdict.CONSISTENT, {25}),
    "a rate on another good is another subject": (RATES, "percent on aluminum", Verdict.CONSISTENT, {10}),
    "people shot where some died count the dead too": (
        {
            "a.txt": "Six men were shot. One died in hospital.",
            "b.txt": "One man was killed. In all, six people were shot, including him.",
        },
        "people shot",
        Verdict.CONSISTENT,
        {6},
    ),
    "people shot where none died are the wounded, and so are the shot beside the dead": (
        {
            "a.txt": "13 people were shot at a party.",
            "b.txt": "A gunman opened fire, shooting 13 people.",
            "c.txt": "Thirteen people were shot and one person was killed.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {13},
    ),
    "the noun shooting is no event of a figure": (
        {
            "a.txt": "Nine people were hurt in a shooting that killed one.",
            "b.txt": "One person died and nine were injured.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {1},
    ),
    "a year after another shooting, or what should have been, stay unmatched": (
        {
            "a.txt": "Three people were shot. It comes a year after nine people were shot nearby. "
            "There should've been ten people dead.",
            "b.txt": "Three people were injured, police said.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {3},
    ),
    "an addition to an earlier count is a part": (
        {
            "a.txt": "Two people were taken to hospitals. Four others were also hospitalized with minor injuries.",
            "b.txt": "Two victims were hospitalized.",
        },
        "people hospitalised",
        Verdict.CONSISTENT,
        {2},
    ),
    "a with-phrase of its own takes no event from its sentence": (
        {
            "a.txt": "With about 20 people looking on, the man who killed two people was charged.",
            "b.txt": "Two people were killed.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {2},
    ),
    "a part with another event than the total the sentence before gives is its own subject": (
        {"a.txt": "Seven people were shot. Two of the victims were killed.", "b.txt": "Two people died."},
        "people killed",
        Verdict.CONSISTENT,
        {2},
    ),
    "a new clause with its own figure ends the counted phrase": (
        {"a.txt": "Gunfire killed two people and left five others wounded.", "b.txt": "Two people were killed."},
        "people killed",
        Verdict.CONSISTENT,
        {2},
    ),
    "people taken to hospital with injuries are the injured": (
        {"a.txt": "Four people were taken to a hospital with minor injuries.", "b.txt": "Four people were wounded."},
        "people injured",
        Verdict.CONSISTENT,
        {4},
    ),
    "all but five released counts those not released": (
        {
            "a.txt": "Nine people were hurt. All but five of the victims were released. Four patients were released.",
            "b.txt": "Four patients were released.",
        },
        "people released",
        Verdict.CONSISTENT,
        {4},
    ),
    "a figure after a preposition is no object of the verb before it": (
        {
            "a.txt": "Two people died. Six people were shot with only four people having suffered injuries.",
            "b.txt": "Four people were injured.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {4},
    ),
    "the last few of a count are what is left of it": (
        {
            "a_2024-03-01.txt": "Four people are missing.",
            "b_2024-03-02.txt": "Four people were missing. Rescuers found the last two missing people alive.",
        },
        "people missing",
        Verdict.CONSISTENT,
        {4},
    ),
    "the other few after a larger figure of their subject are the rest of it": (
        {
            "a.txt": "Two died and five others were wounded. Police do not know who shot the other four victims.",
            "b.txt": "Five people were wounded.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {5},
    ),
    "a sentence that opens with an earlier year is about another event": (
        {
            "a_2024-03-01.txt": "Two people were killed. And in 2019, four others were killed in a nearby town.",
            "b_2024-03-01.txt": "Two people were killed.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {2},
    ),
    "an earlier year after a figure in its clause dates it to another event": (
        {
            "a_2024-03-01.txt": "Five people were wounded. A man was killed at the bar in 2018, and three people "
            "were wounded there in 2020. A fight that hurt two in May 2021 closed it.",
            "b_2024-03-01.txt": "Five people were wounded and one was killed at a bar that opened in 2015.",
            "c_2024-03-01.txt": "A gunman who wounded five people last week was jailed in 2019.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {5},
    ),
    "victims expected to survive are the wounded": (
        {"a.txt": "All four victims are expected to survive.", "b.txt": "Four people were wounded."},
        "people injured",
        Verdict.CONSISTENT,
        {4},
    ),
    "an aside with another event than its sentence's is a subject of its own": (
        {
            "a.txt": "Victims were taken to several hospitals, including three flown to a trauma center.",
            "b.txt": "Three people were airlifted.",
        },
        "people airlifted",
        Verdict.CONSISTENT,
        {3},
    ),
    "the figure a death toll comes to counts the dead": (
        {
            "a_2024-03-01.txt": "The death toll from the floods has risen to 31, up from 25 reported earlier.",
            "b_2024-03-01.txt": "Thirty-one people died in the floods.",
            "c_2024-03-01.txt": "The number of dead stands at 31, officials said.",
        },
        "people killed",
        Verdict.CONSISTENT,  # the 25 is superseded by the 31 beside it
        {25, 31},
    ),
    "the figure a toll comes to takes the toll's event, not one after it": (
        {
            "a_2024-03-02.txt": "The death toll from the floods climbed to 21 on Tuesday, with 17 still missing.",
            "b_2024-03-02.txt": "Officials said 21 people were killed and 17 were missing.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {21},
    ),
    "a figure after a toll across a clause break is not the toll's": (
        {
            "a.txt": "The toll was not given; officials said 40 homes were damaged.",
            "b.txt": "About 40 homes were damaged in the storm.",
        },
        "homes damaged",
        Verdict.CONSISTENT,
        {40},
    ),
    "a perfect passive after another figure is that figure's verb": (
        {
            "a.txt": "Twelve people were missing and about 300 houses had been destroyed.",
            "b.txt": "Twelve people are missing after the landslide.",
        },
        "people missing",
        Verdict.CONSISTENT,
        {12},
    ),
    "houses and homes, soldiers and troops are one subject each": (
        {
            "a.txt": "The storm destroyed 300 houses. Some 900 soldiers were deployed.",
            "b.txt": "About 300 homes were destroyed and 900 troops have been deployed.",
        },
        "homes destroyed",
        Verdict.CONSISTENT,
        {300},
    ),
    "a clause after 'and' with its own figure is not part of the noun": (
        {
            "a.txt": "The blast injured 46 people and left 80 families homeless.",
            "b.txt": "Forty-six people were injured in the blast.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {46},
    ),
    "a later death that brings the toll up is an update, whatever else the article counts": (
        {
            "a_2024-03-01.txt": "Two people were killed in the crash.",
            "b_2024-03-02.txt": "A driver died in hospital, bringing the death toll to three. "
            "The two victims killed at the scene were named.",
        },
        "people killed",
        Verdict.UPDATE,
        {2, 3},
    ),
    "the shot counted with 'one fatally' include the dead": (
        {
            "a.txt": "Three people were shot, one fatally, on Sunday.",
            "b.txt": "Police said three people were shot on Sunday. A woman was killed.",
        },
        "people shot",
        Verdict.CONSISTENT,
        {3},
    ),
    "the level a rate is of, at the head of its clause": (
        {
            "a_2024-03-01.txt": "Turnout was 58 percent, the commission said.",
            "b_2024-03-01.txt": "Officials said turnout stood at 61%.",
        },
        "turnout (percent)",
        Verdict.CONFLICT,
        {58, 61},
    ),
    "a level after 'and' opens its clause": (
        {
            "a_2024-03-01.txt": "About 4 million people could vote and turnout was about 68%.",
            "b_2024-03-01.txt": "Turnout reached 68.4 percent.",
        },
        "turnout (percent)",
        Verdict.CONSISTENT,
        {68, 68.4},
    ),
    "a level after 'with' and 'at'": (
        {
            "a_2024-03-01.txt": "Lee won 52% of the vote, with turnout at 58%.",
            "b_2024-03-01.txt": "Turnout was 61 percent.",
        },
        "turnout (percent)",
        Verdict.CONFLICT,
        {58, 61},
    ),
    "a rate written to fewer places may be the same rate rounded": (
        {
            "a_2024-03-01.txt": "The jobless rate was 4 percent in May.",
            "b_2024-03-01.txt": "The jobless rate was 4.2 percent in May.",
        },
        "jobless rate (percent)",
        Verdict.CONSISTENT,
        {4, 4.2},
    ),
    "what a place holds is no count of the detained": (
        {
            "a.txt": "The arena holds 20,000 people. Police said 40 people were held overnight.",
            "b.txt": "Forty people were arrested at the arena.",
        },
        "people detained",
        Verdict.CONSISTENT,
        {40},
    ),
    "one arrest after none so far is an update": (
        {
            "a_2024-03-01.txt": "A man was pronounced dead at the scene. No arrests have been made.",
            "b_2024-03-02.txt": "A 25-year-old man was arrested on Saturday and charged with murder.",
        },
        "people detained",
        Verdict.UPDATE,
        {0, 1},
    ),
    "a part opened by 'of those' is no member of its total": (
        {
            "a.txt": "Police arrested 640 people. Of those, 90 remain in custody.",
            "b.txt": "Some 640 people were arrested, officials said.",
        },
        "people detained",
        Verdict.CONSISTENT,
        {640},
    ),
    "a part opened by 'of the dead,' is no member of its total": (
        {
            "a_2024-03-02.txt": "The quake killed 87 people. Of the dead, 12 were children.",
            "b_2024-03-02.txt": "At least 87 people died in the quake.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {87},
    ),
    "a part opened by 'of those detained,' is no member of its total": (
        {
            "a_2024-03-02.txt": "Police detained 214 people. Of those detained, 23 were minors.",
            "b_2024-03-02.txt": "A total of 214 people were detained.",
        },
        "people detained",
        Verdict.CONSISTENT,
        {214},
    ),
    "a part opened by 'of the injured,' with an event of its own is its own subject": (
        {
            "a_2024-03-02.txt": "Forty people were hurt. Of the injured, three are in critical condition.",
            "b_2024-03-02.txt": "Three people are in critical condition.",
        },
        "people in critical condition",
        Verdict.CONSISTENT,
        {3},
    ),
    "hospitals by number are no count of the hospitalised": (
        {
            "a_2024-03-02.txt": "The quake damaged buildings; 3 hospitals were damaged. Five people were hospitalised.",
            "b_2024-03-02.txt": "Five people were taken to hospital.",
        },
        "people hospitalised",
        Verdict.CONSISTENT,
        {5},
    ),
    "protesters by any of their names are one population": (
        {
            "a_2024-03-01.txt": "More than 200 protesters were arrested.",
            "b_2024-03-01.txt": "Police said 214 demonstrators were detained.",
        },
        "protesters detained",
        Verdict.CONSISTENT,
        {200, 214},
    ),
    "police counted as a body are police officers": (
        {
            "a_2024-03-01.txt": "About 40 police were injured in the clashes.",
            "b_2024-03-01.txt": "Sixty police officers were hurt.",
        },
        "security personnel injured",
        Verdict.CONFLICT,
        {40, 60},
    ),
    "an arrest told by its article is one of those so far": (
        {
            "a_2024-03-01.txt": "A 22-year-old man was arrested on Saturday, police said.",
            "b_2024-03-01.txt": "Two men have been arrested in the shooting.",
        },
        "people detained",
        Verdict.CONSISTENT,
        {1, 2},
    ),
    "a toll with or without the killer who turned the gun on himself agrees": (
        {
            "a_2024-03-01.txt": "A man shot his wife and two sons, then turned the gun on himself. Four people died.",
            "b_2024-03-01.txt": "Three people were killed in the home, police said.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {3, 4},
    ),
    "a toll including the gunman and one without him agree": (
        {
            "a_2024-03-01.txt": "Nine people, including the gunman, died in the shooting.",
            "b_2024-03-01.txt": "Eight people were killed in the shooting.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {8, 9},
    ),
    "the wounded with or without the suspect police shot agree": (
        {
            "a_2024-03-01.txt": "Five people, including the suspect, were wounded at the bar.",
            "b_2024-03-01.txt": "Four people were wounded at the bar. The gunman was also shot by an officer.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {4, 5},
    ),
    "the wounded one apart with the suspect unhurt conflict": (
        {
            "a_2024-03-01.txt": "Five people were wounded at the bar, police said.",
            "b_2024-03-01.txt": "Four people were wounded at the bar. The suspect was arrested.",
        },
        "people injured",
        Verdict.CONFLICT,
        {4, 5},
    ),
    "a toll one apart without the killer's death conflicts": (
        {
            "a_2024-03-01.txt": "A man shot his wife and two sons, then fled. Four people died.",
            "b_2024-03-01.txt": "Three people were killed in the home, police said.",
        },
        "people killed",
        Verdict.CONFLICT,
        {3, 4},
    ),
    "the wounded with life-threatening injuries are a part of the wounded": (
        {
            "a_2024-03-01.txt": "Seven people were wounded at the park.",
            "b_2024-03-01.txt": "Seven people were shot and wounded. Two victims have life-threatening injuries.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {7},
    ),
    "a verb in -ed before an event word is no noun of the counted": (
        {
            "a_2024-03-01.txt": "Three suffered non-life-threatening injuries.",
            "b_2024-03-01.txt": "Three sustained non-life-threatening injuries, police said.",
        },
        "people with injuries not life-threatening",
        Verdict.CONSISTENT,
        {3},
    ),
    "the verb a figure is the object of names its event": (CRITICAL, "people injured", Verdict.CONSISTENT, {13}),
    "a part with its own event is its own subject": (CRITICAL, "people in critical condition", Verdict.CONSISTENT, {1}),
    "one who remains hospitalized is still in hospital": (
        {
            "a_2024-03-01.txt": "One man remains hospitalized.",
            "b_2024-03-01.txt": "One man is still in the hospital, police said.",
        },
        "people still in hospital",
        Verdict.CONSISTENT,
        {1},
    ),
    "names and ages between a figure and its verb": (
        {
            "a_2024-03-01.txt": "Two other people, Dana Fox, 31, and Eli Hart, 17, were wounded in the shooting.",
            "b_2024-03-01.txt": "Two others, a 19-year-old man and a 20-year-old woman, were wounded on Pine Street.",
            "c_2024-03-01.txt": "Two people were wounded.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {2},
    ),
    "grazed by a bullet is wounded": (
        {
            "a_2024-03-01.txt": "Two women were grazed by bullets, police said.",
            "b_2024-03-01.txt": "Two women were wounded.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {2},
    ),
    "struck by bullets is shot": (
        {
            "a_2024-03-01.txt": "Two people were struck by stray bullets, police said.",
            "b_2024-03-01.txt": "Two teens were hit by bullets.",
            "c_2024-03-01.txt": "Two people were wounded.",
        },
        "people injured",
        Verdict.CONSISTENT,
        {2},
    ),
    "a number with its event right after it, no noun between": (
        {
            "a_2024-03-01.txt": "Another man died Monday, bringing the number killed to two.",
            "b_2024-03-01.txt": "Two people were killed in the shooting.",
        },
        "people killed",
        Verdict.CONSISTENT,
        {2},
    ),
    "an amount of a thing is its subject, in its unit": (
        {
            "a.txt": "Police seized 2 tons of cocaine at the port.",
            "b.txt": 'Officers found "three tons" of cocaine on the ship.',
        },
        "cocaine (short ton)",
        Verdict.CONFLICT,
        {2, 3},
    ),
    "a sum of money is of what follows it, and neighbouring round sums clash": (
        {
            "a_2024-03-01.txt": "The storm caused $5 billion in damage.",
            "b_2024-03-01.txt": "Insurers put the damage at $6 billion. It caused $6 billion of damage.",
        },
        "damage (USD)",
        Verdict.CONFLICT,
        {5e9, 6e9},
    ),
    "a rounded sum allows what rounds to it": (
        {"a.txt": "Donors pledged $5 billion in aid.", "b.txt": "The summit raised $5.4 billion in aid."},
        "aid (USD)",
        Verdict.CONSISTENT,
        {5e9, 5.4e9},
    ),
    "a sum is of what is named before its of, and a cap is no agreement with another sum": (
        {
            "a_2024-03-01.txt": "The company paid a fine of $2 million.",
            "b_2024-03-01.txt": "It faced a fine of up to $3 million.",
        },
        "fine (USD)",
        Verdict.CONFLICT,
        {2e6, 3e6},
    ),
    "an amount is of its thing whatever the verb": (
        {
            "a.txt": "Planes dropped 50,000 gallons of retardant.",
            "b.txt": "Crews used 60,000 gallons of retardant.",
        },
        "retardant (gallon)",
        Verdict.CONFLICT,
        {5e4, 6e4},
    ),
    "an abbreviation with periods is one word of what an amount is of": (
        {
            "a_2024-03-01.txt": "China would tax $50 billion of U.S. goods.",
            "b_2024-03-01.txt": "Beijing targets $60 billion of U.S. goods.",
        },
        "u.s. goods (USD)",
        Verdict.CONFLICT,
        {5e10, 6e10},
    ),
    "a time a figure is compared with is no other event's": (
        {
            "a_2024-03-01.txt": "Acme reported revenue of $4.2 billion, up 12% from a year earlier.",
            "b_2024-03-01.txt": "Acme reported revenue of $4.5 billion.",
        },
        "revenue (USD)",
        Verdict.CONFLICT,
        {4.2e9, 4.5e9},
    ),
    "jobs cut by one verb and another": (
        {
            "a_2024-03-01.txt": "The company cut about 1,200 jobs this year, and 12 workers hid in a shed.",
            "b_2024-03-01.txt": "The company has eliminated 1,500 jobs this year.",
        },
        "jobs cut (this year)",
        Verdict.CONFLICT,
        {1200, 1500},
    ),
    "a sum is the level of the noun that opens its clause, and a sum that reached a level is no revision": (
        {
            "a_2024-03-01.txt": "Acme reported net income of $610 million.",
            "b_2024-03-01.txt": "Acme's revenue rose 11% to $4.15 billion, while net income reached $640 million.",
        },
        "income (USD)",
        Verdict.CONFLICT,
        {6.1e8, 6.4e8},
    ),
    "jobs by another name, and a verb before to is no noun of the jobs": (
        {
            "a_2024-03-01.txt": "The company will cut 1,500 jobs and expects to spend $300 million.",
            "b_2024-03-01.txt": "It plans to eliminate about 1,200 positions.",
        },
        "jobs cut",
        Verdict.CONFLICT,
        {1200, 1500},
    ),
    "a sum is the level of the noun after a day its source spoke": (
        {
            "a_2024-03-01.txt": "Acme said on Monday its quarterly profit rose 20% to $1.2 billion.",
            "b_2024-03-01.txt": "Acme said its profit reached $1.3 billion.",
        },
        "profit (USD)",
        Verdict.CONFLICT,
        {1.2e9, 1.3e9},
    ),
    "a change is of the noun that opens its clause, and a rate written round may be rounded": (
        {
            "a_2024-03-01.txt": "Its shares rose 5% in early trading.",
            "b_2024-03-01.txt": "Shares were up 4.8% by noon, and Foot Locker was up 2%.",
        },
        "rise in shares (percent)",
        Verdict.CONSISTENT,
        {5, 4.8},
    ),
    "changes that disagree conflict, and a fall is no rise": (
        {
            "a_2024-03-01.txt": "Acme said on Monday its quarterly profit rose 20% to $1.2 billion.",
            "b_2024-03-01.txt": "The company's profit grew by 18%, while costs fell 20%.",
        },
        "rise in profit (percent)",
        Verdict.CONFLICT,
        {20, 18},
    ),
    "the drowned are killed and burns are injuries": (
        {
            "a_2024-03-01.txt": "Seven people drowned and two firefighters suffered burns.",
            "b_2024-03-01.txt": "Eight people died in the floods and two firefighters were injured.",
        },
        "people killed",
        Verdict.CONFLICT,
        {7, 8},
    ),
    "booked into jail is an arrest": (
        {
            "a_2024-03-01.txt": "Four people were booked into jail after the fight.",
            "b_2024-03-01.txt": "Police arrested five people after the fight.",
        },
        "people detained",
        Verdict.CONFLICT,
        {4, 5},
    ),
    "people left homeless are a count of their own": (
        {
            "a_2024-03-01.txt": "Some 12,000 people were left homeless by the floods and 3,000 were evacuated.",
            "b_2024-03-01.txt": "About 15,000 people are homeless after the floods.",
        },
        "people left homeless",
        Verdict.CONFLICT,
        {12000, 15000},
    ),
    "the crowd a gunman fired on was there": (
        {
            "a_2024-03-01.txt": "A gunman fired on more than 200 people, wounding four.",
            "b_2024-03-01.txt": "About 250 guests were at the festival when the shots rang out.",
        },
        "people present",
        Verdict.CONSISTENT,
        {200, 250},
    ),
    "a crowd counted by what it did, apart from those arrested in it": (
        {
            "a_2024-03-01.txt": "Police said 5,000 people marched through the city, and 12 protesters were arrested.",
            "b_2024-03-01.txt": "About 20,000 demonstrators rallied on Saturday, organisers said.",
        },
        "people protesting",
        Verdict.CONFLICT,
        {5000, 20000},
    ),
    "a rounded sum that rose to a level meets the same sum named after it": (
        {
            "a_2024-03-01.txt": "Acme reported third-quarter revenue of $4.2 billion.",
            "b_2024-03-01.txt": "Acme's quarterly revenue rose 11% to $4.15 billion.",
        },
        "revenue (USD)",
        Verdict.CONSISTENT,
        {4.2e9, 4.15 * 1e9},
    ),
    "rescues are a count that only grows: a later higher one is an update": (
        {
            "a_2024-03-01.txt": "Rescuers pulled 12 people alive from the rubble overnight.",
            "b_2024-03-02.txt": "Rescue teams have pulled 19 survivors from the rubble.",
        },
        "people rescued",
        Verdict.UPDATE,
        {12, 19},
    ),
    "an earthquake's magnitude, before or after its figure, is no count of earthquakes": (
        {
            "a_2024-03-01.txt": "A magnitude 6.8 earthquake killed 40 people.",
            "b_2024-03-01.txt": "The 7.0-magnitude quake killed 40 people.",
        },
        "magnitude",
        Verdict.CONFLICT,
        {6.8, 7.0},
    ),
    "neighbouring whole rates clash": (
        {"a_2024-03-01.txt": "Turnout was 61 percent.", "b_2024-03-01.txt": "Turnout was 62 percent."},
        "turnout (percent)",
        Verdict.CONFLICT,
        {61, 62},
    ),
}


@pytest.mark.parametrize("name", SUBJECT_CASES)
def test_subject_cases(tmp_path, name):
    check_subject_case(tmp_path, *SUBJECT_CASES[name])


@pytest.mark.parametrize(
    "death", ["One of them died at the hospital.", "One later died.", "One of the victims was killed."]
)
def test_the_shot_of_an_article_that_tells_of_a_death_without_its_count_are_not_the_wounded(tmp_path, death):
    groups = _groups(
        tmp_path,
        {
            "a.txt": f"Four people were shot on Elm Street on Sunday. {death}",
            "b.txt": "Three people were wounded and one was killed on Elm Street on Sunday.",
        },
    )
    assert {c.document for c in groups["people injured"][1]} == {"b.txt"}


def test_a_number_that_rose_is_no_event_of_the_people_counted(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Police said the number of victims rose to eight.",
            "b.txt": "Officials said the number of victims rose to nine.",
        },
    )
    assert "people increased" not in groups


def check_subject_case(tmp_path, articles, subject, verdict, values):
    """The articles form the subject's group from all of them, with the verdict and values (if given)."""
    group, members = _groups(tmp_path, articles)[subject]
    assert group.verdict is verdict
    assert {c.document for c in members} == set(articles)
    if values is not None:
        assert {c.value for c in members} == values


def test_an_amount_in_another_unit_is_another_subject(tmp_path):
    groups = _groups(
        tmp_path, {"a.txt": "They took half a ton of files.", "b.txt": "They took 500 kilograms of files."}
    )
    assert groups["files (short ton)"][0].verdict is Verdict.SINGLE_SOURCE
    assert groups["files (kilogram)"][0].verdict is Verdict.SINGLE_SOURCE


def test_things_an_article_gives_several_figures_by_their_noun_alone_stay_unmatched(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "The ruling party won 142 of the 300 seats. The alliance took 118 seats.",
            "b.txt": "The ruling party secured 140 seats.",
            "c.txt": "Police found 12 shell casings. At least 12 shell casings lay in the street.",
            "d.txt": "Officers recovered 12 shell casings.",
        },
    )
    assert "seats" not in groups or {c.document for c in groups["seats"][1]} == {"b.txt"}
    assert groups["shell casings"][0].verdict is Verdict.CONSISTENT  # figures that may be one stay


def test_jobs_cut_are_no_jobs_added_and_a_shed_cuts_nothing(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "The company cut 1,200 jobs. Two men hid in a shed.",
            "b.txt": "The company added 500 jobs. Three men hid in a shed.",
        },
    )
    assert set(groups) == {"jobs cut", "jobs added"}
    assert all(group.verdict is Verdict.SINGLE_SOURCE for group, _ in groups.values())


def test_what_an_owner_has_is_no_count_of_the_story(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "The carmaker will cut 3,000 jobs.",
            "b.txt": "The company plans to cut 3,000 jobs.",
            "c.txt": "It said it would cut 3,000 of its 40,000 jobs.",
        },
    )
    group, members = groups["jobs cut"]
    assert (group.verdict, {c.value for c in members}) == (Verdict.CONSISTENT, {3000})


def test_an_event_after_an_earlier_figure_is_not_said_of_a_later_one(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Over 5,000 people were evacuated and 800 homes were flooded. Floods: 26 dead, hundreds homeless.",
            "b.txt": "About 5,000 people were evacuated. Officials said 26 people died.",
        },
    )
    assert {c.value for c in groups["people evacuated"][1]} == {5000}
    assert {c.value for c in groups["people killed"][1]} == {26}
    assert "homes evacuated" not in groups and "homeless killed" not in groups


def test_a_conflict_names_a_few_pairs_and_counts_the_rest(tmp_path):
    articles = {f"a{n:02d}.txt": f"Police said {n + 10} people were killed." for n in range(12)}
    group, _ = _groups(tmp_path, articles)["people killed"]
    assert group.verdict is Verdict.CONFLICT
    assert group.explanation.count(" vs ") == 6 and "and 60 more pairs" in group.explanation


def test_the_newest_figure_is_the_later_reports_and_same_day_reports_that_disagree_name_none(tmp_path):
    later = _groups(
        tmp_path / "later",
        {"a_2024-03-01.txt": "Two people were killed.", "b_2024-03-02.txt": "Three people were killed."},
    )
    group, members = later["people killed"]
    assert next(c.value for c in members if c.id == group.newest) == 3
    same_day = _groups(
        tmp_path / "same_day",
        {"a_2024-03-01.txt": "Two people were killed.", "b_2024-03-01.txt": "Three people were killed."},
    )
    assert same_day["people killed"][0].verdict is Verdict.CONFLICT
    assert same_day["people killed"][0].newest is None


def test_a_minor_injury_befalls_people_and_is_no_injured_minor(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "There was one minor injury.",
            "b.txt": "Two people suffered minor injuries.",
            "c.txt": "Two minors were injured.",
        },
    )
    group, members = groups["people injured"]
    assert {c.document for c in members} == {"a.txt", "b.txt"} and group.verdict is Verdict.CONFLICT
    assert {c.document for c in groups["minors injured"][1]} == {"c.txt"}


def test_a_players_figures_are_the_players_and_no_one_elses(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "LeBron James scored 34 points as the Lakers won. The index fell 162.31 points.",
            "b.txt": "Anthony Davis scored 30 points in the win, and LeBron James had 32 points.",
        },
    )
    assert groups["points (Anthony Davis)"][0].verdict is Verdict.SINGLE_SOURCE
    group, members = groups["points (LeBron James)"]
    assert group.verdict is Verdict.CONFLICT and {c.value for c in members} == {34, 32}
    assert not any(subject.startswith("points") and "(" not in subject for subject in groups)


def test_a_partys_seats_are_the_partys_and_a_total_of_a_part_is_no_count_of_it(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Labour won 412 seats, while the Conservatives were reduced to 121 seats.",
            "b.txt": "Officials said Labour took 411 of the 650 seats. The Conservatives won 121 seats.",
            "c.txt": "Two of the 13 victims died in hospital. Thirteen people were shot.",
            "d.txt": "Twelve people were shot in the attack.",
        },
    )
    group, members = groups["seats (Labour)"]
    assert group.verdict is Verdict.CONFLICT and {c.value for c in members} == {412, 411}
    assert groups["seats (Conservatives)"][0].verdict is Verdict.CONSISTENT
    assert not any(subject.startswith("seats") and "(" not in subject for subject in groups)  # not the 650
    assert "people killed" not in groups  # the 13 victims are not 13 dead


def test_a_share_of_the_vote_is_the_candidates_named_with_it(tmp_path):
    groups = _groups(
        tmp_path,
        {
            "a.txt": "Jane Doe won 52% of the vote, while John Roe took 45%.",
            "b.txt": "Jane Doe won 51.8% of the vote. John Roe received 41.9% of the vote.",
            "c.txt": "John Roe received 44.9% of the vote.",
        },
    )
    assert groups["share of the vote (Jane Doe)"][0].verdict is Verdict.CONSISTENT  # 52% is rounded
    group, members = groups["share of the vote (John Roe)"]
    assert group.verdict is Verdict.CONFLICT and {c.document for c in members} == {"b.txt", "c.txt"}
