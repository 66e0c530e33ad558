"""Shapes the rules missed on the train articles (bench/article_quality.py --split train), each
seen in two or more articles of the train, dev or dev2 sets, shown here on made-up sentences."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article

from quiz.bank.interest import tier


def credits(tmp_path: Path, body: str) -> set[tuple[str, str, str]]:
    """(role, name, kind) of every credit the article gives."""
    base = read_article(tmp_path, body, "Silver Tide Anime Reveals Staff")
    return {(f.qualifier, f.value, f.kind) for f in base.facts if f.relation == "credit"}


def test_an_original_character_designer_said_three_ways_is_one_known_credit(tmp_path):
    found = credits(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Aya Kuro will be the original character designer.\n\n"
        "Ren Mori is credited for the story and original character designs.\n"
    ))
    assert ("original character design", "Aya Kuro", "person") in found
    assert ("original character design", "Ren Mori", "person") in found


def test_a_pen_name_credited_with_the_original_designs_is_a_person_not_a_studio(tmp_path):
    found = credits(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Mikanchi is credited as the original character designer.\n"
    ))
    assert ("original character design", "Mikanchi", "person") in found


def test_a_surname_the_article_writes_in_full_elsewhere_is_not_asked_alone(tmp_path):
    # the sentence crediting "Mori" would not prove "Ren Mori", and "Mori" alone is half a name
    found = credits(tmp_path, (
        "Silver Tide is an original anime by artist Ren Mori, who revealed it on Friday.\n\n"
        "Mori is credited for the story and original character designs.\n"
    ))
    assert not [c for c in found if c[0] == "original character design"]


def test_a_mechanical_designer_is_the_mechanical_design_credit(tmp_path):
    base = read_article(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Kei Sora will be the mechanical designer.\n"
    ), "Silver Tide Anime Reveals Staff")
    found = [f for f in base.facts if f.relation == "credit" and f.value == "Kei Sora"]
    assert [f.qualifier for f in found] == ["mechanical design"]
    assert tier(found[0]) == 3  # a credit a fan knows, not a staff list's filler


def studios(tmp_path: Path, body: str) -> set[str]:
    base = read_article(tmp_path, body, "Silver Tide Season Two Dated")
    return {f.value for f in base.facts if f.relation == "studio"}


def test_the_show_as_a_studios_production(tmp_path):
    assert "Kaze" in studios(tmp_path, (
        "Silver Tide returns in October.\n\n"
        "The first cour of Studio Kaze's (Gold Sand, Red Moon) production aired for 12 episodes.\n"
    ))
    assert "Hoshi Animation" in studios(tmp_path, (
        "Silver Tide returns in October.\n\n"
        "Under Hoshi Animation Studio's production, the fantasy anime released 12 episodes.\n"
    ))


def test_a_studios_production_of_another_work_or_its_committee_is_no_studio_of_the_show(tmp_path):
    assert not studios(tmp_path, (
        "Silver Tide returns in October.\n\n"
        "Studio Kaze's production of Gold Sand was a hit.\n\n"
        "Studio Kaze's production committee met on Friday.\n"
    ))



def planned(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    base = read_article(tmp_path, body, "Silver Tide Anime Delayed")
    return {(f.qualifier, f.value) for f in base.facts if f.relation == "planned_premiere"}


def test_the_premiere_a_delay_moved_is_the_originally_scheduled_one(tmp_path):
    assert planned(tmp_path, (
        "Silver Tide will now premiere on April 4, 2021.\n\n"
        "The anime was originally slated for January 10, 2021 before being delayed.\n"
    )) == {("", "January 10, 2021")}
    assert planned(tmp_path, (
        "Silver Tide is delayed.\n\n"
        "The second season was scheduled to premiere on July 3, 2021, but was delayed to October 2021.\n"
    )) == {("second season", "July 3, 2021")}


def test_a_plan_neither_original_nor_moved_is_no_planned_premiere(tmp_path):
    # "is scheduled to premiere" is the premiere itself; a live-action film's delay is not the anime's
    assert not planned(tmp_path, (
        "Silver Tide is coming.\n\n"
        "The anime is scheduled to premiere on July 3, 2021.\n"
    ))
    assert not planned(tmp_path, (
        "The live-action film of the Silver Tide manga cast its heroine.\n\n"
        "The film was originally slated for January 10, 2021 before being delayed.\n"
    ))


def part_titles(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    base = read_article(tmp_path, body, "Silver Tide Reveals Its Films")
    return {(f.qualifier, f.value) for f in base.facts if f.relation == "part_title"}


def test_the_title_of_one_part_of_a_show_told_in_parts(tmp_path):
    # the shapes of a train article (worldforanime-digimon-adventure-tri-cast) and a dev excerpt
    assert part_titles(
        tmp_path,
        (
            'The anime Silver Tide will be a 4-part film series, with the first film titled "Harbor" '
            "(Port) premiering on May 2.\n\n"
            'The second of the four anime films is titled "Silver Tide Part 2: Ebb" and opens in June.\n\n'
            'The final cour is titled "Low Water".\n'
        ),
    ) == {("first film", "Harbor"), ("second film", "Silver Tide Part 2: Ebb"), ("final cour", "Low Water")}


def test_a_title_out_of_quotes_a_song_or_a_live_action_part_is_no_part_title(tmp_path):
    assert not part_titles(
        tmp_path,
        (
            "The anime Silver Tide will be a film series.\n\n"
            "The first film is titled Harbor and opens in May.\n\n"
            'The opening theme song for the second season, titled "Ebb," is by Aya Kuro.\n'
        ),
    )
    assert not part_titles(
        tmp_path,
        (
            "The live-action film of the Silver Tide manga cast its heroine.\n\n"
            'The first film is titled "Harbor".\n'
        ),
    )
