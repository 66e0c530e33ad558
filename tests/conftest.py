"""Shared fixtures, in the style of Flask's tutorial: an app per test, its client and runner."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.bank import load_bank
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"


@pytest.fixture(scope="session")
def bank():
    """The real bank, loaded once: tests read it, never change it."""
    loaded = load_bank(QUESTIONS)
    assert not loaded.problems, "\n".join(map(str, loaded.problems))
    return loaded


@pytest.fixture
def app(tmp_path: Path, bank):
    from quiz import create_app

    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'quiz.sqlite'}",
            "BANK": bank,
        }
    )
    yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()
