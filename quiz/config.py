"""Configuration: defaults, overridden by QUIZ_* environment variables, then by test_config."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# A checkout holds templates/, static/ and questions/ beside the package; an installed wheel
# carries them inside it (setup.py maps them there) and has no checkout to keep instance/ in.
PROJECT_ROOT = PACKAGE_DIR.parent
INSTALLED = (PACKAGE_DIR / "templates").is_dir()
DATA_ROOT = PACKAGE_DIR if INSTALLED else PROJECT_ROOT
MIGRATIONS_DIR = PACKAGE_DIR / "migrations"

# environment variable -> Flask config key
ENVIRONMENT = {
    "QUIZ_SECRET_KEY": "SECRET_KEY",
    "QUIZ_SECRET_KEY_FILE": "SECRET_KEY_FILE",
    "QUIZ_DATABASE_URL": "SQLALCHEMY_DATABASE_URI",
    "QUIZ_QUESTIONS_DIR": "QUESTIONS_DIR",
    "QUIZ_ENV": "QUIZ_ENV",
    "QUIZ_PLAY": "QUIZ_PLAY",  # reviewed | all (default: reviewed once questions/review.yaml exists)
    "QUIZ_REDIS_URL": "REDIS_URL",
    # rate limits, in Flask-Limiter's notation ("30 per minute", "5/second;100/hour")
    "QUIZ_RATE_LIMIT_ANSWER": "RATE_LIMIT_ANSWER",
    "QUIZ_RATE_LIMIT_START": "RATE_LIMIT_START",
    "QUIZ_RATE_LIMIT_ANSWER_PER_ADDRESS": "RATE_LIMIT_ANSWER_PER_ADDRESS",
    "QUIZ_RATE_LIMIT_START_PER_ADDRESS": "RATE_LIMIT_START_PER_ADDRESS",
    "QUIZ_RATE_LIMIT_NEW_PLAYER_PER_ADDRESS": "RATE_LIMIT_NEW_PLAYER_PER_ADDRESS",
    "QUIZ_RATE_LIMITS": "RATE_LIMITS",
    "QUIZ_RATE_LIMIT_PREFIX": "RATELIMIT_KEY_PREFIX",
    "QUIZ_PROXIES": "PROXIES",
    "QUIZ_OPENTDB_RATE_LIMIT": "OPENTDB_RATE_LIMIT",
    "QUIZ_OPENTDB_TOKEN_RATE_LIMIT": "OPENTDB_TOKEN_RATE_LIMIT",
    "QUIZ_BOARD_COUNT_TTL_S": "BOARD_COUNT_TTL_S",
    "QUIZ_PLAYER_RANK_TTL_S": "PLAYER_RANK_TTL_S",
    "QUIZ_ANONYMOUS_BOARD_TTL_S": "ANONYMOUS_BOARD_TTL_S",
    "QUIZ_BOARD_INDEX_TTL_S": "BOARD_INDEX_TTL_S",
    "QUIZ_OPENTDB": "OPENTDB",
    # time limits, in seconds (quiz.timeouts)
    "QUIZ_DATABASE_CONNECT_TIMEOUT": "DATABASE_CONNECT_TIMEOUT",
    "QUIZ_DATABASE_STATEMENT_TIMEOUT": "DATABASE_STATEMENT_TIMEOUT",
    "QUIZ_DATABASE_POOL_TIMEOUT": "DATABASE_POOL_TIMEOUT",
    "QUIZ_REDIS_TIMEOUT": "REDIS_TIMEOUT",
    # production visibility (quiz.metrics, quiz.request_log)
    "QUIZ_METRICS": "METRICS",
    "QUIZ_METRICS_TOKEN": "METRICS_TOKEN",
    "QUIZ_ACCESS_LOG": "ACCESS_LOG",
    # live rooms: the Redis channel their updates travel on between processes
    "QUIZ_ROOMS_CHANNEL": "ROOMS_CHANNEL",
}


def defaults(instance_path: str) -> dict:
    return {
        # None: quiz.secret_key makes a random key once and keeps it in SECRET_KEY_FILE
        "SECRET_KEY": None,
        "SECRET_KEY_FILE": os.path.join(instance_path, "secret_key"),
        "QUIZ_ENV": "development",
        "SQLALCHEMY_DATABASE_URI": "sqlite:///" + os.path.join(instance_path, "quiz.sqlite"),
        "QUESTIONS_DIR": str(DATA_ROOT / "questions"),
        "REDIS_URL": None,
        "MAX_CONTENT_LENGTH": 64 * 1024,  # forms are tiny; anything bigger is refused with 413
        "ROUND_SIZE": 10,
        # a connection the database dropped (restart, failover) is replaced, not reused;
        # quiz.database leaves it out for SQLite, a file that cannot drop a connection
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "SESSION_COOKIE_HTTPONLY": True,
        # the signed cookie is sent again only when it changes, not re-signed on every page;
        # a year, so a nickname outlives a season of play without a refresh
        "SESSION_REFRESH_EACH_REQUEST": False,
        "PERMANENT_SESSION_LIFETIME": 365 * 86400,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": False,  # QUIZ_ENV=production turns it on (HTTPS only)
        # per player (RATE_LIMIT_ANSWER/START) and per address, which a class or a convention
        # hall behind one router shares (500 players answering every few seconds), hence far
        # higher; RATE_LIMITS=off turns them all off
        "RATE_LIMIT_ANSWER": "60 per minute",
        "RATE_LIMIT_START": "20 per minute",
        "RATE_LIMIT_ANSWER_PER_ADDRESS": "6000 per minute",
        "RATE_LIMIT_START_PER_ADDRESS": "1000 per minute",
        # new players (nickname page and API together): a hall joining at once, yet no
        # thousands of squatted nicknames from one address
        "RATE_LIMIT_NEW_PLAYER_PER_ADDRESS": "100 per minute;1000 per day",
        "RATE_LIMITS": "on",
        # the OpenTDB-compatible API; "on" takes the questions it serves out of every round
        "OPENTDB": "off",
        # reverse proxies in front of the app whose X-Forwarded-* headers are trusted
        "PROXIES": 0,
        # the timed caches (quiz.caches): seconds each value is kept; 0 turns one off
        "BOARD_COUNT_TTL_S": 10,
        "PLAYER_RANK_TTL_S": 10,
        "ANONYMOUS_BOARD_TTL_S": 2,
        "BOARD_INDEX_TTL_S": 2,
        "CACHE_KEY_PREFIX": "quiz:",
        "CACHE_THRESHOLD": 20_000,  # values one process keeps (SimpleCache); then it drops some
        # /metrics: on, read with METRICS_TOKEN as a bearer token, or from loopback without one
        "METRICS": "on",
        "METRICS_TOKEN": None,
        "ACCESS_LOG": "off",  # `quiz run` turns it on; gunicorn keeps its own (--access-logfile)
        "ROOMS_CHANNEL": "quiz-rooms",  # one per site when several sites share one Redis
    }


def questions_dir(environ: os._Environ | dict = os.environ) -> Path:
    """The bank the commands work on: QUIZ_QUESTIONS_DIR, else the bundled one."""
    return Path(environ.get("QUIZ_QUESTIONS_DIR") or DATA_ROOT / "questions")


def from_environment(environ: os._Environ | dict = os.environ) -> dict:
    return {key: environ[name] for name, key in ENVIRONMENT.items() if environ.get(name)}
