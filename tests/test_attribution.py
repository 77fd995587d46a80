"""Who said a figure: the attribution in its sentence, a pronoun or title resolved, a quotation's speaker."""

from __future__ import annotations

import pytest

from checker import extract_text

# (text, the figure, who said it)
CASES = {
    "said after the source": ("Police said 12 people were injured.", "12", "Police"),
    "according to": ("According to the health ministry, 40 people died.", "40", "health ministry"),
    "say, present tense": ("Witnesses say 3 men ran from the bank.", "3", "Witnesses"),
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
