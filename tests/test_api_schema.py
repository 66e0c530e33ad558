"""The OpenAPI document matches the API: schemathesis fuzzes every operation against the app.

About 100 generated requests by default; QUIZ_LONG_TESTS=1 raises that to 1,000 and more.
Every response must be free of 5xx, use a documented status code and content type, and
match its documented schema exactly (the document allows no undocumented fields).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from types import SimpleNamespace

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from test_api import answer_for, asked

from quiz.database import db
from quiz.models import Answer, BestScore, Player, Round
from quiz.play import rounds
from quiz.web.api.openapi import openapi_document
from quiz.web.api.shapes import ANSWER_FORMATS

LONG = os.environ.get("QUIZ_LONG_TESTS") == "1"
TARGET = 1000 if LONG else 100  # requests in all, at least
PER_OPERATION = 150 if LONG else 15
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]
NOT_METHODS = ("parameters", "servers")  # a path item's keys that are not operations
QUIET = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))


@pytest.fixture
def api_app(make_app, play_bank):
    return make_app(play_bank, ROUND_SIZE=4)


@pytest.fixture
def auth(api_app) -> dict:
    """A player's bearer header, and rounds of theirs whose small ids fuzzing will hit."""
    client = api_app.test_client()
    token = client.post("/api/v1/players", json={"nickname": "Fuzzer"}).json["token"]
    headers = {"Authorization": f"Bearer {token}"}
    for _ in range(3):
        assert client.post("/api/v1/rounds", json={}, headers=headers).status_code == 201
    return headers


def call_kwargs(case, auth: dict) -> dict:
    """The token, and for an operation served outside /api/v1 (its path item's own `servers`,
    which schemathesis does not read) the address to send it to."""
    servers = openapi_document()["paths"][case.path].get("servers")
    return {"headers": auth, **({"base_url": "http://localhost" + servers[0]["url"].rstrip("/")}
                                 if servers else {})}


def load(app):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


def test_the_served_document_is_the_api_document(api_app):
    served = api_app.test_client().get("/api/v1/openapi.json")
    assert served.status_code == 200 and served.json == openapi_document()
    assert served.json["openapi"].startswith("3.")
    operations = {(path, method) for path, item in served.json["paths"].items() for method in item
                  if method not in NOT_METHODS}
    routes = {
        (rule.rule.removeprefix("/api/v1").replace("<round_id>", "{round_id}")
         .replace("<board>", "{board}"), method.lower())
        for rule in api_app.url_map.iter_rules() if rule.endpoint.startswith("api.")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    # every route documented, no more; and the health check, served outside /api/v1
    assert operations == routes - {("/openapi.json", "get")} | {("/healthz", "get")}
    assert served.json["paths"]["/healthz"]["servers"] == [{"url": "/"}]


def test_the_document_is_valid_openapi():
    validate(openapi_document())  # raises, saying where, on anything OpenAPI 3.1 does not allow


def test_every_operation_answers_as_documented(api_app, auth):
    schema = load(api_app)
    calls: Counter[str] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    # revoking kills the fuzzer's token: last, so every other operation is called with a live one
    operations.sort(key=lambda operation: operation.label == "POST /players/me/revoke")
    for operation in operations:

        @settings(QUIET, max_examples=PER_OPERATION)
        @given(case=operation.as_strategy())
        def run(case):
            case.call_and_validate(**call_kwargs(case, auth), checks=CHECKS)
            calls[case.operation.label] += 1

        run()
    documented = sum(m not in NOT_METHODS for item in openapi_document()["paths"].values() for m in item)
    assert len(calls) == documented, calls  # every operation was called
    print(f"{sum(calls.values())} requests over {len(calls)} operations")
    assert sum(calls.values()) >= TARGET, calls


def fresh_start(app) -> None:
    """Put the database back as the `auth` fixture left it: the fuzzing player and their three
    unplayed rounds, nothing else.

    Hypothesis replays the start of earlier scenarios to build new ones, and expects the same
    responses each time; a round finished by an earlier scenario (fuzzing hits the small
    round ids on purpose), a board it filled or a nickname it took would answer differently.
    """
    with app.app_context():
        player_id = db.session.execute(
            db.select(Player.id).where(Player.nickname == "Fuzzer")
        ).scalar_one()
        kept = db.select(Round.id).where(Round.player_id == player_id).order_by(Round.id).limit(3)
        kept_ids = list(db.session.execute(kept).scalars())
        db.session.execute(db.delete(BestScore))
        db.session.execute(db.delete(Answer))
        db.session.execute(db.delete(Round).where(Round.id.not_in(kept_ids)))
        db.session.execute(db.delete(Player).where(Player.id != player_id))
        db.session.execute(
            db.update(Round).where(Round.id.in_(kept_ids)).values(
                position=0, score=0, correct=0, question_shown_at=None, finished_at=None, time_ms=None,
            )
        )
        db.session.commit()


def test_rounds_played_by_following_the_documents_links_stay_in_the_document(api_app, auth, monkeypatch):
    """Stateful: start a round, then its links (question, answer, finish) with real ids."""
    # every round draws the same questions in the same order, so that a replayed scenario
    # meets the same question types and gets the same answers (see fresh_start)
    monkeypatch.setattr(rounds, "secrets", SimpleNamespace(randbits=lambda bits: 20231))
    schema = load(api_app)
    steps = Counter()

    class Workflow(schema.as_state_machine()):
        def setup(self):
            fresh_start(api_app)  # the fixture's player and token are kept

        def get_call_kwargs(self, case):
            return call_kwargs(case, auth)

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            steps[case.operation.label, response.status_code] += 1
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs or None)

    Workflow.run(settings=settings(
        QUIET, max_examples=100 if LONG else 15, stateful_step_count=8,
    ))
    # the links carried real round ids: round operations succeeded, not only 404s
    reached = sum(n for (label, status), n in steps.items() if "{round_id}" in label and status == 200)
    print(f"{sum(steps.values())} stateful requests, {reached} of them 200 on a real round")
    assert reached > 0, steps


def operations_of(document: dict):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in NOT_METHODS:
                yield path, method, operation


def test_every_operation_states_its_security_and_public_ones_need_nothing():
    stated = {(path, method): op["security"] for path, method, op in operations_of(openapi_document())}
    public = {key for key, security in stated.items() if security == []}
    assert {("/healthz", "get"), ("/topics", "get"), ("/players", "post"), ("/boards", "get")} <= public
    assert stated["/rounds", "post"] == [{"bearer": []}]
    assert stated["/boards/{board}", "get"] == [{}, {"bearer": []}]  # the token is optional there


START_BODIES = [
    {}, {"kind": "quick"}, {"kind": "topic", "scope": "story"},
    {"kind": "source", "scope": "bones-trailer-anime-expo"},
    {"kind": "topic"}, {"kind": "source"}, {"kind": "topic", "scope": ""}, {"kind": "source", "scope": ""},
    {"timed": True}, {"timed": None}, {"kind": None}, {"difficulty": None}, {"scope": None},
]


@pytest.mark.parametrize("body", START_BODIES)
def test_a_round_the_document_allows_is_one_the_api_starts(api_app, auth, body):
    """The start body's schema (scope required for topic and source rounds, no nulls) says
    exactly what the API refuses with 400."""
    schema = openapi_document()["paths"]["/rounds"]["post"]["requestBody"]["content"]["application/json"]
    allowed = Draft202012Validator(schema["schema"]).is_valid(body)
    response = api_app.test_client().post("/api/v1/rounds", json=body, headers=auth)
    assert response.status_code == (201 if allowed else 400), response.json
    if not allowed:
        assert set(response.json) == {"error"} and response.json["error"]["message"]


def test_timed_null_is_refused_in_the_apis_error_shape(api_app, auth):
    response = api_app.test_client().post("/api/v1/rounds", json={"timed": None}, headers=auth)
    assert response.status_code == 400
    message = "The field 'timed' must be true or false."
    assert response.json == {"error": {"code": "bad_request", "message": message}}


def component_validator(name: str) -> Draft202012Validator:
    """A JSON Schema validator for one of the document's schemas, its $refs resolved."""
    schema = {"$ref": f"#/components/schemas/{name}", "components": openapi_document()["components"]}
    return Draft202012Validator(schema)


def test_each_question_type_has_one_answer_format_and_an_answer_schema(make_app, play_bank):
    schemas = openapi_document()["components"]["schemas"]
    assert schemas["AnswerFormat"]["enum"] == list(ANSWER_FORMATS.values())
    question = component_validator("Question")
    # one round as long as the bank, so it shows every type whatever the draw
    client = make_app(play_bank, ROUND_SIZE=len(play_bank.questions)).test_client()
    token = client.post("/api/v1/players", json={"nickname": "Formats"}).json["token"]
    auth = {"Authorization": f"Bearer {token}"}
    seen = set()
    state = client.post("/api/v1/rounds", json={}, headers=auth).json
    while state["question"] is not None:
        shown = state["question"]
        seen.add(shown["type"])
        assert question.is_valid(shown) and shown["answer_format"] == ANSWER_FORMATS[shown["type"]]
        # a right answer, as the players' tests send it, fits its type's answer schema
        given = answer_for(asked(play_bank, shown), shown)
        assert component_validator(f"Answer_{shown['type']}").is_valid(given), (shown["type"], given)
        # and a shown question claiming another type's format breaks the document
        other = next(t for t in ANSWER_FORMATS if t != shown["type"])
        assert not question.is_valid({**shown, "answer_format": ANSWER_FORMATS[other]})
        round_id = state["round"]["id"]
        client.post(f"/api/v1/rounds/{round_id}/answers", json={"position": shown["position"],
                    "answer": given}, headers=auth)
        state = client.get(f"/api/v1/rounds/{round_id}/question", headers=auth).json
    assert seen >= set(ANSWER_FORMATS) - {"withdrawn"}, seen


@pytest.mark.parametrize("timing", [None, "untimed", "timed"])
def test_every_listed_board_matches_the_documents_pattern_and_is_served(api_app, timing):
    """The document's board names (each with a "+timed" variant) are the ones the API lists and
    serves; the listing's `timing` filter takes exactly the values the document names."""
    paths = openapi_document()["paths"]
    pattern = next(p for p in paths["/boards/{board}"]["get"]["parameters"] if p["name"] == "board")
    (timing_param,) = paths["/boards"]["get"]["parameters"]
    assert timing_param["schema"]["enum"] == ["untimed", "timed"]
    client = api_app.test_client()
    listed = client.get("/api/v1/boards", query_string={"timing": timing} if timing else {}).json["boards"]
    assert {b["timed"] for b in listed} == {True, False} if timing is None else {timing == "timed"}
    for board in listed:
        assert re.match(pattern["schema"]["pattern"], board["board"]), board
        assert board["timed"] == board["board"].endswith("+timed")
        assert client.get(f"/api/v1/boards/{board['board']}").status_code == 200, board
