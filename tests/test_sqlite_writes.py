"""SQLite writers queue on a lock file: a second writer waits its turn, readers never wait."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

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
    from quiz.db import db

    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "BANK": bank,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'app.sqlite'}"})
    with app.app_context():
        dbapi = db.session.connection().connection.dbapi_connection
        assert isinstance(dbapi, QueuedWritesConnection)
        assert (tmp_path / "app.sqlite-writelock").exists()
        db.session.remove()
        db.engine.dispose()
