"""Who said a figure: the attribution in its sentence, a pronoun or title resolved, a quotation's speaker."""

from __future__ import annotations

import pytest

from checker import check, extract_text

# (text, the figure, who said it)
CASES = {
    "said after the source": ("Police said 12 people were injured.", "12", "Police"),
    "according to": ("According to the health ministry, 40 people died.", "40", "health ministry"),
    "say, present tense": ("Witnesses say 3 men ran from the bank.", "3", "Witnesses"),
    "a word for officials after a capital": ("State media reported that 12 people died.", "12", "State media"),
    "a capital article before a word for officials": ("The ministry said 40 were hurt.", "40", "ministry"),
    "a place before police, not a clause before a name": (
        "A fundraiser was attended by the mayor but Fire Department officials said 12 were hurt.",
        "12",
        "Fire Department officials",
    ),
    "a pronoun is who the sentence before names": (
        "Mayor Tom Reed visited the hospital on Sunday. He said 12 people were still there.",
        "12",
        "Mayor Tom Reed",
    ),
    "a pronoun with no one named before stays": ("He said 12 people were injured.", "12", "He"),
    "they is left as it is": ("Kings Park was closed. They say 5 people fled.", "5", "They"),
    "a title is who was last named with it": (
        "Governor Lisa Park spoke on Monday. The storm came at dawn. According to the Governor, 300 homes were hit.",
        "300",
        "Governor Lisa Park",
    ),
    "a quotation is said by whom it closes with": (
        "“Four people died. We found 12 more in the cellar,” Chief Dan Moss said.",
        "Four",
        "Chief Dan Moss",
    ),
    "a few quoted words go on the sentence before": (
        'Police said the fire spread fast. Three homes were "burned to the ground" by noon.',
        "Three",
        "Police",
    ),
    "no quotation, no speaker carried over": ("Police said the fire spread fast. Three homes burned.", "Three", None),
    "a new paragraph carries no speaker": (
        'Police said the fire spread fast.\n\nThree homes were "burned to the ground" by noon.',
        "Three",
        None,
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_attribution_cases(name):
    text, surface, speaker = CASES[name]
    claim = next(claim for claim in extract_text(text) if claim.surface == surface)
    assert claim.attribution == speaker


# (sentence, as of when) in an article published on Wednesday 24 August 2016
AS_OF = {
    "the article's date": ("Police said 3 people were hurt.", "2016-08-24"),
    "a weekday gone by": ("On Monday, police said 3 people were hurt.", "2016-08-22"),
    "the same weekday is the day itself": ("Police said Wednesday that 3 people were hurt.", "2016-08-24"),
    "a weekday ahead is not a date of the figure": ("By Friday 3 people will be moved, police said.", "2016-08-24"),
    "a date": ("On August 9, police said 3 people were hurt.", "2016-08-09"),
}


@pytest.mark.parametrize("name", AS_OF)
def test_as_of_cases(tmp_path, name):
    sentence, as_of = AS_OF[name]
    article = tmp_path / "a.md"
    article.write_text(f"---\ntitle: Crash\ndate: 2016-08-24\n---\n{sentence}\n", encoding="utf-8")
    (claim,) = [claim for claim in check([article]).claims if claim.surface == "3"]
    assert claim.as_of == as_of
