"""A sixth article, made up for the test in the corpus's style, yields cited questions with no
code change: drop it in sources/, run `quiz generate`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.bank import load_bank
from quiz.cli import main
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"
ARTICLE_ID = "crystal-tide-staff-cast-premiere"
ARTICLE = """\
---
id: crystal-tide-staff-cast-premiere
title: Original Anime Crystal Tide Reveals Staff, Cast and April Premiere
byline: null
publication: null
origin: made-up-for-the-test.txt
skip:
- Crystal Tide key visual
---
Original Anime Crystal Tide Reveals Staff, Cast and April Premiere

Crystal Tide key visual (Image via Studio Kumo)

The staff of the upcoming original anime, Crystal Tide, have revealed the main cast and a \
premiere date. Crystal Tide will premiere on April 5, 2025, on Tokyo MX and HIDIVE.

Studio Kumo will celebrate its 10th anniversary with the series. The story follows an android \
girl named Mira and her buddy Kai on a mission to Europa to stop seven rogue machines.

The staff attached to Crystal Tide are as follows:

    • Director: Hana Takeda
    • Series Composition: Ryo Sakamoto
    • Character Design: Emi Kogure
    • Music: Daichi Mori
    • Animation Production: Kumo

Additionally, Aoi Tanaka stars as the lead character, Mira Solen. Kenji Ito co-stars as her \
partner, Kai Vance.

Lumina sings the opening theme, Blue Horizon. The ending theme, Quiet Stars, by Rei Hoshino, \
plays over the credits.
"""


@pytest.fixture(scope="module")
def grown(tmp_path_factory) -> Path:
    """A copy of the bank with the sixth article, after `quiz generate`."""
    folder = tmp_path_factory.mktemp("bank") / "questions"
    shutil.copytree(QUESTIONS / "sources", folder / "sources")
    shutil.copy(QUESTIONS / "aliases.yaml", folder / "aliases.yaml")
    (folder / "sources" / f"{ARTICLE_ID}.md").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["generate"], env={"QUIZ_QUESTIONS_DIR": str(folder)})
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture(scope="module")
def bank(grown):
    loaded = load_bank(grown)
    assert not loaded.problems, "\n".join(map(str, loaded.problems))
    return loaded


def asked(bank, prompt: str, qtype: str):
    found = [q for q in bank.questions if q.prompt == prompt and q.type == qtype]
    assert len(found) == 1, (prompt, sorted(q.prompt for q in bank.questions if "Crystal" in q.prompt))
    question = found[0]
    assert any(c.source == ARTICLE_ID for c in question.sources), question.sources
    return question


def test_the_new_article_passes_check(grown):
    result = CliRunner().invoke(main, ["check"], env={"QUIZ_QUESTIONS_DIR": str(grown)})
    assert result.exit_code == 0, result.output


def test_staff_list_questions(bank):
    director = asked(bank, "Who is the director of Crystal Tide?", "choice")
    assert director.answer == "Hana Takeda" and len(director.choices) == 4
    assert director.sources[0].quote == "Director: Hana Takeda"
    designer = asked(bank, "Who designs the characters of Crystal Tide?", "choice")
    assert designer.answer == "Emi Kogure"
    writer = asked(bank, "Who handles the series composition of Crystal Tide?", "choice")
    assert writer.answer == "Ryo Sakamoto"
    studio = asked(bank, "Which studio is behind Crystal Tide?", "text")
    assert studio.answer == "Kumo"


def test_release_date_questions(bank):
    premiere = asked(bank, "When does Crystal Tide premiere?", "choice")
    assert premiere.answer == "April 5, 2025"
    assert "April 5, 2025" in premiere.sources[0].quote
    shows = asked(bank, "Which two of these services show Crystal Tide?", "multi")
    assert set(shows.answer) == {"Tokyo MX", "HIDIVE"}


def test_theme_song_and_cast_questions(bank):
    opening = asked(bank, 'Who sings the opening theme "Blue Horizon"?', "choice")
    assert opening.answer == "Lumina"
    ending = asked(bank, "What is the ending theme of Crystal Tide?", "choice")
    assert ending.answer == "Quiet Stars"
    voice = asked(bank, "Who voices Mira Solen in Crystal Tide?", "choice")
    assert voice.answer == "Aoi Tanaka"


def test_each_new_fact_is_asked_once(bank):
    new = [q for q in bank.questions if any(c.source == ARTICLE_ID for c in q.sources)]
    facts = [q.fact for q in new]
    assert len(new) >= 15 and len(set(facts)) == len(facts)


def test_story_questions(bank):
    mission = asked(bank, "Where are Mira and Kai sent on their mission?", "text")
    assert mission.answer == "Europa"
    count = asked(bank, "How many rogue machines are Mira and Kai sent after?", "number")
    assert count.answer == 7 and "seven" in count.accept


def test_the_old_articles_keep_their_questions(bank):
    assert any(q.prompt == "Who is the director of Metallic Rouge?" for q in bank.questions)
    # the new show's people are never mixed into the old show's facts
    director = next(q for q in bank.questions
                    if q.prompt == "Who is the director of Metallic Rouge?" and q.type == "text")
    assert director.answer == "Motonobu Hori"
