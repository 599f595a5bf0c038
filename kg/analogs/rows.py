"""The plain rows a FeatureIndex is built from, taken from a GraphBatch (fixtures, snapshots, lab
entries not yet loaded). ``reader.py`` reads the same rows from a store."""
from __future__ import annotations

from typing import Any

from ontology.models import GraphBatch, MaterialSystem


def _additives(system: MaterialSystem) -> list[dict[str, Any]]:
    return [{"formula": c.formula, "term": c.term, "additive_class": c.additive_class, "role": c.role,
             "amount": c.amount.value if c.amount else None,
             "amount_unit": c.amount.unit if c.amount else None} for c in system.additives]


def rows_from_batch(batch: GraphBatch) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, dict[str, Any]]]:
    systems: dict[str, dict[str, Any]] = {}

    def row(system: MaterialSystem) -> dict[str, Any]:
        r = systems.get(system.id)
        if r is None:
            r = systems[system.id] = {
                "id": system.id, "name": system.name, "host": system.host.term,
                "host_formula": system.host.formula, "additives": _additives(system),
                "strategies": [], "mechanisms": [], "methods": [], "applications": [], "sources": []}
        return r

    for rep in batch.reports:
        r = row(rep.system)
        for field, values in (("strategies", rep.strategies),
                              ("methods", rep.methods), ("applications", rep.applications)):
            r[field] = sorted(set(r[field]) | set(values))
        if rep.source.source_id not in r["sources"]:
            r["sources"].append(rep.source.source_id)
    cols: dict[str, Any] = {"system": [], "property": [], "value": [], "value_max": [], "theoretical": [],
                  "conditions": {}}
    ms = batch.measurements
    keys = sorted({k for m in ms for k in m.conditions})
    cols["conditions"] = {k: [] for k in keys}
    for m in ms:
        r = row(m.system)
        if m.source.source_id not in r["sources"]:
            r["sources"].append(m.source.source_id)
        cols["system"].append(m.system.id)
        cols["property"].append(m.property)
        cols["value"].append(m.value)
        cols["value_max"].append(m.value_max)
        cols["theoretical"].append(m.theoretical)
        for k in keys:
            cols["conditions"][k].append(m.conditions.get(k))
    # the mechanism facet: the batch's mechanism claims that bear on each system (as reader.py does)
    from .claims import claims_by_system

    claims = [{"mechanism": c.mechanism, "host": c.host, "additive": c.additive, "strategy": c.strategy}
              for c in batch.mechanisms]
    for sid, tokens in claims_by_system(claims, list(systems.values())).items():
        systems[sid]["mechanisms"] = tokens
    sources = {s.id: {"kind": s.kind, "title": s.title, "year": s.year} for s in batch.sources}
    return list(systems.values()), cols, sources
