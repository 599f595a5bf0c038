"""One graph-store interface, two backends: LadybugDB (embedded default) and Neo4j.

    with open_store() as store:                 # HKG_STORE / HKG_DATA_DIR, default: embedded store
        store.ensure_schema(); store.load_ontology()
        store.load(batch)                       # atomic, idempotent upsert on stable ids
        rows = store.query("MATCH (s:System) RETURN s.name AS name LIMIT $n", {"n": 5})

The shared logic (rows, batching, read-only guard, stats, dump/restore) lives in ``GraphStore``; a
backend supplies only how to run a read, and how to run a list of writes in one transaction.
"""
from __future__ import annotations

import contextlib
import os
import re
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import statements as S
from .rows import Rows, batch_rows, node_row, ontology_rows, rel_row
from .schema import META_LABEL, node_tables, rel_tables

BATCH_ROWS = 2000          # rows per UNWIND statement
DEFAULT_KIND = "ladybug"


class StoreError(Exception):
    """A store problem the user can act on (connection, lock, refused query, failed load)."""


# ---------------------------------------------------------------------------- read-only guard
# Clauses and commands that change data or schema, in either backend. ``CALL`` is handled apart:
# a subquery ``CALL {…}`` is checked by the same scan; a procedure call only for read procedures.
_WRITE_WORDS = ("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "LOAD", "COPY", "FOREACH",
                "ALTER", "RENAME", "INSTALL", "ATTACH", "IMPORT", "EXPORT", "CHECKPOINT",
                "BEGIN", "COMMIT", "ROLLBACK", "GRANT", "REVOKE", "DENY")
_READ_PROCEDURES = ("db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
                    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "show_tables",
                    "table_info", "show_connection", "db.indexes", "db.constraints")
_WRITE_RE = re.compile(r"(?<![.$\w`])(" + "|".join(_WRITE_WORDS) + r")(?![\w`])", re.IGNORECASE)
_CALL_RE = re.compile(r"(?<![.$\w`])CALL(?![\w`])\s*([^\s(]*)", re.IGNORECASE)


def _strip_literals(cypher: str) -> str:
    """The query with string literals, quoted names and comments blanked (keywords in them are data)."""
    out, i, n = [], 0, len(cypher)
    while i < n:
        ch = cypher[i]
        if ch in "'\"`":
            j = i + 1
            while j < n and cypher[j] != ch:
                j += 2 if cypher[j] == "\\" else 1
            out.append(" " if ch != "`" else "`x`")
            i = j + 1
        elif cypher.startswith("//", i):
            j = cypher.find("\n", i)
            i = n if j < 0 else j
            out.append(" ")
        elif cypher.startswith("/*", i):
            j = cypher.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def check_read_only(cypher: str) -> None:
    """Raise StoreError unless ``cypher`` is a read-only query (outside literals and comments)."""
    if not isinstance(cypher, str) or not cypher.strip():
        raise StoreError("empty query; give a read-only Cypher query, e.g. MATCH (n:System) RETURN n.name")
    code = _strip_literals(cypher)
    found = _WRITE_RE.search(code)
    if found:
        raise StoreError(f"refused: '{found.group(1).upper()}' changes the graph; only read-only queries "
                         "(MATCH … RETURN) are allowed here")
    for call in _CALL_RE.finditer(code):
        target = call.group(1).lower()
        if target.startswith("{") or target == "":
            continue  # subquery: its clauses were checked above
        if target not in _READ_PROCEDURES:
            raise StoreError(f"refused: procedure '{call.group(1)}' is not a known read-only procedure; "
                             f"allowed: {', '.join(_READ_PROCEDURES)}")
    if ";" in code.strip().rstrip(";"):
        raise StoreError("refused: one statement per query (found ';' between statements)")


# ------------------------------------------------------------------------------------ the store
class GraphStore:
    """Shared behaviour of both backends. Subclasses implement ``_read``, ``_write`` and ``close``."""

    backend = "?"
    dialect = "?"

    # -- backend hooks --------------------------------------------------------------------------
    def _read(self, cypher: str, params: dict | None = None) -> list[dict]:
        raise NotImplementedError

    def _write(self, steps: list[tuple[str, dict]], progress: Callable | None = None) -> None:
        """Run all ``(statement, params)`` steps in ONE transaction: all applied, or none."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    @contextlib.contextmanager
    def session(self):
        """Many writes (and the reads between them) over one connection, e.g. the entries of one
        import. Backends that connect once anyway need nothing more; the embedded store overrides it."""
        yield self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema and ontology --------------------------------------------------------------------
    def ensure_schema(self) -> None:
        self._write([(s, {}) for s in S.schema_statements(self.dialect)])
        self._schema_ok = True

    def load_ontology(self) -> dict:
        return self._write_rows(ontology_rows())

    def _has_ontology(self) -> bool:
        return bool(self._read(S.count_nodes("Property"))[0]["n"])

    # -- writes ---------------------------------------------------------------------------------
    def load(self, batch, progress: Callable[[int, int], None] | None = None) -> dict:
        """Upsert a GraphBatch atomically; returns the rows written per label and rel type."""
        if not getattr(self, "_schema_ok", False):
            self.ensure_schema()
        rows = batch_rows(batch)
        if not self._has_ontology():  # edges to terms need the term nodes; load them in the same tx
            rows = ontology_rows().merge(rows)
        return self._write_rows(rows, progress)

    def _write_rows(self, rows: Rows, progress=None) -> dict:
        steps, counts = self.upsert_steps(rows)
        self._write(steps + [self.touch_step()], progress)
        return counts

    def upsert_steps(self, rows: Rows) -> tuple[list[tuple[str, dict]], dict]:
        """The batched UNWIND upserts of ``rows`` and the row counts per label and rel type."""
        steps: list[tuple[str, dict]] = []
        counts: dict = {"nodes": {}, "relationships": {}}
        for label, items in sorted(rows.node_rows().items()):
            stmt = S.upsert_nodes(label, self.dialect)
            steps += [(stmt, {"rows": items[i:i + BATCH_ROWS]}) for i in range(0, len(items), BATCH_ROWS)]
            counts["nodes"][label] = len(items)
        for (rel, a, b), items in sorted(rows.rel_rows().items()):
            stmt = S.upsert_rels(rel, a, b, self.dialect)
            steps += [(stmt, {"rows": items[i:i + BATCH_ROWS]}) for i in range(0, len(items), BATCH_ROWS)]
            counts["relationships"][rel] = counts["relationships"].get(rel, 0) + len(items)
        return steps, counts

    def touch_step(self) -> tuple[str, dict]:
        return S.touch_meta(self.dialect), {"now": datetime.now(timezone.utc).isoformat()}

    def remove_source(self, source_id: str) -> int:
        """Take everything ``source_id`` said out of the graph (one transaction); returns the number
        of systems it reported. Systems, materials and terms other sources report stay."""
        systems = [r["id"] for r in self._read(S.SOURCE_SYSTEMS, {"sid": source_id})]
        steps = [(stmt, {"sid": source_id, "systems": systems} if "$systems" in stmt else {"sid": source_id})
                 for stmt in S.remove_source_statements()]
        self._write(steps + [self.touch_step()])
        return len(systems)

    # -- reads ----------------------------------------------------------------------------------
    def query(self, cypher: str, params: dict | None = None) -> list[dict]:
        """A read-only query (write clauses are refused with StoreError); rows as dicts."""
        check_read_only(cypher)
        return self._read(cypher, dict(params or {}))

    def stats(self) -> dict:
        counts = {label: int(self._read(S.count_nodes(label))[0]["n"]) for label in node_tables()}
        meta = self._read(S.read_meta())
        return {"counts": counts, "sources": self._read(S.SOURCES),
                "last_update": meta[0]["last_update"] if meta else None}

    def change_token(self):
        """A value that moves whenever the stored content does (caches compare it): counts per label
        and the time of the last load. Backends with a cheaper sign of change override it."""
        stats = self.stats()
        return tuple(sorted((stats.get("counts") or {}).items())), stats.get("last_update")

    def dump(self) -> Iterator[dict]:
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

    def restore(self, records: Iterable[dict], progress=None) -> dict:
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


# ------------------------------------------------------------------------------------- opening
def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "hydridekg"


def open_store(kind: str | None = None, *, data_dir: str | os.PathLike | None = None, uri: str | None = None,
               user: str | None = None, password: str | None = None, read_only: bool = False) -> GraphStore:
    """Open the store named by ``kind`` (or env HKG_STORE; default the embedded LadybugDB store)."""
    kind = (kind or os.environ.get("HKG_STORE") or DEFAULT_KIND).strip().lower()
    if kind == "ladybug":
        from .ladybug_store import LadybugStore

        folder = Path(data_dir or os.environ.get("HKG_DATA_DIR") or default_data_dir()).expanduser()
        return LadybugStore(folder, read_only=read_only)
    if kind == "neo4j":
        from .neo4j_store import Neo4jStore

        return Neo4jStore(uri or os.environ.get("NEO4J_URI"), user or os.environ.get("NEO4J_USER"),
                          password or os.environ.get("NEO4J_PASSWORD"), read_only=read_only)
    raise StoreError(f"unknown store '{kind}'; use 'ladybug' (embedded) or 'neo4j' (set HKG_STORE or --store)")


def group_records(records: Iterable[dict]) -> dict:
    """Records counted per label / rel type (handy for reports of backups)."""
    out: dict = defaultdict(int)
    for rec in records:
        out[rec.get("label") or rec.get("rel")] += 1
    return dict(out)
