"""The database handle and SQLite tuning."""

from __future__ import annotations

import sqlite3

from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase

from quiz import timeouts
from quiz.config import MIGRATIONS_DIR
from quiz.sqlite_writes import WAL_LIMIT_BYTES, QueuedWritesConnection


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
migrate = Migrate(directory=str(MIGRATIONS_DIR))


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record) -> None:
    # WAL lets readers run beside the one writer; busy_timeout makes a second writer wait
    # instead of failing with "database is locked"; SQLite leaves foreign keys off by default.
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # a WAL that grew in a burst is cut back to this size when it restarts
        cursor.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")
        cursor.close()


@event.listens_for(Engine, "before_cursor_execute")
def _queue_sqlite_writes(conn, cursor, statement, parameters, context, executemany) -> None:
    dbapi_connection = conn.connection.dbapi_connection
    if isinstance(dbapi_connection, QueuedWritesConnection):
        dbapi_connection.before_statement(statement)


def init_app(app) -> None:
    uri = str(app.config["SQLALCHEMY_DATABASE_URI"])
    # connect, statement and pool time limits: a hung database is a 503, not a stalled worker
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = timeouts.engine_options(
        uri, app.config, app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    if uri.startswith("sqlite"):
        options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
        # pre-ping costs a SELECT 1 before every request's first query, for nothing on a file
        options.pop("pool_pre_ping", None)
        # writers queue on a lock file rather than sleep in SQLite's busy handler
        options["connect_args"] = {"factory": QueuedWritesConnection, **options.get("connect_args", {})}
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options
    db.init_app(app)
    migrate.init_app(app, db)
