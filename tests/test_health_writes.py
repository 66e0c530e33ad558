"""GET /healthz checks that the database takes writes; SQLite's WAL stays within its bound."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import event, text

from quiz import sqlite_writes
from quiz.config import PROJECT_ROOT
from quiz.database import db

# A process whose files cannot grow past 1 KB from some moment on: the database still opens
# and reads, and every write fails as on a full disk.
FULL_DISK_SCRIPT = """
import resource, signal, sys
from flask_migrate import upgrade
from quiz import create_app

app = create_app({"TESTING": True, "SECRET_KEY": "full-disk-secret", "RATE_LIMITS": "off",
                  "SQLALCHEMY_DATABASE_URI": "sqlite:///" + sys.argv[1]})
with app.app_context():
    upgrade()
client = app.test_client()
before = client.get("/healthz")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not the process
resource.setrlimit(resource.RLIMIT_FSIZE, (1024, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
after = client.get("/healthz")
sources = client.get("/sources")
print(before.status_code, after.status_code, after.json["database"], sources.status_code, sep="|")
"""


def test_healthz_says_503_when_the_disk_is_full_though_reads_still_work(tmp_path):
    done = subprocess.run([sys.executable, "-c", FULL_DISK_SCRIPT, str(tmp_path / "quiz.sqlite")],
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    before, after, database, sources = done.stdout.strip().splitlines()[-1].split("|")
    assert before == "200", done.stderr
    assert after == "503" and database in ("disk full", "disk error")
    assert sources == "200"  # pages that write nothing still serve


def test_healthz_says_503_on_a_database_that_refuses_writes(make_app, bank, database_url):
    app = make_app(bank)
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    with app.app_context():
        if database_url.startswith("sqlite"):
            event.listen(db.engine, "connect", lambda conn, _: conn.execute("PRAGMA query_only=ON"))
        else:  # a read-only replica, or a volume remounted read-only
            event.listen(db.engine, "connect", read_only_postgres)
        db.engine.dispose()
    response = client.get("/healthz")
    assert response.status_code == 503, response.json
    assert response.json["database"] in ("read-only", "error: InternalError")


def read_only_postgres(dbapi_connection, _record) -> None:
    dbapi_connection.execute("SET default_transaction_read_only = on")
    dbapi_connection.commit()


def test_healthz_keeps_one_heartbeat_row(app):
    client = app.test_client()
    for _ in range(3):
        assert client.get("/healthz").status_code == 200
    with app.app_context():
        assert db.session.execute(text("SELECT count(*) FROM heartbeat")).scalar_one() == 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_wal_is_cut_back_to_its_limit_after_a_burst(make_app, bank, database_url, monkeypatch):
    """A burst of writes while a reader keeps its snapshot open grows the WAL; once the
    reader is gone, the next commit's checkpoint brings the file back within the limit."""
    monkeypatch.setattr(sqlite_writes, "WAL_LIMIT_BYTES", 256 * 1024)
    monkeypatch.setattr("quiz.database.WAL_LIMIT_BYTES", 256 * 1024)
    monkeypatch.setattr(sqlite_writes, "CHECKPOINT_EVERY_S", 0)
    app = make_app(bank)
    path = database_url.removeprefix("sqlite:///")
    with app.app_context():
        db.engine.dispose()  # connections made afresh, with the limits above
        db.session.execute(text("CREATE TABLE filler (body BLOB)"))
        db.session.commit()
        reader = sqlite3.connect(path)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM filler").fetchone()  # holds its snapshot
        for _ in range(40):
            db.session.execute(text("INSERT INTO filler VALUES (randomblob(32768))"))
            db.session.commit()
        grown = os.path.getsize(path + "-wal")
        reader.rollback()
        reader.close()
        db.session.execute(text("INSERT INTO filler VALUES (x'00')"))
        db.session.commit()
        assert db.session.execute(text("PRAGMA journal_size_limit")).scalar_one() == 256 * 1024
    assert grown > 1024 * 1024
    assert os.path.getsize(path + "-wal") <= 256 * 1024
