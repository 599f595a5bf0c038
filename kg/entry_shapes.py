"""Lab entries against the SHACL shapes, before the repository stores them.

A document is first read as a lab entry (``ingest.entries.entry.load_entry``: pydantic and the ontology
checks), then turned into the batch the graph will load (``entry_to_batch``), into RDF the way an
export writes it (``kg.rdf_export.batch_to_rdf``: the store's own rows, no second mapping) and
validated against ``ontology/shapes.ttl`` with the ontology (``kg.rdf_export.shacl_check``).

A violation is reported on the entry, not on the RDF: the focus node's IRI gives the record (the
entry's source, a measurement, a system, a condition, …), the record gives the sample and row the
entry put it in, and the shape's path gives the field — ``samples[0].measurements[2].unit`` — with
the fix in the entry's own terms.

Many documents are validated in one graph (``check_documents``): one SHACL run whatever the number of
entries, which is what keeps imports fast.  This is the one ``kg`` module that reads ``ingest``: the
repository must know what a lab entry is to refuse a bad one.  ``ingest`` never imports ``kg``.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from rdflib import URIRef
from rdflib.namespace import DCTERMS, PROV

from ingest.entries.entry import EntryValidationError, LabEntry, entry_to_batch, load_entry
from ontology.models import GraphBatch, MaterialSystem
from ontology.namespaces import HKG, QUDT
from ontology.units import canonical_unit

from .entries import EntryProblem, InvalidEntryError
from .rdf_export import Violation, batch_to_rdf, data_iri_parts, shacl_check
from .rows import material_id

# RDF property -> entry field, per kind of record (what the RDF of a field is: see rdf_export._Builder).
# (keyed by what a violation's path may be: None, when the shape names no property, finds nothing)
_MEASUREMENT_FIELDS: dict[URIRef | None, str] = {
    HKG.ofProperty: "property", HKG.propertyKey: "property", QUDT.numericValue: "value",
    HKG.maxValue: "value_max", QUDT.unit: "unit", HKG.unitSymbol: "unit", HKG.qualifier: "qualifier",
    HKG.hasCondition: "conditions", HKG.underCondition: "conditions", HKG.measuredBy: "technique",
    HKG.method: "method",
    HKG.derivedFromFile: "derived_from",
}
_ENTRY_FIELDS: dict[URIRef | None, str] = {
    DCTERMS.title: "title", PROV.wasAttributedTo: "author", DCTERMS.creator: "author",
    DCTERMS.created: "created", DCTERMS.issued: "created", HKG.project: "project",
}

# How to fix a field, in the entry's terms; {property}, {unit}, {condition}, {condition_unit} are filled in.
_FIXES = {
    "property": "name one property of the ontology by its key or label (e.g. 'hydrogen_capacity')",
    "value": "give one finite number as 'value' (and, for a range, 'value_max' not below it)",
    "value_max": "give the upper end of the range as one finite number, not below 'value'",
    "unit": "give the value of {property} in {unit} or in a unit that converts to it",
    "qualifier": "use one of = ~ < > <= >=",
    "conditions": "give each condition as a number with a unit that converts to {condition_unit}",
    "technique": "name a technique of the ontology",
    "derived_from": "name a file attached under 'files'",
    "system": "write the sample's composition so the additives leave a share for the host "
              "(e.g. 'MgH2–10 wt% Ni'), with a unit for every amount",
    "host": "give the host's formula and, for each additive, an amount with its unit (wt%, mol%, vol%, ratio)",
    "additives": "give each additive an amount above zero with its unit (wt%, mol%, vol% or ratio), "
                 "together leaving a share for the host",
    "author": "give the experiment's author ('author: A. Researcher')",
    "title": "give the entry one title",
    "created": "give the date as 'created: 2026-05-01' (or with a time, ISO 8601)",
}


def _now() -> datetime:
    return datetime.now(UTC)


class _Locator:
    """Record (label, id) -> where it sits in which entry; built from the batches the RDF came from."""

    def __init__(self) -> None:
        self.places: dict[tuple[str, str], list[tuple[str, str, dict[str, Any]]]] = {}

    def add(self, label: str, rid: str, entry_id: str, path: str, **context: Any) -> None:
        self.places.setdefault((label, rid), []).append((entry_id, path, context))

    def entry(self, entry_id: str, entry: LabEntry, batch: GraphBatch) -> None:
        samples: dict[str | None, int] = {s.id: i for i, s in enumerate(entry.samples)}
        for src in batch.sources:
            self.add("Source", src.id, entry_id, "")
        self.add("agent", entry.author, entry_id, "author")
        for rep in batch.reports:
            i = samples[rep.source.section]
            sample = entry.samples[i]
            explicit = sample.host is not None
            self.add("System", rep.system.id, entry_id, f"samples[{i}].{'host' if explicit else 'system'}",
                     explicit=explicit, system=rep.system)
        for m in batch.measurements:
            i, j = samples[m.source.section], m.source.row
            self.add("Measurement", m.id, entry_id, f"samples[{i}].measurements[{j}]", property=m.property,
                     system_path=f"samples[{i}].{'host' if entry.samples[i].host is not None else 'system'}")

    def locate(self, violation: Violation) -> list[tuple[str, str, str]]:
        """(entry id, field path, fix) for each entry the violating node belongs to."""
        parts = data_iri_parts(violation.focus)
        if parts is None:
            return []
        label, rid, sub = parts
        out = []
        for entry_id, path, ctx in self.places.get((label, rid), []):
            field = None
            if label == "Measurement" and sub[:1] == ("condition",):
                key = sub[1] if len(sub) > 1 else ""
                path, field = f"{path}.conditions.{key}", "conditions"
                ctx = {**ctx, "condition": key, "condition_unit": _unit_of(key)}
            elif label == "Measurement":
                field = _MEASUREMENT_FIELDS.get(violation.path)
                if violation.path == HKG.ofSystem:
                    path, field = ctx["system_path"], "system"
                elif field:
                    path = f"{path}.{field}"
            elif label == "System" and ctx.get("explicit"):   # host + additives, as the entry gave them
                field = "host"
                if sub[:1] == ("additive",):
                    path, field = _additive_path(path, ctx["system"], sub[1] if len(sub) > 1 else ""), "additives"
                elif not sub and violation.path == HKG.hasComponent:
                    path, field = f"{path.rsplit('.', 1)[0]}.additives", "additives"
            elif label == "System":                           # a notation: the whole 'system' field
                field = "system"
            elif label == "Source":
                field = _ENTRY_FIELDS.get(violation.path)
                path = field or ""
            elif label == "agent":
                field = "author"
            out.append((entry_id, path, _fix(field, ctx)))
        return out


def _unit_of(key: str) -> str:
    try:
        return canonical_unit(key)
    except Exception:   # an unknown key: the message says so
        return "its canonical unit"


def _additive_path(host_path: str, system: MaterialSystem, material: str) -> str:
    base = host_path.rsplit(".", 1)[0]
    for k, comp in enumerate(system.additives):
        if material_id(comp) == material:
            return f"{base}.additives[{k}]"
    return f"{base}.additives"


def _fix(field: str | None, ctx: dict[str, Any]) -> str:
    text = _FIXES.get(field or "", "")
    if "{" not in text:
        return text
    prop = ctx.get("property") or ""
    values = {"property": prop.replace("_", " ") or "the property", "unit": _unit_of(prop) if prop else "",
              "condition": ctx.get("condition", ""),
              "condition_unit": ctx.get("condition_unit") or "the condition's canonical unit"}
    return text.format(**values)


# A small entry the start-up validation runs through every step (pydantic, batch, RDF, SHACL).
_WARM_UP = {"title": "warm-up", "author": "HydrideKG", "samples": [
    {"id": "S1", "system": "MgH2", "measurements": [
        {"property": "dehydrogenation_activation_energy", "value": 100, "unit": "kJ/mol",
         "conditions": {"temperature": {"value": 300, "unit": "degC"}}}]}]}
_prepared = threading.Event()
_prepare_lock = threading.Lock()


def prepare_validation() -> None:
    """Parse the shapes, the ontology and the SPARQL of the constraints once, at start-up, under a
    lock (pages, the API and bulk imports call it before serving): later validations, in any
    thread, find everything parsed. Idempotent and cheap after the first call."""
    if _prepared.is_set():
        return
    with _prepare_lock:
        if not _prepared.is_set():
            check_documents([("warm-up", 1, _WARM_UP)])
            _prepared.set()


def check_documents(items: Iterable[tuple[str, int, LabEntry | Mapping[str, Any]]], *,
                    when: datetime | None = None) -> None:
    """Refuse (``InvalidEntryError``) unless every (entry id, revision, document) is a valid lab entry
    whose graph data conforms to the SHACL shapes.  All documents are validated in one graph.
    A document that is already a ``LabEntry`` (validated by the caller) is not read again.

    ``when`` stands in for the date of entries that give none (the time of the revision: now).
    """
    problems: list[EntryProblem] = []
    loaded = []
    for entry_id, revision, document in items:
        try:
            entry = document if isinstance(document, LabEntry) else load_entry({**document, "id": entry_id})
        except EntryValidationError as exc:
            problems += [EntryProblem(entry_id, i.path, i.message) for i in exc.issues if i.severity == "error"]
            continue
        loaded.append((entry_id, entry, entry_to_batch(entry, revision, created=when or _now())))
    if problems:
        raise InvalidEntryError(problems)

    merged, where = GraphBatch(), _Locator()
    for entry_id, entry, batch in loaded:
        merged.extend(batch)
        where.entry(entry_id, entry, batch)
    if not loaded:
        return
    conforms, violations, _text = shacl_check(batch_to_rdf(merged))
    if conforms:
        return
    seen = set()
    for v in violations:
        spots = where.locate(v)
        message = v.message
        if not spots:   # a node no field of an entry makes (should not happen): name the node, blame all
            spots, message = [(eid, "", "") for eid, _, _ in loaded], f"{v.message} (at {v.focus})"
        for entry_id, path, fix in spots:
            if (entry_id, path, message) not in seen:
                seen.add((entry_id, path, message))
                problems.append(EntryProblem(entry_id, path, message, fix))
    raise InvalidEntryError(problems, ("does not conform to the SHACL shapes (ontology/shapes.ttl)",
                                       "do not conform to the SHACL shapes (ontology/shapes.ttl)"))

