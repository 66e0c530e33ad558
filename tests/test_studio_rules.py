"""The studio named however an article names it."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Anime Announced"):
    return read_article(tmp_path, body, title)


def test_the_studio_announcing_the_production_of_a_new_anime(tmp_path):
    # a train sentence (animesweet-marginal-service-original-anime-cast), a name led by digits
    base = read(tmp_path, (
        "The new anime Silver Tide has revealed its cast.\n\n"
        "At least in the last few hours Studio 3Hz has announced the production of a new original "
        "anime to make its own Debut later in 2023.\n"
    ))
    assert [f.value for f in base.of("studio")] == ["3Hz"]


def test_a_studio_named_beside_another_work_is_not_the_shows(tmp_path):
    base = read(tmp_path, (
        "The new anime Silver Tide has revealed its cast.\n\n"
        "Studio 3Hz also made Blue Lagoon in 2019.\n"
    ))
    assert base.of("studio") == []


def test_half_of_a_possessive_is_no_studio(tmp_path):
    # "Harbor's Light" may be one studio's name or Harbor's something: the rules cannot tell
    base = read(tmp_path, (
        "The new anime Silver Tide has revealed its cast.\n\n"
        "Harbor's Light is animating the series.\n\n"
        "Ken Ogawa is directing the anime at Harbor's Light.\n"
    ))
    assert base.of("studio") == []
    assert [f.value for f in base.of("credit")] == ["Ken Ogawa"]


def test_the_show_said_as_this_is_an_anime_by_a_studio(tmp_path):
    base = read(tmp_path, (
        "The new anime Silver Tide has revealed its cast.\n\n"
        "Judging by the first teaser, it is a slow seaside drama anime by animation studio Marrow.\n"
    ))
    assert [f.value for f in base.of("studio")] == ["Marrow"]


def test_a_studio_named_with_studio_after_it_keeps_it_unless_written_alone(tmp_path):
    base = read(tmp_path, (
        "The new anime Silver Tide has revealed its cast.\n\n"
        "Harbor Studio, the studio behind the anime, shared a new visual.\n"
    ))
    assert [f.value for f in base.of("studio")] == ["Harbor Studio"]
    base = read(tmp_path, (
        "The new anime Silver Tide has revealed its cast.\n\n"
        "Harbor Studio, the studio behind the anime, shared a new visual.\n\n"
        "Harbor also made Blue Lagoon.\n"
    ))
    assert [f.value for f in base.of("studio")] == ["Harbor"]
    # "Studio X" is prose's as often as the name's: the name alone
    base = read(tmp_path, (
        "The new anime Silver Tide has revealed its cast.\n\n"
        "Studio Harbor, the studio behind the anime, shared a new visual.\n"
    ))
    assert [f.value for f in base.of("studio")] == ["Harbor"]


def test_a_studio_or_service_written_partly_in_lower_case_is_not_cut(tmp_path):
    base = read(tmp_path, (
        "The new anime Silver Tide has revealed its cast.\n\n"
        "Ken Sato is directing the anime at A-1 pictures.\n\n"
        "AbemaTV and d Anime Store will stream the anime in Japan from October 5.\n\n"
        "Mika Aoi is directing the anime at Harbor Graphics studios.\n"
    ))
    assert [f.value for f in base.of("studio")] == ["Harbor Graphics"]  # "studios": the studios of X
    assert "Anime Store" not in [f.value for f in base.of("platform")]


def test_a_company_in_charge_of_the_animation_is_the_studio(tmp_path):
    for said, studio in (
        ("Kite Works, the studio known for Moon Lane, is in charge of the animation side of things.",
         "Kite Works"),
        ("Studio Kite will be in charge of the anime adaptation.", "Kite"),
        ("Kite Technology Co., Ltd was in charge of animation production.", "Kite Technology"),
    ):
        base = read(tmp_path, f"Silver Tide is a new anime.\n\n{said}\n")
        assert sorted(f.value for f in base.of("studio")) == [studio]
    # a person may be in charge of an adaptation: no studio without a company's mark
    person = read(tmp_path, "Silver Tide is a new anime.\n\nKen Arai is in charge of the anime adaptation.\n")
    assert person.of("studio") == []
