"""One graph-store interface, two backends: LadybugDB (embedded default) and Neo4j.

    with open_store() as store:                 # kg.settings: HKG_STORE / HKG_DATA_DIR, default: embedded
        store.ensure_schema(); store.load_ontology()
        store.load(batch)                       # atomic, idempotent upsert on stable ids
        rows = store.query("MATCH (s:System) RETURN s.name AS name LIMIT $n", {"n": 5})

The shared logic (rows, batching, read-only guard, stats, dump/restore) lives in ``GraphStore``; a
backend supplies only how to run a read, and how to run a list of writes in one transaction.
"""
from __future__ import annotations

import contextlib
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from ontology.errors import HydrideKGError
from ontology.limits import MAX_QUERY_ROWS

from . import statements as S
from .cypher_guard import GuardError, check_read_query
from .query_hints import schema_hint
from .rows import Rows, batch_rows, node_row, ontology_rows, rel_row
from .schema import NON_TERM_MATERIAL_PREFIX, node_tables, rel_tables
from .settings import get_settings

if TYPE_CHECKING:
    from ontology.models import GraphBatch

BATCH_ROWS = 2000          # rows per UNWIND statement
Progress = Callable[[int, int], object]      # (done, total) of a long write
Step = tuple[str, dict[str, Any]]            # one statement and its parameters


class StoreError(HydrideKGError):
    """A store problem the user can act on (connection, lock, refused query, failed load)."""


class QueryTimeout(StoreError):
    """The engine stopped a user's query at the time limit (``query`` turns it into the message)."""


# ---------------------------------------------------------------------------- read-only guard
def check_read_only(cypher: str) -> str:
    """The query to run if ``cypher`` is one read-only query (see kg/cypher_guard.py); StoreError otherwise."""
    try:
        return check_read_query(cypher)
    except GuardError as exc:
        raise StoreError(str(exc)) from None


# ------------------------------------------------------------------------------------ the store
class GraphStore:
    """Shared behaviour of both backends. Subclasses implement ``_read``, ``_write`` and ``close``."""

    backend = "?"
    dialect = "?"

    # -- backend hooks --------------------------------------------------------------------------
    def _read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _read_bounded(self, cypher: str, params: dict[str, Any], max_rows: int,
                      timeout: float) -> list[dict[str, Any]]:
        """Like ``_read``, for a user's query: at most ``max_rows`` + 1 rows are fetched, and the
        engine stops the query after ``timeout`` seconds (raising ``QueryTimeout``)."""
        raise NotImplementedError

    def _write(self, steps: Iterable[Step], progress: Progress | None = None) -> None:
        """Run all ``(statement, params)`` steps in ONE transaction: all applied, or none."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    @contextlib.contextmanager
    def session(self) -> Iterator[Self]:
        """Many writes (and the reads between them) over one connection, e.g. the entries of one
        import. Backends that connect once anyway need nothing more; the embedded store overrides it."""
        yield self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema and ontology --------------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Bring the store up to this version's schema, unless its meta node says it is already:
        then it costs one read instead of every table's statements (a command that loads runs it)."""
        if not self.schema_is_current():
            self._create_schema()
            self._write([(S.stamp_schema(self.dialect), {"version": S.schema_version(self.dialect)})])
        self._schema_ok = True

    def _create_schema(self) -> None:
        self._write([(s, {}) for s in S.schema_statements(self.dialect)])

    def schema_is_current(self) -> bool:
        """Whether this version's schema was applied to the store (stamped in its meta node); a store
        made by an older HydrideKG, or one whose schema was never finished, is not."""
        try:
            rows = self._read(S.read_schema_version())
        except StoreError:          # no meta table, or one without the column: an older store
            return False
        return any(r["version"] == S.schema_version(self.dialect) for r in rows)

    def missing_columns(self) -> list[str]:
        """Statements adding columns the schema has and the store lacks (none for a schemaless store)."""
        return []

    def load_ontology(self) -> dict[str, Any]:
        return self._write_rows(ontology_rows())

    def _has_ontology(self) -> bool:
        return bool(self._read(S.count_nodes("Property"))[0]["n"])

    # -- writes ---------------------------------------------------------------------------------
    def load(self, batch: GraphBatch, progress: Progress | None = None) -> dict[str, Any]:
        """Upsert a GraphBatch atomically; returns the rows written per label and rel type."""
        if not getattr(self, "_schema_ok", False):
            self.ensure_schema()
        rows = batch_rows(batch)
        if not self._has_ontology():  # edges to terms need the term nodes; load them in the same tx
            rows = ontology_rows().merge(rows)
        return self._write_rows(rows, progress)

    def _write_rows(self, rows: Rows, progress: Progress | None = None) -> dict[str, Any]:
        steps, counts = self.upsert_steps(rows)
        self._write(steps + [self.touch_step()], progress)
        return counts

    def upsert_steps(self, rows: Rows) -> tuple[list[tuple[str, dict[str, Any]]], dict[str, Any]]:
        """The batched UNWIND upserts of ``rows`` and the row counts per label and rel type."""
        steps: list[tuple[str, dict[str, Any]]] = []
        counts: dict[str, Any] = {"nodes": {}, "relationships": {}}
        for label, items in sorted(rows.node_rows().items()):
            stmt = S.upsert_nodes(label, self.dialect)
            steps += [(stmt, {"rows": items[i:i + BATCH_ROWS]}) for i in range(0, len(items), BATCH_ROWS)]
            counts["nodes"][label] = len(items)
        for (rel, a, b), items in sorted(rows.rel_rows().items()):
            stmt = S.upsert_rels(rel, a, b, self.dialect)
            steps += [(stmt, {"rows": items[i:i + BATCH_ROWS]}) for i in range(0, len(items), BATCH_ROWS)]
            counts["relationships"][rel] = counts["relationships"].get(rel, 0) + len(items)
        return steps, counts

    def touch_step(self) -> tuple[str, dict[str, Any]]:
        return S.touch_meta(self.dialect), {"now": datetime.now(UTC).isoformat()}

    def replace_source(self, batch: GraphBatch, progress: Progress | None = None) -> dict[str, Any]:
        """What ``batch``'s sources said replaces what they said before, in one transaction (a
        curated fact whose id changed leaves no stale node behind, and readers never see the source
        half-gone)."""
        steps: list[tuple[str, dict[str, Any]]] = []
        for source in batch.sources:
            systems = [r["id"] for r in self._read(S.SOURCE_SYSTEMS, {"sid": source.id})]
            steps += [(stmt, {"sid": source.id, "systems": systems} if "$systems" in stmt else {"sid": source.id})
                      for stmt in S.remove_source_statements()]
        upserts, counts = self.upsert_steps(batch_rows(batch))
        self._write(steps + upserts + [self.touch_step()], progress)
        return counts

    def replace_facts(self, batch: GraphBatch, fact_ids: Iterable[str],
                      progress: Progress | None = None) -> dict[str, Any]:
        """What ``batch`` (one source's curated extraction) says of the facts ``fact_ids`` replaces
        what the graph holds of them, in one transaction; nothing else of the source is touched. The
        graph ends as a load of the whole batch would leave it: the facts' measurements, the systems
        they were and are on (with their report links to the source, components and materials), and
        systems and their own materials nothing reports any more are gone."""
        facts = sorted(set(fact_ids))
        sources = [src.id for src in batch.sources]
        old = self._read(S.FACT_MEASUREMENTS, {"sources": sources, "facts": facts})
        new = [m for m in batch.measurements if m.fact_id in facts]
        systems = sorted({r["system_id"] for r in old} | {m.system.id for m in new})
        materials = [r["id"] for r in self._read(S.SYSTEM_OWN_MATERIALS,
                                                 {"systems": systems, "prefix": NON_TERM_MATERIAL_PREFIX})]
        part = _fact_rows(batch_rows(batch), {m.id for m in new}, set(systems))
        stmts = S.replace_facts_statements()
        steps: list[tuple[str, dict[str, Any]]] = [(stmts["measurements"], {"ids": [r["id"] for r in old]})]
        steps += [(stmts["reports"], {"sid": sid, "systems": systems}) for sid in sources]
        upserts, counts = self.upsert_steps(part)
        steps += upserts + [(stmts["systems"], {"systems": systems}),
                            (stmts["materials"], {"materials": materials}), self.touch_step()]
        self._write(steps, progress)
        return counts

    def remove_source(self, source_id: str) -> int:
        """Take everything ``source_id`` said out of the graph (one transaction); returns the number
        of systems it reported. Systems, materials and terms other sources report stay."""
        systems = [r["id"] for r in self._read(S.SOURCE_SYSTEMS, {"sid": source_id})]
        steps = [(stmt, {"sid": source_id, "systems": systems} if "$systems" in stmt else {"sid": source_id})
                 for stmt in S.remove_source_statements()]
        self._write(steps + [self.touch_step()])
        return len(systems)

    # -- reads ----------------------------------------------------------------------------------
    def read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """The application's own read statements (written in ``kg/``, never a user's text): unbounded, since
        what they read grows with the graph (the analog index, the gap report, the plots read every
        measurement; 10,000 lab entries pass the 100,000 rows a user's ``query`` may answer)."""
        return self._read(cypher, dict(params or {}))

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """A user's read-only query (write clauses are refused with StoreError); rows as dicts.

        Bounded, so that one console query cannot hold the app: it may run ``HKG_QUERY_TIMEOUT``
        seconds and answer ``MAX_QUERY_ROWS`` rows (the store's own reads have no such bounds)."""
        cypher = check_read_only(cypher)
        timeout = get_settings().query_timeout
        try:
            rows = self._read_bounded(cypher, dict(params or {}), MAX_QUERY_ROWS, timeout)
        except QueryTimeout:
            raise StoreError(f"the query ran longer than {timeout:g} s and was stopped; narrow it (a label, "
                             "a WHERE, a LIMIT, a shorter variable-length path) or set HKG_QUERY_TIMEOUT "
                             "to allow more seconds") from None
        except StoreError as exc:
            # a name the schema lacks ('Sytem') is answered with the schema's name, for the console,
            # `hkg query` and the Python API alike
            hint = schema_hint(str(exc), cypher)
            if hint is None:
                raise
            raise StoreError(hint) from None
        if len(rows) > MAX_QUERY_ROWS:
            raise StoreError(f"the query answers more than {MAX_QUERY_ROWS:,} rows; add a LIMIT (at most "
                             f"{MAX_QUERY_ROWS:,}) or aggregate (count, collect) in the query")
        return rows

    def stats(self) -> dict[str, Any]:
        counts = {label: int(self._read(S.count_nodes(label))[0]["n"]) for label in node_tables()}
        meta = self._read(S.read_meta())
        return {"counts": counts, "sources": self._read(S.SOURCES),
                "last_update": meta[0]["last_update"] if meta else None}

    def change_token(self) -> object:
        """A value that moves whenever the stored content does (caches compare it): counts per label
        and the time of the last load. Backends with a cheaper sign of change override it."""
        stats = self.stats()
        return tuple(sorted((stats.get("counts") or {}).items())), stats.get("last_update")

    def dump(self) -> Iterator[dict[str, Any]]:
        """Every node and relationship as plain records, in a stable order (backup, RDF export)."""
        for label, table in node_tables().items():
            for r in self._read(S.dump_nodes(label)):
                yield {"type": "node", "label": label, "id": r["id"],
                       "props": {k: r[k] for k in table.names if k != "id"}}
        for rel in rel_tables().values():
            for a, b in rel.pairs:
                for r in self._read(S.dump_rels(rel.type, a, b)):
                    yield {"type": "rel", "rel": rel.type, "from": r["from"], "from_label": a,
                           "to": r["to"], "to_label": b, "props": {k: r[k] for k in rel.names}}

    def restore(self, records: Iterable[dict[str, Any]], progress: Progress | None = None) -> dict[str, Any]:
        """Upsert ``dump()`` records (one transaction); unknown labels or fields are refused."""
        if not getattr(self, "_schema_ok", False):
            self.ensure_schema()
        rows = Rows()
        pairs = {r.type: set(r.pairs) for r in rel_tables().values()}
        for n, rec in enumerate(records, 1):
            kind = rec.get("type")
            try:
                if kind == "node":
                    label = rec["label"]
                    if label not in node_tables():
                        raise ValueError(f"unknown label '{label}'")
                    rows.nodes[label][rec["id"]] = node_row(label, {"id": rec["id"], **rec.get("props", {})})
                elif kind == "rel":
                    rel, a, b = rec["rel"], rec["from_label"], rec["to_label"]
                    if (a, b) not in pairs.get(rel, ()):
                        raise ValueError(f"unknown relationship {a}-[{rel}]->{b}")
                    row = rel_row(rel, rec["from"], rec["to"], rec.get("props", {}))
                    key = rel_tables()[rel].key
                    rows.rels[(rel, a, b)][(rec["from"], rec["to"], row.get(key) if key else None)] = row
                else:
                    raise ValueError(f"'type' must be 'node' or 'rel', not {kind!r}")
            except (KeyError, ValueError, TypeError) as exc:
                raise StoreError(f"backup record {n} is invalid: {exc}; nothing was restored") from None
        return self._write_rows(rows, progress)


def _fact_rows(rows: Rows, measurements: set[str], systems: set[str]) -> Rows:
    """The part of a batch's rows that belongs to some measurements and systems: their nodes, their
    edges, and the materials (with their class edges) the systems are made of."""
    part = Rows()
    own = {"Measurement": measurements, "System": systems}
    for (rel, a, b), items in rows.rels.items():
        for key, row in items.items():
            if row["from"] in own.get(a, ()):
                part.rels[(rel, a, b)][key] = row
    made_of = {row["to"] for (rel, a, b), items in part.rels.items() if a == "System" and b == "Material"
               for row in items.values()}
    for label, ids in (*own.items(), ("Material", made_of)):
        part.nodes[label].update({i: row for i, row in rows.nodes.get(label, {}).items() if i in ids})
    for (rel, a, b), items in rows.rels.items():
        if a == "Material":
            part.rels[(rel, a, b)].update({k: r for k, r in items.items() if r["from"] in made_of})
    return part


# ------------------------------------------------------------------------------------- opening
def open_store(kind: str | None = None, *, data_dir: str | os.PathLike[str] | None = None, uri: str | None = None,
               user: str | None = None, password: str | None = None, read_only: bool = False) -> GraphStore:
    """Open the store named by ``kind``; what is not given comes from ``kg.settings`` (the
    environment: HKG_STORE, HKG_DATA_DIR, NEO4J_*; default the embedded LadybugDB store)."""
    from .settings import get_settings

    settings = get_settings()
    kind = (kind or settings.store).strip().lower()
    if kind == "ladybug":
        from .ladybug_store import LadybugStore

        return LadybugStore(Path(data_dir or settings.data_dir).expanduser(), read_only=read_only)
    if kind == "neo4j":
        from .neo4j_store import Neo4jStore

        env_uri, env_user, env_password = settings.neo4j_credentials()
        return Neo4jStore(uri or env_uri, user or env_user, password or env_password, read_only=read_only)
    raise StoreError(f"unknown store '{kind}'; use 'ladybug' (embedded) or 'neo4j' (set HKG_STORE or --store)")


def group_records(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Records counted per label / rel type (handy for reports of backups)."""
    out: dict[str, int] = defaultdict(int)
    for rec in records:
        out[str(rec.get("label") or rec.get("rel"))] += 1
    return dict(out)
