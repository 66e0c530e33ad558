"""`quiz check` on `accept:` aliases: each must be a whole right answer, since a player typing
an alias gets the point. An inline list split at a comma, or a year for a date, is reported."""

from __future__ import annotations

import pytest

DATE_QUESTION = """\
topic: release-broadcast
questions:
  - id: c-announced
    type: text
    prompt: On what date did Fuji TV announce Metallic Rouge?
    answer: March 22, 2023
    accept: {accept}
    explanation: Fuji TV announced the title on March 22, 2023.
    sources:
      - source: bones-trailer-anime-expo
        quote: On March 22, 2023, Fuji TV
"""

PERSON_QUESTION = """\
topic: characters-cast
questions:
  - id: c-naomi
    type: text
    prompt: Who co-stars as Rouge's partner, Naomi Orthmann?
    answer: Tomoyo Kurosawa
    accept: {accept}
    explanation: Tomoyo Kurosawa co-stars as Rouge's partner, Naomi Orthmann.
    sources:
      - source: special-music-clip
        quote: Tomoyo Kurosawa co-stars as her partner, Naomi Orthmann.
"""


def test_an_alias_split_by_yaml_at_its_comma_is_reported_once_with_the_fix(check_file):
    out = check_file(DATE_QUESTION.format(accept="[22nd of March, 2023]"))
    assert out == [
        "7:14: aliases '22nd of March' and '2023' are one answer split at its comma: "
        "an inline list splits at every comma, so quote it: ['22nd of March, 2023']"
    ]


@pytest.mark.parametrize(
    ("accept", "problem"),
    [
        ("['2023']", "7:14: alias '2023' is only part of the answer 'March 22, 2023' (its year)"),
        ("[March 22]", "7:14: alias 'March 22' is only part of the answer 'March 22, 2023' "
         "(its day and month)"),
        ("[Nov 1 2023, 22nd of March]", "7:26: alias '22nd of March' is only part of the answer "
         "'March 22, 2023' (its day and month)"),
        ("['22']", "7:14: alias '22' is only part of the answer 'March 22, 2023' (its day)"),
    ],
)
def test_an_alias_that_is_only_part_of_a_date_is_reported(check_file, accept, problem):
    assert check_file(DATE_QUESTION.format(accept=accept)) == [
        problem + ": a player typing it alone would be marked right"
    ]


@pytest.mark.parametrize(
    "accept",
    ['["22nd of March, 2023"]', "['2023-03-22', 22 March 2023]", "\n      - 22nd of March, 2023"],
)
def test_whole_dates_pass(check_file, accept):
    assert check_file(DATE_QUESTION.format(accept=accept)) == []


def test_a_surname_and_the_name_turned_around_are_whole_answers(check_file):
    assert check_file(PERSON_QUESTION.format(accept="[Kurosawa, Kurosawa Tomoyo]")) == []


def test_a_name_split_into_two_aliases_is_reported(check_file):
    out = check_file(PERSON_QUESTION.format(accept="[Tomoyo, Kurosawa]"))
    assert out == [
        "7:14: aliases 'Tomoyo' and 'Kurosawa' are one answer split at its comma: "
        "an inline list splits at every comma, so quote it: ['Tomoyo, Kurosawa']"
    ]
