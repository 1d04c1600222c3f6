"""Records of each organization by kind (the spec's `x-zoho-record` names), in memory or in a SQLite file.

One re-entrant lock guards everything: callers hold `store.lock` around a read-check-write
sequence so that concurrent requests see a consistent state. With a database path every change
is written through, and the state (including the next ID) is loaded again at start.

A database file belongs to one store at a time: the store holds an exclusive lock on a sidecar
file `<database>.lock` (flock) from opening to closing, and a second store on the same file
(in this process or another) refuses to open with `DatabaseInUseError`. Two servers on one file
would otherwise issue the same IDs from their own counters and overwrite each other's writes.
The lock goes with the process, also when it is killed; the lock file itself stays (empty of
meaning once unlocked; it holds the last owner's process ID).
"""

from __future__ import annotations

import copy
import os
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any

from . import jsonio

__all__ = ["FIRST_ID", "DatabaseInUseError", "Store"]

# IDs are numeric strings of Zoho's length; one counter serves every kind and organization.
FIRST_ID = 903_000_000_000_001

Record = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    org TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (org, kind, id)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class DatabaseInUseError(RuntimeError):
    """The database file is already used by another store (another server)."""


def _try_lock(fd: int) -> bool:
    """Take an exclusive, non-blocking lock on the open file; False when another holder has it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class _FileLock:
    """An exclusive lock on `<database>.lock`, held from `acquire()` to `release()`."""

    def __init__(self, database: Path) -> None:
        self.database = database
        # Resolved, so that the same file under another name (a symbolic link) is the same lock.
        resolved = database.resolve()
        self.path = resolved.with_name(resolved.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            holder = ""
            try:
                owner = os.read(fd, 32).decode("ascii", errors="replace").strip()
                holder = f" (process {owner})" if owner.isdigit() else ""
            except OSError:
                pass
            os.close(fd)
            raise DatabaseInUseError(
                f"the database {self.database} is in use by another zoho-billing-mock{holder}: two servers on one "
                f"file would issue the same IDs and lose writes; stop the other one or choose another --db file "
                f"(lock file: {self.path})"
            )
        if sys.platform != "win32":  # on Windows the locked byte cannot be written through another handle
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the lock


class Store:
    """Thread-safe store of records by organization, kind and ID, in insertion order."""

    def __init__(self, db_path: Path | str | None = None, *, kinds: tuple[str, ...] | None = None) -> None:
        self.kinds = kinds  # None: any kind
        self.lock = threading.RLock()
        self.db_path = Path(db_path) if db_path is not None else None
        self._data: dict[str, dict[str, dict[str, Record]]] = {}
        self._next_id = FIRST_ID
        self._db: sqlite3.Connection | None = None
        self._file_lock: _FileLock | None = None
        if self.db_path is not None:
            self._file_lock = _FileLock(self.db_path)
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            self._file_lock.acquire()
            try:
                self._open()
            except BaseException:
                self._close_database()
                raise

    # --- reading ---------------------------------------------------------------------------
    def get(self, org: str, kind: str, record_id: str) -> Record | None:
        with self.lock:
            record = self._table(org, kind).get(record_id)
            return copy.deepcopy(record) if record is not None else None

    def records(self, org: str, kind: str) -> list[Record]:
        with self.lock:
            return copy.deepcopy(list(self._table(org, kind).values()))

    def snapshot(self) -> dict[str, dict[str, list[Record]]]:
        """Every record of every organization, as stored (request-only fields included)."""
        with self.lock:
            return {
                org: {kind: copy.deepcopy(list(records.values())) for kind, records in kinds.items()}
                for org, kinds in self._data.items()
            }

    # --- writing ---------------------------------------------------------------------------
    def new_id(self) -> str:
        with self.lock:
            value = self._next_id
            self._next_id += 1
            self._execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('next_id', ?)", (str(self._next_id),))
            return str(value)

    def put(self, org: str, kind: str, record_id: str, record: Record) -> None:
        with self.lock:
            self._table(org, kind)[record_id] = copy.deepcopy(record)
            self._execute(
                "INSERT INTO records (org, kind, id, data) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (org, kind, id) DO UPDATE SET data = excluded.data",
                (org, kind, record_id, jsonio.dumps(record)),
            )

    def delete(self, org: str, kind: str, record_id: str) -> bool:
        with self.lock:
            found = self._table(org, kind).pop(record_id, None) is not None
            self._execute("DELETE FROM records WHERE org = ? AND kind = ? AND id = ?", (org, kind, record_id))
            return found

    def clear(self) -> None:
        """Forget every record (also in the database); IDs keep counting up."""
        with self.lock:
            self._data.clear()
            self._execute("DELETE FROM records", ())

    def close(self) -> None:
        with self.lock:
            self._close_database()

    def _close_database(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None

    # --- internals -------------------------------------------------------------------------
    def _table(self, org: str, kind: str) -> dict[str, Record]:
        if self.kinds is not None and kind not in self.kinds:
            raise ValueError(f"unknown record kind {kind!r}")
        return self._data.setdefault(org, {}).setdefault(kind, {})

    def _execute(self, sql: str, parameters: tuple[str, ...]) -> None:
        if self._db is not None:
            self._db.execute(sql, parameters)

    def _open(self) -> None:
        assert self.db_path is not None
        self._db = sqlite3.connect(self.db_path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        for org, kind, record_id, data in self._db.execute("SELECT org, kind, id, data FROM records ORDER BY rowid"):
            self._table(org, kind)[record_id] = jsonio.loads(data)
        row = self._db.execute("SELECT value FROM meta WHERE key = 'next_id'").fetchone()
        if row is not None:
            self._next_id = max(self._next_id, int(row[0]))
