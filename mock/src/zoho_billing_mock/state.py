"""Records of each organization (customers, items, transactions), in memory or in a SQLite file.

One re-entrant lock guards everything: callers hold `store.lock` around a read-check-write
sequence so that concurrent requests see a consistent state. With a database path every change
is written through, and the state (including the next ID) is loaded again at start.
"""

from __future__ import annotations

import copy
import sqlite3
import threading
from pathlib import Path
from typing import Any

from . import jsonio

__all__ = ["FIRST_ID", "KINDS", "Store"]

KINDS = ("customer", "item", "transaction")
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


class Store:
    """Thread-safe store of records by organization, kind and ID, in insertion order."""

    def __init__(self, db_path: Path | str | None = None) -> None:
        self.lock = threading.RLock()
        self.db_path = Path(db_path) if db_path is not None else None
        self._data: dict[str, dict[str, dict[str, Record]]] = {}
        self._next_id = FIRST_ID
        self._db: sqlite3.Connection | None = None
        if self.db_path is not None:
            self._open()

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
            if self._db is not None:
                self._db.close()
                self._db = None

    # --- internals -------------------------------------------------------------------------
    def _table(self, org: str, kind: str) -> dict[str, Record]:
        if kind not in KINDS:
            raise ValueError(f"unknown record kind {kind!r}")
        return self._data.setdefault(org, {}).setdefault(kind, {})

    def _execute(self, sql: str, parameters: tuple[str, ...]) -> None:
        if self._db is not None:
            self._db.execute(sql, parameters)

    def _open(self) -> None:
        assert self.db_path is not None
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.db_path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        for org, kind, record_id, data in self._db.execute("SELECT org, kind, id, data FROM records ORDER BY rowid"):
            self._table(org, kind)[record_id] = jsonio.loads(data)
        row = self._db.execute("SELECT value FROM meta WHERE key = 'next_id'").fetchone()
        if row is not None:
            self._next_id = max(self._next_id, int(row[0]))
