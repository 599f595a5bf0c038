"""Measurements of a few properties with their conditions and source, one row each: the points of the
Analogs page's plots (Ea vs onset, capacity vs temperature, conductivity vs 1000/T, capacity vs cycles).

The feature index keeps one representative value per system and no source per measurement; a plot
point is one measurement and its hover names the source that reported it, so this reads them again,
only for the properties plotted. One flat statement that both stores run.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ontology.vocabulary import vocabulary

from .rows import condition_max

if TYPE_CHECKING:
    from .store import GraphStore


def points_statement() -> str:
    """Measurements of ``$properties`` with their system, source and every condition (``cond_<key>``)."""
    conds = ", ".join(f"m.cond_{k} AS cond_{k}" for k in vocabulary().condition_keys())
    return ("MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System)\n"
            "WHERE m.property IN $properties\n"
            "RETURN s.id AS system_id, s.name AS system, m.property AS property, m.value AS value,\n"
            "       m.value_max AS value_max, m.theoretical AS theoretical, m.source_id AS source,\n"
            "       m.section AS section, m.tbl AS tbl, m.condition_max_json AS condition_max_json,\n"
            f"       {conds}")


SOURCE_TITLES = """
MATCH (src:Source)
RETURN src.id AS id, src.title AS title, src.year AS year, src.kind AS kind
"""


def statements() -> dict[str, str]:
    """For the Neo4j linter test (``kg.statements.all_statements``)."""
    return {"plot_points.measurements": points_statement(), "plot_points.sources": SOURCE_TITLES}


def read_points(store: GraphStore, properties: list[str]) -> list[dict[str, Any]]:
    """One dict per measurement of ``properties``: system_id, system, property, value (the midpoint of
    a range), value_lo and value_hi (a range's ends; value_hi None for a single value), theoretical,
    source (id), source_title, section, table, ``conditions`` (key → value in the condition's canonical
    unit, only those given; a range's lower end) and ``condition_max`` (key → a ranged condition's upper
    end, only those stated as a range)."""
    if not properties:
        return []
    titles = {r["id"]: r for r in store.read(SOURCE_TITLES)}
    keys = vocabulary().condition_keys()
    out = []
    for r in store.read(points_statement(), {"properties": list(properties)}):
        if r["value"] is None:
            continue
        value = r["value"] if r["value_max"] is None else (r["value"] + r["value_max"]) / 2
        src = titles.get(r["source"]) or {}
        out.append({
            "system_id": r["system_id"], "system": r["system"], "property": r["property"],
            "value": float(value), "value_lo": float(r["value"]),
            "value_hi": None if r["value_max"] is None else float(r["value_max"]),
            "theoretical": bool(r["theoretical"]), "source": r["source"],
            "source_title": src.get("title") or r["source"], "source_year": src.get("year"),
            "section": r["section"], "table": r["tbl"],
            "conditions": {k: float(r[f"cond_{k}"]) for k in keys if r[f"cond_{k}"] is not None},
            "condition_max": condition_max(r)})
    return out
