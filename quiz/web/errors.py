"""Error pages in the site's look: never a traceback, always a way back.

Under /api/ the same errors answer in JSON, so API clients never parse HTML.
"""

from __future__ import annotations

import contextlib
import logging

from flask import Blueprint, jsonify, make_response, render_template, request, url_for
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError, TimeoutError
from werkzeug.exceptions import HTTPException

from quiz.database import db

bp = Blueprint("errors", __name__)
log = logging.getLogger(__name__)

# the database is down, full or unreachable: an outage (503), not a bug
UNAVAILABLE = (OperationalError, InterfaceError, TimeoutError)


def forget_failed_transaction() -> None:
    """After an outage: roll the session back (the connection may be gone as well; teardown
    discards the session either way)."""
    with contextlib.suppress(SQLAlchemyError):
        db.session.rollback()


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


PAGES = {
    400: ("Bad request", "The request could not be understood."),
    404: ("Page not found", "There is nothing at this address."),
    405: ("Method not allowed", "This page cannot be used that way."),
    413: ("Too large", "What was sent is too large; answers and forms are short."),
    500: ("Something went wrong", "The server could not finish this request. Please try again."),
}
CSRF_MESSAGE = (
    "The form had expired or did not come from this site, so nothing was saved. "
    "Go back, reload the page and try again."
)


def error_page(code: int, title: str, message: str, link: tuple[str, str] | None = None):
    """A response for `code` with a title, a message and optionally a (url, text) link."""
    if request.path.startswith("/api/"):
        # the API's own error shape, so clients parse one format whatever went wrong
        body = {"error": {"code": HTTP_CODES.get(code, "error"), "message": message}}
        return make_response(jsonify(body), code)
    page = render_template("error.html", code=code, title=title, message=message, link=link)
    return make_response(page, code)


def _described(exc: HTTPException, code: int) -> str:
    # werkzeug's stock descriptions talk about "the server"; ours speak to the player
    default = type(exc).description
    return exc.description if exc.description and exc.description != default else PAGES[code][1]


@bp.app_errorhandler(CSRFError)
def csrf_failed(exc: CSRFError):
    return error_page(400, "Form expired", CSRF_MESSAGE, link=(url_for("home.index"), "Home"))


@bp.app_errorhandler(HTTPException)
def http_error(exc: HTTPException):
    code = exc.code or 500
    title, message = PAGES.get(code, (exc.name, exc.description or ""))
    if code in PAGES:
        message = _described(exc, code)
    response = error_page(code, title, message)
    if code == 405 and exc.valid_methods:  # keep the Allow header werkzeug would send
        response.headers["Allow"] = ", ".join(exc.valid_methods)
    return response


@bp.app_errorhandler(500)
def server_error(exc):
    original = getattr(exc, "original_exception", None)
    if original is not None:
        log.error("unhandled error on %s %s", request.method, request.path, exc_info=original)
    title, message = PAGES[500]
    return error_page(500, title, message)
