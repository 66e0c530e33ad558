"""A year the show is to be released in, on made-up sentences: "X is scheduled to release on
Netflix sometime in 2026", read only where the sentence names the show and dates nothing else."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def premieres(tmp_path: Path, body: str):
    base = read_article(tmp_path, "Silver Tide is the new anime of the season.\n\n" + body,
                        "Silver Tide Anime Announced")
    return sorted(f.value for f in base.of("premiere"))


def test_scheduled_to_release_on_a_service_in_a_year(tmp_path):
    body = "Silver Tide is scheduled to release on Netflix sometime in 2026.\n"
    assert premieres(tmp_path, body) == ["2026"]


def test_a_manga_volume_released_in_a_year_is_no_premiere(tmp_path):
    assert premieres(tmp_path, "The final Silver Tide manga volume is set to release in 2026.\n") == []


def test_another_works_release_is_no_premiere(tmp_path):
    assert premieres(tmp_path, "Blue Harbor is scheduled to release on Netflix in 2026.\n") == []


def test_a_word_of_the_title_says_nothing_of_the_event(tmp_path):
    # "Game" in a title is no game's release, "Special" no special's
    base = read_article(tmp_path, "The anime Our Game of Tides will premiere soon.\n\n"
                                  "The previously announced Our Game of Tides anime will air in 2026.\n",
                        "Our Game of Tides Anime Set for 2026")
    assert sorted(f.value for f in base.of("premiere")) == ["2026"]
