"""The embedded store: LadybugDB (a Kùzu fork) in a data directory.

LadybugDB lets any number of processes open a database read-only but only one open it read-write,
and a read-only handle sees the database as it was when it was opened. So this store:
- reads through a read-only handle, reopened when the database file has changed since (a write by
  this or another process), so every process sees committed data and many can read at once;
- writes by opening the database read-write only for the time of one transaction, inside an
  inter-process file lock (``filelock``): writers from several processes (the app, ``hkg build``,
  lab-entry imports) queue up instead of failing, and a writer that waits longer than
  ``HKG_LOCK_TIMEOUT`` seconds (default 60) gets a clear error naming the holder.
Each thread gets its own connection; a write is ``BEGIN TRANSACTION`` … ``COMMIT`` (or ``ROLLBACK``).
"""
from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, cast

from filelock import FileLock, Timeout

from .dialect import LADYBUG, ladybug_add_column, ladybug_table_columns
from .schema import META_LABEL, META_PROPS, check_label, check_rel, node_tables, rel_tables
from .store import GraphStore, Progress, QueryTimeout, Step, StoreError

if TYPE_CHECKING:
    from ladybug import Connection, Database, QueryResult

DB_NAME = "graph.lbdb"
LOCK_NAME = ".write.lock"
HOLDER_NAME = ".write.holder"
# Address space each open handle reserves; several handles live at once in one process.
MAX_DB_SIZE = 1 << 37
# Replaced read handles kept open for threads still reading through them (bounded: memory).
KEEP_OLD_HANDLES = 4


def damaged_message(data_dir: Path, exc: BaseException) -> str:
    """What to say when the database file cannot be opened: it is damaged (a build interrupted by a
    full disk, a truncated or foreign file), and how to check and rebuild it."""
    return (f"the embedded store in '{data_dir}' cannot be opened ({str(exc).strip()}); it is damaged or "
            f"was left half-written (an interrupted build, a full disk, a truncated file). Fix: "
            f"'hkg doctor --data-dir {data_dir}' checks it; 'hkg doctor --repair --data-dir {data_dir}' "
            "rebuilds it from the lab entries and the literature snapshot")


class LadybugStore(GraphStore):
    backend = LADYBUG
    dialect = LADYBUG

    def __init__(self, data_dir: Path, *, read_only: bool = False):
        self.data_dir = Path(data_dir)
        self.read_only = read_only
        self.path = self.data_dir / DB_NAME
        self._local = threading.local()
        self._state_lock = threading.RLock()     # guards the read handle and in-process writes
        self._ro_db: Database | None = None
        self._ro_sig: tuple[tuple[int, int] | None, ...] | None = None
        self._gen = 0
        self._write_mutex = threading.Lock()     # one write at a time within this process
        self._old_dbs: list[Any] = []                 # replaced read handles a thread may still be using
        self._session: tuple[int, Connection] | None = None   # (thread id, connection) of an open write session
        self._closed = False
        if not self.path.exists():
            if read_only:
                raise StoreError(f"no graph in '{self.data_dir}' yet; build it first with 'hkg build' "
                                 "(or pass --data-dir / HKG_DATA_DIR pointing at an existing store)")
            try:
                self.data_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the data directory '{self.data_dir}': {exc}") from None
            self.ensure_schema()  # creates the database file and its tables under the write lock

    def _create_schema(self) -> None:
        """Create missing tables, then add columns the schema gained since the store was made."""
        super()._create_schema()
        missing = self.missing_columns()
        if missing:
            self._write([(stmt, {}) for stmt in missing])

    def schema_is_current(self) -> bool:
        if not self.path.exists():       # nothing to open (and to retry opening)
            return False
        self._read_conn()   # a store that cannot be opened says so, rather than passing for an older one
        return super().schema_is_current()

    def missing_columns(self) -> list[str]:
        """The statements that add the columns this version's schema has and the store lacks (a store
        made by an older HydrideKG): a read-only open cannot add them, so its queries would fail."""
        missing: list[str] = []
        self._read_conn()   # a store that cannot be opened says so once (not once per table, retrying each)
        tables = [(check_label(t.label), t.props) for t in node_tables().values()]
        tables += [(check_rel(r.type), r.props) for r in rel_tables().values()]
        tables.append((check_label(META_LABEL), META_PROPS))
        for name, props in tables:
            try:
                have = {r["name"] for r in self._read(ladybug_table_columns(name))}
            except StoreError:
                continue                  # a table the store lacks is made by ensure_schema
            missing += [ladybug_add_column(name, col, type_) for col, type_ in props if col not in have]
        return missing

    # -- handles ----------------------------------------------------------------------------------
    def _open(self, read_only: bool) -> Database:
        import ladybug

        try:
            return ladybug.Database(str(self.path), read_only=read_only, max_db_size=MAX_DB_SIZE)
        except RuntimeError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"the embedded store in '{self.data_dir}' is locked by a process that "
                                 f"does not use HydrideKG's write lock: {exc}") from None
            raise StoreError(damaged_message(self.data_dir, exc)) from None

    def _signature(self) -> tuple[tuple[int, int] | None, ...]:
        sig: list[tuple[int, int] | None] = []
        for p in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                st = p.stat()
                sig.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                sig.append(None)
        return tuple(sig)

    def change_token(self) -> object:
        """The database and log files' size and modification time: every committed write changes
        them, and reading them costs no query (counting a million nodes per request did)."""
        return ("files", self._signature())

    def _read_conn(self) -> Connection:
        import ladybug

        if self._closed:
            raise StoreError("the store is closed")
        sig = self._signature()
        with self._state_lock:
            if self._ro_db is None or sig != self._ro_sig:
                db = self._open_read_handle()
                if self._ro_db is not None:
                    self._old_dbs.append(self._ro_db)  # threads may still be reading through it
                while len(self._old_dbs) > KEEP_OLD_HANDLES:
                    self._old_dbs.pop(0).close()
                self._ro_db, self._ro_sig, self._gen = db, sig, self._gen + 1
            gen, db = self._gen, self._ro_db
        local = self._local
        if getattr(local, "gen", None) != gen:
            local.conn, local.gen = ladybug.Connection(db), gen
        conn: Connection = local.conn
        return conn

    def _open_read_handle(self) -> Database:
        for attempt in range(5):  # a writer checkpointing at this instant: try again shortly
            try:
                return self._open(read_only=True)
            except StoreError as exc:
                if attempt == 4:
                    raise
                if "recovery is pending" in str(exc):
                    self._recover()
                else:
                    time.sleep(0.1 * (attempt + 1))
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _recover(self) -> None:
        """Replay the log a killed writer left behind.

        LadybugDB refuses read-only handles until a read-write open has replayed the write-ahead log;
        under the write lock no live writer is mid-checkpoint, so opening and closing completes it."""
        with self._write_mutex, self._write_locked():
            try:
                self._open(read_only=False).close()
            except StoreError:
                pass  # the retry reports what is wrong

    # -- execution --------------------------------------------------------------------------------
    @staticmethod
    def _rows(result: QueryResult, at_most: int | None = None) -> list[dict[str, Any]]:
        cols = result.get_column_names()
        out: list[dict[str, Any]] = []
        while result.has_next() and (at_most is None or len(out) < at_most):
            out.append(dict(zip(cols, result.get_next())))
        return out

    def _execute(self, conn: Connection, cypher: str, params: dict[str, Any] | None) -> QueryResult:
        # one statement: one result (a list comes back only for several ';'-separated statements)
        return cast("QueryResult", conn.execute(cypher, params or {}))

    def _session_conn(self) -> Connection | None:
        """The write session's connection when this thread holds one (reads see its commits)."""
        held = self._session
        return held[1] if held is not None and held[0] == threading.get_ident() else None

    @contextlib.contextmanager
    def session(self) -> Iterator[Self]:
        """Open the database read-write once, under the write lock, for many writes and the reads
        between them: an import of 3,000 entries opened and checkpointed it 3,000 times.
        Other processes' writers wait for the session to end (as for one long write)."""
        if self.read_only:
            raise StoreError("this store was opened read-only; open it without read_only to load data")
        if self._session_conn() is not None:     # already inside one: nothing more to open
            yield self
            return
        with self._writer() as conn:    # (closed at the end: checkpoints once, readers see every write of it)
            self._session = (threading.get_ident(), conn)
            try:
                yield self
            finally:
                self._session = None

    @contextlib.contextmanager
    def _writer(self) -> Iterator[Connection]:
        """A read-write connection under this process's write mutex and the inter-process write lock; closing the
        database after it checkpoints: the file changes, and readers reopen and see the new data."""
        import ladybug

        with self._write_mutex, self._write_locked():
            db = self._open(read_only=False)
            conn = ladybug.Connection(db)
            try:
                yield conn
            finally:
                conn.close()
                db.close()

    def _read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        try:
            conn = self._session_conn() or self._read_conn()
            return self._rows(self._execute(conn, cypher, params))
        except RuntimeError as exc:
            raise self._read_error(exc) from None

    def _read_bounded(self, cypher: str, params: dict[str, Any], max_rows: int,
                      timeout: float) -> list[dict[str, Any]]:
        conn = self._session_conn() or self._read_conn()
        # the thread's connection also serves the store's own reads: the limit is lifted afterwards
        conn.set_query_timeout(max(1, round(timeout * 1000)))
        try:
            return self._rows(self._execute(conn, cypher, params), max_rows + 1)
        except RuntimeError as exc:
            if str(exc).strip() == "Interrupted.":
                raise QueryTimeout(str(exc)) from None
            raise self._read_error(exc) from None
        finally:
            conn.set_query_timeout(0)

    def _read_error(self, exc: RuntimeError) -> StoreError:
        """The StoreError for an engine error during a read."""
        missing = re.search(r"Table (\w+) does not exist", str(exc))
        if missing and missing.group(1) in {*node_tables(), *rel_tables(), META_LABEL}:
            # one of our own tables (the build's meta table too) is absent: the store was created but its
            # build never finished
            return StoreError(damaged_message(self.data_dir, exc))
        return StoreError(f"query failed: {exc}")

    def _write(self, steps: Iterable[Step], progress: Progress | None = None) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only; open it without read_only to load data")
        if self._closed:
            raise StoreError("the store is closed")
        conn = self._session_conn()
        if conn is not None:        # inside a session: its connection, its lock
            self._run_transaction(conn, steps, progress)
            return
        with self._writer() as conn:
            self._run_transaction(conn, steps, progress)

    def _run_transaction(self, conn: Connection, steps: Iterable[Step], progress: Progress | None) -> None:
        """Run ``steps`` in one transaction. ``steps`` may be an iterator (a bulk load streams its
        steps while it builds them); only a list can be a schema change or report progress."""
        # DDL runs on its own (LadybugDB does not mix schema changes with other writes).
        if isinstance(steps, list) and steps and \
                all(s[0].lstrip().upper().startswith(("CREATE ", "ALTER ")) for s in steps):
            for stmt, params in steps:
                self._execute(conn, stmt, params)
            return
        total = len(steps) if isinstance(steps, list) else None
        self._execute(conn, "BEGIN TRANSACTION", None)
        try:
            for i, (stmt, params) in enumerate(steps, 1):
                self._execute(conn, stmt, params)
                if progress and total:
                    progress(i, total)
            self._execute(conn, "COMMIT", None)
        except BaseException as exc:
            try:
                self._execute(conn, "ROLLBACK", None)
            except RuntimeError:
                pass  # the engine may already have rolled back the failed transaction
            if isinstance(exc, RuntimeError):
                raise StoreError(f"load failed and was rolled back, the store is unchanged: {exc}") from None
            raise

    # -- the inter-process write lock -------------------------------------------------------------
    def _write_locked(self) -> contextlib.AbstractContextManager[object]:
        store = self

        class _Held:
            def __enter__(self) -> _Held:
                from .settings import get_settings

                timeout = get_settings().lock_timeout
                self.lock = FileLock(str(store.data_dir / LOCK_NAME))
                try:
                    self.lock.acquire(timeout=timeout)
                except Timeout:
                    holder = store.data_dir / HOLDER_NAME
                    who = holder.read_text().strip() if holder.exists() else "another process"
                    raise StoreError(f"the embedded store in '{store.data_dir}' is being written by {who}; "
                                     f"waited {timeout:g} s (set HKG_LOCK_TIMEOUT to wait longer)") from None
                (store.data_dir / HOLDER_NAME).write_text(f"pid {os.getpid()}\n")
                return self

            def __exit__(self, *exc: object) -> None:
                self.lock.release()

        return _Held()

    def close(self) -> None:
        with self._state_lock:
            if self._closed:
                return
            self._closed = True
            conn = getattr(self._local, "conn", None)
            if conn is not None:
                conn.close()
            for db in [*self._old_dbs, self._ro_db]:
                if db is not None:
                    db.close()
            self._old_dbs, self._ro_db = [], None
