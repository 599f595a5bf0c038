"""Reading the analog feature rows from a store in bulk, and the evidence for the top results.

Every statement is flat (one MATCH, plain RETURN) so that LadybugDB and Neo4j run the same text;
the lists per system are assembled here in Python. The feature index is cached per store and
rebuilt only when the store's change token moves (counts and last update), so a query costs the
scoring, not the read.
"""
from __future__ import annotations

import json
import threading
import weakref
from typing import TYPE_CHECKING, Any

from ontology.vocabulary import vocabulary

from .features import FeatureIndex

if TYPE_CHECKING:
    from kg.store import GraphStore

SYSTEMS = """
MATCH (s:System)
OPTIONAL MATCH (s)-[:HAS_HOST]->(h:Material)
RETURN s.id AS id, s.name AS name, h.id AS host, s.host_formula AS host_formula,
       s.additives_json AS additives_json
"""

# (row field, relationship, target label) — one flat statement per list-valued feature.
_LINKS = (
    ("strategies", "MODIFIED_BY", "Strategy"),
    ("methods", "MADE_BY", "SynthesisMethod"),
    ("applications", "APPLIED_AS", "Application"),
    ("sources", "REPORTED_IN", "Source"),
)
LINK_STATEMENTS = {
    field: f"MATCH (s:System)-[:{rel}]->(t:{label}) RETURN s.id AS system, t.id AS term"
    for field, rel, label in _LINKS
}

SOURCES = """
MATCH (src:Source)
RETURN src.id AS id, src.kind AS kind, src.title AS title, src.year AS year
"""

EVIDENCE = """
MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System)
WHERE s.id IN $systems AND m.property IN $properties
RETURN s.id AS system, m.id AS id, m.property AS property, m.value AS value,
       m.value_max AS value_max, m.unit AS unit, m.source_id AS source, m.status AS status,
       m.section AS section, m.tbl AS tbl, m.row AS row, m.refs AS refs, m.start AS start, m.`end` AS `end`,
       m.theoretical AS theoretical, m.calculated AS calculated, m.cond_temperature AS temperature,
       m.cond_heating_rate AS heating_rate,
       m.conditions_json AS conditions_json, m.condition_max_json AS condition_max_json,
       m.condition_qualifiers_json AS condition_qualifiers_json, m.method AS method, m.uncertainty AS uncertainty
ORDER BY system, property, value
"""


# Table cells stored at their text's unit (ingest/extraction/tables/table_units.py): the note travels with the value.
UNIT_NOTES = """
MATCH (c:Conflict)
WHERE c.kind = $kind
RETURN c.source_id AS source, c.tbl AS tbl, c.row AS row, c.description AS description
"""


def unit_notes(store: GraphStore) -> dict[tuple[Any, ...], str]:
    """(source, table, row) → the note of a table cell rescaled to its text's unit."""
    from ingest.extraction.tables.table_units import KIND

    return {(r["source"], r["tbl"], r["row"]): r["description"]
            for r in store.read(UNIT_NOTES, {"kind": KIND})}


def measurement_statement() -> str:
    """Measurements with one column per ontology condition key (``cond_<key>`` on the node)."""
    conds = ", ".join(f"m.cond_{k} AS cond_{k}" for k in vocabulary().condition_keys())
    return ("MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System)\n"
            "RETURN s.id AS system, m.property AS property, m.value AS value, m.value_max AS value_max,\n"
            f"       m.theoretical AS theoretical, m.status AS status, m.source_id AS source, {conds}")


def statements() -> dict[str, str]:
    """Every statement of this module, for the Neo4j linter test."""
    from .claims import CLAIMS

    out = {"analogs.systems": SYSTEMS, "analogs.sources": SOURCES, "analogs.evidence": EVIDENCE,
           "analogs.unit_notes": UNIT_NOTES,
           "analogs.claims": CLAIMS,
           "analogs.measurements": measurement_statement()}
    out.update({f"analogs.link.{k}": v for k, v in LINK_STATEMENTS.items()})
    return out


REVIEWED = ("confirmed", "corrected")


def read_rows(store: GraphStore,
              confirmed_only: bool = False) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, dict[str, Any]]]:
    """The same ``(systems, measurements, sources)`` rows as ``rows.rows_from_batch``, from a store.
    ``confirmed_only``: literature values a curator has not confirmed or corrected are left out."""
    systems: dict[str, dict[str, Any]] = {}
    for r in store.read(SYSTEMS):
        systems[r["id"]] = {
            "id": r["id"], "name": r["name"], "host": r["host"], "host_formula": r["host_formula"],
            "additives": json.loads(r["additives_json"] or "[]"),
            **{field: [] for field, _, _ in _LINKS}}
    for field, stmt in LINK_STATEMENTS.items():
        for r in store.read(stmt):
            row = systems.get(r["system"])
            if row is not None and r["term"] not in row[field]:
                row[field].append(r["term"])
    # the mechanism facet comes from the sources' mechanism claims (mechanism, host, additive), as the
    # explanations do, never from a mechanism a report merely mentions near the system
    from .claims import claims_by_system, read_claims

    for sid, tokens in claims_by_system(read_claims(store), list(systems.values())).items():
        systems[sid]["mechanisms"] = tokens
    keys = vocabulary().condition_keys()
    cols: dict[str, Any] = {"system": [], "property": [], "value": [], "value_max": [], "theoretical": [],
                  "conditions": {k: [] for k in keys}}
    sources = {r["id"]: {"kind": r["kind"], "title": r["title"], "year": r["year"]}
               for r in store.read(SOURCES)}
    for r in store.read(measurement_statement()):
        if confirmed_only and r["status"] not in REVIEWED and \
                sources.get(r["source"], {}).get("kind") == "publication":
            continue
        cols["system"].append(r["system"])
        cols["property"].append(r["property"])
        cols["value"].append(r["value"])
        cols["value_max"].append(r["value_max"])
        cols["theoretical"].append(bool(r["theoretical"]))
        for k in keys:
            cols["conditions"][k].append(r[f"cond_{k}"])
    return list(systems.values()), cols, sources


def change_token(store: GraphStore) -> object:
    """Moves whenever the store's content does (see ``GraphStore.change_token``)."""
    return store.change_token()


# store -> {confirmed_only: index}
_CACHE: weakref.WeakKeyDictionary[GraphStore, dict[bool, FeatureIndex]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def cached_index(store: GraphStore, confirmed_only: bool = False) -> FeatureIndex:
    token = change_token(store)
    with _LOCK:
        hit = _CACHE.get(store, {}).get(confirmed_only)
        if hit is not None and hit.version == token:
            return hit
    index = FeatureIndex.build(*read_rows(store, confirmed_only), version=token)
    with _LOCK:
        _CACHE.setdefault(store, {})[confirmed_only] = index
    return index


def fetch_evidence(store: GraphStore, system_ids: list[str], properties: list[str],
                   confirmed_only: bool = False) -> dict[str, Any]:
    """Measurements behind the performance facet of the top results (each with its curation
    status), and their sources."""
    out: dict[str, Any] = {"measurements": {}, "sources": {}}
    if not system_ids or not properties:
        return out
    for r in store.read(EVIDENCE, {"systems": list(system_ids), "properties": list(properties)}):
        if confirmed_only and r["status"] not in REVIEWED and not str(r["source"]).startswith("lab:"):
            continue
        out["measurements"].setdefault(r["system"], []).append(r)
    return out
