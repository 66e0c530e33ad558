"""Ways of writing a show's facts that several articles share, each read on made-up sentences:
credits listed after one "with", a director named second of a pair of makers or as the one a
work "comes from"."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article

TITLE = "Silver Tide Anime Reveals Staff"


def credits(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    """(role, name) of every credit the article gives its show."""
    base = read_article(tmp_path, body, TITLE)
    return {(f.qualifier, f.value) for f in base.facts
            if f.relation == "credit" and f.subject == "Silver Tide"}


def test_every_credit_of_a_with_list_is_read_not_only_its_first(tmp_path):
    found = credits(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Aya Kuro is directing the anime, with Ren Mori doing character designs, Kei Sora as series "
        "director, and Mio Tanaka handling the music.\n"
    ))
    assert {("director", "Aya Kuro"), ("character design", "Ren Mori"), ("series director", "Kei Sora"),
            ("music", "Mio Tanaka")} <= found


def test_a_with_list_is_not_read_from_its_middle(tmp_path):
    # no "with" opens the list: whose jobs these are is not said
    found = credits(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Fans loved the show, Kei Sora as series director surprised them.\n"
    ))
    assert ("series director", "Kei Sora") not in found


def test_the_director_named_second_of_a_pair_of_makers(tmp_path):
    found = credits(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The Silver Tide anime—which is being written by Ren Mori and directed by Aya Kuro, based on "
        "the novels by Mio Sato—starts in July.\n\n"
        "The series was produced by Studio Nami and directed by Kei Sora, the studio said.\n"
    ))
    assert {("director", "Aya Kuro"), ("director", "Kei Sora")} <= found


def test_a_director_of_another_work_named_second_of_a_pair_is_not_the_shows(tmp_path):
    found = credits(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Silver Tide premieres in July.\n\n"
        "Grey Harbor was written by Ren Mori and directed by Aya Kuro.\n"
    ))
    assert ("director", "Aya Kuro") not in found


def test_the_director_a_show_comes_from(tmp_path):
    found = credits(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The show comes from director Aya Kuro, with scripts by Ren Mori.\n"
    ))
    assert ("director", "Aya Kuro") in found


def test_the_anime_adaptation_directed_by(tmp_path):
    found = credits(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The anime adaptation will be directed by Aya Kuro, the director of Grey Harbor.\n"
    ))
    assert ("director", "Aya Kuro") in found


def test_a_film_named_before_from_director_is_not_the_show(tmp_path):
    found = credits(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The trailer introduces Grey Harbor, an anime film from director Aya Kuro, who directed the "
        "film Blue Sky.\n"
    ))
    assert ("director", "Aya Kuro") not in found


def settings(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    base = read_article(tmp_path, body, "Silver Tide Anime Reveals Trailer")
    kinds = ("setting", "setting_year", "story_year")
    return {(f.relation, f.value) for f in base.facts if f.relation in kinds}


def test_where_the_anime_takes_place(tmp_path):
    found = settings(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The anime takes place in Marivelle, a kingdom floating above the clouds.\n"
    ))
    assert ("setting", "Marivelle") in found


def test_a_date_an_event_takes_place_on_is_no_setting(tmp_path):
    found = settings(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The premiere screening of the anime will take place on October 8 in Tokyo.\n"
    ))
    assert not found


def test_the_year_a_story_is_set_in_said_after_its_place_or_as_a_future_year(tmp_path):
    found = settings(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Silver Tide is set in the Kanto region of Japan in the year 2031, after the floods.\n\n"
        "The manga's story is set in the near-future year of 2049, when the sea has risen.\n"
    ))
    assert {("setting", "Kanto region"), ("story_year", "2031"), ("story_year", "2049")} <= found


def test_the_year_a_game_is_set_in_is_not_the_shows(tmp_path):
    found = settings(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The game Grey Harbor is set in Osaka in the year 2222.\n"
    ))
    assert ("story_year", "2222") not in found


def episodes(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    """The episode counts the article gives, each with the season it is of ("" for the show)."""
    base = read_article(tmp_path, body, "Silver Tide Anime Reveals Trailer")
    return {(f.value, f.qualifier) for f in base.facts if f.relation == "episodes"}


def test_how_many_episodes_there_will_be_or_the_anime_has(tmp_path):
    assert episodes(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "There will be 11 episodes.\n"
    )) == {("11", "")}
    assert episodes(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The anime aired from April to June and has 13 episodes.\n"
    )) == {("13", "")}


def test_the_episodes_of_one_season_are_that_seasons(tmp_path):
    assert episodes(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The first season aired in 2019 and has 24 episodes.\n"
    )) == {("24", "first season")}


def leads(tmp_path: Path, body: str) -> set[str]:
    base = read_article(tmp_path, body, "Silver Tide Anime Reveals Cast")
    return {f.value for f in base.facts if f.relation == "protagonist"}


def test_whom_the_work_centers_on_or_the_manga_follows_said_with_what_they_are(tmp_path):
    assert leads(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The work centers on Aoi, a 20-year-old woman who lost her job.\n"
    )) == {"Aoi"}
    assert leads(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The manga follows shy fangirl \u201cMomo,\u201d who joins a band.\n"
    )) == {"Momo"}


def test_a_lead_named_short_is_asked_by_the_full_name_the_cast_gives(tmp_path):
    assert leads(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The manga follows popular girl Sato, who hides a secret.\n\n"
        "Mio Tanaka is voicing Aki Sato.\n"
    )) == {"Aki Sato"}


def test_the_director_of_a_dubs_voice_cast_is_not_the_shows(tmp_path):
    found = credits(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Aya Kuro will be the director of the following voice cast:\n\n"
        "Ren Mori as Kai\n"
    ))
    assert ("director", "Aya Kuro") not in found
