"""`quiz board hide NICKNAME` / `quiz board unhide NICKNAME`: moderation without deleting data."""

from __future__ import annotations

from quiz.cli import main
from quiz.database import db
from quiz.models import BestScore, Round, utcnow


def board_names(client) -> str:
    return client.get("/scoreboard/quick").get_data(as_text=True)


def counts() -> tuple[int, int]:
    rounds = db.session.execute(db.select(db.func.count()).select_from(Round)).scalar_one()
    bests = db.session.execute(db.select(db.func.count()).select_from(BestScore)).scalar_one()
    return rounds, bests


def test_hide_and_unhide_a_player_keeping_their_data(app, client, runner, scores):
    with app.app_context():
        scores.round(scores.player("Troll"), 999, 1, utcnow())
        scores.round(scores.player("Fair"), 10, 1000, utcnow())
        before = counts()
    assert "Troll" in board_names(client)

    result = runner.invoke(main, ["board", "hide", "TROLL"])  # any letter case
    assert result.exit_code == 0, result.output
    assert "Troll is now hidden from every scoreboard" in result.output
    html = board_names(client)
    assert "Troll" not in html and "Fair" in html
    with app.app_context():
        assert counts() == before

    result = runner.invoke(main, ["board", "unhide", "troll"])
    assert result.exit_code == 0, result.output
    assert "Troll is now shown on every scoreboard" in result.output
    assert "Troll" in board_names(client)


def test_an_unknown_nickname_is_a_clear_error(runner):
    for command in ("hide", "unhide"):
        result = runner.invoke(main, ["board", command, "Nobody"])
        assert result.exit_code == 1
        assert "Error: no player with the nickname 'Nobody'" in result.output
        assert "Traceback" not in result.output
    result = runner.invoke(main, ["board", "hide", "<bad name>"])
    assert result.exit_code == 1 and "no player with the nickname '<bad name>'" in result.output


def test_a_database_without_tables_is_a_clear_error(tmp_path, bank):
    from quiz import create_app

    fresh = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "BANK": bank,
                        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'empty.sqlite'}"})
    result = fresh.test_cli_runner().invoke(main, ["board", "hide", "Anyone"])
    assert result.exit_code == 1
    assert "cannot update the database" in result.output and "quiz db upgrade" in result.output
    assert "Traceback" not in result.output
