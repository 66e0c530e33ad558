"""The limits hold across gunicorn workers when the counters live in Redis."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from live_server import REDIS_URL, base_env, csrf_token, gunicorn, redis_up, upgrade_database

START = {"kind": "quick", "scope": "", "difficulty": "any", "timed": "0"}


@pytest.fixture
def redis_prefix():
    if not redis_up():
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    import redis

    prefix = f"quiz-test-{uuid.uuid4().hex}"
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"*{prefix}*"):
        client.delete(key)


def browser(url: str, nickname: str) -> tuple[dict, str]:
    """A visitor who picked a nickname: (cookies, CSRF token)."""
    session = requests.Session()
    token = csrf_token(session.get(url + "/nickname", timeout=10).text)
    picked = session.post(url + "/nickname", data={"csrf_token": token, "nickname": nickname},
                          allow_redirects=False, timeout=10)
    assert picked.status_code == 302, picked.text
    return session.cookies.get_dict(), token


def burst(url: str, cookies: dict, data: dict, times: int) -> list[requests.Response]:
    """`times` identical POSTs at once, each on its own connection."""
    def post(_):
        return requests.post(url, data=data, cookies=cookies, allow_redirects=False, timeout=30)

    with ThreadPoolExecutor(times) as pool:
        return list(pool.map(post, range(times)))


def statuses(responses) -> Counter:
    return Counter(429 if r.status_code == 429 else "passed" for r in responses)


def test_limits_hold_across_four_workers_with_redis(tmp_path, redis_prefix):
    env = base_env(
        f"sqlite:///{tmp_path / 'quiz.sqlite'}",
        QUIZ_REDIS_URL=REDIS_URL,
        QUIZ_RATE_LIMIT_PREFIX=redis_prefix,
        QUIZ_RATE_LIMITS="on",
        QUIZ_RATE_LIMIT_START="5 per minute",
        QUIZ_RATE_LIMIT_START_PER_ADDRESS="8 per minute",
        QUIZ_RATE_LIMIT_ANSWER="3 per minute",
        QUIZ_RATE_LIMIT_ANSWER_PER_ADDRESS="1000 per minute",
    )
    upgrade_database(env)
    with gunicorn(env, tmp_path / "server.log", workers=4) as server:
        cookies, token = browser(server.url, "Naomi")
        # bursts of 24 at once: enough that several workers take a share, however fast each is
        starts = burst(server.url + "/play", cookies, {"csrf_token": token, **START}, 24)
        assert statuses(starts) == {"passed": 5, 429: 19}
        assert all(r.status_code in (302, 429) for r in starts)

        round_url = server.url + next(r.headers["Location"] for r in starts if r.status_code == 302)
        answers = burst(round_url, cookies, {"csrf_token": token, "position": "0", "choice": "0"}, 24)
        assert statuses(answers) == {"passed": 3, 429: 21}
        assert all(r.status_code < 500 for r in answers)

        # Jean shares Naomi's address: 8 starts per address, Naomi's 5 counted, her refused 19 not
        cookies, token = browser(server.url, "Jean")
        starts = burst(server.url + "/play", cookies, {"csrf_token": token, **START}, 6)
        assert statuses(starts) == {"passed": 3, 429: 3}

        friendly = next(r for r in starts if r.status_code == 429)
        assert "Slow down" in friendly.text and int(friendly.headers["Retry-After"]) > 0
        log = server.log_text()

    # the counting was shared: several workers served the limited requests
    workers = set(re.findall(r"^<(\d+)> POST /(?:play|rounds/\d+) ", log, re.M))
    assert len(workers) >= 2, log
    assert "Traceback" not in log
