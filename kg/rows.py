"""GraphBatch (and the ontology) → plain rows per node label and per (rel, from label, to label).

Rows carry every field of the domain objects so that nothing is lost on the way into a store
(backup/restore and the RDF export read them back through ``dump()``). Values are coerced to the
schema's column types here, so both backends receive the same typed parameters.
"""
from __future__ import annotations

import json
from collections import defaultdict

from ontology.models import (ChallengeStatement, Component, Conflict, GraphBatch, Measurement,
                             MaterialSystem, SourceRef, stable_id)
from ontology.vocabulary import vocabulary

from .schema import (BOOLEAN, DOUBLE, INT64, NON_TERM_MATERIAL_PREFIX, STRING, STRING_LIST,
                     node_tables, rel_tables)

RelKey = tuple[str, str, str]   # (rel type, from label, to label)


def coerce(value, type_: str):
    """A value as the column type expects it (None stays None)."""
    if value is None:
        return [] if type_ == STRING_LIST else None
    if type_ == STRING_LIST:
        return [str(v) for v in value]
    if type_ == DOUBLE:
        return float(value)
    if type_ == INT64:
        return int(value)
    if type_ == BOOLEAN:
        return bool(value)
    if type_ == STRING:
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    raise ValueError(f"unknown column type {type_}")


def node_row(label: str, values: dict) -> dict:
    t = node_tables()[label]
    unknown = set(values) - set(t.names)
    if unknown:
        raise ValueError(f"{label} has no column(s) {sorted(unknown)}")
    return {name: coerce(values.get(name), type_) for name, type_ in t.props}


def rel_row(rel: str, src: str, dst: str, values: dict | None = None) -> dict:
    r = rel_tables()[rel]
    values = values or {}
    unknown = set(values) - set(r.names)
    if unknown:
        raise ValueError(f"{rel} has no property(ies) {sorted(unknown)}")
    return {"from": src, "to": dst, **{name: coerce(values.get(name), type_) for name, type_ in r.props}}


class Rows:
    """Rows collected per table; the same id added twice keeps the last values (an upsert)."""

    def __init__(self):
        self.nodes: dict[str, dict[str, dict]] = defaultdict(dict)
        self.rels: dict[RelKey, dict[tuple, dict]] = defaultdict(dict)

    def node(self, label: str, values: dict) -> None:
        self.nodes[label][values["id"]] = node_row(label, values)

    def rel(self, rel: str, a: tuple[str, str], b: tuple[str, str], values: dict | None = None) -> None:
        row = rel_row(rel, a[1], b[1], values)
        key = rel_tables()[rel].key
        self.rels[(rel, a[0], b[0])][(a[1], b[1], row.get(key) if key else None)] = row

    def node_rows(self) -> dict[str, list[dict]]:
        return {label: list(rows.values()) for label, rows in self.nodes.items()}

    def rel_rows(self) -> dict[RelKey, list[dict]]:
        return {k: list(rows.values()) for k, rows in self.rels.items()}

    def merge(self, other: "Rows") -> "Rows":
        for label, rows in other.nodes.items():
            self.nodes[label].update(rows)
        for key, rows in other.rels.items():
            self.rels[key].update(rows)
        return self

    def total(self) -> int:
        return sum(len(v) for v in self.nodes.values()) + sum(len(v) for v in self.rels.values())


# ----------------------------------------------------------------------------------- ontology
def ontology_rows() -> Rows:
    """Every ontology term as a node of its kind, and IS_A to its parents of the same kind."""
    rows = Rows()
    for term in vocabulary().terms():
        rows.node(term.kind, {"id": term.id, "label": term.label, "kind": term.kind, "iri": term.iri,
                              "formula": term.formula, "alt_labels": list(term.alt_labels),
                              "key": term.key, "unit": term.unit})
    for term in vocabulary().terms():
        for parent in term.parents:
            rows.rel("IS_A", (term.kind, term.id), (term.kind, parent))
    return rows


# ------------------------------------------------------------------------------------ batches
def material_id(component: Component) -> str:
    """The Material node of a component: its ontology term, else ``mat:<normalized formula>``."""
    if component.term and component.term in vocabulary():
        return component.term
    term = vocabulary().by_formula(component.formula)
    return term.id if term is not None and term.kind == "Material" else NON_TERM_MATERIAL_PREFIX + component.formula


def conflict_id(c: Conflict) -> str:
    s = c.source
    return stable_id("cf", s.source_id, s.section, s.table, s.row, s.start, c.kind, c.description)


def _place(ref: SourceRef) -> dict:
    return {"source_id": ref.source_id, "section": ref.section, "tbl": ref.table, "row": ref.row,
            "refs": list(ref.refs), "start": ref.start, "end": ref.end}


def _place_key(ref: SourceRef) -> str:
    return stable_id("pl", ref.section, ref.table, ref.row, ref.start, ref.end, ref.refs)


def _reported_in(rows: Rows, label: str, node_id: str, ref: SourceRef) -> None:
    place = _place(ref)
    place.pop("source_id")
    rows.rel("REPORTED_IN", (label, node_id), ("Source", ref.source_id), {"place": _place_key(ref), **place})


def _component(c: Component) -> dict:
    return {"amount": c.amount.value if c.amount else None, "amount_unit": c.amount.unit if c.amount else None,
            "role": c.role, "text": c.text}


def _system(rows: Rows, s: MaterialSystem) -> None:
    rows.node("System", {"id": s.id, "name": s.name, "text": s.text, "host_formula": s.host.formula,
                         "architecture": s.architecture,
                         "additives_json": json.dumps([a.model_dump(mode="json") for a in s.additives],
                                                      ensure_ascii=False, sort_keys=True)})
    for comp in s.components:
        mid = material_id(comp)
        if mid.startswith(NON_TERM_MATERIAL_PREFIX):
            rows.node("Material", {"id": mid, "label": comp.formula, "kind": "Material", "formula": comp.formula})
    rows.rel("HAS_HOST", ("System", s.id), ("Material", material_id(s.host)), _component(s.host))
    for a in s.additives:
        mid = material_id(a)
        rows.rel("HAS_ADDITIVE", ("System", s.id), ("Material", mid),
                 {**_component(a), "additive_class": a.additive_class})
        if a.additive_class:
            rows.rel("IN_CLASS", ("Material", mid), ("Material", a.additive_class))


def _measurement(rows: Rows, m: Measurement) -> None:
    vocab = vocabulary()
    conds = {f"cond_{k}": v for k, v in m.conditions.items()}
    rows.node("Measurement", {
        "id": m.id, "property": m.property, "value": m.value, "value_max": m.value_max, "unit": m.unit,
        "qualifier": m.qualifier, "baseline": m.baseline, "theoretical": m.theoretical, "method": m.method,
        "technique": m.technique, "system_id": m.system.id, **conds,
        "conditions_json": json.dumps(m.conditions, sort_keys=True), **_place(m.source),
        "derived_from": m.derived_from})
    rows.rel("OF_SYSTEM", ("Measurement", m.id), ("System", m.system.id))
    rows.rel("OF_PROPERTY", ("Measurement", m.id), ("Property", vocab.property(m.property).id))
    if m.technique:
        rows.rel("MEASURED_BY", ("Measurement", m.id), ("Technique", m.technique))
    _reported_in(rows, "Measurement", m.id, m.source)
    _reported_in(rows, "System", m.system.id, m.source)   # a system is reported where its values are
    for key in m.source.refs:
        rows.rel("CITES", ("Measurement", m.id), ("Reference", f"{m.source.source_id}#ref{key}"))


def _challenge(rows: Rows, c: ChallengeStatement) -> None:
    rows.node("ChallengeStatement", {"id": c.id, "challenge": c.challenge, "entities": list(c.entities),
                                     **_place(c.source)})
    rows.rel("STATES", ("ChallengeStatement", c.id), ("Challenge", c.challenge))
    _reported_in(rows, "ChallengeStatement", c.id, c.source)


def batch_rows(batch: GraphBatch) -> Rows:
    rows = Rows()
    for src in batch.sources:
        rows.node("Source", {"id": src.id, "kind": src.kind, "title": src.title, "doi": src.doi,
                             "year": src.year, "authors": list(src.authors), "journal": src.journal,
                             "url": src.url, "created": src.created,
                             "project": getattr(src, "project", None)})
    for ref in batch.references:
        rows.node("Reference", {"id": ref.id, "key": ref.key, "source_id": ref.source_id, "text": ref.text,
                                "doi": ref.doi, "year": ref.year, "journal": ref.journal})
        rows.rel("REFERENCE_OF", ("Reference", ref.id), ("Source", ref.source_id))
    for system in batch.systems:
        _system(rows, system)
    for rep in batch.reports:
        sid = rep.system.id
        for rel, label, ids in (("MODIFIED_BY", "Strategy", rep.strategies),
                                ("ACTS_THROUGH", "Mechanism", rep.mechanisms),
                                ("MADE_BY", "SynthesisMethod", rep.methods),
                                ("APPLIED_AS", "Application", rep.applications)):
            for tid in ids:
                rows.rel(rel, ("System", sid), (label, tid), {"source_id": rep.source.source_id})
        _reported_in(rows, "System", sid, rep.source)
    for m in batch.measurements:
        _measurement(rows, m)
    for c in batch.conflicts:
        cid = conflict_id(c)
        rows.node("Conflict", {"id": cid, "kind": c.kind, "description": c.description,
                               "candidates": list(c.candidates), "chosen": c.chosen, **_place(c.source)})
        _reported_in(rows, "Conflict", cid, c.source)
    for c in batch.challenges:
        _challenge(rows, c)
    return rows
