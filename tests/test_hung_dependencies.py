"""A database or Redis that hangs (accepts, then never answers) gives 503s in seconds, not stalls."""

from __future__ import annotations

import time

import psycopg
import pytest
from live_server import drop_postgres_database, fresh_postgres_database, postgres_up, redis_up
from tcp_proxy import TcpProxy

from quiz import create_app
from quiz.database import db
from quiz.security import ConfigError
from quiz.timeouts import engine_options

BOUND_S = 4.0  # "a few seconds": the configured 1 s limits plus the app's own work


def timed(client, path: str):
    started = time.monotonic()
    response = client.get(path)
    return response, time.monotonic() - started


@pytest.fixture
def hung_app(bank):
    """An app on a fresh PostgreSQL database reached through a line the test can stall."""
    if not postgres_up():
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")
    name = fresh_postgres_database()
    proxy = TcpProxy(("127.0.0.1", 5432))
    proxy.start()
    app = create_app({
        "TESTING": True, "SECRET_KEY": "hung-test-secret", "BANK": bank, "RATE_LIMITS": "off",
        "SQLALCHEMY_DATABASE_URI": f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/{name}",
        "DATABASE_CONNECT_TIMEOUT": 1, "DATABASE_STATEMENT_TIMEOUT": 1, "DATABASE_POOL_TIMEOUT": 1,
    })
    with app.app_context():
        db.create_all()
        db.engine.dispose()  # the next request opens a connection, to a database that hangs
    yield proxy, app, name
    proxy.cut()
    with app.app_context():
        db.engine.dispose()
    drop_postgres_database(name)


def test_a_hung_database_is_a_503_within_seconds_and_pages_without_it_still_serve(
        hung_app, players):
    proxy, app, _ = hung_app
    naomi = players(app, "Naomi")
    round_id = naomi.start()
    client = naomi.client
    with app.app_context():
        db.engine.dispose()  # the next request opens a connection, to a database that hangs
    proxy.stall()  # connections are accepted, and nothing ever comes back
    for path in ("/healthz", "/me", f"/rounds/{round_id}", "/scoreboard/quick"):
        response, took = timed(client, path)
        assert response.status_code == 503, (path, response.status_code)
        assert took < BOUND_S, f"{path} took {took:.1f} s"
    assert client.get("/healthz").json["database"] == "unreachable"
    response, took = timed(client, "/sources")  # needs no database
    assert response.status_code == 200 and took < BOUND_S  # no wait on the stalled database

    proxy.restore()  # the database answers again: so does the app, with no restart
    response = client.get("/healthz")
    assert response.status_code == 200, response.json


def test_a_statement_stuck_behind_a_lock_is_a_503_within_the_statement_timeout(hung_app):
    """The server answers, but the query waits on a lock a stuck transaction holds."""
    _, app, name = hung_app
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    with psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{name}") as stuck:
        stuck.execute("LOCK TABLE player IN ACCESS EXCLUSIVE MODE")  # and never commits
        response, took = timed(client, "/healthz")
        assert response.status_code == 503
        assert took < BOUND_S, f"took {took:.1f} s"
    assert client.get("/healthz").status_code == 200  # the lock gone, all is well


def test_postgres_connections_carry_the_time_limits_and_keep_the_urls_own_options():
    url = "postgresql+psycopg://u@db/quiz?options=-csearch_path%3Dmine"
    options = engine_options(url, {"DATABASE_STATEMENT_TIMEOUT": "2.5"}, {"pool_pre_ping": True})
    args = options["connect_args"]
    assert args["options"].startswith("-csearch_path=mine ")
    assert "-c statement_timeout=2500" in args["options"]
    assert args["connect_timeout"] == 3 and options["pool_timeout"] == 5
    assert options["pool_pre_ping"] is True
    assert "connect_args" not in engine_options("sqlite:///x.sqlite", {}, {})


@pytest.mark.parametrize("value", ["0", "-1", "soon"])
def test_a_nonsense_time_limit_is_refused_at_start(tmp_path, bank, value):
    with pytest.raises(ConfigError, match="QUIZ_DATABASE_CONNECT_TIMEOUT"):
        create_app({"SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://u@db/quiz", "BANK": bank,
                    "SECRET_KEY": "x", "DATABASE_CONNECT_TIMEOUT": value})


def test_a_hung_redis_costs_the_rate_limiter_about_a_second_not_the_request(tmp_path, players, play_bank):
    """Rate-limit counters in a Redis that hangs: answers and rounds go on, counted in memory."""
    if not redis_up():
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    proxy = TcpProxy(("127.0.0.1", 6379))
    proxy.start()
    try:
        app = create_app({
            "TESTING": True, "SECRET_KEY": "hung-redis-secret", "BANK": play_bank,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'quiz.sqlite'}",
            "REDIS_URL": f"redis://127.0.0.1:{proxy.port}/0", "REDIS_TIMEOUT": 0.5,
            "RATELIMIT_KEY_PREFIX": f"hung-{time.time_ns()}",
        })
        with app.app_context():
            db.create_all()
        naomi = players(app, "Naomi")
        proxy.stall()
        started = time.monotonic()
        round_id = naomi.start()  # a rate-limited POST
        took = time.monotonic() - started
        assert naomi.client.get(f"/rounds/{round_id}").status_code == 200
        assert took < BOUND_S, f"starting a round took {took:.1f} s"
    finally:
        proxy.cut()
