"""Values kept a few seconds per process, for reads that are costly and may be a little late.

A store is a dict in `app.extensions` of key -> (expires at, value). The time each value is
kept comes from the app's config (e.g. BOARD_COUNT_TTL_S), 0 by default while testing so
tests see every change at once; 0 turns a store off.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import TypeVar

from flask import current_app

T = TypeVar("T")


def kept(
    store: str, key: Hashable, ttl_setting: str, default_s: float, compute: Callable[[], T],
    max_entries: int = 10_000, keep: Callable[[T], bool] = lambda value: True,
) -> T:
    """compute()'s value for `key`, from the store while it is fresh (`keep` says whether a
    freshly computed value may be kept at all: an error page may not)."""
    ttl = current_app.config.get(ttl_setting, 0 if current_app.testing else default_s)
    if not ttl:
        return compute()
    held_values = current_app.extensions.setdefault(store, {})
    now = time.monotonic()
    held = held_values.get(key)
    if held is not None and held[0] > now:
        return held[1]
    value = compute()
    if keep(value):
        if len(held_values) >= max_entries:
            held_values = _without_expired(store, held_values, now, max_entries)
        held_values[key] = (now + ttl, value)
    return value


def _without_expired(store: str, held_values: dict, now: float, max_entries: int) -> dict:
    # a copy, not a loop over the live dict: another thread may be adding to it
    fresh = {key: held for key, held in dict(held_values).items() if held[0] > now}
    if len(fresh) >= max_entries:
        fresh = {}
    current_app.extensions[store] = fresh
    return fresh
