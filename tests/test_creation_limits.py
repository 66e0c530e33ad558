"""Limits on what anyone may create from one address: players (the nickname page and the API
share one count), OpenTDB session tokens, and rounds started from the nickname form."""

from __future__ import annotations

import pytest

from quiz.database import db
from quiz.models import Player, Round, TriviaToken

LOOSE = "1000 per minute"


@pytest.fixture
def database_url(tmp_path):
    """Limits do not depend on the database: SQLite only."""
    return f"sqlite:///{tmp_path / 'quiz.sqlite'}"


@pytest.fixture
def limited(make_app, play_bank):
    """limited(**config): an app with rate limits on, loose unless a test tightens one."""

    def make(**config):
        loose = dict.fromkeys(["RATE_LIMIT_START", "RATE_LIMIT_START_PER_ADDRESS", "RATE_LIMIT_ANSWER",
                               "RATE_LIMIT_ANSWER_PER_ADDRESS", "RATE_LIMIT_NEW_PLAYER_PER_ADDRESS"], LOOSE)
        return make_app(play_bank, **{**loose, "RATE_LIMITS": "on", **config})

    return make


def visitor(app, players, address: str):
    player = players(app)
    player.client.environ_base["REMOTE_ADDR"] = address
    return player


def pick(player, nickname: str, next_: str = ""):
    return player.post("/nickname", {"nickname": nickname, "next": next_}, page="/nickname")


def api_player(app, nickname: str, address: str):
    return app.test_client().post("/api/v1/players", json={"nickname": nickname},
                                  environ_base={"REMOTE_ADDR": address})


def count(app, model) -> int:
    with app.app_context():
        return db.session.execute(db.select(db.func.count()).select_from(model)).scalar_one()


def test_new_players_beyond_the_address_limit_get_a_friendly_429(limited, players):
    app = limited(RATE_LIMIT_NEW_PLAYER_PER_ADDRESS="3 per minute")
    statuses = [pick(visitor(app, players, "203.0.113.5"), f"Player {n}").status_code for n in range(4)]
    assert statuses == [302, 302, 302, 429]
    refused = pick(visitor(app, players, "203.0.113.5"), "Squatter")
    page = refused.get_data(as_text=True)
    assert refused.status_code == 429 and "Slow down" in page and "new nicknames" in page
    assert int(refused.headers["Retry-After"]) > 0
    assert count(app, Player) == 3  # the refused ones made nobody
    assert pick(visitor(app, players, "198.51.100.7"), "Elsewhere").status_code == 302


def test_renaming_and_showing_the_form_are_not_limited(limited, players):
    app = limited(RATE_LIMIT_NEW_PLAYER_PER_ADDRESS="1 per minute")
    naomi = visitor(app, players, "203.0.113.5")
    assert pick(naomi, "Naomi").status_code == 302
    assert [pick(naomi, f"Naomi {n}").status_code for n in range(3)] == [302, 302, 302]
    assert all(naomi.client.get("/nickname").status_code == 200 for _ in range(3))
    assert pick(visitor(app, players, "203.0.113.5"), "Jean").status_code == 429


def test_the_api_and_the_nickname_page_share_one_count_per_address(limited, players):
    app = limited(RATE_LIMIT_NEW_PLAYER_PER_ADDRESS="3 per minute")
    assert pick(visitor(app, players, "203.0.113.5"), "Naomi").status_code == 302
    assert api_player(app, "Ruju", "203.0.113.5").status_code == 201
    assert api_player(app, "Jean", "203.0.113.5").status_code == 201
    refused = api_player(app, "Ash", "203.0.113.5")
    assert refused.status_code == 429
    assert refused.json["error"]["code"] == "rate_limited"
    assert "try again in" in refused.json["error"]["message"]
    assert int(refused.headers["Retry-After"]) > 0
    assert pick(visitor(app, players, "203.0.113.5"), "Viola").status_code == 429
    assert api_player(app, "Ash", "198.51.100.7").status_code == 201
    assert count(app, Player) == 4


def test_opentdb_tokens_beyond_the_address_limit_get_its_rate_limit_code(make_app, bank):
    app = make_app(bank, OPENTDB="on", RATE_LIMITS="on", OPENTDB_TOKEN_RATE_LIMIT="2 per minute")
    client = app.test_client()

    def request_token(address: str):
        return client.get("/api_token.php?command=request", environ_base={"REMOTE_ADDR": address})

    first, second, third = (request_token("203.0.113.5") for _ in range(3))
    assert first.json["response_code"] == second.json["response_code"] == 0
    assert third.status_code == 429
    assert third.json["response_code"] == 5  # opentdb.com's "rate limit", which clients know
    assert int(third.headers["Retry-After"]) > 0
    assert count(app, TriviaToken) == 2
    assert request_token("198.51.100.7").json["response_code"] == 0
    # resetting a token writes no new row: not limited
    reset = client.get(f"/api_token.php?command=reset&token={first.json['token']}",
                       environ_base={"REMOTE_ADDR": "203.0.113.5"})
    assert reset.status_code == 200 and reset.json["response_code"] == 0


def test_a_round_started_from_the_nickname_form_counts_against_the_start_limits(limited, players):
    app = limited(RATE_LIMIT_START_PER_ADDRESS="2 per minute")
    start = "/play?kind=quick&scope=&difficulty=any&timed=0"
    first = visitor(app, players, "203.0.113.5")
    assert pick(first, "Naomi", next_=start).headers["Location"].startswith("/rounds/")
    second = visitor(app, players, "203.0.113.5")
    assert pick(second, "Jean", next_=start).headers["Location"].startswith("/rounds/")
    third = visitor(app, players, "203.0.113.5")
    refused = pick(third, "Ash", next_=start)
    assert refused.status_code == 429 and "Slow down" in refused.get_data(as_text=True)
    assert count(app, Round) == 2
    # a nickname form that starts no round is not a start
    assert pick(third, "Ash").status_code == 302
    other = visitor(app, players, "198.51.100.7")
    assert pick(other, "Viola", next_=start).headers["Location"].startswith("/rounds/")


def test_a_forged_cookie_cannot_use_up_another_players_limits(limited, players):
    from flask.sessions import SecureCookieSessionInterface

    app = limited(RATE_LIMIT_START="2 per minute")
    naomi = visitor(app, players, "203.0.113.5")
    assert pick(naomi, "Naomi").status_code == 302
    with app.app_context():
        naomi_id = db.session.execute(db.select(Player.id)).scalar_one()
    forger = visitor(app, players, "198.51.100.7")
    forged = SecureCookieSessionInterface().get_signing_serializer(app).dumps({"player_id": naomi_id})
    start = {"kind": "quick", "scope": "", "difficulty": "any", "timed": "0"}
    for _ in range(3):
        forger.client.set_cookie("session", forged)
        response = forger.post("/play", start)
        assert response.status_code == 302 and "/nickname" in response.headers["Location"]
    assert [naomi.post("/play", start).status_code for _ in range(3)] == [302, 302, 429]
