"""Create a benchmark database with the app's migrations and fill it with synthetic history.

SQLite gets executemany in one transaction; PostgreSQL gets COPY with foreign-key triggers
off for the connection (the rows are consistent by construction). Rows go in chunks of rounds
so that 10,000,000 answers never sit in memory at once.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.history import (
    ANSWER_COLUMNS,
    BEST_COLUMNS,
    PLAYER_COLUMNS,
    ROUND_COLUMNS,
    Catalogue,
    History,
    Sizes,
)

PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
CHUNK_ROUNDS = 20_000
TABLES = {
    "player": PLAYER_COLUMNS,
    "round": ROUND_COLUMNS,
    "answer": ANSWER_COLUMNS,
    "best_score": BEST_COLUMNS,
}


class SqliteTarget:
    kind = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.url = f"sqlite:///{path}"
        self.conn: sqlite3.Connection | None = None

    def create(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def open(self) -> None:
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        # a throw-away database: no journal and no fsync while filling (WAL would write every
        # page twice); close() puts it back in WAL mode, as the app runs it
        self.conn.execute("PRAGMA journal_mode=OFF")
        self.conn.execute("PRAGMA synchronous=OFF")
        self.conn.execute("PRAGMA cache_size=-262144")  # 256 MiB
        self.conn.execute("BEGIN")

    def write(self, table: str, columns: list[str], rows: Iterable[tuple]) -> None:
        marks = ", ".join("?" * len(columns))
        self.conn.executemany(f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})', rows)

    def close(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.close()

    def count(self, table: str) -> int:
        with sqlite3.connect(self.path) as conn:
            return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]

    def drop(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


class PostgresTarget:
    kind = "postgres"

    def __init__(self, name: str) -> None:
        self.name = name
        self.url = PG_URL.format(name=name)
        self.conn = None

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(sql)

    def create(self) -> None:
        self.drop()
        self._admin(f'CREATE DATABASE "{self.name}"')

    def open(self) -> None:
        import psycopg

        self.conn = psycopg.connect(PG_ADMIN.replace("dbname=postgres", f"dbname={self.name}"))
        # skip the per-row foreign-key triggers: the generator only references rows it made
        self.conn.execute("SET session_replication_role = replica")

    def write(self, table: str, columns: list[str], rows: Iterable[tuple]) -> None:
        with self.conn.cursor() as cur, cur.copy(f'COPY "{table}" ({", ".join(columns)}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)

    def close(self) -> None:
        for table in TABLES:  # explicit ids were written: move each sequence past them
            self.conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f'coalesce((SELECT max(id) FROM "{table}"), 0) + 1, false)'
            )
        self.conn.commit()
        self.conn.autocommit = True
        # what autovacuum does soon after a bulk load: statistics for the planner, and the
        # visibility map that lets a count be answered from the index alone
        self.conn.execute("VACUUM (ANALYZE)")
        self.conn.close()

    def count(self, table: str) -> int:
        import psycopg

        with psycopg.connect(PG_ADMIN.replace("dbname=postgres", f"dbname={self.name}")) as conn:
            return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]

    def drop(self) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def migrate(url: str, bank) -> dict[str, list[str]]:
    """The schema exactly as operators get it: the app's Alembic migrations, run to head."""
    from flask_migrate import upgrade

    from quiz import create_app

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "BANK": bank, "SECRET_KEY": "bench"})
    # Alembic logs each step to stderr (its env.py sets that up): not the benchmark's output
    with app.app_context(), contextlib.redirect_stderr(io.StringIO()):
        upgrade()
        from quiz.database import db

        db.engine.dispose()
    return check_columns(url)


def check_columns(url: str) -> dict[str, list[str]]:
    """The generated columns each table has. Fails early, naming the column, if the schema
    gained a required column the filler lacks; columns the schema lacks are left out."""
    from sqlalchemy import create_engine, inspect

    engine = create_engine(url)
    present: dict[str, list[str]] = {}
    try:
        inspector = inspect(engine)
        for table, known in TABLES.items():
            columns = inspector.get_columns(table)
            for column in columns:
                required = not column["nullable"] and column.get("default") is None
                if required and column["name"] not in known:
                    name = f"{table}.{column['name']}"
                    raise RuntimeError(f"bench/history.py does not fill the required column {name}")
            names = {column["name"] for column in columns}
            present[table] = [name for name in known if name in names]
    finally:
        engine.dispose()
    return present


def project(rows: Iterable[tuple], known: list[str], present: list[str]) -> Iterable[tuple]:
    """Rows cut down to the columns the table has (an older schema)."""
    if present == known:
        return rows
    keep = [known.index(name) for name in present]
    return (tuple(row[i] for i in keep) for row in rows)


@dataclass
class FillReport:
    players: int
    rounds: int
    answers: int
    best_scores: int
    seconds: float


def fill(target, bank, sizes: Sizes, progress: Callable[[str], None] = print) -> FillReport:
    """Create, migrate and fill `target`; returns the row counts read back from it."""
    started = time.monotonic()
    target.create()
    present = migrate(target.url, bank)

    def write(table: str, rows: Iterable[tuple]) -> None:
        target.write(table, present[table], project(rows, TABLES[table], present[table]))

    history = History(Catalogue.of(bank), sizes)
    target.open()
    write("player", history.players())
    rounds, answers = [], []
    done = 0
    for round_row, answer_rows in history.rounds_and_answers():
        rounds.append(round_row)
        answers.extend(answer_rows)
        if len(rounds) == CHUNK_ROUNDS:
            done += _flush(write, rounds, answers)
            if sizes.rounds >= 500_000 and done % (10 * CHUNK_ROUNDS) == 0:
                elapsed = time.monotonic() - started
                progress(f"  {target.kind}: {done:,}/{sizes.rounds:,} rounds written ({elapsed:.0f} s)")
    done += _flush(write, rounds, answers)
    write("best_score", history.best_scores())
    target.close()
    counts = {table: target.count(table) for table in TABLES}
    return FillReport(
        counts["player"], counts["round"], counts["answer"], counts["best_score"], time.monotonic() - started
    )


def _flush(write, rounds: list[tuple], answers: list[tuple]) -> int:
    n = len(rounds)
    write("round", rounds)
    write("answer", answers)
    rounds.clear()
    answers.clear()
    return n
