"""Abuse limits on starting rounds and answering, per player and per network address.

The counters live in Redis when QUIZ_REDIS_URL is set, so every worker and every server
shares them; otherwise in memory, which is per process (each gunicorn worker counts alone).
"""

from __future__ import annotations

import math
import time

from flask import Flask, current_app, render_template, session
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from quiz import timeouts

# endpoint -> (per-player limit config key, per-address limit config key)
LIMITED_ENDPOINTS = {
    "play.start": ("RATE_LIMIT_START", "RATE_LIMIT_START_PER_ADDRESS"),
    "play.answer": ("RATE_LIMIT_ANSWER", "RATE_LIMIT_ANSWER_PER_ADDRESS"),
}
OFF = ("off", "0", "false", "no")
POST = ["POST"]


def player_key() -> str:
    return f"player:{session.get('player_id')}"


def no_player() -> bool:
    # Without a player the view refuses the request anyway; the address limit still counts.
    return not session.get("player_id")


def address_key() -> str:
    # Behind a reverse proxy this is the proxy's address unless QUIZ_PROXIES is set.
    return f"address:{get_remote_address()}"


def too_many_requests(error):
    limit = current_app.extensions["quiz_limiter"].current_limit
    wait = max(1, math.ceil(limit.reset_at - time.time())) if limit else 60
    return render_template("429.html", wait=wait), 429


def _configured(app: Flask, key: str):
    # read per request, so the limit follows the app's config
    return lambda: app.config[key]


def make_limiter(app: Flask) -> Limiter:
    redis_url = app.config.get("REDIS_URL")
    return Limiter(
        key_func=address_key,
        storage_uri=redis_url or "memory://",
        # a hung Redis fails fast (then the in-memory fallback counts) instead of stalling
        storage_options=timeouts.redis_options(app.config) if redis_url else {},
        # exact counts over the last window, not a calendar minute that allows a double burst
        strategy="moving-window",
        headers_enabled=True,  # Retry-After tells a client how long to wait
        # if Redis goes away, limit per process rather than fail every request
        in_memory_fallback_enabled=bool(redis_url),
        enabled=str(app.config.get("RATE_LIMITS", "on")).lower() not in OFF,
    )


def init_app(app: Flask) -> None:
    """Call after the blueprints are registered: limits wrap the views by endpoint name."""
    limiter = make_limiter(app)
    limiter.init_app(app)
    app.extensions["quiz_limiter"] = limiter
    app.register_error_handler(429, too_many_requests)
    if not limiter.enabled:  # QUIZ_RATE_LIMITS=off: a disabled limit still costs a lookup per request
        return
    for endpoint, (per_player, per_address) in LIMITED_ENDPOINTS.items():
        view = app.view_functions.get(endpoint)
        if view is None:
            continue
        view = limiter.limit(
            _configured(app, per_player), key_func=player_key, exempt_when=no_player, methods=POST
        )(view)
        view = limiter.limit(_configured(app, per_address), key_func=address_key, methods=POST)(view)
        app.view_functions[endpoint] = view
