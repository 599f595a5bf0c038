"""The only place where LadybugDB and Neo4j Cypher differ, for the statements this project sends.

1. Schema: LadybugDB needs typed node/rel tables (``CREATE NODE TABLE … PRIMARY KEY(id)``); Neo4j is
   schemaless but gets a uniqueness constraint on ``id`` per label.
2. Parameter typing: LadybugDB infers the type of an ``UNWIND $rows`` struct field from the values
   sent, so a column that is null (or an empty list) in every row of a batch arrives as STRING/ANY and
   cannot be assigned to a DOUBLE/INT64/STRING[] column; it is cast explicitly. Neo4j has no ``CAST``
   (its parser rejects it) and needs none.
Every read statement is otherwise written once and runs unchanged on both.
"""
from __future__ import annotations

from collections.abc import Iterable

LADYBUG, NEO4J = "ladybug", "neo4j"
DIALECTS = (LADYBUG, NEO4J)


def _check(dialect: str) -> str:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown Cypher dialect '{dialect}'; use one of {', '.join(DIALECTS)}")
    return dialect


def typed(expr: str, type_: str, dialect: str) -> str:
    """``expr`` as a value of the schema type ``type_`` (a LadybugDB type name)."""
    return f"CAST({expr} AS {type_})" if _check(dialect) == LADYBUG else expr


def node_table_ddl(label: str, props: Iterable[tuple[str, str]], dialect: str,
                   indexed: Iterable[str] = ()) -> list[str]:
    if _check(dialect) == LADYBUG:
        cols = ", ".join(f"`{name}` {type_}" for name, type_ in props)
        return [f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY(id))"]
    return [f"CREATE CONSTRAINT hkg_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE",
            *(f"CREATE INDEX hkg_{label.lower()}_{p} IF NOT EXISTS FOR (n:{label}) ON (n.`{p}`)" for p in indexed)]


def rel_table_ddl(rel: str, pairs: Iterable[tuple[str, str]], props: Iterable[tuple[str, str]],
                  dialect: str) -> list[str]:
    if _check(dialect) == LADYBUG:
        parts = [f"FROM {a} TO {b}" for a, b in pairs] + [f"`{name}` {type_}" for name, type_ in props]
        return [f"CREATE REL TABLE IF NOT EXISTS {rel}({', '.join(parts)})"]
    return []  # Neo4j creates relationship types on first use


# LadybugDB only: bring an existing table up to the schema when the ontology grew (e.g. a new
# condition key adds a ``cond_<key>`` column). Neo4j is schemaless and needs nothing.
def ladybug_table_columns(table: str) -> str:
    return f"CALL table_info('{table}') RETURN name"


def ladybug_add_column(table: str, name: str, type_: str) -> str:
    return f"ALTER TABLE {table} ADD `{name}` {type_}"


# LadybugDB only: bulk load of new rows from an Arrow table passed as a parameter (kg.bulk_load).
# Neo4j has no equivalent for driver-side data; its loads stay on the UNWIND upserts.
def ladybug_copy(table: str, from_label: str | None = None, to_label: str | None = None) -> str:
    pair = f' (from="{from_label}", to="{to_label}")' if from_label else ""
    return f"COPY {table} FROM $rows{pair}"
