"""GraphBatch (and the ontology) → plain rows per node label and per (rel, from label, to label).

Rows carry every field of the domain objects so that nothing is lost on the way into a store
(backup/restore and the RDF export read them back through ``dump()``). Values are coerced to the
schema's column types here, so both backends receive the same typed parameters.
"""
from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from ontology.models import (
    ChallengeStatement,
    Component,
    Conflict,
    GraphBatch,
    MaterialSystem,
    Measurement,
    MechanismClaim,
    SourceRef,
    stable_id,
)
from ontology.vocabulary import vocabulary

from .schema import BOOLEAN, DOUBLE, INT64, NON_TERM_MATERIAL_PREFIX, STRING, STRING_LIST, node_tables, rel_tables

RelKey = tuple[str, str, str]
Props = tuple[tuple[str, str], ...]      # a table's (column name, column type)
_SORTED_JSON = json.JSONEncoder(sort_keys=True)   # json.dumps(…, sort_keys=True), one encoder for all rows


def condition_max(row: dict[str, Any]) -> dict[str, float]:
    """The upper ends of a measurement row's conditions stated as ranges, read back from the
    ``condition_max_json`` column written below ({} for a store written before ranges, or a cell that is no
    JSON object): the one reader of that column for the gap report, the analogs and the plots."""
    try:
        upper = json.loads(row.get("condition_max_json") or "{}")
    except (TypeError, ValueError):
        return {}
    return {str(k): float(v) for k, v in upper.items()} if isinstance(upper, dict) else {}


def condition_qualifiers(row: dict[str, Any]) -> dict[str, str]:
    """The conditions of a measurement row stated as bounds ({'time': '<='}: 'within 20 min'), read back from the
    ``condition_qualifiers_json`` column ({} for a store written before the graph kept them, or a cell that is no
    JSON object): the one reader of that column."""
    try:
        bounds = json.loads(row.get("condition_qualifiers_json") or "{}")
    except (TypeError, ValueError):
        return {}
    return {str(k): str(v) for k, v in bounds.items()} if isinstance(bounds, dict) else {}


def _as_string(value: Any) -> str:
    if type(value) is str:
        return value
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


# One converter per column type; None stays None (an empty list for list columns).
_CONVERT: dict[str, Callable[[Any], Any]] = {STRING: _as_string, DOUBLE: float, INT64: int, BOOLEAN: bool,
            STRING_LIST: lambda v: [str(x) for x in v]}


def coerce(value: Any, type_: str) -> Any:
    """A value as the column type expects it (None stays None)."""
    if type_ not in _CONVERT:
        raise ValueError(f"unknown column type {type_}")
    if value is None:
        return [] if type_ == STRING_LIST else None
    return _CONVERT[type_](value)


# The Python type a column's values already have when no conversion is needed.
_NATIVE: dict[str, type] = {STRING: str, DOUBLE: float, INT64: int, BOOLEAN: bool, STRING_LIST: list}


@cache
def _columns(props: Props) -> tuple[dict[str, Any], dict[str, type], dict[str, Callable[[Any], Any]],
                                    tuple[str, ...]]:
    """Per table: every column set to None, each column's native type and converter, the list columns."""
    return (dict.fromkeys(name for name, _ in props), {name: _NATIVE[type_] for name, type_ in props},
            {name: _CONVERT[type_] for name, type_ in props},
            tuple(name for name, type_ in props if type_ == STRING_LIST))


def _typed(props: Props, values: dict[str, Any]) -> dict[str, Any]:
    nulls, native, convert, lists = _columns(props)
    out = nulls.copy()
    for name, v in values.items():      # only the values given: most columns of a row are empty
        # Values from the domain models mostly have their column's type already: convert the rest
        # (lists always, so that their items are strings and the row owns its list).
        if v is not None:
            out[name] = v if type(v) is native[name] and type(v) is not list else convert[name](v)
    for name in lists:                  # an absent list is an empty list (a fresh one per row)
        if out[name] is None:
            out[name] = []
    return out


def node_row(label: str, values: dict[str, Any]) -> dict[str, Any]:
    t = node_tables()[label]
    unknown = values.keys() - t.name_set
    if unknown:
        raise ValueError(f"{label} has no column(s) {sorted(unknown)}")
    return _typed(t.props, values)


def rel_row(rel: str, src: str, dst: str, values: dict[str, Any] | None = None) -> dict[str, Any]:
    r = rel_tables()[rel]
    if not values:
        return {"from": src, "to": dst, **_typed(r.props, {})} if r.props else {"from": src, "to": dst}
    unknown = values.keys() - r.name_set
    if unknown:
        raise ValueError(f"{rel} has no property(ies) {sorted(unknown)}")
    return {"from": src, "to": dst, **_typed(r.props, values)}


class Rows:
    """Rows collected per table; the same id added twice keeps the last values (an upsert)."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.rels: dict[RelKey, dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)
        self.places: dict[str, dict[str, Any]] = {}   # typed REPORTED_IN properties per place key

    def node(self, label: str, values: dict[str, Any]) -> None:
        self.nodes[label][values["id"]] = node_row(label, values)

    def model_node(self, label: str, values: dict[str, Any]) -> None:
        """A row from a validated domain model: its values have their columns' types already, so they
        are only checked against the table's columns, not converted (the hot path of large loads)."""
        t = node_tables()[label]
        unknown = values.keys() - t.name_set
        if unknown:
            raise ValueError(f"{label} has no column(s) {sorted(unknown)}")
        self.nodes[label][values["id"]] = {**_columns(t.props)[0], **values}

    def rel(self, rel: str, a: tuple[str, str], b: tuple[str, str], values: dict[str, Any] | None = None) -> None:
        table = rel_tables()[rel]
        if not table.props:             # most edges: no properties, no key (the hot path of a load)
            self.rels[(rel, a[0], b[0])][(a[1], b[1], None)] = {"from": a[1], "to": b[1]}
            return
        row = rel_row(rel, a[1], b[1], values)
        key = table.key
        self.rels[(rel, a[0], b[0])][(a[1], b[1], row.get(key) if key else None)] = row

    def node_rows(self) -> dict[str, list[dict[str, Any]]]:
        return {label: list(rows.values()) for label, rows in self.nodes.items()}

    def rel_rows(self) -> dict[RelKey, list[dict[str, Any]]]:
        return {k: list(rows.values()) for k, rows in self.rels.items()}

    def merge(self, other: Rows) -> Rows:
        for label, rows in other.nodes.items():
            self.nodes[label].update(rows)
        for key, rel_rows in other.rels.items():
            self.rels[key].update(rel_rows)
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


def _place(ref: SourceRef) -> dict[str, Any]:
    return {"source_id": ref.source_id, "section": ref.section, "tbl": ref.table, "row": ref.row,
            "refs": list(ref.refs), "start": ref.start, "end": ref.end}


def _place_key(ref: SourceRef) -> str:
    return stable_id("pl", ref.section, ref.table, ref.row, ref.start, ref.end, ref.refs)


def _reported_in(rows: Rows, label: str, node_id: str, ref: SourceRef, key: str | None = None) -> None:
    key = key or _place_key(ref)
    edges = rows.rels[("REPORTED_IN", label, "Source")]
    if (node_id, ref.source_id, key) in edges:
        return      # the same place again (a system with several values in one sentence): same row
    props = rows.places.get(key)
    if props is None:                   # typed once per place: a measurement and its system share it
        place = _place(ref)
        place.pop("source_id")
        props = rows.places[key] = _typed(rel_tables()["REPORTED_IN"].props, {"place": key, **place})
    edges[(node_id, ref.source_id, key)] = {"from": node_id, "to": ref.source_id, **props,
                                            "refs": list(props["refs"])}


def _component(c: Component) -> dict[str, Any]:
    return {"amount": c.amount.value if c.amount else None, "amount_unit": c.amount.unit if c.amount else None,
            "role": c.role, "text": c.text}


def _system_id(s: MaterialSystem, memo: dict[str, str]) -> str:
    """A system's id (a content hash of its name), computed once per name per batch."""
    sid = memo.get(s.name)
    if sid is None:
        sid = memo[s.name] = s.id
    return sid


def _system(rows: Rows, s: MaterialSystem, memo: dict[str, str]) -> None:
    sid = _system_id(s, memo)
    rows.node("System", {"id": sid, "name": s.name, "text": s.text, "host_formula": s.host.formula,
                         "architecture": s.architecture,
                         "additives_json": json.dumps([a.model_dump(mode="json") for a in s.additives],
                                                      ensure_ascii=False, sort_keys=True)})
    for comp in s.components:
        mid = material_id(comp)
        if mid.startswith(NON_TERM_MATERIAL_PREFIX):
            rows.node("Material", {"id": mid, "label": comp.formula, "kind": "Material", "formula": comp.formula})
    rows.rel("HAS_HOST", ("System", sid), ("Material", material_id(s.host)), _component(s.host))
    for a in s.additives:
        mid = material_id(a)
        rows.rel("HAS_ADDITIVE", ("System", sid), ("Material", mid),
                 {**_component(a), "additive_class": a.additive_class})
        if a.additive_class:
            rows.rel("IN_CLASS", ("Material", mid), ("Material", a.additive_class))


class _MeasurementRows:
    """Rows of a batch's measurements: the hot loop of a load (a million measurements is a million
    passes), so edge tables are looked up once and place properties typed once per place."""

    _EDGES = (("OF_SYSTEM", "System"), ("OF_PROPERTY", "Property"), ("MEASURED_BY", "Technique"),
              ("CITES", "Reference"))

    def __init__(self, rows: Rows, system_ids: dict[str, str]):
        tables = rel_tables()
        # These edges have no properties and no key: a row is its two ends (checked, not assumed).
        assert not any(tables[rel].props or tables[rel].key for rel, _ in self._EDGES)
        self.rows, self.system_ids = rows, system_ids
        self.of_system, self.of_property, self.measured_by, self.cites = (
            rows.rels[(rel, "Measurement", to)] for rel, to in self._EDGES)
        self.property_ids: dict[str, str] = {}

    def property_id(self, key: str) -> str:
        pid = self.property_ids.get(key)
        if pid is None:
            pid = self.property_ids[key] = vocabulary().property(key).id
        return pid

    def add(self, m: Measurement) -> None:
        rows = self.rows
        mid = m.id                               # content hashes: computed once each
        sid = _system_id(m.system, self.system_ids)
        src = m.source
        place = _place(src)
        rows.model_node("Measurement", {
            "id": mid, "property": m.property, "value": m.value, "value_max": m.value_max, "unit": m.unit,
            "qualifier": m.qualifier, "baseline": m.baseline, "theoretical": m.theoretical,
            "method": m.method, "technique": m.technique, "system_id": sid,
            **{f"cond_{k}": v for k, v in m.conditions.items()},
            **{f"cond_{k}": v for k, v in m.condition_terms.items()},
            # the JSON holds both kinds (a number per numeric key, a term id per categorical one): the
            # readers of conditions see the conducting ion and cell type with the temperature
            "conditions_json": _SORTED_JSON.encode(m.all_conditions),
            "condition_max_json": _SORTED_JSON.encode(m.condition_max) if m.condition_max else None, **place,
            "derived_from": m.derived_from, "status": m.status, "confidence": m.confidence, "fact_id": m.fact_id,
            "reported_sign": m.reported_sign, "calculated": m.calculated,
            "condition_qualifiers_json":
                _SORTED_JSON.encode(m.condition_qualifiers) if m.condition_qualifiers else None,
            "uncertainty": m.uncertainty})
        self.of_system[(mid, sid, None)] = {"from": mid, "to": sid}
        pid = self.property_id(m.property)
        self.of_property[(mid, pid, None)] = {"from": mid, "to": pid}
        if m.technique:
            self.measured_by[(mid, m.technique, None)] = {"from": mid, "to": m.technique}
        key = _place_key(src)
        _reported_in(rows, "Measurement", mid, src, key)
        _reported_in(rows, "System", sid, src, key)   # a system is reported where its values are
        for ref in src.refs:
            rid = f"{src.source_id}#ref{ref}"
            self.cites[(mid, rid, None)] = {"from": mid, "to": rid}


def _challenge(rows: Rows, c: ChallengeStatement) -> None:
    rows.node("ChallengeStatement", {"id": c.id, "challenge": c.challenge, "entities": list(c.entities),
                                     **_place(c.source)})
    rows.rel("STATES", ("ChallengeStatement", c.id), ("Challenge", c.challenge))
    _reported_in(rows, "ChallengeStatement", c.id, c.source)


def _mechanism_claim(rows: Rows, c: MechanismClaim) -> None:
    rows.node("MechanismClaim", {"id": c.id, "mechanism": c.mechanism, "host": c.host, "additive": c.additive,
                                 "strategy": c.strategy, **_place(c.source)})
    rows.rel("CREDITS", ("MechanismClaim", c.id), ("Mechanism", c.mechanism))
    if c.strategy:
        rows.rel("FOR_STRATEGY", ("MechanismClaim", c.id), ("Strategy", c.strategy))
    _reported_in(rows, "MechanismClaim", c.id, c.source)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building rows: they hold no cycles, and collecting
    over a heap of hundreds of thousands of fresh objects costs a third of the load time."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def batch_rows(batch: GraphBatch) -> Rows:
    with gc_paused():
        return _batch_rows(batch)


def _batch_rows(batch: GraphBatch) -> Rows:
    rows = Rows()
    for src in batch.sources:
        rows.node("Source", {"id": src.id, "kind": src.kind, "title": src.title, "doi": src.doi,
                             "year": src.year, "authors": list(src.authors), "journal": src.journal,
                             "url": src.url, "created": src.created,
                             "project": getattr(src, "project", None)})
    for ref in batch.references:
        rows.node("Reference", {"id": ref.id, "key": ref.key, "source_id": ref.source_id, "text": ref.citation,
                                "doi": ref.doi, "year": ref.year, "journal": ref.journal})
        rows.rel("REFERENCE_OF", ("Reference", ref.id), ("Source", ref.source_id))
    system_ids: dict[str, str] = {}
    for system in batch.systems:
        _system(rows, system, system_ids)
    for rep in batch.reports:
        sid = _system_id(rep.system, system_ids)
        for rel, label, ids in (("MODIFIED_BY", "Strategy", rep.strategies),
                                ("ACTS_THROUGH", "Mechanism", rep.mechanisms),
                                ("MADE_BY", "SynthesisMethod", rep.methods),
                                ("APPLIED_AS", "Application", rep.applications)):
            for tid in ids:
                rows.rel(rel, ("System", sid), (label, tid), {"source_id": rep.source.source_id})
        _reported_in(rows, "System", sid, rep.source)
    if batch.measurements:
        measurement_rows = _MeasurementRows(rows, system_ids)
        for m in batch.measurements:
            measurement_rows.add(m)
    for c in batch.conflicts:
        cid = conflict_id(c)
        rows.node("Conflict", {"id": cid, "kind": c.kind, "description": c.description,
                               "candidates": list(c.candidates), "chosen": c.chosen, **_place(c.source)})
        _reported_in(rows, "Conflict", cid, c.source)
    for ch in batch.challenges:
        _challenge(rows, ch)
    for mc in batch.mechanisms:
        _mechanism_claim(rows, mc)
    return rows
