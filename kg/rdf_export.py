"""The graph as RDF (Turtle, JSON-LD) with the ontology's IRIs, and SHACL validation of it.

``graph_to_rdf`` works on ``store.dump()`` records only, so it is testable with hand-written records
and independent of the backend; ``batch_to_rdf`` gives the same RDF for a ``GraphBatch`` that is not in
any store (its rows, as the store would dump them: one mapping for both). Ontology terms keep their
ontology IRIs; records of the data (systems, measurements, sources…) become ``DATA`` IRIs built from
their percent-encoded ids (``data_iri_parts`` reads them back).
Established vocabularies are used where they fit: PROV-O for provenance, QUDT for values and
units, Dublin Core terms for bibliographic data; the rest lives in the ``hkg`` namespace.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from rdflib import Graph, Literal, URIRef
from rdflib.graph import ReadOnlyGraphAggregate
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD
from rdflib.term import Node

from kg.rows import condition_qualifiers
from ontology.errors import UserError
from ontology.namespaces import DATA, HKG, PREFIXES, QUDT, SH, bind_all
from ontology.once import built_once
from ontology.vocabulary import SHAPES_PATH, fold, load_graph, vocabulary

if TYPE_CHECKING:
    from rdflib.plugins.sparql.sparql import Query  # the SPARQL parser is imported on first use
    from rdflib.query import Result

    from ontology.models import GraphBatch

    from .store import GraphStore

FORMATS = {"ttl": "turtle", "jsonld": "json-ld"}

# Relationships between a system and ontology terms, as hkg object properties.
_SYSTEM_LINKS = {"MODIFIED_BY": HKG.modifiedBy, "ACTS_THROUGH": HKG.actsThrough,
                 "MADE_BY": HKG.madeBy, "APPLIED_AS": HKG.appliedAs}
# Where a fact sits in its source (SourceRef columns); literals on the record or on its place node.
_PLACE_PROPS = {"section": HKG.section, "tbl": HKG.table, "row": HKG.row, "start": HKG.start, "end": HKG.end}
_RECORD_CLASSES = {"System": HKG.MaterialSystem, "Measurement": HKG.Measurement, "Source": HKG.Source,
                   "Reference": DCTERMS.BibliographicResource, "Conflict": HKG.Conflict,
                   "ChallengeStatement": HKG.ChallengeStatement, "MechanismClaim": HKG.MechanismClaim}
_DATA_FOLDER = {"System": "system", "Measurement": "measurement", "Source": "source",
                "Reference": "reference", "Conflict": "conflict", "ChallengeStatement": "challenge",
                "MechanismClaim": "mechanism-claim"}
_DATA_LABEL = {folder: label for label, folder in _DATA_FOLDER.items()}


class ExportError(UserError, ValueError):
    """A record that cannot be expressed in RDF (names the record and the field)."""


def _safe(text: str) -> str:
    # Ids contain ':', '/', '#' (DOIs, reference keys): percent-encode so each id is one path segment.
    return quote(str(text), safe="")


def data_iri_parts(iri: object) -> tuple[str, str, tuple[str, ...]] | None:
    """The inverse of ``record_iri`` for DATA IRIs: (label or folder, record id, sub-path).

    ``data:measurement/m%3A1/condition/temperature`` -> ('Measurement', 'm:1', ('condition', 'temperature'));
    folders without a record label (agent, material, place) come back as the folder name.
    """
    text = str(iri)
    if not isinstance(iri, URIRef) or not text.startswith(str(DATA)):
        return None
    folder, _, rest = text[len(str(DATA)):].partition("/")
    if not rest:
        return None
    rid, *sub = rest.split("/")
    return _DATA_LABEL.get(folder, folder), unquote(rid), tuple(unquote(x) for x in sub)


def record_iri(label: str, rid: str) -> URIRef:
    """The IRI of a node: its ontology IRI for terms, a DATA IRI for records and unknown materials."""
    if label in _DATA_FOLDER:
        return DATA[f"{_DATA_FOLDER[label]}/{_safe(rid)}"]
    vocab = vocabulary()
    if rid in vocab:
        return URIRef(vocab.get(rid).iri)
    if label == "Material":  # 'mat:<formula>': a material the ontology does not name
        return DATA[f"material/{_safe(rid)}"]
    raise ExportError(f"{label} node '{rid}' is not an ontology term; ontology terms must keep their ontology id")


@lru_cache(maxsize=1)
def _unit_iris() -> dict[str, str]:
    """pint symbol → QUDT unit IRI, as the ontology pairs them on properties and conditions."""
    table: dict[str, str] = {}
    for kind in ("Property", "Condition"):
        for t in vocabulary().terms(kind):
            if t.unit and t.unit_iri:
                table.setdefault(t.unit, t.unit_iri)
    return table


@lru_cache(maxsize=1)
def _source_classes() -> dict[str, Node]:
    """Source kind ('lab_entry') → its ontology class (hkg:LabEntry), matched on the class label."""
    g = load_graph()
    out: dict[str, Node] = {}
    for cls in g.subjects(RDFS.subClassOf, HKG.Source):
        for label in g.objects(cls, RDFS.label):
            out[fold(str(label)).replace(" ", "_")] = cls
    return out


def _term_or_literal(term_id: str | None) -> URIRef | Literal | None:
    if not term_id:
        return None
    vocab = vocabulary()
    return URIRef(vocab.get(term_id).iri) if term_id in vocab else Literal(term_id)


def _lit(value: object) -> Literal:
    """A typed literal for a stored scalar (bool before int: bool is an int in Python)."""
    if isinstance(value, bool):
        return Literal(value, datatype=XSD.boolean)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        return Literal(value, datatype=XSD.double)
    return Literal(str(value))


def _when(value: object) -> Literal:
    """A date or time as xsd:dateTime / xsd:date; text that is neither stays plain (SHACL reports it)."""
    text = value.isoformat() if isinstance(value, (date, datetime)) else str(value)
    for parse, dtype in ((date.fromisoformat, XSD.date), (datetime.fromisoformat, XSD.dateTime)):
        try:
            return Literal(parse(text).isoformat(), datatype=dtype)
        except ValueError:
            continue
    return Literal(text)


def _number(value: object) -> Literal | None:
    """A measured number as xsd:double; anything else stays a plain literal so SHACL reports it."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Literal(float(value), datatype=XSD.double)
    return Literal(str(value)) if value is not None else None


class _Builder:
    def __init__(self) -> None:
        # 'core' binds only rdf/rdfs/owl/xsd, so exports carry the project's prefixes and no others
        self.g = bind_all(Graph(bind_namespaces="core"))

    def add(self, s: Node, p: URIRef, o: Node | None) -> None:
        if o is not None:
            self.g.add((s, p, o))

    # ------------------------------------------------------------------------------ nodes
    def node(self, rec: dict[str, Any]) -> None:
        label, rid, props = rec["label"], rec["id"], rec.get("props") or {}
        s = record_iri(label, rid)
        handler = getattr(self, f"_node_{label}", None)
        if handler is not None:
            handler(s, rid, props)
        elif label == "Material" and not str(s).startswith(str(HKG)):
            self._unnamed_material(s, rid, props)
        else:
            self._term(s, props)

    def _term(self, s: URIRef, props: dict[str, Any]) -> None:
        # The ontology already says everything about a term; the export repeats what makes it readable
        # and what validating a measurement needs (canonical unit, quantity kind).
        self.add(s, RDF.type, OWL.Class)
        self.add(s, RDFS.label, _lit(props["label"]) if props.get("label") else None)
        vocab = vocabulary()
        term = vocab.get(s.split("#")[-1]) if s.split("#")[-1] in vocab else None
        if term is not None and term.key:
            self.add(s, HKG.key, Literal(term.key))
            self.add(s, HKG.unitSymbol, Literal(term.unit) if term.unit else None)
            self.add(s, HKG.canonicalUnit, URIRef(term.unit_iri) if term.unit_iri else None)
            self.add(s, QUDT.hasQuantityKind, URIRef(term.quantity_kind) if term.quantity_kind else None)

    def _unnamed_material(self, s: URIRef, rid: str, props: dict[str, Any]) -> None:
        self.add(s, RDF.type, HKG.Material)
        formula = props.get("formula") or rid.removeprefix("mat:")
        self.add(s, HKG.formula, Literal(formula))
        self.add(s, RDFS.label, Literal(props.get("label") or formula))

    def _node_System(self, s: URIRef, rid: str, p: dict[str, Any]) -> None:
        self.add(s, RDF.type, HKG.MaterialSystem)
        self.add(s, RDFS.label, _lit(p["name"]) if p.get("name") else None)
        self.add(s, HKG.text, _lit(p["text"]) if p.get("text") else None)
        self.add(s, HKG.hostFormula, _lit(p["host_formula"]) if p.get("host_formula") else None)
        self.add(s, HKG.architecture, _lit(p["architecture"]) if p.get("architecture") else None)

    def _node_Measurement(self, s: URIRef, rid: str, p: dict[str, Any]) -> None:
        vocab = vocabulary()
        self.add(s, RDF.type, HKG.Measurement)
        self.add(s, RDF.type, PROV.Entity)
        key = p.get("property")
        if key:
            try:
                self.add(s, HKG.ofProperty, URIRef(vocab.property(key).iri))
            except KeyError:
                self.add(s, HKG.propertyKey, Literal(key))   # unknown key: kept, and SHACL says so
        self.add(s, QUDT.numericValue, _number(p.get("value")))
        self.add(s, HKG.maxValue, _number(p.get("value_max")))
        unit = p.get("unit")
        if unit:
            self.add(s, HKG.unitSymbol, Literal(unit))
            # A unit the ontology has no QUDT IRI for gets none: the shapes then report a missing unit.
            iri = _unit_iris().get(unit)
            self.add(s, QUDT.unit, URIRef(iri) if iri else None)
        for name, pred in (("qualifier", HKG.qualifier), ("baseline", HKG.baseline),
                           ("theoretical", HKG.theoretical), ("calculated", HKG.calculated), ("method", HKG.method),
                           ("derived_from", HKG.derivedFromFile), ("conditions_json", HKG.conditionsJson)):
            if p.get(name) is not None and p.get(name) != "":
                self.add(s, pred, _lit(p[name]))
        self._conditions(s, rid, p)
        self._place(s, p)
        if p.get("source_id"):
            src = record_iri("Source", p["source_id"])
            self.add(s, PROV.wasDerivedFrom, src)
            self.add(s, PROV.hadPrimarySource, src)
        if p.get("system_id"):
            self.add(s, HKG.ofSystem, record_iri("System", p["system_id"]))

    def _conditions(self, s: URIRef, rid: str, p: dict[str, Any]) -> None:
        vocab = vocabulary()
        upper = json.loads(p.get("condition_max_json") or "{}")   # (a store written before ranges has none)
        bounds = condition_qualifiers(p)   # 'within 20 min': the bound stated ({} before the graph kept them)
        for key in vocab.condition_keys():
            value = p.get(f"cond_{key}")
            if value is None:
                continue
            term = next(t for t in vocab.terms("Condition") if t.key == key)
            c = DATA[f"measurement/{_safe(rid)}/condition/{_safe(key)}"]
            self.add(s, HKG.hasCondition, c)
            self.add(c, RDF.type, HKG.ConditionValue)
            self.add(c, HKG.ofCondition, URIRef(term.iri))
            self.add(c, QUDT.numericValue, _number(value))
            self.add(c, HKG.conditionMaxValue, _number(upper.get(key)))
            self.add(c, HKG.conditionQualifier, Literal(bounds[key]) if bounds.get(key) else None)
            self.add(c, QUDT.unit, URIRef(term.unit_iri) if term.unit_iri else None)
            self.add(c, QUDT.hasQuantityKind, URIRef(term.quantity_kind) if term.quantity_kind else None)
        for key in vocab.categorical_condition_keys():   # conducting ion, cell type: the term named
            value = p.get(f"cond_{key}")
            if value is not None:
                self.add(s, HKG.underCondition, URIRef(str(HKG[value])))

    def _place(self, s: URIRef, p: dict[str, Any]) -> None:
        for name, pred in _PLACE_PROPS.items():
            if p.get(name) is not None:
                self.add(s, pred, _lit(p[name]))
        for ref in p.get("refs") or ():
            self.add(s, HKG.citationKey, Literal(ref))

    def _node_Source(self, s: URIRef, rid: str, p: dict[str, Any]) -> None:
        self.add(s, RDF.type, HKG.Source)
        self.add(s, RDF.type, PROV.Entity)
        kind = p.get("kind")
        if kind:
            self.add(s, HKG.sourceKind, Literal(kind))
            self.add(s, RDF.type, _source_classes().get(kind))
        self.add(s, DCTERMS.identifier, Literal(rid))
        self.add(s, DCTERMS.title, _lit(p["title"]) if p.get("title") else None)
        self.add(s, HKG.doi, _lit(p["doi"]) if p.get("doi") else None)
        self.add(s, DCTERMS.issued, Literal(str(p["year"]), datatype=XSD.gYear) if p.get("year") else None)
        self.add(s, HKG.journal, _lit(p["journal"]) if p.get("journal") else None)
        self.add(s, HKG.url, _lit(p["url"]) if p.get("url") else None)
        self.add(s, HKG.project, _lit(p["project"]) if p.get("project") else None)
        if p.get("created"):
            self.add(s, DCTERMS.created, _when(p["created"]))
        for name in p.get("authors") or ():
            agent = DATA[f"agent/{_safe(name)}"]
            self.add(agent, RDF.type, PROV.Agent)
            self.add(agent, RDFS.label, Literal(name))
            self.add(s, PROV.wasAttributedTo, agent)
            self.add(s, DCTERMS.creator, Literal(name))

    def _node_Reference(self, s: URIRef, rid: str, p: dict[str, Any]) -> None:
        self.add(s, RDF.type, DCTERMS.BibliographicResource)
        self.add(s, HKG.citationKey, _lit(p["key"]) if p.get("key") else None)
        self.add(s, DCTERMS.bibliographicCitation, _lit(p["text"]) if p.get("text") else None)
        self.add(s, HKG.doi, _lit(p["doi"]) if p.get("doi") else None)
        self.add(s, DCTERMS.issued, Literal(str(p["year"]), datatype=XSD.gYear) if p.get("year") else None)
        self.add(s, HKG.journal, _lit(p["journal"]) if p.get("journal") else None)

    def _node_Conflict(self, s: URIRef, rid: str, p: dict[str, Any]) -> None:
        self.add(s, RDF.type, HKG.Conflict)
        self.add(s, HKG.conflictKind, _lit(p["kind"]) if p.get("kind") else None)
        self.add(s, DCTERMS.description, _lit(p["description"]) if p.get("description") else None)
        for c in p.get("candidates") or ():
            self.add(s, HKG.candidate, Literal(c))
        self.add(s, HKG.chosen, _lit(p["chosen"]) if p.get("chosen") else None)
        self._place(s, p)
        if p.get("source_id"):
            self.add(s, PROV.wasDerivedFrom, record_iri("Source", p["source_id"]))

    def _node_ChallengeStatement(self, s: URIRef, rid: str, p: dict[str, Any]) -> None:
        self.add(s, RDF.type, HKG.ChallengeStatement)
        for e in p.get("entities") or ():
            self.add(s, HKG.mentions, _term_or_literal(e))
        self._place(s, p)
        if p.get("source_id"):
            self.add(s, PROV.wasDerivedFrom, record_iri("Source", p["source_id"]))

    def _node_MechanismClaim(self, s: URIRef, rid: str, p: dict[str, Any]) -> None:
        self.add(s, RDF.type, HKG.MechanismClaim)
        for name, pred in (("host", HKG.claimHost), ("additive", HKG.claimAdditive)):
            if p.get(name):
                self.add(s, pred, _lit(p[name]))
        self._place(s, p)
        if p.get("source_id"):
            self.add(s, PROV.wasDerivedFrom, record_iri("Source", p["source_id"]))

    # ------------------------------------------------------------------------------ relationships
    def rel(self, rec: dict[str, Any]) -> None:
        rel, props = rec["rel"], rec.get("props") or {}
        a = record_iri(rec["from_label"], rec["from"])
        b = record_iri(rec["to_label"], rec["to"])
        if rel == "IS_A":
            self.add(a, RDFS.subClassOf, b)
        elif rel == "IN_CLASS":
            self.add(a, HKG.inAdditiveClass, b)
        elif rel in ("HAS_HOST", "HAS_ADDITIVE"):
            self._component(a, rec, b, props)
        elif rel in _SYSTEM_LINKS:
            self.add(a, _SYSTEM_LINKS[rel], b)
        elif rel == "OF_SYSTEM":
            self.add(a, HKG.ofSystem, b)
        elif rel == "OF_PROPERTY":
            self.add(a, HKG.ofProperty, b)
        elif rel == "MEASURED_BY":
            self.add(a, HKG.measuredBy, b)
        elif rel == "REPORTED_IN":
            self.add(a, PROV.wasDerivedFrom, b)
            if rec["from_label"] == "Measurement":
                self.add(a, PROV.hadPrimarySource, b)
            if props.get("place") and rec["from_label"] == "System":
                place = DATA[f"place/{_safe(props['place'])}"]
                self.add(a, HKG.reportedAt, place)
                self.add(place, RDF.type, HKG.Place)
                self.add(place, HKG.inSource, b)
                self._place(place, props)
        elif rel == "CITES":
            self.add(a, DCTERMS.references, b)
        elif rel == "REFERENCE_OF":
            self.add(b, DCTERMS.references, a)
            self.add(a, HKG.referenceOf, b)
        elif rel == "STATES":
            self.add(a, HKG.states, b)
        elif rel == "CREDITS":
            self.add(a, HKG.credits, b)
        elif rel == "FOR_STRATEGY":
            self.add(a, HKG.forStrategy, b)
        else:
            raise ExportError(f"relationship type '{rel}' has no RDF mapping; add one to kg/rdf_export.py")

    def _component(self, system: URIRef, rec: dict[str, Any], material: URIRef, p: dict[str, Any]) -> None:
        host = rec["rel"] == "HAS_HOST"
        self.add(system, HKG.hasHost if host else HKG.hasAdditive, material)
        part = "host" if host else "additive"
        c = DATA[f"system/{_safe(rec['from'])}/{part}/{_safe(rec['to'])}"]
        self.add(system, HKG.hasComponent, c)
        self.add(c, RDF.type, HKG.Component)
        self.add(c, HKG.material, material)
        self.add(c, HKG.componentPart, Literal(part))
        self.add(c, RDFS.label, _lit(p["text"]) if p.get("text") else None)
        if p.get("amount") is not None:
            self.add(c, HKG.amount, _number(p["amount"]))
            self.add(c, HKG.amountUnit, _lit(p["amount_unit"]) if p.get("amount_unit") else None)
        self.add(c, HKG.role, _term_or_literal(p.get("role")))
        self.add(c, HKG.additiveClass, _term_or_literal(p.get("additive_class")))


def graph_to_rdf(records: Iterable[dict[str, Any]]) -> Graph:
    """An rdflib graph of ``dump()`` records (nodes and relationships, any order)."""
    b = _Builder()
    for n, rec in enumerate(records, 1):
        try:
            kind = rec["type"]
            if kind == "node":
                b.node(rec)
            elif kind == "rel":
                b.rel(rec)
            else:
                raise ExportError(f"'type' must be 'node' or 'rel', not {kind!r}")
        except (KeyError, TypeError) as exc:
            raise ExportError(f"record {n} lacks or misspells a field ({exc}); "
                              "records come from store.dump()") from None
    return b.g


def batch_records(batch: GraphBatch) -> Iterable[dict[str, Any]]:
    """A ``GraphBatch`` as ``dump()`` records, without a store: the rows a load would write
    (``kg.rows.batch_rows``, the same code the stores use), in the shape ``dump()`` reads them back."""
    from .rows import batch_rows

    rows = batch_rows(batch)
    for label, table in rows.node_rows().items():
        for row in table:
            yield {"type": "node", "label": label, "id": row["id"],
                   "props": {k: v for k, v in row.items() if k != "id"}}
    for (rel, a, b), table in rows.rel_rows().items():
        for row in table:
            yield {"type": "rel", "rel": rel, "from": row["from"], "from_label": a, "to": row["to"],
                   "to_label": b, "props": {k: v for k, v in row.items() if k not in ("from", "to")}}


def batch_to_rdf(batch: GraphBatch) -> Graph:
    """The RDF a ``GraphBatch`` becomes once loaded and exported (validate it before storing)."""
    return graph_to_rdf(batch_records(batch))


def serialize(graph: Graph, fmt: str) -> str:
    if fmt not in FORMATS:
        raise ExportError(f"format '{fmt}' is not one of {', '.join(FORMATS)}")
    if fmt == "jsonld":
        ctx = {p: str(ns) for p, ns in PREFIXES.items()}
        return graph.serialize(format="json-ld", context=ctx, indent=1)
    return graph.serialize(format="turtle")


def export_store(store: GraphStore, fmt: str = "ttl") -> str:
    """The whole store as Turtle or JSON-LD text."""
    return serialize(graph_to_rdf(store.dump()), fmt)


# pyparsing (under rdflib's SPARQL parser) is not thread-safe: concurrent first parses in a fresh
# process left it broken for good (``TypeError: Param.postParse2()`` on every later validation). So
# parsing and SHACL runs hold this lock, and ``prepare_validation`` does the first ones at start-up.
_VALIDATION_LOCK = threading.RLock()


@built_once
def _shapes_graph() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


def shapes_graph() -> Graph:
    with _VALIDATION_LOCK:
        return _shapes_graph()


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node that violates a shape, the property concerned, and why."""

    focus: object            # the focus node (a URIRef of the data, or a blank node)
    path: URIRef | None      # the property the shape constrains (sh:resultPath), when it names one
    message: str             # the shape's sh:message, prefixed names instead of full IRIs
    value: object = None     # the offending value, when there is one
    severity: str = "Violation"


def _short(text: str) -> str:
    """IRIs in a message as prefixed names (unit:DEG_C, hkg:HydrogenCapacity)."""
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        text = text.replace(str(ns), f"{prefix}:")
    return text


@lru_cache(maxsize=64)
def _prepared_unlocked(text: str) -> Query:
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text)


def _prepared(text: str) -> Query:
    with _VALIDATION_LOCK:
        return _prepared_unlocked(text)


class _DataView(ReadOnlyGraphAggregate):
    """The data and the ontology as one read-only graph, for pyshacl.

    pyshacl runs a SPARQL constraint once per focus node, each time from its text: parsing it was
    nine tenths of validating a lab entry (~15 ms per measurement).  The text is the same for every
    node (the node comes as a binding), so each is parsed once per process and reused.
    """

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Result:
        if isinstance(query_object, str):
            try:
                query_object = _prepared(query_object)
            except Exception:   # noqa: BLE001 - let rdflib parse it (and report) as it would have
                pass
        return super().query(query_object, *args, **kwargs)


def shacl_check(graph: Graph) -> tuple[bool, list[Violation], str]:
    """SHACL-validate RDF against ``ontology/shapes.ttl``: (conforms, violations, report text).

    The ontology is validated together with the data because shapes follow rdfs:subClassOf (a
    measurement's property must be a kind of hkg:Property, a source's class a kind of hkg:Source)
    and compare units with the hkg:canonicalUnit of properties and conditions. pyshacl's own
    ``ont_graph`` is not used: it copies only class and property axioms, not those annotations.
    The two graphs are joined in a read-only view instead of copied (copying the ontology's ~5 000
    triples, twice, cost ~100 ms per call); nothing is inferred or written.
    """
    from pyshacl import validate as shacl_validate

    with _VALIDATION_LOCK:     # one run at a time: pyshacl parses SPARQL as it goes (see the lock)
        data = _DataView([graph, load_graph()])
        conforms, report, text = shacl_validate(data, shacl_graph=shapes_graph(), inference="none",
                                                advanced=True, allow_warnings=False, inplace=True)
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        messages = [str(m) for m in report.objects(result, SH.resultMessage)]
        path = report.value(result, SH.resultPath)
        severity = report.value(result, SH.resultSeverity)
        violations.append(Violation(
            focus=report.value(result, SH.focusNode),
            path=path if isinstance(path, URIRef) else None,
            message=_short("; ".join(messages) or str(report.value(result, SH.sourceConstraintComponent))),
            value=report.value(result, SH.value),
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation"))
    return bool(conforms), violations, text


def validate(graph: Graph) -> tuple[bool, str]:
    """SHACL-validate an export against ``ontology/shapes.ttl``: (conforms, report text)."""
    conforms, _violations, text = shacl_check(graph)
    return conforms, text
