"""The database: made by the migrations, tuned SQLite, the same app on PostgreSQL."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text

from quiz.cli import main
from quiz.database import db, migrate

TABLES = {"player", "round", "answer", "best_score", "alembic_version"}


def head_revision() -> str:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", migrate.directory)
    return ScriptDirectory.from_config(config).get_current_head()


def test_the_migrations_make_every_table_at_the_head_revision(app):
    with app.app_context():
        assert set(inspect(db.engine).get_table_names()) >= TABLES
        version = db.session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert version == head_revision()


def test_the_migrations_match_the_models(app):
    """A model change without its migration would fail here: run `quiz db migrate`."""
    with app.app_context(), db.engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), db.metadata)
    assert diffs == []


def test_the_migrations_go_down_and_up_again(app):
    with app.app_context():
        downgrade(revision="base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade()
        assert set(inspect(db.engine).get_table_names()) >= TABLES


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_sqlite_connections_use_wal_a_busy_timeout_and_foreign_keys(make_app, bank):
    app = make_app(bank)
    with app.app_context(), db.engine.connect() as connection:
        def pragma(name):
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("busy_timeout") >= 5000
        assert pragma("foreign_keys") == 1


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_the_app_runs_on_postgresql_when_the_url_says_so(make_app, bank):
    app = make_app(bank)
    with app.app_context():
        assert db.engine.dialect.name == "postgresql"
    assert app.test_client().get("/").status_code == 200


@pytest.fixture
def quiz_run(monkeypatch, tmp_path):
    """`quiz run` on a database in tmp_path, without serving (serve only records its call)."""
    served = []
    def record(app, host, port):
        served.append({"host": host, "port": port, "debug": app.debug})

    monkeypatch.setattr("quiz.cli.serve", record)
    path = tmp_path / "instance" / "quiz.sqlite"
    path.parent.mkdir()
    monkeypatch.setenv("QUIZ_DATABASE_URL", f"sqlite:///{path}")

    def run():
        from click.testing import CliRunner

        result = CliRunner().invoke(main, ["run", "--port", "5099"])
        assert result.exit_code == 0, result.output
        return result

    return run, path, served


def test_quiz_run_creates_the_database_by_itself(quiz_run):
    run, path, served = quiz_run
    assert not path.exists()
    result = run()
    assert "is up to date" in result.output
    assert served == [{"host": "127.0.0.1", "port": 5099, "debug": False}]
    with sqlite3.connect(path) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables >= TABLES
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()


def test_quiz_run_keeps_what_players_did(quiz_run):
    run, path, _ = quiz_run
    run()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO player (nickname, nickname_key, hidden, created_at)"
            " VALUES ('Kept', 'kept', 0, '2024-01-11 00:00:00')"
        )
    run()  # already at the head: nothing to do, nothing lost
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT nickname FROM player").fetchall() == [("Kept",)]


def test_quiz_run_upgrades_a_database_left_at_an_older_revision(quiz_run, bank):
    from quiz import create_app

    run, path, _ = quiz_run
    run()
    app = create_app({"BANK": bank})  # the same QUIZ_DATABASE_URL
    with app.app_context():
        downgrade(revision="base")
        assert "round" not in inspect(db.engine).get_table_names()
        db.engine.dispose()
    run()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()


def test_quiz_run_says_why_when_the_database_cannot_be_reached(monkeypatch, tmp_path):
    from click.testing import CliRunner

    monkeypatch.setattr("quiz.cli.serve", lambda app, host, port: None)
    monkeypatch.setenv("QUIZ_DATABASE_URL", f"sqlite:///{tmp_path / 'missing-folder' / 'quiz.sqlite'}")
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 1
    assert "cannot create or upgrade the database" in result.output
    assert "Traceback" not in result.output
