"""The JSON API: players and tokens, whole rounds, the one-answer rule, ownership, errors."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace

import pytest

from quiz import play
from quiz.database import db
from quiz.models import Answer, Round


class ApiPlayer:
    """An API client with its own player token."""

    def __init__(self, app, nickname: str):
        self.client = app.test_client()
        response = self.client.post("/api/v1/players", json={"nickname": nickname})
        assert response.status_code == 201, response.get_data(as_text=True)
        self.token = response.json["token"]
        self.id = response.json["player"]["id"]

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, url: str, **kwargs):
        return self.client.get(url, headers=self.headers, **kwargs)

    def post(self, url: str, body=None, **kwargs):
        return self.client.post(url, json=body, headers=self.headers, **kwargs)

    def start(self, **body) -> dict:
        response = self.post("/api/v1/rounds", body)
        assert response.status_code == 201, response.get_data(as_text=True)
        return response.json

    def answer(self, round_id: int, position: int, answer) -> dict:
        response = self.post(f"/api/v1/rounds/{round_id}/answers", {"position": position, "answer": answer})
        assert response.status_code == 200, response.get_data(as_text=True)
        return response.json


@pytest.fixture
def api_app(make_app, play_bank):
    return make_app(play_bank)


def asked(bank, shown: dict):
    """The bank's question behind a shown question (matched by prompt, as a person would)."""
    return next(q for q in bank.questions if q.prompt == shown["prompt"])


def answer_for(question, shown: dict, right: bool = True):
    """What a player who knows (or gets wrong) the answer sends, in the terms shown."""
    options = shown["options"]
    if question.type == "choice":
        pick = question.answer if right else next(c for c in options if c != question.answer)
        return options.index(pick)
    if question.type == "multi":
        picks = [c for c in options if (c in question.answer) == right]
        return [options.index(c) for c in picks]
    if question.type == "order":
        items = list(question.answer) if right else list(reversed(question.answer))
        return [options.index(item) for item in items]
    if question.type == "truefalse":
        return question.answer if right else not question.answer
    return str(question.answer) if right else "certainly not this"


def error_of(response) -> dict:
    assert response.is_json, response.get_data(as_text=True)
    body = response.json
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert body["error"]["message"]
    return body["error"]


def test_a_player_plays_a_whole_round_of_every_type_through_the_api(api_app, play_bank):
    player = ApiPlayer(api_app, "Naomi")
    started = player.start(kind="quick")
    round_id, size = started["round"]["id"], started["round"]["size"]
    assert size == len(play_bank.questions) and started["question"]["position"] == 0
    types = set()
    for position in range(size):
        state = player.get(f"/api/v1/rounds/{round_id}/question").json
        shown = state["question"]
        assert shown["position"] == position and shown["number"] == position + 1
        question = asked(play_bank, shown)
        types.add(question.type)
        answered = player.answer(round_id, position, answer_for(question, shown))
        verdict = answered["verdict"]
        assert verdict["correct"] is True and verdict["points"] == play.POINTS
        assert verdict["question"]["id"] == question.id
        assert verdict["explanation"] == question.explanation
        assert [c["quote"] for c in verdict["citations"]] == [c.quote for c in question.sources]
        for citation in verdict["citations"]:
            page = player.client.get(citation["url"].removeprefix("http://localhost"))
            assert page.status_code == 200 and citation["title"] in page.get_data(as_text=True)
        if question.type in ("choice", "multi", "order"):
            assert [shown["options"][i] for i in verdict["correct_options"]] == (
                [question.answer] if question.type == "choice" else [
                    c for c in shown["options"] if c in question.answer
                ] if question.type == "multi" else list(question.answer)
            )
    assert types == set(play.PLAYABLE_TYPES)
    done = player.get(f"/api/v1/rounds/{round_id}/question").json
    assert done["question"] is None and done["round"]["finished"] is True
    results = player.get(f"/api/v1/rounds/{round_id}").json
    assert results["round"]["score"] == size * play.POINTS and results["round"]["rank"] == 1
    assert len(results["answers"]) == size and all(a["correct"] for a in results["answers"])
    board = player.get("/api/v1/boards/quick").json
    assert board["entries"][0]["nickname"] == "Naomi" and board["me"]["rank"] == 1
    assert board["entries"][0]["score"] == size * play.POINTS


def test_the_answer_is_never_in_a_response_before_it_is_answered(api_app, play_bank):
    player = ApiPlayer(api_app, "Ruju")
    started = player.start(kind="quick")
    round_id = started["round"]["id"]
    for position in range(started["round"]["size"]):
        responses = [
            player.get(f"/api/v1/rounds/{round_id}/question"),
            player.get(f"/api/v1/rounds/{round_id}"),
        ]
        shown = responses[0].json["question"]
        question = asked(play_bank, shown)
        assert set(shown) == {
            "position", "number", "total", "type", "topic", "difficulty", "prompt", "options",
            "timed", "time_limit_s", "withdrawn", "answer_format",
        }
        text = responses[0].get_data(as_text=True)
        assert question.id not in text  # ids can spell the answer out
        assert json.dumps(question.explanation)[1:-1] not in text
        assert all(json.dumps(c.quote)[1:-1] not in text for c in question.sources)
        if question.type in ("text", "number"):
            assert json.dumps(str(question.answer)) not in text
        # the round so far holds the verdicts of earlier questions only
        earlier = responses[1].json["answers"]
        assert [a["position"] for a in earlier] == list(range(position))
        assert question.id not in responses[1].get_data(as_text=True)
        player.answer(round_id, position, answer_for(question, shown, right=False))


def other_answer(question):
    """The same question with another right answer (and other explanation and citations)."""
    if question.type == "choice":
        answer = next(c for c in question.choices if c != question.answer)
    elif question.type == "multi":
        answer = tuple(c for c in question.choices if c not in question.answer)
    elif question.type == "order":
        answer = tuple(reversed(question.answer))
    elif question.type == "truefalse":
        answer = not question.answer
    else:
        answer = 73519 if question.type == "number" else "Zebulon Quartermaine"
    return replace(question, answer=answer, explanation="Another explanation.", sources=())


def test_the_question_json_is_the_same_whatever_the_answer(make_app, play_bank):
    """By difference: the bank with every answer changed serves byte-identical questions."""
    app = make_app(play_bank)
    changed = replace(play_bank, questions=tuple(other_answer(q) for q in play_bank.questions))
    twin = make_app(changed)  # the same database: the same round, seen through the other bank
    player = ApiPlayer(app, "Twin")
    round_id = player.start()["round"]["id"]
    twin_client = twin.test_client()
    for position in range(len(play_bank.questions)):
        url = f"/api/v1/rounds/{round_id}/question"
        shown = player.get(url)
        assert shown.data == twin_client.get(url, headers=player.headers).data
        question = asked(play_bank, shown.json["question"])
        player.answer(round_id, position, answer_for(question, shown.json["question"], right=False))


def test_one_answer_per_question_a_replay_returns_the_stored_verdict(api_app, play_bank):
    player = ApiPlayer(api_app, "Jean")
    started = player.start(kind="quick")
    round_id, shown = started["round"]["id"], started["question"]
    question = asked(play_bank, shown)
    first = player.answer(round_id, 0, answer_for(question, shown, right=False))
    assert first["verdict"]["correct"] is False and first["verdict"]["replayed"] is False
    again = player.answer(round_id, 0, answer_for(question, shown, right=True))
    assert again["verdict"]["replayed"] is True
    assert again["verdict"]["correct"] is False and again["verdict"]["given"] == first["verdict"]["given"]
    # a wrong multi answer may still earn partial credit: the replay changes nothing either way
    assert again["round"]["score"] == first["round"]["score"] == first["verdict"]["points"]
    assert again["round"]["position"] == 1
    with api_app.app_context():
        assert db.session.execute(db.select(db.func.count(Answer.id))).scalar_one() == 1


def test_a_round_belongs_to_its_player_others_get_404(api_app):
    owner, other = ApiPlayer(api_app, "Owner"), ApiPlayer(api_app, "Other")
    round_id = owner.start()["round"]["id"]
    for response in (
        other.get(f"/api/v1/rounds/{round_id}"),
        other.get(f"/api/v1/rounds/{round_id}/question"),
        other.post(f"/api/v1/rounds/{round_id}/answers", {"position": 0, "answer": 0}),
        other.post(f"/api/v1/rounds/{round_id}/finish"),
        owner.get("/api/v1/rounds/999999"),
        owner.get("/api/v1/rounds/-3"),
    ):
        assert response.status_code == 404 and error_of(response)["code"] == "not_found"
    with api_app.app_context():
        assert db.session.get(Round, round_id).position == 0  # nothing the other did counted


@pytest.mark.parametrize(
    "header", [None, "Bearer", "Basic abc", "Bearer not-a-token", "Bearer eyJwbGF5ZXIiOjF9.x"]
)
def test_player_calls_without_a_valid_token_get_401(api_app, header):
    client = api_app.test_client()
    headers = {"Authorization": header} if header else {}
    for response in (
        client.post("/api/v1/rounds", json={}, headers=headers),
        client.get("/api/v1/players/me", headers=headers),
    ):
        assert response.status_code == 401 and error_of(response)["code"] == "unauthorized"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_token_signed_with_another_secret_is_refused(make_app, play_bank):
    first = make_app(play_bank, SECRET_KEY="first-secret")
    token = ApiPlayer(first, "Rouge").token
    second = make_app(play_bank, SECRET_KEY="second-secret")
    response = second.test_client().get("/api/v1/players/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


def test_nicknames_are_unique_whatever_their_case(api_app):
    client = api_app.test_client()
    assert client.post("/api/v1/players", json={"nickname": "Naomi"}).status_code == 201
    taken = client.post("/api/v1/players", json={"nickname": "NAOMI"})
    assert taken.status_code == 409 and error_of(taken)["code"] == "nickname_taken"
    for bad in ({"nickname": ""}, {"nickname": "x" * 25}, {"nickname": "<b>"}, {"nickname": 5}, {}):
        response = client.post("/api/v1/players", json=bad)
        assert response.status_code == 400, bad
        error_of(response)


def test_bad_requests_get_a_clear_json_error(api_app):
    player = ApiPlayer(api_app, "Author")
    round_id = player.start()["round"]["id"]
    answers = f"/api/v1/rounds/{round_id}/answers"
    cases = [
        (player.client.post("/api/v1/rounds", data="kind=quick", headers=player.headers), 400, "bad_request"),
        (player.post("/api/v1/rounds", ["quick"]), 400, "bad_request"),
        (player.post("/api/v1/rounds", {"kind": "weekly"}), 400, "bad_round"),
        (player.post("/api/v1/rounds", {"kind": "topic", "scope": "cooking"}), 400, "bad_round"),
        (player.post("/api/v1/rounds", {"kind": "quick", "timed": "yes"}), 400, "bad_request"),
        (player.post("/api/v1/rounds", {"kind": "topic", "scope": "music", "difficulty": "easy"}),
         422, "no_questions"),
        (player.post(answers, {"answer": 0}), 400, "bad_request"),
        (player.post(answers, {"position": "0", "answer": 0}), 400, "bad_request"),
        (player.post(answers, {"position": True, "answer": 0}), 400, "bad_request"),
        (player.post(answers, {"position": 99, "answer": 0}), 400, "bad_position"),
        (player.post(answers, {"position": 1, "answer": 0}), 409, "out_of_order"),
        (player.get("/api/v1/boards/nowhere"), 404, "not_found"),
        (player.get("/api/v1/boards/topic:cooking"), 404, "not_found"),
        (player.get("/api/v1/boards/quick?window=year"), 400, "bad_request"),
        (player.get("/api/v1/boards/quick?page=0"), 400, "bad_request"),
        (player.client.delete("/api/v1/topics"), 405, None),
        (player.client.post("/api/v1/rounds", data="[" * 30000 + "]" * 30000,
                            content_type="application/json", headers=player.headers), 400, "bad_request"),
        (player.client.post("/api/v1/rounds", data="{", content_type="application/json",
                            headers=player.headers), 400, "bad_request"),
    ]
    for response, status, code in cases:
        assert response.status_code == status, (response.request.path, response.get_data(as_text=True))
        if code:
            assert error_of(response)["code"] == code


BAD_ANSWERS = {
    "choice": ["Bones", None, [0], 99, -1, True, 1.5],
    "multi": [1, None, [True], [99], [], ["0"]],
    "order": ["first", None, [True], [0, 0, 0], [99, 0, 1]],
    "truefalse": ["true", None, 1, [True]],
    "text": [["a"], None, "", "   ", 5, {"a": 1}],
    "number": [True, None, "", ["1"]],
}


def test_a_wrongly_typed_answer_is_refused_and_the_question_stays_open(api_app, play_bank):
    player = ApiPlayer(api_app, "Typist")
    started = player.start()
    round_id = started["round"]["id"]
    for position in range(started["round"]["size"]):
        shown = player.get(f"/api/v1/rounds/{round_id}/question").json["question"]
        for answer in BAD_ANSWERS[shown["type"]]:
            response = player.post(f"/api/v1/rounds/{round_id}/answers",
                                   {"position": position, "answer": answer})
            assert response.status_code == 400, (shown["type"], answer, response.get_data(as_text=True))
            assert error_of(response)["code"] in ("bad_request", "bad_answer")
        state = player.get(f"/api/v1/rounds/{round_id}").json
        assert state["round"]["position"] == position and len(state["answers"]) == position
        player.answer(round_id, position, answer_for(asked(play_bank, shown), shown))


def test_finishing_early_scores_what_was_answered_and_closes_the_round(api_app, play_bank):
    player = ApiPlayer(api_app, "Quitter")
    started = player.start()
    round_id, shown = started["round"]["id"], started["question"]
    player.answer(round_id, 0, answer_for(asked(play_bank, shown), shown))
    finished = player.post(f"/api/v1/rounds/{round_id}/finish")
    assert finished.status_code == 200
    assert finished.json["round"]["finished"] is True and finished.json["round"]["score"] == play.POINTS
    late = player.post(f"/api/v1/rounds/{round_id}/answers", {"position": 1, "answer": 0})
    assert late.status_code == 409 and error_of(late)["code"] == "round_over"
    assert player.post(f"/api/v1/rounds/{round_id}/finish").json == finished.json


def test_api_posts_need_no_csrf_token_while_html_forms_still_do(api_app):
    assert api_app.config.get("WTF_CSRF_ENABLED", True)
    client = api_app.test_client()
    assert client.post("/api/v1/players", json={"nickname": "Crossite"}).status_code == 201
    assert client.post("/nickname", data={"nickname": "Formless"}).status_code == 400


def test_topics_and_sources_count_what_can_be_played(api_app, play_bank):
    client = api_app.test_client()
    topics = {t["id"]: t for t in client.get("/api/v1/topics").json["topics"]}
    assert set(topics) == set(play_bank.topics)
    assert sum(t["questions"] for t in topics.values()) == len(play_bank.questions)
    music = [q for q in play_bank.questions if q.topic == "music"]
    assert topics["music"]["questions"] == len(music)
    assert topics["music"]["difficulties"]["hard"] == sum(q.difficulty == "hard" for q in music)
    sources = {s["id"]: s for s in client.get("/api/v1/sources").json["sources"]}
    assert set(sources) == set(play_bank.sources)
    ruju = "official-trailer-ruju-naomi"
    assert sources[ruju]["questions"] == sum(
        any(c.source == ruju for c in q.sources) for q in play_bank.questions
    )
    assert client.get(sources[ruju]["url"].removeprefix("http://localhost")).status_code == 200


def test_api_rounds_and_answers_are_rate_limited_with_a_json_429(make_app, play_bank):
    app = make_app(play_bank, RATE_LIMITS="on", RATE_LIMIT_START="2 per minute",
                   RATELIMIT_KEY_PREFIX=f"test-{uuid.uuid4().hex}")  # fresh counters, even in Redis
    player = ApiPlayer(app, "Hasty")
    player.start()
    player.start()
    refused = player.post("/api/v1/rounds", {})
    assert refused.status_code == 429 and error_of(refused)["code"] == "rate_limited"
    assert int(refused.headers["Retry-After"]) >= 1
    assert ApiPlayer(app, "Patient").start()["round"]["id"]  # another player is not held back


def test_a_timed_right_answer_earns_the_speed_bonus_as_on_the_pages(api_app, play_bank):
    player = ApiPlayer(api_app, "Speedy")
    started = player.start(timed=True)
    shown = started["question"]
    assert shown["timed"] is True and shown["time_limit_s"] == play.TIME_LIMIT_S
    verdict = player.answer(started["round"]["id"], 0, answer_for(asked(play_bank, shown), shown))["verdict"]
    assert 0 < verdict["bonus"] <= play.SPEED_BONUS and verdict["points"] == play.POINTS + verdict["bonus"]


def test_the_daily_challenge_is_the_same_for_api_players_and_counts_once(api_app):
    first, second = ApiPlayer(api_app, "Early"), ApiPlayer(api_app, "Late")
    mine = first.start(kind="daily")
    theirs = second.start(kind="daily")
    assert mine["question"]["prompt"] == theirs["question"]["prompt"]
    assert mine["round"]["scored"] is True
    first.post(f"/api/v1/rounds/{mine['round']['id']}/finish", {})
    again = first.start(kind="daily")
    assert again["round"]["scored"] is False  # a second attempt the same day plays for fun


def test_a_database_outage_is_a_json_503_not_a_traceback(make_app, play_bank, tmp_path):
    from quiz import create_app

    token = ApiPlayer(make_app(play_bank, SECRET_KEY="shared"), "Before").token
    away = create_app({"TESTING": True, "SECRET_KEY": "shared", "BANK": play_bank, "RATE_LIMITS": "off",
                       "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'gone' / 'quiz.sqlite'}"})
    client = away.test_client()
    for response in (
        client.get("/api/v1/players/me", headers={"Authorization": f"Bearer {token}"}),
        client.post("/api/v1/players", json={"nickname": "During"}),
    ):
        assert response.status_code == 503 and error_of(response)["code"] == "unavailable"
        assert response.headers["Retry-After"] == "30"
    assert client.get("/api/v1/topics").status_code == 200  # the bank needs no database
