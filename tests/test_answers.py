"""What counts as the same answer: forgiving where people are sloppy, strict on numbers."""

from __future__ import annotations

from datetime import date

import pytest

from quiz.bank.answers import (
    normalize,
    number_matches,
    parse_date,
    parse_number,
    same_choice,
    text_matches,
)


@pytest.mark.parametrize(
    "given",
    [
        "Dazbee",
        "dazbee",
        "DAZBEE",
        "  Dazbee  ",
        "Dazbee.",
        "dazbee!",
    ],
)
def test_case_punctuation_and_outer_spaces_are_ignored(given):
    assert text_matches(given, "Dazbee")


def test_inner_spacing_and_punctuation_are_ignored():
    assert text_matches("taisei   iwasaki", "Taisei Iwasaki")
    assert text_matches("Taisei\tIwasaki", "Taisei Iwasaki")
    assert text_matches("Yu ka", "Yu-ka")
    assert text_matches("Carole and Tuesday", "Carole and Tuesday")
    assert text_matches("twitter x", "Twitter/X")


def test_curly_and_straight_quotes_are_the_same():
    assert text_matches("Rouge\u2019s fight", "Rouge's fight")
    assert text_matches("\u201cScarlet\u201d", "Scarlet")
    assert normalize("Fuji TV\u2019s +Ultra") == normalize("Fuji TV's +Ultra")


def test_a_leading_the_is_ignored_on_either_side():
    assert text_matches("the Nairn creator", "Nairn creator")
    assert text_matches("Nairn creator", "The Nairn creator")
    assert text_matches("THE Guardian Bureau", "Guardian Bureau")


def test_the_alone_is_still_an_answer():
    assert normalize("The") == "the"
    assert not text_matches("", "The")


def test_accept_aliases_count_as_the_answer():
    assert text_matches("Kurosawa", "Tomoyo Kurosawa", ["Kurosawa"])
    assert text_matches("studio bones", "BONES", ("Studio Bones", "Bones Studio"))
    assert not text_matches("Kurosawa", "Tomoyo Kurosawa")


def test_one_typo_is_forgiven_from_five_characters():
    assert text_matches("Dazbe", "Dazbee")  # 6 letters, one missing
    assert text_matches("Naomy", "Naomi")  # 5 letters, one changed
    assert not text_matches("Nayme", "Naomi")  # two edits on a short name


def test_two_typos_are_forgiven_from_ten_characters():
    assert text_matches("Taisei Iwasak", "Taisei Iwasaki")
    assert text_matches("Taisey Iwasakki", "Taisei Iwasaki")
    assert not text_matches("Tayzey Iwasakki", "Taisei Iwasaki")  # three edits


def test_nine_characters_allow_only_one_typo():
    assert text_matches("Redmastr", "Redmaster")
    assert not text_matches("Rdmastr", "Redmaster")


def test_no_typo_is_forgiven_under_five_characters():
    assert not text_matches("Ruja", "Ruju")
    assert not text_matches("Mart", "Mars")
    assert text_matches("Ruju", "Ruju")


def test_numbers_are_never_fuzzy():
    assert not text_matches("2127", "2128")
    assert not text_matches("2023", "2024")
    assert not text_matches("eighty", "eight")
    assert not text_matches("Noid 263", "Noid 262")  # the letters may be fuzzy, the digits not
    assert text_matches("Nooid 262", "Noid 262")
    assert not number_matches("2127", 2128)
    assert not number_matches("2128.5", 2128)


def test_number_words_equal_digits():
    assert number_matches("nine", 9)
    assert number_matches("9", "nine")
    assert number_matches("Twenty-five", 25)
    assert number_matches("twenty five", "25")
    assert number_matches("1,000", 1000)
    assert number_matches("one hundred and twenty", 120)
    assert text_matches("nine", "9")
    assert text_matches("9", "nine")
    assert not number_matches("ten", 9)


def test_parse_number_refuses_what_is_not_a_number():
    assert parse_number("Dazbee") is None
    assert parse_number("") is None
    assert parse_number(True) is None
    assert parse_number([1, 2]) is None  # a YAML list where a number belongs
    assert parse_number(2128) == 2128.0


@pytest.mark.parametrize(
    "spelling",
    [
        "January 11, 2024",
        "11 Jan 2024",
        "2024-01-11",
        "11 January 2024",
        "Jan. 11, 2024",
        "January 11th, 2024",
        "jan 11 2024",
    ],
)
def test_date_spellings_are_the_same_day(spelling):
    assert parse_date(spelling) == date(2024, 1, 11)
    assert text_matches(spelling, "January 11, 2024")
    assert text_matches("January 11, 2024", spelling)


@pytest.mark.parametrize(
    ("given", "answer"),
    [("July 6th", "July 6"), ("6 July", "July 6"), ("July 6", "July 6th"), ("the 13th of March", "March 13"),
     ("Apr. 2020", "April 2020"), ("April 2020", "Apr. 2020"), ("February 29th", "February 29")],
)
def test_a_day_or_a_month_without_the_rest_is_right_in_the_articles_spellings(given, answer):
    """News articles date things "July 6th" or "Apr. 2020": a player who types the article's
    own spelling is right."""
    assert text_matches(given, answer)


@pytest.mark.parametrize(
    ("given", "answer"),
    [("July 7th", "July 6"), ("6 June", "July 6"), ("May 2020", "April 2020"), ("April 2021", "Apr. 2020"),
     ("July", "July 6")],
)
def test_another_day_or_month_without_the_year_is_wrong(given, answer):
    assert not text_matches(given, answer)


def test_another_day_is_wrong_even_one_digit_off():
    assert not text_matches("January 12, 2024", "January 11, 2024")
    assert not text_matches("2024-01-12", "January 11, 2024")
    assert not text_matches("11 Jan 2023", "January 11, 2024")


@pytest.mark.parametrize(
    ("given", "answer"),
    [
        ("Yu-ka", "Dazbee"),
        ("Rouge", "Scarlet"),
        ("Motonobu Hori", "Yutaka Izubuchi"),
        ("Mars", "Nairn"),
        ("", "Dazbee"),
        ("   ", "Dazbee"),
        ("...", "Dazbee"),
    ],
)
def test_different_answers_do_not_match(given, answer):
    assert not text_matches(given, answer)


def test_choices_differing_only_in_case_and_punctuation_are_the_same():
    assert same_choice("Dazbee", "dazbee.")
    assert same_choice("Yu-ka", "yu ka")
    assert not same_choice("Dazbee", "Yu-ka")
