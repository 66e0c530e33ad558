"""Nicknames: picked once, kept in the signed cookie, validated, unique whatever the case."""

from __future__ import annotations

import re
from html import unescape

import pytest

from quiz.database import db
from quiz.models import Player


def text_of(response) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", response.get_data(as_text=True))).split())


def test_a_nickname_is_remembered_by_the_cookie(app, players):
    player = players(app, "Naomi Orthmann")
    assert "Playing as Naomi Orthmann" in text_of(player.client.get("/"))
    cookie = player.client.get_cookie("session")
    session = app.session_interface.get_signing_serializer(app).loads(cookie.value)
    with app.app_context():
        assert db.session.get(Player, session["player_id"]).nickname == "Naomi Orthmann"
    assert "Pick a nickname" in text_of(app.test_client().get("/"))  # another browser


@pytest.mark.parametrize(
    "nickname, message",
    [
        ("", "Pick a nickname."),
        ("   ", "Pick a nickname."),
        ("x" * 25, "at most 24 characters"),
        ("<script>", "only 1 to 24 letters, digits, spaces"),
        ("Rouge!", "only 1 to 24 letters, digits, spaces"),
        ("a/b", "only 1 to 24 letters, digits, spaces"),
    ],
)
def test_a_bad_nickname_is_refused_with_a_reason(app, players, nickname, message):
    stranger = players(app)
    response = stranger.post("/nickname", {"nickname": nickname}, page="/nickname")
    assert response.status_code == 400
    assert message in text_of(response)
    assert "<script>" not in response.get_data(as_text=True).split("<main", 1)[1]
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(Player.id))).scalar_one() == 0


@pytest.mark.parametrize("nickname", ["Ruju", "Noid 262", "jean-junghardt", "A.I_7", "ルージュ", "x" * 24])
def test_good_nicknames_are_accepted(app, players, nickname):
    assert "Playing as" in text_of(players(app, nickname).client.get("/"))


def test_a_nickname_is_taken_whatever_its_case(app, players):
    players(app, "Rouge")
    other = players(app)
    response = other.post("/nickname", {"nickname": "  rOUGE "}, page="/nickname")
    assert response.status_code == 400
    assert "taken" in text_of(response)


def test_a_player_can_change_their_own_nickname(app, players):
    player = players(app, "Amelia")
    response = player.post("/nickname", {"nickname": "AMELIA"}, page="/nickname")
    assert response.status_code == 302
    assert "Playing as AMELIA" in text_of(player.client.get("/"))
    with app.app_context():
        assert db.session.execute(db.select(Player.nickname)).scalars().all() == ["AMELIA"]


@pytest.mark.parametrize("target, expected", [
    ("/sources", "/sources"),
    ("//evil.example/", "/"),
    ("https://evil.example/", "/"),
    ("/\\evil.example", "/"),
])
def test_after_the_nickname_only_local_pages_are_followed(app, players, target, expected):
    stranger = players(app)
    token = stranger.token(f"/nickname?next={target}")
    data = {"csrf_token": token, "nickname": "Next", "next": target}
    response = stranger.client.post("/nickname", data=data)
    assert response.headers["Location"] == expected


def test_a_cookie_naming_a_player_that_is_gone_is_forgotten(app, players):
    player = players(app, "Ghost")
    with app.app_context():
        db.session.execute(db.delete(Player))
        db.session.commit()
    assert "Pick a nickname" in text_of(player.client.get("/nickname"))
    response = player.post("/play", {"kind": "quick"})
    assert response.headers["Location"].startswith("/nickname")
