"""Entities: spellings of one thing grouped, corroboration, and the articles' disagreements."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from quiz.bank.conflicts import find_conflicts
from quiz.bank.entities import Entities, load_aliases
from quiz.bank.facts import build
from quiz.bank.model import Citation
from quiz.cli import main
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"


def grouped(kind: str, names: list[str], aliases: dict | None = None) -> Entities:
    entities = Entities(aliases or {})
    for i, name in enumerate(names):
        entities.add(kind, name, Citation(f"article-{i}", name))
    return entities.build()


@pytest.fixture(scope="module")
def base():
    return build(QUESTIONS)


@pytest.mark.parametrize(
    ("kind", "names"),
    [
        ("person", ["Motonobu Hori", "Monotobu Hori"]),
        ("work", ["RahXephon", "Rahxephon", "RahXephone", "Project Rahxephon"]),
        ("studio", ["Bones", "BONES", "Studio Bones", "Bones Studio", "Bones Animation Production"]),
        ("show", ["Metallic Rouge", "Metallic Rogue"]),
    ],
)
def test_matching_groups_spellings_without_any_alias(kind, names):
    entities = grouped(kind, names)
    assert {entities.canonical(kind, name) for name in names} == {entities.canonical(kind, names[0])}


@pytest.mark.parametrize(
    ("kind", "a", "b"),
    [
        ("person", "Yasushi Muraki", "Yasushi Ishizu"),
        ("person", "Akihiro Yamada", "Haru Yamada"),
        ("person", "Toshihiro Kawamoto", "Toshizo Nemoto"),
        ("place", "Nean", "Nairn"),
        ("work", "Noragami", "Origami"),
    ],
)
def test_different_names_stay_apart(kind, a, b):
    entities = grouped(kind, [a, b])
    assert entities.canonical(kind, a) != entities.canonical(kind, b)


def test_two_characters_of_one_family_named_by_one_article_stay_apart():
    # a train article's cast list (pledgetimes-prince-of-tennis-u17-world-cup-trailer): "Ryōma
    # Echizen" and his brother "Ryōga Echizen" are near spellings, but one article names both
    entities = Entities({})
    for name in ("Ryōma Echizen", "Ryōga Echizen"):
        entities.add("character", name, Citation("article-0", name))
    entities.build()
    ryoma, ryoga = (entities.canonical("character", n) for n in ("Ryōma Echizen", "Ryōga Echizen"))
    assert ryoma != ryoga
    # in two articles, the one spelling the other's name a letter apart is still one character
    entities = grouped("character", ["Ryōma Echizen", "Ryōga Echizen"])
    ryoma, ryoga = (entities.canonical("character", n) for n in ("Ryōma Echizen", "Ryōga Echizen"))
    assert ryoma == ryoga


def test_aliases_file_groups_the_heroines_four_spellings():
    aliases, problems = load_aliases(QUESTIONS / "aliases.yaml")
    assert problems == []
    entities = grouped("character", ["Ruju", "Rogue", "Ruji", "Rouge"], aliases)
    assert {entities.canonical("character", n) for n in ("Ruju", "Rogue", "Ruji", "Rouge")} == {"Rouge"}
    # the song called "Rouge" is another thing: kinds never mix
    songs = grouped("song", ["Rouge", "Scarlet"], aliases)
    assert songs.canonical("song", "Rouge") == "Rouge" and songs.spellings("song", "Rouge") == ("Rouge",)


def test_a_lone_surname_or_given_name_joins_the_one_full_name_that_has_it():
    people = grouped("person", ["Yutaka Izubuchi", "Izubuchi", "Taisei Iwasaki"])
    assert people.canonical("person", "Izubuchi") == "Yutaka Izubuchi"
    characters = grouped("character", ["Naomi", "Naomi Orthmann", "Naomi"])
    assert characters.canonical("character", "Naomi Orthmann") == characters.canonical("character", "Naomi")


def test_dates_and_numbers_group_by_meaning():
    dates = grouped("date", ["22nd of March, 2023", "March 22, 2023", "July 3, 2023"])
    assert dates.canonical("date", "22nd of March, 2023") == "March 22, 2023"
    assert dates.canonical("date", "July 3, 2023") == "July 3, 2023"
    numbers = grouped("number", ["nine", "9", "twenty five", "25"])
    assert numbers.canonical("number", "nine") == "9"
    assert numbers.canonical("number", "twenty five") == "25"


def test_a_broken_aliases_file_is_a_problem_not_a_traceback(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("character:\n  Rouge: [Rogue\n", encoding="utf-8")
    aliases, problems = load_aliases(path)
    assert aliases == {} and problems and "bad YAML" in problems[0].message
    path.write_text("character:\n  Rouge: Rogue\n", encoding="utf-8")
    _, problems = load_aliases(path)
    assert "must be a list" in problems[0].message


def test_a_fact_stated_by_several_articles_is_one_fact_citing_all(base):
    studio = [f for f in base.of("studio", "Metallic Rouge") if f.value == "Bones"]
    assert len(studio) == 1 and studio[0].corroboration == 5
    director = [f for f in base.of("credit") if f.qualifier == "director"]
    assert [f.value for f in director] == ["Motonobu Hori"]
    quotes = [c.quote for c in director[0].citations]
    assert any("Monotobu Hori" in q for q in quotes) and any("Motonobu Hori directs" in q for q in quotes)
    assert director[0].corroboration == 3


def test_conflicts_name_both_sides_with_their_quotes(base):
    conflicts = {(c.kind, c.relation, c.subject): c for c in find_conflicts(base)}
    origin = conflicts[("value", "origin", "Rouge")]
    sides = {side.label: side for side in origin.sides}
    assert set(sides) == {"Nairn", "Nean"}
    assert "a girl from Nairn" in sides["Nairn"].citations[0].quote
    assert "Rogue is a Nean girl" in sides["Nean"].citations[0].quote
    spelling = conflicts[("spelling", "person", "Motonobu Hori")]
    assert {side.label for side in spelling.sides} == {"Motonobu Hori", "Monotobu Hori"}
    # two lists of one article add up, and the articles' lists share RahXephon: no dispute
    assert ("claims", "known_for", "Yutaka Izubuchi") not in conflicts


def test_stats_command_lists_each_conflict_with_both_quotes():
    result = CliRunner().invoke(main, ["stats"], env={"QUIZ_QUESTIONS_DIR": str(QUESTIONS)})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Rouge comes from: Nairn / Nean" in out
    assert "It then introduces Ruju, a girl from Nairn" in out
    assert "Rogue is a Nean girl who" in out
    assert "Motonobu Hori is spelled: Monotobu Hori / Motonobu Hori" in out
    assert "Monotobu Hori, who has worked" in out and "Motonobu Hori directs Metallic Rogue" in out
    assert "Yutaka Izubuchi known for:" not in out
