"""The OpenAPI 3.1 document of the JSON API, served at /api/v1/openapi.json.

Every response the API sends is described here exactly (no extra fields), and the tests run
schemathesis against the running app with this document, so the two cannot drift apart.
"""

from __future__ import annotations

from functools import cache

from quiz.web.api.shapes import ANSWER_FORMATS

SLUG = "[a-z0-9][a-z0-9-]*"
# a timed round's board is its untimed board's name and "+timed"
BOARD_PATTERN = rf"^(quick|(topic|source):{SLUG}|daily:[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}})(\+timed)?$"


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


def obj(**properties) -> dict:
    """An object with exactly these properties, all present."""
    return {"type": "object", "required": list(properties), "properties": properties,
            "additionalProperties": False}


STRING, INTEGER, BOOLEAN = {"type": "string"}, {"type": "integer"}, {"type": "boolean"}
COUNT = {"type": "integer", "minimum": 0}
INDEX = {"type": "integer", "minimum": 0}
TIME = {"type": "string", "format": "date-time"}
# what `answer` is in POST /rounds/{id}/answers, per question type (ANSWER_FORMATS says it in words)
ANSWER_SCHEMAS = {
    "choice": {**INDEX, "description": ANSWER_FORMATS["choice"]},
    "multi": {"type": "array", "items": INDEX, "description": ANSWER_FORMATS["multi"]},
    "truefalse": {**BOOLEAN, "description": ANSWER_FORMATS["truefalse"]},
    "text": {**STRING, "description": ANSWER_FORMATS["text"]},
    "number": {"anyOf": [{"type": "number"}, STRING], "description": ANSWER_FORMATS["number"]},
    "order": {"type": "array", "items": INDEX, "description": ANSWER_FORMATS["order"]},
    "withdrawn": {"type": "null", "description": ANSWER_FORMATS["withdrawn"]},
}
ANSWER_VALUE = {"anyOf": [STRING, {"type": "number"}, BOOLEAN, {"type": "array", "items": STRING}]}

SCHEMAS = {
    "Error": obj(error=obj(code=STRING, message=STRING)),
    "Player": obj(id=INTEGER, nickname={"type": "string", "minLength": 1, "maxLength": 24}),
    "PlayerToken": obj(player=ref("Player"), token={"type": "string", "minLength": 1}),
    "Me": obj(player=ref("Player")),
    "Topic": obj(id=STRING, questions=COUNT, difficulties=obj(easy=COUNT, medium=COUNT, hard=COUNT)),
    "Topics": obj(topics={"type": "array", "items": ref("Topic")}),
    "Source": obj(
        id=STRING, title=STRING, byline=nullable(STRING), publication=nullable(STRING),
        origin=STRING, questions=COUNT, url=STRING,
    ),
    "Sources": obj(sources={"type": "array", "items": ref("Source")}),
    "Question": {
        **obj(
            position=COUNT, number={"type": "integer", "minimum": 1}, total=COUNT,
            type={"enum": ["choice", "multi", "truefalse", "text", "number", "order", "withdrawn"]},
            topic=STRING, difficulty=STRING, prompt=STRING,
            options={"type": "array", "items": STRING}, timed=BOOLEAN,
            time_limit_s=nullable(INTEGER), withdrawn=BOOLEAN, answer_format=ref("AnswerFormat"),
        ),
        "description": "The question to answer next. It never holds the answer.",
        # each type's answer_format, so a client can rely on the pair
        "allOf": [
            {"if": {"properties": {"type": {"const": kind}}},
             "then": {"properties": {"answer_format": {"const": text}}}}
            for kind, text in ANSWER_FORMATS.items()
        ],
    },
    "AnswerFormat": {
        "enum": list(ANSWER_FORMATS.values()),
        "description": "What `answer` holds for the question's type: one fixed text per type "
                       "(the Question schema pairs them), whose JSON schema is Answer_<type>.",
    },
    **{f"Answer_{kind}": schema for kind, schema in ANSWER_SCHEMAS.items()},
    "Round": obj(
        id=INTEGER, kind={"enum": ["quick", "topic", "source", "daily"]}, scope=STRING,
        difficulty=STRING, timed=BOOLEAN, size=COUNT, position=COUNT, score=COUNT, correct=COUNT,
        scored=BOOLEAN, finished=BOOLEAN, started_at=TIME, finished_at=nullable(TIME),
        time_ms=nullable(COUNT), board=STRING, rank=nullable({"type": "integer", "minimum": 1}),
    ),
    "RoundState": obj(round=ref("Round"), question=nullable(ref("Question"))),
    "Citation": obj(
        source=STRING, title=STRING, byline=nullable(STRING), publication=nullable(STRING),
        quote=STRING, url=STRING,
    ),
    "AnsweredQuestion": obj(
        id=STRING, type=STRING, topic=STRING, difficulty=STRING, prompt=STRING,
        options={"type": "array", "items": STRING},
    ),
    "Verdict": obj(
        position=COUNT, number={"type": "integer", "minimum": 1}, correct=BOOLEAN, points=COUNT,
        bonus=COUNT, credit={"type": "number", "minimum": 0, "maximum": 1},
        elapsed_ms=nullable(COUNT), given=nullable(ANSWER_VALUE), answer=nullable(ANSWER_VALUE),
        answer_text=nullable({"anyOf": [STRING, {"type": "array", "items": STRING}]}),
        correct_options=nullable({"type": "array", "items": COUNT}),
        explanation=nullable(STRING), citations={"type": "array", "items": ref("Citation")},
        question=nullable(ref("AnsweredQuestion")), changed=BOOLEAN, replayed=BOOLEAN,
    ),
    "Answered": obj(verdict=ref("Verdict"), round=ref("Round")),
    "Results": obj(round=ref("Round"), answers={"type": "array", "items": ref("Verdict")}),
    "Boards": obj(boards={"type": "array", "items": obj(board=STRING, title=STRING, timed=BOOLEAN)}),
    "Entry": obj(
        rank={"type": "integer", "minimum": 1}, player_id=INTEGER, nickname=STRING,
        score=INTEGER, time_ms=COUNT, finished_at=TIME,
    ),
    "Health": obj(
        status={"enum": ["ok", "error"]},
        database={"type": "string", "description": "ok, or what is wrong with it"},
        bank=obj(questions=COUNT),
    ),
    "BoardPage": obj(
        board=STRING, title=STRING, window={"enum": ["today", "week", "all"]}, period=STRING,
        page={"type": "integer", "minimum": 1}, pages={"type": "integer", "minimum": 1},
        total=COUNT, entries={"type": "array", "items": ref("Entry")}, me=nullable(ref("Entry")),
    ),
}

ERRORS = {
    "400": "The request is malformed: the message says which field and why.",
    "401": "No player token, or not a valid one.",
    "404": "No such thing, or it belongs to another player.",
    "409": "Not now: the round is over, or another question comes first.",
    "413": "The body is too large.",
    "422": "A valid request that no question matches.",
    "429": "Too many requests: wait for Retry-After seconds.",
}
HEADERS = {
    "401": {"WWW-Authenticate": {"schema": STRING, "required": True}},
    "429": {"Retry-After": {"schema": {"type": "integer"}, "required": True}},
}


def _json(schema: dict, description: str, links: dict | None = None) -> dict:
    response = {"description": description, "content": {"application/json": {"schema": schema}}}
    if links:
        response["links"] = links
    return response


def _errors(*codes: int) -> dict:
    out = {}
    for code in map(str, codes):
        out[code] = _json(ref("Error"), ERRORS[code])
        if code in HEADERS:
            out[code]["headers"] = HEADERS[code]
    return out


def _op(op_id: str, summary: str, ok: tuple, errors: tuple = (), auth: str = "none", **extra) -> dict:
    status, schema, description, *links = ok
    operation = {
        "operationId": op_id,
        "summary": summary,
        "responses": {str(status): _json(ref(schema), description, *links), **_errors(*errors)},
        **extra,
    }
    # stated on every operation, public ones included: nothing to send is `security: []`
    operation["security"] = {"none": [], "required": [{"bearer": []}], "optional": [{}, {"bearer": []}]}[auth]
    return operation


def _body(schema: dict, required: bool = True) -> dict:
    return {"required": required, "content": {"application/json": {"schema": schema}}}


ROUND_ID = {"name": "round_id", "in": "path", "required": True, "schema": {"type": "integer"}}
FROM_ROUND = {"round_id": "$response.body#/round/id"}
ROUND_LINKS = {
    "GetRound": {"operationId": "getRound", "parameters": FROM_ROUND},
    "GetQuestion": {"operationId": "getQuestion", "parameters": FROM_ROUND},
    "AnswerQuestion": {"operationId": "answerQuestion", "parameters": FROM_ROUND,
                       "requestBody": {"position": "$response.body#/round/position"}},
    "FinishRound": {"operationId": "finishRound", "parameters": FROM_ROUND},
}
START = obj(
    kind={"enum": ["quick", "topic", "source", "daily"], "default": "quick"},
    scope={"type": "string", "maxLength": 80, "description": "the topic or source id"},
    difficulty={"enum": ["any", "easy", "medium", "hard"], "default": "any"},
    timed={"type": "boolean", "default": False},
)
START.update(
    required=[], additionalProperties=True,
    # a topic or source round names its topic or source (the API answers 400 without one)
    **{"if": {"required": ["kind"], "properties": {"kind": {"enum": ["topic", "source"]}}},
       "then": {"required": ["scope"], "properties": {"scope": {"minLength": 1}}}},
)
ANSWER = {
    "type": "object", "required": ["position", "answer"],
    "properties": {
        "position": {"type": "integer", "minimum": 0, "description": "the question's position"},
        "answer": {
            "description": "as the question's answer_format says: an option index, a list of "
                           "indexes, true/false, or text (null for a withdrawn question)",
            "anyOf": [ref(f"Answer_{kind}") for kind in ANSWER_SCHEMAS],
        },
    },
}
NICKNAME = {"type": "object", "required": ["nickname"],
            "properties": {"nickname": {"type": "string", "minLength": 1, "maxLength": 24}}}


def _health() -> dict:
    operation = _op("getHealth", "Whether the app can serve: the database answers, the bank is loaded",
                    (200, "Health", "Ready"))
    operation["responses"]["503"] = _json(ref("Health"), "Not ready: `database` says why")
    return operation


def _paths() -> dict:
    board = {"name": "board", "in": "path", "required": True,
             "schema": {"type": "string", "pattern": BOARD_PATTERN}}
    window = {"name": "window", "in": "query", "schema": {"enum": ["today", "week", "all"]}}
    page = {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10000}}
    timing = {"name": "timing", "in": "query", "description": "only the untimed or only the timed boards",
              "schema": {"enum": ["untimed", "timed"]}}
    return {
        "/players": {"post": _op(
            "createPlayer", "Pick a nickname; returns the player's bearer token",
            (201, "PlayerToken", "The player and its token"), (400, 409, 413, 429),
            requestBody=_body(NICKNAME))},
        "/players/me": {"get": _op("getMe", "The player the token names", (200, "Me", "The player"),
                                   (401,), auth="required")},
        "/players/me/revoke": {"post": _op(
            "revokeTokens", "Revoke every token of the player (and sign out every browser "
            "playing as them); returns the one new token", (200, "PlayerToken", "The player "
            "and its new token: every earlier one now gets 401"), (401,), auth="required")},
        "/topics": {"get": _op("listTopics", "Topics with their question counts",
                               (200, "Topics", "Every topic"))},
        "/sources": {"get": _op("listSources", "The articles questions cite",
                                (200, "Sources", "Every article"))},
        "/rounds": {"post": _op(
            "startRound", "Start a round; returns it with its first question",
            (201, "RoundState", "The round and its first question", ROUND_LINKS),
            (400, 401, 413, 422, 429), auth="required", requestBody=_body(START))},
        "/rounds/{round_id}": {"parameters": [ROUND_ID], "get": _op(
            "getRound", "The round with every answered question's verdict",
            (200, "Results", "The round and its answers"), (400, 401, 404), auth="required")},
        "/rounds/{round_id}/question": {"parameters": [ROUND_ID], "get": _op(
            "getQuestion", "The question to answer next (null once the round is over)",
            (200, "RoundState", "The round and its next question"), (400, 401, 404), auth="required")},
        "/rounds/{round_id}/answers": {"parameters": [ROUND_ID], "post": _op(
            "answerQuestion", "Answer the question at `position`; a replay returns the stored verdict",
            (200, "Answered", "The verdict, the right answer and its citations"),
            (400, 401, 404, 409, 413, 429), auth="required", requestBody=_body(ANSWER))},
        "/rounds/{round_id}/finish": {"parameters": [ROUND_ID], "post": _op(
            "finishRound", "End the round now; unanswered questions score nothing",
            (200, "Results", "The finished round and its answers"), (400, 401, 404), auth="required")},
        # outside /api/v1, for load balancers and operators
        "/healthz": {"servers": [{"url": "/"}], "get": _health()},
        "/boards": {"get": _op(
            "listBoards", "The scoreboards, untimed then timed", (200, "Boards", "Every board"), (400,),
            parameters=[timing])},
        "/boards/{board}": {"get": _op(
            "getBoard", "One page of a scoreboard; with a token, the player's own row as `me`",
            (200, "BoardPage", "The board's page"), (400, 401, 404), auth="optional",
            parameters=[board, window, page])},
    }


@cache
def openapi_document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Rouge Quiz API",
            "version": "1.0.0",
            "description": (
                "Play rounds, answer, see the citation behind every answer, read scoreboards. "
                "Create a player with POST /players and send its token as "
                "`Authorization: Bearer <token>`. Errors are {\"error\": {\"code\", \"message\"}}."
            ),
        },
        "servers": [{"url": "/api/v1"}],
        "paths": _paths(),
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
