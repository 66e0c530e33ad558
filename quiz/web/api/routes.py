"""The JSON API under /api/v1: the same rounds, rules and boards as the HTML pages.

A player is a nickname and a bearer token (POST /players). A round belongs to the player
who started it: anyone else gets 404. One answer per question: a replay returns the stored
verdict and changes nothing. No response holds a question's answer before it is answered.
The OpenAPI document at /api/v1/openapi.json describes every route here.
"""

from __future__ import annotations

from collections import Counter

from flask import Blueprint, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from quiz import boards as scoreboards
from quiz import play, players
from quiz.extensions import csrf, limiter
from quiz.limits import address_key, configured, seconds_to_wait
from quiz.web.api import errors as api_errors
from quiz.web.api.auth import (
    no_token_player,
    optional_player,
    owned_round,
    player_token,
    required_player,
    round_not_found,
    token_claim,
    token_player_key,
)
from quiz.web.api.errors import ApiError, field, json_object
from quiz.web.api.openapi import openapi_document
from quiz.web.api.shapes import question_json, results_json, round_json, verdict_json
from quiz.web.common import bank
from quiz.web.errors import UNAVAILABLE
from quiz.web.player_limits import new_players_per_address

bp = Blueprint("api", __name__, url_prefix="/api/v1")
# State-changing calls need the bearer token, which a cross-site form cannot send.
csrf.exempt(bp)
bp.register_error_handler(ApiError, api_errors.api_error)
bp.register_error_handler(HTTPException, api_errors.http_error)
for _outage in UNAVAILABLE:
    bp.register_error_handler(_outage, api_errors.database_unavailable)


def rate_limited(error):
    wait = seconds_to_wait()
    message = f"Too many requests: try again in {wait} seconds."
    return api_errors.error_response(429, "rate_limited", message, {"Retry-After": str(wait)})


bp.register_error_handler(429, rate_limited)


def per_player(config_key: str):
    """The limit in config[config_key] per bearer-token player (the view refuses a request
    without one)."""
    return limiter.limit(configured(config_key), key_func=token_player_key, exempt_when=no_token_player)


def per_address(config_key: str):
    return limiter.limit(configured(config_key), key_func=address_key)


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document())


@bp.post("/players")
@per_address("RATE_LIMIT_START_PER_ADDRESS")
@new_players_per_address()  # one count with the nickname page's
def create_player():
    nickname = field(json_object(), "nickname", str, required=True)
    try:
        player = players.name_player(nickname)
    except players.NicknameTaken as exc:
        raise ApiError(409, "nickname_taken", str(exc)) from None
    except players.NicknameError as exc:
        raise ApiError(400, "bad_nickname", str(exc)) from None
    body = {"player": {"id": player.id, "nickname": player.nickname}, "token": player_token(player)}
    return jsonify(body), 201


@bp.get("/players/me")
def me():
    player = required_player()
    return jsonify({"player": {"id": player.id, "nickname": player.nickname}})


@bp.post("/players/me/revoke")
def revoke_tokens():
    """Every token of the player stops working (and every browser signed in as them);
    the response carries the one new token."""
    player = required_player()
    players.sign_out_everywhere(player)
    body = {"player": {"id": player.id, "nickname": player.nickname}, "token": player_token(player)}
    return jsonify(body)


@bp.get("/topics")
def topics():
    counts = Counter(q.topic for q in play.playable(bank()))
    by_difficulty = Counter((q.topic, q.difficulty) for q in play.playable(bank()))
    listed = [
        {"id": topic, "questions": count,
         "difficulties": {d: by_difficulty[topic, d] for d in ("easy", "medium", "hard")}}
        for topic, count in sorted(counts.items())
    ]
    return jsonify({"topics": listed})


@bp.get("/sources")
def sources():
    counts = Counter(c for q in play.playable(bank()) for c in {c.source for c in q.sources})
    listed = [
        {**source.to_json(), "questions": counts[source.id],
         "url": request.host_url.rstrip("/") + f"/sources/{source.id}"}
        for source in sorted(bank().sources.values(), key=lambda s: s.id)
    ]
    return jsonify({"sources": listed})


@bp.post("/rounds")
@per_address("RATE_LIMIT_START_PER_ADDRESS")
@per_player("RATE_LIMIT_START")
def start_round():
    player = required_player()
    body = json_object()
    kind = field(body, "kind", str, default="quick")
    scope = field(body, "scope", str, default="")
    difficulty = field(body, "difficulty", str, default="any")
    timed = field(body, "timed", bool, default=False)
    if len(scope) > 80:
        raise ApiError(400, "bad_request", "The field 'scope' is at most 80 characters.")
    size = current_app.config.get("ROUND_SIZE", play.ROUND_SIZE)
    try:
        round_ = play.start_round(bank(), player.id, kind, scope, difficulty, timed, size=size)
    except play.NoQuestions as exc:
        raise ApiError(422, "no_questions", str(exc)) from None
    except play.PlayError as exc:
        raise ApiError(400, "bad_round", str(exc)) from None
    view = play.show_question(bank(), round_.id, token_claim())
    body = {"round": round_json(round_), "question": question_json(view) if view else None}
    return jsonify(body), 201


@bp.get("/rounds/<round_id>")
def get_round(round_id: str):
    return jsonify(results_json(bank(), owned_round(round_id)))


@bp.get("/rounds/<round_id>/question")
def current_question(round_id: str):
    round_ = owned_round(round_id)
    view = play.show_question(bank(), round_.id, token_claim())
    return jsonify({"round": round_json(round_), "question": question_json(view) if view else None})


ANSWER_TYPES = {
    "choice": (int,), "multi": (list,), "order": (list,), "truefalse": (bool,),
    "text": (str,), "number": (str, int, float),
}


def _given(view: play.QuestionView, body: dict) -> object:
    """The answer in the body, checked against the JSON type the question's type takes."""
    if view.withdrawn:
        return None
    kinds = ANSWER_TYPES[view.type]
    value = field(body, "answer", kinds, required=True)
    if isinstance(value, list) and not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise ApiError(400, "bad_answer", "The answer is a list of option indexes (integers).")
    return value


@bp.post("/rounds/<round_id>/answers")
@per_address("RATE_LIMIT_ANSWER_PER_ADDRESS")
@per_player("RATE_LIMIT_ANSWER")
def answer(round_id: str):
    round_ = owned_round(round_id)
    body = json_object()
    position = field(body, "position", int, required=True)
    size = len(round_.question_ids)
    if not 0 <= position < size:
        raise ApiError(400, "bad_position", f"'position' is 0 to {size - 1} in this round.")
    if position < round_.position:  # a replay, as questions go in order: nothing changes
        round_, reviewed = play.review_answer(bank(), round_.id, position, token_claim()) or round_not_found()
        if reviewed is not None:
            return jsonify({"verdict": verdict_json(bank(), round_, reviewed, replayed=True),
                            "round": round_json(round_)})
    if round_.finished_at is not None:
        raise ApiError(409, "round_over", "This round is over: see its results.")
    if position != round_.position:
        raise ApiError(409, "out_of_order", f"Answer question {round_.position + 1} first.")
    given = _given(play.question_view(bank(), round_), body)
    try:
        reviewed = play.record_answer(bank(), round_, position, given)
    except (play.OutOfOrder, play.RoundOver) as exc:
        raise ApiError(409, "conflict", str(exc)) from None
    except play.BadAnswer as exc:
        raise ApiError(400, "bad_answer", str(exc)) from None
    moved = play.read_round(round_.id, token_claim()) or round_not_found()
    return jsonify({"verdict": verdict_json(bank(), round_, reviewed), "round": round_json(moved)})


@bp.post("/rounds/<round_id>/finish")
def finish(round_id: str):
    round_ = play.finish_round(bank(), owned_round(round_id))
    return jsonify(results_json(bank(), round_))


@bp.get("/boards")
def boards():
    """Every board, untimed then timed; ?timing=untimed or ?timing=timed lists one kind."""
    timing = request.args.get("timing")
    if timing is not None and timing not in scoreboards.TIMINGS:
        raise ApiError(400, "bad_request", f"'timing' is one of {', '.join(scoreboards.TIMINGS)}.")
    listed = [
        {"board": board, "title": title, "timed": timed}
        for timed in (False, True) if timing in (None, "timed" if timed else "untimed")
        for board, title in scoreboards.index_boards(bank(), timed=timed)
    ]
    return jsonify({"boards": listed})


def _board_name(board: str) -> str:
    if scoreboards.offered(board, bank()) is None:
        message = ("There is no such board: 'quick', 'topic:<topic>', 'source:<id>' or 'daily:<date>', "
                   "each with '+timed' for timed rounds.")
        raise ApiError(404, "not_found", message)
    return board


@bp.get("/boards/<board>")
def board(board: str):
    board = _board_name(board)
    window = request.args.get("window", "all")
    if window not in scoreboards.WINDOWS:
        raise ApiError(400, "bad_request", f"'window' is one of {', '.join(scoreboards.WINDOWS)}.")
    page = request.args.get("page", "1")
    if not (page.isascii() and page.isdigit()) or not 1 <= int(page) <= 10_000:
        raise ApiError(400, "bad_request", "'page' is a whole number from 1 to 10000.")
    player = optional_player()
    shown = scoreboards.board_page(board, window, int(page), player.id if player else None)
    return jsonify({
        "board": board, "title": scoreboards.board_title(board, bank()), "window": window,
        "period": shown.period, "page": shown.page, "pages": shown.pages, "total": shown.total,
        "entries": [entry_json(e) for e in shown.entries],
        "me": entry_json(shown.me) if shown.me else None,
    })


def entry_json(entry: scoreboards.Entry) -> dict:
    return {
        "rank": entry.rank, "player_id": entry.player_id, "nickname": entry.nickname,
        "score": entry.score, "time_ms": entry.time_ms,
        "finished_at": entry.finished_at.isoformat(timespec="seconds") + "Z",
    }
