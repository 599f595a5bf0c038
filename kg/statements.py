"""Every Cypher statement the stores send, built from the schema's fixed names, and a registry of them.

Write statements are generated per dialect from ``kg.schema`` (labels, rel types and property names
are never user text; every value is a ``$parameter``). Read statements of other modules register here
(``register(prefix, statements)``, or a module exposing ``STATEMENTS``/``statements()`` listed in
``_READ_MODULES``) so that the Neo4j linter test sees all of them via ``all_statements()``.
"""
from __future__ import annotations

import hashlib
import importlib
from functools import cache

from . import dialect as d
from .schema import INDEXED, META_LABEL, META_PROPS, check_label, check_rel, node_tables, rel_tables


def q(name: str) -> str:
    """A property name, backticked: some (``end``) are keywords in LadybugDB."""
    return f"`{name}`"


# ------------------------------------------------------------------------------------- writes
def schema_statements(dialect: str) -> list[str]:
    out: list[str] = []
    for t in node_tables().values():
        out += d.node_table_ddl(check_label(t.label), t.props, dialect, INDEXED.get(t.label, ()))
    out += d.node_table_ddl(META_LABEL, META_PROPS, dialect)
    for r in rel_tables().values():
        out += d.rel_table_ddl(check_rel(r.type), r.pairs, r.props, dialect)
    return out


def upsert_nodes(label: str, dialect: str) -> str:
    """``UNWIND $rows`` upsert of one label on its ``id``: same rows, same graph."""
    t = node_tables()[check_label(label)]
    sets = ", ".join(f"n.{q(name)} = {d.typed('r.' + q(name), type_, dialect)}"
                     for name, type_ in t.props if name != "id")
    return f"UNWIND $rows AS r\nMERGE (n:{label} {{id: r.id}})" + (f"\nSET {sets}" if sets else "")


def upsert_rels(rel: str, from_label: str, to_label: str, dialect: str) -> str:
    """``UNWIND $rows`` upsert of edges ``{from, to, props…}``; edges to missing nodes are skipped."""
    r = rel_tables()[check_rel(rel)]
    check_label(from_label), check_label(to_label)
    key = f" {{{q(r.key)}: r.{q(r.key)}}}" if r.key else ""
    sets = ", ".join(f"e.{q(name)} = {d.typed('r.' + q(name), type_, dialect)}"
                     for name, type_ in r.props if name != r.key)
    return (f"UNWIND $rows AS r\nMATCH (a:{from_label} {{id: r.from}})\nMATCH (b:{to_label} {{id: r.to}})\n"
            f"MERGE (a)-[e:{rel}{key}]->(b)" + (f"\nSET {sets}" if sets else ""))


def touch_meta(dialect: str) -> str:
    return f"MERGE (m:{META_LABEL} {{id: 'store'}})\nSET m.last_update = $now"


@cache
def schema_version(dialect: str) -> str:
    """A fingerprint of the schema this version makes (every table, column and constraint): a store
    stamped with it needs no check of its tables' columns."""
    return hashlib.sha256("\n".join(schema_statements(dialect)).encode()).hexdigest()[:16]


def stamp_schema(dialect: str) -> str:
    return f"MERGE (m:{META_LABEL} {{id: 'store'}})\nSET m.schema_version = $version"


# -------------------------------------------------------------------------------------- reads
def count_nodes(label: str) -> str:
    return f"MATCH (n:{check_label(label)}) RETURN count(n) AS n"


def read_meta() -> str:
    return f"MATCH (m:{META_LABEL}) RETURN m.last_update AS last_update"


def read_schema_version() -> str:
    return f"MATCH (m:{META_LABEL}) RETURN m.schema_version AS version"


def dump_nodes(label: str) -> str:
    t = node_tables()[check_label(label)]
    cols = ", ".join(f"n.{q(name)} AS {q(name)}" for name in t.names)
    return f"MATCH (n:{label})\nRETURN {cols}\nORDER BY n.id"


def dump_rels(rel: str, from_label: str, to_label: str) -> str:
    r = rel_tables()[check_rel(rel)]
    check_label(from_label), check_label(to_label)
    cols = "".join(f", e.{q(name)} AS {q(name)}" for name in r.names)
    order = f", e.{q(r.key)}" if r.key else ""
    return (f"MATCH (a:{from_label})-[e:{rel}]->(b:{to_label})\n"
            f"RETURN a.id AS `from`, b.id AS `to`{cols}\nORDER BY a.id, b.id{order}")


def dump_node_ids(label: str) -> str:
    return f"MATCH (n:{check_label(label)}) RETURN n.id AS id"


# Removing what one source said (an edited or deleted lab entry): its measurements, conflicts,
# challenge statements, mechanism claims and references, its system links, then the systems no other source reports.
SOURCE_SYSTEMS = """
MATCH (s:System)-[:REPORTED_IN]->(src:Source {id: $sid})
RETURN DISTINCT s.id AS id
"""


def remove_source_statements() -> list[str]:
    out = [f"MATCH (n:{check_label(label)}) WHERE n.source_id = $sid DETACH DELETE n"
           for label in ("Measurement", "Conflict", "ChallengeStatement", "MechanismClaim", "Reference")]
    out += [f"MATCH (:System)-[e:{check_rel(rel)}]->() WHERE e.source_id = $sid DELETE e"
            for rel in ("MODIFIED_BY", "ACTS_THROUGH", "MADE_BY", "APPLIED_AS")]
    out += ["MATCH (:System)-[e:REPORTED_IN]->(:Source {id: $sid}) DELETE e",
            "MATCH (s:System) WHERE s.id IN $systems AND NOT EXISTS { MATCH (s)-[:REPORTED_IN]->(:Source) }\n"
            "DETACH DELETE s",
            "MATCH (src:Source {id: $sid}) DETACH DELETE src"]
    return out


# Replacing one fact of a source (a curator's decision, ``GraphStore.replace_facts``): its measurements,
# the report links of the systems it was and is on, then those systems and their own materials when
# nothing reports them any more.
FACT_MEASUREMENTS = """
MATCH (m:Measurement)
WHERE m.source_id IN $sources AND m.fact_id IN $facts
RETURN m.id AS id, m.system_id AS system_id
"""
SYSTEM_OWN_MATERIALS = """
MATCH (s:System)-[]->(m:Material)
WHERE s.id IN $systems AND m.id STARTS WITH $prefix
RETURN DISTINCT m.id AS id
"""


def replace_facts_statements() -> dict[str, str]:
    """name -> statement; 'measurements' and 'reports' run before the upserts, the others after."""
    return {
        "measurements": "MATCH (m:Measurement) WHERE m.id IN $ids DETACH DELETE m",
        "reports": "MATCH (s:System)-[e:REPORTED_IN]->(:Source {id: $sid}) WHERE s.id IN $systems DELETE e",
        "systems": "MATCH (s:System) WHERE s.id IN $systems AND NOT EXISTS { MATCH (s)-[:REPORTED_IN]->(:Source) }\n"
                   "DETACH DELETE s",
        "materials": "MATCH (m:Material) WHERE m.id IN $materials AND NOT EXISTS { MATCH (:System)-[]->(m) }\n"
                     "DETACH DELETE m",
    }


SOURCES = """
MATCH (s:Source)
RETURN s.id AS id, s.kind AS kind, s.title AS title, s.year AS year, s.doi AS doi, s.project AS project
ORDER BY id
"""


# ----------------------------------------------------------------------------------- registry
_REGISTERED: dict[str, str] = {}
# Modules known to hold read statements (a ``STATEMENTS`` dict or a ``statements()`` function);
# any other ``kg`` module that defines one is found by ``_discover()`` as well.
_READ_MODULES = ("kg.gaps.queries", "kg.analogs.questions", "kg.analogs.reader", "kg.sources")


def register(prefix: str, statements: dict[str, str]) -> None:
    """Add statements built at run time (or living outside ``kg``) to the registry."""
    for name, text in statements.items():
        _REGISTERED[f"{prefix}.{name}" if prefix else name] = text


def _discover() -> list[str]:
    """Every module of the ``kg`` package (a module that defines statements is linted without asking)."""
    import pkgutil

    import kg

    return sorted(info.name for info in pkgutil.walk_packages(kg.__path__, "kg.")
                  if not info.name.rsplit(".", 1)[-1].startswith("_"))


def store_statements(dialect: str) -> dict[str, str]:
    """Everything the store itself sends in this dialect: schema, upserts, counts, dumps."""
    out = {f"schema.{i}": s for i, s in enumerate(schema_statements(dialect))}
    for label in node_tables():
        out[f"upsert.{label}"] = upsert_nodes(label, dialect)
        out[f"count.{label}"] = count_nodes(label)
        out[f"dump.{label}"] = dump_nodes(label)
    for r in rel_tables().values():
        for a, b in r.pairs:
            out[f"upsert.{r.type}.{a}.{b}"] = upsert_rels(r.type, a, b, dialect)
            out[f"dump.{r.type}.{a}.{b}"] = dump_rels(r.type, a, b)
    out["meta.touch"] = touch_meta(dialect)
    out["meta.read"] = read_meta()
    out["meta.stamp_schema"] = stamp_schema(dialect)
    out["meta.schema_version"] = read_schema_version()
    out["store.sources"] = SOURCES
    out["store.source_systems"] = SOURCE_SYSTEMS
    for label in node_tables():
        out[f"ids.{label}"] = dump_node_ids(label)
    for i, stmt in enumerate(remove_source_statements()):
        out[f"remove_source.{i}"] = stmt
    out["store.fact_measurements"] = FACT_MEASUREMENTS
    out["store.system_own_materials"] = SYSTEM_OWN_MATERIALS
    for name, stmt in replace_facts_statements().items():
        out[f"replace_facts.{name}"] = stmt
    return out


def _module_statements(module_name: str, required: bool = False) -> dict[str, str]:
    try:
        module = importlib.import_module(module_name)
    except Exception:  # noqa: BLE001 - a module still being written must not hide everyone else's
        if required:
            raise
        return {}
    found = getattr(module, "statements", None)
    stmts = found() if callable(found) else getattr(module, "STATEMENTS", {})
    if not isinstance(stmts, dict):
        return {}
    return {f"{module_name}:{k}": v for k, v in stmts.items() if isinstance(v, str)}


def all_statements(dialect: str = d.NEO4J) -> dict[str, str]:
    """Every statement the backend of this dialect can send (the Neo4j linter checks them all)."""
    out = store_statements(dialect)
    for module_name in _READ_MODULES:
        out.update(_module_statements(module_name, required=True))
    for module_name in _discover():
        if module_name not in _READ_MODULES:
            out.update(_module_statements(module_name))
    out.update(_REGISTERED)
    return out
