"""Live rooms through the pages and the socket: hosting, joining with a PIN, answering on the
socket as the session's player, and the updates every screen gets."""

from __future__ import annotations

import html
import json
import re

import pytest

from quiz.extensions import socketio
from tests.conftest import QuizPlayer


def host_room(app, size="5", seconds="20") -> tuple[QuizPlayer, int, str]:
    host = QuizPlayer(app)
    response = host.post("/host", {"round": "quick", "difficulty": "any", "size": size, "seconds": seconds},
                         page="/host")
    assert response.status_code == 302, response.get_data(as_text=True)
    room_id = int(response.headers["Location"].rsplit("/", 1)[1])
    page = host.client.get(f"/host/{room_id}").get_data(as_text=True)
    pin = json.loads(html.unescape(re.search(r'data-state="([^"]*)"', page).group(1)))["pin"]
    return host, room_id, pin


def join(app, pin: str, nickname: str) -> QuizPlayer:
    player = QuizPlayer(app)
    response = player.post("/join", {"pin": pin, "nickname": nickname}, page="/join")
    assert response.status_code == 302, response.get_data(as_text=True)
    return player


def socket(app, browser: QuizPlayer, room_id: int, role: str):
    return socketio.test_client(app, flask_test_client=browser.client, auth={"room": room_id, "role": role})


def received(client, name: str) -> list[dict]:
    return [event["args"][0] for event in client.get_received() if event["name"] == name]


@pytest.fixture
def game(app):
    host, room_id, pin = host_room(app)
    naomi, jean = join(app, pin, "Naomi"), join(app, pin, "Jean")
    return app, host, room_id, pin, naomi, jean


def test_the_host_gets_a_pin_and_a_qr_code_of_the_join_address(app):
    host, room_id, pin = host_room(app)
    assert re.fullmatch(r"[1-9]\d{5}", pin)
    qr = host.client.get(f"/host/{room_id}/qr.svg")
    assert qr.status_code == 200 and qr.content_type == "image/svg+xml"
    assert qr.get_data(as_text=True).startswith("<svg") and pin in qr.get_data(as_text=True)
    stranger = QuizPlayer(app)
    assert stranger.client.get(f"/host/{room_id}").status_code == 404
    assert stranger.client.get(f"/host/{room_id}/qr.svg").status_code == 404


def test_a_room_refuses_a_round_it_cannot_draw(app):
    host = QuizPlayer(app)
    response = host.post("/host", {"round": "topic:no-such-topic", "difficulty": "any", "size": "5",
                                   "seconds": "20"}, page="/host")
    assert response.status_code == 400  # not one of the offered rounds


def test_join_says_what_is_wrong_and_that_live_games_need_javascript(app):
    _, _, pin = host_room(app)
    player = QuizPlayer(app)
    page = player.client.get(f"/join?pin={pin}").get_data(as_text=True)
    assert "<noscript>" in page and "need JavaScript" in page and f'value="{pin}"' in page
    wrong = player.post("/join", {"pin": "12345", "nickname": "Naomi"}, page="/join")
    assert wrong.status_code == 400 and "6 digits" in wrong.get_data(as_text=True)
    other = "100000" if pin != "100000" else "100001"
    unknown = player.post("/join", {"pin": other, "nickname": "Naomi"}, page="/join")
    assert unknown.status_code == 400 and "No game is open with that PIN" in unknown.get_data(as_text=True)
    join(app, pin, "Naomi")
    taken = player.post("/join", {"pin": pin, "nickname": "naomi"}, page="/join")
    assert taken.status_code == 400 and "taken" in taken.get_data(as_text=True)


def test_only_members_see_the_phone_page(game):
    app, _, room_id, pin, naomi, _ = game
    assert naomi.client.get(f"/rooms/{room_id}/play").status_code == 200
    outsider = QuizPlayer(app)
    response = outsider.client.get(f"/rooms/{room_id}/play")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/join?pin={pin}")


def test_sockets_are_the_session_s_own(game):
    app, host, room_id, _, naomi, _ = game
    assert not socket(app, QuizPlayer(app), room_id, "host").is_connected()  # not this browser's room
    assert not socket(app, QuizPlayer(app), room_id, "player").is_connected()  # never joined
    assert not socket(app, naomi, room_id, "host").is_connected()
    assert socket(app, host, room_id, "host").is_connected()
    player = socket(app, naomi, room_id, "player")
    assert player.is_connected()
    # a player's socket cannot drive the game
    assert player.emit("control", {"room": room_id, "action": "next"}, callback=True)["ok"] is False


def test_a_whole_question_over_the_socket(game, bank):
    app, host, room_id, _, naomi, jean = game
    screen = socket(app, host, room_id, "host")
    phones = [socket(app, p, room_id, "player") for p in (naomi, jean)]
    for phone in phones:
        assert received(phone, "state")[-1]["state"] == "lobby"
    assert screen.emit("control", {"room": room_id, "action": "next"}, callback=True) == {"ok": True}
    shown = received(phones[0], "state")[-1]
    assert shown["state"] == "question" and 0 < shown["left_ms"] <= 20_000
    assert "right" not in shown and "tally" not in shown  # nothing gives the answer away
    assert phones[0].emit("answer", {"position": 0, "choice": 0}, callback=True)["ok"]
    again = phones[0].emit("answer", {"position": 0, "choice": 1}, callback=True)
    assert again == {"ok": False, "message": "You have answered this question."}
    assert received(screen, "answered")[-1] == {"answered": 1}
    assert received(phones[1], "state")[-1]["state"] == "question"  # one still to answer
    assert phones[1].emit("answer", {"position": 0, "choice": 1}, callback=True)["ok"]
    revealed = received(screen, "state")[-1]  # the last answer closes the question
    assert revealed["state"] == "reveal" and sum(revealed["tally"]) == 2
    assert revealed["citation"]["href"].startswith("/sources/") and revealed["citation"]["quote"]
    mine = [received(phone, "you")[-1] for phone in phones]
    right = revealed["right"]
    assert [m["correct"] for m in mine] == [right == 0, right == 1]
    assert {m["place"] for m in mine} <= {1, 2} and all(m["of"] == 2 for m in mine)
    reload = naomi.client.get(f"/rooms/{room_id}/play").get_data(as_text=True)
    you = json.loads(html.unescape(re.search(r'data-you="([^"]*)"', reload).group(1)))
    assert you["choice"] == 0 and you["correct"] == (right == 0)  # a reload shows the same


def test_the_host_asks_the_reveal_but_the_server_keeps_the_time(game):
    app, host, room_id, _, naomi, _ = game
    screen = socket(app, host, room_id, "host")
    screen.emit("control", {"room": room_id, "action": "next"}, callback=True)
    early = screen.emit("control", {"room": room_id, "action": "reveal"}, callback=True)
    assert early["ok"] is False and early["state"]["left_ms"] > 0
    assert screen.emit("control", {"room": room_id, "action": "pause"}, callback=True)["ok"]
    phone = socket(app, naomi, room_id, "player")
    assert received(phone, "state")[-1]["paused"] is True
    refused = phone.emit("answer", {"position": 0, "choice": 0}, callback=True)
    assert refused["ok"] is False and "paused" in refused["message"]
    assert screen.emit("control", {"room": room_id, "action": "resume"}, callback=True)["ok"]
    assert screen.emit("control", {"room": room_id, "action": "skip"}, callback=True)["ok"]
    assert received(phone, "state")[-1]["skipped"] is True
    assert screen.emit("control", {"room": room_id, "action": "end"}, callback=True)["ok"]
    ended = received(screen, "state")[-1]
    assert ended["state"] == "ended" and ended["results_url"] == f"/rooms/{room_id}/results"
    results = QuizPlayer(app).client.get(ended["results_url"]).get_data(as_text=True)
    assert "Naomi" in results and "Jean" in results and "skipped by the host" in results


def test_bad_socket_messages_get_an_answer_not_a_traceback(game):
    app, host, room_id, _, naomi, _ = game
    screen, phone = socket(app, host, room_id, "host"), socket(app, naomi, room_id, "player")
    assert screen.emit("control", "next", callback=True)["ok"] is False
    assert screen.emit("control", {"room": room_id, "action": "explode"}, callback=True)["ok"] is False
    screen.emit("control", {"room": room_id, "action": "next"}, callback=True)
    for bad in ("0", {"position": 0, "choice": "zero"}, {"position": 0, "choice": 99},
                {"position": "x", "choice": 0}, {"position": 0, "choice": True}):
        assert phone.emit("answer", bad, callback=True)["ok"] is False


def test_joining_is_limited_per_address_as_starting_a_round_is(make_app, bank):
    app = make_app(bank, RATE_LIMITS="on", RATE_LIMIT_START_PER_ADDRESS="2 per minute")
    _, _, pin = host_room(app)
    join(app, pin, "Naomi")
    join(app, pin, "Jean")
    refused = QuizPlayer(app).post("/join", {"pin": pin, "nickname": "Ash"}, page="/join")
    assert refused.status_code == 429


def test_a_question_withdrawn_from_the_bank_is_shown_as_withdrawn(game, bank):
    app, host, room_id, _, naomi, _ = game
    screen = socket(app, host, room_id, "host")
    screen.emit("control", {"room": room_id, "action": "next"}, callback=True)
    with app.app_context():
        from quiz.database import db
        from quiz.models import Room

        room = db.session.get(Room, room_id)
        room.question_ids = ["no-longer-in-the-bank", *room.question_ids[1:]]
        db.session.commit()
    page = naomi.client.get(f"/rooms/{room_id}/play")
    assert page.status_code == 200 and "withdrawn" in page.get_data(as_text=True)
    phone = socket(app, naomi, room_id, "player")
    refused = phone.emit("answer", {"position": 0, "choice": 0}, callback=True)
    assert refused["ok"] is False and "withdrawn" in refused["message"]
    assert screen.emit("control", {"room": room_id, "action": "skip"}, callback=True)["ok"]
    assert "withdrawn" in QuizPlayer(app).client.get(f"/rooms/{room_id}/results").get_data(as_text=True)
