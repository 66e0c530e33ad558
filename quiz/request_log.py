"""A request id for every request, and the access log that shows it.

The id is the incoming X-Request-ID when it is well formed (a proxy or a client chose it, so
one id follows a request through every log), otherwise a fresh one. It is echoed in the
response's X-Request-ID header and put in every line the app logs while handling the request.

The access log (one line per request, logger "quiz.access") is on when ACCESS_LOG is on:
`quiz run` turns it on. Under gunicorn, gunicorn's own access log shows the id instead,
read from the response header (gunicorn.conf.py's access_log_format).
"""

from __future__ import annotations

import logging
import random
import re
import time

from flask import Flask, Response, current_app, g, has_request_context, request
from flask.logging import default_handler

from quiz.config import from_environment

HEADER = "X-Request-ID"
# bounded and plain, so a client cannot forge log lines or flood them
WELL_FORMED = re.compile(r"[A-Za-z0-9._:@-]{1,128}")
ACCESS_FORMAT = '%s - "%s %s %s" %d %s %.1fms request_id=%s'
ERROR_FORMAT = "[%(asctime)s] %(levelname)s in %(module)s: request_id=%(request_id)s %(message)s"
ON = ("on", "1", "true", "yes")

access_log = logging.getLogger("quiz.access")


def fresh_id() -> str:
    """128 random bits as 32 hex digits, the shape of uuid4().hex without building a UUID.
    An id only has to be unique, not secret; `random` reseeds itself in every forked worker."""
    return f"{random.getrandbits(128):032x}"


def incoming_id() -> str:
    """The X-Request-ID the client or proxy sent if it is well formed, else a fresh one."""
    sent = request.environ.get("HTTP_X_REQUEST_ID", "")
    return sent if WELL_FORMED.fullmatch(sent) else fresh_id()


def request_id() -> str:
    """This request's id: the well-formed incoming one, or a fresh one made once."""
    if "request_id" not in g:
        g.request_id = incoming_id()
    return g.request_id


def stamp_records_with_request_id() -> None:
    """Every log record gets a request_id ("-" outside a request), whichever logger or handler
    it goes through, so a log format can show it (the one here does, for Flask's handler)."""
    make_record = logging.getLogRecordFactory()
    if getattr(make_record, "stamps_request_id", False):
        return

    def stamped(*args, **kwargs) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        record.request_id = request_id() if has_request_context() else "-"
        return record

    stamped.stamps_request_id = True
    logging.setLogRecordFactory(stamped)


def begin() -> None:
    """The first step of every request (quiz.request_hooks): its start time and its id."""
    g.request_started = time.perf_counter()
    g.request_id = incoming_id()


def started() -> float | None:
    """When this request began (for its duration in the log and the metrics)."""
    return g.get("request_started")


def finish(response: Response) -> Response:
    """The last step of every request (quiz.request_hooks): the id header, the access line."""
    rid = request_id()
    response.headers[HEADER] = rid
    if str(current_app.config.get("ACCESS_LOG", "off")).lower() in ON:
        started = g.get("request_started", time.perf_counter())
        size = response.content_length
        access_log.info(
            ACCESS_FORMAT, request.remote_addr or "-", request.method, request.full_path.rstrip("?"),
            request.environ.get("SERVER_PROTOCOL", "HTTP/1.1"), response.status_code,
            "-" if size is None else size, (time.perf_counter() - started) * 1000, rid,
        )
    return response


def init_app(app: Flask) -> None:
    """The log's set-up; begin and finish run in quiz.request_hooks, before the other
    extensions' hooks, so that a request they refuse still gets its id."""
    stamp_records_with_request_id()
    # Flask's own handler writes the app's errors (to gunicorn's error log): show the id there
    default_handler.setFormatter(logging.Formatter(ERROR_FORMAT))
    # INFO lines, which the root logger's default WARNING level would drop
    access_log.setLevel(logging.INFO)


def on_dev_server(app: Flask) -> None:
    """`quiz run`: the app's access lines, unless QUIZ_ACCESS_LOG says otherwise, in place of
    the development server's own (which cannot show the id)."""
    if "ACCESS_LOG" not in from_environment():
        app.config["ACCESS_LOG"] = "on"
    if str(app.config["ACCESS_LOG"]).lower() in ON:
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
