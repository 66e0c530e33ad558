"""Prometheus metrics, served at /metrics: requests, latency, answers, rounds, rate limits.

Under gunicorn each worker is a process of its own, so the counters live in files in
PROMETHEUS_MULTIPROC_DIR (gunicorn.conf.py makes one when it is not set) and a scrape adds
up every worker's files, those of workers that have exited included. Without that variable,
as under `quiz run`, they live in this process.

Who may read /metrics: with QUIZ_METRICS_TOKEN set, whoever sends it as a bearer token;
otherwise only requests from this machine's loopback address. QUIZ_METRICS=off removes it.
"""

from __future__ import annotations

import functools
import hmac
import os
import time

from flask import Blueprint, Flask, Response, abort, current_app, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

REQUESTS = Counter(
    "quiz_http_requests", "HTTP requests answered, by endpoint, method and status",
    ["endpoint", "method", "status"],
)
LATENCY = Histogram(
    "quiz_http_request_duration_seconds", "Time from the request's start to its response",
    ["endpoint"],
    # a page takes milliseconds; the tail is what an operator watches
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
ANSWERS = Counter("quiz_answers_recorded", "Answers scored and stored, by correctness", ["correct"])
ROUNDS_FINISHED = Counter("quiz_rounds_finished", "Rounds finished, by kind", ["kind"])
RATE_LIMITED = Counter("quiz_rate_limited", "Requests refused by a rate limit, by endpoint", ["endpoint"])

OFF = ("off", "0", "false", "no")
LOOPBACK = ("127.0.0.1", "::1")

bp = Blueprint("metrics", __name__)


def answer_recorded(correct: bool) -> None:
    ANSWERS.labels(correct=str(bool(correct)).lower()).inc()


def round_finished(kind: str) -> None:
    ROUNDS_FINISHED.labels(kind=kind).inc()


def rate_limit_breached(limit) -> None:
    """Flask-Limiter's on_breach hook: count the refusal, keep the usual 429 response."""
    RATE_LIMITED.labels(endpoint=request.endpoint or "none").inc()


# Every label value is a series kept for good (in the multiprocess files too): a client must
# never be able to make one, so a method outside these is counted as "other".
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


@functools.cache
def series(endpoint: str, method: str, status: int) -> tuple:
    """The request counter and latency histogram of one label set, looked up once: the
    labels are bounded (endpoints, METHODS, status codes), so this memo is too."""
    return (REQUESTS.labels(endpoint=endpoint, method=method, status=str(status)),
            LATENCY.labels(endpoint=endpoint))


def count_response(response: Response, started: float | None) -> None:
    """Count the response, and its time since `started` (quiz.request_hooks calls this)."""
    # unmatched URLs (404s for anything) would make a label per path: one "none" instead
    method = request.method
    requests, latency = series(request.endpoint or "none", method if method in METHODS else "other",
                               response.status_code)
    requests.inc()
    if started is not None:
        latency.observe(time.perf_counter() - started)


def counting(app: Flask) -> bool:
    return str(app.config.get("METRICS", "on")).lower() not in OFF


def may_read() -> bool:
    token = current_app.config.get("METRICS_TOKEN")
    if token:
        sent = request.headers.get("Authorization", "")
        return hmac.compare_digest(sent.encode(), f"Bearer {token}".encode())
    return request.remote_addr in LOOPBACK


def registry() -> CollectorRegistry:
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return REGISTRY
    # a fresh registry per scrape that reads every worker's files
    merged = CollectorRegistry()
    multiprocess.MultiProcessCollector(merged)
    return merged


@bp.get("/metrics")
def metrics():
    if not may_read():
        abort(404)  # as if there were nothing here: no hint to a stranger
    return Response(generate_latest(registry()), mimetype=CONTENT_TYPE_LATEST,
                    headers={"Cache-Control": "no-store"})


def init_app(app: Flask) -> None:
    """Before limits.init_app: the breach hook is read when the limiter is set up, and the
    timer must start before a limit can refuse the request."""
    app.config.setdefault("RATELIMIT_ON_BREACH_CALLBACK", rate_limit_breached)
    if counting(app):  # each response is counted in quiz.request_hooks
        app.register_blueprint(bp)
