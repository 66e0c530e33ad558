"""Statements compiled once and run straight on the pooled driver connection.

The question page and the answer POST are most of a game's requests, and each runs one to
three small statements. Through SQLAlchemy's Connection every statement costs about three
times what the database spends on it (execution context, events, result objects): measured
on the question page, 210 against 85 microseconds for its one UPDATE. So those few
statements are compiled by SQLAlchemy once per dialect, their bind and result conversions
taken from SQLAlchemy's own column types, and run on the DBAPI connection of SQLAlchemy's
pool. Everything else keeps the ORM and `select()`.

What the Connection did that matters here is done here too: the SQLite write queue
(quiz.sqlite_writes) is joined before a write, a driver's IntegrityError is raised as
SQLAlchemy's, and the connection goes back to the pool rolled back if anything failed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy import exc
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.sql import ClauseElement, Insert

from quiz.sqlite_writes import QueuedWritesConnection


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # the parameters, in the order a positional driver takes them
    fixed: dict  # the values of the parameters the statement itself holds (literals)
    positional: bool
    binds: tuple  # per parameter: its type's bind processor, or None
    columns: tuple[str, ...]  # the names of the result's columns
    results: tuple  # per column: its type's result processor, or None


class Prebuilt:
    """One statement (a Core select, insert or update, with bindparams), ready to run.

    An INSERT or UPDATE names every column it sets: column defaults computed in Python are
    not applied (such a statement is refused when first run), and an INSERT does not fetch
    the new row's key. A bindparam whose type SQLAlchemy cannot infer (inside a function,
    say) needs its `type_`, or its value goes to the driver unconverted.
    """

    def __init__(self, statement: ClauseElement) -> None:
        if isinstance(statement, Insert):
            statement = statement.inline()  # no RETURNING of the new key: nobody reads it
        self.statement = statement
        self._by_dialect: dict[str, _Compiled] = {}

    def _compiled(self, dialect: Dialect) -> _Compiled:
        held = self._by_dialect.get(dialect.name)
        if held is None:
            compiled = self.statement.compile(dialect=dialect)
            defaulted = [*getattr(compiled, "insert_prefetch", ()), *getattr(compiled, "update_prefetch", ())]
            if defaulted:  # SQLAlchemy computes those per execution; here they would be NULL
                names = ", ".join(column.name for column in defaulted)
                raise ValueError(f"a prebuilt statement gives every value itself; this one lacks {names}")
            # the parameters the SQL names, in order (a positional driver's order)
            names = tuple(compiled.positiontup or dict.fromkeys(compiled.bind_names.values()))
            returned = list(self.statement.exported_columns)  # selected or RETURNING columns
            held = self._by_dialect[dialect.name] = _Compiled(
                sql=compiled.string,
                names=names,
                fixed={n: compiled.binds[n].value for n in names if not compiled.binds[n].required},
                positional=bool(dialect.positional),
                binds=tuple(
                    compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
                    for name in names
                ),
                columns=tuple(column.key for column in returned),
                results=tuple(
                    column.type.dialect_impl(dialect).result_processor(dialect, None) for column in returned
                ),
            )
        return held

    def run(self, transaction: DriverTransaction, values: Mapping) -> list[dict]:
        """Run with `values` (one per bindparam); the rows it returns, as dicts."""
        compiled = self._compiled(transaction.dialect)
        rows = transaction.execute(compiled.sql, self._params(compiled, values), bool(compiled.columns))
        return [
            {
                name: value if convert is None else convert(value)
                for name, convert, value in zip(compiled.columns, compiled.results, row, strict=True)
            }
            for row in rows
        ]

    def run_many(self, transaction: DriverTransaction, rows: list[Mapping]) -> None:
        """Run once per row of values, in one call to the driver (no rows returned)."""
        compiled = self._compiled(transaction.dialect)
        transaction.execute_many(compiled.sql, [self._params(compiled, values) for values in rows])

    @staticmethod
    def _params(compiled: _Compiled, values: Mapping):
        if compiled.fixed:
            values = {**compiled.fixed, **values}
        converted = [
            value if convert is None else convert(value)  # as SQLAlchemy would, None too
            for value, convert in zip((values[name] for name in compiled.names), compiled.binds, strict=True)
        ]
        return tuple(converted) if compiled.positional else dict(zip(compiled.names, converted, strict=True))


# (engine, pooled connection) that driver transactions in this context share (one_connection)
_shared: ContextVar[tuple | None] = ContextVar("quiz_shared_driver_connection", default=None)


class DriverTransaction:
    """The pooled DBAPI connection of one short transaction (see `driver_transaction`)."""

    def __init__(self, engine: Engine) -> None:
        self.dialect = engine.dialect
        shared = _shared.get()
        # (a shared connection that a lost database invalidated is not reused)
        self.shared = shared is not None and shared[0] is engine and shared[1].is_valid
        if self.shared:
            self.connection = shared[1]
        else:
            try:
                self.connection = engine.raw_connection()
            except self.dialect.loaded_dbapi.Error as error:  # the database is down: as SQLAlchemy says it
                raise self.translated(error) from error
        self._queued = isinstance(self.connection.dbapi_connection, QueuedWritesConnection)

    @contextmanager
    def _cursor(self, sql: str, params) -> Iterator:
        """A cursor for `sql`, in the SQLite write queue first, the driver's errors as
        SQLAlchemy's."""
        if self._queued:
            self.connection.dbapi_connection.before_statement(sql)
        try:
            cursor = self.connection.cursor()
            try:
                yield cursor
            finally:
                cursor.close()
        except self.dialect.loaded_dbapi.Error as error:
            raise self.translated(error, sql, params) from error

    def execute(self, sql: str, params, returns_rows: bool) -> list:
        with self._cursor(sql, params) as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if returns_rows else []

    def execute_many(self, sql: str, rows: list) -> None:
        with self._cursor(sql, rows) as cursor:
            cursor.executemany(sql, rows)

    def commit(self) -> None:
        try:
            self.connection.commit()
        except self.dialect.loaded_dbapi.Error as error:
            raise self.translated(error) from error

    def rollback(self) -> None:
        if not self.connection.is_valid:  # invalidated by the error being raised: nothing to undo
            return
        try:
            self.connection.rollback()
        except self.dialect.loaded_dbapi.Error as error:  # the connection is gone: drop it
            self.connection.invalidate(error)

    def translated(self, error: Exception, sql: str | None = None, params=None) -> exc.DBAPIError:
        """The driver's error as SQLAlchemy's class for it (what the error pages catch); a lost
        connection is invalidated, so the pool hands out a fresh one next time."""
        lost = self.dialect.is_disconnect(error, getattr(self, "connection", None), None)
        if lost and getattr(self, "connection", None) is not None:
            self.connection.invalidate(error)
        return exc.DBAPIError.instance(
            sql, params, error, self.dialect.loaded_dbapi.Error, connection_invalidated=lost,
            dialect=self.dialect,
        )


@contextmanager
def driver_transaction(engine: Engine) -> Iterator[DriverTransaction]:
    """A transaction on a pooled driver connection: committed when the block ends, rolled
    back if it raises; the connection goes back to the pool either way (inside
    `one_connection`, when that block ends)."""
    transaction = DriverTransaction(engine)
    try:
        yield transaction
        transaction.commit()
    except BaseException:
        transaction.rollback()
        raise
    finally:
        if not transaction.shared:
            transaction.connection.close()


@contextmanager
def one_connection(engine: Engine) -> Iterator[None]:
    """Driver transactions in this block, one after the other, on one pooled connection.

    The answer POST reads its round in one transaction and records the answer in another;
    taking the connection from the pool and giving it back was a twentieth of its cost.
    Nothing is held open between the transactions but the connection itself.
    """
    if _shared.get() is not None:  # already inside one
        yield
        return
    connection = DriverTransaction(engine).connection
    token = _shared.set((engine, connection))
    try:
        yield
    finally:
        _shared.reset(token)
        connection.close()
