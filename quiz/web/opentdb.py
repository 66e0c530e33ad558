"""Open Trivia DB's API on this server: /api.php, /api_category.php, /api_count.php,
/api_count_global.php and /api_token.php, with opentdb.com's parameters, response codes and
JSON, so an existing OpenTDB client works by changing only its base URL.
"""

from __future__ import annotations

import json

from flask import Blueprint, current_app, request

from quiz import trivia
from quiz.bank import pools
from quiz.bank.model import DIFFICULTIES
from quiz.extensions import limiter
from quiz.limits import address_key, configured, seconds_to_wait
from quiz.security import ConfigError
from quiz.web.api import errors as api_errors
from quiz.web.common import bank
from quiz.web.errors import UNAVAILABLE

bp = Blueprint("opentdb", __name__)
for _outage in UNAVAILABLE:
    bp.register_error_handler(_outage, api_errors.database_unavailable)

RATE_LIMIT_KEY = "OPENTDB_RATE_LIMIT"
DEFAULT_RATE_LIMIT = "5 per 5 seconds"  # per address; opentdb.com allows 1 per 5 seconds
# each new session token is a database row: a client needs one per game session
TOKEN_RATE_LIMIT_KEY = "OPENTDB_TOKEN_RATE_LIMIT"
DEFAULT_TOKEN_RATE_LIMIT = "10 per minute;200 per day"
ANY = ("", "any")


class InvalidParameter(ValueError):
    pass


@bp.record_once
def _defaults(state) -> None:
    state.app.config.setdefault(RATE_LIMIT_KEY, DEFAULT_RATE_LIMIT)
    state.app.config.setdefault(TOKEN_RATE_LIMIT_KEY, DEFAULT_TOKEN_RATE_LIMIT)


def init_app(app) -> None:
    """Off by default (QUIZ_OPENTDB=off): the API hands out correct answers, so turning it on
    sets aside for it every question it could serve, and those that give the same answers
    away, out of all rounds (quiz.bank.pools): none of them can score on a board."""
    switch = str(app.config.get("OPENTDB", "off")).strip().lower()
    if switch not in ("on", "off"):
        raise ConfigError(f"QUIZ_OPENTDB is 'on' or 'off', not {app.config['OPENTDB']!r}")
    if switch == "on":
        app.extensions["quiz_bank"] = pools.set_aside(app.extensions["quiz_bank"], trivia.servable)
        app.register_blueprint(bp)


@bp.after_request
def _shared(response):
    # browser quiz apps call opentdb.com from other origins; nothing here reads cookies
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Cache-Control"] = "no-store"
    return response


def respond(body: dict, status: int = 200):
    # keys in opentdb.com's order, non-ASCII escaped as PHP's json_encode does
    return current_app.response_class(json.dumps(body), status=status, mimetype="application/json")


def _amount(value: str | None) -> int:
    if value is None or not (value.isascii() and value.isdigit()):
        raise InvalidParameter("amount")
    amount = int(value)
    if not 1 <= amount <= trivia.MAX_AMOUNT:
        raise InvalidParameter("amount")
    return amount


def _category(value: str | None) -> int | None:
    if value is None or value in ANY:
        return None
    if not (value.isascii() and value.isdigit()) or len(value) > 9:
        raise InvalidParameter("category")
    category = int(value)
    if category != 0 and not trivia.known_category(bank(), category):
        raise InvalidParameter("category")
    return category


def _one_of(value: str | None, allowed, name: str) -> str | None:
    if value is None or value in ANY:
        return None
    if value not in allowed:
        raise InvalidParameter(name)
    return value


@bp.errorhandler(429)
def rate_limited(error):
    body = {"response_code": trivia.RATE_LIMIT, "results": []}
    return respond(body, 429), {"Retry-After": str(seconds_to_wait())}


@bp.get("/api.php")
@limiter.limit(configured(RATE_LIMIT_KEY), key_func=address_key)
def questions():
    args = request.args
    try:
        amount = _amount(args.get("amount"))
        category = _category(args.get("category"))
        difficulty = _one_of(args.get("difficulty"), DIFFICULTIES, "difficulty")
        kind = _one_of(args.get("type"), tuple(trivia.TYPES), "type")
        encoding = _one_of(args.get("encode"), trivia.ENCODINGS, "encode") or "default"
    except InvalidParameter:
        return respond({"response_code": trivia.INVALID_PARAMETER, "results": []})
    token = args.get("token") or None
    candidates = trivia.pool(bank(), category, difficulty, kind)
    code, picked = trivia.draw(candidates, amount, token)
    results = [trivia.encode(trivia.result(q), encoding) for q in picked]
    return respond({"response_code": code, "results": results})


def _not_a_new_token() -> bool:
    return request.args.get("command") != "request"


@bp.get("/api_token.php")
@limiter.limit(configured(TOKEN_RATE_LIMIT_KEY), key_func=address_key, exempt_when=_not_a_new_token)
def token():
    command, given = request.args.get("command"), request.args.get("token", "")
    if command == "request":
        return respond({
            "response_code": trivia.SUCCESS,
            "response_message": "Token Generated Successfully!",
            "token": trivia.new_token(),
        })
    if command == "reset":
        code = trivia.SUCCESS if trivia.reset_token(given) else trivia.TOKEN_NOT_FOUND
        return respond({"response_code": code, "token": given})
    message = "command is 'request', or 'reset' with a token."
    return respond({"response_code": trivia.INVALID_PARAMETER, "response_message": message})


@bp.get("/api_category.php")
def categories():
    listed = [{"id": number, "name": name} for number, name, _ in trivia.categories(bank())]
    return respond({"trivia_categories": listed})


@bp.get("/api_count.php")
def count():
    try:
        category = _category(request.args.get("category"))
    except InvalidParameter:
        category = -1
    if category is None or category < 0:
        return respond({"response_code": trivia.INVALID_PARAMETER, "results": []})
    counts = trivia.counts(trivia.pool(bank(), category))
    return respond({"category_id": category, "category_question_count": counts})


@bp.get("/api_count_global.php")
def count_global():
    every = trivia.pool(bank())
    by_category = {
        str(number): trivia.global_counts(trivia.pool(bank(), number))
        for number, _, _ in trivia.categories(bank())
    }
    return respond({"overall": trivia.global_counts(every), "categories": by_category})
