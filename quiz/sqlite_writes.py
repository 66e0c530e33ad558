"""SQLite writers wait in line on a file lock instead of sleeping and retrying.

SQLite lets one writer at a time hold a database. A second writer that finds it taken goes
to sleep in the busy handler (1, 2, 5 ... up to 100 ms) and tries again, so under a burst
of answers a write often sleeps long after the lock was freed: most of the slowest answers
were this. Here each connection takes an exclusive `flock` on `<database>-writelock` before
its first write statement and lets go when the transaction ends; a waiting writer wakes the
moment the lock frees, in every worker process and thread alike (each connection has its own
open file, and flock locks belong to open files). Readers never take it: WAL lets them read
beside the writer.

Only where `fcntl` exists (not on Windows) and only for a database in a file; elsewhere
SQLite's busy timeout alone decides, as before. A thread that already holds the lock through
one connection and writes through a second one does not queue behind itself: that second
write meets SQLite's own busy timeout, as it would without the queue, instead of waiting
forever.

Checkpoints (copying the WAL back into the database) move out of the queue too: SQLite runs
its automatic one inside the commit that fills the WAL, so the writer would hold the lock
through the page copies and an fsync while every other writer waited (a few milliseconds,
a few times a second under load). A queued connection turns that off and, after a commit
that wrote, lets go of the lock first and then runs a PASSIVE checkpoint, at most once a
second per process; other writers append to the WAL meanwhile.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

READ_ONLY = ("SELECT", "PRAGMA", "EXPLAIN", "WITH")
CHECKPOINT_EVERY_S = 1.0  # at most this often per process, after a write
# The WAL's size bound. Readers that never pause can keep a PASSIVE checkpoint from ever
# restarting the WAL, which then grows until the disk is full; past this size the checkpoint
# is a TRUNCATE one (it waits, up to the busy timeout, for those readers) and empties the file.
# quiz.database also sets it as PRAGMA journal_size_limit: a restarted WAL is cut back to it.
WAL_LIMIT_BYTES = 64 * 1024 * 1024
TRUNCATE_WAIT_MS = 500  # a later commit tries again if readers are still there
_holder = threading.local()  # .connection: the one this thread holds the lock through
_last_checkpoint = {"at": 0.0}  # per process (time.monotonic)


class QueuedWritesConnection(sqlite3.Connection):
    """A sqlite3 connection whose write transactions queue on the database's lock file."""

    def __init__(self, database, *args, **kwargs) -> None:
        super().__init__(database, *args, **kwargs)
        self._lock_fd: int | None = None
        self._holding = False
        path = self._path = os.fspath(database)
        if fcntl is not None and path not in ("", ":memory:") and not path.startswith("file:"):
            self._lock_fd = os.open(path + "-writelock", os.O_RDWR | os.O_CREAT, 0o600)
            # SQLite's own checkpoint runs inside the commit that fills the WAL, before the
            # lock could be let go: every writer would wait out its page copies and fsync.
            # Here it runs after the lock is released (see commit).
            self.execute("PRAGMA wal_autocheckpoint=0")

    def before_statement(self, statement: str) -> None:
        """Called before every statement: a write waits here for its turn."""
        if self._lock_fd is None or self._holding:
            return
        if statement.lstrip()[:7].upper().startswith(READ_ONLY):
            return
        if getattr(_holder, "connection", None) is not None:
            return  # this thread's other connection holds it: waiting would wait on itself
        fcntl.flock(self._lock_fd, fcntl.LOCK_EX)  # releases the GIL while it waits
        self._holding = True
        _holder.connection = self

    def _release(self) -> None:
        if self._holding:
            self._holding = False
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            if getattr(_holder, "connection", None) is self:
                _holder.connection = None

    def commit(self) -> None:
        wrote = self._holding
        try:
            super().commit()
        finally:
            self._release()
        if wrote:
            self._checkpoint_when_due()

    def _checkpoint_when_due(self) -> None:
        """Copy the WAL back into the database, at most once a second per process, outside
        the write lock: a PASSIVE checkpoint lets the next writer append meanwhile."""
        now = time.monotonic()
        if now - _last_checkpoint["at"] < CHECKPOINT_EVERY_S:
            return
        _last_checkpoint["at"] = now
        # housekeeping only: if it fails, the commit stands and a later writer tries again
        with contextlib.suppress(sqlite3.Error):
            if self._wal_size() <= WAL_LIMIT_BYTES:
                self.execute("PRAGMA wal_checkpoint(PASSIVE)").close()
                return
            # waits for readers in the busy handler: briefly, since a request is waiting
            busy_ms = self.execute("PRAGMA busy_timeout").fetchone()[0]
            self.execute(f"PRAGMA busy_timeout={TRUNCATE_WAIT_MS}").close()
            try:
                self.execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
            finally:
                self.execute(f"PRAGMA busy_timeout={busy_ms}").close()

    def _wal_size(self) -> int:
        try:
            return os.path.getsize(self._path + "-wal")
        except OSError:
            return 0

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self._release()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._release()
            if self._lock_fd is not None:
                os.close(self._lock_fd)
                self._lock_fd = None
