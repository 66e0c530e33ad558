"""Time limits on every call to the database and to Redis, so a hung dependency is an error.

Without them a database that stops answering (frozen, overloaded, a network that drops
packets) holds each request until the worker is killed, and with it every page the worker
would have served next, including those that need no database. With them the call fails
within seconds, the request gets the 503 page, and the worker moves on.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url

from quiz.security import ConfigError

# config key -> (default, what it bounds); QUIZ_<key> in the environment sets it
DEFAULTS = {
    "DATABASE_CONNECT_TIMEOUT": (3, "seconds to open a database connection"),
    "DATABASE_STATEMENT_TIMEOUT": (5, "seconds one SQL statement may run (PostgreSQL)"),
    "DATABASE_POOL_TIMEOUT": (5, "seconds to wait for a free pooled connection"),
    "REDIS_TIMEOUT": (1, "seconds to connect to Redis and for each Redis command"),
}


def seconds(config, key: str) -> float:
    value = config.get(key, DEFAULTS[key][0])
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if number <= 0:
        raise ConfigError(f"QUIZ_{key} is {DEFAULTS[key][1]}, a positive number, not {value!r}")
    return number


def postgres_connect_args(uri: str, config) -> dict:
    """libpq parameters: a connect timeout, server-side statement and lock limits, and TCP
    limits that notice a peer gone silent on the network."""
    statement_ms = int(seconds(config, "DATABASE_STATEMENT_TIMEOUT") * 1000)
    limits = " ".join([
        f"-c statement_timeout={statement_ms}",
        f"-c lock_timeout={statement_ms}",
        # a transaction left open by a stuck client would hold its locks for ever
        f"-c idle_in_transaction_session_timeout={statement_ms * 4}",
    ])
    options = make_url(uri).query.get("options")  # e.g. a search_path given in the URL
    if isinstance(options, tuple):
        options = " ".join(options)
    connect = seconds(config, "DATABASE_CONNECT_TIMEOUT")
    return {
        "connect_timeout": max(1, round(connect)),  # libpq counts whole seconds, at least 1 (0 = never)
        "options": f"{options} {limits}" if options else limits,
        # data sent and not acknowledged for this long means the server is gone
        "tcp_user_timeout": int(connect * 1000),
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
    }


def engine_options(uri: str, config, options: dict) -> dict:
    """SQLALCHEMY_ENGINE_OPTIONS with the time limits for this database added."""
    options = dict(options)
    if uri.startswith("postgresql"):
        options["pool_timeout"] = seconds(config, "DATABASE_POOL_TIMEOUT")
        options["connect_args"] = {**postgres_connect_args(uri, config), **options.get("connect_args", {})}
    return options


def redis_options(config) -> dict:
    """Options for a redis-py client (Flask-Limiter's storage_options among them)."""
    timeout = seconds(config, "REDIS_TIMEOUT")
    return {"socket_connect_timeout": timeout, "socket_timeout": timeout}
