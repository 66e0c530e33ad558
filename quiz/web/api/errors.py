"""What the JSON API's views share: error responses and request bodies.

Every error is `{"error": {"code": "...", "message": "..."}}` with a 4xx status (503 when the
database is away): a client never parses HTML and never sees a traceback.
"""

from __future__ import annotations

from flask import current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from quiz.web.errors import HTTP_CODES, forget_failed_transaction


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
    forget_failed_transaction()
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
    """body[name] when it has the JSON type `kind` (booleans are never integers). An optional
    field may be left out, but not sent as null: the OpenAPI document allows no null there."""
    if name not in body or (body[name] is None and required):
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
