"""`quiz check` on facts: at most two questions per fact, a hand-written question's fact is
never generated too, and a fact is a slug."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from quiz.cli import main
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"
QUESTION = """\
  - id: {id}
    fact: {fact}
    type: choice
    prompt: Who sings the ending theme "Scarlet"?
    answer: Dazbee
    choices: [Dazbee, Yu-ka, Taisei Iwasaki, Yume Miyamoto]
    explanation: The ending theme is "Scarlet", sung by Dazbee.
    sources:
      - source: official-trailer-ruju-naomi
        quote: Dazbee sings the ending theme, Scarlet.
"""


@pytest.fixture
def bank(tmp_path, monkeypatch):
    folder = tmp_path / "questions"
    shutil.copytree(QUESTIONS / "sources", folder / "sources")
    (folder / "curated").mkdir()
    (folder / "generated").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUIZ_QUESTIONS_DIR", "questions")
    return folder


def write(bank, folder: str, name: str, *questions: tuple[str, str]) -> None:
    body = "".join(QUESTION.format(id=qid, fact=fact) for qid, fact in questions)
    (bank / folder / name).write_text(f"topic: music\nquestions:\n{body}", encoding="utf-8")


def check(*args: str):
    result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def test_two_questions_of_one_fact_pass_a_third_is_reported_at_its_line(bank):
    write(bank, "curated", "music.yaml", ("c-a", "performer-scarlet"), ("c-b", "performer-scarlet"))
    assert check().exit_code == 0
    write(bank, "curated", "music.yaml", ("c-a", "performer-scarlet"), ("c-b", "performer-scarlet"),
          ("c-c", "performer-scarlet"))
    result = check()
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "questions/curated/music.yaml:23:5: fact 'performer-scarlet' is already asked by c-a, c-b: "
        "at most 2 questions per fact"
    ]


def test_a_generated_question_of_a_curated_fact_is_reported_even_when_checked_alone(bank):
    write(bank, "curated", "music.yaml", ("c-a", "performer-scarlet"))
    write(bank, "generated", "music.yaml", ("g-a", "performer-scarlet"))
    for args in ((), ("questions/generated/music.yaml",)):
        result = check(*args)
        assert result.exit_code == 1
        assert result.stdout.splitlines() == [
            "questions/generated/music.yaml:3:5: fact 'performer-scarlet' is asked by the "
            "hand-written question 'c-a': run `quiz generate` so no generated question asks it too"
        ]


def test_a_fact_is_a_slug(bank):
    write(bank, "curated", "music.yaml", ("c-a", "Performer Scarlet"))
    result = check()
    assert result.exit_code == 1
    assert "music.yaml:3:5: fact 'Performer Scarlet' must be a lower-case slug" in result.stdout
