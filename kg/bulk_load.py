"""Bulk loading of large batches into the embedded store with ``COPY … FROM`` Arrow tables.

The UNWIND/MERGE upserts of ``GraphStore.load`` look every id up before writing it, which caps
LadybugDB at a few thousand measurements per second. ``COPY`` appends columnar data without lookups
but cannot upsert: a row whose id is already stored makes it fail. So the loader splits each batch:

* node rows with ids new to the store, and edges touching such a node (they cannot exist yet), are
  copied from Arrow tables;
* node rows that already exist, and edges between existing nodes, go through the usual upserts;
* edges whose end is in neither the store nor the batch are dropped, as the upserts drop them.

Everything runs in one transaction, so a failure leaves the store as it was. The graph that results
is the same as ``store.load(batch)`` would give (tested). Neo4j has no driver-side COPY: the loader
falls back to ``store.load`` there.

With ``background=True`` a writer process runs each batch's transaction while this process builds
the next batch's rows: LadybugDB holds the GIL while it copies, so a thread could not overlap the two.
Batches are still written one at a time and in order; a failed write is raised by the next ``load``
or by ``close`` and nothing after it is written.
"""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, cast

import pyarrow as pa

from . import statements as S
from .dialect import LADYBUG, ladybug_copy
from .rows import Rows, batch_rows, gc_paused, ontology_rows
from .schema import BOOLEAN, DOUBLE, INT64, STRING, STRING_LIST, check_label, check_rel, node_tables, rel_tables
from .store import Progress, Step, StoreError

if TYPE_CHECKING:
    from ontology.models import GraphBatch

    from .ladybug_store import LadybugStore
    from .store import GraphStore

# Arrow type of each schema column type (COPY checks types strictly; nulls stay nulls).
_ARROW = {STRING: "string", DOUBLE: "float64", INT64: "int64", BOOLEAN: "bool_", STRING_LIST: "list_str"}


def _arrow_type(type_: str) -> pa.DataType:
    name = _ARROW[type_]
    return pa.list_(pa.string()) if name == "list_str" else getattr(pa, name)()


def _arrow_table(columns: list[tuple[str, str]], rows: list[dict[str, Any]]) -> pa.Table:
    # Transposed in C (itemgetter + zip), then column by column: far faster than ``Table.from_pylist``
    # or a comprehension per column for wide tables (rows carry every column).
    names = [name for name, _ in columns]
    values = zip(*map(itemgetter(*names), rows)) if len(names) > 1 else [[r[names[0]] for r in rows]]
    return pa.table({name: pa.array(col, type=_arrow_type(type_)) for (name, type_), col in zip(columns, values)})


# -------------------------------------------------------------------------- the writer process
# Messages to the writer: BEGIN, then steps, then COMMIT or ABORT; None stops it. It answers each
# transaction with ("ok" | "error" | "aborted", message).
BEGIN, COMMIT, ABORT = "begin", "commit", "abort"


class _Aborted(Exception):
    """The loader gave up on the batch it was sending: roll it back."""


def _write_loop(data_dir: str, conn: _Duplex) -> None:
    """One transaction per batch, run while its steps arrive; after a failed batch every later one
    is refused, since the loader built them on the assumption that it was stored."""
    from .ladybug_store import LadybugStore

    store = LadybugStore(Path(data_dir))
    failed = ""
    try:
        while conn.recv() is not None:           # BEGIN
            ended = False

            def steps() -> Iterator[Step]:
                nonlocal ended
                while (msg := conn.recv()) not in (COMMIT, ABORT):
                    yield msg
                ended = True
                if msg == ABORT:
                    raise _Aborted

            try:
                if failed:
                    raise StoreError(f"not stored: an earlier batch of this load failed ({failed})")
                store._write(steps())
                conn.send(("ok", ""))
            except _Aborted:
                conn.send(("aborted", ""))
            except Exception as exc:              # reported to the loader, which raises it
                failed = failed or str(exc)
                while not ended:                  # the rest of this batch's steps
                    ended = conn.recv() in (COMMIT, ABORT)
                conn.send(("error", str(exc)))
    finally:
        store.close()


def _writer_main(argv: list[str]) -> None:
    read_fd, write_fd, data_dir = int(argv[0]), int(argv[1]), argv[2]
    try:
        _write_loop(data_dir, _Duplex(Connection(read_fd, writable=False), Connection(write_fd, readable=False)))
    except (EOFError, OSError):
        pass    # the loader went away: the transaction it was sending was not committed


class _Duplex:
    """Two one-way pipe connections used as one (the writer is a plain subprocess, not a
    multiprocessing child: those re-import the caller's main module)."""

    def __init__(self, incoming: Connection, outgoing: Connection):
        self.incoming, self.outgoing = incoming, outgoing

    def recv(self) -> Any:
        return self.incoming.recv()

    def poll(self) -> bool:
        return self.incoming.poll()

    def send(self, obj: object) -> None:
        self.outgoing.send(obj)

    def close(self) -> None:
        self.incoming.close()
        self.outgoing.close()


class _Writer:
    """The writer process of a background BulkLoader and the transactions it has not answered yet."""

    def __init__(self, data_dir: Path):
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        code = "import sys; from kg.bulk_load import _writer_main; _writer_main(sys.argv[1:])"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH")) if p)}
        self._proc = subprocess.Popen(
            [sys.executable, "-c", code, str(to_child_r), str(from_child_w), str(data_dir)],
            pass_fds=(to_child_r, from_child_w), env=env)
        os.close(to_child_r)
        os.close(from_child_w)
        self._conn = _Duplex(Connection(from_child_r, writable=False), Connection(to_child_w, readable=False))
        self.unanswered = 0
        # A thread does the sending: writing to the pipe blocks while the writer runs a step, and
        # blocked writes release the GIL, so rows of the next table are built meanwhile.
        self._outbox: queue.Queue[memoryview | None] = queue.Queue(maxsize=4)
        self._send_error: BaseException | None = None
        self._sender = threading.Thread(target=self._send_loop, name="hkg-bulk-sender", daemon=True)
        self._sender.start()

    def _send_loop(self) -> None:
        while (data := self._outbox.get()) is not None:
            try:
                if self._send_error is None:
                    self._conn.outgoing.send_bytes(data)
            except OSError as exc:
                self._send_error = exc
            finally:
                self._outbox.task_done()
        self._outbox.task_done()

    def _send(self, obj: object) -> None:
        if self._send_error is not None:
            raise StoreError("the bulk writer process died; the batch it was writing was not stored "
                             "(each batch is one transaction), earlier batches are")
        self._outbox.put(ForkingPickler.dumps(obj))   # Arrow tables pickle as buffers: cheap here

    def begin(self) -> None:
        while self.unanswered and self._conn.poll():   # an earlier batch's outcome, if it is in
            self._answer()
        self._send(BEGIN)

    def step(self, step: Step) -> None:
        self._send(step)

    def commit(self) -> None:
        self._send(COMMIT)
        self.unanswered += 1

    def abort(self) -> None:
        """Roll back the batch being sent; then wait for every answer (raising the first error)."""
        self._send(ABORT)
        self.unanswered += 1
        self.wait()

    def wait(self) -> None:
        self._outbox.join()
        while self.unanswered:
            self._answer()

    def _answer(self) -> None:
        self.unanswered -= 1
        try:
            status, message = self._conn.recv()
        except (EOFError, OSError):
            self.unanswered = 0
            raise StoreError("the bulk writer process died; the batch it was writing was not stored "
                             "(each batch is one transaction), earlier batches are") from None
        if status == "error":
            raise StoreError(message)

    def close(self) -> None:
        try:
            self.wait()
        finally:
            try:
                self._conn.send(None)
            except OSError:
                pass
            self._outbox.put(None)
            self._sender.join(timeout=60)
            try:
                self._proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self._proc.kill()
            self._conn.close()


# ---------------------------------------------------------------------------------- the loader
def _all_copied(by_key: dict[tuple[Any, ...], dict[str, Any]], fresh_a: set[str], known_a: set[str],
                fresh_b: set[str], known_b: set[str]) -> list[dict[str, Any]] | None:
    """Every edge, when all of them go to COPY: each has a new end and no end is missing (the usual
    case of a bulk load, decided with set operations instead of a test per edge); else None."""
    froms, tos = {k[0] for k in by_key}, {k[1] for k in by_key}
    if froms.issubset(fresh_a) and not tos.difference(fresh_b, known_b):
        return list(by_key.values())
    if tos.issubset(fresh_b) and not froms.difference(fresh_a, known_a):
        return list(by_key.values())
    return None


def warm_up() -> None:
    """Pay pyarrow's one-off set-up (it imports its conversion machinery on first use, ~0.15 s)."""
    pa.array([0.0])


class BulkLoader:
    """Loads GraphBatches into one store; remembers which ids the store holds between batches.

    With ``background`` on, use it as a context manager (or call ``close``): the last batch is only
    stored once ``close`` returns, and a failed write is raised by the next ``load`` or by ``close``."""

    def __init__(self, store: GraphStore, background: bool = False) -> None:
        self.store = store
        self._known: dict[str, set[str]] = {}
        # Started now, so that its start-up overlaps the first batch's rows. A load of one batch
        # gains nothing from it (nothing to overlap): callers ask for it when batches are many.
        # (copies: the store is the embedded one, which has a data folder)
        self._writer = _Writer(cast("LadybugStore", store).data_dir) if background and self.copies else None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Wait for the writes in flight (raising the first error) and stop the writer process."""
        if self._writer is not None:
            writer, self._writer = self._writer, None
            self._guarded(writer.close)

    def _guarded(self, call: Callable[..., object], *args: object) -> None:
        try:
            call(*args)
        except StoreError:
            self._known.clear()   # ids counted in advance for a batch that was not stored
            raise

    @property
    def copies(self) -> bool:
        return getattr(self.store, "dialect", None) == LADYBUG

    def _ids(self, label: str) -> set[str]:
        if label not in self._known:
            if self._writer is not None:   # a label not read yet: read it once the writes are in
                self._guarded(self._writer.wait)
            rows = self.store.query(S.dump_node_ids(check_label(label)))
            self._known[label] = {r["id"] for r in rows}
        return self._known[label]

    def load(self, batch: GraphBatch, progress: Progress | None = None) -> dict[str, Any]:
        if not self.copies:
            return self.store.load(batch, progress=progress)
        # The collector stays off until the rows are gone: they hold no cycles, and a collection
        # triggered while they are alive walks the whole heap (a third of the load time).
        with gc_paused():
            return self._load(batch, progress)

    def _load(self, batch: GraphBatch, progress: Progress | None) -> dict[str, Any]:
        rows = batch_rows(batch)
        if not self._ids("Property"):        # a fresh store: the ontology's terms come first
            rows = ontology_rows().merge(rows)
        writer = self._writer
        steps: list[Step] = []
        if writer is not None:               # steps go to the writer as soon as they are built
            for label in {*rows.nodes, *(end for _, a, b in rows.rels for end in (a, b))}:
                self._ids(label)             # reads first: none while a transaction is open
            self._guarded(writer.begin)
        try:
            upserts, counts, added = self._split(rows, writer.step if writer else steps.append)
            del rows
            up_steps, up_counts = self.store.upsert_steps(upserts)
            for step in [*up_steps, self.store.touch_step()]:
                writer.step(step) if writer else steps.append(step)
        except BaseException:
            if writer is not None:
                self._guarded(writer.abort)
            raise
        if writer is not None:
            writer.commit()
        else:
            self.store._write(steps, progress)
        # After the commit, or counted in advance for the next batch's split when the write is in
        # flight (a failed write then clears what the loader knows: it reads the store again).
        for label, ids in added.items():
            self._known[label] |= ids
        for kind in ("nodes", "relationships"):
            for k, v in up_counts[kind].items():
                counts[kind][k] = counts[kind].get(k, 0) + v
        return counts

    def _split(self, rows: Rows,
               emit: Callable[[Step], None]) -> tuple[Rows, dict[str, dict[str, int]], dict[str, set[str]]]:
        """COPY steps for new rows, given to ``emit`` table by table; the rest as upsert rows."""
        upserts = Rows()
        counts: dict[str, Any] = {"nodes": defaultdict(int), "relationships": defaultdict(int)}
        new: dict[str, set[str]] = {}
        for label, by_id in sorted(rows.nodes.items()):
            known = self._ids(label)
            if known.isdisjoint(by_id):       # the usual case of a bulk load: every row is new
                fresh, new[label] = list(by_id.values()), set(by_id)
            else:
                fresh = [r for i, r in by_id.items() if i not in known]
                upserts.nodes[label].update({i: r for i, r in by_id.items() if i in known})
                new[label] = {r["id"] for r in fresh}
            if fresh:
                emit((ladybug_copy(check_label(label)),
                      {"rows": _arrow_table(list(node_tables()[label].props), fresh)}))
                counts["nodes"][label] += len(fresh)
        for (rel, a, b), by_key in sorted(rows.rels.items()):
            fresh_a, fresh_b = new.get(a, set()), new.get(b, set())
            known_a, known_b = self._ids(a), self._ids(b)
            copy_rows = _all_copied(by_key, fresh_a, known_a, fresh_b, known_b)
            if copy_rows is None:
                copy_rows = []
                for key, r in by_key.items():
                    a_ok = r["from"] in fresh_a or r["from"] in known_a
                    b_ok = r["to"] in fresh_b or r["to"] in known_b
                    if not (a_ok and b_ok):
                        continue              # the upsert's MATCH would find no end: skipped there too
                    if r["from"] in fresh_a or r["to"] in fresh_b:
                        copy_rows.append(r)
                    else:
                        upserts.rels[(rel, a, b)][key] = r
            if copy_rows:
                table = rel_tables()[rel]
                cols = [("from", STRING), ("to", STRING), *table.props]
                stmt = ladybug_copy(check_rel(rel), *((a, b) if len(table.pairs) > 1 else (None, None)))
                emit((stmt, {"rows": _arrow_table(cols, copy_rows)}))
                counts["relationships"][rel] += len(copy_rows)
        return upserts, {k: dict(v) for k, v in counts.items()}, new
