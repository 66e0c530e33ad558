"""Author preview: the app with only one file's (or folder's) questions, problems listed."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask_migrate import upgrade

from quiz import create_app
from quiz.config import PROJECT_ROOT
from quiz.preview import preview_config

QUESTIONS = PROJECT_ROOT / "questions"
QUOTE_ANDROID = "It's a story about an android girl named Rouge and her friend Naomi."
QUOTE_STUDIO = "Studio Bones will celebrate its 25th anniversary with an original anime, Metallic Rouge."

AUTHORS_FILE = f"""\
topic: preview-story
questions:
  - id: preview-android
    type: truefalse
    difficulty: easy
    prompt: Rouge is an android.
    answer: true
    explanation: The story is about an android girl named Rouge.
    sources:
      - source: bones-trailer-anime-expo
        quote: {QUOTE_ANDROID}
  - id: preview-studio
    type: choice
    difficulty: easy
    prompt: Which studio makes Metallic Rouge?
    answer: Bones
    choices: [Bones, Sunrise, MAPPA, Madhouse]
    explanation: Studio Bones makes it for its 25th anniversary.
    sources:
      - source: official-trailer-ruju-naomi
        quote: {QUOTE_STUDIO}
  - id: preview-broken
    type: choice
    difficulty: easy
    prompt: Which network airs it?
    answer: Fuji TV
    choices: [NHK, TBS]
    explanation: It airs on Fuji TV.
    sources:
      - source: no-such-article
        quote: Nothing here.
"""


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture
def authors_file(tmp_path: Path) -> Path:
    path = tmp_path / "drafts" / "mine.yaml"
    path.parent.mkdir()
    path.write_text(AUTHORS_FILE, encoding="utf-8")
    return path


def preview_app(path: Path, workdir: Path):
    app = create_app({**preview_config(path, QUESTIONS, workdir), "TESTING": True})
    with app.app_context():
        upgrade()
    return app


def test_preview_shows_only_that_files_questions_and_lists_its_problems(authors_file, tmp_path, players):
    app = preview_app(authors_file, tmp_path / "work")
    bank = app.extensions["quiz_bank"]
    assert sorted(q.id for q in bank.questions) == ["preview-android", "preview-studio"]
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'work' / 'preview.sqlite'}"
    home = text_of(app.test_client().get("/").get_data(as_text=True))
    assert f"Preview of {authors_file}" in home
    problems = app.config["PREVIEW"]["problems"]
    assert len(problems) >= 2
    for problem in problems:
        assert re.match(rf"{re.escape(str(authors_file))}:\d+:\d+: .+", problem), problem
        assert problem in home
    assert any("no-such-article" in p for p in problems)
    answer_line = AUTHORS_FILE.splitlines().index("    answer: Fuji TV") + 1
    assert f"{authors_file}:{answer_line}:13: answer 'Fuji TV' is not among the choices" in problems
    # a player sees and plays only these two questions
    player = players(app, "Author")
    round_id = player.start()
    pages = player.play_through(bank, round_id)
    assert len(pages) == 2
    topics = app.test_client().get("/api/v1/topics").json["topics"]
    assert [t["id"] for t in topics] == ["preview-story"]


def test_problems_are_listed_on_the_home_page_and_pointed_to_elsewhere(authors_file, tmp_path):
    app = preview_app(authors_file, tmp_path / "work")
    client = app.test_client()
    assert "no-such-article" in client.get("/").get_data(as_text=True)
    sources = text_of(client.get("/sources").get_data(as_text=True))
    assert "problems found: see them on the home page" in sources
    assert "no-such-article" not in sources


def test_a_clean_folder_previews_with_no_problems(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    good = AUTHORS_FILE[: AUTHORS_FILE.index("  - id: preview-broken")]
    (folder / "one.yaml").write_text(good, encoding="utf-8")
    (folder / "two.yaml").write_text(good.replace("preview-", "second-"), encoding="utf-8")
    app = preview_app(folder, tmp_path / "work")
    assert len(app.extensions["quiz_bank"].questions) == 4
    assert app.config["PREVIEW"]["problems"] == []
    assert "No problems found." in text_of(app.test_client().get("/").get_data(as_text=True))


def test_an_id_already_in_the_bank_is_a_problem_as_quiz_check_says(tmp_path, bank):
    taken = bank.questions[0].id
    path = tmp_path / "copy.yaml"
    path.write_text(AUTHORS_FILE.replace("preview-android", taken), encoding="utf-8")
    problems = preview_config(path, QUESTIONS, tmp_path / "work")["PREVIEW"]["problems"]
    assert any(f"duplicate id {taken!r}" in p for p in problems), problems


def test_quiz_preview_prints_the_problems_and_serves_the_preview(authors_file, monkeypatch):
    served = {}

    def run_simple(host, port, app, **options):  # instead of blocking on a real server
        served.update(host=host, port=port, app=app)

    monkeypatch.setattr("werkzeug.serving.run_simple", run_simple)
    from quiz.cli import main

    result = CliRunner().invoke(main, ["preview", str(authors_file), "--port", "5123"])
    assert result.exit_code == 0, result.output
    assert served["port"] == 5123 and served["host"] == "127.0.0.1"
    assert "2 questions from" in result.output and "Preview on http://127.0.0.1:5123/" in result.output
    assert "no-such-article" in result.output
    assert [q.id for q in served["app"].extensions["quiz_bank"].questions] == [
        "preview-android", "preview-studio",
    ]


def test_quiz_preview_refuses_a_path_that_does_not_exist(tmp_path):
    from quiz.cli import main

    result = CliRunner().invoke(main, ["preview", str(tmp_path / "nowhere.yaml")])
    assert result.exit_code == 2 and "does not exist" in result.output
