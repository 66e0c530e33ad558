"""No cache or table in a worker grows with what clients send: thousands of requests, each with
its own Host, forwarded host, SCRIPT_NAME, cookie, language, user agent, request id, method,
query string and path, leave the worker's memory where it was after a warm-up.

Measured with tracemalloc in the process serving the requests (the app in-process, as a
worker runs it): what Python allocated and still holds, after a garbage collection.
"""

from __future__ import annotations

import gc
import secrets
import tracemalloc
from datetime import date, timedelta

import pytest
from flask.sessions import SecureCookieSessionInterface

# pages of every kind: HTML, JSON, the scoreboards (cached per board), a form, and a 404
PAGES = ["/", "/sources", "/scoreboard/quick", "/nickname", "/me", "/api/v1/topics",
         "/api/v1/boards/quick", "/api/v1/openapi.json"]
METHODS = ["GET", "HEAD", "OPTIONS"]
WARM_UP = 600
MEASURED = 1200
# what a request may leave behind for good, on average: nothing, give or take a one-off
# allocation of some library; a new metrics series per odd method (one request in five)
# came to ~140 bytes per request, the caches once keyed by SCRIPT_NAME to ~15 KB
ALLOWED_BYTES_PER_REQUEST = 40


@pytest.fixture
def database_url(tmp_path):
    """Memory per request does not depend on the database: SQLite only."""
    return f"sqlite:///{tmp_path / 'quiz.sqlite'}"


def odd_request(client, serializer, n: int) -> int:
    """One request unlike any before it, in every part a client (or a proxy) chooses."""
    unique = f"{n}-{secrets.token_hex(4)}"
    page = PAGES[n % len(PAGES)]
    path = {0: f"/no-such-page-{unique}",
            # any day's daily board is a board: the timed caches hold one entry per day asked
            4: f"/scoreboard/daily:{date(2000, 1, 1) + timedelta(days=n)}"}.get(n % 9, page)
    method = METHODS[n % len(METHODS)] if n % 5 else f"X{unique.replace('-', '')}".upper()
    cookie = (serializer.dumps({"player_id": n, "nickname": unique}) if n % 2
              else f"junk-{unique}")
    response = client.open(
        f"{path}?q={unique}&page={n}", method=method,
        headers={
            "Host": f"h{unique}.example",
            "X-Forwarded-Host": f"f{unique}.example",
            "X-Forwarded-For": "203.0.113.9",
            "X-Forwarded-Prefix": f"/p{unique}",
            "Accept-Language": f"x-{unique[:8]};q=0.{n % 9}",
            "User-Agent": f"agent/{unique}",
            "X-Request-ID": f"id-{unique}",
            "Cookie": f"session={cookie}; other{unique}=1",
        },
        environ_base={"SCRIPT_NAME": f"/s{unique}"},
    )
    return response.status_code


def held_bytes() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def test_thousands_of_distinct_requests_leave_memory_flat(make_app, play_bank):
    # The timed caches (quiz.caches) are bounded by their entry count, CACHE_THRESHOLD: kept
    # small here, so the warm-up fills them and what follows must stay within it.
    app = make_app(play_bank, PROXIES=1, CACHE_THRESHOLD=40, ANONYMOUS_BOARD_TTL_S=600, BOARD_COUNT_TTL_S=600)
    client = app.test_client(use_cookies=False)  # the client keeps no cookie jar to grow
    serializer = SecureCookieSessionInterface().get_signing_serializer(app)
    statuses = set()
    tracemalloc.start()
    try:
        for n in range(WARM_UP):
            statuses.add(odd_request(client, serializer, n))
        before = held_bytes()
        for n in range(WARM_UP, WARM_UP + MEASURED):
            statuses.add(odd_request(client, serializer, n))
        grown = held_bytes() - before
    finally:
        tracemalloc.stop()
    assert not [s for s in statuses if s >= 500], statuses
    assert {200, 404, 405} <= statuses  # the requests did reach pages, misses and refusals
    assert grown < ALLOWED_BYTES_PER_REQUEST * MEASURED, f"{grown / MEASURED:.0f} bytes per request kept"
