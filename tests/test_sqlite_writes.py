"""SQLite writers queue on a lock file: a second writer waits its turn, readers never wait."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from quiz import sqlite_writes
from quiz.sqlite_writes import QueuedWritesConnection, fcntl

pytestmark = pytest.mark.skipif(fcntl is None, reason="flock needs fcntl (not on Windows)")


def connect(path) -> QueuedWritesConnection:
    # timeout=0: were the queue not there, the second writer would fail at once, "locked"
    conn = sqlite3.connect(str(path), factory=QueuedWritesConnection, timeout=0, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "queue.sqlite"
    with sqlite3.connect(path) as setup:
        setup.execute("CREATE TABLE tally (n INTEGER)")
        setup.execute("INSERT INTO tally VALUES (0)")
    return path


def test_a_second_writer_waits_for_the_first_to_commit_and_then_writes(database):
    first, second = connect(database), connect(database)
    first.before_statement("UPDATE tally SET n = n + 1")
    first.execute("UPDATE tally SET n = n + 1")
    done = threading.Event()

    def write_too():
        second.before_statement("UPDATE tally SET n = n + 10")  # waits here, not in SQLite
        second.execute("UPDATE tally SET n = n + 10")
        second.commit()
        done.set()

    writer = threading.Thread(target=write_too)
    writer.start()
    time.sleep(0.3)
    assert not done.is_set(), "the second writer did not wait for the first"
    first.commit()
    writer.join(timeout=10)
    assert done.is_set()
    assert connect(database).execute("SELECT n FROM tally").fetchone() == (11,)


def test_a_rollback_or_close_lets_the_next_writer_in(database):
    first, second = connect(database), connect(database)
    first.before_statement("UPDATE tally SET n = 5")
    first.execute("UPDATE tally SET n = 5")
    first.rollback()
    second.before_statement("UPDATE tally SET n = n + 1")  # would block forever if still held
    second.execute("UPDATE tally SET n = n + 1")
    second.commit()
    third = connect(database)
    second.before_statement("UPDATE tally SET n = n + 1")
    second.close()  # mid-transaction: closing lets go too
    third.before_statement("UPDATE tally SET n = n + 1")
    third.execute("UPDATE tally SET n = n + 1")
    third.commit()
    assert connect(database).execute("SELECT n FROM tally").fetchone() == (2,)


def test_readers_never_queue_behind_a_writer(database):
    writer, reader = connect(database), connect(database)
    writer.before_statement("UPDATE tally SET n = 7")
    writer.execute("UPDATE tally SET n = 7")
    reader.before_statement("SELECT n FROM tally")  # returns at once: reads take no lock
    assert reader.execute("SELECT n FROM tally").fetchone() == (0,)  # WAL: the last commit
    writer.commit()


def test_a_thread_writing_through_two_connections_does_not_wait_on_itself(database):
    first, second = connect(database), connect(database)
    first.before_statement("UPDATE tally SET n = 1")
    first.execute("UPDATE tally SET n = 1")
    outcome = []

    def write_again():  # same thread as its own first write, in a thread of its own here
        first_again = connect(database)
        first_again.before_statement("UPDATE tally SET n = 1")
        first_again.execute("UPDATE tally SET n = 1")
        other = connect(database)
        other.before_statement("UPDATE tally SET n = 2")  # must not block on its own thread
        try:
            other.execute("UPDATE tally SET n = 2")
        except sqlite3.OperationalError as exc:  # SQLite's own answer, as without the queue
            outcome.append(str(exc))
        first_again.rollback()

    first.commit()
    writer = threading.Thread(target=write_again, daemon=True)
    writer.start()
    writer.join(timeout=10)
    assert not writer.is_alive(), "a thread waited for a lock it holds itself"
    assert outcome == ["database is locked"]
    second.before_statement("UPDATE tally SET n = 3")  # and the lock was let go
    second.execute("UPDATE tally SET n = 3")
    second.commit()


def test_the_app_queues_its_writes_on_a_file_database(tmp_path, bank):
    from quiz import create_app
    from quiz.database import db

    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "BANK": bank,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'app.sqlite'}"})
    with app.app_context():
        dbapi = db.session.connection().connection.dbapi_connection
        assert isinstance(dbapi, QueuedWritesConnection)
        assert (tmp_path / "app.sqlite-writelock").exists()
        db.session.remove()
        db.engine.dispose()


class WatchedCheckpoints(QueuedWritesConnection):
    """Notes, for each checkpoint it runs, whether another writer could take the lock then."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.checkpoints: list[dict] = []

    def execute(self, sql, *args):
        if sql.startswith("PRAGMA wal_checkpoint"):
            probe = open(self.lock_path, "rb")  # noqa: SIM115 - closed below
            try:
                fcntl.flock(probe.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                free = True
            except BlockingIOError:
                free = False
            finally:
                probe.close()
            cursor = super().execute(sql, *args)
            busy, log, done = cursor.fetchone()
            self.checkpoints.append({"lock_free": free, "frames": log, "copied": done})
            return cursor
        return super().execute(sql, *args)


def watched(path) -> WatchedCheckpoints:
    conn = sqlite3.connect(str(path), factory=WatchedCheckpoints, timeout=0, check_same_thread=False)
    conn.lock_path = str(path) + "-writelock"
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


def write(conn, n: int) -> None:
    conn.before_statement("UPDATE tally SET n = ?")
    conn.execute("UPDATE tally SET n = ?", (n,))
    conn.commit()


def test_sqlite_does_not_checkpoint_inside_a_queued_commit(database):
    # its automatic checkpoint would run before the commit returns, with the lock still held
    assert connect(database).execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)


def test_the_wal_is_copied_back_after_the_write_lock_is_let_go(database, monkeypatch):
    monkeypatch.setitem(sqlite_writes._last_checkpoint, "at", 0.0)  # due now
    conn = watched(database)
    write(conn, 1)
    assert len(conn.checkpoints) == 1
    checkpoint = conn.checkpoints[0]
    assert checkpoint["lock_free"], "the checkpoint ran while this writer held the lock"
    assert checkpoint["frames"] > 0 and checkpoint["copied"] == checkpoint["frames"]
    assert connect(database).execute("SELECT n FROM tally").fetchone() == (1,)


def test_checkpoints_come_at_most_once_a_second_per_process_and_only_after_writes(database, monkeypatch):
    monkeypatch.setitem(sqlite_writes._last_checkpoint, "at", 0.0)
    conn = watched(database)
    write(conn, 1)
    write(conn, 2)  # within the second: no second checkpoint
    conn.execute("SELECT n FROM tally").fetchall()
    conn.commit()  # nothing written: nothing to copy
    assert len(conn.checkpoints) == 1
    monkeypatch.setitem(sqlite_writes._last_checkpoint, "at",
                        time.monotonic() - sqlite_writes.CHECKPOINT_EVERY_S)
    conn.commit()  # due, but this commit wrote nothing
    assert len(conn.checkpoints) == 1
    write(conn, 3)
    assert len(conn.checkpoints) == 2
