"""A date or a count tied to the season named next to it, not to any season of its sentence."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article

from quiz.bank.rules import Reader, bare
from quiz.bank.rules.seasons import season_at


def read(tmp_path: Path, body: str, title: str = "Silver Tide Gets a Date"):
    return read_article(tmp_path, body, title)


def facts(base, relation):
    return sorted((f.value, f.qualifier) for f in base.of(relation))


def test_a_season_named_later_belongs_to_the_later_date(tmp_path):
    # the count and the first date are the first season's; "second season" is July 2021's
    base = read(
        tmp_path,
        (
            "Silver Tide is a new anime.\n\n"
            "The series received an anime adaptation with 13 episodes, produced by Studio Kite, "
            "premiering on April 4, 2020 and also got its second season for July 2021.\n"
        ),
    )
    assert ("April 4, 2020", "second season") not in facts(base, "premiere")
    assert facts(base, "episodes") == []


def test_a_season_opening_the_sentence_holds_for_each_value(tmp_path):
    base = read(
        tmp_path,
        (
            "Silver Tide Season 3 is gearing up for its premiere on October 2nd, and the anime is "
            "celebrating by revealing that it will be running for 12 episodes in total.\n"
        ),
    )
    assert facts(base, "episodes") == [("12", "third season")]


def test_another_shows_season_is_not_this_ones(tmp_path):
    base = read(
        tmp_path,
        (
            "Silver Tide is a new series.\n\n"
            "The fall 2024 anime season is packed with sequels like the third season of Moon Harbor, "
            "but one new series to watch is Silver Tide.\n\n"
            "Premiering October 3 on Netflix, Silver Tide mixes mystery and horror.\n"
        ),
    )
    assert facts(base, "premiere") == [("October 3", "")]
    assert all(q != "third season" for _, q in facts(base, "anime_season"))


def test_a_season_the_value_is_set_against_is_not_its_own(tmp_path):
    base = read(
        tmp_path,
        (
            "Silver Tide is getting a new season.\n\n"
            "It is unclear if it will be hand-drawn like the first season was, though it has been "
            "scheduled for a 2026 release.\n"
        ),
    )
    assert ("2026", "first season") not in facts(base, "premiere")


def test_an_aside_about_the_first_season_leaves_the_new_one():
    # the rules read a sentence without its asides: the first season here is not April's
    reader = Reader(None, "Silver Tide")
    text = bare("Silver Tide will premiere in April 2025 (yes, a different studio from its first season).")
    assert season_at(reader, text, (text.find("April"), text.find("April") + 10)) == ""


def test_two_seasons_next_to_one_value_ask_nothing():
    reader = Reader(None, "Silver Tide")
    text = "The first and second seasons, the second season and the first season ran for 24 episodes."
    assert season_at(reader, text, (text.find("24"), text.find("24") + 2)) is None


def test_one_season_next_to_its_date_is_still_asked(tmp_path):
    base = read(
        tmp_path,
        (
            "The second season of Silver Tide will premiere on April 1, after the first season "
            "ended in 2023.\n"
        ),
    )
    assert facts(base, "premiere") == [("April 1", "second season")]
