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
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable

from . import statements as S
from .dialect import LADYBUG, ladybug_copy
from .rows import Rows, batch_rows, gc_paused, ontology_rows
from .schema import BOOLEAN, DOUBLE, INT64, STRING, STRING_LIST, check_label, check_rel, node_tables, rel_tables

# Arrow type of each schema column type (COPY checks types strictly; nulls stay nulls).
_ARROW = {STRING: "string", DOUBLE: "float64", INT64: "int64", BOOLEAN: "bool_", STRING_LIST: "list_str"}


def _arrow_type(type_: str):
    import pyarrow as pa

    name = _ARROW[type_]
    return pa.list_(pa.string()) if name == "list_str" else getattr(pa, name)()


def _arrow_table(columns: list[tuple[str, str]], rows: list[dict]):
    import pyarrow as pa

    # Column by column: far faster than ``Table.from_pylist`` for wide tables (rows carry every column).
    return pa.table({name: pa.array([r[name] for r in rows], type=_arrow_type(type_))
                     for name, type_ in columns})


class BulkLoader:
    """Loads GraphBatches into one store; remembers which ids the store holds between batches."""

    def __init__(self, store):
        self.store = store
        self._known: dict[str, set[str]] = {}

    @property
    def copies(self) -> bool:
        return getattr(self.store, "dialect", None) == LADYBUG

    def _ids(self, label: str) -> set[str]:
        if label not in self._known:
            rows = self.store.query(S.dump_node_ids(check_label(label)))
            self._known[label] = {r["id"] for r in rows}
        return self._known[label]

    def load(self, batch, progress: Callable[[int, int], None] | None = None) -> dict:
        if not self.copies:
            return self.store.load(batch, progress=progress)
        rows = batch_rows(batch)
        if not self._ids("Property"):        # a fresh store: the ontology's terms come first
            rows = ontology_rows().merge(rows)
        with gc_paused():
            copy_steps, upserts, counts, added = self._split(rows)
        up_steps, up_counts = self.store.upsert_steps(upserts)
        for kind in ("nodes", "relationships"):
            for k, v in up_counts[kind].items():
                counts[kind][k] = counts[kind].get(k, 0) + v
        self.store._write(copy_steps + up_steps + [self.store.touch_step()], progress)
        for label, ids in added.items():     # only after the commit: a failed load adds nothing
            self._known[label] |= ids
        return counts

    def _split(self, rows: Rows):
        copy_steps: list[tuple[str, dict]] = []
        upserts = Rows()
        counts: dict = {"nodes": defaultdict(int), "relationships": defaultdict(int)}
        new: dict[str, set[str]] = {}
        for label, by_id in sorted(rows.nodes.items()):
            known = self._ids(label)
            fresh = [r for i, r in by_id.items() if i not in known]
            upserts.nodes[label].update({i: r for i, r in by_id.items() if i in known})
            new[label] = {r["id"] for r in fresh}
            if fresh:
                copy_steps.append((ladybug_copy(check_label(label)),
                                   {"rows": _arrow_table(list(node_tables()[label].props), fresh)}))
                counts["nodes"][label] += len(fresh)
        for (rel, a, b), by_key in sorted(rows.rels.items()):
            fresh_a, fresh_b = new.get(a, set()), new.get(b, set())
            known_a, known_b = self._ids(a), self._ids(b)
            copy_rows = []
            for key, r in by_key.items():
                a_ok, b_ok = r["from"] in fresh_a or r["from"] in known_a, r["to"] in fresh_b or r["to"] in known_b
                if not (a_ok and b_ok):
                    continue                  # the upsert's MATCH would find no end: skipped there too
                if r["from"] in fresh_a or r["to"] in fresh_b:
                    copy_rows.append(r)
                else:
                    upserts.rels[(rel, a, b)][key] = r
            if copy_rows:
                table = rel_tables()[rel]
                cols = [("from", STRING), ("to", STRING), *table.props]
                stmt = ladybug_copy(check_rel(rel), *((a, b) if len(table.pairs) > 1 else (None, None)))
                copy_steps.append((stmt, {"rows": _arrow_table(cols, copy_rows)}))
                counts["relationships"][rel] += len(copy_rows)
        return copy_steps, upserts, {k: dict(v) for k, v in counts.items()}, new
