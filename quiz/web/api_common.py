"""What the JSON API's views share: error responses, request bodies, rate limits.

Every error is `{"error": {"code": "...", "message": "..."}}` with a 4xx status (503 when the
database is away): a client never parses HTML and never sees a traceback.
"""

from __future__ import annotations

import contextlib
import math
import time

from flask import current_app, jsonify, request
from limits import parse_many
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError, TimeoutError
from werkzeug.exceptions import HTTPException

from quiz.database import db

# the database is down, full or unreachable: an outage (503), not a bug
UNAVAILABLE = (OperationalError, InterfaceError, TimeoutError)

# HTTP status -> the error code an unexpected HTTP error of that status reports
HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "unprocessable",
    429: "rate_limited",
    500: "server_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error response: raise it from a view and the blueprint's handler answers in JSON."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, headers: dict | None = None):
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    response.headers.update(headers or {})
    return response


def api_error(exc: ApiError):
    return error_response(exc.status, exc.code, exc.message, exc.headers)


def http_error(exc: HTTPException):
    status = exc.code or 500
    if status >= 500:
        original = getattr(exc, "original_exception", None)
        if original is not None:
            current_app.logger.error("unhandled error on %s %s", request.method, request.path,
                                     exc_info=original)
        message = "The server could not finish this request. Please try again."
    else:
        message = exc.description or exc.name
    response = error_response(status, HTTP_CODES.get(status, "error"), message)
    if status == 405 and getattr(exc, "valid_methods", None):
        response.headers["Allow"] = ", ".join(exc.valid_methods)
    return response


def database_unavailable(error: Exception):
    current_app.logger.error("database unavailable: %s", error)
    with contextlib.suppress(SQLAlchemyError):  # the connection may be gone as well
        db.session.rollback()
    message = "The quiz is unavailable for a moment; please try again shortly."
    return error_response(503, "unavailable", message, {"Retry-After": "30"})


def json_object() -> dict:
    """The request's JSON body; ApiError 400 unless it is one JSON object."""
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # nested too deep for the parser: not a body this API takes
        body = None
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "Send a JSON object with Content-Type: application/json.")
    return body


def field(body: dict, name: str, kind: type | tuple, default=None, required: bool = False):
    """body[name] when it has the JSON type `kind` (booleans are never integers)."""
    if name not in body or body[name] is None:
        if required:
            raise ApiError(400, "bad_request", f"The field {name!r} is required.")
        return default
    value = body[name]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
        names = " or ".join(JSON_NAMES[k] for k in kinds)
        raise ApiError(400, "bad_request", f"The field {name!r} must be {names}.")
    return value


JSON_NAMES = {str: "a string", int: "an integer", bool: "true or false", list: "a list",
              float: "a number", dict: "an object"}


def retry_after(config_key: str, key: str) -> int | None:
    """Count one request against the limits in config[config_key] for `key`.

    Returns the seconds to wait when a limit is exceeded, else None. The counters are the
    app's Flask-Limiter storage (Redis when configured), so every worker shares them; limits
    are off when the app's limiter is (QUIZ_RATE_LIMITS=off).
    """
    limiter = current_app.extensions.get("quiz_limiter")
    spec = current_app.config.get(config_key)
    if limiter is None or not limiter.enabled or not spec:
        return None
    names = (current_app.config.get("RATELIMIT_KEY_PREFIX") or "quiz", config_key, key)
    try:
        for item in parse_many(spec):
            if not limiter.limiter.hit(item, *names):
                reset, _ = limiter.limiter.get_window_stats(item, *names)
                return max(1, math.ceil(reset - time.time()))
    except Exception as exc:  # the limit store being down must not take the API down with it
        current_app.logger.warning("rate limit store unavailable: %s", exc)
    return None


def client_address() -> str:
    return request.remote_addr or "unknown"
