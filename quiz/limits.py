"""Abuse limits on starting rounds and answering, per player and per network address.

The views carry them as Flask-Limiter decorators (`limiter.limit(...)`); the limits
themselves are read from the app's config on each request, so an operator sets them with
QUIZ_RATE_LIMIT_* variables. The counters live in Redis when QUIZ_REDIS_URL is set, so every
worker and every server shares them; otherwise in memory, per process. The per-player keys
of the HTML pages are in quiz.web.player_limits (they need the player the session cookie
proves); the API's are in quiz.web.api.auth.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from flask import Flask, current_app, render_template
from flask_limiter.util import get_remote_address

from quiz import timeouts
from quiz.extensions import limiter

OFF = ("off", "0", "false", "no")


def configured(key: str) -> Callable[[], str]:
    """The limit in config[key] (e.g. "30 per minute"), read per request."""
    return lambda: current_app.config[key]


def address_key() -> str:
    # Behind a reverse proxy this is the proxy's address unless QUIZ_PROXIES is set.
    return f"address:{get_remote_address()}"


def seconds_to_wait() -> int:
    """How long the limit this request broke has left to run, in whole seconds."""
    limit = limiter.current_limit
    return max(1, math.ceil(limit.reset_at - time.time())) if limit else 60


def too_many_requests(error):
    wait = seconds_to_wait()
    return render_template("429.html", wait=wait), 429, {"Retry-After": str(wait)}


def init_app(app: Flask) -> None:
    redis_url = app.config.get("REDIS_URL")
    app.config.update(
        RATELIMIT_ENABLED=str(app.config.get("RATE_LIMITS", "on")).lower() not in OFF,
        RATELIMIT_STORAGE_URI=redis_url or "memory://",
        # a hung Redis fails fast (then the in-memory fallback counts) instead of stalling
        RATELIMIT_STORAGE_OPTIONS=timeouts.redis_options(app.config) if redis_url else {},
        # if Redis goes away, limit per process rather than fail every request
        RATELIMIT_IN_MEMORY_FALLBACK_ENABLED=bool(redis_url),
    )
    limiter.init_app(app)
    app.register_error_handler(429, too_many_requests)
