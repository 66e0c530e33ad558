"""Abuse limits on starting rounds and answering: per player, per address, configurable."""

from __future__ import annotations

import re

import pytest
from live_server import free_port

from quiz import create_app
from quiz.database import db
from quiz.models import Answer, Round

LOOSE = "1000 per minute"


@pytest.fixture
def database_url(tmp_path):
    """Limits do not depend on the database: SQLite only."""
    return f"sqlite:///{tmp_path / 'quiz.sqlite'}"


@pytest.fixture
def limited(make_app, play_bank):
    """limited(**config): an app with rate limits on, loose unless a test tightens one."""

    def make(**config):
        loose = dict.fromkeys(
            ["RATE_LIMIT_START", "RATE_LIMIT_START_PER_ADDRESS",
             "RATE_LIMIT_ANSWER", "RATE_LIMIT_ANSWER_PER_ADDRESS"],
            LOOSE,
        )
        return make_app(play_bank, **{**loose, "RATE_LIMITS": "on", **config})

    return make


def from_address(player, address: str):
    player.client.environ_base["REMOTE_ADDR"] = address
    return player


def start_status(player) -> int:
    data = {"kind": "quick", "scope": "", "difficulty": "any", "timed": "0"}
    return player.post("/play", data).status_code


def count(app, model) -> int:
    with app.app_context():
        return db.session.execute(db.select(db.func.count()).select_from(model)).scalar_one()


def test_starting_rounds_beyond_the_player_limit_gets_a_friendly_429(limited, players):
    app = limited(RATE_LIMIT_START="3 per minute")
    naomi = players(app, "Naomi")
    assert [start_status(naomi) for _ in range(3)] == [302, 302, 302]

    response = naomi.post("/play", {"kind": "quick", "difficulty": "any", "timed": "0"})
    assert response.status_code == 429
    page = response.get_data(as_text=True)
    assert "Slow down" in page and "Traceback" not in page
    retry_after = int(response.headers["Retry-After"])
    assert 0 < retry_after <= 60
    shown = int(re.search(r"wait (\d+) second", page).group(1))
    assert abs(shown - retry_after) <= 1  # the page and the header agree on how long
    assert count(app, Round) == 3  # the refused start drew no round


def test_answers_beyond_the_player_limit_are_refused_and_not_stored(limited, players, play_bank):
    app = limited(RATE_LIMIT_ANSWER="2 per minute")
    rouge = players(app, "Rouge")
    round_id = rouge.start()
    statuses = []
    for _ in range(3):
        html = rouge.question_page(round_id)
        question = play_bank.question(rouge.current_question_id(round_id))
        data = rouge.answer_data(question, html)
        statuses.append(rouge.client.post(f"/rounds/{round_id}", data=data).status_code)
    assert statuses == [302, 302, 429]
    assert count(app, Answer) == 2
    with app.app_context():
        assert db.session.get(Round, round_id).position == 2


def test_the_address_limit_counts_every_player_behind_it(limited, players):
    app = limited(RATE_LIMIT_START_PER_ADDRESS="4 per minute")
    naomi = from_address(players(app, "Naomi"), "203.0.113.5")
    jean = from_address(players(app, "Jean"), "203.0.113.5")
    assert [start_status(naomi), start_status(naomi)] == [302, 302]
    assert [start_status(jean), start_status(jean), start_status(jean)] == [302, 302, 429]
    assert start_status(naomi) == 429
    elsewhere = from_address(players(app, "Ash"), "198.51.100.7")
    assert start_status(elsewhere) == 302  # another address is not affected


def test_the_player_limit_follows_the_player_to_another_address(limited, players):
    app = limited(RATE_LIMIT_START="2 per minute")
    naomi = players(app, "Naomi")
    assert start_status(from_address(naomi, "203.0.113.5")) == 302
    assert start_status(from_address(naomi, "198.51.100.7")) == 302
    assert start_status(from_address(naomi, "192.0.2.44")) == 429
    assert start_status(players(app, "Jean")) == 302  # another player is not affected


def test_a_request_refused_by_the_player_limit_does_not_use_up_the_address(limited, players):
    app = limited(RATE_LIMIT_START="1 per minute", RATE_LIMIT_START_PER_ADDRESS="3 per minute")
    spammer = players(app, "Spammer")
    assert [start_status(spammer) for _ in range(6)] == [302] + [429] * 5
    classmate = players(app, "Classmate")
    assert start_status(classmate) == 302


def test_limits_come_from_the_environment(monkeypatch, tmp_path, play_bank, players):
    monkeypatch.setenv("QUIZ_RATE_LIMIT_START", "1 per minute")
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'env.sqlite'}",
                      "BANK": play_bank, "SECRET_KEY": "test-secret"})
    with app.app_context():
        db.create_all()
    naomi = players(app, "Naomi")
    assert [start_status(naomi), start_status(naomi)] == [302, 429]


def test_limits_can_be_turned_off(limited, players):
    app = limited(RATE_LIMIT_START="1 per minute", RATE_LIMITS="off")
    naomi = players(app, "Naomi")
    assert [start_status(naomi) for _ in range(3)] == [302, 302, 302]


def test_other_pages_are_not_limited(limited, players):
    app = limited(RATE_LIMIT_START="1 per minute", RATE_LIMIT_START_PER_ADDRESS="1 per minute")
    naomi = players(app, "Naomi")
    assert start_status(naomi) == 302
    assert all(naomi.client.get(page).status_code == 200 for page in ["/", "/nickname"] * 5)


def test_without_redis_the_app_keeps_serving_and_limiting(limited, players):
    # QUIZ_REDIS_URL names a server that is not there (down, or not started yet)
    app = limited(REDIS_URL=f"redis://127.0.0.1:{free_port()}/0", RATE_LIMIT_START="2 per minute")
    naomi = players(app, "Naomi")
    assert [start_status(naomi) for _ in range(3)] == [302, 302, 429]
