"""Timed caches, each named, with its lifetime in the app's config: through Flask-Caching, in
each process by default (SimpleCache), shared by every worker in Redis when QUIZ_REDIS_URL is
set. Tests run them exactly as production does.

| name            | holds                                           | lifetime (0: off)      |
|-----------------|-------------------------------------------------|------------------------|
| board_count     | the number of rows on a board in a window       | BOARD_COUNT_TTL_S      |
| player_rank     | the rank of one best-score row                  | PLAYER_RANK_TTL_S      |
| board_page      | a board's first page as a visitor without a     | ANONYMOUS_BOARD_TTL_S  |
|                 | nickname sees it                                |                        |
| board_index     | the scoreboards index: every board's title,     | BOARD_INDEX_TTL_S      |
|                 | link and all-time leader, the past daily boards |                        |

A result posted to a board forgets that board's count and page (`forget_board`), so whoever
posted it sees it at once; other processes see it when their copy expires.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import Flask, current_app

from quiz import timeouts
from quiz.extensions import cache

T = TypeVar("T")

LIFETIMES = {
    "board_count": "BOARD_COUNT_TTL_S",
    "player_rank": "PLAYER_RANK_TTL_S",
    "board_page": "ANONYMOUS_BOARD_TTL_S",
    "board_index": "BOARD_INDEX_TTL_S",
}


def cached(name: str, key: str, compute: Callable[[], T]) -> T:
    """compute()'s value, kept under `key` in the cache `name` for its configured lifetime."""
    lifetime = int(current_app.config[LIFETIMES[name]])
    if lifetime <= 0:
        return compute()
    full_key = f"{name}:{key}"
    try:
        value = cache.get(full_key)
    except Exception as exc:  # a cache that is down costs speed, never a page
        current_app.logger.warning("cache %s unavailable: %s", name, exc)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(full_key, value, timeout=lifetime)
        except Exception as exc:
            current_app.logger.warning("cache %s unavailable: %s", name, exc)
    return value


def forget(name: str, *keys: str) -> None:
    try:
        cache.delete_many(*(f"{name}:{key}" for key in keys))
    except Exception as exc:
        current_app.logger.warning("cache %s unavailable: %s", name, exc)


def forget_all() -> None:
    try:
        cache.clear()
    except Exception as exc:
        current_app.logger.warning("caches unavailable: %s", exc)


def init_app(app: Flask) -> None:
    redis_url = app.config.get("REDIS_URL")
    if redis_url and not app.config.get("CACHE_TYPE"):
        # a Redis that hangs is given up on within QUIZ_REDIS_TIMEOUT: the page computes the value
        app.config.update(CACHE_TYPE="RedisCache", CACHE_REDIS_URL=redis_url,
                          CACHE_OPTIONS=timeouts.redis_options(app.config))
    app.config.setdefault("CACHE_TYPE", "SimpleCache")
    cache.init_app(app)
