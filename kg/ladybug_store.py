"""The embedded store: LadybugDB (a Kùzu fork) in a data directory.

LadybugDB allows one read-write process per database. A store opened for writing holds an
inter-process file lock (``filelock``) for its lifetime, so a second writer waits (up to
``HKG_LOCK_TIMEOUT`` seconds, default 10) and then gets a clear error naming the holder, instead of
racing for the database. Each thread gets its own connection to the shared database; writes are
serialised in-process and run in one explicit transaction (``BEGIN TRANSACTION`` … ``COMMIT``).
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from filelock import FileLock, Timeout

from .dialect import LADYBUG
from .store import GraphStore, StoreError

DB_NAME = "graph.lbdb"
LOCK_NAME = ".write.lock"
HOLDER_NAME = ".write.holder"


class LadybugStore(GraphStore):
    backend = LADYBUG
    dialect = LADYBUG

    def __init__(self, data_dir: Path, *, read_only: bool = False):
        import ladybug

        self.data_dir = Path(data_dir)
        self.read_only = read_only
        self.path = self.data_dir / DB_NAME
        self._lock: FileLock | None = None
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self._closed = False
        if read_only and not self.path.exists():
            raise StoreError(f"no graph in '{self.data_dir}' yet; build it first with 'hkg build' "
                             "(or pass --data-dir / HKG_DATA_DIR pointing at an existing store)")
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data directory '{self.data_dir}': {exc}") from None
        if not read_only:
            self._acquire_write_lock()
        try:
            self._db = ladybug.Database(str(self.path), read_only=read_only)
        except RuntimeError as exc:
            self._release_write_lock()
            if "lock" in str(exc).lower():
                raise StoreError(f"the embedded store in '{self.data_dir}' is open for writing by another "
                                 "process; close it (or stop the app) and retry") from None
            raise StoreError(f"cannot open the embedded store in '{self.data_dir}': {exc}") from None
        if read_only:
            self._schema_ok = True  # nothing to create, and no right to

    # -- locking ----------------------------------------------------------------------------------
    def _acquire_write_lock(self) -> None:
        timeout = float(os.environ.get("HKG_LOCK_TIMEOUT", "10"))
        lock = FileLock(str(self.data_dir / LOCK_NAME))
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            holder = (self.data_dir / HOLDER_NAME)
            who = holder.read_text().strip() if holder.exists() else "another process"
            raise StoreError(f"the embedded store in '{self.data_dir}' is being written by {who}; waited "
                             f"{timeout:g} s (set HKG_LOCK_TIMEOUT to wait longer, or open it read-only)") from None
        self._lock = lock
        (self.data_dir / HOLDER_NAME).write_text(f"pid {os.getpid()}\n")

    def _release_write_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- execution --------------------------------------------------------------------------------
    def _conn(self):
        if self._closed:
            raise StoreError("the store is closed")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            import ladybug

            conn = self._local.conn = ladybug.Connection(self._db)
        return conn

    @staticmethod
    def _rows(result) -> list[dict]:
        cols = result.get_column_names()
        out = []
        while result.has_next():
            out.append(dict(zip(cols, result.get_next())))
        return out

    def _execute(self, conn, cypher: str, params: dict | None):
        return conn.execute(cypher, params or {})

    def _read(self, cypher: str, params: dict | None = None) -> list[dict]:
        try:
            return self._rows(self._execute(self._conn(), cypher, params))
        except RuntimeError as exc:
            raise StoreError(f"query failed: {exc}") from None

    def _write(self, steps, progress=None) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only; open it without read_only to load data")
        with self._write_lock:
            conn = self._conn()
            # DDL cannot run inside a transaction with other statements in LadybugDB: run it alone.
            ddl = [s for s in steps if s[0].lstrip().upper().startswith("CREATE ")]
            if ddl and len(ddl) == len(steps):
                for stmt, params in ddl:
                    self._execute(conn, stmt, params)
                return
            self._execute(conn, "BEGIN TRANSACTION", None)
            try:
                for i, (stmt, params) in enumerate(steps, 1):
                    self._execute(conn, stmt, params)
                    if progress:
                        progress(i, len(steps))
                self._execute(conn, "COMMIT", None)
            except BaseException as exc:
                try:
                    self._execute(conn, "ROLLBACK", None)
                except RuntimeError:
                    pass  # the engine may already have rolled back the failed transaction
                if isinstance(exc, RuntimeError):
                    raise StoreError(f"load failed and was rolled back, the store is unchanged: {exc}") from None
                raise

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
        self._db.close()
        self._release_write_lock()
